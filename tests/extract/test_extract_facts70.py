"""Regional and municipal acts as legal sites copy them (session facts70): an amended act's
edition bracket after its quoted name, a bracket line inside a subject broken over short lines,
a page opening at the preamble whose cited plan's term is no period, an act holding an event
whose item approves the event's plan, a minister's order naming its ministry only where it is
published."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, table, txt_doc

_CITED = ('от 12.10.2014 N 780 "Об утверждении муниципальной программы "Развитие образования '
          'города Ольшанска"')


@pytest.mark.parametrize(("subject", "title"), [
    # the edition bracket after the cited act's quoted name names the amended text: kept
    (f'"О внесении изменений в постановление Администрации города Ольшанска {_CITED} '
     '(ред. от 02.02.2016)"',
     f'О внесении изменений в постановление Администрации города Ольшанска {_CITED} '
     '(ред. от 02.02.2016)'),
    # … and right after its number, as before
    ('"О внесении изменений в постановление Администрации города Ольшанска от 12.10.2014 '
     'N 780 (ред. от 02.02.2016)"',
     'О внесении изменений в постановление Администрации города Ольшанска от 12.10.2014 N 780 '
     '(ред. от 02.02.2016)'),
    # a note of the act's own amendments after the subject is no part of it
    ('"Об утверждении муниципальной программы "Развитие образования города Ольшанска" '
     '(в ред. постановления Администрации города Ольшанска от 02.02.2016 N 95)"',
     'Об утверждении муниципальной программы "Развитие образования города Ольшанска"'),
], ids=["after-cited-name", "after-cited-number", "own-amendment-note"])
def test_edition_bracket_of_the_amended_act(tools: ExtractTools, subject: str,
                                            title: str) -> None:
    doc = docx_doc("Постановление Администрации г. Ольшанска", "от 3 мая 2016 г. N 412",
                   subject, "В соответствии с Бюджетным кодексом Российской Федерации "
                   "Администрация города Ольшанска постановляет:", "1. Внести изменения.",
                   bold=(0, 1, 2))
    assert facts_of(doc, tools).document.title == title


_AMENDING = ("ПРАВИТЕЛЬСТВО ЛУГОВСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\n4 марта 2016 г. N 118\n"
             "г. Луговск\n{subject}\nВ соответствии с Уставом Луговской области\n"
             "Правительство Луговской области п о с т а н о в л я е т:\n"
             "1. Внести изменения в постановление.\n")


@pytest.mark.parametrize(("lines", "title"), [
    # a bracket between two lines of the subject, the genitive going on after it
    (("О внесении изменений в постановление", "Правительства Луговской области",
      "от 20 мая 2014 года N 301", "и признании утратившими силу", "отдельных распоряжений",
      "(отдельных пунктов распоряжений)", "Правительства", "Луговской области"),
     "О внесении изменений в постановление Правительства Луговской области от 20 мая 2014 года "
     "N 301 и признании утратившими силу отдельных распоряжений (отдельных пунктов "
     "распоряжений) Правительства Луговской области"),
    # a note closing the subject on its own line ends it
    (("Об утверждении государственной программы", "Луговской области \"Развитие образования\"",
      "(с изменениями на 1 июня 2017 года)"),
     "Об утверждении государственной программы Луговской области \"Развитие образования\""),
], ids=["bracket-inside", "note-after"])
def test_bracket_line_inside_a_broken_subject(tools: ExtractTools, tmp_path: Path,
                                              lines: tuple[str, ...], title: str) -> None:
    text = _AMENDING.format(subject="\n".join(lines))
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title


@pytest.mark.parametrize(("preamble", "period"), [
    # the cited plan's term in a preamble closing on its colon: the grounds', no period
    ("В соответствии с пунктом 4 Стратегии до 2030 года по развитию воспитания, утвержденной "
     "распоряжением Правительства Российской Федерации от 12.03.2020 N 410-р:", None),
    # … the same sentence broken into lines by a PDF's justified print
    ("В соответствии с пунктом 4 Стратегии до 2030 года по развитию воспитания\n"
     "утвержденной распоряжением Правительства\nРоссийской Федерации от 12.03.2020 N 410-р:",
     None),
], ids=["one-paragraph", "broken-lines"])
def test_preamble_term_without_header_is_no_period(tools: ExtractTools, preamble: str,
                                                   period: str | None) -> None:
    doc = docx_doc(*preamble.split("\n"),
                   "1. Утвердить Межведомственную программу по профилактике правонарушений "
                   "несовершеннолетних в Луговской области (далее - Программа) согласно "
                   "приложению.", "2. Контроль за исполнением настоящего распоряжения оставляю "
                   "за собой.")
    found = facts_of(doc, tools).document
    assert (found.kind, found.period_text) == ("programme", period)


_HELD = ("Ольшанский муниципальный округ Луговской области\n\n{subject}\n\n"
         "В целях воспитания гражданственности администрация Ольшанского района "
         "п о с т а н о в л я е т:\n\n"
         "  1. Провести с 1 по 28 февраля 2023 года {event}.\n"
         "  2. Утвердить план мероприятий по проведению {event} (приложение).\n"
         "  3. Рекомендовать главам сельских поселений принять у")


@pytest.mark.parametrize(("subject", "event", "kind"), [
    ("О проведении месячника патриотической работы в Ольшанском районе в 2023 году",
     "месячника патриотической работы", "order"),
    ("О проведении декады здорового образа жизни", "декады здорового образа жизни", "order"),
    # the subject naming the plan itself: the plan's kind
    ("О проведении месячника и утверждении плана мероприятий месячника в 2023 году",
     "месячника", "roadmap"),
    # a subject approving the plan: the plan's kind
    ("Об утверждении плана мероприятий месячника патриотической работы",
     "месячника патриотической работы", "roadmap"),
], ids=["month", "decade", "subject-names-plan", "approves-plan"])
def test_act_holding_an_event_is_an_order(tools: ExtractTools, tmp_path: Path, subject: str,
                                          event: str, kind: str) -> None:
    text = _HELD.format(subject=subject, event=event)
    assert facts_of(txt_doc(tmp_path, text), tools).document.kind == kind


_MINISTER = ("Во исполнение распоряжения Правительства Луговской области от 3 марта 2024 года "
             "N 77-Пр, в целях развития дополнительного образования детей в Луговской области, "
             "приказываю:\n"
             "1. Утвердить План-график открытия новых мест дополнительного образования детей в "
             "Луговской области на 2025 год (приложение).\n"
             "2. {item}\n"
             "3. Контроль за исполнением настоящего приказа возложить на заместителя министра.\n"
             "Заместитель Председателя Правительства ")


@pytest.mark.parametrize(("item", "issuer"), [
    ("Отделу организационной работы министерства образования Луговской области в течение "
     "двух рабочих дней после подписания разместить настоящий приказ на сайте министерства "
     "образования Луговской области в сети Интернет.",
     "Министерство образования Луговской области"),
    ("Опубликовать настоящий приказ на официальном сайте департамента образования Луговской "
     "области.", "Департамент образования Луговской области"),
    # another body's site names no issuer
    ("Разместить информацию на сайте школы.", None),
], ids=["ministry-site", "department-portal", "no-own-act"])
def test_body_from_the_item_publishing_the_act(tools: ExtractTools, tmp_path: Path, item: str,
                                               issuer: str | None) -> None:
    text = _MINISTER.format(item=item)
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


_EXTENDING = ("Постановление Администрации г. Кленовска\nот 18 апреля 2017 г. N 233\n"
              "\"О внесении изменений в постановление Администрации города Кленовска от "
              "21.10.2015 N 1402\"\n\n{preamble} Администрация города Кленовска постановляет:\n"
              "1. Внести изменения.\n")


@pytest.mark.parametrize(("preamble", "period"), [
    # a cited decision extending the plan's term names its horizon, not the act's term
    ("В соответствии с решением коллегии от 30.03.2017 N 9 \"О продлении срока реализации "
     "программы \"Дети\" до 2022 года\",", None),
    ("На основании решения Думы от 30.03.2017 N 9 \"Об изменении срока реализации программы "
     "\"Дети\" 2015-2022 годы\",", None),
], ids=["extension", "changed-term"])
def test_term_label_cited_in_a_preamble_is_no_period(tools: ExtractTools, tmp_path: Path,
                                                     preamble: str, period: str | None) -> None:
    text = _EXTENDING.format(preamble=preamble)
    assert facts_of(txt_doc(tmp_path, text), tools).document.period_text == period


_GOVERNOR = ["В соответствии с пунктом 4 Комплекса мер по профилактике правонарушений, "
             "утвержденного распоряжением Правительства Российской Федерации от 12.03.2021 "
             "N 410-р:",
             "1. Утвердить Межведомственную программу по профилактике правонарушений "
             "несовершеннолетних в Луговской области (далее - Программа) согласно приложению "
             "к настоящему распоряжению.",
             "2. Контроль за исполнением настоящего распоряжения возложить на заместителя "
             "Губернатора Луговской области по социальной политике."]


@pytest.mark.parametrize(("signature", "issuer"), [
    # a governor signs his распоряжение, no body named anywhere: the office issues it
    ("Губернатор Луговской области\tА.Б. Орлов", "Губернатор Луговской области"),
    ("Мэр города Ольшанска\tА.Б. Орлов", "Мэр города Ольшанска"),
    # a place's head signs for its administration (facts.yaml place_head_bodies)
    ("Глава Ольшанского района\tА.Б. Орлов", "Администрация Ольшанского района"),
], ids=["governor", "mayor", "district-head"])
def test_official_signing_an_act_naming_no_body(tools: ExtractTools, signature: str,
                                                issuer: str) -> None:
    position, name = signature.split("\t")
    for doc in (docx_doc(*_GOVERNOR, signature), docx_doc(*_GOVERNOR, table((position, name)))):
        assert facts_of(doc, tools).document.issuer == issuer


_APPENDIX = ("Приложение № 2\nк постановлению\nадминистрации области\nот 09.02.2016 № 87\n"
             "{caption}\nПеречень основных\nмероприятий государственной программы\n\n"
             "Настоящий перечень включает мероприятия программы.\n")


@pytest.mark.parametrize(("caption", "title"), [
    # the caption's number, then the plan it belongs to: the caption's, no heading
    ("Таблица 2\nПрограммы", "Перечень основных мероприятий государственной программы"),
    ("Таблица 3\nк Подпрограмме", "Перечень основных мероприятий государственной программы"),
    ("Таблица 2", "Перечень основных мероприятий государственной программы"),
], ids=["genitive", "dative", "number-alone"])
def test_caption_tail_is_no_heading(tools: ExtractTools, tmp_path: Path, caption: str,
                                    title: str) -> None:
    text = _APPENDIX.format(caption=caption)
    assert facts_of(txt_doc(tmp_path, text), tools).document.title == title
