"""Text saved a paragraph per line (site exports, no blank lines between paragraphs): a line
wider than any hard wrap ends its paragraph, so a title does not take the preamble after it;
short lines still group, and hard-wrapped text keeps joining its lines. (lines, paragraph
texts) cases."""

from __future__ import annotations

import pytest

from ingest.limits import Limits
from ingest.models import Paragraph, Table
from ingest.text.lines import is_line_per_paragraph
from ingest.text.reader import read_text

TITLE = ("Об утверждении порядка проведения муниципального конкурса методических разработок "
         "педагогов дополнительного образования Озёрского округа")
PREAMBLE = ("В соответствии с Федеральным законом об образовании и планом работы управления "
            "образования на текущий учебный год, в целях поддержки педагогов, работающих с "
            "детьми в объединениях технической и естественнонаучной направленности")
NAME = ("\"Развитие сети кружков технического творчества в сельских и поселковых школах "
        "Озёрского округа\" на 2025-2029 годы")
WRAPPED = ["В соответствии с планом работы управления образования на текущий год и в",
           "целях поддержки молодых педагогов округа провести в марте конкурс открытых",
           "уроков среди учителей начальных классов всех школ округа, а итоги подвести",
           "до конца апреля на совещании руководителей."]


def _paragraphs(lines: list[str]) -> list[str]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize(("lines", "texts"), [
    # the wide title line ends its paragraph: the preamble on the next line is its own
    (["ПОСТАНОВЛЕНИЕ", "от 3 марта 2025 г. № 41", TITLE, PREAMBLE, "ПОСТАНОВЛЯЮ:"],
     ["ПОСТАНОВЛЕНИЕ\nот 3 марта 2025 г. № 41\n" + TITLE, PREAMBLE, "ПОСТАНОВЛЯЮ:"]),
    # a kind word on its line and the wide name after it stay one title (the title's own
    # block: the approval stamp above it is a paragraph of its own, as in the original)
    (["Утверждена", "постановлением администрации", "Муниципальная программа", NAME, PREAMBLE],
     ["Утверждена\nпостановлением администрации", "Муниципальная программа\n" + NAME,
      PREAMBLE]),
    # a wide line broken by hand: what goes on after it without a capital stays with it
    (["ПРИНЯТО:", "на педагогическом совете", TITLE, "№ 7 «Берёзка»", "за 2024 год"],
     ["ПРИНЯТО:\nна педагогическом совете\n" + TITLE + "\n№ 7 «Берёзка»\nза 2024 год"]),
    # hard-wrapped text: its lines join as before
    ([*WRAPPED, "", "Начальник управления", "О.П. Светлова"],
     ["\n".join(WRAPPED), "Начальник управления\nО.П. Светлова"]),
])
def test_wide_line_ends_paragraph(lines: list[str], texts: list[str]) -> None:
    assert _paragraphs(lines) == texts


@pytest.mark.parametrize(("lines", "per_line"), [
    (["ПОСТАНОВЛЕНИЕ", "от 3 марта 2025 г. № 41", TITLE, PREAMBLE], True),
    (WRAPPED, False),  # every line near the wrap width
    (["Начальник управления", "О.П. Светлова", "ПРИКАЗ"], False),  # nothing wide: no evidence
    (["ПРИКАЗ", "Мероприятие\tСрок\t" + TITLE, "Итоги"], False),  # table rows are not prose
])
def test_line_per_paragraph_detected(lines: list[str], per_line: bool) -> None:
    assert is_line_per_paragraph(lines) is per_line


def _blocks(lines: list[str]) -> list[tuple[str, ...]]:
    doc = read_text("\n".join(lines).encode(), "t.txt", Limits())
    return [tuple(c.text for r in b.rows for c in r.cells) if isinstance(b, Table) else (b.text,)
            for b in doc.blocks]


@pytest.mark.parametrize(("lines", "blocks"), [
    # a lone pipe row: grifs side by side in a layout table, each cell its own
    (["Муниципальное бюджетное общеобразовательное учреждение «Школа № 4»",
      "| Принята на педагогическом совете Протокол № 2 от 10.01.2025 | Приказ № 5 од от "
      "15.01.2025 |", "ПРОГРАММА"],
     [("Муниципальное бюджетное общеобразовательное учреждение «Школа № 4»",),
      ("Принята на педагогическом совете Протокол № 2 от 10.01.2025",
       "Приказ № 5 од от 15.01.2025"),
      ("ПРОГРАММА",)]),
    # a lone line laid out with tabs stays one paragraph
    (["Директор\t\tТ.Г. Лескова"], [("Директор Т.Г. Лескова",)]),
])
def test_lone_pipe_row_is_table(lines: list[str], blocks: list[tuple[str, ...]]) -> None:
    assert _blocks(lines) == blocks
