"""Municipal and regional acts as legal portals print them (session facts69): a site's note
of a later amendment over the act's own approval stamp, a plan table's last row cut between a
surname and its initials, a region named in a cited act's quoted subject, a subject in a legal
database's angle brackets, a plan approved after a regulation under a subject naming neither, a
page opening at a preamble with no operative verb, a head's order approving its body's plan,
an amending appendix's heading with an open quote over its lead-in, an indicator restated as
text with its year captions and values glued."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.cut_rows import stops_before_initials
from extract.facts.act_subject import quoted_subject
from extract.facts.ctx import Ctx
from extract.glued_numbers import values_line, years_line
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, iso_date, txt_doc

_STAMP = ("Приложение 3", "Утвержден постановлением", "администрации Ольховского района",
          "от 12 февраля 2024 г. N 77", "План мероприятий по подготовке к празднику")


@pytest.mark.parametrize(("note", "order"), [
    # a legal site's note that a later act amended the appendix: no stamp of its own act
    ("Приложение 3 изменено. - Постановление администрации Ольховского района от 2 сентября "
     "2024 г. N 512", ("77", "2024-02-12")),
    ("Приложение 3 изменено с 1 октября 2024 г. - Постановление администрации Ольховского "
     "района от 2 сентября 2024 г. N 512", ("77", "2024-02-12")),
    ("Приложение 3 дополнено. — Постановление администрации Ольховского района от 2 сентября "
     "2024 г. N 512", ("77", "2024-02-12")),
    # no note: the stamp alone
    ("", ("77", "2024-02-12")),
])
def test_amendment_note_over_a_stamp(tools: ExtractTools, note: str,
                                     order: tuple[str, str]) -> None:
    doc = facts_of(docx_doc(*(x for x in (note, *_STAMP) if x)), tools).document
    assert (doc.order_number, iso_date(doc.order_date_text)) == order


_ROWS = [["1", "Концерт", "1 июня", "Отдел культуры, Лебедева О.П."],
         ["2", "Конкурс", "1 июня", "Отдел спорта, Рябов С.К."]]


@pytest.mark.parametrize(("last", "siblings", "cut"), [
    # the other rows end on a surname with its initials: a bare surname was cut before them
    ("Отдел культуры, Белов", _ROWS, True),
    ("Белова-Орлова", _ROWS, True),
    # the row ends as the others do
    ("Отдел культуры, Белов Н.Г.", _ROWS, False),
    # a body ends the cell: no surname
    ("Отдел культуры", _ROWS, False),
    ("Отдел культуры, школы", _ROWS, False),
    # the column prints no initials elsewhere: a capitalised word is no cut
    ("Отдел культуры, Белов", [["1", "Концерт", "1 июня", "Отдел культуры"],
                               ["2", "Конкурс", "1 июня", "Отдел спорта"]], False),
    # one other row is too few to say how the column ends
    ("Отдел культуры, Белов", _ROWS[:1], False),
])
def test_cut_before_initials(last: str, siblings: list[list[str]], cut: bool) -> None:
    assert stops_before_initials(["3", "Эстафета", "1 июня", last], siblings) is cut


def _region(text: str, tmp_path: Path) -> str | None:
    from pipelines.run import process_file  # the region is decided downstream of the facts

    path = tmp_path / "act.txt"
    path.write_text(text, encoding="utf-8")
    return process_file(path).document.region


_ACT = ("ПОСТАНОВЛЕНИЕ\n_____________ №_____\n{subject}\n"
        "В соответствии с {basis} постановляю:\n"
        "1. Внести в муниципальную программу «Развитие образования города Ольховска» "
        "изменения согласно приложению.\n")
_SUBJECT = "О внесении изменений в муниципальную программу «Развитие образования города Ольховска»"


@pytest.mark.parametrize(("subject", "basis", "region"), [
    # a region named only in the quoted subject of an act cited by its number: the cited
    # act's matter, no region of the document's own
    (_SUBJECT, "постановлением главы города Ольховска от 3 марта 2020 года № 15-п «Об "
     "утверждении Порядка разработки муниципальных программ города Ольховска Республики "
     "Заречье»", None),
    (_SUBJECT, "распоряжением главы города Ольховска от 3 марта 2020 года N 7 «О перечне "
     "программ города Ольховска Лесной области»", None),
    # the body that issued the cited act names its region: where the document is
    (_SUBJECT, "постановлением администрации города Ольховска Лесной области от 3 марта 2020 "
     "года № 15-п «Об утверждении Порядка разработки муниципальных программ»",
     "Лесная область"),
    # the document's own subject quoting the plan it amends names the region
    ("О внесении изменений в муниципальную программу «Развитие образования города Ольховска "
     "Лесной области»", "Бюджетным кодексом Российской Федерации", "Лесная область"),
])
def test_region_in_a_cited_subject(tmp_path: Path, subject: str, basis: str,
                                   region: str | None) -> None:
    assert _region(_ACT.format(subject=subject, basis=basis), tmp_path) == region


@pytest.mark.parametrize(("heading", "subject"), [
    # a legal database prints the subject in angle brackets after the requisites
    ("Распоряжение Администрации Лесной области от 03.02.2026 N 58-р <О ресурсном центре>",
     "О ресурсном центре"),
    ("Постановление Правительства Республики Заречье от 1.02.2026 № 5 <Об утверждении "
     "Концепции развития чтения>.", "Об утверждении Концепции развития чтения"),
    # quotes as before
    ('Постановление администрации Лесного района от 03.02.2026 № 58 "О ресурсном центре"',
     '"О ресурсном центре"'),
    # brackets around something else: no subject
    ("Распоряжение Администрации Лесной области от 03.02.2026 N 58-р <ред. от 01.03.2026>",
     None),
])
def test_angled_subject(ctx: Ctx, heading: str, subject: str | None) -> None:
    assert quoted_subject(ctx, heading) == subject


_CENTRE = ("АДМИНИСТРАЦИЯ ЛЕСНОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\nот 3 февраля 2026 г. № 58-р\n{subject}\n"
           "В целях оказания помощи детям и их семьям:\n1. Создать ресурсный центр.\n"
           "2. Утвердить:\n2.1. {first} согласно приложению № 1.\n"
           "2.2. {second} согласно приложению № 2.\n")
_REGULATION = "Положение о ресурсном центре помощи детям"
_PLAN = "План мероприятий по развитию ресурсного центра помощи детям"


@pytest.mark.parametrize(("subject", "first", "second", "kind"), [
    # the subject names no plan and the plan comes after a regulation: an order
    ("О ресурсном центре помощи детям", _REGULATION, _PLAN, "order"),
    ("О создании ресурсного центра помощи детям", "Состав совета ресурсного центра", _PLAN,
     "order"),
    # the plan approved first: the act approves the plan
    ("О ресурсном центре помощи детям", _PLAN, _REGULATION, "roadmap"),
    # the subject names the plan: the act approves the plan
    ("О плане мероприятий по развитию ресурсного центра помощи детям", _REGULATION, _PLAN,
     "roadmap"),
])
def test_plan_approved_after_a_regulation(tools: ExtractTools, tmp_path: Path, subject: str,
                                          first: str, second: str, kind: str) -> None:
    text = _CENTRE.format(subject=subject, first=first, second=second)
    assert facts_of(txt_doc(tmp_path, text), tools).document.kind == kind


_OPENING = "{preamble}\n1. Открыть консультационные пункты для родителей.\n{second}\n"


@pytest.mark.parametrize(("preamble", "second", "kind"), [
    # a preamble ending on a colon, an item only an act gives: an order
    ("В целях поддержки семей с детьми и во исполнение решения коллегии от 12.03.2025 N 4:",
     "2. Рекомендовать главам муниципальных образований определить базовые детские сады.",
     "order"),
    ("В соответствии с соглашением от 14.12.2024 N 118:",
     "2. Контроль за исполнением настоящего распоряжения возложить на заместителя главы.",
     "order"),
    ("Руководствуясь Уставом Лесной области:",
     "2. Признать утратившим силу распоряжение от 01.02.2020 N 5.", "order"),
    # the items are measures, no act's instruction: nothing says what the page is
    ("В целях поддержки семей с детьми:", "2. Провести семинар для воспитателей.", None),
    # a sentence that is no preamble
    ("Работа консультационных пунктов:",
     "2. Рекомендовать родителям посещать занятия.", None),
])
def test_preamble_with_items(tools: ExtractTools, tmp_path: Path, preamble: str, second: str,
                             kind: str | None) -> None:
    text = _OPENING.format(preamble=preamble, second=second)
    assert facts_of(txt_doc(tmp_path, text), tools).document.kind == kind


_ORDER = ("В целях развития инклюзивного образования {verb}:\n1. Утвердить {item}.\n"
          "2. Контроль за исполнением настоящего приказа оставляю за собой.\n")


@pytest.mark.parametrize(("verb", "item", "issuer"), [
    # a head's order approving its body's own plan: the plan's owner issued it
    ("приказываю", 'прилагаемый План мероприятий ("дорожную карту") Министерства образования '
     "Степной области по развитию инклюзивного образования на 2026 - 2028 годы",
     "Министерство образования Степной области"),
    ("приказываю", "План работы Комитета по образованию администрации Лесного района на 2026 "
     "год", "Комитет по образованию администрации Лесного района"),
    # an administration's act approving a department's plan: not the department's act
    ("постановляю", "План работы Комитета по образованию администрации Лесного района на 2026 "
     "год", None),
    # the plan names no owner
    ("приказываю", "План мероприятий по развитию инклюзивного образования на 2026 год", None),
])
def test_owner_of_the_approved_plan(tools: ExtractTools, tmp_path: Path, verb: str, item: str,
                                    issuer: str | None) -> None:
    text = _ORDER.format(verb=verb, item=item)
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


@pytest.mark.parametrize(("text", "years"), [
    ("2016201720182019", [2016, 2017, 2018, 2019]),
    ("2023 2024 2025", [2023, 2024, 2025]),
    # not consecutive, cut mid-year, a single year, a number: no caption row
    ("201620182020", None),
    ("20162017201", None),
    ("2016", None),
    ("12345678", None),
])
def test_glued_years(text: str, years: list[int] | None) -> None:
    assert years_line(text) == years


@pytest.mark.parametrize(("text", "n", "values"), [
    # glued cells cut into as many numbers as years, the smoothest series
    ("77,5888,58,58,5", 7, ["7", "7,5", "8", "8", "8,5", "8,5", "8,5"]),
    ("6566,56868,5", 4, ["65", "66,5", "68", "68,5"]),
    ("101112", 3, ["10", "11", "12"]),
    # cells parted by spaces as printed
    ("65 66,5 68", 3, ["65", "66,5", "68"]),
    # too few digits for the years, or words: nothing read
    ("65", 3, None),
    ("нет данных", 2, None),
    # two series read about as well: no reading
    ("12121", 2, None),
    ("5566", 3, None),
])
def test_glued_values(text: str, n: int, values: list[str] | None) -> None:
    assert values_line(text, n) == values


_CHANGES = ('Приложение к постановлению от 14.09.2025 г № 512 Изменение\n\n'
            'Изменения, вносимые в постановление мо "Лесной район" от 03.04.2023 №208 "Об '
            'утверждении плана мероприятий ("Дорожная карта") по развитию чтения мо "Лесной '
            'район"\n\n\n{lead}\n1.Подпункт 2 раздела II исключить.\n')
_HEADING = ('Изменения, вносимые в постановление мо "Лесной район" от 03.04.2023 №208 "Об '
            'утверждении плана мероприятий ("Дорожная карта") по развитию чтения мо "Лесной '
            'район"')


@pytest.mark.parametrize(("lead", "title"), [
    # a sentence opening with a preposition and leading into the items: the body
    ('В плане мероприятий ("дорожной карте") "Развитие чтения" (приложение):', _HEADING),
    ("В разделе II плана:", _HEADING),
    # a lower-case line still goes on the heading
    ("в редакции от 01.02.2024", f"{_HEADING} в редакции от 01.02.2024"),
])
def test_lead_in_under_an_open_quote(tools: ExtractTools, tmp_path: Path, lead: str,
                                     title: str) -> None:
    text = _CHANGES.format(lead=lead)
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title


_RESTATED = ('2.Подпункт 5 изложить в следующей редакции:\n"Доля детей, занятых в кружках:\n'
             "{unit}\n\n\n{years}\n{values}\n\n\".\n")


def _indicators(text: str, tmp_path: Path) -> list[tuple[object, ...]]:
    from pipelines.run import process_file  # the whole pipeline: units and values normalised

    path = tmp_path / "changes.txt"
    path.write_text(text, encoding="utf-8")
    return [(i.number, i.name, i.unit, [(v.year, v.value) for v in i.values])
            for i in process_file(path).indicators]


@pytest.mark.parametrize(("unit", "years", "values", "found"), [
    ("(процентов)", "202320242025", "6566,568",
     [("5", "Доля детей, занятых в кружках", "%", [(2023, 65), (2024, 66.5), (2025, 68)])]),
    ("(человек)", "2023 2024", "120 135",
     [("5", "Доля детей, занятых в кружках", "человек", [(2023, 120), (2024, 135)])]),
    # values that cannot be cut into one a year: no indicator read
    ("(процентов)", "202320242025", "65", []),
])
def test_restated_indicator(tmp_path: Path, unit: str, years: str, values: str,
                            found: list[tuple[object, ...]]) -> None:
    text = _RESTATED.format(unit=unit, years=years, values=values)
    assert _indicators(text, tmp_path) == found
