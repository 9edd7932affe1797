"""Plans of measures printed with their tables (session facts68): the document fields of pages
that are mostly a plan's table — a region named only in the table's cells (its executors), …"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from ingest.models import Table

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, table, txt_doc


def _second(t: Table) -> Table:
    """`t` as the document's second table."""
    return t.model_copy(update={"index": 2})


_HEAD = ("N п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель")
_ROW = ("1", "Проведение семинара для библиотекарей", "май 2024 года",
        "Министерство просвещения Луговской области")


@pytest.mark.parametrize(("blocks", "region"), [
    # a plan printed alone: the executors' region is theirs, not the document's
    ((table(_HEAD, _ROW),), None),
    # the same under a site's appendix line and a heading naming no place
    (("Приложение к постановлению от 12.03.2024 г № 57-п План",
      "План мероприятий по развитию школьных библиотек", table(_HEAD, _ROW)), None),
    # a header of terms and executors only (no measure's word), a column-number row under it
    ((table(("№", "Содержание работы", "Сроки", "Ответственные"), ("1", "2", "3", "4"),
            ("1", "Совещание директоров", "май", "Управление образования Луговской области")),),
     None),
    # the heading names the region: it stays the document's
    (("План мероприятий по развитию школьных библиотек Луговской области",
      table(_HEAD, _ROW)), "Луговской области"),
    # a table that is no plan (a letterhead set as cells) still names the document's region
    ((table(("Министерство просвещения Луговской области", "ПРИКАЗ")),
      "План мероприятий по развитию школьных библиотек", _second(table(_HEAD, _ROW))),
     "Луговской области"),
], ids=["table-alone", "appendix-line", "terms-executors", "heading-region", "letterhead-cells"])
def test_region_not_from_plan_cells(tools: ExtractTools, blocks: tuple[str | Table, ...],
                                    region: str | None) -> None:
    doc = facts_of(docx_doc(*blocks), tools).document
    assert doc.region_text == region


_CITED = ("ПЛАН МЕРОПРИЯТИЙ ПО РЕАЛИЗАЦИИ КОНЦЕПЦИИ РАЗВИТИЯ ЧТЕНИЯ ДО 2030 ГОДА,",
          "УТВЕРЖДЕННОЙ РАСПОРЯЖЕНИЕМ ПРАВИТЕЛЬСТВА РОССИЙСКОЙ ФЕДЕРАЦИИ ОТ 03.06.2021 N 1512-Р,",
          "В ЗАРЕЧНОЙ ОБЛАСТИ НА 2025 - 2027 ГОДЫ")
_WHOLE = " ".join(_CITED)
_PLAN_TABLE = table(_HEAD, _ROW)


@pytest.mark.parametrize(("blocks", "title", "period"), [
    # a PDF's one paragraph: the cited concept's "до 2030 года" is no end of the title
    ((_WHOLE, "(в ред. распоряжения от 01.02.2025 N 10-РП)", _PLAN_TABLE), _WHOLE,
     "НА 2025 - 2027 ГОДЫ"),
    # the heading's lines in one paragraph, and each line a paragraph of its own
    (("\n".join(_CITED), _PLAN_TABLE), _WHOLE, "НА 2025 - 2027 ГОДЫ"),
    ((*_CITED, _PLAN_TABLE), _WHOLE, "НА 2025 - 2027 ГОДЫ"),
    # in normal case too
    (("План мероприятий по реализации Концепции развития чтения до 2030 года,",
      "утвержденной распоряжением Правительства Российской Федерации от 03.06.2021 N 1512-р,",
      "в Заречной области на 2025 - 2027 годы", _PLAN_TABLE),
     "План мероприятий по реализации Концепции развития чтения до 2030 года, утвержденной "
     "распоряжением Правительства Российской Федерации от 03.06.2021 N 1512-р, в Заречной "
     "области на 2025 - 2027 годы", "на 2025 - 2027 годы"),
    # a heading closed by its years over an approval stamp: the stamp is no part of it
    (("ПЛАН МЕРОПРИЯТИЙ ПО РАЗВИТИЮ ЧТЕНИЯ НА 2025 - 2027 ГОДЫ",
      "УТВЕРЖДЕН постановлением администрации от 03.02.2025 N 12", _PLAN_TABLE),
     "ПЛАН МЕРОПРИЯТИЙ ПО РАЗВИТИЮ ЧТЕНИЯ НА 2025 - 2027 ГОДЫ", "НА 2025 - 2027 ГОДЫ"),
], ids=["pdf-paragraph", "lines", "paragraphs", "normal-case", "stamp-after-years"])
def test_cited_horizon_goes_on_to_own_years(tools: ExtractTools, blocks: tuple[str | Table, ...],
                                            title: str, period: str) -> None:
    doc = facts_of(docx_doc(*blocks), tools).document
    assert (doc.title, doc.period_text) == (title, period)


