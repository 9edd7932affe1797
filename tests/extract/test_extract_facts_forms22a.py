"""Document facts of acts on legal sites (issue 11, helper facts22a): an act approving a
programme's report, a legislature named by its operative sentence, a council's capitals
letterhead, a governor's appendix stamp without an act word, an abbreviation's full stop at a
title's end, a site's "*(1)" footnote mark. Invented bodies, places and wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.header import extract
from extract.found import Found
from extract.indicator_rows import FOOTNOTE
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import lines_doc, pdf_doc

_ASSEMBLY_BODY = ("1. Утвердить итоговый отчет о реализации программы (прилагается).",
                  "2. Постановление вступает в силу со дня его принятия.",
                  "Председатель Законодательного Собрания Озёрной области", "А.Б. Петров")

# (subject lines, title): a report-approving act whose subject breaks after "о реализации"
# (or "о ходе выполнения") keeps the whole subject, never the programme's name alone
REPORT_SUBJECTS = [
    (("Об утверждении итогового отчета о реализации",
      "Областной целевой программы \"Чистая вода на 2010-2012 годы\""),
     "Об утверждении итогового отчета о реализации Областной целевой программы "
     "\"Чистая вода на 2010-2012 годы\""),
    (("Об утверждении отчета о выполнении",
      "Государственной программы \"Доступная среда\" за 2019 год"),
     "Об утверждении отчета о выполнении Государственной программы \"Доступная среда\" "
     "за 2019 год"),
]


@pytest.mark.parametrize(("subject", "title"), REPORT_SUBJECTS)
def test_report_approving_subject_is_the_title(tools: ExtractTools, subject: tuple[str, ...],
                                               title: str) -> None:
    doc = pdf_doc("ЗАКОНОДАТЕЛЬНОЕ СОБРАНИЕ", "ПОСТАНОВЛЕНИЕ", "12 мая 2011 года N 45",
                  *subject, "Законодательное Собрание Озёрной области ПОСТАНОВЛЯЕТ:",
                  *_ASSEMBLY_BODY)
    facts = extract(doc, Found(), tools).document
    assert facts.title == title
    assert facts.kind == "report"


# (operative sentence, issuer): the body in the nominative with its adjectives, not the
# signature's genitive
OPERATIVE = [
    ("Законодательное Собрание Озёрной области ПОСТАНОВЛЯЕТ:",
     "Законодательное Собрание Озёрной области"),
    ("Руководствуясь Уставом области, Законодательное Собрание Озёрной области постановляет:",
     "Законодательное Собрание Озёрной области"),
    ("Государственное Собрание Республики Озёрия постановляет:",
     "Государственное Собрание Республики Озёрия"),
]


@pytest.mark.parametrize(("sentence", "issuer"), OPERATIVE)
def test_legislature_from_its_operative_sentence(tools: ExtractTools, sentence: str,
                                                 issuer: str) -> None:
    doc = pdf_doc("ЗАКОНОДАТЕЛЬНОЕ СОБРАНИЕ", "ПОСТАНОВЛЕНИЕ", "12 мая 2011 года N 45",
                  "О награждении Почетной грамотой", sentence,
                  "1. Наградить Почетной грамотой коллектив школы.",
                  "Председатель Законодательного Собрания Озёрной области", "А.Б. Петров")
    assert extract(doc, Found(), tools).document.issuer == issuer


# (letterhead, operative sentence, issuer): a council's capitals letterhead over its region's
# line; the text's own spelling keeps "Совет" capitalised, the region tail goes
COUNCILS = [
    (("ОЗЁРСКИЙ РАЙОННЫЙ СОВЕТ ДЕПУТАТОВ", "ЛЕСНОГО КРАЯ"),
     "На основании Устава района Озёрский районный Совет депутатов решил:",
     "Озёрский районный Совет депутатов"),
    (("БЕРЁЗОВСКИЙ ГОРОДСКОЙ СОВЕТ ДЕПУТАТОВ", "ОЗЁРНОЙ ОБЛАСТИ"),
     "В соответствии с Уставом города Берёзовский городской Совет депутатов РЕШИЛ:",
     "Берёзовский городской Совет депутатов"),
]


@pytest.mark.parametrize(("letterhead", "sentence", "issuer"), COUNCILS)
def test_council_letterhead(tools: ExtractTools, letterhead: tuple[str, ...], sentence: str,
                            issuer: str) -> None:
    text = "\n".join((*letterhead, "РЕШЕНИЕ от 3 марта 2009 г. N 12-рс",
                      "О РАЙОННОЙ ПРОГРАММЕ \"ЗДОРОВАЯ СЕМЬЯ\" НА 2009 - 2011 ГГ.", sentence,
                      "1. Утвердить программу \"Здоровая семья\" на 2009 - 2011 гг.",
                      "Глава района", "И.И. Сидоров"))
    assert extract(lines_doc(text), Found(), tools).document.issuer == issuer


# (appendix stamp, issuer): a governor's stamp that names no act ("к постановлению")
GOVERNOR_STAMPS = [
    (("Приложение N 2", "Губернатора Озёрной области", "от 10 февраля 2015 г. N 31"),
     "Губернатор Озёрной области"),
    (("Приложение № 4", "Главы города Берёзовска", "от 01.03.2016 № 7"),
     "Глава города Берёзовска"),
]


@pytest.mark.parametrize(("stamp", "issuer"), GOVERNOR_STAMPS)
def test_governor_appendix_stamp(tools: ExtractTools, stamp: tuple[str, ...],
                                 issuer: str) -> None:
    doc = pdf_doc(*stamp, "Перечень", "основных мероприятий государственной программы "
                  "развития лесного хозяйства Озёрной области на 2014-2020 годы")
    assert extract(doc, Found(), tools).document.issuer == issuer


# (subject, title): "гг." / "ГГ." closing a title is an abbreviation, its full stop stays
ABBREVIATION_ENDS = [
    ("ОБ УТВЕРЖДЕНИИ ПРОГРАММЫ \"ЧИСТЫЙ ГОРОД\" НА 2012 - 2014 ГГ.",
     "ОБ УТВЕРЖДЕНИИ ПРОГРАММЫ \"ЧИСТЫЙ ГОРОД\" НА 2012 - 2014 ГГ."),
    ("Об утверждении программы \"Чистый город\" на 2012 - 2014 гг.",
     "Об утверждении программы \"Чистый город\" на 2012 - 2014 гг."),
    ("Об утверждении программы \"Чистый город\".", "Об утверждении программы \"Чистый город\""),
]


@pytest.mark.parametrize(("subject", "title"), ABBREVIATION_ENDS)
def test_abbreviation_stop_kept(tools: ExtractTools, subject: str, title: str) -> None:
    doc = pdf_doc("АДМИНИСТРАЦИЯ ОЗЁРСКОГО РАЙОНА", "ПОСТАНОВЛЕНИЕ", "от 5 мая 2011 г. N 120",
                  subject, "В соответствии с Уставом района администрация Озёрского района "
                  "ПОСТАНОВЛЯЕТ:", "1. Утвердить программу (прилагается).")
    assert extract(doc, Found(), tools).document.title == title


@pytest.mark.parametrize(("name", "clean"), [
    ("Доля граждан, охваченных проектами*(1)", "Доля граждан, охваченных проектами"),
    ("Число волонтеров *(2)", "Число волонтеров"),
    ("Число клубов<3>", "Число клубов"),
    ("Число клубов (2)", "Число клубов"),
    ("Число клубов**", "Число клубов"),
])
def test_footnote_mark_left_off_a_name(name: str, clean: str) -> None:
    assert FOOTNOTE.sub("", name) == clean
