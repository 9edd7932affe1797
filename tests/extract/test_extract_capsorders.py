"""Orders, titles, periods and places as school sites print them (session capsorders): an order
on one capitals line with its requisites and the school it is issued for; a school's order
posted under the department's news rubric; a self-examination's title running over the
institution's name, its place and territory to the years; a file's label as the only title; a
campaign's (or any measures') report whose story names places that are not the document's."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.file_label import stated_term, without_extension
from extract.facts.issued_for import issued_for_org


def _record(text: str, tmp_path: Path) -> dict[str, object]:
    """The whole pipeline's document for `text`: the fields these rules decide."""
    from pipelines.run import process_file  # the places are decided downstream of the facts

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path).document
    return {"title": doc.title, "issuer": doc.issuer, "municipality": doc.municipality,
            "region": doc.region,
            "period": (doc.period.start_year, doc.period.end_year) if doc.period else None,
            "order": (doc.order.number, doc.order.date) if doc.order else None}


_BODY = ("В целях поддержания порядка в здании школы\nПРИКАЗЫВАЮ:\n"
         "1. Утвердить график дежурства.\nДиректор школы А.В. Ковылина\n")

# (the order's head, the title, the issuer, the number, the ISO date)
CAPS_ORDERS = [
    # number, date and the school it is issued for on one capitals line, the subject under it
    ("ПРИКАЗ № 45-ОД ОТ 02.09.2023 Г. ПО МБОУ «СОШ № 2 С. ЛУГОВОЕ»\nОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА\n",
     "ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА", "МБОУ «СОШ № 2 с. Луговое»", "45-ОД", "2023-09-02"),
    # the quoted subject on the act's line after the school: the act's own print keeps its quotes
    ("ПРИКАЗ № 45-ОД ОТ 02.09.2023 Г. ПО МБОУ «СОШ № 2 С. ЛУГОВОЕ» «ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА»\n",
     "«ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА»", "МБОУ «СОШ № 2 с. Луговое»", "45-ОД", "2023-09-02"),
    # the date before the number; a bare "ПО ШКОЛЕ" names no school
    ("ПРИКАЗ 12.01.2024 № 7 ПО ШКОЛЕ\nОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА\n",
     "ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА", None, "7", "2024-01-12"),
    # the school in the dative, in capitals, put in the nominative
    ("ПРИКАЗ 12.01.2024 № 7 ПО ЛУГОВСКОЙ СРЕДНЕЙ ШКОЛЕ\nОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА\n",
     "ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА", "Луговская средняя школа", "7", "2024-01-12"),
    # "ОТ" in capitals opens the requisites: the letterhead above names the issuer
    ("МБОУ «Лесогорская СОШ»\nПРИКАЗ ОТ 01.09.2023 Г. № 201-О\nОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА\n",
     "ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА", "МБОУ «Лесогорская СОШ»", "201-О", "2023-09-01"),
    # the letterhead names the same school: its full name, the one its orders go by
    ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n«СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА "
     "№ 2 С. ЛУГОВОЕ»\nПРИКАЗ № 45-ОД ОТ 02.09.2023 Г. ПО МБОУ «СОШ № 2 С. ЛУГОВОЕ»\n"
     "ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА\n", "ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА", "Муниципальное бюджетное "
     "общеобразовательное учреждение «Средняя общеобразовательная школа № 2 с. Луговое»",
     "45-ОД", "2023-09-02"),
    # a department's name over a school's order: the school the act's own line names
    ("Управление образования администрации Сосновского района\nНовости\n"
     "ПРИКАЗ № 87-О от 28.09.2022\nпо МБОУ «Гимназия № 1»\nОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА\n",
     "ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА", "МБОУ «Гимназия № 1»", "87-О", "2022-09-28"),
    # a site's one line, the number glued to "от"; no preamble between the subject and the verb
    ("Приказ № 112/01-09от 31.08.2022 г. По МБОУ «СОШ № 2 с. Луговое» «Об организации "
     "дежурства»\nПРИКАЗЫВАЮ:\n", "Об организации дежурства", "МБОУ «СОШ № 2 с. Луговое»",
     "112/01-09", "2022-08-31"),
]


