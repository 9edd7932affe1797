"""Institutions as issuers: the school or kindergarten whose own plan or report it is.

Schools rarely print a letterhead with an act; they name themselves in other places, each a
rule of header.ISSUER_RULES (the order there is the evidence order, see header.py):
- the grif of the head who approves: "УТВЕРЖДАЮ / Директор МБОУ Луговская СОШ / ___ И.О.
  Фамилия", "УТВЕРЖДАЮ / приказом МОУ Луговская СОШ / № 21/1 от …";
- a report form's field: "Наименование муниципального учреждения (обособленного
  подразделения) <name>", the name often in lower case and over several lines; in a report
  without the label, a top line opening with a full legal name ("Муниципальное автономное
  дошкольное образовательное учреждение детский сад № 16");
- the plan's title naming the school in the genitive: "План … МБОУ Тамбарской ООШ" → "МБОУ
  Тамбарская ООШ" (words in quotes and a patron's name after "им." stay as written);
- a programme's passport: "Ответственный исполнитель", "Главный распорядитель …",
  "Заказчик", "Координатор", or the official who approved it ("Должностное лицо, утвердившее
  Программу | Начальник управления образования …"); only when the document's own act names no
  body and is none of an administration's acts (a постановление or распоряжение is the
  administration's, whose department merely executes the programme) — unless nobody signs
  it: then the passport's body is the only one the page names.
The report form's field is read in extract/facts/institution_form.py, the passport's bodies in
extract/facts/institution_passport.py; this module holds the grif, the title and what they share
(an institution's name where words open with its form, in the nominative); a full legal name
in a title or a letterhead is extract/facts/institution_full_name.py.
"""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.body_nominative import agree_nominative
from extract.facts.case import is_capitals, restore_case
from extract.facts.ctx import Ctx
from extract.facts.grif_name_end import signer_after_quote, without_doubled_form
from extract.facts.owner_type import place_type
from extract.facts.school_place import settlement_mark, settlement_of_name, settlement_words
from extract.facts.stamps import stamps
from extract.facts.type_name import in_nominative, title_quoted_in_nominative
from extract.facts.vocab import institution_word

_TITLE_NAME_WORDS = 12
BLANKS = re.compile(r"_{2,}")
_PATRON = ("им.", "имени")
_QUOTED_NUMBER = re.compile(r"^[«\"]\s*\d")
_INITIAL = re.compile(r"^[А-ЯЁ]\.")
_YEAR = re.compile(r"^(?:19|20)\d\d(?!\d)")
STOPS = frozenset({"в", "во", "на", "по", "за", "для", "с", "со", "к", "о", "об", "от", "до",
                    "и", "при", "через"})

def issuer_from_grif(ctx: Ctx) -> str | None:
    """The school whose head approves the plan: "УТВЕРЖДАЮ / приказом МОУ … / № … от …", or
    "УТВЕРЖДАЮ / Директор МБОУ … / ___ И.О. Фамилия" (not "ДИРЕКТОР ШКОЛЫ": no name)."""
    for s in stamps(ctx):
        if s.kind == "approve_self" and s.org and institution_at(ctx, s.org.split()):
            return s.org
        if s.kind not in ("approve_self", "approval"):
            continue
        words = s.text.split()
        at = next((k for k, w in enumerate(words) if rq.act_type(ctx, w.strip(".,:"))),
                  len(words)) if s.act else len(words)
        # "УТВЕРЖДАЮ / Директор МБОУ … / Приказ № 65 от …": the head before the act; a blank
        # form's "УТВЕРЖДЕН: / Приказ № от г. / Заведующий МБДОУ …": the head after it
        name = _head_institution(ctx, words[:at], 6) or _head_institution(
            ctx, words[at:][: _AFTER_ACT_WORDS], _AFTER_ACT_HEAD)
        if name and not _cut_by_ellipsis(s.text, name):
            return name
    return None


def _cut_by_ellipsis(text: str, name: str) -> bool:
    """"УТВЕРЖДАЮ Директор МОБУ СОШ №...": a site's page title repeating the grif, cut with an
    ellipsis at the name (the site's page count may follow) — the name lost its end (its
    number), no issuer to read there."""
    flat, bare = " ".join(text.split()), name.rstrip(".… ")
    return any(f"{bare}{cut}" in flat for cut in ("...", "…"))


