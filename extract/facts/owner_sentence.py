"""Institutions a document's own sentences name as its owner, for a page that lost its
letterhead and grif (a site's text export, a PDF whose cover is an image):

- the institution a self-examination examined ("Самообследование МБОУ «…» проведено …",
  "… в МБДОУ «…» проведена работа по самообследованию …"): the institution examined itself,
  so "в" here names the owner (unlike a plan's title "План … в МБОУ …");
- the school a campaign's heading or opening sentence names as where it was held or who
  reports it ("Месячник … в МБОУ ООШ № 5", "… в МОУ Лесной СОШ была проведена акция …",
  "Отчет о проведении недели … от МБОУ СОШ № 7"): its own news, so it is the report's owner;
- the institution a plan's opening sentence names as the plan's owner ("Программа воспитания
  МБОУ «…» (далее – Программа) разработана …"), no preposition before it.

Each is a weak vote in issuer_vote: only where no stronger evidence named a body. The words
are data (extract/vocab/facts.yaml `owner_sentence`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.facts.body_nominative import locative_nominative
from extract.facts.campaign_report import held_report, names_campaign, opens_held_report
from extract.facts.case import is_capitals
from extract.facts.ctx import Ctx
from extract.facts.institution import form_word, institution_at, issuer_from_title
from extract.facts.institution_full_name import qualified_end, quoted_at
from extract.facts.lines import Chunk, squash
from extract.facts.locative_name import name_in_nominative
from extract.facts.part_owner import part_owner
from extract.facts.place_tail import with_place_tail

# "(далее – Программа)", "(далее –школа)": the text's own word for the plan or the owner
_DEFINED = re.compile(r"\(\s*далее\s*[-–—]?\s*[А-ЯЁа-яё]+\s*\)", re.IGNORECASE)
# a full stop after a word, not after an abbreviation ("г. Томари"), or after a name's number
# ("… МБОУ СОШ № 20. Программа направлена …")
_SENTENCE_END = re.compile(r"(?:(?<=\w\w\w[.!?])|(?<=№\s\d[.!?])|(?<=№\s\d\d[.!?])"
                           r"|(?<=№\d\d[.!?])|(?<=№\d[.!?]))\s+(?=[А-ЯЁ])")


def _lemma_set(ctx: Ctx, words: list[str]) -> set[str]:
    return {x for w in words for x in ctx.lemmas(w.strip("():;.,«»\"–—-"))}


def _closed_once(name: str) -> str:
    """"МАДОУ «Детский сад № 5 «Ручеёк» проведена …": nested quotes closed once, the name ran
    on into the sentence; it ends at the quote a word in small letters follows."""
    if name.count("«") <= name.count("»"):
        return name
    words = name.split()
    end = next((k for k, w in enumerate(words[:-1], 1)
                if w.endswith("»") and words[k][:1].islower()), None)
    return " ".join(words[:end]) if end else name


def _name_at(ctx: Ctx, words: list[str], before: Sequence[str] = ()
             ) -> tuple[str, int] | None:
    """The short name `words` open with and how many words it took, its place after it
    ("МБОУ СОШ №2 г. Томари"); None when no form opens them. `before`: the sentence's words
    before it, whose case tells a sentence in capitals (a name closing a sentence, "… по
    самообследованию МБУ ДО ЭБЦ;", is capitals alone)."""
    if not words or not form_word(ctx, words[0].lstrip("«\"")):
        return None
    # "МБУ ДО «ДДТ»": in a sentence's normal case "ДО" in capitals is the form's, no "до"
    name = institution_at(ctx, [words[0].lstrip("«\""), *words[1:]],
                          form_caps=not is_capitals(" ".join([*before[-4:], *words[:8]])))
    if not name:
        return None
    name = _closed_once(name)
    taken = len(name.split())
    placed = with_place_tail(ctx, name, " " + " ".join(words[taken:taken + 6]))
    return placed, len(placed.split())


def _past_generic(ctx: Ctx, words: list[str]) -> list[str]:
    """The words after the kind's common nouns a sentence puts before a short name
    ("общеобразовательного учреждения МОУ «Гимназия № 3»" → "МОУ «Гимназия № 3» …"): only when a
    form's short name follows them; the words as they are otherwise."""
    w = ctx.vocab.owner_sentence_words
    for k, word in enumerate(words[: w.generic_reach]):
        if not set(ctx.lemmas(word.strip(",").lower())) & w.generic:
            break
        if k + 1 < len(words) and form_word(ctx, words[k + 1].lstrip("«\"")):
            return words[k + 1:]
    return words


def _examined(ctx: Ctx, sentence: str) -> str | None:
    """The institution a self-examination's sentence names: right after its noun
    ("Самообследование МБОУ …") or after "в" with the examining verb after the name or just
    before the "в" ("Самообследование проводилось в МАДОУ …"); after "в" a full legal name
    is in the locative ("в муниципальном … учреждении «…» проведено …"), read in the
    nominative."""
    words = sentence.split()
    w = ctx.vocab.owner_sentence_words
    if not _lemma_set(ctx, words) & ctx.vocab.assessed_subjects:
        return None
    for k, word in enumerate(words[:-1]):
        # the noun anywhere with the short name right after it ("работ по самообследованию
        # МБУ ДО «ЦДТ»"): that institution's self-examination
        subject = bool(set(ctx.lemmas(word.strip(",;:"))) & ctx.vocab.assessed_subjects)
        opener = subject and k == 0
        if not subject and word.lower() not in ("в", "во"):
            continue
        rest = _past_generic(ctx, words[k + 1:])
        short = _name_at(ctx, rest, words[: k + 1])
        if subject and not opener:
            if short and not _listed(ctx, short[0], rest[short[1] : short[1] + 2]):
                return short[0].rstrip(".,;:") + _closing(rest[short[1] - 1])
            continue
        got = short or (None if opener else _full_in_locative(ctx, rest))
        if got is None:
            continue
        name, taken = got
        if _listed(ctx, name, rest[taken : taken + 2]):
            return None  # "в МБОУ СОШ № 3, МБОУ СОШ № 5 и …": several, none the owner
        after = _DEFINED.sub(" ", " ".join(rest[taken:])).split()
        after = after[: w.verb_reach] if short else _clause(after[: w.clause_reach])
        before = words[max(0, k - w.verb_reach) : k]
        if opener or _lemma_set(ctx, after + before) & w.examined_verbs:
            return name
    return None


def _closing(word: str) -> str:
    """";" when the name's last word closes its clause ("… самообследованию МБУ ДО ЦДТ;"):
    a name of capitals alone ends surely there, as a closing quote ends one."""
    return CLOSED_MARK if word.endswith((";", ".")) else ""


CLOSED_MARK = ";"


def _listed(ctx: Ctx, name: str, after: list[str]) -> bool:
    """`name` is one of several institutions listed: another form's abbreviation inside it
    (the name read on past a comma) or right after it, or after "и" after it."""
    words = [w.strip(",;") for w in name.split()[1:]]
    nxt = [w.strip(",;") for w in after if w.lower() != "и"][:1]
    return any(form_word(ctx, w) for w in words + nxt)


def _clause(words: list[str]) -> list[str]:
    """`words` up to the end of their clause (a word closing with a comma, a semicolon, a
    colon or a full stop, itself included)."""
    end = next((k for k, x in enumerate(words) if x.endswith((",", ";", ":", "."))), len(words))
    return words[: end + 1]


def _full_in_locative(ctx: Ctx, words: list[str]) -> tuple[str, int] | None:
    """"Муниципальном автономном учреждении дополнительного образования «Центр …» города
    Энска проведено …" after "в": the legal form put into the nominative, the words up to the
    quoted name and the place after it as printed, and how many words it took; None without
    a quoted name."""
    text = " ".join(words)
    m = ctx.vocab.legal_form.match(text)
    form = locative_nominative(ctx, m.group(0).split()) if m else None
    if m is None or form is None:
        return None
    end = qualified_end(text, m.end())
    quoted = quoted_at(text, end)
    if not quoted:
        return None
    closed = text.find(quoted, end) + len(quoted)
    opening = " ".join(form)
    name = squash(f"{opening[:1].upper()}{opening[1:]} {text[m.end():end]} {quoted}")
    placed = with_place_tail(ctx, name, text[closed : closed + 80])
    return placed, len(text[:closed].split()) + len(placed.split()) - len(name.split())


def _campaign_owner(ctx: Ctx, sentence: str) -> str | None:
    """The school after "в"/"от" in a sentence naming a campaign (see the module), its words
    after the form in the nominative ("МОУ Лесной СОШ" → "МОУ Лесная СОШ")."""
    # (a report of other measures held: its heading, or a sentence telling what was held)
    if not (names_campaign(ctx, sentence) or (held_report(ctx) and (
            opens_held_report(ctx, sentence) or any(map(ctx.tools.is_done, sentence.split()))))):
        return None
    words = sentence.split()
    # "… от МБОУ СОШ №66. Неделя 27.01. …": a number's full stop ends the sentence too
    end = next((k for k, w in enumerate(words) if w.endswith(".") and w[-2:-1].isdigit()
                and k + 1 < len(words) and words[k + 1][:1].isupper()), len(words) - 1)
    words = words[: end + 1]
    for k, word in enumerate(words[:-1]):
        if word.lower() not in ctx.vocab.campaign_owner_prepositions:
            continue
        got = _name_at(ctx, name_in_nominative(ctx, words[k + 1:]))
        if got is not None:
            return _adjectives_nominative(ctx, got[0].rstrip(".,;:"))
    return _after_campaign_noun(ctx, words)


def _after_campaign_noun(ctx: Ctx, words: list[str]) -> str | None:
    """The school named right after the campaign's noun and its quoted name, in the genitive
    ("закрытие пришкольного лагеря «Радуга» МБОУ «Лесная СОШ»"): the campaign is its own."""
    for k, word in enumerate(words[:-1]):
        if not set(ctx.lemmas(word.strip("«»\".,;:"))) & ctx.vocab.campaign_nouns:
            continue
        j = k + 1
        if words[j][:1] in "«\"":  # the campaign's own name
            j = next((x + 1 for x in range(j, min(j + 8, len(words)))
                      if words[x].rstrip(".,;:").endswith(("»", '"'))), j)
        got = _name_at(ctx, words[j:]) if j < len(words) else None
        if got is not None:
            return _adjectives_nominative(ctx, got[0].rstrip(".,;:"))
    return None


def _adjectives_nominative(ctx: Ctx, name: str) -> str:
    """A short name's place adjectives after its form in the nominative ("Лесной" after "в"
    → "Лесная"): only a capitalised word outside quotes the lemmatizer puts in the nominative,
    before the town's mark."""
    words = name.split()
    for k, w in enumerate(words[1:], 1):
        if "«" in w or '"' in w or words[k - 1].lower().rstrip(".") in ctx.vocab.school_place_marks:
            break  # a town after its mark keeps its case ("г. Заречного")
        if w[:1].isupper() and w[1:].islower() and w.isalpha():
            nom = ctx.tools.nominative(w.lower())
            if nom and nom != w.lower():
                words[k] = nom[:1].upper() + nom[1:]
    return " ".join(words)


def _plan_owner(ctx: Ctx, sentence: str) -> str | None:
    """The owner a plan's opening sentence names: the plan's noun opens it, the institution
    after the plan's words (no preposition before it), and the sentence defines the plan
    ("(далее – Программа)") or says it was drawn up ("разработана")."""
    w = ctx.vocab.owner_sentence_words
    words = sentence.split()
    lemmas = ctx.lemmas(" ".join(words[: w.opening + 3]))
    if not any(ctx.plan_noun(lemmas[k:]) for k in range(min(w.opening, len(lemmas)))):
        return None
    defined = _DEFINED.search(sentence)
    if not defined and not _lemma_set(ctx, words[:30]) & w.plan_verbs \
            and not _part_of(ctx, words[:30]):
        return None
    if not defined:
        # "… является частью образовательной программы начального и основного … МБОУ …"
        return part_owner(ctx, words[:30]) if _part_of(ctx, words[:30]) else \
            issuer_from_title(ctx, sentence)
    # "Программа (далее — Программа) МБОУ «…» (далее – школа) разработана …": the plan's own
    # word defined before its owner's name
    return issuer_from_title(ctx, sentence[: defined.start()]) \
        or issuer_from_title(ctx, _DEFINED.sub(" ", sentence))


def _part_of(ctx: Ctx, words: list[str]) -> bool:
    """"… является компонентом образовательной программы …": the plan is part of another."""
    w = ctx.vocab.owner_sentence_words
    lem = [ctx.lemmas(x.strip("():;.,«»\"–—-"))[:1] for x in words]
    return any(x == (w.part_verb,) and any(y and y[0] in w.part_nouns
                                           for y in lem[k + 1 : k + 1 + w.part_reach])
               for k, x in enumerate(lem))


def sentence_owners(ctx: Ctx) -> list[tuple[int, str, str]]:
    """(offset from the top, name, how) of each institution the first paragraphs' sentences
    name as the document's owner."""
    out: list[tuple[int, str, str]] = []
    at = 0
    blocks = _opening_blocks(ctx)
    for k, c in enumerate(blocks):
        text = _with_heading_tail(ctx, squash(c.text), tuple(blocks[k + 1 : k + 2]))
        for sentence in _SENTENCE_END.split(text)[:3]:
            name = _examined(ctx, sentence)
            if name:  # (its clause closing after it: a sure end, `_closing`)
                closed = name.endswith(CLOSED_MARK)
                out.append((at + text.find(sentence), name.removesuffix(CLOSED_MARK),
                            "examined_closed" if closed else "examined"))
            name = _campaign_owner(ctx, sentence)
            if name:
                out.append((at + text.find(sentence), name, "campaign"))
            name = _plan_owner(ctx, sentence)
            if name:
                out.append((at + text.find(sentence), name, "plan_sentence"))
        at += len(c.text) + 1
    return out


_CONTENTS_REACH = 4  # a contents list's entries passed over: up to this many times the blocks


def _opening_blocks(ctx: Ctx) -> list[Chunk]:
    """The first paragraphs, a contents list's numbered entries ("1.1. Цель и задачи …") not
    counted: a page opening with its contents states its owner in the paragraph after them."""
    blocks = ctx.vocab.owner_sentence_words.blocks
    out: list[Chunk] = []
    counted = 0
    for c in ctx.prose[: blocks * _CONTENTS_REACH]:
        if counted >= blocks:
            break
        out.append(c)
        counted += not (c.list_number and any(ch.isdigit() for ch in c.list_number))
    return out


def _with_heading_tail(ctx: Ctx, text: str, after: tuple[Chunk, ...]) -> str:
    """A held report's heading printed over two paragraphs ("Сведения о реализации программы
    «…»" / "в МБДОУ «…» за 2025 год"): the lower-case block under it goes on the heading."""
    if not after or after[0].cells is not None or not after[0].text[:1].islower() \
            or not opens_held_report(ctx, text):
        return text
    return f"{text} {squash(after[0].text)}"
