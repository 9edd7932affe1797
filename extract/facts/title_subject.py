"""A bare genre heading going on in the plan's subject: "Дорожная карта" / "Введение
федерального государственного образовательного стандарта … в МОУ «…»" printed on lines of
their own in one weight (a school site's plain-text export has no bold to join them by)."""

from __future__ import annotations

from extract.facts.ctx import Ctx

_BARE_HEAD = 3  # "Дорожная карта", "План мероприятий", "Программа развития"
_OWNER_WORDS = 25  # an owner's legal name with its place


def subject_line(ctx: Ctx, text: str, line: str) -> bool:
    """The heading is the genre word alone and the next line opens, capitalised, on a process
    noun ("Введение …", "Реализация …"): that line is the plan's subject, not the body's; or
    a report's genre word alone over its subject ("ОТЧЁТ" / "О РЕЗУЛЬТАТАХ …")."""
    if report_subject_line(ctx, text, line):
        return True
    words, following = text.split(), line.split()
    if not following or len(words) > _BARE_HEAD or text.rstrip().endswith((".", ":", ";")):
        return False
    if ctx.plan_noun(ctx.lemmas(text)) is None or not following[0][:1].isupper():
        return False
    first = ctx.lemmas(following[0])
    return bool(first) and first[0] in ctx.vocab.title_subject_nouns \
        and not following[-1].endswith((".", ";", ":"))


def header_word(ctx: Ctx, kept: list[str]) -> bool:
    """"… школа»" / "Наименование" / "мероприятия | сентябрь | …": a lone table-head word
    printed last under a title is its table's header cell's first line, not the title's."""
    last = kept[-1].split() if len(kept) > 1 else []
    return len(last) == 1 and last[0][:1].isupper() \
        and bool(set(ctx.lemmas(last[0])) & ctx.vocab.table_head_words)


def owner_after_years(ctx: Ctx, first: str, text: str, line: str) -> bool:
    """"Публичный доклад" (bold) / "об образовательной деятельности в 2013-2014 учебном году" /
    "муниципального бюджетного … учреждения …" (plain): a report's genre word, once gone on in
    its subject and years, goes on in its owner's legal name in the genitive, lower case (in the
    nominative the name is the title page's owner line, no part of the title)."""
    words = line.split()
    if not words or not words[0][:1].islower() or first == text or len(first.split()) > _BARE_HEAD:
        return False
    if line.rstrip().endswith((".", ";", ":")) or len(words) > _OWNER_WORDS:
        return False
    return ctx.vocab.legal_form.match(line.lower()) is not None \
        and ctx.tools.tag(words[0])[1] == "gent"


_ABOUT = ("о", "об")


def report_subject_line(ctx: Ctx, text: str, line: str) -> bool:
    """"ОТЧЁТ" / "О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ …": a report's genre word printed alone goes
    on in the next line opening on "о"/"об", the report's subject (a title page printing each
    part of the heading as its own paragraph)."""
    words, following = text.split(), line.split()
    if len(words) != 1 or len(following) < 2 or following[0].lower() not in _ABOUT \
            or line.rstrip().endswith((".", ":", ";")):
        return False
    lem = tuple(ctx.lemmas(words[0]))
    return any(len(seq) == 1 and lem[:1] == seq for seq in ctx.vocab.report_openers)

