"""Goals and tasks: "Цель …" statements, "Задачи …" headings with their lists, passport rows."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.facts.ctx import Ctx, drop_number
from extract.facts.goal_items import plain_items, readable
from extract.facts.goal_labels import flattened_labels, qualified_link, section_entry
from extract.facts.goal_links import linked_label, prepositional_sentence
from extract.facts.goal_lists import continued_items, list_item, list_items, split_inline
from extract.facts.lines import Chunk, join_broken, with_text
from extract.headphrase import reads_as_caption
from extract.statements import statement_like

_WORD = re.compile(r"\s*([А-Яа-яЁёA-Za-z]+)")
_SEPARATOR = re.compile(r"\s*[:–—-]\s*")
# "ШМО", "МО" (an association's or a body's abbreviation) closing a label before its separator
_OWNER_ABBREVIATIONS = re.compile(r"(?:\s+[А-ЯЁ]{2,6})+(?=\s*[:–—-])")
SENTENCE_BREAK = re.compile(r"[.!?]\s+[А-ЯЁ]")


def strip_label(ctx: Ctx, text: str, words: frozenset[str], plural_only: bool = False
                ) -> str | None:
    """Text after a label such as "Цель Программы:" / "Задачи", or None when `text` does not
    open with one. The label is the word, the document's name and a separator or "является"."""
    m = _WORD.match(text)
    if m and set(ctx.lemmas(m.group(1))) & ctx.vocab.label_adjectives:  # "Основные задачи"
        m = _WORD.match(text, m.end())
    if not m or not set(ctx.lemmas(m.group(1))) & words:
        return None
    if plural_only and not m.group(1).lower().endswith(("и", "ами", "ах")):
        return None
    pos, labelled = m.end(), False
    while True:
        w = _WORD.match(text, pos)
        names = ctx.vocab.doc_words | (ctx.vocab.doc_name_tails if labelled else frozenset())
        if w and set(ctx.lemmas(w.group(1))) & names:
            pos, labelled = w.end(), True
            continue
        break
    owner = _OWNER_ABBREVIATIONS.match(text, pos)
    if owner:  # "Цель работы ШМО:": the owner's abbreviation is the label's, no goal
        pos, labelled = owner.end(), True
    rest = text[pos:]
    if rest.lstrip().startswith(","):
        return None  # "Задачи программы, показатели, единицы измерения": captions listed
    if _qualified_heading(ctx, rest):
        # "Цель воспитательной работы школы:", "Цель работы лагеря:": a heading over its list
        return ""
    linked = qualified_link(ctx, rest)  # "Основными задачами школы являются:"
    if linked is not None:
        return linked
    head, colon, statement = rest.partition(":")
    if colon and statement.strip() and _qualified_heading(ctx, head + colon):
        # "Задачи методической деятельности: - осуществить …; - …": the statement on its line
        return statement.strip()
    sep = _SEPARATOR.match(rest)
    if sep:
        rest, labelled = rest[sep.end():], True
    rest = rest.strip()
    for rx in ctx.vocab.statement_links:
        if rx.match(rest):
            rest, labelled = rx.sub("", rest, count=1), True
            break
    if rest and not labelled:
        return None  # "Целью мониторинга является …": a sentence, not a label
    return rest


_QUALIFIER_WORDS = 6
_SAYS = ("VERB", "INFN", "PRTS")


def _qualified_heading(ctx: Ctx, rest: str) -> bool:
    """A label's qualifier in the genitive closing with a colon ("… профилактической работы в
    школе:"): no verb, a few words; a sentence ("… состоит в следующем:") is not a heading."""
    body = rest.strip()
    if not body.endswith(":") or ":" in body[:-1]:
        return False
    words = [w for w in body[:-1].split() if w.isalpha()]
    if not 0 < len(words) <= _QUALIFIER_WORDS or not (
            ctx.tools.tag(words[0].lower())[1] == "gent"
            or words[0].lower() in ctx.vocab.label_term_prepositions):  # "на текущий год:"
        return False
    return not any(ctx.tools.tag(w.lower())[0] in _SAYS for w in words)


_GOAL_WORDS = 25
_FINITE = ("VERB", "PRTS")


