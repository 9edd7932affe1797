"""Document facts of institutions' forms and first pages (forms met in real municipal tasks,
self-examination and public reports, written again with invented bodies, places, people and
wording):

- a scanned task form whose text layer runs the grif, the heading "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ №"
  and the form's fields into one block: the heading's line and its years (title_approved
  `task_caps_heading`); the name field's head noun capitalised by a line break and the next
  field's label printed in lower case (institution_form);
- a task form's heading in capitals under the founder's grif, whose position lines are no
  heading ("И.о. Главы" / "муниципального района …");
- a federal office's region ("ИФНС России № 3 по Лесной области", cited_region);
- a site's page title repeating the grif cut with an ellipsis ("Директор МОБУ СОШ №...");
- a cover heading under a site's page label, the heading, the owner and the years each a
  paragraph (title_report); a heading printed a word a line ("ПУБЛИЧНЫЙ" / "ДОКЛАД") under a
  card of the same genre (card_head); a site's "advertisement" glued to the label (site_chrome);
- the head's credit line on a cover ("Заведующий МАДОУ – Кравцова И.П.") signs nothing
  (cover_credit); a city's district and the city after a name (place_tail);
- a one-line page whose heading runs into the body's first heading in capitals
  ("… ИНФОРМАЦИОННАЯ СПРАВКА …", glued_heading `caps_seam_heading`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.place_tail import place_tail
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.models import DraftDocument
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, pdf_doc, txt_doc


def _facts(tools: ExtractTools, tmp_path: Path, text: str) -> DraftDocument:
    return facts_of(txt_doc(tmp_path, text), tools).document


_SCAN = """УТВЕРЖДАЮ
Заведующий отделом образования
района
2023 г.
{heading}
на 2024 год и плановый период 2025 и 2026 годов
Наименование муниципального учреждения
Ольховского района (обособленного подразделения) муниципальное казенное общеобразовательное
{noun} основная общеобразовательная школа №2 с. Луговое
{field}
Ольховского района (обособленного подразделения):
Образование основное общее.
Форма по ОКУД
"""

# (heading line, the name's head noun as the scan breaks it, the next field's label; title,
# issuer)
SCANS = [
    ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ №", "Учреждение", "виды деятельности муниципального учреждения",
     "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № на 2024 год и плановый период 2025 и 2026 годов",
     "Муниципальное казенное общеобразовательное учреждение основная общеобразовательная "
     "школа №2 с. Луговое"),
    ("МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 4", "учреждение", "Виды деятельности муниципального учреждения",
     "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 4 на 2024 год и плановый период 2025 и 2026 годов",
     "Муниципальное казенное общеобразовательное учреждение основная общеобразовательная "
     "школа №2 с. Луговое"),
]


@pytest.mark.parametrize(("heading", "noun", "field", "title", "issuer"), SCANS)
def test_scanned_task_form_in_one_block(tools: ExtractTools, tmp_path: Path, heading: str,
                                        noun: str, field: str, title: str,
                                        issuer: str) -> None:
    got = _facts(tools, tmp_path, _SCAN.format(heading=heading, noun=noun, field=field))
    assert (got.kind, got.title, got.issuer) == ("order", title, issuer)
    assert got.period_text is not None


_TASK = """Муниципальное задание на 2024 год и плановый 2025 и 2026 годов

Приложение №3
к Постановлению Администрации
муниципального района
«Луговской район»
от «12» января 2024 года № 8
УТВЕРЖДАЮ

Администрация муниципального района
«Луговской район»
{position}
(должность)

А.В. Тихонова
(подпись)

МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 3
на 2024 год и плановый период 2025 и 2026 годы

Наименование муниципального учреждения (обособленного подразделения):

Муниципальное общеобразовательное учреждение Луговская средняя общеобразовательная школа
"""

POSITIONS = [
    "И.о. Главы\nмуниципального района\n«Луговской район»",
    "Глава\nмуниципального района\n«Луговской район»",
]


@pytest.mark.parametrize("position", POSITIONS)
def test_task_heading_under_founders_grif(tools: ExtractTools, tmp_path: Path,
                                          position: str) -> None:
    got = _facts(tools, tmp_path, _TASK.format(position=position))
    assert (got.kind, got.title) == (
        "order", "МУНИЦИПАЛЬНОЕ ЗАДАНИЕ № 3 на 2024 год и плановый период 2025 и 2026 годы")


_GRIF_COVER = """Публичный доклад МБОУ ООШ №5 за 2021

