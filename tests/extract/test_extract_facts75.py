"""Plans of measures and campaign notes as sites flatten them (session facts75, dev75; every
text invented: towns, schools and people are not real)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.pipeline import extract_document
from extract.tools import ExtractTools
from pipelines.run import default_tools, extract_tools, process_file

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, table


def _record(text: str, tmp_path: Path, name: str = "page.txt") -> dict[str, object]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process_file(path).model_dump()


_AIMS = ("План мероприятий по улучшению чтения в МБОУ Ольховской СОШ",
         "Цель: улучшение читательской грамотности школьников", "Задачи:",
         "1.Обновление школьной библиотеки новыми книгами.",
         "2.Вовлечение родителей в семейное чтение.",
         "3.Проведение читательских конференций для старших классов.")


@pytest.fixture(scope="module")
def _tools() -> ExtractTools:
    return extract_tools(default_tools())


@pytest.mark.parametrize(("paras", "tasks", "activities"), [
    # a numbered "Задачи:" list under a plan's bold title: the plan's tasks, no measures
    ((*_AIMS, "План включает следующие разделы:"), 3, 0),
    # numbered measures under a section heading of the same plan stay measures
    ((*_AIMS, "I. Работа с книгами", "1. Выставка новых книг.",
      "2. Конкурс чтецов среди пятых классов."), 3, 2),
])
def test_task_list_no_measures(paras: tuple[str, ...], tasks: int, activities: int,
                               _tools: ExtractTools) -> None:
    draft = extract_document(docx_doc(*paras, bold=(0, len(_AIMS))), _tools)
    assert (len(draft.tasks), len(draft.activities)) == (tasks, activities)


_NOTE = ("Аналитическая справка по проведению мероприятий в рамках весенней недели "
         "«Безопасная дорога»\n"
         "Во исполнение приказа отдела образования г. Кленовска {cited} от 11.03.2021 г.№ 45, "
         "комплексного плана мероприятий по безопасности детей на территории {plan} на 2021 "
         "год, был составлен план недели в МБДОУ детском саду №4 г. Кленовска {term}.\n"
         "Цель: закрепление знаний детей о правилах дорожного движения\n")


@pytest.mark.parametrize(("cited", "plan", "term", "region", "year"), [
    # regions named only by the cited order and the cited regional plan: none of the note's own
    ("Луговской области", "Луговской области", "с 15.03.2021г. по 24.03.2021г.", None, 2021),
    ("", "Луговской области", "с 15.03.2021 по 24.03.2021", None, 2021),
    # a term over two years gives no one year
    ("", "Луговской области", "с 28.12.2020г. по 10.01.2021г.", None, None),
])
def test_campaign_note_cited_plan_and_term(cited: str, plan: str, term: str, region: str | None,
                                           year: int | None, tmp_path: Path) -> None:
    rec = _record(_NOTE.format(cited=cited, plan=plan, term=term), tmp_path)
    doc = rec["document"]
    assert isinstance(doc, dict)
    assert doc["kind"] == "report"
    assert doc["region"] == region
    assert (doc["period"] or {}).get("start_year") == year


@pytest.mark.parametrize(("text", "region"), [
    # the document's own heading names its region: kept
    ("План мероприятий Луговской области по безопасности детей на 2021 год\n\n"
     "В рамках реализации программы «Безопасность» разработан настоящий план.\n",
     "Луговская область"),
    # a plan named as the basis "в рамках реализации программы … Луговской области": cited
    ("План мероприятий школы по безопасности детей на 2021 год\n\n"
     "В рамках реализации программы по защите детей Луговской области на 2020-2024 годы "
     "разработан настоящий план.\n", None),
])
def test_cited_plan_region(text: str, region: str | None, tmp_path: Path) -> None:
    doc = _record(text, tmp_path)["document"]
    assert isinstance(doc, dict)
    assert doc["region"] == region


_CARD = ("Программа кружка\nметодическая разработка\n\n"
         "Программа кружка чтения МБОУ Ольховская СОШ на 2023-2024 учебный год\n\n"
         "Скачать:\n\n\nПредварительный просмотр:\n\n"
         "Муниципальное бюджетное общеобразовательное учреждение\n\n"
         " Ольховская средняя общеобразовательная школа\n\n{heading}\n\n"
         "{credit}\n\n                    2023 г.\n\nСостав кружка\n\n")


@pytest.mark.parametrize(("heading", "credit", "kind", "title", "issuer", "signed"), [
    # the file's own heading under the preview caption wins over the card; the credit line
    # "Руководитель: …" on its cover signs nothing
    ("ПЛАН РАБОТЫ\n\nкружка чтения\n\nна 2023/2024 учебный год", "Руководитель: Белова Н.С.",
     "roadmap", "ПЛАН РАБОТЫ кружка чтения на 2023/2024 учебный год",
     "Муниципальное бюджетное общеобразовательное учреждение Ольховская средняя "
     "общеобразовательная школа", 0),
    ("ПЛАН РАБОТЫ\n\nкружка чтения\n\nна 2023/2024 учебный год", "Составитель: Белова Нина "
     "Сергеевна", "roadmap", "ПЛАН РАБОТЫ кружка чтения на 2023/2024 учебный год",
     "Муниципальное бюджетное общеобразовательное учреждение Ольховская средняя "
     "общеобразовательная школа", 0),
])
def test_file_card_over_own_heading(heading: str, credit: str, kind: str, title: str,
                                    issuer: str, signed: int, tmp_path: Path) -> None:
    doc = _record(_CARD.format(heading=heading, credit=credit), tmp_path)["document"]
    assert isinstance(doc, dict)
    assert (doc["kind"], doc["title"], doc["issuer"], len(doc["signatories"])) == (
        kind, title, issuer, signed)


def test_card_stands_without_own_heading(tmp_path: Path) -> None:
    # nothing under the caption opens with a genre word: the card's title stays the title
    text = _CARD.format(heading="Пояснительная записка", credit="Кружок работает по средам.")
    doc = _record(text, tmp_path)["document"]
    assert isinstance(doc, dict)
    assert doc["title"] is not None and doc["title"].startswith("Программа кружка")


_PIPES = ("План\nпроведения недели безопасности\n"
          "N |\nМероприятия |\nСроки проведения |\nИсполнители |\n"
          "1. |\nПровести инструктажи для работников школ о мерах безопасности. |\n"
          "до 20.10.2022 |\nНачальник отдела образования администрации округа |\n"
          "{row} | |||\n"
          "2. |\nПровести учебную эвакуацию в школах округа. |\nдо 25.10.2022 |\n"
          "Руководители школ |\n")


@pytest.mark.parametrize(("row", "first", "sections"), [
    # a party on a row of its own under the row's responsibles: the same cell's next line
    ("Заведующий сектором культуры администрации округа",
     ["Начальник отдела образования администрации округа",
      "Заведующий сектором культуры администрации округа"], [None, None]),
    # a section's name opening with an adjective stays a section
    ("Муниципальные мероприятия", ["Начальник отдела образования администрации округа"],
     [None, "Муниципальные мероприятия"]),
])
def test_party_on_row_of_its_own(row: str, first: list[str], sections: list[str | None],
                                 tmp_path: Path) -> None:
    acts = _record(_PIPES.format(row=row), tmp_path)["activities"]
    assert isinstance(acts, list)
    assert acts[0]["responsibles"] == first
    assert [a["section"] for a in acts] == sections


_RUN_TOGETHER = ("План по пожарной безопасности воспитанников на 2025-2026 уч год\n"
                 "Содержание работы Срок исполнения Ответственный\n"
                 "Блок 1. Работа с педагогами\n"
                 "Инструктаж по пожарной безопасности для педагогов в течение года "
                 "Заведующий\n"
                 "Обновление уголка пожарной безопасности\n"
                 "в течение года воспитатели групп\n"
                 "Блок 2.Работа с детьми\n"
                 "Беседа «Спички детям не игрушка» Октябрь Воспитатели групп\n"
                 "{last}")


@pytest.mark.parametrize(("last", "titles"), [
    # rows run together on a line, one wrapped onto the next, a label glued to its section's
    # name; the last row cut inside its quote by the text's end is left out
    ("Викторина «Огонь", ["Инструктаж по пожарной безопасности для педагогов",
                          "Обновление уголка пожарной безопасности",
                          "Беседа «Спички детям не игрушка»"]),
    ("Викторина «Огонь — друг» Ноябрь Воспитатели групп",
     ["Инструктаж по пожарной безопасности для педагогов",
      "Обновление уголка пожарной безопасности", "Беседа «Спички детям не игрушка»",
      "Викторина «Огонь — друг»"]),
])
def test_unnumbered_flat_rows(last: str, titles: list[str], tmp_path: Path) -> None:
    rec = _record(_RUN_TOGETHER.format(last=last), tmp_path)
    acts = rec["activities"]
    assert isinstance(acts, list)
    assert [a["title"] for a in acts] == titles
    assert [a["section"] for a in acts[:3]] == ["Работа с педагогами", "Работа с педагогами",
                                                "Работа с детьми"]
    # "уч год": the school year, so "в течение года" spans September to August
    assert acts[0]["deadline"]["start"] == "2025-09-01"
    assert acts[0]["deadline"]["end"] == "2026-08-31"
    assert acts[2]["deadline"]["start"] == "2025-10-01"



@pytest.mark.parametrize(("item", "year"), [
    # a page printing the act from its preamble on: no title from the item (CONTRACT `title`)
    ("1. Утвердить межведомственный план мероприятий по профилактике правонарушений в "
     "Кленовском муниципальном районе на 2023 год (далее - План) согласно приложению.", 2023),
    ("1. Утвердить прилагаемый план мероприятий по профилактике правонарушений на 2024 год.",
     2024),
])
def test_preamble_page_no_title(item: str, year: int, tmp_path: Path) -> None:
    text = ("В соответствии с Федеральным законом от 6 октября 2003 г. N 131-ФЗ, в целях "
            f"профилактики правонарушений постановляю:\n\n{item}\n\n"
            "2. Возложить контроль за исполнением Плана на заместителя главы района.\n")
    doc = _record(text, tmp_path)["document"]
    assert isinstance(doc, dict)
    assert (doc["kind"], doc["title"], (doc["period"] or {}).get("start_year")) == (
        "roadmap", None, year)


@pytest.mark.parametrize(("paras", "title", "issuer"), [
    # a form's heading breaks off at "в" before the filled-in blank: it goes on over the blank's
    # value and the line after the caption; the report names the institution that did the work
    (("СПРАВКА", "о проделанной работе в", "____МБДОУ «Детский сад №8»____",
      "(наименование образовательной организации)",
      "в рамках недели безопасности «Осторожно, лёд!»", "- Проведено бесед — __4__."),
     "СПРАВКА о проделанной работе в МБДОУ «Детский сад №8» в рамках недели безопасности "
     "«Осторожно, лёд!»", "МБДОУ «Детский сад №8»"),
    # a blank left empty: the heading stays as printed
    (("СПРАВКА", "о проделанной работе в", "______________________",
      "(наименование образовательной организации)",
      "в рамках недели безопасности «Осторожно, лёд!»"),
     "СПРАВКА о проделанной работе в", None),
])
def test_form_heading_over_blank(paras: tuple[str, ...], title: str, issuer: str | None,
                                 _tools: ExtractTools) -> None:
    doc = extract_document(docx_doc(*paras), _tools).document
    assert (doc.kind, doc.title, doc.issuer) == ("report", title, issuer)


_HEAD = ("№", "Мероприятие", "Дата проведения", "Ответственные")
_ROW1 = ("1", "Смотр строя и песни", "Февраль", "Учитель физкультуры")


@pytest.mark.parametrize(("last", "titles"), [
    # the text's last row stops inside it: a word broken at a hyphen, a quote left open
    (("2", "Викторина знато-", "Март –", "Все желающие"), ["Смотр строя и песни"]),
    (("2", "Акция «Г", "", ""), ["Смотр строя и песни"]),
    # a whole row stays, a hyphen inside a cell's word too
    (("2", "Акция «Георгиевская лента»", "Май", "Педагог-организатор"),
     ["Смотр строя и песни", "Акция «Георгиевская лента»"]),
])
def test_last_row_cut_marks(last: tuple[str, ...], titles: list[str],
                            _tools: ExtractTools) -> None:
    doc = docx_doc("План мероприятий месячника патриотического воспитания",
                   table(_HEAD, _ROW1, last))
    assert [a.title for a in extract_document(doc, _tools).activities] == titles


@pytest.mark.parametrize(("first", "title"), [
    # a flipbook viewer's label over a page printing no heading: the book's name
    ("Page 54 - Сборник планов воспитательной работы", "Сборник планов воспитательной работы"),
    ("Страница 12 – Сборник планов воспитательной работы",
     "Сборник планов воспитательной работы"),
    # the same line without the viewer's page mark: no label, and no genre word to make a title
    ("Сборник планов воспитательной работы", None),
])
def test_viewer_label_title(first: str, title: str | None, _tools: ExtractTools) -> None:
    doc = docx_doc(first, "P. 54", table(_HEAD, _ROW1,
                                         ("2", "Конкурс рисунков «Мир»", "Май", "Учитель ИЗО")))
    assert extract_document(doc, _tools).document.title == title
