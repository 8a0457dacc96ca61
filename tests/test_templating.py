"""Compiled Jinja2 templates are kept on disk, never trusted over a changed source, and never required."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from homelab.templating import bytecode_cache


def _render(templates: Path, cache: Path) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates), bytecode_cache=bytecode_cache(cache))
    return env.get_template("page.j2").render(name="world")


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources Jinja2 compiled (a cache hit compiles nothing)."""
    seen: list[str] = []
    compile_source = jinja2.Environment.compile

    def spy(self: jinja2.Environment, source: str, *args: object, **kwargs: object) -> object:
        seen.append(source)
        return compile_source(self, source, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(jinja2.Environment, "compile", spy)
    return seen


def test_a_second_run_loads_the_compiled_template(tmp_path: Path, compiles: list[str]) -> None:
    (tmp_path / "page.j2").write_text("hello {{ name }}\n")
    cache = tmp_path / "cache"
    assert _render(tmp_path, cache) == "hello world"
    assert _render(tmp_path, cache) == "hello world"
    assert len(compiles) == 1
    assert len(list(cache.iterdir())) == 1


def test_an_edited_template_is_compiled_anew(tmp_path: Path, compiles: list[str]) -> None:
    cache = tmp_path / "cache"
    (tmp_path / "page.j2").write_text("hello {{ name }}\n")
    _render(tmp_path, cache)
    (tmp_path / "page.j2").write_text("goodbye {{ name }}\n")
    assert _render(tmp_path, cache) == "goodbye world"
    assert len(compiles) == 2


def test_a_damaged_entry_is_compiled_again(tmp_path: Path, compiles: list[str]) -> None:
    cache = tmp_path / "cache"
    (tmp_path / "page.j2").write_text("hello {{ name }}\n")
    _render(tmp_path, cache)
    (entry,) = cache.iterdir()
    entry.write_bytes(entry.read_bytes()[:20])  # truncated mid-write by something else
    assert _render(tmp_path, cache) == "hello world"
    assert len(compiles) == 2


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path: Path, compiles: list[str]) -> None:
    cache = tmp_path / "cache"
    (tmp_path / "page.j2").write_text("hello {{ name }}\n")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path), bytecode_cache=bytecode_cache(cache))
    cache.rmdir()
    cache.write_text("")  # the folder became a file: every write fails (even as root)
    assert env.get_template("page.j2").render(name="world") == "hello world"
    env.cache.clear()  # type: ignore[union-attr]
    assert env.get_template("page.j2").render(name="world") == "hello world"
    assert len(compiles) == 2


def test_no_cache_where_its_folder_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert bytecode_cache(blocker / "cache") is None
    (tmp_path / "page.j2").write_text("hello {{ name }}\n")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path), bytecode_cache=bytecode_cache(blocker / "c"))
    assert env.get_template("page.j2").render(name="world") == "hello world"
