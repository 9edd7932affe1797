"""Municipal and regional acts approving education programmes (session facts65): a council
named in its operative sentence with its adjectives, the first of which a likelier parse reads
as a genitive ("Ольховский городской Совет … решил:")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools
from normalize.deadlines import parse_period

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, txt_doc

_ACT = ("Решение от 14.03.2019 г № 212\n\nО городской целевой программе «Лето»\n\n\n"
        "Рассмотрев программу, внесённую администрацией города, {body} решил:\n"
        "1.Утвердить программу (прилагается).\n2.Решение вступает в силу.\n"
        "Председатель городского Совета\nТ.Н.Сорокина\n")


@pytest.mark.parametrize(("body", "issuer"), [
    ("Ольховский городской Совет народных депутатов",
     "Ольховский городской Совет народных депутатов"),
    ("Ольховский районный Совет депутатов", "Ольховский районный Совет депутатов"),
    ("Городской Совет депутатов Ольховска", "Городской Совет депутатов Ольховска"),
], ids=["city-adjective-gent-parse", "district", "name-after"])
def test_council_with_its_adjectives(tools: ExtractTools, tmp_path: Path, body: str,
                                     issuer: str) -> None:
    found = facts_of(txt_doc(tmp_path, _ACT.format(body=body)), tools).document
    assert found.issuer == issuer


_CAPS = ("ЯСЕНЕВСКИЙ РАЙОННЫЙ СОВЕТ ДЕПУТАТОВ\n\nРЕШЕНИЕ\n\nот 5 мая 2015 г. N 4/71\n\n"
         "{subject}\n\n"
         "В соответствии с Уставом района Ясеневский районный Совет депутатов решил:\n\n"
         "1. Утвердить прилагаемую программу.\n")


@pytest.mark.parametrize(("lines", "title"), [
    # a genitive phrase opens each line after the first: the subject goes on
    (("ОБ УТВЕРЖДЕНИИ ПРОГРАММЫ РАЗВИТИЯ", "ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ",
      "ЯСЕНЕВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА НА 2015 - 2017 ГОДЫ"),
     "ОБ УТВЕРЖДЕНИИ ПРОГРАММЫ РАЗВИТИЯ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ ЯСЕНЕВСКОГО "
     "МУНИЦИПАЛЬНОГО РАЙОНА НА 2015 - 2017 ГОДЫ"),
    (("О МУНИЦИПАЛЬНОЙ ПРОГРАММЕ РАЗВИТИЯ", "ДОШКОЛЬНОГО ОБРАЗОВАНИЯ ГОРОДА ЯСЕНЕВА",
      "НА 2015 - 2017 ГОДЫ"),
     "О МУНИЦИПАЛЬНОЙ ПРОГРАММЕ РАЗВИТИЯ ДОШКОЛЬНОГО ОБРАЗОВАНИЯ ГОРОДА ЯСЕНЕВА НА 2015 - 2017 "
     "ГОДЫ"),
    # a subject closed by its years goes on with no genitive line under it
    (("ОБ УТВЕРЖДЕНИИ ПРОГРАММЫ НА 2015 - 2017 ГОДЫ", "ДОПОЛНИТЕЛЬНОГО СОГЛАШЕНИЯ К НЕЙ"),
     "ОБ УТВЕРЖДЕНИИ ПРОГРАММЫ НА 2015 - 2017 ГОДЫ"),
    # the plan's heading in the nominative under the subject is no part of it: it is the
    # approved plan's own heading, the title (CONTRACT `title`)
    (("ОБ УТВЕРЖДЕНИИ ПРОГРАММЫ РАЗВИТИЯ", "ПРОГРАММА РАЗВИТИЯ ОБРАЗОВАНИЯ"),
     "ПРОГРАММА РАЗВИТИЯ ОБРАЗОВАНИЯ"),
], ids=["district-line", "city-and-years", "years-closed", "nominative-heading"])
def test_caps_subject_goes_on_with_genitive_lines(tools: ExtractTools, tmp_path: Path,
                                                  lines: tuple[str, ...], title: str) -> None:
    text = _CAPS.format(subject="\n\n".join(lines))
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title


_PREAMBLE = ("В соответствии с Бюджетным кодексом Российской Федерации, в целях развития спорта "
             "среди школьников Ольшанского района администрация района")


@pytest.mark.parametrize("blocks", [
    # the subject as three paragraphs, the verb a paragraph of its own
    ("Об утверждении муниципальной программы", "\"Развитие школьного спорта",
     "на 2025 – 2027 годы\"", _PREAMBLE, "ПОСТАНОВЛЯЕТ:", "1. Утвердить программу."),
    # … the verb closing the preamble
    ("Об утверждении муниципальной программы", "\"Развитие школьного спорта",
     "на 2025 – 2027 годы\"", _PREAMBLE + " ПОСТАНОВЛЯЕТ:", "1. Утвердить программу."),
    # the subject as one paragraph, the verb alone
    ("Об утверждении муниципальной программы \"Развитие школьного спорта на 2025 – 2027 "
     "годы\"", _PREAMBLE, "ПОСТАНОВЛЯЕТ:", "1. Утвердить программу."),
], ids=["three-paragraphs-verb-alone", "three-paragraphs-verb-in-preamble", "one-paragraph"])
def test_nameless_body_of_a_page_without_requisites(tools: ExtractTools,
                                                    blocks: tuple[str, ...]) -> None:
    found = facts_of(docx_doc(*blocks), tools).document
    assert found.issuer == "Администрация Ольшанского района"


def test_verb_alone_far_below_names_no_body(tools: ExtractTools) -> None:
    # the body's sentence further down the page (a quoted act's) is not the page's own
    blocks = ("Об утверждении муниципальной программы", "\"Развитие школьного спорта",
              "на 2025 – 2027 годы\"", "Программа разработана отделом образования.",
              "Ее мероприятия проводят школы района.", _PREAMBLE, "ПОСТАНОВЛЯЕТ:")
    assert facts_of(docx_doc(*blocks), tools).document.issuer is None


@pytest.mark.parametrize(("letterhead", "issuer"), [
    # one word in capitals, the body's (or its head's) word, over the rest in normal case
    ("ГЛАВА\nместного самоуправления Кленовского района",
     "Глава местного самоуправления Кленовского района"),
    ("АДМИНИСТРАЦИЯ\nКленовского района", "Администрация Кленовского района"),
    # several words in capitals: as before
    ("КОМИТЕТ ПО ОБРАЗОВАНИЮ\nадминистрации Кленовского района",
     "Комитет по образованию администрации Кленовского района"),
], ids=["head-word", "body-word", "several-words"])
def test_one_capitals_word_over_normal_case(tools: ExtractTools, tmp_path: Path,
                                            letterhead: str, issuer: str) -> None:
    text = (letterhead + "\nЛесной области\n\nПОСТАНОВЛЕНИЕ\n\nот 12.05.2012 г. N 41-п\n\n"
            "О летнем отдыхе школьников\n\nВ целях организации отдыха постановляю:\n\n"
            "1. Организовать отдых.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


@pytest.mark.parametrize(("title", "period"), [
    ("О районной программе отдыха школьников летом 2012 года", "летом 2012 года"),
    ("О мерах по подготовке школ к работе зимой 2012 г.", "зимой 2012 г."),
    # a season's adverb without a year names none
    ("О работе лагерей летом", None),
], ids=["summer", "winter", "no-year"])
def test_season_adverb_with_its_year(tools: ExtractTools, tmp_path: Path, title: str,
                                     period: str | None) -> None:
    text = ("АДМИНИСТРАЦИЯ\nКленовского района\n\nПОСТАНОВЛЕНИЕ\n\nот 12.05.2012 г. N 41-п\n\n"
            f"{title}\n\nВ целях организации отдыха постановляю:\n\n1. Организовать отдых.\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.period_text == period


_FLAT = ("Расширенный поиск\nПостановление Губернатора Лесной области от 14.02.2012 № 51"
         "{glue}ГУБЕРНАТОР ЛЕСНОЙ ОБЛАСТИ {act} от 14.02.2012 N 51 г. Кедровск {subject} "
         "(В редакции Постановлений Администрации Лесной области от 10.10.2012 г. N 300) "
         "В соответствии со стратегией развития образования Лесной области, в целях увеличения "
         "числа мест в детских садах, сокращения очереди на устройство детей в детские сады и "
         "повышения качества присмотра и ухода за детьми, а также в целях привлечения в "
         "отрасль молодых воспитателей: 1. Утвердить прилагаемую программу. 2. Департаменту "
         "образования области обеспечить реализацию программы.\n")
_SUBJECT = ("Об Областной целевой программе развития дошкольного образования на 2012-2013 годы "
            "и перспективу до 2016 года")


@pytest.mark.parametrize(("glue", "act"), [
    ("", "РАСПОРЯЖЕНИЕ"),  # the heading's number glued to the letterhead
    (" ", "РАСПОРЯЖЕНИЕ"),
    ("", "ПОСТАНОВЛЕНИЕ"),
], ids=["glued", "spaced", "resolution"])
def test_act_run_into_one_line(tools: ExtractTools, tmp_path: Path, glue: str,
                               act: str) -> None:
    text = _FLAT.format(glue=glue, act=act, subject=_SUBJECT)
    found = facts_of(txt_doc(tmp_path, text), tools).document
    assert (found.kind, found.title, found.issuer) == (
        "programme", _SUBJECT, "Губернатор Лесной области")
    assert (found.order_number, found.period_text) == (
        "51", "на 2012-2013 годы и перспективу до 2016 года")


@pytest.mark.parametrize(("text", "years"), [
    ("на 2006-2007 годы и перспективу до 2010 года", (2006, 2010)),
    ("на 2006-2007 годы и на перспективу до 2010 года", (2006, 2010)),
    ("на 2006-2007 годы и на долгосрочную перспективу до 2015 года", (2006, 2015)),
    ("на 2016 - 2022 годы и на плановый период до 2026 года", (2016, 2026)),
    # the horizon before the range's end: the range
    ("на 2006-2010 годы и перспективу до 2008 года", (2006, 2010)),
], ids=["perspective", "on-perspective", "long-term", "planned-period", "horizon-inside"])
def test_period_to_a_perspective(text: str, years: tuple[int, int]) -> None:
    got = parse_period(text)
    assert got is not None and (got.start_year, got.end_year) == years