def plain_goals(ctx: Ctx, chunks: tuple[Chunk, ...], start: int, label_line: str, text: str
                ) -> list[str]:
    """"Цели: Определение изменений …." / "Создание условий …." / "Разработка механизмов …":
    the plural label's first goal on its line, the others as plain paragraphs, no number, no
    bullet, each one sentence naming an aim with no verb of its own; the list ends at the first
    paragraph that is not (a heading, a table, a sentence saying something)."""
    label = _WORD.match(drop_number(label_line))
    if label is None or not label.group(1).lower().endswith("и") \
            or not text.rstrip().endswith((".", ";")):
        return []
    items: list[str] = []
    for c in chunks[start:]:
        if not aim_paragraph(ctx, c):
            break
        items.append(list_item(c.text))
    return [x for x in items if x]


def aim_paragraph(ctx: Ctx, c: Chunk) -> bool:
    """One sentence naming an aim: a paragraph with no number or bullet opening with a noun
    (or adjective) in the nominative, no finite verb, at most a few dozen words."""
    body = c.text.strip().rstrip(".;")
    words = _WORD.findall(body)
    if c.cells is not None or c.list_number or c.heading or c.bold or not body[:1].isupper() \
            or ":" in body or SENTENCE_BREAK.search(body) or not 0 < len(words) <= _GOAL_WORDS:
        return False
    # a neuter noun's nominative reads as its accusative too ("Развитие …")
    if ctx.tools.tag(words[0].lower()) not in (("NOUN", "nomn"), ("NOUN", "accs"),
                                               ("ADJF", "nomn")):
        return False
    return not any(ctx.tools.tag(w.lower())[0] in _FINITE for w in words)


def _split_goal(ctx: Ctx, text: str) -> tuple[str, bool]:
    for rx in ctx.vocab.goal_task_split:
        m = rx.search(text)
        if m:
            return text[: m.start()], True
    return text, False


# a sentence's end: a full word (no "г.", "им.", initials) closing it, a capital opening the next
# (or a one-letter preposition, "… организации. В соответствии с …")
_STATEMENT_END = re.compile(r"(?<=[а-яё]{3}[.!?])\s+(?=[А-ЯЁ](?:[а-яё]|\s))")


def first_statement(ctx: Ctx, text: str) -> str:
    """A goal stated after its label up to the sentence that says something else of the
    document ("Цель доклада – обеспечение …. Настоящий доклад подготовлен на основе …"): the
    next sentence, with a verb of its own (finite or a short participle), is no part of the
    goal; a sentence naming one more aim ("… . Обеспечение …") stays with it."""
    for m in _STATEMENT_END.finditer(text):
        raw = text[m.end():].split()
        words = [w.strip("«»\"(),.:;–—").lower() for w in raw]
        if any(w.isalpha() and ctx.tools.tag(w)[0] in ("VERB", "PRTS")
               for w in words[:_VERB_REACH]) or prepositional_sentence(ctx, raw):
            return text[: m.start() - 1]  # without its full stop
    return text


_VERB_REACH = 6  # the next sentence's verb stands within its first words


def _bare_label(ctx: Ctx, line: str) -> bool:
    return any(strip_label(ctx, drop_number(line), words) == ""
               for words in (ctx.vocab.goal_words, ctx.vocab.task_words))


def _labelled_line(ctx: Ctx, line: str) -> bool:
    """"Цели: …" / "Задачи подпрограммы – …": a label, its separator and its statement on
    one line ("Цель программы состоит в …" is a sentence of the paragraph)."""
    text = drop_number(line)
    for words in (ctx.vocab.goal_words, ctx.vocab.task_words):
        rest = strip_label(ctx, text, words)
        label = text[: len(text) - len(rest)] if rest else ""
        if rest and (_SEPARATOR.search(label) or (text[:1].isupper() and linked_label(ctx, label))):
            # ("Целями самообследования являются …" opening its line: the sentence's label)
            return True
    return False


def labelled_prose(ctx: Ctx) -> tuple[Chunk, ...]:
    """The prose chunks, a paragraph holding a bare "Цель работы:" / "Задачи:" line with the
    statement under it, or a line opening with such a label and its statement, among its
    lines split into its lines: a text export runs a title page's lines, the label and the
    statement into one paragraph (a label ending its paragraph is a contents' line)."""
    def split() -> tuple[Chunk, ...]:
        out: list[Chunk] = []
        prose = readable(ctx, ctx.prose)
        for k, c in enumerate(prose):
            pieces = flattened_labels(ctx, c, lambda text: _labelled_line(ctx, text))
            # a label closing its paragraph with a colon leads into the list under it
            # ("Задачи:" / "1) …"; a stacked passport's bare "Задачи" is passport_stack's)
            inner = c.lines[1:] if k + 1 < len(prose) and prose[k + 1].list_number \
                and c.lines[-1].rstrip().endswith(":") else c.lines[1:-1]
            if len(pieces) > 1:
                out += pieces
            elif len(c.lines) > 1 and c.cells is None \
                    and (any(_bare_label(ctx, line) for line in inner)
                         or any(_labelled_line(ctx, line) for line in c.lines[1:])):
                out += [replace(c, text=line, lines=(line,), list_number=None)
                        for line in c.lines]
            else:
                out.append(c)
        return tuple(out)
    found: tuple[Chunk, ...] = ctx.once("labelled_prose", split)
    return found


