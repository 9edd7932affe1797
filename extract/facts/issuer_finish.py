"""The finishing every issuer gets, whichever rule read it: no short name in parentheses after
the full one, no trailing region after a municipality (the region is a field of its own), normal
case for capitals (extract/facts/case.py); and a stamp's nameless body ("Администрация района")
completed by the place the document names.
"""

from __future__ import annotations

import re

from extract.facts.case import is_capitals, restore_case
from extract.facts.ctx import Ctx
from extract.facts.lost_spaces import restore_noun_space
from extract.facts.vocab import institution_word

_SPACED_LAST_DASH = re.compile(r"\s+([–—-])\s+(\S+)$")
_ADJECTIVE = re.compile(r"(?:ого|его|ой|ей|ых|их)$")

_GLUED_QUOTE = re.compile(r"(?<=[а-яё]{3})«")
TRAILING_PARENTHESES = re.compile(r"\s*\(([^()]+)\)\s*$")


def without_short_name(ctx: Ctx, name: str) -> str:
    """"… школа» (МКОУ «Ихальская СОШ»)" → "… школа»": a letterhead prints the body's short
    name under its full one; the short name (opening with an abbreviation) is no part of it."""
    m = TRAILING_PARENTHESES.search(name)
    if not m or m.start() == 0:
        return name
    first = m.group(1).split()[0].strip("«»\"“„")
    short = first.isupper() and len(first) > 1 and (
        ctx.tools.is_abbreviation(first) or first.lower() in ctx.vocab.abbreviations
        or institution_word(ctx.vocab, first))
    # "… школа» Первомайского района … (учебный корпус №1)": the building the act was issued
    # in, printed under the letterhead's name, is no part of it
    building = bool(set(ctx.lemmas(m.group(1))) & ctx.vocab.issuer_building_words)
    return name[: m.start()] if short or building else name


# "… школа» «Хасавюртовский район»": the municipal district a letterhead names in quotes, in the
# nominative, on its own line under the institution's quoted name
_QUOTED_DISTRICT = re.compile(r"(?<=[»\"”])\s+[«\"“](?P<place>[^«»\"“”]{3,60})[»\"”]\s*$")


def without_quoted_district(ctx: Ctx, name: str) -> str:
    """The name without a quoted municipality after its own quoted name (`_QUOTED_DISTRICT`)."""
    m = _QUOTED_DISTRICT.search(name)
    if not m:
        return name
    lemmas = ctx.lemmas(m.group("place"))
    return name[: m.start()] if lemmas and lemmas[-1] in ctx.vocab.municipal_words else name


def strip_region(ctx: Ctx, name: str) -> str:
    """"… муниципального района Иркутской области" → "… муниципального района": a trailing
    region goes when a municipality stands before it ("Министерство образования Оренбургской
    области" keeps it: the region is the body's own)."""
    autonomous = _without_autonomy(ctx, name)
    if autonomous:
        return autonomous
    federal = ctx.vocab.inner_formation_city_tail.search(name)
    if federal:  # "Местная администрация МО «Заречный» Санкт-Петербурга": the city is the region
        return name[: federal.start("city")].rstrip(" ,")
    # "СЕВЕРНАЯ ОСЕТИЯ – АЛАНИЯ": a republic's double name typed with a spaced dash is one word
    # (the tail goes whole or stays as printed)
    words = _SPACED_LAST_DASH.sub(r"\1\2", name).split()
    if words and words[-1].endswith(("»", '"', "“")):
        return name  # "«Школа № 38 г. Луговска Луговской области»": the region is in the name
    lemmas = [(ctx.lemmas(w)[-1:] or ("",))[0] for w in words]
    tails = ctx.vocab.region_abbreviations.keys() | ctx.vocab.region_tail_abbreviations
    if len(words) >= 3 and words[-1].upper() in tails and words[-1][:1].isupper() \
            and (set(lemmas[:-1]) & ctx.vocab.municipal_words
                 or _city_abbreviated(ctx, words[:-1])):
        return " ".join(words[:-1]).rstrip(" ,")  # "… муниципального района РСО-А", "… МО"
    region = len(words) >= 3 and (
        lemmas[-1] in ctx.vocab.region_nouns and bool(_ADJECTIVE.search(words[-2].lower())))
    # "Республики Тыва", "РЕСПУБЛИКИ СЕВЕРНАЯ ОСЕТИЯ-АЛАНИЯ": a republic's name of one or two words
    head = next((k for k in range(len(words) - 2, max(len(words) - 4, 0), -1)
                 if lemmas[k] in ctx.vocab.region_heads), None)
    cut = 2 if region else (len(words) - head if head is not None else 0)
    municipal = ctx.vocab.municipal_words | ctx.vocab.municipal_adjectives
    if cut and (set(lemmas[:-cut]) & municipal or _city_abbreviated(ctx, words[:-cut])):
        return " ".join(words[:-cut]).rstrip(" ,")
    return name


