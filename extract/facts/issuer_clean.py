"""The clean-up every issuer gets after the rule that read it, whichever rule that was: what a
real page prints around or inside a body's name that is no part of it. Each step is named in
the trace ("header.issuer:clean_<step>") when it changes the name:

- `defined_as`: the text's own word for the body after its name ("МБУ ДО «ЦДТ» (далее – Центр)",
  "… «Детский сад № 8 «Солнышко» (далее – Детский сад) расположено …"): the bracket and what
  follows it are no part of the name;
- `sentence_end`: a trailing full stop, or a sentence run on after the name ("… школа № 2
  г. Лесного." ; "… школа». х. Лесной …" where the name ended at its closing quote);
- `glued_adjective`: a site's glue of a place word and a body's adjective ("Заречнаяобластная
  Дума"), split only where the part before is a dictionary word (an invented name stays);
- `stray_word`: a type word before the legal form ("Школа моу «Школа № 3»" → "МОУ «Школа № 3»"),
  the form's abbreviation in capitals;
- `institution_administration`: "Администрация муниципального … учреждения … школы № 18" is
  the institution itself, named in the nominative ("Администрация школы" alone stays, CONTRACT);
- `bare_body`: "Мэрия" alone completed by the act's own text naming it with its city ("мэрии
  города Энска"), only when the text names exactly one;
- `trailing_number`: a year or a registration number a stamp printed after the body's name
  ("Администрация Заречного района 2014", "МКУ «Управление образования» 15-П": the approving
  act's date or number without its "от"/"№"); a number after "№" or a school's "СОШ 8" stays;
- `form_capital`: a stray capital inside the legal form ("Муниципальное бюджетное Дошкольное
  образовательное учреждение" → "… дошкольное …");
- `body_capital`: a body's name printed in lower case opens with a capital ("местная
  администрация …");
- `grif_signer`: a grif's signer and date read on after a name its quotes left open ("МБДОУ
  «Детский сад № 3 «Ромашка» Е.А. Голубева 15 апреля 2025 г" → "МБДОУ «Детский сад № 3
  «Ромашка»"), and an abbreviation printed twice across a wrapped line ("МБДОУ МБДОУ «…»")
  (extract/facts/grif_name_end.py);
- `loose_ends`: a grif's or a form's typing around the name — a dash left after it ("… школа»
  -", the line's filler before the signature) and a space inside its quotes ("«Лесная
  школа »" → "«Лесная школа»").
"""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.grif_name_end import is_grif_date, single_abbreviation, without_signer
from extract.facts.institution_full_name import form_nominative
from extract.facts.owner import type_nominative


def cleaned(ctx: Ctx, name: str, trace: list[str]) -> str:
    """`name` without what a page printed around or inside it (the steps above, in order)."""
    for step, fix in _STEPS:
        got = fix(ctx, name)
        if got and got != name:
            trace.append(f"header.issuer:clean_{step}")
            name = got
    return name


# "(далее – Центр)", "(далее -Школа)", "(далее по тексту – ДДТ)"
_DEFINED_AS = re.compile(r"\s*\(\s*далее\b", re.IGNORECASE)


def defined_as(ctx: Ctx, name: str) -> str:
    """`name` up to a "(далее – …)" bracket defining the text's own word for it."""
    m = _DEFINED_AS.search(name)
    return name[: m.start()].rstrip(" ,") if m and m.start() else name


_QUOTE_STOP = re.compile(r"»\s*\.(?:\s|$)")
_FULL_WORD = 4  # letters: a shorter word before a full stop may be an abbreviation ("обл.")


def _full_word(ctx: Ctx, word: str) -> bool:
    """A word a sentence may end with: letters only (no initials "И.А"), long enough, no
    abbreviation of the dictionary's or the vocabulary's."""
    w = word.strip("«»\"“„()")
    return len(w) >= _FULL_WORD and w.replace("-", "").isalpha() and not w.isupper() \
        and not ctx.tools.is_abbreviation(w.lower()) and w.lower() not in ctx.vocab.abbreviations


def sentence_end(ctx: Ctx, name: str) -> str:
    """"… школа». х. Лесной …" → "… школа»" (the quotes balanced up to the stop); "… г.
    Лесного." or "… г. Лесного. Приказ …" → "… г. Лесного" (a full word before the stop)."""
    for m in _QUOTE_STOP.finditer(name):
        head = name[: m.start() + 1]
        if head.count("«") == head.count("»"):
            return head
    words = name.split()
    for k, w in enumerate(words):
        if w.endswith(".") and _full_word(ctx, w[:-1]) and (
                k + 1 == len(words) or words[k + 1][:1].isupper()):
            return " ".join([*words[:k], w[:-1]])
    return name