_AFTER_ACT_WORDS = 14
_AFTER_ACT_HEAD = 9  # "Приказ № ___ от ______ г. / Директор": the act's blanks before the head


def _head_institution(ctx: Ctx, words: list[str], reach: int) -> str | None:
    """The institution after the head's position among the first `reach` words ("Директор
    МБОУ …")."""
    for k, w in enumerate(words[:reach]):
        lem = ctx.lemmas(w)
        if len(lem) == 1 and lem[0] in ctx.vocab.issuer_heads:
            name = institution_at(ctx, words[k + 1 :])
            if name:
                return name
    return None


def form_word(ctx: Ctx, word: str) -> bool:
    """"МБОУ", and a form glued to the school's type: "МБОУСОШ" (not a type alone)."""
    return word not in ctx.vocab.institution_types and institution_word(ctx.vocab, word)


def institution_at(ctx: Ctx, words: list[str], form_caps: bool = False) -> str | None:
    """The institution `words` open with: its form, then its name in quotes, or its words up
    to a preposition, a date or a person's name ("МБОУ СОШ № 7 им. Кедрова", "МБОУСОШ
    №10"); with `form_caps` (a title naming its owner) a form's capitals read as a type
    ("МКОУ ДО МДТ") go on to the name."""
    if len(words) > 1 and words[0] in ctx.vocab.form_place_abbreviations \
            and form_word(ctx, words[1]):
        named = institution_at(ctx, words[1:], form_caps)  # "СПб ГБОУ …": the place's mark
        return f"{words[0]} {named}" if named else None
    if not words or not form_word(ctx, words[0]):
        return None
    words = without_doubled_form(words)  # "Заведующий МБДОУ" / "МБДОУ «…»"
    kind = _type_words(ctx, words[1:])
    read = len(kind)
    placed = None if kind else place_type(ctx, words[1:])
    if placed:  # "МДОУ Заречинского детского сада № 3": the type agrees with its place
        read, kind = placed
    out = [words[0], *kind]
    depth = 0
    patron = False
    rest = words[1 + read : _TITLE_NAME_WORDS + 1]
    skip = 0
    for k, w in enumerate(rest):
        if skip:
            skip -= 1
            continue
        if form_caps and depth == 0 and _form_capitals(ctx, out, rest[k : k + 2]):
            out.append(w)  # "МКОУ ДО МДТ": the form's capitals, not the preposition "до"
            continue
        place = settlement_of_name(ctx, out, rest[k:]) if depth == 0 else []
        if place and len(out) == 1:
            # "МБОУ г. Энска СОШ № 6": a city between the form and the type marks the form,
            # and the name goes on after it
            out.extend(place)
            skip = len(place) - 1
            continue
        if place:
            out.extend(place)  # "МАОУ СОШ пос. Азиатская": the place is the name, and ends it
            break
        # "МБДОУ – детский сад присмотра и оздоровления № 333": the form, a dash, then the
        # type in lower case runs on to its number
        typed = len(out) > 1 and _dash_typed(out) and "№" not in out[:-1]
        if depth == 0 and w in _DASHES and _type_after_dash(ctx, out, rest[k + 1 : k + 3]):
            out.append(w)  # "МКДОУ ЦРР - детский сад № 8": the type after the form's capitals
            continue
        if depth == 0 and _bare_number(out, w):
            out.append(w.rstrip(",.;:"))  # "МБДОУ 9", "МБОУ СОШ 12": the number without "№"
            if rest[k + 1 : k + 2] and rest[k + 1].lower() in _PATRON:
                continue  # "МБОУ СОШ 8 им. …": the patron's name goes on as after "№ 8"
            break
        if depth == 0 and not (typed and w[:1].islower()) and _ends_name(w, out[-1], patron):
            break
        if depth == 0 and _after_name(ctx, rest[k : k + 2], out[-1], patron):
            break
        if BLANKS.match(w) or _DASH_RULE.match(w) \
                or (depth > 0 and signer_after_quote(out[-1], rest[k : k + 3])):
            break  # "«… «Колосок» ____ И.О. Фамилия": a quote left open ends at the signature
        straight = w.count('"') % 2
        straight = straight if depth == 0 else -straight
        depth = max(0, depth + w.count("«") - w.count("»") + straight)
        patron = patron or w.lower() in _PATRON
        out.append(w)
        if depth == 0 and w.endswith(("»", '"')):
            break
        if depth > 0 and w.endswith("»"):  # nested quotes a title closed once
            place = settlement_words(ctx, rest[k + 1 :])
            if place or _title_goes_on(rest[k + 1 : k + 2]):
                out.extend(place)  # "«Детский сад № 3 «Ромашка» г. Лесного на …"
                break  # "МАОУ «Лицей № 7 «Эврика» на 2025 …"
    name = " ".join(out).rstrip(" ,.;:")
    return name if len(out) > 1 or out[0] not in ctx.vocab.institution_forms else None