def _city_abbreviated(ctx: Ctx, words: list[str]) -> bool:
    """"Администрация г. Энска": a city written short before its name is a municipality too."""
    for k, w in enumerate(words):
        mark, _, rest = w.partition(".")  # "г.Энска" glued too
        nxt = rest or (words[k + 1] if k + 1 < len(words) else "")
        if mark.lower() in ctx.vocab.municipal_abbreviations and nxt[:1].isupper():
            return True
    return False


def _without_autonomy(ctx: Ctx, name: str) -> str | None:
    """"… города Энска Энской автономной области" → "… города Энска", "… Энского
    автономного округа – Югры" (its second name after a dash) too; None when `name` does not
    end with an autonomous region after a municipality."""
    words = name.split()
    if len(words) > 2 and words[-2] in _DASHES:
        words = words[:-2]  # "– Югры"
    elif words and words[-1][:1] in _DASHES:
        words = words[:-1]  # "–Югры"
    lemmas = [(ctx.lemmas(w)[-1:] or ("",))[0] for w in words]
    if len(words) < 4 or lemmas[-1] not in ctx.vocab.autonomy_nouns \
            or lemmas[-2] not in ctx.vocab.region_autonomy \
            or not _ADJECTIVE.search(words[-3].lower()) \
            or not (set(lemmas[:-3]) & ctx.vocab.municipal_words
                    or _city_abbreviated(ctx, words[:-3])):
        return None
    return " ".join(words[:-3]).rstrip(" ,")


_DASHES = ("-", "–", "—")


def balanced_quotes(name: str) -> str:
    """"«МБОУ «Ясеневская СОШ»" → "МБОУ «Ясеневская СОШ»": a grif that opens a quote before
    the short name's form and closes only the school's name leaves one quote too many; the
    one opening the whole name goes."""
    if name.startswith("«") and name.count("«") > name.count("»"):
        return name[1:].lstrip()
    return name


_OWNER_WORDS = 3  # a legal form's words; a short name in capitals ("МБДОУ №7") stands


def finish(ctx: Ctx, name: str) -> str:
    """Every issuer: no short name in parentheses after the full one, no trailing region after
    a municipality, normal case for capitals, a republic's name in the nominative; a full
    name printed in lower case ("муниципальное бюджетное … учреждение …") opens with a capital
    as a body's name does (a short name keeps its case: "детский сад № 12")."""
    # "Правительство Луговскойобласти": a site export's glue
    name = restore_noun_space(ctx.vocab, name)
    name = _GLUED_QUOTE.sub(" «", name)  # "… учреждение«Детский сад № 5»": the same glue
    name = _republic_name(ctx, strip_region(ctx, without_quoted_district(
        ctx, without_short_name(ctx, name))))
    head, quote, rest = name.partition("«")
    if quote and len(head.split()) >= _OWNER_WORDS and is_capitals(head) \
            and not is_capitals(rest):
        # "ГОСУДАРСТВЕННОЕ … УЧРЕЖДЕНИЕ РЕСПУБЛИКИ …" / "«Озёрная школа»": a title page's
        # owner in capitals over its name in normal case is written as a letterhead is
        owner = restore_case(head.rstrip(), ctx.tools, ctx.vocab, ctx.proper_lemmas,
                             ctx.lower_openers)
        return f"{owner}{head[len(head.rstrip()):]}«{rest}"
    tail = _capitals_tail(ctx, name) or _capitals_head(ctx, name)
    if tail is not None:
        return tail
    if not is_capitals(name):
        full = name[:1].islower() and ctx.vocab.legal_form.match(name)
        return name[:1].upper() + name[1:] if full else name
    return restore_case(name, ctx.tools, ctx.vocab, ctx.proper_lemmas, ctx.lower_openers)


