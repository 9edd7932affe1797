"""A report form's field naming the institution: "Наименование муниципального учреждения
(обособленного подразделения) <name>", the name often in lower case and over several lines; in a
report without the label, a top line opening with a full legal name ("Муниципальное автономное
дошкольное образовательное учреждение детский сад № 16")."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.institution import BLANKS
from extract.facts.institution_full_name import full_name_in_title
from extract.facts.lines import squash
from extract.facts.name_end import before_predicate

_FORM_CHUNKS = 40
_NAME_WORDS = 25
# (not the bracket of an abbreviation such as "РС(Я)")
# a report's next numbered field run onto the name's line ("… с. Ямск» 1.2. Юридический
# адрес …": a PDF's text on one line) ends the name too, also when the field's label is cut
_CUT = re.compile(r"\s*(?:(?<![А-ЯЁ])\(|_{2,}|\s[-–—]\s*$"
                  r"|(?<!№)\s\d{1,2}\.\d{1,2}\.?(?:\s(?=[А-ЯЁ])|\s*$))")
_NUMBER = re.compile(r"^(?:№|N)\s?\d|^\d")
# a site letterhead's phone or postcode line under the name ("8 (846) 260-38-35"): no number of it
_PHONE = re.compile(r"^[\d\s()+-]{9,}$|^\d{6},")


# "Муниципального бюджетного … учреждения" under a title page's heading: the owner of the
# heading's genre word ("САМООБСЛЕДОВАНИЕ"), part of the title, not a form's name field
_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})


def _oblique(ctx: Ctx, line: str) -> bool:
    return ctx.tools.tag(line.split()[0])[1] in _OBLIQUE


def _groups(ctx: Ctx) -> list[list[str]]:
    """The lines of the top prose chunks, and of each cell of the top table rows, as groups:
    a field's label and its value stand in one group (or the value in the next cell's)."""
    out: list[list[str]] = []
    single = False  # the last group holds one-line chunks (a PDF's paragraph per line)
    for c in ctx.chunks[:_FORM_CHUNKS]:
        if c.cells is None:
            lines = list(c.lines or (c.text,))
            if single and len(lines) == 1:
                out[-1].append(lines[0])
            else:
                out.append(lines)
            single = len(lines) == 1
        else:
            single = False
            cells = [list(x) for x in c.cell_lines if x]
            for k, cell in enumerate(cells):
                # "Полное наименование ОО | муниципальное …": the value is the next cell
                nxt = cells[k + 1] if k + 1 < len(cells) else []
                if len(cell) > 1 and _label_cell(ctx, cell):
                    cell = [" ".join(cell)]  # "Полное⏎наименование ОО": a narrow label column
                out.append(cell + nxt if len(cell) == 1 else cell)
    return out


def _label_cell(ctx: Ctx, cell: list[str]) -> bool:
    """A cell that holds only the institution label, wrapped over lines by a narrow column."""
    m = ctx.vocab.institution_label.fullmatch(" ".join(cell).strip(" :"))
    return m is not None


def _is_label(ctx: Ctx, word: str) -> bool:
    lem = ctx.lemmas(word)
    return word[:1].isupper() and len(lem) == 1 and lem[0] in ctx.vocab.form_labels


_HONOREE_OPEN = re.compile(r"(?<![А-ЯЁа-яё])(?:имени|им\.)(?:\s*[А-ЯЁ]\.){0,2}\s*$")
_WRAP_HYPHEN = ("-", "‐")
_LOOSE_DASHES = re.compile(r"^[-\s]+|(?<![А-ЯЁа-яё])[-\s]+$")


def _name_from(ctx: Ctx, lines: list[str]) -> str | None:
    """The institution's name the lines open with, continued by lines in lower case, and cut
    at the next label ("… школа» Кировского района Вид деятельности …")."""
    text = lines[0]
    for k, line in enumerate(lines[1:], 1):
        # the name goes on in lower case, with a number or with its own name in quotes
        numbered = _NUMBER.match(line) and not _PHONE.match(line)
        # "… имени Героя" / "России Ю.А. Чумака».": the own name's quotes still open close on
        # the next line, the honoured person's name broken over it
        quoted = text.count("«") > text.count("»") and "»" in line
        # "… школа №14 имени В.А." / "Уварова …", "… образования Усть-" / "Лабинский район": an
        # honoured person's name or a hyphenated place broken over the line goes on
        broken = bool(_HONOREE_OPEN.search(text)) or text.endswith(_WRAP_HYPHEN)
        if (not line[:1].islower() and not numbered and not quoted and line[:1] not in "«\""
                and not broken and not _own_name_follows(ctx, text, lines[k : k + 3])) \
                or BLANKS.match(line):
            break
        text = f"{text}{line}" if text.endswith(_WRAP_HYPHEN) and line[:1].isupper() \
            else f"{text} {line}"
    words = before_predicate(ctx, squash(BLANKS.sub(" ", text)).split())
    for k, w in enumerate(words[1:], 1):
        if _is_label(ctx, w):
            words = words[:k]
            break
    name = _cut(" ".join(words[:_NAME_WORDS])).strip(" ,;:")
    if name.endswith(("».", '".')):  # the field's sentence ends after the quoted own name
        name = name[:-1]
    return name[:1].upper() + name[1:] if len(name.split()) >= 2 else None


def _cut(text: str) -> str:
    """The name up to the first cut outside its quotes: "«Специальная (коррекционная) школа
    …»" keeps its bracket, "«Школа № 5» (МБОУ …)" loses the one after the name — also after
    nested quotes closed once ("«Детский сад № 3 «Радуга» (МАДОУ …)")."""
    for m in _CUT.finditer(text):
        head = text[: m.start()]
        if head.count("«") <= head.count("»") or head.rstrip().endswith("»"):
            return head
    return text


_OWN_NAME = 6  # words of a school's own name up to its kind ("Ольховская средняя … школа")


def _own_name_follows(ctx: Ctx, text: str, lines: list[str]) -> bool:
    """"… учреждение Лесного района" / "Ольховская средняя … школа": a PDF cell wrapped
    before the institution's own name, an adjective in the nominative after the place in the
    genitive, the line naming a school's kind ("Юридический адрес" names none)."""
    last, words = text.split()[-1], " ".join(lines).split()
    lemma = ctx.lemmas(last)[-1:]
    if not last.islower() or not lemma or lemma[0] not in ctx.vocab.place_markers:
        return False
    return len(words) >= 2 and words[0][:1].isupper() and words[1].islower() \
        and ctx.tools.tag(words[0].lower()) == ("ADJF", "nomn") \
        and any(set(ctx.lemmas(w)) & ctx.vocab.own_school_words for w in words[1:_OWN_NAME])


