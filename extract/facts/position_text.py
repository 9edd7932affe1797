"""Positions in signature blocks: what a position line looks like (its head word in the
nominative, an acting prefix) and how it is written ("Руководитель: Начальник управления …" →
"Начальник управления …", stamps, blanks and a council's minutes left out). Split from
extract/facts/people.py, which finds the blocks."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.glued_signature import unglued_position
from extract.facts.grif_name_end import single_abbreviation
from extract.facts.lines import squash
from extract.facts.lost_spaces import restore_noun_space, restore_spaces
from extract.facts.person_text import nominative_head, normal_case
from extract.facts.sign_caption import without_captions

FILLER = re.compile(r"(?<![\s.][А-ЯЁ])[_.\s:–—(|/-]+$")  # a final initial keeps its "."
_LABEL = re.compile(r"^([А-ЯЁа-яё]+)\s*:\s*(?=\S)")
STAMPS = re.compile(r"^(?:УТВЕРЖДАЮ|УТВЕРЖДЕНО|СОГЛАСОВАНО|ПОДПИСЬ|М\.П\.?)[:\s]*", re.IGNORECASE)
# a council's minutes or the approving order printed on the position's line by grifs set side
# by side ("Директор МАУ ЦДТ Протокол № 6 от «01» апреля 2024 г. города …")
_MINUTES = re.compile(r"\s*\b(?:протокол|приказ)\s*№\s*[\w/-]+\s*от\s*(?:«\s*\d{1,2}\s*»\s*"
                      r"[а-яё]+\s*\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+[а-яё]+\s+\d{4})"
                      r"\s*(?:г\.|года|г\b)?", re.IGNORECASE)


# "… Каменка подпись Л.В. Орлова": the word under the blank to sign on, printed in its place;
# "… Л.В. Орлова М.П.": the stamp's place after the signature, no initials of a name
_SIGN_WORD_TAIL = re.compile(r"\s+\(?(?:подпись|подп\.)\)?\s*$", re.IGNORECASE)
_MARK_TAIL = re.compile(r"\s+\(?М\.\s?П\.?\)?\s*$")


def without_stamp_mark(text: str) -> str:
    """A signature line without the stamp's mark "М.П." closing it."""
    return _MARK_TAIL.sub("", text)


def without_acting(ctx: Ctx, words: list[str]) -> list[str]:
    """A position's words after an acting prefix ("И.о. главы администрации …" → "главы
    администрации …", "Исполняющий обязанности начальника …"); the words as they are without one."""
    for k in range(1, min(len(words), 4)):
        if tuple(ctx.lemmas(" ".join(words[:k]))) in ctx.vocab.acting_prefixes:
            return words[k:]
    return words


def acting_over_position(ctx: Ctx, text: str, nxt: str) -> bool:
    """`text` is an acting prefix alone on its line ("И.о.", "Временно исполняющий
    обязанности") and `nxt` goes on with the position's head in lower case ("главы
    администрации …"): a signature block that wraps after the prefix."""
    words = ctx.lemmas(nxt)
    return tuple(ctx.lemmas(text)) in ctx.vocab.acting_prefixes and bool(words) \
        and nxt.strip()[:1].islower() and words[0] in ctx.vocab.position_heads


def is_position(ctx: Ctx, text: str) -> bool:
    """A position opens with its head word in the nominative ("Глава администрации",
    "Директор", "и.о. начальника"); "заместителя главы … Н.Е. Ракитиной" names a person in
    the text, not a signature."""
    # "губернатораАмурской области": a site's glue makes no nominative head of a genitive
    words = restore_spaces(ctx.vocab, STAMPS.sub("", text)).split()
    lem = ctx.lemmas(" ".join(words))
    acting = next((p for p in ctx.vocab.acting_prefixes if lem[: len(p)] == p), ())
    if acting and len(lem) > len(acting) and lem[len(acting)] in ctx.vocab.position_heads:
        return True  # "И.о. директора", "Врио начальника"
    if not lem or lem[0] not in ctx.vocab.position_heads:
        return False
    first = re.sub(r"[^\w.]", "", words[0]).lower().replace("ё", "е")
    return (first == lem[0] or first in ctx.vocab.position_participles or "." in first
            or len(ctx.lemmas(first)) > 1)


# "школа-" / "интернат»" in a narrow grif cell: a line wrap's space after a compound's hyphen
# ("школа- интернат"); a conjunction after it is an ellipsis ("учебно- и …"), kept
_WRAPPED_HYPHEN = re.compile(r"(?<=[а-яё][-‐]) +(?=[а-яё]{3,})")


def clean_position(ctx: Ctx, text: str) -> str:
    """Whitespace-normalised position without stamps, filler lines, trailing ":" and a label
    before it ("Руководитель: Начальник управления" → "Начальник управления"), as written."""
    # ("Заведующий МБДОУ" / "МБДОУ «…»": the abbreviation a wrapped line repeats, once)
    text = single_abbreviation(squash(_MINUTES.sub(" ", text)))
    text = FILLER.sub("", STAMPS.sub("", without_captions(ctx.vocab, text))).strip()
    text = FILLER.sub("", _SIGN_WORD_TAIL.sub("", text)).strip()
    # "Губернатор Луговскойобласти"
    text = restore_noun_space(ctx.vocab, _WRAPPED_HYPHEN.sub("", text))
    text = unglued_position(ctx, text)  # "Исполняющийобязанности губернатораАмурской …"
    m = _LABEL.match(text)
    if m and is_position(ctx, text[m.end():]):
        text = text[m.end():]
    return nominative_head(ctx, normal_case(ctx, _unopened_quote(text)))


def _unopened_quote(text: str) -> str:
    """"Директор МОУ ДОД Ольховский ЦДТ»": a grif copying the letterhead's quoted name
    without its opening quote leaves a closing one no quote opened; it goes."""
    if text.endswith("»") and text.count("»") > text.count("«"):
        return text[:-1].rstrip()
    return text



def acting_goes_on(ctx: Ctx, text: str, nxt: str) -> str | None:
    """`text` — a position cut inside its acting prefix ("Исполняющий", a signature table's
    cell wrapped onto the line under the name) — joined with `nxt` when that goes on with it
    in lower case ("обязанности начальника управления …") into a position; None otherwise."""
    lem, nxt = tuple(ctx.lemmas(text)), nxt.strip()
    cut = any(len(p) > len(lem) and p[:len(lem)] == lem for p in ctx.vocab.acting_prefixes)
    joined = f"{text.strip()} {nxt}"
    if not lem or not cut or not nxt[:1].islower() or any(ch.isdigit() for ch in nxt):
        return None
    return joined if is_position(ctx, joined) else None


_SENTENCE_CUT = re.compile(r"^.*[.;!?]\s+(?=[А-ЯЁ])", re.DOTALL)
_TAIL_WORDS = 12  # a position's words after the act's last sentence on its line


def position_after_sentence(ctx: Ctx, text: str) -> str | None:
    """The position closing a line after the act's last sentence ("… оставляю за собой.
    Исполняющий обязанности начальника управления образования": a PDF's paragraph run on into
    the signature block), or None."""
    tail = _SENTENCE_CUT.sub("", text).strip()
    if tail == text.strip() or not tail or len(tail.split()) > _TAIL_WORDS:
        return None
    return tail if is_position(ctx, tail) else None