# the kind's word in capitals, maybe glued to its number ("ГИМНАЗИЯ№40")
_KIND_WORD = re.compile(r"^([А-ЯЁ]{2,})(?:№\s?\d+)?$")


def _capitals_tail(ctx: Ctx, name: str) -> str | None:
    """"Муниципальное … учреждение" / "ДЕТСКИЙ САД № 352": a title page's legal form in normal
    case over the institution's kind and number in capitals is one name in normal case, the
    kind going on in lower case after the form ("… учреждение детский сад № 352", "…
    учреждение ГИМНАЗИЯ№40" → "… учреждение гимназия№40"); None when the name is not so
    printed."""
    words = name.split(" ")
    if len(words) < 3 or not ctx.vocab.legal_form.match(name.lower()):
        return None
    k = next((k for k, w in enumerate(words) if (m := _KIND_WORD.match(w))
              and ctx.tools.is_known(m.group(1).lower())), None)
    if not k or not words[k - 1].islower() or not is_capitals(" ".join(words[k:])):
        return None
    restored = restore_case(" ".join([words[k - 1].upper(), *words[k:]]), ctx.tools, ctx.vocab,
                            ctx.proper_lemmas, ctx.lower_openers)
    return " ".join([*words[:k], *restored.split(" ")[1:]])


def _capitals_head(ctx: Ctx, name: str) -> str | None:
    """"МУНИЦИПАЛЬНЫЙ ОТДЕЛ ПО ОБРАЗОВАНИЮ" / "администрации Заречного … района": a
    letterhead's body in capitals over the body it belongs to in normal case is one name in
    normal case; the capitals part is written as a letterhead's is, the rest kept. None when
    the name is not so printed (an abbreviation's capitals, "МАОУ СОШ с. …", stay)."""
    words = name.split(" ")
    k = next((k for k, w in enumerate(words) if not (w.isalpha() and w.isupper())), len(words))
    # (the rest in normal case: "администрации …", or a name, "Заречного района")
    if k == len(words) or not k or not (words[k][:1].islower() or words[k][1:2].islower()):
        return None
    head = " ".join(words[:k])
    bodies = ctx.vocab.org_words | ctx.vocab.issuer_heads
    # "ГЛАВА" / "местного самоуправления … района": one word in capitals is the body's word
    # (or its head's) when the dictionary knows it, an abbreviation ("МБОУ …") stays
    if k == 1 and (not ctx.tools.is_known(head.lower()) or ctx.tools.is_abbreviation(head)
                   or not set(ctx.lemmas(head)) & bodies):
        return None
    if not is_capitals(head) or not any(
            set(ctx.lemmas(w)) & bodies for w in words[:k] if len(w) > 2):
        return None
    restored = restore_case(head, ctx.tools, ctx.vocab, ctx.proper_lemmas, ctx.lower_openers) \
        if k > 1 else head[:1] + head[1:].lower()
    return " ".join([restored, *words[k:]])


