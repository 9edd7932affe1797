"""The theme taxonomy as data: data/theme_vocab.yaml (terms, subjects, facets, filler words)
and data/themes.yaml (the themes), checked by pydantic models and compiled into phrases.

A user's overrides file (`--themes FILE`) has the same form: `themes:` adds themes (tried
before the taxonomy's), `overrides:` maps names to themes outright (see normalize/themes.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ingest.yaml_data import load_yaml
from normalize.lemmas import Lemmatizer
from normalize.theme_phrases import Phrase, compile_phrase

_DATA = Path(__file__).parent / "data"
CODE = r"^[a-z][a-z0-9_]*$"
Measure = Literal["share", "count", "score", "mean"]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Items = list[str | list[str]]


class RuleSpec(_Spec):
    """One way a theme is recognised; every condition must hold."""

    subjects: list[str] | None = None  # what the name counts (data/theme_vocab.yaml subjects)
    all: Items = Field(default_factory=list)  # each item (phrase, @term or list: any of) found
    none: Items = Field(default_factory=list)  # no item found
    only: list[str | int] | None = None  # words besides filler allowed outside what matched


class ThemeSpec(_Spec):
    code: str = Field(pattern=CODE)
    label: str
    measures: list[Measure] = Field(min_length=1)
    facets: list[str] = Field(default_factory=list)
    match: list[RuleSpec] = Field(min_length=1)
    examples: list[str] = Field(default_factory=list)


class FacetValueSpec(_Spec):
    code: str = Field(pattern=CODE)
    label: str
    phrases: list[str] = Field(min_length=1)


class VocabSpec(_Spec):
    terms: dict[str, list[str]]
    subjects: dict[str, list[str]]
    filler: list[str | int]
    facets: dict[str, list[FacetValueSpec]]


class OverrideSpec(_Spec):
    name: str | None = None  # regular expression searched in the name, case-insensitive
    phrase: str | None = None  # or a lemma phrase
    theme: str | None  # a theme code, or null: no theme


class ThemesFileSpec(_Spec):
    themes: list[ThemeSpec] = Field(default_factory=list)
    overrides: list[OverrideSpec] = Field(default_factory=list)


class ThemeDataError(ValueError):
    """A theme data file is malformed: the message names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class Item:
    """A condition of a rule: found when any of its phrases is."""

    text: str
    phrases: tuple[Phrase, ...]
    triggers: frozenset[str]  # lemmas one of which a name must hold to contain the item


@dataclass(frozen=True, slots=True)
class Rule:
    subjects: frozenset[str] | None
    all: tuple[Item, ...]
    none: tuple[Item, ...]
    only: frozenset[str] | None


@dataclass(frozen=True, slots=True)
class Theme:
    """A concept of the genre: what is measured in which population."""

    code: str
    label: str
    measures: tuple[str, ...]
    facets: tuple[str, ...]
    rules: tuple[Rule, ...]
    examples: tuple[str, ...]
    source: str = "taxonomy"  # or "user"


@dataclass(frozen=True, slots=True)
class FacetValue:
    code: str
    label: str
    phrases: tuple[Phrase, ...]


@dataclass(frozen=True, slots=True)
class Vocab:
    terms: dict[str, tuple[Phrase, ...]]
    subjects: tuple[tuple[str, tuple[Phrase, ...]], ...]  # in order: earlier wins ties
    filler: frozenset[str]
    facets: dict[str, tuple[FacetValue, ...]]


def read_yaml(path: Path) -> Any:
    """A YAML file's content; ThemeDataError (one line) when it cannot be read or parsed."""
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ThemeDataError(f"{path}: {reason}") from None