_SAFETY = "ПЛАН МЕРОПРИЯТИЙ ПО ПРОФИЛАКТИКЕ ТРАВМАТИЗМА НА 2024-2026 ГОДЫ"


@pytest.mark.parametrize(("stamp", "issuer", "order"), [
    # a site's right-aligned stamp in lower case: the body and the act's requisites
    (("приложение 2 к приказу ГАПОУ «СТК»", "от 09.01.2024 года № 14"), "ГАПОУ «СТК»",
     ("14", "2024-01-09", "приказ")),
    (("приложение № 3 к распоряжению администрации Сосновского района", "от 10.02.2024 № 7-р"),
     "Администрация Сосновского района", ("7-р", "2024-02-10", "распоряжение")),
    # the capitalised stamp reads as before
    (("Приложение 2 к приказу ГАПОУ «СТК»", "от 09.01.2024 года № 14"), "ГАПОУ «СТК»",
     ("14", "2024-01-09", "приказ")),
    # a lower-case line naming no act is a sentence's wrapped line, no stamp
    (("приложение к настоящему плану содержит формы отчетов",), None, (None, None, None)),
], ids=["lower-order", "lower-numbered-sign", "capital", "no-act"])
def test_lower_case_appendix_stamp(tools: ExtractTools, stamp: tuple[str, ...],
                                   issuer: str | None,
                                   order: tuple[str | None, str | None, str | None]) -> None:
    doc = facts_of(docx_doc(*stamp, _SAFETY, _PLAN_TABLE), tools).document
    got = (doc.order_number, iso_date(doc.order_date_text), doc.act_type)
    assert (doc.issuer, got) == (issuer, order)


_CARD_BODY = ("\n\nМероприятия\n\nСроки\n\nОтветственные\n\nСентябрь\nЛинейка ко Дню знаний\n\n"
              "1 сентября\n\nЗаместитель директора\n")
_UPBRINGING = "КАЛЕНДАРНЫЙ ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ НА 2025-2026 УЧЕБНЫЙ ГОД"


@pytest.mark.parametrize(("text", "title"), [
    # a card's label in capitals (the classes after the years) over the heading restating it
    (f"{_UPBRINGING} 5 - 9 КЛАССЫ\n\nКАЛЕНДАРНЫЙ ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ\n"
     "НА 2025-2026 УЧЕБНЫЙ ГОД\n5-9 КЛАССЫ", _UPBRINGING),
    # a short label over the heading naming the owner too
    ("ПЛАН РАБОТЫ БИБЛИОТЕКИ\n\nПЛАН РАБОТЫ ШКОЛЬНОЙ БИБЛИОТЕКИ\nМБОУ «СОШ № 4»\n"
     "НА 2025-2026 УЧЕБНЫЙ ГОД",
     "ПЛАН РАБОТЫ ШКОЛЬНОЙ БИБЛИОТЕКИ МБОУ «СОШ № 4» НА 2025-2026 УЧЕБНЫЙ ГОД"),
    # the heading in normal case under the label in capitals
    (f"{_UPBRINGING}\n\nКалендарный план воспитательной работы\nна 2025-2026 учебный год",
     "Календарный план воспитательной работы на 2025-2026 учебный год"),
    # a passport's heading under the label restates no title: the label stays
    ("ПЛАН РАБОТЫ ШКОЛЬНОЙ БИБЛИОТЕКИ НА 2025-2026 УЧЕБНЫЙ ГОД\n\nПАСПОРТ ПЛАНА РАБОТЫ\n"
     "НА 2025-2026 УЧЕБНЫЙ ГОД", "ПЛАН РАБОТЫ ШКОЛЬНОЙ БИБЛИОТЕКИ НА 2025-2026 УЧЕБНЫЙ ГОД"),
], ids=["classes-after-years", "short-label", "normal-case-heading", "passport-below"])
def test_capitals_card_label_over_own_heading(tools: ExtractTools, tmp_path: Path, text: str,
                                              title: str) -> None:
    assert facts_of(txt_doc(tmp_path, text + _CARD_BODY), tools).document.title == title