def glued_adjective(ctx: Ctx, name: str) -> str:
    """"Заречнаяобластная Дума" → "Заречная областная Дума": a capitalised word the dictionary
    does not know, ending in a body's adjective (facts.yaml issuer_glued_adjectives), split
    when the part before is a dictionary word."""
    words = name.split()
    for k, w in enumerate(words):
        if not (w.isalpha() and w[:1].isupper() and w[1:].islower()) \
                or ctx.tools.is_known(w.lower()):
            continue
        for cut in range(3, len(w) - 4):
            head, tail = w[:cut], w[cut:]
            if ctx.lemmas(tail)[:1] and ctx.lemmas(tail)[0] in ctx.vocab.issuer_glued_adjectives \
                    and ctx.tools.is_known(head.lower()):
                words[k] = f"{head} {tail}"
                return " ".join(words)
    return name


def stray_word(ctx: Ctx, name: str) -> str:
    """"Школа моу «Школа № 3 …»" → "МОУ «Школа № 3 …»": a type word printed before the legal
    form's abbreviation (a position's "Директор школы МОУ …" cut after its head) is no part
    of the name; the abbreviation typed in lower case is written in capitals."""
    words = name.split()
    forms = ctx.vocab.institution_forms
    at = 1 if len(words) > 2 and words[1].upper() in forms and ctx.lemmas(words[0])[:1] \
        and ctx.lemmas(words[0])[0] in ctx.vocab.institution_words else 0
    if len(words) < at + 2 or words[at].upper() not in forms:
        return name
    return " ".join([words[at].upper(), *words[at + 1:]])


def institution_administration(ctx: Ctx, name: str) -> str:
    """"Администрация муниципального общеобразовательного учреждения средней … школы № 18" →
    "Муниципальное общеобразовательное учреждение средняя … школа № 18": an institution's
    administration issues as the institution; a form in the nominative stays as printed."""
    head, _, rest = name.partition(" ")
    if ctx.lemmas(head) != ("администрация",):
        return name
    m = ctx.vocab.legal_form.match(rest)
    noun = m.group(0).split()[-1].lower() if m else ""
    if not m or ctx.tools.nominative(noun) in (None, noun):
        return name  # "Администрация Муниципальное учреждение …": no genitive, read as printed
    form = form_nominative(ctx, m.group(0).split())
    tail = rest[m.end():].strip()
    if not form or not tail:
        return name
    return f"{form} {type_nominative(ctx, tail)}"


_CITY = re.compile(r"(?P<body>[А-ЯЁа-яё]+)\s+(?P<mark>города|г\.)\s*"
                   r"(?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)")


def bare_body(ctx: Ctx, name: str) -> str:
    """"Мэрия" (a stamp's "к постановлению мэрии") in an act whose text writes "мэрии города
    Энска" → "Мэрия города Энска"; unchanged when the text names no city or several."""
    lemma = ctx.lemmas(name)
    if len(name.split()) != 1 or len(lemma) != 1 or lemma[0] not in ctx.vocab.issuer_bare_bodies:
        return name
    named = [m for c in ctx.chunks for m in _CITY.finditer(c.text)
             if ctx.tools.lemma(m.group("body").lower()) == lemma[0]]
    if len({ctx.tools.lemma(m.group("city").lower()) for m in named}) != 1:
        return name
    # the city word in full where the text prints it so ("города Энска" over "г. Энска")
    m = min(named, key=lambda m: m.group("mark") != "города")
    return f"{name} {m.group('mark')} {m.group('city')}"


_HEAD_REACH = 2  # "местная администрация …": the body's noun after at most one adjective


# a year ("2014", "2014г.") or an act's number with its series ("15-П", "112/01-04") at the end
_TRAILING_NUMBER = re.compile(
    r"\s+(?:(?:19|20)\d\d\s*(?:г\.?|года?)?|\d{1,4}(?:[-/][\dА-Яа-яЁё]{1,6})+)$")
_NUMBER_SIGN = re.compile(r"(?:№|N)\s*$")


def trailing_number(ctx: Ctx, name: str) -> str:
    """`name` without a year or an act's number printed after it (not after "№")."""
    m = _TRAILING_NUMBER.search(name)
    if m is None or _NUMBER_SIGN.search(name[: m.start()]):
        return name
    head = name[: m.start()]
    return head if len(head.split()) >= 2 else name