@pytest.mark.parametrize(("head", "title", "issuer", "number", "date"), CAPS_ORDERS)
def test_one_line_order_in_capitals(head: str, title: str, issuer: str | None, number: str,
                                    date: str, tmp_path: Path) -> None:
    got = _record(head + _BODY, tmp_path)
    assert (got["title"], got["issuer"], got["order"]) == (title, issuer, (number, date))


# (the text after "по", the school it names as printed)
ISSUED_FOR = [
    ("по МБОУ «Гимназия № 1»", "МБОУ «Гимназия № 1»"),
    (" Г. ПО МБДОУ «ДЕТСКИЙ САД № 9 «СОЛНЫШКО»»", "МБДОУ «ДЕТСКИЙ САД № 9 «СОЛНЫШКО»»"),
    ("ПО ШКОЛЕ", None),
    ("по учреждению", None),
    ("ПО ШКОЛЕ «ОБ ОРГАНИЗАЦИИ ДЕЖУРСТВА»", None),
    ("по основной деятельности", None),
]


@pytest.mark.parametrize(("rest", "org"), ISSUED_FOR)
def test_issued_for_names_a_school(rest: str, org: str | None, ctx: Ctx) -> None:
    assert issued_for_org(ctx, rest) == org


_OLYMPIAD = ("О проведении школьного этапа олимпиады\nНа основании приказа управления образования "
             "от 20.09.2022 № 411\nПРИКАЗЫВАЮ:\n1. Провести школьный этап олимпиады.\n"
             "Директор гимназии И.С. Круглова\n")

# (the page over the order's own lines, the issuer, the municipality, the order)
RUBRIC_PAGES = [
    # the department's site and rubric over a school's order: the school's own name and town win
    ("Управление образования администрации Сосновского района\nГлавная / Новости\n"
     "Управление образования информирует\n12.09.2023\nМБОУ «Гимназия № 1» г. Лесногорска\n"
     "ПРИКАЗ\n28.09.2022 № 87-О\n",
     "МБОУ «Гимназия № 1» г. Лесногорска", "Лесногорск", ("87-О", "2022-09-28")),
    # the school's "по …" line under the requisites, a site's name and a posting note above
    ("МБОУ «Гимназия № 1» города Сосновска\nНовости\nОпубликовано 05.10.2022\n"
     "Управление образования информирует\nПРИКАЗ № 87-О от 28.09.2022\n"
     "по МБОУ «Гимназия № 1»\n", "МБОУ «Гимназия № 1»", "Сосновск", ("87-О", "2022-09-28")),
    # the rubric opening the page, the post's date under it: no date of the act's
    ("Управление образования информирует\n05.10.2022\nМБОУ «Гимназия № 1» г. Лесногорска\n"
     "ПРИКАЗ № 87\n", "МБОУ «Гимназия № 1» г. Лесногорска", "Лесногорск", ("87", None)),
    # a heading naming the school with a number inside its quoted name
    ("Управление образования администрации Сосновского района\nНовости\n05.10.2022\n"
     "Приказ МБОУ «Гимназия № 1» от 28.09.2022 № 87-О\n",
     "МБОУ «Гимназия № 1»", "Сосновский район", ("87-О", "2022-09-28")),
]


@pytest.mark.parametrize(("page", "issuer", "municipality", "order"), RUBRIC_PAGES)
def test_school_order_under_department_rubric(page: str, issuer: str, municipality: str,
                                              order: tuple[str, str | None],
                                              tmp_path: Path) -> None:
    got = _record(page + _OLYMPIAD, tmp_path)
    assert (got["issuer"], got["municipality"], got["order"]) == (issuer, municipality, order)


def test_rubric_site_names_the_place_the_document_does_not(tmp_path: Path) -> None:
    """The department's own order under its own rubric: its site's name, set aside as chrome,
    still gives the municipality the act names nowhere else."""
    got = _record("Управление образования администрации Кедровского района\n\n"
                  "Управление образования информирует\n\nПРИКАЗ\n18.09.2023 № 512\n"
                  "О проведении муниципального этапа олимпиады\nПРИКАЗЫВАЮ:\n1. Провести этап.\n"
                  "Начальник управления образования О.П. Гусева\n", tmp_path)
    assert got["municipality"] == "Кедровский район"


