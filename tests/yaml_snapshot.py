"""Syrupy extensions: readable ``.yaml`` snapshots, and the committed output tree as the snapshot of synth.

:class:`CommittedTreeExtension` stores the snapshot of a rendered file *at that file's own path*
(``dist/<application>/<object>.yaml``, ``launchd/<file>``, …): the tree ``make synth`` writes and git
commits IS the snapshot, so no rendered byte is stored twice. ``make synth`` and
``pytest --snapshot-update`` write the same bytes (both come from :func:`homelab.pipeline.render`), and
a stale tree fails with a unified diff of the file (a new, changed or removed file, or a lost
executable bit).
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from homelab.output import DEFAULT_MODE
from homelab.pipeline import MANAGED_FOLDERS
from syrupy.data import SnapshotCollection, SnapshotCollections
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode
from syrupy.location import PyTestLocation
from syrupy.types import PropertyFilter, PropertyMatcher, SerializableData, SerializedData, SnapshotIndex

REPO = Path(__file__).resolve().parent.parent
FIX = "run `make synth` (or `pytest --snapshot-update`) and commit the result"


class YamlSnapshotExtension(SingleFileSnapshotExtension):
    """One snapshot per ``.yaml`` file under ``tests/__snapshots__/<test module>/``."""

    file_extension = "yaml"
    _write_mode = WriteMode.TEXT


class TreeFile(bytes):
    """A file of the output tree: its bytes, whether it is executable, and whether it exists at all.

    A ``bytes`` (what syrupy compares and stores) that also carries the two facts git records besides
    the content; an absent file is empty and ``present=False``.
    """

    path: str
    executable: bool
    present: bool
    mode: int

    def __new__(cls, data: bytes, *, path: str, mode: int = DEFAULT_MODE, present: bool = True) -> TreeFile:
        file = super().__new__(cls, data)
        file.path = path
        file.mode = mode
        file.executable = bool(mode & 0o111)
        file.present = present
        return file

    @classmethod
    def absent(cls, path: str) -> TreeFile:
        return cls(b"", path=path, present=False)

    @classmethod
    def read(cls, root: Path, path: str) -> TreeFile | None:
        """The committed file ``root/path``, or ``None`` when there is none."""
        try:
            return cls((root / path).read_bytes(), path=path, mode=(root / path).stat().st_mode & 0o777)
        except FileNotFoundError:
            return None

    def __repr__(self) -> str:
        if not self.present:
            return f"<{self.path}: absent>"
        return f"<{self.path}: {len(self)} bytes, {'executable' if self.executable else 'not executable'}>"

    __str__ = __repr__

    def same_as(self, other: TreeFile) -> bool:
        return (self.present, self.executable, bytes(self)) == (other.present, other.executable, bytes(other))

    def text_lines(self) -> list[str]:
        return bytes(self).decode(errors="replace").splitlines(keepends=True)


def tree_path(index: SnapshotIndex) -> str:
    """The repository path a committed-tree snapshot is named by; refuses anything outside the managed folders."""
    path = PurePosixPath(str(index))
    if path.is_absolute() or ".." in path.parts or path.parts[0] not in MANAGED_FOLDERS:
        raise ValueError(
            f"{index!r} is not a file below one of the folders synth manages ({', '.join(MANAGED_FOLDERS)})"
        )
    return path.as_posix()


def committed_files(root: Path = REPO) -> dict[str, TreeFile]:
    """Every file of the committed output tree, by repository path."""
    files: dict[str, TreeFile] = {}
    for folder in MANAGED_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            rel = path.relative_to(root).as_posix()
            file = TreeFile.read(root, rel) if path.is_file() else None
            if file is not None:
                files[rel] = file
    return files


class CommittedTreeExtension(SingleFileSnapshotExtension):
    """The snapshot named ``dist/x/y.yaml`` is the committed file ``<repo>/dist/x/y.yaml``.

    Use it as ``snapshot(name=path)``. Only paths below :data:`homelab.pipeline.MANAGED_FOLDERS` are
    read or written. Syrupy's own unused-snapshot cleanup never sees these files (discovery is empty):
    the test parametrizes over committed *and* rendered paths, so a file the model no longer renders
    is a failing test, and ``--snapshot-update`` deletes it.
    """

    file_extension = ""
    _write_mode = WriteMode.BINARY

    def serialize(
        self,
        data: SerializableData,
        *,
        exclude: PropertyFilter | None = None,
        include: PropertyFilter | None = None,
        matcher: PropertyMatcher | None = None,
    ) -> SerializedData:
        if not isinstance(data, TreeFile):
            raise TypeError(f"the committed tree stores TreeFile values, not {type(data).__name__}")
        return data

    @classmethod
    def get_location(cls, *, test_location: PyTestLocation, index: SnapshotIndex) -> str:
        return str(REPO / tree_path(index))

    @classmethod
    def get_snapshot_name(cls, *, test_location: PyTestLocation, index: SnapshotIndex = 0) -> str:
        return test_location.snapshot_name  # the test id already names the file

    @classmethod
    def matches_test_location(cls, *, test_location: PyTestLocation, snapshot_location: str) -> bool:
        return True  # the location is the file's path, not derived from the test's name

    def discover_snapshots(
        self, *, test_location: PyTestLocation, ignore_extensions: list[str] | None = None
    ) -> SnapshotCollections:
        return SnapshotCollections()  # never offer committed files to syrupy's unused-snapshot cleanup

    def read_snapshot_data_from_location(
        self, *, snapshot_location: str, snapshot_name: str, session_id: str
    ) -> SerializableData | None:
        return TreeFile.read(REPO, Path(snapshot_location).relative_to(REPO).as_posix())

    def matches(self, *, serialized_data: SerializableData, snapshot_data: SerializableData) -> bool:
        return (
            isinstance(serialized_data, TreeFile)
            and isinstance(snapshot_data, TreeFile)
            and (serialized_data.same_as(snapshot_data))
        )

    @classmethod
    def write_snapshot_collection(
        cls, *, snapshot_collection: SnapshotCollection, name_order: dict[str, int] | None = None
    ) -> None:
        path = Path(snapshot_collection.location)
        data = next(iter(snapshot_collection)).data
        if not isinstance(data, TreeFile):
            raise TypeError(f"{path}: expected a TreeFile, got {type(data).__name__}")
        if not data.present:
            path.unlink(missing_ok=True)
            _prune_empty_parents(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bytes(data))
        path.chmod(data.mode)

    def delete_snapshots(self, *, snapshot_location: str, snapshot_names: set[str]) -> None:
        """Never called (discovery is empty); deleting is writing an absent file."""

    def diff_lines(self, serialized_data: SerializedData, snapshot_data: SerializedData) -> Iterator[str]:
        """A unified diff from the committed file to what the model renders now, naming the file."""
        if not isinstance(serialized_data, TreeFile):
            raise TypeError(f"expected a TreeFile, got {type(serialized_data).__name__}")
        path = serialized_data.path
        committed = snapshot_data if isinstance(snapshot_data, TreeFile) else TreeFile.absent(path)
        yield from stale_file_report(committed, serialized_data)


def stale_file_report(committed: TreeFile, rendered: TreeFile) -> Iterator[str]:
    """What differs between the committed file and the rendered one, as lines a reviewer can read."""
    path = rendered.path
    if not committed.present:
        yield f"{path} is rendered by the model but not committed: {FIX}."
    elif not rendered.present:
        yield f"{path} is committed but the model no longer renders it: {FIX}."
    else:
        yield f"{path} differs from what the model renders: {FIX}."
    if committed.present and rendered.present and committed.executable != rendered.executable:
        want = "executable" if rendered.executable else "not executable"
        yield f"mode: the committed file is {'' if committed.executable else 'not '}executable, it must be {want}"
    yield from (
        line.rstrip("\n")
        for line in difflib.unified_diff(
            committed.text_lines(),
            rendered.text_lines(),
            fromfile=f"a/{path} (committed)" if committed.present else "/dev/null",
            tofile=f"b/{path} (rendered)" if rendered.present else "/dev/null",
        )
    )


def _prune_empty_parents(path: Path) -> None:
    """Remove folders a deletion left empty, up to (not including) the managed folder itself."""
    parent = path.parent
    while parent != REPO and parent.parent != REPO and parent.is_dir() and not any(parent.iterdir()):
        os.rmdir(parent)
        parent = parent.parent
