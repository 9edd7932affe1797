"""A document's place as written: the phrase naming its municipality (title, text, then table
cells) and its region, and the header lines handed on for municipality and region detection
downstream. (Its period is period.)"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from extract.facts.case import restore_case
from extract.facts.cited_region import without_cited_regions
from extract.facts.ctx import Ctx
from extract.facts.founder_place import founder_values
from extract.facts.lines import Chunk, squash
from extract.facts.lost_spaces import restore_spaces
from extract.facts.place_line import place_over_year
from extract.facts.plan_rows import plan_row
from extract.facts.region_abbr import region_in_lower_case
from extract.facts.story_places import is_story, own_text
from extract.facts.vocab import FactsVocab

_GRIF_CHUNKS = 6  # the title page's grifs stand among its first blocks

# "Усть- Кутского", "Усть -Кут": a hyphenated name printed with a space at its hyphen is
# FactsVocab.place_spaced_hyphen (extract/facts/vocab_places.py)
# "ВЕРХНЕ- ОЛЬХОВСКОГО РАЙОНА": the same in a letterhead's capitals, the hyphen on the first part
_SPACED_CAPS_HYPHEN = re.compile(r"\b([А-ЯЁ]{2,})-\s+(?=[А-ЯЁ]{2,})")


def _place(ctx: Ctx, texts: Iterable[str], patterns: tuple[re.Pattern[str], ...], group: str
           ) -> str | None:
    read: dict[str, str] = ctx.once("place_phrase.read", dict)  # the same blocks, each call
    for text in texts:
        text = read.get(text) or read.setdefault(text, _read(ctx.vocab, text))
        for rx in patterns:
            for m in rx.finditer(text):
                found = squash(_found(m, group))
                lem = ctx.lemmas(found)
                if group == "place" and (set(lem) & ctx.vocab.not_places
                                         or _generic(ctx, lem)
                                         or _city_district(ctx, lem, text[m.end():])):
                    continue
                if group == "region" and _verb_name(ctx, found):
                    continue  # "… Заречной Республики Были проведены …": a sentence's verb
                return found
    return None


def _generic(ctx: Ctx, lem: list[str] | tuple[str, ...]) -> bool:
    """"Каждый район", "Этого района": a sentence's common word before the marker, no name."""
    return bool(lem) and lem[0] in ctx.vocab.place_generic_words


def _joined(m: re.Match[str]) -> str:
    """"Николаевска –\nна – " → "Николаевска-на-": a connector's hyphens put back."""
    if m.group("town"):
        return f"{m.group('town')}-{m.group('link')}-"
    return f"{m.group('mark')}{m.group('town2')}-{m.group('link2')}-"


def _read(vocab: FactsVocab, text: str) -> str:
    # "Николаевска- на-Амуре": the name whole
    text = vocab.place_broken_connector.sub(_joined, text)
    text = vocab.place_spaced_hyphen.sub(r"\1-", text)  # the name whole, not its first part
    text = _SPACED_CAPS_HYPHEN.sub(r"\1-", text)
    return restore_spaces(vocab, text)  # "ПравительстваЗаречной области": a site export's glue


def _verb_name(ctx: Ctx, found: str) -> bool:
    """"Республики Были": the capitalised word after a region's noun is the next sentence's
    verb (a text export joined a name's line to the sentence under it), no region's name."""
    last = found.split()[-1]
    return last[:1].isupper() and not last.isupper() \
        and ctx.tools.tag(last.lower())[0] in ctx.vocab.predicate_pos


def _found(m: re.Match[str], group: str) -> str:
    """The matched phrase; a pattern that skips words between a marker and its name (a
    region's between "городской округ" and "«Луговск»") gives the two joined."""
    if group == "place" and "marker" in m.re.groupindex:
        return f"{m.group('marker')} {m.group('name')}"
    return m.group(group)


def _city_district(ctx: Ctx, lem: tuple[str, ...] | list[str], after: str) -> bool:
    """"Лесного района Заречнска": a district named right before a city's name in the
    genitive is the city's administrative district, no municipality (the city is)."""
    word = after.split()[:1]
    if not lem or lem[-1] != "район" or not word:
        return False
    marked = ctx.vocab.city_after_district.match(after)
    if marked:  # "Ленинского района города Заречнска": the city marked after its district
        district = next((w for w in reversed(lem[:-1]) if w != _MUNICIPAL), "")
        return _MUNICIPAL not in lem and not _seat(marked.group("city"), district)
    name = word[0].strip(" «»\"(),.;:")
    return name[:1].isupper() and ctx.tools.is_proper(name) \
        and ctx.tools.tag(name.lower()) == ("NOUN", "gent")


