"""A passport's developer as an issuer: a cell naming the school's staff or its head with the
school ("Администрация, педагогический коллектив МБОУ СОШ № 4", "Заведующий МБДОУ № 5 – …")
names the school."""

from __future__ import annotations

from extract.facts.ctx import Ctx
from extract.facts.institution import form_word, institution_at, institution_nominative
from extract.facts.lines import squash


def issuer_from_developer(ctx: Ctx) -> str | None:
    """The passport's developer; when its words before an institution's legal form are only
    the institution's own groups of people (vocabulary `developer_staff_words`), that
    institution."""
    value = ctx.found.document.developer
    if not value:
        return None
    words = squash(value).split()
    if _several_bodies(ctx, words):
        return None  # "Отдел культуры … Отдел образования … МУЗ «…»": no one body issues it
    k = next((k for k, w in enumerate(words) if form_word(ctx, w)), None)
    if k is None and _people_group(ctx, words):
        return None  # "Рабочая группа в составе …": people, not a body that issues
    if k is None:
        return _body_named(ctx, value)
    if not k:
        return value
    staff = [x for w in words[:k] for x in ctx.lemmas(w)]
    # "Заведующий МБДОУ … – <name>, рабочая группа …": the head of the school names the school
    people = ctx.vocab.developer_staff_words | ctx.vocab.head_positions
    if not staff or not set(staff) <= people:
        return value
    name = institution_at(ctx, words[k:])
    return institution_nominative(ctx, name) if name else value


def _several_bodies(ctx: Ctx, words: list[str]) -> bool:
    """A cell listing several bodies run together without separators ("Отдел по культуре …
    администрации района Отдел образования администрации района"): a body's word in the
    nominative opening with a capital starts each, twice or more."""
    starts = [w for w in words if w[:1].isupper() and w[1:2].islower()
              and ctx.lemmas(w)[-1:] == (w.lower().replace("ё", "е"),)
              and set(ctx.lemmas(w)) & ctx.vocab.org_words]
    return len(starts) > 1


def _people_group(ctx: Ctx, words: list[str]) -> bool:
    """Whether the cell opens with a group of people ("Рабочая группа …", "Педагогический
    коллектив …"; vocabulary `developer_group_words`) and names no body."""
    lemmas = [set(ctx.lemmas(w)) for w in words[:2]]
    return any(ls & ctx.vocab.developer_group_words for ls in lemmas) \
        and all(ls & ctx.vocab.developer_staff_words for ls in lemmas)


_BULLETS = "-–—•·* "


def _body_named(ctx: Ctx, value: str) -> str | None:
    """A developer cell naming no institution by its form: a body when an organisation's word
    opens it ("- управление культуры" → "Управление культуры", "Отдел образования …"); people
    ("Социальный педагог …, учителя …") or a sentence ("В разработке программы принимают участие
    …") issue nothing."""
    text = value.lstrip(_BULLETS).strip()
    if not ctx.opens_with(text, ctx.vocab.org_words):
        return None
    return text[:1].upper() + text[1:]