_TYPE_WORDS = 3
_BARE_NUMBER = re.compile(r"[1-9]\d{0,2}")


def _type_words(ctx: Ctx, words: list[str]) -> list[str]:
    """"МБДОУ детского сада № 29 «…»" (a grif's "Заведующий МБДОУ детского сада …"): the
    institution's type in lower case after its form, up to the type's noun and followed by its
    number or name, in the nominative ("детский сад"; a type opening in capitals, "Средняя
    общеобразовательная школа № 2", as printed); [] when none is written so."""
    for k, w in enumerate(words[:_TYPE_WORDS]):
        # ("МОУ Средняя общеобразовательная школа № 2": the type's first word capitalised)
        if not w.isalpha() or not (w.islower() or (k == 0 and w[1:].islower())):
            return []
        lem = ctx.lemmas(w)
        if lem[:1] and lem[0] in ctx.vocab.institution_words:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if nxt[:1] not in ("№", "N", "«", '"'):
                return []
            if words[0][:1].isupper():
                return words[: k + 1] if ctx.tools.tag(w)[1] == "nomn" else []  # as printed
            # "МАДОУ детский сад № 15": a type in the nominative stays as printed
            nominative = ctx.tools.tag(w)[1] == "nomn"
            return agree_nominative(ctx, words[: k + 1]) or (words[: k + 1] if nominative else [])
    return []


# a type written short in lower case ("МБДОУ д/с «Рябинка»"): part of the name, not the end
_SLASHED_TYPE = re.compile(r"^[а-яё]{1,3}/[а-яё]{1,3}$")
_DASHES = ("-", "–", "—")  # "МБДОУ № 5 – Петрова А.И.": the person after the name


def _form_capitals(ctx: Ctx, out: list[str], pair: list[str]) -> bool:
    """A type's capitals right after the form and before the name's own capitals ("МКОУ ДО
    МДТ"); after a name and number ("МБОУ СОШ № 3 ДО 2030 ГОДА") an all-capitals title's "ДО"
    is the preposition."""
    v = ctx.vocab
    # ("МУ ДО «ЦДТ «Радуга»": the name's quote before its capitals)
    if len(pair) < 2 or pair[0] not in v.institution_types \
            or not pair[1].lstrip("«\"")[:1].isupper():
        return False
    return all(w in v.institution_forms or w in v.institution_types for w in out)


def _title_goes_on(nxt: list[str]) -> bool:
    """The word after a quote closing a nested name is the title's own (a preposition, the
    years): the outer quote was never printed, the name ends there."""
    return bool(nxt) and (nxt[0].lower() in STOPS or bool(_YEAR.match(nxt[0])))


def _dash_typed(out: list[str]) -> bool:
    """A dash after the form (and its type's capitals) opened the type in lower case."""
    at = next((k for k, x in enumerate(out[1:], 1) if x in _DASHES), None)
    return at is not None and all(x.isupper() for x in out[:at])


def _type_after_dash(ctx: Ctx, out: list[str], nxt: list[str]) -> bool:
    """"МКДОУ ЦРР - детский сад № 8": after the form and its type's capitals a dash, then the
    type's noun in lower case — the name goes on (a person's name after a dash ends it)."""
    if not (len(out) > 1 and all(x.isupper() and x.isalpha() for x in out)):
        return False
    if not nxt or not nxt[0].islower():
        return False
    return any(set(ctx.lemmas(x)) & ctx.vocab.institution_words for x in nxt)