_MUNICIPAL = "муниципальный"
_STEM = 4  # letters a district's adjective shares with its seat's name ("Лесн|овский", "Лесн|ой")


def _seat(city: str, district: str) -> bool:
    """"Лесновского района г. Лесного": a district named after the city after it is the district
    around its seat, a municipal formation of its own."""
    return city[:_STEM].casefold() == district[:_STEM].casefold()


def municipality(ctx: Ctx, title: str | None) -> str | None:
    """The phrase naming the municipality, as written: title first, then the text, then tables
    (not in a region's plan, its title naming the region: a district in its rows is one the
    plan's money or measures go to)."""
    # an institution's founder names the formation owning it, before the district its postal
    # address gives (CONTRACT `municipality`)
    texts = [t for t in (title,) if t] + founder_values(ctx) \
        + [own_text(ctx, c.text) for c in ctx.prose]
    found = _place(ctx, texts, ctx.vocab.municipality, "place")
    if found and title and _institution_district(title, found):
        city = _place(ctx, texts[1:], ctx.vocab.municipality, "place")
        if city and ctx.vocab.city_after_district.match(city):
            return city  # "… детский сад № 233 Ленинского района" of "г. Екатеринбурга"
    district = _formation_line(ctx)
    if found and district and _seat(_MARK.sub("", found), district):
        return district  # "… МУНИЦИПАЛЬНЫЙ РАЙОН" / "… № 4 г. Лесновки": the seat's district
    if found or (title and (_place(ctx, [title], ctx.vocab.region, "region")
                            or region_in_lower_case(title, ctx.vocab.region_abbreviations))):
        return found
    if is_story(ctx):  # a campaign report's table: the places of the measures held
        return None
    cells = [x for c in ctx.chunks if c.cells is not None for x in c.cells]  # cell by cell
    return _place(ctx, cells, ctx.vocab.municipality, "place")


# an institution's name ends on its number or its quoted name, a district after it
_INSTITUTION_END = re.compile(r"(?:№\s*\d+\s*[а-яё]?|[»\"])\s*$", re.I)


def _institution_district(title: str, found: str) -> bool:
    """"… МАДОУ – детский сад № 233 Ленинского района": a district (not a municipal one) named
    right after an institution in the title — in a city whose body the page names, the city's
    own district; the city is the municipality."""
    at = title.find(found)
    words = found.lower().split()
    return at > 0 and bool(_INSTITUTION_END.search(title[:at])) and bool(words) \
        and words[-1].startswith("район") and not any(w.startswith("муниципальн") for w in words)


_LETTERHEAD_LINES = 8  # a file label or a country's line may stand above the letterhead
_MARK = re.compile(r"^(?:г\.|гор\.|город[а-я]*)\s*", re.IGNORECASE)


def _formation_line(ctx: Ctx) -> str | None:
    """A letterhead's line naming a municipal district alone, in the nominative ("ЛЕСНОВСКИЙ
    МУНИЦИПАЛЬНЫЙ РАЙОН" between the region's line and a school's name), as written."""
    for line in ctx.top[:_LETTERHEAD_LINES]:
        words = line.text.split()
        lem = ctx.lemmas(line.text)
        for marker in ctx.vocab.formation_line_markers:
            n = len(marker)
            if 0 < len(words) - n <= 2 and tuple(lem[-n:]) == marker \
                    and words[-1].lower() == marker[-1] and words[0][:1].isupper():
                return line.text.strip()
    return None


def municipality_of(ctx: Ctx, body: str) -> str | None:
    """The municipality a body's name gives ("Департамент … администрации N-ского городского
    округа"), as written."""
    return _place(ctx, [body], ctx.vocab.municipality, "place")


def region_of(ctx: Ctx, body: str) -> str | None:
    """The region a body's name gives ("Комитет … района Алтайского края по культуре")."""
    return _place(ctx, [body], ctx.vocab.region, "region")