СОГЛАСОВАНО
Управляющий совет
_______________

{grif}

ПУБЛИЧНЫЙ ДОКЛАД

МБОУ ООШ №5 г. Ольховска

за 2021-2022 учебный год

Учредитель: Управление образования администрации г. Ольховска. Устав зарегистрирован
{tax} 12.03.2015 г.
"""

# (the approver's grif, the tax office's sentence): the office's region is no one's own
GRIF_COVERS = [
    ("УТВЕРЖДЕНО:\nДиректор МБОУ ООШ №5\n__________А.Б. Фомина\nПриказ №40 от 30.08.21г.",
     "межрайонной ИФНС России № 3 по Лесной области"),
    ("УТВЕРЖДАЮ\nДиректор МБОУ ООШ №5\n__________А.Б. Фомина",
     "Управлением ФНС по Лесной области"),
]


@pytest.mark.parametrize(("grif", "tax"), GRIF_COVERS)
def test_federal_office_under_cover(tools: ExtractTools, tmp_path: Path, grif: str,
                                    tax: str) -> None:
    got = _facts(tools, tmp_path, _GRIF_COVER.format(grif=grif, tax=tax))
    assert got.region_text is None


# a federal office's own region is blanked; a body of the region named otherwise stays
FEDERAL = [
    ("Устав зарегистрирован межрайонной ИФНС России № 3 по Лесной области.", False),
    ("Устав зарегистрирован Управлением Роспотребнадзора по Лесному краю.", False),
    ("Учредитель: министерство образования Лесной области.", True),
]


@pytest.mark.parametrize(("sentence", "region"), FEDERAL)
def test_federal_office_region(tools: ExtractTools, tmp_path: Path, sentence: str,
                               region: bool) -> None:
    text = f"Отчет о самообследовании МБОУ СОШ №2 за 2023 год\n\n{sentence}\n"
    assert (_facts(tools, tmp_path, text).region_text is not None) is region


CUT_GRIFS = [
    # the site's title repeats the grif, cut at the number: the title names the school
    ("УТВЕРЖДАЮ Директор МОБУ СОШ №...", "МОБУ СОШ №4"),
    ("УТВЕРЖДАЮ Директор МОБУ СОШ №…", "МОБУ СОШ №4"),
]


@pytest.mark.parametrize(("top", "issuer"), CUT_GRIFS)
def test_grif_cut_with_ellipsis(tools: ExtractTools, tmp_path: Path, top: str,
                                issuer: str) -> None:
    text = (f"{top}\n\n48\n\nПубличный доклад общеобразовательного учреждения Лесного края "
            "МОБУ СОШ №4 за 2022-2023 учебный год Оглавление 1. Общая характеристика "
            "учреждения. 2. Условия обучения.\n")
    assert _facts(tools, tmp_path, text).issuer == issuer


_LABELLED = """Обычная
версия сайта

Публичный доклад

{blank}

ПУБЛИЧНЫЙ ОТЧЕТ

{owner}

за 2022-2023 учебный год

  1. Общие вопросы