def _republic_name(ctx: Ctx, name: str) -> str:
    """"Правительство Республики Калмыкии" → "… Республики Калмыкия": the name after
    "Республика" stands in apposition, in the nominative, though some sites decline it."""
    words = name.split()
    for k, w in enumerate(words[:-1]):
        nxt = words[k + 1]
        if ctx.lemmas(w) != ("республика",) or not nxt.isalpha() or not nxt[1:].islower():
            continue
        got = ctx.tools.nominative(nxt.lower())
        if got and got != nxt.lower() and (k + 2 == len(words) or words[k + 2][:1].islower()):
            words[k + 1] = got[:1].upper() + got[1:]
    return " ".join(words)


def completes(ctx: Ctx, short: str, full: str | None) -> bool:
    """True when `full` (a letterhead's name) names the body `short` names, in more words:
    "Управление образования" → "Управление образования администрации … района"."""
    if not full:
        return False
    a, b = ctx.lemmas(short), ctx.lemmas(full)
    return len(b) > len(a) and b[: len(a)] == a


def with_place(ctx: Ctx, name: str, places: tuple[str | None, ...]) -> str:
    """"Администрация района" (a stamp naming the body without its name) in a document about
    "… Шиповского муниципального района" → "Администрация Шиповского муниципального района":
    the place the document names, written in the same form as the body's generic word."""
    words = name.split()
    if not _bare_body(ctx, words):
        return name
    generic = ctx.lemmas(words[-1])
    if not generic or generic[-1] not in ctx.vocab.place_markers:  # "(": no word
        return name
    for place in places:
        tail = place.split()[-1] if place else ""
        if tail.lower() == words[-1].lower() and len(place.split()) > 1:  # type: ignore[union-attr]
            return f"{' '.join(words[:-1])} {place}"
    return name


_TOP_LINES = 12


def top_text(ctx: Ctx) -> str:
    """The page's first printed lines as one text (where a stamp's nameless body is named)."""
    return " ".join(line.text for line in ctx.top[:_TOP_LINES])


_WORD_EDGE = "«»\"“„()[],.;:"
_HUSHING = "кгхжшчщц"


def _genitive_adjective(lemma: str) -> str:
    """"кленоводский" → "Кленоводского" (a place adjective before "района")."""
    if lemma.endswith(("ый", "ой")):
        stem = lemma[:-2] + "ого"
    elif lemma.endswith("ий"):
        stem = lemma[:-2] + ("ого" if lemma[-3:-2] in _HUSHING else "его")
    else:
        return lemma.capitalize()
    return stem[:1].upper() + stem[1:]


def with_title_place(ctx: Ctx, name: str, title: str | None) -> str:
    """"Администрация города" / "Администрация района", a stamp naming no place, in a document
    whose title names it ("… города Кленоводска", "… в Кленоводском районе") → the body
    with that place: "Администрация города Кленоводска", "Администрация Кленоводского
    района"."""
    words = name.split()
    if len(words) == 3 and title:
        marked = _with_marked_place(ctx, name, title)
        if marked != name or _marker_adjective(ctx, words[1]):
            return marked
    if not _bare_body(ctx, words) or not title:
        return name
    if ctx.tools.tag(words[0].lower())[0] == "ADJF":
        return name  # "Лесного района": the place is named already, no body to complete
    generic = ctx.lemmas(words[-1])[-1:]
    marks = ctx.vocab.settlement_words | ctx.vocab.place_markers
    if not generic or generic[0] not in marks:
        return name
    tw = [w.strip(_WORD_EDGE) for w in title.split()]
    for i, w in enumerate(tw):
        if ctx.lemmas(w)[-1:] != generic:
            continue
        nxt = tw[i + 1] if i + 1 < len(tw) else ""
        if generic[0] in ctx.vocab.settlement_words and w.lower() == words[-1].lower() \
                and nxt[:1].isupper() and not _act_word(ctx, nxt):
            return f"{name} {nxt}"  # "города Кленоводска"
        prev = tw[i - 1] if i else ""
        if generic[0] in ctx.vocab.place_markers and prev[:1].isupper() \
                and ctx.tools.tag(prev.lower())[0] == "ADJF":
            lemma = ctx.lemmas(prev)[0]
            return f"{' '.join(words[:-1])} {_genitive_adjective(lemma)} {words[-1]}"
    return name


