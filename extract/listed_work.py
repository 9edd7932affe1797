"""A report of measures held that lists its work under a lead closing with a colon:

    Субботник по уборке территории                        ← the page's heading
    12 апреля в МБОУ «…» проведен субботник …             ← the story
    Объем выполненных работ:                              ← the lead (work + done)
      — Уборка площадки перед школой.                     ← a measure (a dash item)
      — Сбор мусора на территории школьного двора.        ← a measure

The items may be paragraphs too ("… была проделана следующая работа:" over one paragraph per
measure). Each is an activity named as printed, its marker dropped, with no deadline (a date in
its text is the story's: docs/CONTRACT.md "News pages of measures held"). Runs only on a
document already read as a report with no activities: a plan's "необходимо провести следующие
мероприятия:" is refused by its words, and a plan is no report. Measures named inline after a
colon in the lead's own sentence ("состоялись следующие мероприятия: встреча …, викторина …")
are no list: the lead must close its line. A short line closing with a colon whose words name
no work ("В ходе месячника:") leads the list when every item under it tells of something done
("Ребята посмотрели …"). The list stops at a conclusion ("Итоги: …", "Все мероприятия …
проведены"), even printed on the last item's lines; a campaign note's sentences under no
colon are its story, no activities (docs/CONTRACT.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extract.found import Found
from extract.models import DraftActivity
from extract.prose_report import MEASURE_WORDS, general_opener, printed_lines
from extract.tools import ExtractTools
from extract.vocab import load_yaml
from ingest.models import Paragraph, SourceDocument

_LEAD_WORDS = 80  # a lead sentence, a long purpose clause included
_CLOSING_WORDS = 5  # "была проделана следующая работа:", "проведены следующие мероприятия:"
_SHORT_LEAD = 6  # words of a lead known by its items alone
_MIN_ITEMS = 2


@dataclass(frozen=True)
class _Vocab:
    nouns: frozenset[str]
    verbs: frozenset[str]
    refused: frozenset[str]


@cache
def _vocab() -> _Vocab:
    data = load_yaml("listed_work")
    return _Vocab(frozenset(data["nouns"]), frozenset(data["verbs"]), frozenset(data["refused"]))


def is_lead(text: str, tools: ExtractTools) -> bool:
    """A line closing with a colon that announces work done ("Объем выполненных работ:")."""
    if not text.rstrip().endswith(":") or len(text.split()) > _LEAD_WORDS:
        return False
    # the lead's closing words name the work done ("… была проделана следующая работа:"); a
    # self-examination's "… проведена оценка:" over its aspects names none
    lemmas = set(tools.lemmas(" ".join(text.split()[-_CLOSING_WORDS:])))
    v = _vocab()
    return bool(lemmas & v.nouns and lemmas & v.verbs) \
        and not set(tools.lemmas(text)) & v.refused


def _items(paras: list[Paragraph], tools: ExtractTools) -> list[Paragraph]:
    """The measures under the lead: its run of list items, else its paragraphs up to a
    conclusion, another lead or a long narrative."""
    if paras and paras[0].list_number:
        run = []
        for p in paras:
            # "Итоги: …" printed under the last item is the note's conclusion, not its line
            if not p.list_number or _closes(p.text.strip(), tools):
                break
            run.append(p)
        return run
    out = []
    for p in paras:
        text = p.text.strip()
        if p.heading or len(text.split()) > MEASURE_WORDS or _closes(text, tools):
            break
        out.append(p)
    return out


def _closes(text: str, tools: ExtractTools) -> bool:
    """The line ends the list: another lead, or a conclusion or an aim ("Итоги: …", "Таким
    образом", "Все мероприятия проведены …")."""
    return text.endswith(":") or general_opener(text, tools)


def _lead_by_items(paras: list[Paragraph], k: int, tools: ExtractTools) -> bool:
    """A short line closing with a colon ("В ходе месячника:", "Мероприятия декады:") over
    items that each tell of something done ("Ребята посмотрели …", "проведена беседа"): the
    items show it leads a list of work done, though its own words do not say so."""
    text = paras[k].text
    if not text.rstrip().endswith(":") or len(text.split()) > _SHORT_LEAD \
            or general_opener(text, tools) or set(tools.lemmas(text)) & _vocab().refused:
        return False
    items = _items(paras[k + 1:], tools)
    done = [p for p in items if any(map(tools.is_done, p.text.split()))]
    return len(items) >= _MIN_ITEMS and len(done) == len(items)


def extract(doc: SourceDocument, found: Found, tools: ExtractTools) -> Found:
    """Activities listed under a report's lead of work done, when nothing earlier read any."""
    if found.activities or found.document.kind != "report":
        return Found()
    paras = printed_lines(doc)
    at = next((k for k, p in enumerate(paras) if is_lead(p.text, tools)), None)
    why = "lead's words"
    if at is None:
        at = next((k for k in range(len(paras)) if _lead_by_items(paras, k, tools)), None)
        why = "items done"
    if at is None:
        return Found()
    items = _items(paras[at + 1:], tools)
    if not items:
        return Found()
    acts = tuple(DraftActivity(title=" ".join(p.text.split()), source=p.source) for p in items)
    lead = " ".join(paras[at].text.split())[-40:]
    return Found(activities=acts, trace=(f"listed_work:{len(acts)} under {lead!r} ({why})",))