def region(ctx: Ctx, title: str | None) -> str | None:
    """The phrase naming the region ("Оренбургской области"), as written."""
    # read lazily: the first text naming a region ends the search (most often the title page)
    texts = chain(
        (without_cited_regions(ctx, t, cited_titles=False) for t in (title,) if t),
        (without_cited_regions(ctx, own_text(ctx, t)) for c in ctx.chunks
         if not _foreign_row(ctx, c) and not (c.cells is not None and is_story(ctx))
         for t in _block_texts(ctx, c)),
        # a letterhead set as a table of cells (Russian | a republic's own language): its lines
        (line for c in ctx.chunks[:_GRIF_CHUNKS] if c.cells is not None
         and not _foreign_row(ctx, c) for cell in c.cell_lines
         for line in (without_cited_regions(ctx, x) for x in cell[:1])))
    found = _place(ctx, texts, ctx.vocab.region, "region")
    if found and found.isupper():  # "РЕСПУБЛИКА ТЫВА" atop a letterhead
        return restore_case(found, ctx.tools, ctx.vocab, ctx.proper_lemmas, ctx.lower_openers)
    return found


def _block_texts(ctx: Ctx, c: Chunk) -> list[str]:
    """A block's text, then — among the first blocks, a letterhead's — each of its lines: a
    letterhead's line in capitals ("РЕСПУБЛИКА ЗАРЕЧЬЕ" over "Администрация …" in one
    paragraph) names the region only as a line of its own."""
    text = _without_phones(ctx, c)
    if c.cells is not None or len(c.lines) < 2 or ctx.chunks.index(c) >= _GRIF_CHUNKS:
        return [text]
    return [text, *(x for x in _lines_blanked(ctx, c) if not ctx.vocab.site_phone_line.match(x))]


def _lines_blanked(ctx: Ctx, c: Chunk) -> list[str]:
    """The block's lines with what the whole block cites blanked ("… на территории РФ и" /
    "Луговской области."): a cited phrase broken over lines is still cited on the second."""
    whole = without_cited_regions(ctx, " ".join(c.lines))
    out, at = [], 0
    for line in c.lines:
        out.append(whole[at : at + len(line)])
        at += len(line) + 1
    return out


def _foreign_row(ctx: Ctx, c: Chunk) -> bool:
    """A passport's row naming the plan's co-executors, participants or legal bases
    ("Соисполнители программы | Министерство образования Заречной области"): their region is
    theirs, not the document's."""
    if c.cells is None or len(c.cells) < 2:
        return False
    if plan_row(ctx, c):  # a plan's executors and the places its measures reach
        return True
    lem = tuple(ctx.lemmas(c.cells[0][:80]))
    return any(lem[: len(seq)] == seq for seq in ctx.vocab.region_foreign_rows)


def _without_phones(ctx: Ctx, c: Chunk) -> str:
    """A block's text without a site's lines of phones by region ("Москва и Московская
    область: 8 (499) …"): an advice offer's regions are no region of the act."""
    if not any(ctx.vocab.site_phone_line.match(line) for line in c.lines):
        return c.text
    return " ".join(line for line in c.lines if not ctx.vocab.site_phone_line.match(line))


def context_texts(ctx: Ctx, title: str | None) -> tuple[str, ...]:
    """Title and header lines, for municipality and region detection downstream; then the
    title page's grifs set side by side in a table ("СОГЛАСОВАНО / Начальник управления
    образования / N-ского городского округа"), which name the body's municipality too."""
    head = [without_cited_regions(ctx, own_text(ctx, _without_phones(ctx, c)))[:400]
            for c in ctx.head[:12] if c.text]
    alone = place_over_year(ctx)  # "Заречный / 2020": first, for the unmarked-place fallback
    return tuple(dict.fromkeys([t for t in (alone, title) if t] + head + _grif_cells(ctx)))


def _grif_cells(ctx: Ctx) -> list[str]:
    out: list[str] = []
    for c in ctx.chunks[:_GRIF_CHUNKS]:
        for cell in c.cells or ():
            first = cell.strip().split("\n", 1)[0].strip()
            if ctx.vocab.grif_other.match(first) or any(
                    rx.match(first) for _, rx in ctx.vocab.stamp_starts):
                out.append(squash(cell)[:400])
    return out