def _act_word(ctx: Ctx, word: str) -> bool:
    """"АДМИНИСТРАЦИЯ ГОРОДА / ПОСТАНОВЛЕНИЕ": the act's word under a bare letterhead is no
    city's name."""
    return any(lemma in ctx.vocab.act_types for lemma in ctx.lemmas(word)[:3])


def _bare_body(ctx: Ctx, words: list[str]) -> bool:
    """"Администрация района", or an assembly's "Собрание депутатов района": a body's generic
    word before a place word, no name (a longer body, "Контрольно-счетная палата города",
    keeps its own words)."""
    if len(words) < 2 or any(w[:1].isupper() for w in words[1:]):
        return False
    lem = ctx.lemmas(words[0])[-1:]
    return len(words) == 2 or (len(words) == 3 and bool(lem)
                                and lem[0] in ctx.vocab.assembly_words)


def _marker_adjective(ctx: Ctx, word: str) -> bool:
    """"муниципального" (in "Администрация муниципального района"): the kind of municipality."""
    lem = ctx.lemmas(word)[-1:]
    return bool(lem) and lem[0] in ctx.vocab.place_marker_adjectives


_PLACE_RUN = 3  # capitalised words of a place's name before its marker


def _with_marked_place(ctx: Ctx, name: str, text: str) -> str:
    """"Администрация муниципального района" (a stamp naming the kind of municipality, not
    which) in a document that names it in the same form ("… Заозёрного Северо-Лесного
    муниципального района") → "Администрация Заозёрного Северо-Лесного муниципального
    района": the capitalised words before the same marker, as printed."""
    body, adjective, marker = name.split()
    adj, mark = ctx.lemmas(adjective)[-1:], ctx.lemmas(marker)[-1:]
    if not (adjective.islower() and marker.islower() and adj and mark
            and adj[0] in ctx.vocab.place_marker_adjectives
            and mark[0] in ctx.vocab.place_markers):
        return name
    tw = [w.strip(_WORD_EDGE) for w in text.split()]
    for i in range(1, len(tw) - 1):
        if tw[i].lower() != adjective.lower() or tw[i + 1].lower() != marker.lower():
            continue
        run: list[str] = []
        for w in reversed(tw[max(0, i - _PLACE_RUN):i]):
            if not w[:1].isupper() or w.isupper() or ctx.tools.tag(w.lower())[0] not in (
                    "ADJF", ""):
                break
            run.insert(0, w)
        if run:
            return f"{body} {' '.join(run)} {adjective} {marker}"
    return name



def closed_as_printed(ctx: Ctx, name: str, title: str | None) -> str:
    """"МБДОУ «Детский сад №1 комбинированного вида с. Луговое": a grif wrapped over lines may
    lose the closing quote of the name; the page's other print of it ("«Детский сад №1
    комбинированного вида» с. Луговое" in the next grif or the title) says where it closes (the
    name as found when no print closes it between the same words)."""
    if name.count("«") != name.count("»") + 1:
        return name
    words = name.split()
    opened = max(k for k, w in enumerate(words) if "«" in w)
    seen = " " + " ".join(f"{top_text(ctx)} {title or ''}".split()) + " "
    for k in range(len(words), opened, -1):
        closed = " ".join([*words[: k - 1], words[k - 1] + "»", *words[k:]])
        # the words after the closing quote are read from the name's start: a print of the
        # name's tail alone ("«…» с. Луговое" under "МБДОУ") closes it as well
        tail = " ".join(closed.split()[opened:])
        if f" {tail} " in seen or f" {tail}," in seen:
            return closed
    return name


def same_print(a: str, b: str) -> bool:
    """One name printed with other spaces or quote marks ("МОБУ СОШ № 12", "МОБУ СОШ №12")."""
    def bare(x: str) -> str:
        return "".join(x.split()).translate(_QUOTES_PLAIN)
    return bare(a) == bare(b)


_QUOTES_PLAIN = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})