def _bare_number(out: list[str], word: str) -> bool:
    """A short number right after the form's or the type's capitals, no "№" before it: the
    institution's own number a site's title prints bare ("МБДОУ 9")."""
    last = out[-1]
    return bool(_BARE_NUMBER.fullmatch(word.rstrip(",.;:"))) and last.isupper() \
        and last.isalpha() and "№" not in out and "N" not in out


def _after_name(ctx: Ctx, pair: list[str], prev: str, patron: bool) -> bool:
    """What a grif's line prints after an institution's name: the minutes or the act ("МАУ ЦДО
    Протокол № 6"), or a signer's surname before his initials ("МАДОУ № 22 Безрукова Д.Г.");
    a patron's name after "им." goes on."""
    word = pair[0].strip(",.;:")
    if word[:1].isupper() and ctx.opens_with(word, ctx.vocab.name_stop_words):
        return True
    person = len(pair) == 2 and word.isalpha() and word[:1].isupper() and word[1:].islower() \
        and bool(_INITIALS.match(pair[1]))
    return person and not patron and prev.lower() not in _PATRON


# a signature's line typed with hyphens ("МОУ СОШ №32 ---------Т.Н. Орлова")
_DASH_RULE = re.compile(r"^[-–—]{3,}")
_INITIALS = re.compile(r"^[А-ЯЁ]\.\s?[А-ЯЁ]\.?,?$")


def _ends_name(word: str, prev: str, patron: bool) -> bool:
    """A word after an institution's name: a preposition, a dash, a number that follows no
    "№", a date in quotes ("«30» августа"), a blank, a lower-case word (but a patron's name
    after "им." may go on), initials."""
    if prev in ("№", "N") or word.lower() in _PATRON:
        return False  # "МБОУ СОШ им. Н.С. Конгара": the patron's name is the school's
    # a patron's initials after "им." are his name's, not a signer's
    named = prev.lower() in _PATRON or (patron and bool(_INITIAL.match(prev)))
    # "(2024-2025)": years in brackets after the name are the plan's
    return (word.lower() in STOPS or word.lstrip("(")[:1].isdigit() or "_" in word
            or word in _DASHES
            or bool(_QUOTED_NUMBER.match(word))
            or (word[:1].islower() and not patron and not _SLASHED_TYPE.match(word))
            or (bool(_INITIAL.match(word)) and not named))


def issuer_from_title(ctx: Ctx, title: str | None) -> str | None:
    """A school named in the title as the plan's owner, the plan's words before it with no
    preposition ("План мероприятий внедрения наставничества МБОУ Тамбарской ООШ"), in the
    nominative; a school the plan is carried out in ("… по реализации … в МБОУ «…»", "… по
    переходу на программы МБОУ …") does not say who issued it."""
    if not title:
        return None
    words = title.split()
    for k, w in enumerate(words):
        if w.lower() in STOPS and not _subject_or_period(words, k):
            return None
        if form_word(ctx, w.strip("(«\"")):
            return school_from(ctx, words[k:])
    return None


def school_from(ctx: Ctx, words: list[str]) -> str | None:
    """The school a title's `words` open with (its owner), in the nominative."""
    name = institution_at(ctx, [words[0].strip("(«\""), *words[1:]], form_caps=True)
    return _quoted_nominative(ctx, institution_nominative(ctx, name)) if name else None


def _quoted_nominative(ctx: Ctx, name: str) -> str:
    """The quoted type name put into the nominative ("МАОУ «Лицея № 7 «Эврика»" → "МАОУ «Лицей №
    7 «Эврика»"); a cover's name in capitals ("«ЛИЦЕЯ № 7 «ЭВРИКА»") in normal case first, kept
    in capitals when it needs no change (the issuer's own clean-up writes its case)."""
    got = title_quoted_in_nominative(ctx, name)
    form, quote, rest = name.partition("«")
    if got != name or not quote or not is_capitals(rest) or not rest[:1].isalpha():
        return got
    cased = form + "«" + restore_case(rest, ctx.tools, ctx.vocab, ctx.proper_lemmas,
                                     ctx.lower_openers)
    nominative = title_quoted_in_nominative(ctx, cased)
    return nominative if nominative != cased else name