def _labelled(ctx: Ctx, lines: list[str]) -> str | None:
    for k, line in enumerate(lines):
        m = ctx.vocab.institution_label.search(line)
        if not m:
            continue
        rest = _value_lines(ctx, [line[m.end():], *lines[k + 1 :]])
        if not rest:
            return None
        split = _form_below_name(ctx, rest)
        if split:
            return split
        value = " ".join(rest)
        legal = ctx.vocab.legal_form.search(value)
        if legal:  # "… городского округа Заречный муниципальное автономное … учреждение …"
            value = value[_place_adjective_start(value, legal.start()):]
            return _name_from(ctx, [value]) if len(rest) == 1 else _name_from(
                ctx, _relined(value, rest))
        if rest[0].split()[0] in ctx.vocab.institution_forms:
            return _name_from(ctx, rest)
    return None


# a place's adjective in the nominative ("Березовское", "Заречное", "Лесная")
_PLACE_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё-]+(?:ое|ая|ий|ый|ой)$")


def _place_adjective_start(value: str, legal: int) -> int:
    """Where the name opens: at the legal form, or at the one word before it when that word
    is a place's adjective that is part of the name ("Березовское муниципальное автономное …
    учреждение «…»"), not the end of a territory's name ("… городского округа Заречный")."""
    before = value[:legal].split()
    if len(before) == 1 and _PLACE_ADJECTIVE.match(before[0]) and value[legal:legal + 1].islower():
        return 0
    return legal