_SELF_EXAM = ("Отчет\nо результатах самообследования\nмуниципального бюджетного\n"
              "дошкольного образовательного учреждения\n«Детский сад № 15 «Теремок»\n")

# (the title page's text, the title, the issuer, the period)
SELF_EXAMS = [
    # a grif with its order over the title, the territory on two lines, the years under it
    ("УТВЕРЖДАЮ\nЗаведующий МБДОУ «Детский сад № 15»\n_________ Е.В. Тучкова\n"
     "Приказ от 17.04.2024 № 42\n" + _SELF_EXAM + "Петровского муниципального района\n"
     "Луговской области\nза 2023 год\nСодержание\n1. Оценка образовательной деятельности\n",
     "Отчет о результатах самообследования муниципального бюджетного дошкольного "
     "образовательного учреждения «Детский сад № 15 «Теремок» Петровского муниципального района "
     "Луговской области за 2023 год", "МБДОУ «Детский сад № 15»", (2023, 2023)),
    # in capitals, a village after the quoted name: the issuer keeps it, in normal case
    ("ОТЧЕТ\nО РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\nМУНИЦИПАЛЬНОГО БЮДЖЕТНОГО\n"
     "ОБЩЕОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ\n«ОСНОВНАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 6»\nСЕЛА ЛУГОВОГО\n"
     "ЗА 2023 ГОД\nСодержание\n",
     "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ОБЩЕОБРАЗОВАТЕЛЬНОГО "
     "УЧРЕЖДЕНИЯ «ОСНОВНАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 6» СЕЛА ЛУГОВОГО ЗА 2023 ГОД",
     "Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная "
     "школа № 6» села Лугового", (2023, 2023)),
    # the same in capitals, a district after the name
    ("ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\nМУНИЦИПАЛЬНОГО АВТОНОМНОГО ОБЩЕОБРАЗОВАТЕЛЬНОГО "
     "УЧРЕЖДЕНИЯ\n«ЛИЦЕЙ № 2»\nЛЕСНОГО РАЙОНА\nЗА 2022 ГОД\n",
     "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ МУНИЦИПАЛЬНОГО АВТОНОМНОГО ОБЩЕОБРАЗОВАТЕЛЬНОГО "
     "УЧРЕЖДЕНИЯ «ЛИЦЕЙ № 2» ЛЕСНОГО РАЙОНА ЗА 2022 ГОД",
     "Муниципальное автономное общеобразовательное учреждение «Лицей № 2» Лесного района",
     (2022, 2022)),
]


@pytest.mark.parametrize(("text", "title", "issuer", "period"), SELF_EXAMS)
def test_self_examination_title_runs_over_name_and_place(text: str, title: str, issuer: str,
                                                         period: tuple[int, int],
                                                         tmp_path: Path) -> None:
    got = _record(text, tmp_path)
    assert (got["title"], got["issuer"], got["period"]) == (title, issuer, period)


_PLAN_TABLE = ("| № | Мероприятие | Срок | Ответственный |\n"
               "| 1 | Составление банка данных одарённых детей | Сентябрь | Завуч |\n"
               "| 2 | Проведение школьного этапа олимпиад | Октябрь | Учителя-предметники |\n")

# (the page's lines over its table, the title, the period)
LABELS = [
    # a file's label stating a school year: its extension goes, its term is the period
    ("План работы с одарёнными детьми на 2023-2024 учебный год.pdf\nСкачать (312 КБ)\n",
     "План работы с одарёнными детьми на 2023-2024 учебный год", (2023, 2024)),
    # the same joined by "_": the words it joins state the term
    ("План_работы_с_одарёнными_детьми_на_2023-2024_учебный_год.docx\n",
     "План_работы_с_одарёнными_детьми_на_2023-2024_учебный_год", (2023, 2024)),
    # a label's bare closing years are the uploader's
    ("План работы с одарёнными детьми 2023-2024 (1).docx\n",
     "План работы с одарёнными детьми 2023-2024 (1)", None),
    # a site's section over the card, the file's size under it: neither is the title's
    ("Документы\nПлан работы с одарёнными детьми 2024-2025 уч. год\nРазмер: 45 КБ\n",
     "План работы с одарёнными детьми 2024-2025 уч. год", (2024, 2025)),
]


