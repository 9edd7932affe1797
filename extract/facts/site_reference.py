"""A legal site's reference to the act its page shows. base.garant.ru prints, after the act's
text and its note to users of its system ("Если вы являетесь пользователем интернет-версии
системы …"), one line naming the act: 'Постановление Мэра города N от 16 октября 2007 г. N 1620
"Об утверждении …"' — the act's type, its body, date, number and subject. A page that starts
mid-act (its heading on a page the site does not show) has no other print of them: the
reference line gives the act's requisites, issuer and subject (CONTRACT `order`, `issuer`,
`title`, and `kind` by what the act approves). Rules of header.*_RULES after the act's own
heading; the note itself is site chrome, so the line is kept aside before chrome is dropped."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from extract.facts import requisites as rq
from extract.facts.act_subject import quoted_subject
from extract.facts.body_nominative import nominative_head
from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk
from extract.facts.order import subject_kind
from extract.facts.title_text import clean_title
from extract.facts.vocab import FactsVocab

KEY = "site_reference_line"
_ORG_STOPS = ("от", "N", "№")


@dataclass(frozen=True)
class Reference:
    """The act a site's reference line names."""

    act: str
    org: str | None
    requisites: rq.Requisites
    subject: str


def reference_line(chunks: Iterable[Chunk], vocab: FactsVocab) -> str | None:
    """The line after a legal site's note to its users (in the chunks as read, the note still
    in them), or None when no such note is printed."""
    lines = [x.strip() for c in chunks if c.cells is None for x in (c.lines or (c.text,))]
    for k, line in enumerate(lines):
        m = vocab.site_reference_note.match(line)
        if m is None:
            continue
        rest = (m.group("rest") or "").strip()
        if rest:
            return rest
        return lines[k + 1] if k + 1 < len(lines) else None
    return None


def _read(ctx: Ctx) -> Reference | None:
    text = ctx.memo.get(KEY)
    if not text:
        return None
    words = rq.unglue(text).split()
    act = rq.act_type(ctx, words[0]) if words and words[0][:1].isupper() else None
    req = rq.read(ctx, text)
    subject = quoted_subject(ctx, text)
    if act is None or not (req.number and req.date) or subject is None:
        return None  # "Приложение N 1": the page shows an appendix, the line names no act
    cut = next((k for k, w in enumerate(words[1:], 1) if w in _ORG_STOPS
                or w.startswith("№")), len(words))
    org = " ".join(words[1:cut]).strip(" ,") or None
    return Reference(act, org, rq.Requisites(act, req.number, req.date), subject)


def reference(ctx: Ctx) -> Reference | None:
    """The act the site's reference line names, read once per document."""
    found: Reference | None = ctx.once("site_reference", lambda: _read(ctx))
    return found


def title_from_reference(ctx: Ctx) -> str | None:
    ref = reference(ctx)
    return clean_title(ctx, ref.subject) if ref else None


def kind_from_reference(ctx: Ctx) -> str | None:
    ref = reference(ctx)
    return subject_kind(ctx, ref.subject) if ref else None


def requisites_from_reference(ctx: Ctx) -> rq.Requisites | None:
    ref = reference(ctx)
    return ref.requisites if ref else None


def issuer_from_reference(ctx: Ctx) -> str | None:
    ref = reference(ctx)
    if ref is None or ref.org is None or ref.act in ctx.vocab.territory_acts:
        return None
    return nominative_head(ref.org, ctx)