def _value_lines(ctx: Ctx, lines: list[str]) -> list[str]:
    """The field's value lines, the form's blanks taken out ("учреждения_____" /
    "_МАДОУ «…» ____"), up to the next field's label ("Форма по ОКУД", "Виды деятельности
    муниципального учреждения"): a later label's words are no value."""
    out: list[str] = []
    for k, line in enumerate(lines):
        # a hyphen closing a word ("… образования Усть-") wraps a compound name: it stays
        text = _LOOSE_DASHES.sub("", squash(BLANKS.sub(" ", line.replace("_", " "))).strip(" :–—"))
        # a blank field: the next line's label opens the next field, no value of this one
        if (out or k) and text and (_is_label(ctx, text.split()[0]) or _next_field(ctx, text)):
            break
        if text:
            out.append(_head_noun_lowered(out, text))
    return out


def _next_field(ctx: Ctx, line: str) -> bool:
    """"виды деятельности муниципального учреждения …": the next field's label in lower case."""
    lem = ctx.lemmas(" ".join(line.split()[:4]))
    return any(tuple(lem[: len(seq)]) == seq for seq in ctx.vocab.form_next_fields)


# a legal form's adjectives ending a line, its head noun not yet printed
_FORM_ADJECTIVES = re.compile(
    r"(?:^|\s)(?:[Мм]униципальн|[Гг]осударствен|[Фф]едеральн|[Чч]астн)\w+(?:\s+[а-яё-]+){0,4}$")
_BROKEN_HEAD = re.compile(r"^(?:Учреждени|Организаци)[а-яё]*(?=\s|$)")


def _head_noun_lowered(out: list[str], text: str) -> str:
    """"… муниципальное бюджетное общеобразовательное" / "Учреждение средняя …": a scan's line
    break capitalised the name's head noun; it goes on the name in lower case."""
    if out and _FORM_ADJECTIVES.search(out[-1]) and _BROKEN_HEAD.match(text):
        return text[:1].lower() + text[1:]
    return text


def _form_below_name(ctx: Ctx, rest: list[str]) -> str | None:
    """A form that prints the quoted name first and the bare legal form on the next line
    ("… «Ольховская школа»" / "Муниципальное казённое учреждение"): the form opens the name."""
    if len(rest) < 2 or "«" not in rest[0] or ctx.vocab.legal_form.search(rest[0]):
        return None
    legal = ctx.vocab.legal_form.match(rest[1])
    if not legal or rest[1][legal.end():].strip(" .,;"):
        return None
    return f"{squash(rest[1])} {squash(rest[0])}"


def _relined(value: str, lines: list[str]) -> list[str]:
    """`value` (a tail of the joined `lines`) split again where the lines broke."""
    out: list[str] = []
    for line in reversed(lines):
        if value.endswith(line) and len(value) > len(line):
            out.insert(0, line)
            value = value[: -len(line)].rstrip()
        else:
            break
    return [value, *out] if value else out


def issuer_from_form(ctx: Ctx, report: bool) -> str | None:
    """A form's field naming the institution; in a report, else a top line opening with a
    full legal name."""
    groups = _groups(ctx)
    for g, lines in enumerate(groups):
        got = _labelled(ctx, lines) or _around_label(ctx, groups, g) or _label_astride(ctx, lines)
        if got:
            return got
    if not report:
        return None
    for g, lines in enumerate(groups):
        for k, line in enumerate(lines):
            # "Муниципальное автономное дошкольное" / "образовательное учреждение …"
            # (a site's letterhead may print the name in lower case on the page's first line)
            upper = line[:1].isupper() or (g == 0 and k == 0 and ctx.chunks[0].cells is None)
            if not (upper and ctx.vocab.legal_form.match(" ".join(lines[k : k + 3]))):
                continue
            if not _oblique(ctx, line):
                return _name_from(ctx, lines[k:] + _quoted_next(ctx, groups, g))
            above = lines[k - 1] if k else (groups[g - 1][-1:] or [""])[0] if g else ""
            if _dated(ctx, above):
                return _owner_under_date(ctx, above, " ".join(lines[k : k + 3]))
    return None


