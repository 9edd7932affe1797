"""Stamps at the top of a document: "Приложение N 3 / к приказу министерства образования /
от 21 марта 2019 г. N 812", "УТВЕРЖДЕНА / постановлением администрации … / от … № …",
"УТВЕРЖДАЮ / Директор школы / … / Приказ от … № _".

A stamp is read line by line, whatever the reader joined: it starts at its opening word and runs
over the short lines after it — until a bold title, a new stamp, a note in parentheses or a
paragraph's end — and after its date and number only over lines that go on naming the body
("от 16.10.2017 N 362а / администрации МО - / Милославский район"). A stamp that opens with a
quote mark is the original one an amending act repeats ("Приложение к постановлению от 2022 …
/ "Приложение 2 к постановлению от 2017 …"): it names the document's own approving act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx
from extract.facts.lines import Line, open_quote, squash
from extract.facts.name_lines import bracket_tail
from extract.facts.sign_caption import without_captions
from extract.facts.stamp_parent import parent_in_genitive, region_in_genitive

_STAMP_WORDS = 22  # a stamp's lines are short (a text export may join two of them)
_STAMP_LINES = 10
_TAIL_WORDS = 5  # "Рязанской области" after the number still names the body
_QUOTES = "«\"“„"
_HYPHEN_END = ("-", "–", "—")
_QUOTE_SPACE = re.compile(r"(«)\s+|\s+(»)")  # "МБОУ « Сакская СШ »" → "МБОУ «Сакская СШ»"
_CITED_NAME = re.compile(r"\s[«\"“„]\s*(?:О|Об|Обо)\s.*$", re.S)
# "от .05.2024г. №", "от __.05.2024": the order's date with its day left blank, what remains
# of it once "от" and "№" are gone — it ends the head's line as a date would
_BLANK_DAY = re.compile(r"^[\s_]*\.\d{1,2}\.\d{4}\s*(?:г\.?)?\s*$")
_FILLER = re.compile(r"^(?:[\s,_.:;()-]|по\s)+|[\s,_:;(-]+$")  # "приказом по МБОУ «…»"


@dataclass(frozen=True)
class Stamp:
    """One stamp: what opens it, its text, where it stands, the act and body it names."""

    kind: str  # appendix | approval | approve_self
    text: str
    start: int  # index of its first line in ctx.top
    end: int  # index after its last line
    quoted: bool
    act: str | None
    org: str | None
    parent: str | None  # the plan kind it is an appendix to ("к программе" → programme)
    requisites: rq.Requisites


def stamp_kind(ctx: Ctx, text: str) -> str | None:
    """The kind of stamp `text` opens, or None."""
    for kind, rx in ctx.vocab.stamp_starts:
        if rx.match(text):
            return kind
    return None


def list_heading(ctx: Ctx, text: str) -> bool:
    """A line opening an appendix's heading: "Перечень …", "Сведения о показателях …",
    "ПРОГНОЗИРУЕМЫЕ ЗНАЧЕНИЯ …" (capitalised; the words are extract/vocab/doc_kinds.yaml's)."""
    lem = ctx.lemmas(text)
    return text[:1].isupper() and bool(lem) and lem[0] in ctx.vocab.list_headings



def _title_start(ctx: Ctx, line: Line) -> bool:
    return bool(ctx.plan_noun(ctx.lemmas(line.text)[:4])) and not line.text[:1].islower()


_NUMBER_SIGNS = ("№", " N")


def _continues(ctx: Ctx, lines: tuple[Line, ...], i: int, j: int, seen_requisites: bool) -> bool:
    """Whether line j still belongs to the stamp that starts at line i."""
    line, prev, first = lines[j], lines[j - 1], lines[i]
    if line.text.startswith("(") and not without_captions(ctx.vocab, line.text):
        return True  # "(должность)", "(подпись) (Ф. И. О.)": a form grif's captions
    if bracket_tail(prev.text, line.text):
        return True  # "Приказом МБОУ СОШ" / "(военвед)": the short name's bracketed part
    if stamp_kind(ctx, line.text) or line.text.startswith("("):
        return False
    if line.chunk != prev.chunk and not (prev.single and line.single) \
            and not _approving_act(ctx, first, line):
        return False  # a paragraph ends the stamp (readers that join its lines)
    if line.bold != _bold_of(lines, i, j) or len(line.text.split()) > _STAMP_WORDS \
            or (_title_start(ctx, line) and not (
                _name_closed(ctx, lines, i, j) and parent_in_genitive(ctx, line.text))):
        return False
    if _passport_heading(line.text):
        return False  # '"Приложение 1 / к государственной программе' / "Паспорт подпрограммы 1"
    if list_heading(ctx, line.text) and not open_quote(" ".join(x.text for x in lines[i:j])):
        return False  # "Перечень" / "основных мероприятий подпрограммы …": the heading below
    if not seen_requisites:
        # "… "Модернизация …"" / "Республиканской целевой программы": the programme it is part of
        return not (line.text[:1].isupper() and _name_closed(ctx, lines, i, j)) \
            or parent_in_genitive(ctx, line.text)
    if line.text[:1].islower() or prev.text.rstrip().endswith(_HYPHEN_END):
        return True
    if prev.text.rstrip().endswith(_NUMBER_SIGNS) and line.text.lstrip()[:1].isdigit():
        return True  # "приказом от 29 октября 2024 г. №" / "427": the number under its sign
    if first.text.lstrip("«\"“„ ")[:1] in "Уу" and _act_line(ctx, line.text):
        return True  # "Утверждаю / … / «04» 09.2023 г. / Приказ № 442-ос": the approving act
    if _completes_date(ctx, prev.text, line.text) or _completes_number(ctx, prev.text, line.text):
        return True  # "Приказ № 664 от «04» декабря" / "2024 г.", "Приказ № 335" / "«17» …"
    # "… район / Рязанской области": a short line goes on naming the body after the number
    return (len(line.text.split()) <= _TAIL_WORDS and not any(ch.isdigit() for ch in line.text)
            and (prev.text[:1].islower() or region_in_genitive(ctx, line.text))
            and not rq.read(ctx, prev.text)
            and not ctx.vocab.names[0].search(line.text))


def _passport_heading(text: str) -> bool:
    """"Паспорт подпрограммы 1", "ПАСПОРТ муниципальной программы": the word in the
    nominative opens a heading ("к Паспорту …" is a stamp's line)."""
    words = text.split()
    return bool(words) and words[0] in ("Паспорт", "ПАСПОРТ")


def _bold_of(lines: tuple[Line, ...], i: int, j: int) -> bool:
    """The weight the stamp's lines keep: its first line's, unless that line is the stamp's
    word alone ("УТВЕРЖДЕНО" in bold over the position, the name and the order in plain
    type): then the next line's (for that line itself: any weight goes on)."""
    if len(lines[i].text.split()) > 1:
        return lines[i].bold
    return lines[j].bold if j == i + 1 else lines[i + 1].bold


def _approving_act(ctx: Ctx, first: Line, line: Line) -> bool:
    """"Утверждаю / заведующий … / ____ А.Б. Орлова" / "Приказ 01-21/159": a reader may start
    a paragraph at the approving order's line under the head's signature."""
    return first.text.lstrip("«\"“„ ")[:1] in "Уу" and _act_line(ctx, line.text)


def _name_closed(ctx: Ctx, lines: tuple[Line, ...], i: int, j: int) -> bool:
    """'Приложение N 1 / к программе / "Развитие …"' / "Сведения …": an appendix's stamp
    naming the plan it belongs to, no requisites, ends at the line closing the plan's quoted
    name (the quote mark an amending act opens the stamp with aside); a capitalised line after
    it is the heading, as bold would show in print (an act's stamp goes on to its requisites:
    "… района "N-ский"" / "Республики N" / "от …")."""
    text = " ".join(x.text for x in lines[i:j]).lstrip("«\"“„ ")
    return lines[j - 1].text.rstrip().endswith(("\"", "»", "”")) and not open_quote(text) \
        and _parent(ctx, text) is not None


def _completes_date(ctx: Ctx, prev: str, line: str) -> bool:
    """True when `line` gives the date of the act line `prev` (which has none of its own):
    the rest of a date broken over two lines, or the date printed under the number."""
    if len(line.split()) > _TAIL_WORDS or rq.read(ctx, prev).date:
        return False
    return bool(rq.read(ctx, f"{prev} {line}").date) and _act_line(ctx, prev)


def _completes_number(ctx: Ctx, prev: str, line: str) -> bool:
    """True when `line` is the number ("№ 15-од") printed under the act line `prev` that gave
    only its date ("Приказ от 02.09.2024 г."): a narrow grif's cell breaks the line there."""
    if len(line.split()) > _TAIL_WORDS or not ctx.vocab.number.match(line.strip()):
        return False
    req = rq.read(ctx, prev)
    return bool(req.date) and not req.number and _act_line(ctx, prev)


def _act_line_date(ctx: Ctx, text: str) -> str | None:
    """The date of the act line inside a head's own grif ("УТВЕРЖДАЮ / Директор … / «05»
    апреля 2023 г. / Приказ № 124/с от 17.04.2023 г."): the order's day, not the signature's
    printed above it (a text export may have joined the grif's lines into one)."""
    words = text.split()
    for k in range(1, len(words)):
        rest = " ".join(words[k:])
        if rq.act_type(ctx, words[k]) and _act_line(ctx, rest) and (got := rq.read(ctx, rest).date):
            return got
    return None


def _act_line(ctx: Ctx, text: str) -> bool:
    """"Приказ № 442-ос", "Приказ от 31.08.2022 № 15": an act's word and its requisites."""
    first = text.split()[0] if text.split() else ""
    return bool(rq.act_type(ctx, first)) and bool(rq.read(ctx, text))


def _parent(ctx: Ctx, text: str) -> str | None:
    """"Приложение к долгосрочной целевой программе …" → programme (the plan it belongs to)."""
    lem = ctx.lemmas(text)
    if "к" not in lem:
        return None
    k = lem.index("к")
    for skip in range(4):
        kind = ctx.plan_noun(lem[k + 1 + skip :])
        if kind:
            return kind
    return None


_LONE_MARK = re.compile(r"\s+[.,;]+(?=\s|$)")


def _org(ctx: Ctx, text: str) -> tuple[str | None, str | None]:
    """(act type, body as written) of "к приказу <ORG> от … № …" / "приказом <ORG> …"."""
    m = ctx.vocab.stamp_act.search(text)
    if not m:
        return None, None
    act = rq.act_type(ctx, m.group("act"))
    rest = _without_heading(ctx, rq.without_amendments(ctx, text[m.end():]))
    # 'администрации N-ского района "Об утверждении …"': a stamp citing an act by its quoted
    # name (the requisites not printed) — the body ends where the name opens
    rest = _CITED_NAME.sub("", rest)
    org = _FILLER.sub("", squash(rq.blank_out(ctx, rest)))
    org = _LONE_MARK.sub("", org)  # "от 15.10.2013. N 1320": the dot after the blanked date
    org = _QUOTE_SPACE.sub(lambda m: m.group(1) or m.group(2), _without_head(ctx, org))
    if org.count(")") > org.count("("):  # "(утв. постановлением <ORG> от … N …)"
        org = org.rstrip(" )")
    return act, org if any(ch.isalpha() for ch in org) and _may_name_body(ctx, org) else None


def _without_heading(ctx: Ctx, text: str) -> str:
    """"администрации города от «24»декабря 2010 № 2092 Паспорт … программы …" → up to the
    number: a reader that joined the stamp's lines with the heading under it; after the
    requisites a word printed in its dictionary form with a capital opens that heading (a
    short tail in the genitive, "Рязанской области", still names the body); a head's position
    after them opens the signer's line ("… № 412 директор МБОУ …")."""
    ends = [m.end() for rx in (ctx.vocab.number, *ctx.vocab.dates) for m in rx.finditer(text)]
    if not ends:
        return text
    tail = text[max(ends):].split()
    lem = ctx.lemmas(tail[0].strip(",.")) if tail else ()
    if len(lem) == 1 and lem[0] in ctx.vocab.head_positions:
        return text[: max(ends)]  # "… № 412 / директор МБОУ …": the signer's line under the act
    if len(tail) <= _TAIL_WORDS or not tail[0][:1].isupper() or not tail[0].isalpha():
        return text
    return text[: max(ends)] if ctx.lemmas(tail[0]) == (tail[0].lower(),) else text


def _may_name_body(ctx: Ctx, org: str) -> bool:
    """A lone word after the requisites names a body only as a body's word or an abbreviation:
    "Приложение к Постановлению от … № 1074 Состав" — a site's title line runs into the next
    page's heading, and "Состав" is no issuer."""
    words = org.split()
    if len(words) != 1 or words[0].isupper() or '"' in org or "«" in org:
        return True
    lem = ctx.lemmas(words[0].strip(".,:;"))
    bodies = ctx.vocab.org_words | ctx.vocab.body_units | ctx.vocab.officials
    return any(x in bodies for x in lem)


_OFFICIAL_REACH = 4  # "Приложение N 3 / Губернатора …": the official right after the number


def _official(ctx: Ctx, text: str) -> str | None:
    """"Приложение N 3 / Губернатора N-ской области / от … N 18": an appendix stamp that
    names no act ("к постановлению") but the official or the body in the genitive whose act
    it is."""
    words = text.split()
    for k, word in enumerate(words[:_OFFICIAL_REACH]):
        bare = word.strip(".,:;")
        if not bare.isalpha():
            continue
        # "Приложение 4 / администрации города N / от …": a body's act as well, its name in
        # lower case as a stamp's line prints it
        head = (ctx.lemmas(bare)[-1:] or ("",))[0]
        named = head in ctx.vocab.parent_genitive or (
            bare[:1].isupper() and head in ctx.vocab.officials)
        if named and ctx.tools.tag(bare.lower())[1] == "gent":
            org = _FILLER.sub("", squash(rq.blank_out(ctx, " ".join(words[k:]))))
            org = _LONE_MARK.sub("", org)
            return org if len(org.split()) > 1 else None
    return None


def _without_head(ctx: Ctx, org: str) -> str:
    """"приказом заведующего МБДОУ №22 С.М. Палкиной" → "МБДОУ №22": the head who signed
    the order is no body ("приказом директора" names none)."""
    words = org.split()
    lem = ctx.lemmas(words[0]) if words else ()
    if len(lem) != 1 or lem[0] not in ctx.vocab.head_positions:
        return org
    rest = " ".join(words[1:])
    for rx in ctx.vocab.names:
        m = rx.search(rest)
        if m and (not rest[m.end():].strip(" ,.") or _BLANK_DAY.match(rest[m.end():])):
            rest = rest[: m.start()]
    return rest.strip(" ,")


def _stamp_at(ctx: Ctx, i: int, kind: str) -> Stamp:
    lines = ctx.top
    text = lines[i].text
    j, seen = i + 1, bool(rq.read(ctx, text))  # "УТВЕРЖДЕН приказом … № 51" on one line
    while j < len(lines) and j - i < _STAMP_LINES and _continues(ctx, lines, i, j, seen):
        text = f"{text} {lines[j].text}"
        seen = seen or bool(rq.read(ctx, text))
        j += 1
    req = rq.read(ctx, text)
    if kind == "approve_self":
        own_date = _act_line_date(ctx, text)
        req = rq.Requisites(req.act_type, req.number, own_date or req.date)
    own = [line.text for line in lines[i:j]]
    number, own = _letter_suffix(own, req.number)
    own = [line for line in own if not _signature_line(ctx, line)] or own
    act, org = _org(ctx, " ".join(own))
    if act is None and org is None and kind == "appendix":
        org = _official(ctx, text)
    if act is None:
        act = next((t for w in text.split() if (t := rq.act_type(ctx, w))), None) \
            or rq.abbreviated_act(ctx, text)
    return Stamp(kind=kind, text=squash(text), start=i, end=j,
                 quoted=lines[i].text.lstrip()[:1] in _QUOTES and kind != "approve_self",
                 act=act, org=org, parent=_parent(ctx, text) if kind == "appendix" else None,
                 requisites=rq.Requisites(act, number, req.date))


# "№ 3 а" closing its line: the letter of a number split off by a space (a lone lower-case
# letter can open no word of the next line, which the stamp's joined text would make it)
_LINE_SUFFIX = re.compile(r"(?:№|N)\s*(?P<number>\d[\w/-]*)\s(?P<letter>[а-яё])\s*$")
# "директор ДЮСШ______П.Р.Кленов": a head's position, the blank to sign on and the name
_SIGN_BLANK = re.compile(r"_{3,}\s*(?:[А-ЯЁ]\.\s?){1,2}\s?[А-ЯЁ][а-яё]+|"
                         r"[А-ЯЁ][а-яё]+\s(?:[А-ЯЁ]\.\s?){1,2}\s*_{3,}")


def _letter_suffix(own: list[str], number: str | None) -> tuple[str | None, list[str]]:
    """The number with the letter its line closes on ("№ 3 а" → "3 а"), the lines without it
    (the letter is no body's word); the number as read and the lines unchanged otherwise."""
    for k, line in enumerate(own):
        m = _LINE_SUFFIX.search(line)
        if m and number == m.group("number"):
            rest = [*own[:k], line[: m.start("letter")].rstrip(), *own[k + 1:]]
            return f"{number} {m.group('letter')}", rest
    return number, own


def _signature_line(ctx: Ctx, line: str) -> bool:
    """"директор ДЮСШ______П.Р.Кленов" under a stamp's act line: the head signing on the blank,
    never the body that issued the act."""
    words = line.split()
    lem = ctx.lemmas(words[0]) if words else ()
    return bool(lem) and lem[0] in ctx.vocab.head_positions and bool(_SIGN_BLANK.search(line))


def stamps(ctx: Ctx) -> tuple[Stamp, ...]:
    """Every stamp among the document's top lines, in order (read once per document)."""
    found: tuple[Stamp, ...] = ctx.once("stamps", lambda: _stamps(ctx))
    return found


def _stamps(ctx: Ctx) -> tuple[Stamp, ...]:
    out: list[Stamp] = []
    listed = contents_lines(ctx)
    i = 0
    while i < len(ctx.top):
        kind = stamp_kind(ctx, ctx.top[i].text)
        if (kind is None or i in listed or len(ctx.top[i].text.split()) > 3 * _STAMP_WORDS
                or ctx.vocab.not_stamp.search(ctx.top[i].text)):
            i += 1
            continue
        s = _stamp_at(ctx, i, kind)
        out.append(s)
        i = max(s.end, i + 1)
    return tuple(out)


_CONTENTS_REACH = 30  # a contents page lists a few dozen parts at most


def contents_lines(ctx: Ctx) -> frozenset[int]:
    """Indexes in `ctx.top` of a contents page's entries: the lines under a "Содержание" /
    "Оглавление" line up to the first entry named again, where its part begins ("Пояснительная
    записка" … "Приложение. Календарный план …" / "Пояснительная записка"). A heading whose
    entries are never named again within reach marks nothing: its end is unknown."""
    top = ctx.top
    for i, line in enumerate(top):
        lem = ctx.lemmas(line.text.strip(" .:"))
        if len(lem) != 1 or lem[0] not in ctx.vocab.contents_headings:
            continue
        seen: set[str] = set()
        for k in range(i + 1, min(len(top), i + 1 + _CONTENTS_REACH)):
            # ("Введение" in the list, "Введение." over its part: a heading's dot is no other name)
            key = squash(top[k].text).lower().rstrip(" .:")
            if key in seen:
                return frozenset(range(i + 1, k))
            seen.add(key)
        return frozenset()
    return frozenset()