def body_capital(ctx: Ctx, name: str) -> str:
    """"местная администрация Заречного района" → "Местная администрация …": a body's name
    opens with a capital (a school's short name printed in lower case, "детский сад № 12",
    keeps its case)."""
    words = name.split()
    if not words or not words[0].isalpha() or not words[0].islower():
        return name
    bodies = (ctx.vocab.org_words | ctx.vocab.assembly_words | ctx.vocab.issuer_bare_bodies) \
        - ctx.vocab.institution_words
    if any(set(ctx.lemmas(w)) & bodies for w in words[:_HEAD_REACH]):
        return name[:1].upper() + name[1:]
    return name


# "Муниципальное бюджетное Дошкольное образовательное учреждение": the legal form's words up
# to its type noun, one of them printed with a stray capital
_FORM_RUN = re.compile(r"^(?:[Мм]униципальн|[Гг]осударствен|[Фф]едеральн|[Чч]астн)\w*"
                       r"(?:\s+[А-ЯЁа-яё-]+){1,5}?(?=\s+(?:учреждени|организаци)\w*)")


def form_capital(ctx: Ctx, name: str) -> str:
    """"Муниципальное бюджетное Дошкольное образовательное учреждение …" → "… бюджетное
    дошкольное …": a qualifying word of the legal form (vocabulary `legal_form_tails`)
    capitalised inside it is written in lower case, as the form's other words are."""
    m = _FORM_RUN.match(name)
    if m is None:
        return name
    words = m.group(0).split()
    fixed = [w.lower() if k and w[:1].isupper() and w[1:].islower()
             and set(ctx.lemmas(w)) & ctx.vocab.legal_form_tails else w
             for k, w in enumerate(words)]
    return " ".join(fixed) + name[m.end():] if fixed != words else name


_TRAILING_DASH = re.compile(r"\s+[-–—]+\s*$")
_SPACED_CLOSE = re.compile(r"(?<=[\w.])\s+»")
_SPACED_OPEN = re.compile(r"«\s+(?=\w)")


_SPACED_STRAIGHT_CLOSE = re.compile(r'(?<=[\w.])\s+"$')


def loose_ends(ctx: Ctx, name: str) -> str:
    """"МБОУ «Лесная школа » -" → "МБОУ «Лесная школа»": no dash after the name, no space
    inside its quotes (a straight quote closing the name too: 'МОУ ДО "Лесной ДДТ "')."""
    got = _TRAILING_DASH.sub("", name)
    if got.count('"') % 2 == 0:
        got = _SPACED_STRAIGHT_CLOSE.sub('"', got)
    return _SPACED_OPEN.sub("«", _SPACED_CLOSE.sub("»", got))


def generic(ctx: Ctx, name: str) -> bool:
    """"Муниципального учреждения", "Муниципальное бюджетное учреждение": a form's generic
    words (a legal form alone), no institution's own name — no issuer; nor is a grif's date
    ("«21» марта 2025 г.") read where the body's name was looked for."""
    return ctx.vocab.legal_form.fullmatch(name.strip(" .,:;«»\"")) is not None \
        or is_grif_date(name)  # "«21» марта 2025 г.": a grif's date read as the body


_OWN_LINE_REACH = 12  # the letterhead's and the cover's lines


_NUMBER_SIGN = re.compile(r"\s*№\s*")


def own_line_spacing(ctx: Ctx, name: str) -> str:
    """"МОБУ СОШ №12" (a grif's "Директор МОБУ СОШ №12") printed on a line of its own as
    "МОБУ СОШ № 12" at the top (the letterhead): the name's "№" spaced as that line prints it
    (only the sign's spacing: words a site glued stay split)."""
    key = _NUMBER_SIGN.sub("№", " ".join(name.split()))
    if "№" not in key:
        return name
    line = next((x.text for x in ctx.top[:_OWN_LINE_REACH]
                 if _NUMBER_SIGN.sub("№", " ".join(x.text.split())) == key), None)
    return " ".join(line.split()) if line else name


_STEPS = (
    ("defined_as", defined_as),
    ("grif_signer", lambda ctx, name: single_abbreviation(without_signer(name))),
    ("sentence_end", sentence_end),
    ("form_capital", form_capital),
    ("glued_adjective", glued_adjective),
    ("stray_word", stray_word),
    ("trailing_number", trailing_number),
    ("institution_administration", institution_administration),
    ("bare_body", bare_body),
    ("body_capital", body_capital),
    ("loose_ends", loose_ends),
    ("own_line_spacing", own_line_spacing),
)