def _dated(ctx: Ctx, line: str) -> bool:
    """"от «_5_» октября 2022_ года": the report's date line under its heading."""
    return bool(ctx.vocab.report_date_line.match(line.strip()))


def _owner_under_date(ctx: Ctx, date: str, text: str) -> str | None:
    """"ОТЧЕТ об исполнении … за 3 квартал 2022 года" / "от «_5_» октября 2022_ года" /
    "Муниципального автономного … учреждения … «…»": whose report the heading is, in the
    genitive under the report's date — the institution, its form put into the nominative."""
    return full_name_in_title(ctx, f"{date} {text}")


# a legal form's adjectives without the head noun: the first line of a name cut by a label
_OPENING = re.compile(r"^(?:Муниципальн|Государствен|Областн|Краев)\w+(?:\s+[а-яё-]+){0,4}\s*$")
_HEAD_NOUN = re.compile(r"(?<![а-яё])(?:учреждение|организация)\s+(?=\S)")
_AROUND = 2  # groups after the label's where the name's second half may stand


def _around_label(ctx: Ctx, groups: list[list[str]], g: int) -> str | None:
    """"Муниципальное автономное общеобразовательное" / "Наименование муниципального
    учреждения" / "Виды деятельности …" / "учреждение «Средняя школа № 4»": a PDF prints the
    two lines of the name's cell around the label centred beside them — the legal form's
    adjectives above the label, its head noun and own name below, after the next label."""
    lines = groups[g]
    for k in range(1, len(lines)):
        before = lines[k - 1]
        if not ctx.vocab.institution_label.match(lines[k]) or not _OPENING.match(before) \
                or re.search(r"учрежд|организац", before):
            continue
        for later in lines[k + 1 :] + [x for grp in groups[g + 1 : g + 1 + _AROUND] for x in grp]:
            m = _HEAD_NOUN.search(later)
            if m:
                return _name_from(ctx, [f"{before} {later[m.start():]}"])
    return None


def _label_astride(ctx: Ctx, lines: list[str]) -> str | None:
    """"Наименование" / "Муниципальное бюджетное … образовательное" / "муниципального
    учреждения учреждение - детский сад № 1": a PDF prints the label's cell centred beside the
    name's two lines, the label's first word above the name's first line and its other words
    before the name's second: the label's words taken out, the name's lines joined."""
    for k in range(len(lines) - 2):
        head, first, second = lines[k].strip(" :"), lines[k + 1], lines[k + 2]
        if len(head.split()) != 1 or not _is_label(ctx, head) or not _OPENING.match(first):
            continue
        m = ctx.vocab.institution_label.match(f"{head} {second}")
        if m and m.end() > len(head) + 1 and (rest := f"{head} {second}"[m.end():].strip()):
            return _name_from(ctx, [f"{first} {rest}", *lines[k + 3 :]])
    return None


def _quoted_next(ctx: Ctx, groups: list[list[str]], g: int) -> list[str]:
    """"Муниципальное бюджетное … учреждение" / (next paragraph) "«Лесная средняя школа»": the
    quoted own name a page printed as the next paragraph goes on a bare legal form."""
    nxt = groups[g + 1][:1] if g + 1 < len(groups) else []
    last = groups[g][-1].split()[-1:] if groups[g] else []
    bare = bool(last) and ctx.lemmas(last[0])[-1:] == ("учреждение",)
    return nxt if bare and nxt and nxt[0][:1] in "«\"" else []


def labelled_value(ctx: Ctx) -> str | None:
    """The whole value of the first field labelled with the institution's name, its lines
    joined ("Полное наименование ОО | Муниципальное … школа имени … края (МБОУ СОШ п. N)")."""
    for lines in _groups(ctx):
        for k, line in enumerate(lines):
            m = ctx.vocab.institution_label.search(line)
            if m:
                rest = _value_lines(ctx, [line[m.end():], *lines[k + 1 :]])
                return squash(" ".join(rest)) if rest else None
    return None
