"""The last-resort issuer of an institution's document (extract/facts/issuer_vote.py): the
institution names at its top vote when no rule reading one layout found it — a cover in
capitals flattened into one line with the same name again in the text, a name in the genitive
in the title's sentence, a report form's field over its caption; and nothing for a school a
plan's row mentions, a founder's body, two neighbours listed together, a name after "в", a
name whose end or case is not sure, a school named in a document its founder's head
approves. Forms met in real sets, written again with invented places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    from facts_helpers import full_tools
    return full_tools()


_COVER = (
    "скачать МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДЕТСКИЙ САД № 4 "
    "г.ЗАРЕЧНОГО авторы: Петрова А.А., заведующий Заречный, 2015г. 1. Общие сведения "
    "Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 4 "
    "г.Заречного (далее ДОУ) работает с 1975 года и принимает детей от двух лет.\n")


@pytest.mark.parametrize(("text", "issuer"), [
    # a cover in capitals run into one line, the same name again in the text
    (_COVER, "Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 4 "
             "г.Заречного"),
    # the name in the genitive in the title's sentence
    ("Пояснительная записка к отчету об исполнении муниципального задания муниципального "
     "бюджетного дошкольного образовательного учреждения «Детский сад № 12» за 1 квартал "
     "2023 года. Задание выполнено в полном объеме, все услуги оказаны.\n",
     "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 12»"),
    # a school mentioned in a plan's line only: no issuer
    ("План работы на 2020 год\n\n1. Участие в конкурсе чтецов МБОУ СОШ № 1 «Лесная».\n\n"
     "2. Выставка рисунков в библиотеке.\n", None),
    # the founder's body: not the document's own institution
    ("Отчет о самообследовании за 2021 год\n\nУчредитель: Муниципальное казенное учреждение "
     "«Управление образования Лесного района»\n\nАдрес: ул. Садовая, 3\n", None),
    # neighbours listed together
    ("Публичный доклад за 2012 год\n\nРядом расположены МОУ средняя школа № 1 и МДОУ детский "
     "сад № 1, Дом культуры и библиотека.\n", None),
    # a cover in capitals with a patron, run into one line: its case cannot be told back
    ("12 МУНИЦИПАЛЬНОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «КЕДРОВСКАЯ СРЕДНЯЯ ШКОЛА "
     "ИМЕНИ ГЕРОЯ ИВАНА ПЕТРОВА» Рассмотрено на педагогическом совете протокол № 1 от "
     "28.08.2019 года ПРОГРАММА ВОСПИТАНИЯ ОБУЧАЮЩИХСЯ НА 2019-2024 ГОДЫ\n", None),
    # a name after "в": where something happens, not who reports
    ("Отчет о работе за 2014 год\n\nВ муниципальном бюджетном общеобразовательном "
     "учреждении «Кедровая школа» обучается 200 детей.\n", None),
])
def test_vote_over_top_names(tools: ExtractTools, tmp_path: Path, text: str,
                             issuer: str | None) -> None:
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert found.document.issuer == issuer


@pytest.mark.parametrize(("blocks", "issuer"), [
    # a report form's field value over its caption
    (("ФОРМА ОТЧЕТА", "О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ", "МУНИЦИПАЛЬНЫМ УЧРЕЖДЕНИЕМ МБДОУ "
      "детский сад «Ласточка»", "(наименование учреждения)", "ЗА 2019 г."),
     "МБДОУ детский сад «Ласточка»"),
    # one closing quote for two, and the name goes on: its end is not sure
    (("Отчет о результатах самообследования 2022 г.",
      "Общая характеристика муниципального автономного дошкольного образовательного "
      "учреждения «Детский сад «Ручеёк п. Сосновка» МО “Лесной район” Заречной области;",
      "Адрес: ул. Речная, 1"), None),
    # a governing body's head approves a conclusion on a kindergarten's task
    (("УТВЕРЖДЕН", "Начальник Управления образования Администрации", "«10» июля 2021 г.",
      "Заключение об исполнении муниципального задания за 6 месяцев 2021 года",
      "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 9»",
      "Задание выполнено в полном объеме."), None),
])
def test_vote_over_top_blocks(tools: ExtractTools, blocks: tuple[str, ...],
                              issuer: str | None) -> None:
    found = facts_of(docx_doc(*blocks), tools)
    assert found.document.issuer == issuer


@pytest.mark.parametrize(("text", "issuer"), [
    # the examined institution right after the self-examination's noun
    ("Отчет о результатах самообследования за 2022 год\n\nСамообследование МБОУ «Сосновская "
     "СОШ» проведено в соответствии с порядком, утвержденным приказом министерства.\n",
     "МБОУ «Сосновская СОШ»"),
    # its settlement kept, the region and the text's own word for it dropped
    ("Самообследование 2023\n\nСамообследование МБОУ СОШ №4 г. Заречного Лесной области "
     "(далее – школа) проводилось в соответствии с приказом министерства.\n",
     "МБОУ СОШ №4 г. Заречного"),
    # a federal order cited before it, then "в" and the examining verb after the name
    ("Отчет о самообследовании\n\nВо исполнение приказа министерства «Об утверждении порядка "
     "проведения самообследования образовательной организацией» в МАДОУ «Детский сад № 5 "
     "«Ручеёк» проведена работа по самообследованию за 2021 год.\n",
     "МАДОУ «Детский сад № 5 «Ручеёк»"),
    # "в" with no examining verb after the name: where something happens, not the owner
    ("Отчет о самообследовании за 2021 год\n\nВ МБОУ «Лесная школа» обучается 300 детей, "
     "самообследование охватывает все направления работы.\n", None),
    # a plan's opening sentence defining it names its owner
    ("ПРОГРАММА РАЗВИТИЯ\n\nна 2023 – 2027 годы\n\nВведение\n\nПрограмма развития МБДОУ "
     "«Детский сад № 7 «Светлячок» (далее – Программа) разработана на основе анализа "
     "работы детского сада.\n", "МБДОУ «Детский сад № 7 «Светлячок»"),
    # a plan carried out "в МБОУ": not who issued it
    ("ПЛАН МЕРОПРИЯТИЙ\n\nна 2024 год\n\nПояснительная записка\n\nПлан мероприятий по "
     "профилактике правонарушений в МБОУ «Кедровая школа» (далее – План) разработан на основе "
     "анализа.\n", None),
])
def test_sentence_names_owner(tools: ExtractTools, tmp_path: Path, text: str,
                              issuer: str | None) -> None:
    found = facts_of(txt_doc(tmp_path, text), tools)
    assert found.document.issuer == issuer
