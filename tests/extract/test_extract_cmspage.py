"""School pages from site engines (written again with invented schools and places): an
engine's chrome over an order printed on one line with "По <school>" before its quoted
subject, and a self-examination's opening sentence with the kind's common words before the
school's short name and the examination's dates."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.cms_chrome import without_engine_chrome
from extract.facts.lines import Chunk
from extract.facts.vocab import facts_vocab
from ingest.models import Provenance

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import page_summary

_CHROME = ("Приказ о проведении недели здоровья |\n|\nНовости\n|\nНовости\n"
           "Автор: Administrator\n03.10.2022 00:00 |\n")
_ORDER = ("Приказ №15 от 30.09.2022 г. По Сосновской средней школе «О проведении недели "
          "здоровья»\nВ целях пропаганды здорового образа жизни\nПРИКАЗЫВАЮ:\n"
          "1. Провести неделю здоровья с 10 по 14 октября 2022 года.\n"
          "2. Контроль за исполнением приказа оставляю за собой.\n"
          "Директор школы А.А. Лебедев\n")
_EXAM = ("Отчет о результатах самообследования\n\n{sentence}\n\n"
         "1. Общие сведения\n\nЛицей расположен в городе Заречный.\n")



@pytest.mark.parametrize(("text", "expected"), [
    # the engine's chrome over the one-line order: the quoted subject, the school in the
    # nominative, the order's own requisites
    (_CHROME + _ORDER, {"kind": "order", "title": "О проведении недели здоровья",
                        "issuer": "Сосновская средняя школа", "period": None,
                        "order": ("15", "2022-09-30")}),
    # the same order without the chrome
    (_ORDER, {"kind": "order", "title": "О проведении недели здоровья",
              "issuer": "Сосновская средняя школа", "period": None,
              "order": ("15", "2022-09-30")}),
    # a short form's name after "По" is kept as printed
    (_ORDER.replace("По Сосновской средней школе", "По МБОУ «Лесная СОШ»"),
     {"kind": "order", "title": "О проведении недели здоровья", "issuer": "МБОУ «Лесная СОШ»",
      "period": None, "order": ("15", "2022-09-30")}),
])
def test_one_line_order_under_chrome(text: str, expected: dict[str, object],
                                     tmp_path: Path) -> None:
    assert page_summary(text, tmp_path) == expected


@pytest.mark.parametrize(("sentence", "issuer", "period"), [
    ("Самообследование общеобразовательного учреждения МБОУ «Лицей № 2» проведено на "
     "основании приказа от 15.01.2021 г. № 4 в сроки с 01.02.2021 г. по 31.03.2021 г.",
     "МБОУ «Лицей № 2»", (2021, 2021)),
    # dates in two years name no one year examined
    ("Самообследование образовательной организации МАОУ «Лицей № 2» проведено в сроки с "
     "01.12.2020 г. по 31.03.2021 г.", "МАОУ «Лицей № 2»", None),
    # the dates of another sentence (an event's) are no examination's
    ("Самообследование МБОУ «Лицей № 2» проведено по приказу директора. Олимпиада прошла "
     "в сроки с 01.02.2021 г. по 10.02.2021 г.", "МБОУ «Лицей № 2»", None),
])
def test_self_examination_opening(sentence: str, issuer: str, period: tuple[int, int] | None,
                                  tmp_path: Path) -> None:
    got = page_summary(_EXAM.format(sentence=sentence), tmp_path)
    assert (got["issuer"], got["period"]) == (issuer, period)


def _chunk(text: str) -> Chunk:
    return Chunk(text=text.replace("\n", " "), source=Provenance(), lines=tuple(text.split("\n")))


def test_chrome_needs_an_engine_mark() -> None:
    """Short lines and pipes alone (a letterhead's lines) are no engine's chrome."""
    plain = [_chunk("Школа\n|\nНовости"), _chunk("Приказ № 3 от 01.09.2022")]
    assert without_engine_chrome(plain, facts_vocab()) == plain
    marked = [_chunk("Новости\nАвтор: Admin\n01.09.2022 10:00 |"),
              _chunk("Приказ № 3 от 01.09.2022")]
    assert without_engine_chrome(marked, facts_vocab()) == marked[1:]
