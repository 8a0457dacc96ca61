"""A syrupy extension that stores each snapshot as one readable ``.yaml`` file, so a pull request
shows the rendered YAML diff itself."""

from __future__ import annotations

from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode


class YamlSnapshotExtension(SingleFileSnapshotExtension):
    file_extension = "yaml"
    _write_mode = WriteMode.TEXT