def goals_from_text(ctx: Ctx) -> tuple[list[str], list[str]]:
    """Goals of "Цель …" statements or headings; tasks a goal statement leads into."""
    goals: list[str] = []
    tasks: list[str] = []
    prose = labelled_prose(ctx)
    for i, c in enumerate(prose):
        rest = strip_label(ctx, drop_number(c.text), ctx.vocab.goal_words)
        if rest is None or ctx.lemmas(rest)[:1] == ("и",):  # "Цели и задачи …" heading
            goals += _combined_statement(ctx, drop_number(c.text), prose[i + 1 : i + 2])
            continue
        if rest:
            text, used = join_broken(with_text(c, rest), list(prose[i + 1 :]))
            goal, leads = _split_goal(ctx, text)
            goals.append(list_item(goal if leads else first_statement(ctx, goal)))
            if leads:
                tasks += list_items(prose, i + 1 + used)[0]
            else:
                goals += continued_items(prose, i + 1 + used, text) \
                    or plain_goals(ctx, prose, i + 1 + used, c.text, text)
            continue
        if section_entry(prose, i):  # a contents' entry "1.10. Цель Программы": no statement
            continue
        items, _ = list_items(prose, i + 1)
        if items:
            goals += items
        elif i + 1 < len(prose) and not (prose[i + 1].bold or prose[i + 1].heading
                                         or _bare_label(ctx, prose[i + 1].text)):
            # (facts61: "Цель программы" / "Задачи программы": a passport's labels printed
            # before their values — the next label is no goal)
            goals.append(list_item(join_broken(prose[i + 1], list(prose[i + 2 :]))[0]))
    return [g for g in goals if g], tasks


_COMBINED_HEAD_WORDS = 8  # "Цели и задачи работы школьной библиотеки": a heading, no sentence


def _combined_statement(ctx: Ctx, text: str, after: tuple[Chunk, ...]) -> list[str]:
    """"Основные цели и задачи библиотеки:" with one sentence after its colon and a new
    section (not a list) after it: that sentence is the goal; a list under the heading holds
    goals and tasks alike and stays unread here."""
    head, colon, statement = text.partition(":")
    words = _WORD.findall(head)
    if words and set(ctx.lemmas(words[0])) & ctx.vocab.label_adjectives:
        words = words[1:]  # "Основные цели и задачи"
    if not 3 <= len(words) <= _COMBINED_HEAD_WORDS \
            or not set(ctx.lemmas(words[0])) & ctx.vocab.goal_words \
            or words[1].lower() != "и" or not set(ctx.lemmas(words[2])) & ctx.vocab.task_words:
        return []
    statement = statement.strip()
    if not colon or not statement or ";" in statement or SENTENCE_BREAK.search(statement):
        return []
    if after and after[0].list_number and not after[0].list_number[:1].isalnum():
        return []  # "- …": the heading's list goes on
    return [list_item(statement)]


def tasks_from_text(ctx: Ctx) -> list[str]:
    """Items under "Задачи …:" headings (or written after the heading on the same line)."""
    tasks: list[str] = []
    prose = labelled_prose(ctx)
    for i, c in enumerate(prose):
        rest = strip_label(ctx, drop_number(c.text), ctx.vocab.task_words, plural_only=True)
        if rest is None:
            if i and strip_label(ctx, drop_number(prose[i - 1].text), ctx.vocab.goal_words):
                tasks += _single_task(ctx, drop_number(c.text))
            continue
        if not rest:
            tasks += [] if section_entry(prose, i) else _audience_lists(ctx, prose, i + 1)
            continue
        # "Задачи Программы:  - Решение вопросов …" / "несовершеннолетних …": a value wrapped
        # over the indented lines of a space-aligned passport goes on in lower case
        text, used = join_broken(with_text(c, rest), list(prose[i + 1 :]))
        tasks += [*split_inline(text), *continued_items(prose, i + 1 + used, text),
                  *_dashed_items(prose, i + 1 + used, text)]
    return tasks