def _subject_or_period(words: list[str], k: int) -> bool:
    """A preposition that says neither where the plan is carried out nor for whom: the
    subject of a report's noun ("Отчёт о результатах …", "Информация о …") and the period
    ("… на 2024-2029 МБОУ …", "за 2024 год")."""
    if k == 1 and words[k].lower() in ("о", "об"):
        return True
    if k == 2 and words[k].lower() == "по":
        return True  # "План мероприятий по обеспечению безопасности МКДОУ …": the plan's topic
    return k + 1 < len(words) and bool(_YEAR.match(words[k + 1]))


def is_full_name(ctx: Ctx, name: str) -> bool:
    """Whether `name` is an institution's full legal name ("Муниципальное … учреждение …"),
    not an administration's nor a short name ("МБОУ …")."""
    return bool(ctx.vocab.legal_form.match(name.lower()))


def same_institution(ctx: Ctx, short: str, full: str, initials: bool = False) -> bool:
    """True when `full` (a full legal name: "Муниципальное бюджетное общеобразовательное
    учреждение Луговская основная общеобразовательная школа …") names the institution
    `short` names by its abbreviations ("МБОУ Луговской ООШ", "МАОУ «СОШ № 4»"): every name
    word and number of `short` is in `full` (with `initials`, a report's grif: "МБУ ДО ЦДТ" is
    spelt by the name after the legal form, "… Центр детского творчества")."""
    form = ctx.vocab.legal_form.match(full.lower())
    if not form or not form_word(ctx, short.split()[0]):
        return False
    words = [w.strip("«»\"“„,.()") for w in short.split()[1:]]
    names = [w for w in words if w.isalpha() and not institution_word(ctx.vocab, w)]
    numbers = set(re.findall(r"\d+", short))
    full_lemmas = set(ctx.lemmas(full))
    if not (names or numbers):
        if not initials:
            return False
        abbreviations = [w for w in words if w.isalpha() and w.isupper() and len(w) > 2]
        return bool(abbreviations) and all(_initials_in(w, full[form.end():])
                                           for w in abbreviations)
    if not numbers <= set(re.findall(r"\d+", full)):
        return False
    return all(set(ctx.lemmas(w)) & full_lemmas or (initials and _initials_in(w, full))
               for w in names)


def _initials_in(word: str, full: str) -> bool:
    """"ЦДТ" in "… Центр детского творчества": an abbreviation in capitals spelt by the first
    letters of words that follow each other in the full name; a hyphenated word gives each
    part's ("ДЮСШ": "… детско-юношеская спортивная школа")."""
    if not (word.isupper() and 2 <= len(word) <= 6):
        return False
    firsts = "".join(w.strip("«»\"“„")[:1] for w in re.split(r"[\s-]+", full)).upper()
    return word.upper() in firsts


def institution_nominative(ctx: Ctx, name: str) -> str:
    """Words in the genitive outside quotes and before "им." or a settlement ("с.Троицкого"
    stays as printed) put into the nominative ("МБОУ Тамбарской ООШ" → "МБОУ Тамбарская
    ООШ", "Лицея № 2" → "Лицей № 2"); a type name after a dash agrees with its noun ("ЦРР -
    детского сада" → "ЦРР - детский сад", not the neuter a word alone would give)."""
    out: list[str] = []
    quoted = patron = placed = headed = False
    words = in_nominative(ctx, name).split()
    skip = 0
    for k, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        agreed = None if quoted or patron or placed else place_type(ctx, words[k:])
        if agreed:  # "Лесной детский сад": the adjective agrees with its type, not alone
            out.extend(agreed[1])
            skip = agreed[0] - 1
            headed = True
            continue
        quoted = quoted or w.startswith(("«", '"'))
        patron = patron or w.lower() in _PATRON
        placed = placed or settlement_mark(ctx, w)  # "с.Троицкого": the place as printed
        headed = headed and w not in _DASHES  # a dash opens the next type name
        if quoted or patron or placed or headed or not w.isalpha() or w.isupper():
            out.append(w)
            continue
        got = ctx.tools.nominative(w.lower())
        out.append(got[:1].upper() + got[1:] if got and w[:1].isupper() else got or w)
        # the words after the head noun depend on it ("центра развития ребенка"): as printed
        headed = ctx.tools.tag(w.lower())[0] == "NOUN"
    return " ".join(out)


_DASHES = ("-", "–", "—")
