"""The compiled-pattern disk cache gives the very Pattern re's own compiler gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipelines import regex_cache

PATTERNS = [
    (r"(?i)\b(?:приказ|постановлени[ея])\s+№\s*(?P<num>\d+)", 0),
    (r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*", re.IGNORECASE),
    (r"^\s*(\d{1,2})[.)]\s+(?P<text>.+)$", re.MULTILINE),
    (r"(?x) г \. \s* (?P<city> [А-ЯЁ][а-яё]+ )  # a city", re.UNICODE),
    (rb"%%EOF\s*$", 0),
    (r"(a)(?P<b>b)?(?(2)c|d)", re.DOTALL | re.VERBOSE),
]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_entries", {})
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_loaded", False)
    monkeypatch.setattr(regex_cache, "_dirty", False)
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    # Pattern equality compares the pattern, the flags and the compiled code
    return a == b and a.groups == b.groups and a.groupindex == b.groupindex


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_then_read_back_from_disk(cache_home: Path, pattern: str, flags: int) -> None:
    fresh = regex_cache._compile(pattern, flags)
    assert _same(fresh, regex_cache._ORIGINAL(pattern, flags))
    regex_cache.save()
    assert regex_cache.cache_file().parent == cache_home / "roadmaps"
    regex_cache._entries.clear()
    regex_cache._loaded = False
    read_back = regex_cache._compile(pattern, flags)
    assert (pattern, int(flags)) in regex_cache._entries and not regex_cache._dirty
    assert _same(read_back, regex_cache._ORIGINAL(pattern, flags))


def test_broken_file_means_compiling(cache_home: Path) -> None:
    path = regex_cache.cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal")
    got = regex_cache._compile(r"\d+", 0)
    assert got.fullmatch("2024") and regex_cache._dirty


def test_installed_for_roadmaps_processes() -> None:
    import pipelines  # noqa: F401  (installs it)

    assert re._compiler.compile is regex_cache._compile  # type: ignore[attr-defined]


def test_entry_of_another_shape_compiled_again(cache_home: Path) -> None:
    regex_cache._loaded = True
    regex_cache._entries[(r"\d+", 0)] = (0, b"\x01\x02\x03", 0, {}, (None,))
    assert regex_cache._compile(r"\d+", 0) == regex_cache._ORIGINAL(r"\d+", 0)
    assert regex_cache._dirty


def test_a_compiler_whose_private_steps_differ_falls_back_to_re(
        cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def changed(p: object, flags: int) -> object:
        raise TypeError("another Python's compiler steps")
    monkeypatch.setattr(regex_cache, "_compiled", changed)
    pattern = regex_cache._compile(r"№\s*(?P<num>\d+)", 0)
    assert pattern.search("приказ № 27").group("num") == "27"
    assert regex_cache._entries == {}  # nothing cached that the engine never built