_MONITORING = "Перечень показателей мониторинга профилактики правонарушений в Заречной области"


def _counts(caption: str, period: str) -> Table:
    return table((caption,), ("N п/п", "Контрольные позиции", "Лесной район"),
                 ("1", "2", period, period), ("1.1", "Число проведенных проверок", "4", "5"))


@pytest.mark.parametrize(("blocks", "title", "kind", "period"), [
    # a page that is only a table: its first row across the width is the heading; a
    # monitoring's counts under a past period make a report of that period
    ((_counts(_MONITORING, "за 9 месяцев 2024 г."),), _MONITORING, "report",
     "за 9 месяцев 2024 г."),
    ((_counts("Информация о работе комиссий по делам несовершеннолетних", "за 2024 год"),),
     "Информация о работе комиссий по делам несовершеннолетних", "report", "за 2024 год"),
    # the same heading over columns of planned years: no report's period
    ((_counts(_MONITORING, "2025 год"),), _MONITORING, None, None),
    # a table opening on its header: no heading across it
    ((table(("N п/п", "Контрольные позиции", "Лесной район"), ("1", "2", "за 2024 год"),
            ("1.1", "Число проведенных проверок", "4")),), None, None, None),
], ids=["monitoring-9-months", "information-year", "planned-years", "header-first"])
def test_table_caption_row(tools: ExtractTools, blocks: tuple[str | Table, ...],
                           title: str | None, kind: str | None, period: str | None) -> None:
    doc = facts_of(docx_doc(*blocks), tools).document
    assert (doc.title, doc.kind, doc.period_text) == (title, kind, period)


# grifs and the cover run into one long block, as a text export without blank lines gives them
_COVER = ("Рассмотрено на заседании методического объединения учителей русского языка и "
          "литературы «Согласовано» «Утверждено»\nРуководитель МО Заместитель директора по УВР "
          "Директор МБОУ «СОШ № 7»\n________ А.Б. Лесная ________ В.Г. Полевая ________ "
          "Д.Е. Речной\nПротокол № ___ от ________ «___» ________ 2016 г. «___» ________ 2016 г."
          "\nМатериалы для подготовки\nк ОГЭ по русскому языку\nдля учащихся 9а класса\n"
          "МБОУ «СОШ № 7»\nЛуговского муниципального района\n")
_GRAPH = "\nПлан-график подготовки к ОГЭ\n\n№ | Мероприятие | Срок\n1 | Пробный экзамен | декабрь\n"


@pytest.mark.parametrize(("foot", "period"), [
    # the town marked, the school year under it: the plan's term
    ("г. Заречинск\n2016 – 2017 учебный год\n", "2016 – 2017 учебный год"),
    ("с. Луговое\n2023/2024 уч. год\n", "2023/2024 уч. год"),
    # the town named alone
    ("Заречинск\n2024-2025 учебный год\n", "2024-2025 учебный год"),
    # a year alone under the town: when the page was made, no plan's term
    ("г. Заречинск\n2024 г.\n", None),
    # a school year with no town over it is no title page's foot
    ("Составитель: учитель русского языка\n2016 – 2017 учебный год\n", None),
], ids=["marked-town", "village-short-year", "town-alone", "year-alone", "no-town"])
def test_school_year_under_title_page_town(tools: ExtractTools, tmp_path: Path, foot: str,
                                           period: str | None) -> None:
    doc = facts_of(txt_doc(tmp_path, _COVER + foot + _GRAPH), tools).document
    assert doc.period_text == period


_PROGRAMME = "\nПрограмма подготовки к ОГЭ по русскому языку\nна 2024-2025 учебный год\n"
_DIRECTOR = "Директор МБОУ «СОШ № 7»"


