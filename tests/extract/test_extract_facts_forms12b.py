"""Document facts in forms of the eleventh real set's school documents (written again with
invented bodies, places, people and wording): a budget cycle without its first "год", a
founder printed in capitals over the chief budget holder's caption, a signature over its
caption row, a site's page around a file, a title page with a topic heading over "Label –
value" note paragraphs, a region printed as its abbreviation, a district in the republics'
form "муниципального района N-ский район"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.vocab import facts_vocab
from extract.tools import ExtractTools
from ingest.models import SourceDocument
from ingest.registry import read_document
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, lines_doc, pdf_doc, table

# (document, (start year, end year))
BUDGET_CYCLES = [
    # the first year without "год"
    (pdf_doc("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 7", "на 2024 и плановый период 2025 и 2026 годов",
             bold=(0, 1)), (2024, 2026)),
    # a form's printed "20" apart from the digits filled in, "год" left out as well
    (pdf_doc("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ", "на 20 25 и на плановый период 20 26 и 20 27 годов",
             bold=(0, 1)), (2025, 2027)),
    # the report on the task covers the task's whole cycle (as real records give it)
    (pdf_doc("ОТЧЕТ О ВЫПОЛНЕНИИ", "МУНИЦИПАЛЬНОГО ЗАДАНИЯ",
             "на 2024 и плановый период 2025 и 2026 годов", bold=(0, 1, 2)), (2024, 2026)),
]


@pytest.mark.parametrize(("doc", "years"), BUDGET_CYCLES)
def test_budget_cycle_without_year_word(tools: ExtractTools, doc: SourceDocument,
                                        years: tuple[int, int]) -> None:
    got = facts_of(doc, tools).document
    parsed = parse_period(got.period_text) if got.period_text else None
    assert parsed is not None and (parsed.start_year, parsed.end_year) == years


_GRIF = ("УТВЕРЖДАЮ\nРуководитель (уполномоченное лицо)\nМУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ "
         "\"ОТДЕЛ\nОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ ГОРОДСКОГО ОКРУГА\nГОРОД ОЛЬХОВСК\"\n"
         "(наименование главного распорядителя средств\nбюджета городского округа)")

# (document, issuer, the rule that decided it)
FOUNDERS = [
    # the founder's name in capitals over several lines of a narrow grif cell
    (docx_doc(table(("ДОКУМЕНТ ПОДПИСАН\nЭЛЕКТРОННОЙ ПОДПИСЬЮ", _GRIF)),
              "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 2", "на 2024 год", bold=(1, 2)),
     "Муниципальное казенное учреждение \"Отдел образования администрации городского округа "
     "город Ольховск\"", "founder_caption"),
    # the grif's opener in capitals right above the body is no part of its name
    (pdf_doc("УТВЕРЖДАЮ", "КОМИТЕТ ПО ОБРАЗОВАНИЮ", "АДМИНИСТРАЦИИ ЛЕСНОГО РАЙОНА",
             "(наименование главного распорядителя бюджетных средств)",
             "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 5", "на 2023 год", bold=(4, 5)),
     "Комитет по образованию администрации Лесного района", "founder_caption"),
]


@pytest.mark.parametrize(("doc", "issuer", "rule"), FOUNDERS)
def test_founder_over_budget_holder_caption(tools: ExtractTools, doc: SourceDocument,
                                            issuer: str, rule: str) -> None:
    got = facts_of(doc, tools)
    assert got.document.issuer == issuer
    assert f"header.issuer:{rule}" in got.trace


# (document, [(name, position)])
CAPTIONED = [
    # the name written in full, no initials; the position in capitals
    (docx_doc(table(("ДИРЕКТОР", "", "Соколова Анна Петровна"),
                    ("(должность)", "(подпись)", "(расшифровка подписи)")),
              "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 1", bold=(1,)),
     [("Соколова Анна Петровна", "Директор")]),
    # the caption names the person "(Ф.И.О.)"; a position of two words
    (docx_doc(table(("Заведующий отделом", "_______", "Р.А. Кедров"),
                    ("(должность)", "(подпись)", "(Ф.И.О.)")),
              "ПЛАН РАБОТЫ", bold=(1,)),
     [("Р.А. Кедров", "Заведующий отделом")]),
    # no name over the caption: no signature
    (docx_doc(table(("Директор", "", ""), ("(должность)", "(подпись)", "(расшифровка подписи)")),
              "ПЛАН РАБОТЫ", bold=(1,)), []),
]


@pytest.mark.parametrize(("doc", "signed"), CAPTIONED)
def test_signature_over_caption_row(tools: ExtractTools, doc: SourceDocument,
                                    signed: list[tuple[str, str]]) -> None:
    got = facts_of(doc, tools).document.signatories
    assert [(s.name, s.position) for s in got] == signed


# (text export of a site's page, title)
SITE_PAGES = [
    ("Сайт учителя: мои файлы\nСкачать:\nВложение | Размер |\n---|---|\n"
     "plan_kruzhka.docx | 12 КБ |\nprilozhenie.pdf | 1.5 МБ |\n"
     "Предварительный просмотр:\nПлан\nработы кружка «Юный эколог» на 2023 – 2024 "
     "учебный год\n№ | Мероприятия | Сроки |\n---|---|---|\n"
     "1. | Экскурсия в лес. | Сентябрь 2023 г. |\n2. | Акция «Чистый берег». | Май 2024 г. |\n",
     "План работы кружка «Юный эколог» на 2023 – 2024 учебный год"),
    # the caption of the file's view alone, no attachment table
    ("Предварительный просмотр:\nПлан\nвоспитательной работы на 2024 год\n"
     "№ | Мероприятия | Сроки |\n---|---|---|\n1. | Линейка. | Сентябрь 2024 г. |\n",
     "План воспитательной работы на 2024 год"),
]


@pytest.mark.parametrize(("text", "title"), SITE_PAGES)
def test_site_page_around_a_file(tools: ExtractTools, text: str, title: str,
                                 tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert facts_of(read_document(path), tools).document.title == title


_NOTE = ("Пояснительная записка",
         "Наименование программы – программа МКОУ «Ручейковская ООШ» «Школа без обид на период "
         "с 2016 по 2021 год»",
         "Срок реализации – программа рассчитана на период с 2022 по 2027 год",
         "Программа предназначена для учащихся 1–9 классов.")

# (document, (kind, title, issuer, period), title rule)
TITLE_PAGES = [
    # the heading names the topic; the note's rows name the genre, the owner, the term
    (docx_doc("Профилактика травли в детском коллективе", "Разработчик\nОрлова Н.В.",
              "д. Ручейки, 2022 г", *_NOTE, bold=(0, 3)),
     ("programme", "Профилактика травли в детском коллективе", "МКОУ «Ручейковская ООШ»",
      (2022, 2027)), "heading_over_row_sentence"),
    # a bold heading that names the plan is the title itself
    (docx_doc("Программа «Школа без обид»", "д. Ручейки, 2022 г", *_NOTE, bold=(0, 2)),
     ("programme", "Программа «Школа без обид»", None, (2022, 2027)), "plan_title"),
]


@pytest.mark.parametrize(("doc", "facts", "rule"), TITLE_PAGES)
def test_title_page_over_note_rows(tools: ExtractTools, doc: SourceDocument,
                                   facts: tuple[str, str, str | None, tuple[int, int]],
                                   rule: str) -> None:
    got = facts_of(doc, tools)
    d = got.document
    kind, title, issuer, period = facts
    years = parse_period(d.period_text) if d.period_text else None
    assert (d.kind, d.title) == (kind, title)
    assert years is not None and (years.start_year, years.end_year) == period
    if issuer:
        assert d.issuer == issuer
    assert f"header.title:{rule}" in got.trace


# (text, region the abbreviation names, or None)
ABBREVIATIONS = [
    ("программа МБОУ «Озёрная СОШ ЛМР РТ» «Здоровье»", "Республика Татарстан"),
    ("в соответствии с Законом РБ «Об образовании»", "Республика Башкортостан"),
    ("МАОУ «Гимназия № 3 УР»", "Удмуртская Республика"),
    # a ministry's abbreviation before it: a citation of another region's body
    ("на основании приказа Минобрнауки РД от 1 марта 2022 года", None),
    # an abbreviation of several republics is not read
    ("МБОУ «СОШ № 1 РК»", None),
]


@pytest.mark.parametrize(("text", "region"), ABBREVIATIONS)
def test_region_abbreviation(tools: ExtractTools, text: str, region: str | None) -> None:
    doc = docx_doc("План работы школы на 2024 год", text, bold=(0,))
    assert facts_of(doc, tools).document.region_text == region


# (text, municipality as written)
REPUBLIC_DISTRICTS = [
    ("МБОУ СОШ с. Лесное муниципального района Ольховский район Республики Башкортостан",
     "Ольховский район"),
    ("администрация муниципального района Кедровский район", "Кедровский район"),
]


@pytest.mark.parametrize(("text", "place"), REPUBLIC_DISTRICTS)
def test_republic_district_form(tools: ExtractTools, text: str, place: str) -> None:
    doc = lines_doc(f"ПЛАН РАБОТЫ\nна 2024 год\n{text}")
    assert facts_of(doc, tools).document.municipality_text == place


def test_caption_vocabulary_reads_roles() -> None:
    from extract.facts.sign_caption import caption_roles
    vocab = facts_vocab()
    assert caption_roles(vocab, ["(должность)", "(подпись)", "(расшифровка подписи)"]) == {
        "position": 0, "signature": 1, "name": 2}
    assert caption_roles(vocab, ["(должность)", "Иванов И.И."]) is None