@pytest.mark.parametrize(("top", "title", "period"), LABELS)
def test_card_label_as_the_only_title(top: str, title: str, period: tuple[int, int] | None,
                                      tmp_path: Path) -> None:
    got = _record(top + _PLAN_TABLE, tmp_path)
    assert (got["title"], got["period"]) == (title, period)


@pytest.mark.parametrize(("label", "shown", "term"), [
    ("План работы на 2023-2024 учебный год.pdf", "План работы на 2023-2024 учебный год",
     "План работы на 2023-2024 учебный год"),
    ("Отчет_о_самообследовании_за_2023_год.docx", "Отчет_о_самообследовании_за_2023_год",
     "Отчет о самообследовании за 2023 год"),
    ("Отчет_самообследования_2022 (1).pdf", "Отчет_самообследования_2022 (1)", None),
    ("Программа развития 2024", "Программа развития 2024", None),
])
def test_file_label_words(label: str, shown: str, term: str | None) -> None:
    assert (without_extension(label), stated_term(label)) == (shown, term)


# (the news page, the title, the issuer, municipality, region and period)
STORIES = [
    # places of the story: a region's anthem, a town's liberation day, a contest's district
    ("Отчет о проведении месячника патриотического воспитания в МБОУ «Сосновская СОШ»\n"
     "С 23 января по 23 февраля 2024 года в школе прошёл месячник патриотического воспитания.\n"
     "Открылся месячник линейкой, на которой прозвучал гимн Луговской области.\n"
     "25 января прошли классные часы, посвящённые дню освобождения города Лесногорска.\n"
     "Команда школы заняла второе место в игре «Зарница» в Ольховском районе.\n",
     "Отчет о проведении месячника патриотического воспитания в МБОУ «Сосновская СОШ»",
     "МБОУ «Сосновская СОШ»", None, None, (2024, 2024)),
    # the school's own town in the opening sentence's name is the document's
    ("Неделя краеведения\n\nС 14 по 18 октября 2024 года в МБОУ «Лицей № 3» г. Лесногорска "
     "прошла неделя краеведения.\n\nУчащиеся совершили экскурсию по городу Краснолесску и "
     "посетили музей истории Сосновского района.\n", "Неделя краеведения",
     "МБОУ «Лицей № 3» г. Лесногорска", "Лесногорск", None, (2024, 2024)),
    # the letterhead's district and region are the document's; the excursion's are not
    ("Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»\n"
     "Сосновского района Луговской области\n\nНеделя краеведения\n\nС 14 по 18 октября 2024 "
     "года в школе прошла неделя краеведения.\n\nУчащиеся посетили музей истории Ольховского "
     "района.\n", "Неделя краеведения", "Муниципальное бюджетное общеобразовательное "
     "учреждение «Средняя школа № 5» Сосновского района", "Сосновский район",
     "Луговская область", (2024, 2024)),
    # a report of other measures held: the school that held them, the year of their day
    ("Информация о проведении Дня здоровья\n\n15 сентября 2023 года в МБОУ «Лесная ООШ» "
     "прошёл День здоровья.\n\nУченики совершили поход к озеру у города Сосновска.\n",
     "Информация о проведении Дня здоровья", "МБОУ «Лесная ООШ»", None, None, (2023, 2023)),
]


@pytest.mark.parametrize(("text", "title", "issuer", "municipality", "region", "period"),
                         STORIES)
def test_story_places_are_not_the_documents(text: str, title: str, issuer: str,
                                            municipality: str | None, region: str | None,
                                            period: tuple[int, int], tmp_path: Path) -> None:
    got = _record(text, tmp_path)
    assert (got["title"], got["issuer"], got["municipality"], got["region"], got["period"]) == (
        title, issuer, municipality, region, period)