def _single_task(ctx: Ctx, text: str) -> list[str]:
    """"Задача - приведение зданий … в соответствие с нормами.": the singular label, its
    separator and one statement (one sentence, no list) right after "Цель - …" — the
    programme's one task beside its one goal (a "Задача:" inside a section is the section's)."""
    rest = strip_label(ctx, text, ctx.vocab.task_words)
    if not rest or not _SEPARATOR.search(text[: len(text) - len(rest)]) or ";" in rest \
            or SENTENCE_BREAK.search(rest):
        return []
    return [list_item(rest)]


def _dashed_items(prose: tuple[Chunk, ...], start: int, text: str) -> list[str]:
    """"Задачи:  - a;" / "- b.": after a value ending with ";", the dash list under it is the
    value's next items (a numbered list after it is a new section's)."""
    if not text.rstrip().endswith(";") or start >= len(prose):
        return []
    mark = prose[start].list_number or ""
    return list_items(prose, start)[0] if mark and not mark[:1].isalnum() else []


def _audience_lists(ctx: Ctx, prose: tuple[Chunk, ...], start: int) -> list[str]:
    """Items of the list from `start` on, or of the lists under lines naming whom the tasks
    concern ("С детьми:" / "1. …" / "С родителями:" / "1. …")."""
    items, i = list_items(prose, start)
    while i < len(prose) and any(rx.match(prose[i].text) for rx in ctx.vocab.task_audiences):
        more, i = list_items(prose, i + 1)
        if not more:
            break
        items += more
    return items or _infinitive_items(ctx, prose, start) or plain_items(prose, start)


def _infinitive_items(ctx: Ctx, prose: tuple[Chunk, ...], start: int) -> list[str]:
    """"Задачи:" / "Продолжить работу по …" / "Привести в соответствие …": tasks printed as
    paragraphs with no number or bullet, each opening with its verb in the infinitive; the
    list ends at the first paragraph that does not (a heading, a label, a sentence)."""
    items: list[str] = []
    for c in prose[start:]:
        first = c.text.split(maxsplit=1)[:1]
        if items and _goes_on(items[-1], c):
            # a line a text export or a PDF page printed apart: "… опыта" / "воспитательной …"
            items[-1] = f"{items[-1]} {c.text.strip()}"
            continue
        if c.cells is not None or c.heading or c.bold or not first or not first[0].isalpha() \
                or ctx.tools.tag(first[0].lower())[0] != "INFN":
            break
        items.append(c.text.strip())
    return [x for x in map(list_item, items) if x]


def _goes_on(item: str, c: Chunk) -> bool:
    """The chunk is the rest of the item's sentence: lower case after no final stop."""
    return c.cells is None and not c.heading and not c.list_number \
        and c.text[:1].islower() and not item.rstrip().endswith((".", ";", "!", "?"))


def _row_value(ctx: Ctx, chunks: tuple[Chunk, ...], i: int, words: frozenset[str],
               plural_only: bool) -> str | None:
    cells = [x for x in (chunks[i].cells or ()) if x]
    for k, label in enumerate(cells[:2]):
        if strip_label(ctx, label, words, plural_only) == "" and k + 1 < len(cells):
            if len(cells) > k + 2 and all(reads_as_caption(t, ctx.tools) for t in cells[k + 1:]):
                return None  # "Мероприятие | Цель мероприятия | Сроки | …": a table's captions
            value = " ".join(cells[k + 1 :])
            for nxt in chunks[i + 1 :]:  # a row wrapped across a page break
                if (nxt.cells and nxt.cells[0]) or not nxt.text[:1].islower():
                    break
                value = f"{value} {nxt.text}"
            return value
    return None


def from_rows(ctx: Ctx, words: frozenset[str], plural_only: bool = False) -> list[str]:
    """Values of passport rows labelled "Цель …" / "Задачи …", list cells split into items."""
    out: list[str] = []
    for i in range(len(ctx.chunks)):
        value = _row_value(ctx, ctx.chunks, i, words, plural_only)
        if value:
            out += split_inline(value)
    return out


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold().replace("ё", "е")).strip()


def dedupe(items: list[str], known: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Items in order, each once, leaving out those `known` already (up to case, punctuation)
    and those that state nothing (extract/statements.py)."""
    seen = {_key(k) for k in known}
    out = []
    for item in items:
        if statement_like(item) and _key(item) not in seen:
            seen.add(_key(item))
            out.append(item)
    return tuple(out)
