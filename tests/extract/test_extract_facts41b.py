"""Document facts of institutions' covers (facts41b, written again with invented schools):
an order's date typed with a space after each full stop ("31. 03. 22 г."), whose day a
reader takes for a numbered item's marker."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, lines_doc, pdf_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    from facts_helpers import full_tools
    return full_tools()


SPACED_DATES = [
    # a Word letterhead: the date's parts spaced, the year short, the number after tab stops
    (docx_doc("Муниципальное бюджетное общеобразовательное учреждение",
              "Сосновская основная общеобразовательная школа", "ПРИКАЗ",
              "05. 04. 21 г.        № 9-а", "О школьном спортивном клубе",
              "ПРИКАЗЫВАЮ:", "1. Создать школьный спортивный клуб."), ("9-а", "2021-04-05")),
    # a text export: the line reader reads "14." as an item's number
    (lines_doc("МБДОУ детский сад № 3 «Ромашка»\n\nПРИКАЗ\n\n14. 11. 2022 г. № 52\n\n"
               "Об организации платных кружков\n\nПРИКАЗЫВАЮ:\n\n1. Открыть кружки."),
     ("52", "2022-11-14")),
]


@pytest.mark.parametrize(("doc", "expected"), SPACED_DATES)
def test_spaced_date_under_act_word(doc, expected, tools) -> None:
    got = facts_of(doc, tools).document
    assert (got.order_number, iso_date(got.order_date_text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("31. 03. 22 г. № 14", (None, "31. 03. 22 г. № 14")),
    ("1. Назначить ответственного", ("1.", "Назначить ответственного")),
    ("3. 10.05.2023 провести собрание", ("3.", "10.05.2023 провести собрание")),
])
def test_spaced_date_is_no_item_number(text, expected) -> None:
    from extract.facts.lines import _split_marker
    assert _split_marker(text) == expected


# Two grifs side by side, read row by row without their tab: the council's minutes on the
# left, the approving order on the right of one printed row.
TWIN_GRIFS = [
    (pdf_doc("РАССМОТРЕНО УТВЕРЖДАЮ", "на педагогическом совете Приказом заведующего",
             "МБДОУ № 7 «Берёзка»", "протокол № 3 от 27.05.2023 № 64-од от 29.05.2023",
             "ПЛАН РАБОТЫ НА ЛЕТНИЙ ПЕРИОД 2023 ГОДА"), ("64-од", "2023-05-29")),
    (pdf_doc("ПРИНЯТА УТВЕРЖДЕНА", "решением управляющего совета приказом директора",
             "Протокол от 11.01.2022 г. № 2 от 12.01.2022 г. № 7",
             "ПРОГРАММА РАЗВИТИЯ ШКОЛЫ НА 2022-2026 ГОДЫ"), ("7", "2022-01-12")),
    # one run of requisites: the approver's own line, not a twin row
    (pdf_doc("ПРИНЯТО УТВЕРЖДЕНО", "педагогическим советом приказом директора",
             "Протокол № 1", "от 30.08.2021 № 45", "ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ"),
     None),
]


@pytest.mark.parametrize(("doc", "expected"), TWIN_GRIFS)
def test_twin_grifs_right_requisites(doc, expected, tools) -> None:
    from extract.facts.ctx import Ctx
    from extract.facts.lines import chunks
    from extract.facts.twin_grifs import requisites_beside_council
    from extract.facts.vocab import facts_vocab
    from extract.found import Found
    ctx = Ctx(chunks=tuple(chunks(doc)), found=Found(), tools=tools, vocab=facts_vocab())
    got = requisites_beside_council(ctx)
    assert ((got.number, iso_date(got.date)) if got else None) == expected


# A site card's title names its owner by the form and a bare number, no "№".
@pytest.mark.parametrize(("title", "expected"), [
    ("Дорожная карта по ФОП МБДОУ 21", "МБДОУ 21"),
    ("План работы по наставничеству МБОУ СОШ 4", "МБОУ СОШ 4"),
    ("План мероприятий МАДОУ 7 на 2024 год", "МАДОУ 7"),
    ("План мероприятий МБДОУ № 5", "МБДОУ № 5"),
])
def test_bare_number_in_title_owner(title, expected, tools) -> None:
    from extract.facts.ctx import Ctx
    from extract.facts.institution import issuer_from_title
    from extract.facts.vocab import facts_vocab
    from extract.found import Found
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert issuer_from_title(ctx, title) == expected


# A legal form joined to the school's type by a hyphen ("МОУ-СОШ") is an institution's word.
@pytest.mark.parametrize(("word", "expected"), [
    ("МОУ-СОШ", True), ("МБОУ-ООШ", True), ("МБОУСОШ", True), ("СОШ", True),
    ("ИВАНОВ-СОШ", False), ("ФГОС-ДО", False),
])
def test_hyphenated_form_and_type(word, expected) -> None:
    from extract.facts.vocab import facts_vocab, institution_word
    assert institution_word(facts_vocab(), word) is expected
