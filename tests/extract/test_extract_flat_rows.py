"""Plan tables a site's text export flattened into lines (extract/flat_header.py,
flat_split.py, flat_rows.py): the header line, the cut of each row into the header's cells, and
whole documents read from text."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from extract.flat_header import read_flat_header
from extract.flat_split import split_row
from extract.models import Draft
from extract.pipeline import extract_document
from extract.tools import ExtractTools
from extract.vocab import get_vocab
from ingest.limits import DEFAULT_LIMITS
from ingest.models import SourceDocument
from ingest.text.reader import read_text
from normalize.record import default_tools
from pipelines.run import extract_tools

A, D, R, E = "activity", "deadline", "responsibles", "result"


@cache
def tools() -> ExtractTools:
    return extract_tools(default_tools())


@pytest.mark.parametrize(("line", "roles"), [
    ("N Наименование мероприятия Сроки исполнения Ответственные исполнители",
     ("number", A, D, R)),
    ("№ п/п Мероприятие Срок Ответственный Ожидаемый результат", ("number", A, D, R, E)),
    ("№ Наименование мероприятия Ответственные Срок выполнения", ("number", A, R, D)),
    ("Мероприятия Сроки Исполнители (Ф.И.О., должность)", (A, D, R)),
    # a school plan's participants column before the responsible one: one responsible column,
    # the participants kept as an unread cell (the rightmost of equal readings answers)
    ("№ п/п Название мероприятия Сроки Участники (группы) Ответственные",
     ("number", A, D, "other", R)),
    # two columns only: the activity and its term
    ("Мероприятие Срок проведения", (A, D)),
    ("Наименование мероприятий Сроки реализации", (A, D)),
    # not headers: prose, a section, a header without a field column, an appendix stamp
    ("Мероприятия Кедровской школы", None),
    ("Проведение Дня здоровья", None),
    ("Раздел 2. «Основные результаты работы отдела образования в отчетном году", None),
    ("Приложение к распоряжению от 10.01.2025 № 4", None),
    ("Организационно-методическое сопровождение", None),
    ("N Наименование мероприятия Примечание", None),
    ("Управление образования Администрации Березовского района Ответственный Срок", None),
])
def test_flattened_header_names_its_columns(line: str, roles: tuple[str, ...] | None) -> None:
    header = read_flat_header(line, tools())
    assert (header.roles if header else None) == roles


@pytest.mark.parametrize(("text", "roles", "cells", "decided"), [
    ("Обновление электронного журнала во всех школах округа до 1 октября Отдел образования",
     (A, D, R), ("Обновление электронного журнала во всех школах округа", "до 1 октября",
                 "Отдел образования"), "rule 'days'"),
    ("Заседание муниципального методического совета 1 раз в квартал МКУ «РМК»",
     (A, D, R), ("Заседание муниципального методического совета", "1 раз в квартал",
                 "МКУ «РМК»"), "rule 'recurrence'"),
    ("Конкурс «Учитель года» февраль-март 2025 года Управление образования, МБОУ «СОШ № 2»",
     (A, D, R), ("Конкурс «Учитель года»", "февраль-март 2025 года",
                 "Управление образования, МБОУ «СОШ № 2»"), "rule 'months'"),
    ("Собрание для родителей выпускников 9-х классов III квартал заместители директоров по УВР",
     (A, D, R), ("Собрание для родителей выпускников 9-х классов", "III квартал",
                 "заместители директоров по УВР"), "rule 'quarters'"),
    ("Консультирование родителей будущих первоклассников по мере необходимости "
     "педагоги-психологи ОО", (A, D, R),
     ("Консультирование родителей будущих первоклассников", "по мере необходимости",
      "педагоги-психологи ОО"), "rule 'recurrence'"),
    # the responsible column before the deadline column
    ("Организация летнего отдыха детей Комитет по образованию июнь-август", (A, R, D),
     ("Организация летнего отдыха детей", "Комитет по образованию", "июнь-август"),
     "organisation word 'Комитет'"),
    # a result column after the responsible one; "МБОУ ДО «ЦДТ»" is not cut from its name
    ("Проведение школьного этапа олимпиады сентябрь-октябрь 2025 г. МБОУ ДО «ЦДТ» Протоколы и "
     "рейтинг участников", (A, D, R, E),
     ("Проведение школьного этапа олимпиады", "сентябрь-октябрь 2025 г.", "МБОУ ДО «ЦДТ»",
      "Протоколы и рейтинг участников"), "organisation word 'МБОУ'"),
    ("Размещение отчёта о самообследовании на сайтах до 20 апреля 2025 г. руководители ОО "
     "Отчёты на сайтах 100% ОО", (A, D, R, E),
     ("Размещение отчёта о самообследовании на сайтах", "до 20 апреля 2025 г.",
      "руководители ОО", "Отчёты на сайтах 100% ОО"), "rule 'days'"),
    # a list in the responsible cell ending on a comma goes on with the next party
    ("Семинары для заместителей руководителей ОО, ДОО ежеквартально Управление образования, "
     "МКУ «ИМЦ» Рост методической компетентности", (A, D, R, E),
     ("Семинары для заместителей руководителей ОО, ДОО", "ежеквартально",
      "Управление образования, МКУ «ИМЦ»", "Рост методической компетентности"),
     "rule 'recurrence'"),
    # a participants cell "1 - 11" stays whole; a shortened qualifier opens a position
    ("Выставка рисунков «Мирное небо» в течение года 1 - 11 Кл. руководители",
     (A, D, "other", R),
     ("Выставка рисунков «Мирное небо»", "в течение года", "1 - 11", "Кл. руководители"),
     "shortened qualifier 'Кл.'"),
    # a responsible cell that is a surname and initials
    ("Встреча с ветеранами труда май 5 - 9 Соколова Т.Н.", (A, D, "other", R),
     ("Встреча с ветеранами труда", "май", "5 - 9", "Соколова Т.Н."), "a name Соколова Т.Н."),
    # initials printed apart ("Т. Н.") still make a name; "в годы войны" is the title's
    ("Уборка территории у обелиска павшим в годы войны май Кузьмина Т. Н.", (A, D, R),
     ("Уборка территории у обелиска павшим в годы войны", "май", "Кузьмина Т. Н."),
     "a name Кузьмина Т."),
    # a deadline the parser reads without a date word; the words before it read nothing
    ("Уроки мужества о героях земляках в годы войны. По плану Классные руководители 5-9 "
     "классов", (A, D, R),
     ("Уроки мужества о героях земляках в годы войны.", "По плану",
      "Классные руководители 5-9 классов"), "rule 'recurrence'"),
    # a month range printed "Март- апрель" inside one line is no word broken at a line's end
    ("Выставка поделок «Весна Победы» Март- апрель 2025г Воспитатели групп", (A, D, R),
     ("Выставка поделок «Весна Победы»", "Март- апрель 2025г", "Воспитатели групп"),
     "rule 'months'"),
    # a year glued to its "г" closes the deadline before it ("9 мая 2025г")
    ("Акция «Свеча памяти» 22 июня 2025г Белова О. П..Кл. рук. |", (A, D, R),
     ("Акция «Свеча памяти»", "22 июня 2025г", "Белова О. П..Кл. рук. |"), "rule 'days'"),
    # a year range printed with a spaced dash stays whole; "гг." closing it names no party
    ("Встречи с ветеранами труда. 2026 – 2030 гг.", (A, D, R),
     ("Встречи с ветеранами труда.", "2026 – 2030 гг.", ""), "rule 'years'"),
    ("Конкурс чтецов «Родное слово». 2026 – 2030 Учителя литературы", (A, D, R),
     ("Конкурс чтецов «Родное слово».", "2026 – 2030", "Учителя литературы"), "rule 'years'"),
    # "на год" reads nothing alone and adds nothing to "апрель": the title's end
    ("Разработка плана экскурсий для старших групп на год апрель Старшие воспитатели",
     (A, D, R), ("Разработка плана экскурсий для старших групп на год", "апрель",
                 "Старшие воспитатели"), "rule 'months'"),
    # whose plan: a position word no nominative reads completes the deadline, not the parties
    ("Конкурс поделок «Зимняя сказка» по графику методистов методисты, инструктор по ФИЗО",
     (A, D, R), ("Конкурс поделок «Зимняя сказка»", "по графику методистов",
                 "методисты, инструктор по ФИЗО"), "with its complement 'методистов'"),
])
def test_row_is_cut_into_the_header_cells(text: str, roles: tuple[str, ...],
                                          cells: tuple[str, ...], decided: str) -> None:
    split = split_row(text, roles, get_vocab(tools()), tools())
    assert split.cells == cells
    assert any(decided in why for why in split.evidence), split.evidence


def test_without_the_parser_deadline_words_still_cut_a_row() -> None:
    bare = ExtractTools(lemma=tools().lemma, tag=tools().tag)
    split = split_row("Анкетирование родителей ежегодно, апрель Отдел образования", (A, D, R),
                      get_vocab(bare), bare)
    assert split.cells == ("Анкетирование родителей", "ежегодно, апрель", "Отдел образования")
    assert split.evidence[1] == "deadline words"


PLAN = """Приложение к постановлению от 03.03.2025 № 77