@pytest.mark.parametrize(("grifs", "signatory", "issuer"), [
    # three grifs abreast glued row by row, the approver's word last on its line
    ("Рассмотрено на заседании МО\nучителей русского языка «Согласовано» «Утверждено»\n"
     f"Руководитель МО Заместитель директора по УВР {_DIRECTOR}\n"
     "________ А.Б. Лесная ________ В.Г. Полевая ________ Д.Е. Речной\n"
     "Протокол № ___ от ________ «___» ________ 2024 г. «___» ________ 2024 г.\n",
     ("Д.Е. Речной", _DIRECTOR), "МБОУ «СОШ № 7»"),
    # two grifs abreast, the approver's surname glued to the initials
    (f"СОГЛАСОВАНО УТВЕРЖДАЮ\nПредседатель профкома {_DIRECTOR}\n"
     "_______ А.Б. Лесная _______ РечнойД.Е.\n«___» ______ 2024 г. «___» ______ 2024 г.\n",
     ("Речной Д.Е.", _DIRECTOR), "МБОУ «СОШ № 7»"),
    # the approver on the left: no rightmost column for grifs_abreast, the rows put back
    # column by column (interleave's shared lines) give the left column's approver
    (f"УТВЕРЖДАЮ СОГЛАСОВАНО\n{_DIRECTOR} Председатель профкома\n"
     "_______ Д.Е. Речной _______ А.Б. Лесная\n«___» ______ 2024 г. «___» ______ 2024 г.\n",
     ("Д.Е. Речной", _DIRECTOR), "МБОУ «СОШ № 7»"),
    # one position under the two openers: the columns cannot be told apart
    (f"СОГЛАСОВАНО УТВЕРЖДАЮ\n{_DIRECTOR}\n_______ Д.Е. Речной\n", None, None),
], ids=["three-abreast", "two-glued-initials", "approver-left", "one-position"])
def test_grifs_abreast_rightmost_approver(tools: ExtractTools, tmp_path: Path, grifs: str,
                                          signatory: tuple[str, str] | None,
                                          issuer: str | None) -> None:
    doc = facts_of(txt_doc(tmp_path, grifs + _PROGRAMME), tools).document
    assert [(s.name, s.position) for s in doc.signatories][:1] == ([signatory] if signatory
                                                                    else [])
    assert doc.issuer == issuer


_GRIFS_ABREAST = ("Рассмотрено на заседании МО\n"
                  "учителей русского языка «Согласовано» «Утверждено»\n"
                  f"Руководитель МО Заместитель директора по УВР {_DIRECTOR}\n"
                  "________ А.Б. Лесная ________ В.Г. Полевая ________ Д.Е. Речной\n"
                  "Протокол № ___ от ________ «___» ________ 2024 г. «___» ________ 2024 г.\n")
_MATERIALS = ("Материалы для подготовки\nк ОГЭ по русскому языку.\nдля учащихся 9а класса\n"
              "муниципального бюджетного общеобразовательного учреждения\n"
              "«Средняя общеобразовательная школа № 7»\nЛуговского муниципального района\n")
_MATERIALS_TITLE = ("Материалы для подготовки к ОГЭ по русскому языку. для учащихся 9а класса "
                    "муниципального бюджетного общеобразовательного учреждения «Средняя "
                    "общеобразовательная школа № 7» Луговского муниципального района")
_AUTHOR = "Полевой Веры Григорьевны,\nучителя русского языка\n"
_FOOT = "г. Заречинск\n2024 – 2025 учебный год\n"


@pytest.mark.parametrize(("text", "title"), [
    # the title page's heading names the document; the plan-graph is one of its parts
    (_GRIFS_ABREAST + _MATERIALS + _AUTHOR + _FOOT + _GRAPH, _MATERIALS_TITLE),
    # no author: the town ends the heading
    (_GRIFS_ABREAST + _MATERIALS + _FOOT + _GRAPH, _MATERIALS_TITLE),
    # no town and school year under it: no title page, the plan's heading stays the title
    (_GRIFS_ABREAST + _MATERIALS + _AUTHOR + _GRAPH, "План-график подготовки к ОГЭ"),
    # a cover naming its plan: the plan's heading over its owner and years, as before
    (_GRIFS_ABREAST + "Программа подготовки\nк ОГЭ по русскому языку\nна 2024-2025 учебный год\n"
     + _FOOT + _GRAPH, "Программа подготовки к ОГЭ по русскому языку на 2024-2025 учебный год"),
], ids=["author-and-foot", "foot-only", "no-foot", "plan-cover"])
def test_cover_heading_names_the_document(tools: ExtractTools, tmp_path: Path, text: str,
                                          title: str) -> None:
    doc = facts_of(txt_doc(tmp_path, text), tools).document
    assert doc.title == title
    assert doc.issuer == "МБОУ «СОШ № 7»"  # the grif's approver heads it, over the title's name