def validated(model: type[_Spec], data: Any, where: str) -> Any:
    """`data` checked against `model`; ThemeDataError naming the file, key and problem."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ThemeDataError(f"{where}: {loc}: {err['msg']}") from None


def _phrases(texts: list[str], lem: Lemmatizer, where: str) -> tuple[Phrase, ...]:
    try:
        return tuple(compile_phrase(t, lem) for t in texts)
    except ValueError as exc:
        raise ThemeDataError(f"{where}: {exc}") from None


@cache
def _vocab_spec() -> VocabSpec:
    path = _DATA / "theme_vocab.yaml"
    return validated(VocabSpec, read_yaml(path), str(path))


def compile_vocab(lem: Lemmatizer) -> Vocab:
    """The shared vocabulary (terms, subjects, facets, filler), lemmatised."""
    spec = _vocab_spec()
    where = "theme_vocab.yaml"
    terms: dict[str, tuple[Phrase, ...]] = {}
    for k, v in spec.terms.items():  # a term may name an earlier term: "@young_people"
        refs = [t for t in v if t.startswith("@")]
        unknown = [t for t in refs if t[1:] not in terms]
        if unknown:
            raise ThemeDataError(f"{where}: terms.{k}: неизвестный или более поздний термин "
                                 f"{unknown[0]}")
        terms[k] = (tuple(p for t in refs for p in terms[t[1:]])
                    + _phrases([t for t in v if not t.startswith("@")], lem, f"{where}: terms.{k}"))
    return Vocab(
        terms=terms,
        subjects=tuple((k, _phrases(v, lem, f"{where}: subjects.{k}"))
                       for k, v in spec.subjects.items()),
        filler=frozenset(p for w in spec.filler for p in _lemma_words(w, lem)),
        facets={k: tuple(FacetValue(v.code, v.label,
                                    _phrases(v.phrases, lem, f"{where}: facets.{k}"))
                         for v in values)
                for k, values in spec.facets.items()},
    )


def _lemma_words(text: str | int, lem: Lemmatizer) -> list[str]:
    return [lem.lemma(w) if w[:1].isalpha() else w.lower() for w in str(text).split()]


def _item(raw: str | list[str], vocab: Vocab, lem: Lemmatizer, where: str) -> Item:
    parts = raw if isinstance(raw, list) else [raw]
    phrases: list[Phrase] = []
    for p in parts:
        if p.startswith("@"):
            if p[1:] not in vocab.terms:
                raise ThemeDataError(f"{where}: неизвестный термин {p}")
            phrases += vocab.terms[p[1:]]
        else:
            phrases += _phrases([p], lem, where)
    triggers = frozenset().union(*(p.slots[0] for p in phrases))
    return Item(" | ".join(parts), tuple(phrases), triggers)


def _rule(spec: RuleSpec, vocab: Vocab, lem: Lemmatizer, where: str) -> Rule:
    known = {name for name, _ in vocab.subjects} | {"none"}
    for s in spec.subjects or []:
        if s not in known:
            raise ThemeDataError(f"{where}: неизвестный предмет {s!r}")
    return Rule(
        subjects=frozenset(spec.subjects) if spec.subjects is not None else None,
        all=tuple(_item(i, vocab, lem, where) for i in spec.all),
        none=tuple(_item(i, vocab, lem, where) for i in spec.none),
        only=(frozenset(p for w in spec.only for p in _lemma_words(w, lem))
              if spec.only is not None else None),
    )


def compile_themes(specs: list[ThemeSpec], vocab: Vocab, lem: Lemmatizer, where: str,
                   source: str = "taxonomy") -> tuple[Theme, ...]:
    """Themes from their specs; ThemeDataError on unknown terms, subjects or facets."""
    out = []
    for i, t in enumerate(specs):
        w = f"{where}: themes.{i} ({t.code})"
        for f in t.facets:
            if f not in vocab.facets:
                raise ThemeDataError(f"{w}: неизвестный признак {f!r}")
        out.append(Theme(t.code, t.label, tuple(t.measures), tuple(t.facets),
                         tuple(_rule(r, vocab, lem, w) for r in t.match), tuple(t.examples),
                         source))
    codes = [t.code for t in out]
    dup = {c for c in codes if codes.count(c) > 1}
    if dup:
        raise ThemeDataError(f"{where}: коды тем повторяются: {', '.join(sorted(dup))}")
    return tuple(out)


TAXONOMY_FILES = ("themes.yaml", "themes_programme.yaml", "themes_social.yaml",
                  "themes_network.yaml", "themes_resources.yaml")


@cache
def taxonomy_specs() -> tuple[ThemeSpec, ...]:
    """The themes of the TAXONOMY_FILES in data/, validated."""
    out: list[ThemeSpec] = []
    for name in TAXONOMY_FILES:
        path = _DATA / name
        out += validated(ThemesFileSpec, read_yaml(path), str(path)).themes
    return tuple(out)