№ Наименование мероприятия Срок исполнения Ответственные исполнители
Информационное сопровождение
1 Публикация на сайте управления сведений о ходе оценки качества:
- о составе общественного совета;
- о результатах опроса родителей в течение года Управление образования
2 Опрос родителей о качестве работы детских садов ноябрь Управление образования,
руководители ДОО
Кадровые условия
3 Аттестация руководителей школ по графику Управление образования

Глава района В.В. Сомов
"""


def _draft(text: str, name: str = "plan.txt") -> Draft:
    read = read_text(text.encode("utf-8"), name, DEFAULT_LIMITS)
    doc = SourceDocument(file=name, sha256="0" * 64, format="txt", blocks=read.blocks)
    return extract_document(doc, tools(), debug=True)


def test_plan_rows_sections_and_wrapped_lines_are_read() -> None:
    draft = _draft(PLAN)
    got = [(a.number, a.section, a.title, a.deadline_text, a.responsibles_text, a.source.line)
           for a in draft.activities]
    assert got == [
        ("1", "Информационное сопровождение",
         "Публикация на сайте управления сведений о ходе оценки качества: - о составе "
         "общественного совета; - о результатах опроса родителей", "в течение года",
         "Управление образования", 5),
        ("2", "Информационное сопровождение", "Опрос родителей о качестве работы детских садов",
         "ноябрь", "Управление образования, руководители ДОО", 8),
        ("3", "Кадровые условия", "Аттестация руководителей школ", "по графику",
         "Управление образования", 11),
    ]
    assert any("[flat_header]" in t and "Срок исполнения → deadline" in t for t in draft.trace)
    assert any("row 1 (3 line(s))" in t and "deadline parser rule 'recurrence'" in t
               for t in draft.trace)


def test_numbered_lines_without_a_flattened_header_are_not_rows() -> None:
    text = PLAN.replace("№ Наименование мероприятия Срок исполнения Ответственные исполнители\n",
                        "")
    draft = _draft(text)
    assert not any("flat_rows" in t for t in draft.trace)
    assert draft.activities == ()


def test_debug_names_the_evidence_of_each_cut(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pipelines.cli", "extract", str(path),
                           "--debug"], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "'Опрос родителей о качестве работы детских садов' (the rest) | 'ноябрь' (deadline " \
           "parser rule 'months') | 'Управление образования, руководители ДОО' (opens with " \
           "organisation word 'Управление') [flat_row_split]" in done.stdout + done.stderr