"""


@pytest.mark.parametrize("owner", ["МАОУ СОШ №8", "МБОУ «Гимназия №3»"])
def test_cover_heading_in_paragraphs_under_page_label(tools: ExtractTools, tmp_path: Path,
                                                      owner: str) -> None:
    got = _facts(tools, tmp_path, _LABELLED.format(owner=owner, blank=" "))
    assert got.title == f"ПУБЛИЧНЫЙ ОТЧЕТ {owner} за 2022-2023 учебный год"


def _cover(label: str, credit: str) -> tuple[str, ...]:
    return (label, "Муниципальное автономное дошкольное образовательное учреждение «Детский сад"
            " № 9»", "Северного района г. Ольховска", "ПУБЛИЧНЫЙ", "ДОКЛАД",
            "за 2022-2023 учебный год", credit, "623100 г. Ольховск, ул. Лесная 4",
            "ОГЛАВЛЕНИЕ", "2", "Общая характеристика учреждения")


# (site label, the head's line on the cover; title, signatures)
COVERS = [
    ("Публичный отчет за 2022 -2023 учебный год advertisement", "Заведующий МАДОУ – Орлова Е.М.",
     "ПУБЛИЧНЫЙ ДОКЛАД за 2022-2023 учебный год", 0),
    ("Публичный отчет за 2022-2023 учебный год", "Заведующий МАДОУ — Орлова Елена Михайловна",
     "ПУБЛИЧНЫЙ ДОКЛАД за 2022-2023 учебный год", 0),
]


@pytest.mark.parametrize(("label", "credit", "title", "signed"), COVERS)
def test_cover_under_site_label(tools: ExtractTools, label: str, credit: str, title: str,
                                signed: int) -> None:
    got = facts_of(pdf_doc(*_cover(label, credit)), tools).document
    assert (got.title, len(got.signatories)) == (title, signed)
    assert got.issuer is not None and got.issuer.endswith("» Северного района г. Ольховска")


TAILS = [
    (" Северного района г. Ольховска находится …", "Северного района г. Ольховска"),
    (" Северного района города Ольховска", "Северного района города Ольховска"),
    # an address after the city stays out, and so does a region after the district
    (" Северного района г. Ольховск, ул. Лесная", "Северного района"),
    (" Северного района Лесной области", "Северного района"),
]


@pytest.mark.parametrize(("after", "tail"), TAILS)
def test_city_district_and_city(tools: ExtractTools, after: str, tail: str) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert place_tail(ctx, after) == tail


ONE_LINE = [
    ("Публичный доклад руководителя муниципального бюджетного дошкольного образовательного "
     "учреждения «Детский сад №7 «Солнышко» Кравцовой Ирины Петровны ИНФОРМАЦИОННАЯ СПРАВКА "
     "Муниципальное бюджетное дошкольное образовательное учреждение работает с 1985 года.",
     "Публичный доклад руководителя муниципального бюджетного дошкольного образовательного "
     "учреждения «Детский сад №7 «Солнышко» Кравцовой Ирины Петровны"),
    # a short name in capitals is no section heading: the heading runs on to the real one
    ("Публичный доклад заведующего МБДОУ ДС №7 Кравцовой Ирины Петровны ОБЩИЕ СВЕДЕНИЯ "
     "Детский сад работает с 1985 года.",
     "Публичный доклад заведующего МБДОУ ДС №7 Кравцовой Ирины Петровны"),
]


@pytest.mark.parametrize(("text", "title"), ONE_LINE)
def test_one_line_page_heading_over_caps_section(tools: ExtractTools, tmp_path: Path,
                                                  text: str, title: str) -> None:
    # the page copied as one line runs on through the whole report
    got = _facts(tools, tmp_path, f"{text} {_BODY} {_BODY}\n")
    assert (got.kind, got.title) == ("report", title)


_BODY = ("Детский сад расположен в жилом квартале, рядом находятся школа, библиотека и парк. "
         "В детском саду работают шесть групп для детей от двух до семи лет, бассейн, "
         "музыкальный и спортивный залы, кабинеты логопеда и психолога.")


_LETTERHEAD = """Обычная
версия сайта

МАОУ "Средняя общеобразовательная

школа № 8" г. Лесной

{blank}

{address}

e-mail: school8@example.ru

Публичный доклад

{blank}

ПУБЛИЧНЫЙ ОТЧЕТ

МАОУ СОШ №8

за 2022-2023 учебный год

  1. Общие вопросы
"""


@pytest.mark.parametrize("address", [" ул. Садовая, д.9, тел./факс (8162)11-22-33",
                                     " 623100, ул. Садовая, д.9"])
def test_letterhead_run_into_its_address(tools: ExtractTools, tmp_path: Path,
                                         address: str) -> None:
    got = _facts(tools, tmp_path, _LETTERHEAD.format(address=address, blank=" "))
    assert got.issuer == 'МАОУ "Средняя общеобразовательная школа № 8" г. Лесной'
