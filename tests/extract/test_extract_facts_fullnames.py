"""Institutions' names as schools', kindergartens' and centres' own documents print them (task
fullnames, invented places, institutions and wording): a name only in a body sentence, a report
whose grif or title gives the short name while its card or title prints the full one, two-level
letterheads (founder over institution, also glued into one line), names running over lines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.body_nominative import locative_nominative
from extract.facts.case import restore_case
from extract.facts.ctx import Ctx
from extract.facts.issuer_clean import defined_as
from extract.facts.report_full_name import typed_full_name
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools
from normalize.lemmas import get_lemmatizer
from normalize.place_ner import ner_municipality

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, full_tools, table, txt_doc


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    return full_tools()


def _ctx(tools: ExtractTools) -> Ctx:
    return Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())


# (text, issuer): the institution named only in a sentence of the report's body
BODY_SENTENCES = [
    # the examined institution after "в", a full name in the locative, the verb after its date
    ("Отчёт о самообследовании за 2024 год\n\nВ муниципальном бюджетном дошкольном "
     "образовательном учреждении «Детский сад № 2 «Сказка» с 1 по 31 марта 2025 года было "
     "проведено самообследование.\n",
     "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 2 «Сказка»"),
    # … with the place printed after the name
    ("Отчет о результатах самообследования\n\nВ соответствии с приказом директора от 01.02.2024 "
     "№ 15 в Муниципальном автономном учреждении дополнительного образования «Центр "
     "дополнительного образования «Радуга» города Лесногорска проведено самообследование.\n",
     "Муниципальное автономное учреждение дополнительного образования «Центр дополнительного "
     "образования «Радуга» города Лесногорска"),
    # the examining verb before "в", a short name whose type is in the nominative
    ("ОТЧЕТ О САМООБСЛЕДОВАНИИ\n\nСамообследование проводилось в МАДОУ детский сад № 15 "
     "«Василёк» комиссией, утвержденной приказом заведующего от 10.01.2024 № 3.\n",
     "МАДОУ детский сад № 15 «Василёк»"),
    # a centre's form read as such, "ДО" no preposition
    ("Отчет о самообследовании\n\nСамообследование проводилось в МБУ ДО «ДДТ» г. Лесного "
     "комиссией из пяти человек.\n", "МБУ ДО «ДДТ» г. Лесного"),
    # the text's own word for the institution defined after its name is no part of it
    ("Анализ работы за 2022-2023 учебный год\n\nМБУ ДО «Центр детского творчества» (далее – "
     "Центр) расположен в здании бывшей школы. В Центре работают 24 объединения.\n",
     "МБУ ДО «Центр детского творчества»"),
    ("Отчет о результатах самообследования за 2024 год\n\nМуниципальное бюджетное дошкольное "
     "образовательное учреждение «Детский сад № 8 «Солнышко» (далее – Детский сад) расположено "
     "в жилом районе города Кедровска.\n",
     "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 8 "
     "«Солнышко»"),
    # the examined institution in the genitive keeps the place printed after it
    ("ОТЧЕТ\nо результатах самообследования\n\nНастоящий отчет подготовлен по результатам "
     "проведения самообследования муниципального бюджетного общеобразовательного учреждения "
     "«Средняя школа № 9» Луговского района в соответствии с приказом Министерства.\n",
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 9» Луговского "
     "района"),
    # a card's field: the short name in brackets after nested quotes closed once goes
    ("ПУБЛИЧНЫЙ ДОКЛАД\n\nНаименование учреждения: муниципальное автономное дошкольное "
     "образовательное учреждение «Детский сад № 3 «Радуга» (МАДОУ «Детский сад № 3»).\n",
     "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 3 «Радуга»"),
    # several institutions examined: none is the report's owner
    ("Отчёт о результатах самообследования за 2024 год\n\nСамообследование проведено в МБОУ "
     "СОШ № 3, МБОУ СОШ № 5 и МБОУ ООШ № 8 комиссией управления образования.\n", None),
    # a department's report naming where an event was held: no owner
    ("Отчет об итогах муниципального этапа олимпиады школьников за 2024 год\n\nМуниципальный "
     "этап олимпиады проводился в МБОУ СОШ № 3 с 10 по 20 ноября 2024 года.\n", None),
]


@pytest.mark.parametrize(("text", "issuer"), BODY_SENTENCES)
def test_institution_named_in_body_sentence(tmp_path: Path, tools: ExtractTools, text: str,
                                            issuer: str | None) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


_GRIF = "УТВЕРЖДАЮ\nДиректор {short}\n____________ Н.Н. Крылова\n\n"

# (text, issuer): a report's full name where its grif or title gives the short one
REPORT_FULL_NAMES = [
    # the title's genitive with the town after it
    (_GRIF.format(short="МАОУ «Гимназия № 7»") + "Отчет о результатах самообследования\n"
     "муниципального автономного общеобразовательного учреждения\n«Гимназия № 7» города "
     "Лесногорска\nза 2023 год\n",
     "Муниципальное автономное общеобразовательное учреждение «Гимназия № 7» города "
     "Лесногорска"),
    # the title in capitals, its quoted name written as the text prints it
    (_GRIF.format(short="МБОУ «Лицей № 4»") + "ОТЧЁТ\nО РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\n"
     "МУНИЦИПАЛЬНОГО БЮДЖЕТНОГО ОБЩЕОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ\n«ЛИЦЕЙ № 4» ГОРОДА "
     "КРАСНОПОЛЬЯ\nЗА 2023 ГОД\n",
     "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 4» города Краснополья"),
    # an unquoted type name in the genitive: its noun and adjectives put into the nominative
    (_GRIF.format(short="МБУ ДО ДЮСШ") + "ОТЧЕТ О РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\nМУНИЦИПАЛЬНОГО "
     "БЮДЖЕТНОГО УЧРЕЖДЕНИЯ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ\nДЕТСКО-ЮНОШЕСКОЙ СПОРТИВНОЙ ШКОЛЫ "
     "КЕДРОВСКОГО РАЙОНА\nЗА 2023 ГОД\n",
     "Муниципальное бюджетное учреждение дополнительного образования детско-юношеская "
     "спортивная школа Кедровского района"),
    # the first section's card, a row of label and value
    (_GRIF.format(short="МБОУ «Лицей № 2»") + "Отчет о результатах самообследования\nМБОУ «Лицей "
     "№ 2»\nза 2023 год\n\n1. Общие сведения об общеобразовательной организации\nНаименование "
     "образовательной организации\tМуниципальное бюджетное общеобразовательное учреждение «Лицей "
     "№ 2» города Сосновска (МБОУ «Лицей № 2»)\nРуководитель\tБелова Ольга Викторовна\n",
     "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 2» города Сосновска"),
    # "Полное наименование:" naming no noun
    ("Публичный доклад МБУ ДО «ДДТ» за 2023-2024 учебный год\n\n1. Общая характеристика\n\n"
     "Полное наименование: Муниципальное бюджетное учреждение дополнительного образования «Дом "
     "детского творчества» Сосновского муниципального округа\nСокращённое наименование: МБУ ДО "
     "«ДДТ»\n",
     "Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества» "
     "Сосновского муниципального округа"),
    # the letterhead over the grif and the title, all one run of lines
    ("Муниципальное бюджетное учреждение дополнительного образования\nЦентр технического "
     "творчества\nУтверждаю\nДиректор МБУ ДО ЦТТ\n___________ А. Б. Сорокина\nОТЧЕТ\nо "
     "проведении самообследования\nМБУ ДО Центра технического творчества\nза 2023 год\n",
     "Муниципальное бюджетное учреждение дополнительного образования Центр технического "
     "творчества"),
    # a plan keeps the short name its head's grif prints (only orders and reports go in full)
    (_GRIF.format(short="МАОУ «Гимназия № 7»") + "План работы\nмуниципального автономного "
     "общеобразовательного учреждения\n«Гимназия № 7» города Лесногорска\nна 2024-2025 "
     "учебный год\n", "МАОУ «Гимназия № 7»"),
]


@pytest.mark.parametrize(("text", "issuer"), REPORT_FULL_NAMES)
def test_report_keeps_full_name(tmp_path: Path, tools: ExtractTools, text: str,
                                issuer: str) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


def test_report_full_name_from_card_table(tools: ExtractTools) -> None:
    doc = docx_doc(
        "УТВЕРЖДАЮ\nДиректор МБУ ДО «ЦДТ»\n_______ Е.А. Ланская",
        "Отчет о результатах самообследования МБУ ДО «ЦДТ» за 2023 год",
        "1. Общие сведения об организации",
        table(("Наименование образовательной организации", "Муниципальное бюджетное учреждение "
               "дополнительного образования «Центр детского творчества» Кедровского муниципального "
               "округа (МБУ ДО «ЦДТ»)"), ("Руководитель", "Ланская Елена Андреевна")),
        bold=(1,))
    assert facts_of(doc, tools).document.issuer == (
        "Муниципальное бюджетное учреждение дополнительного образования «Центр детского "
        "творчества» Кедровского муниципального округа")


_ORDER = "\n\nПРИКАЗ\n\n02.09.2024 № 301\n\nО создании комиссии\n\nПРИКАЗЫВАЮ:\n1. Создать " \
    "комиссию.\n\nДиректор Ю.Ю. Корнеева\n"

# (letterhead, issuer): two-level letterheads and names running over lines, over an order
LETTERHEADS = [
    ("Управление образования администрации Ольховского района\nМуниципальное бюджетное "
     "общеобразовательное учреждение\n«Сосновская средняя общеобразовательная школа»",
     "Муниципальное бюджетное общеобразовательное учреждение «Сосновская средняя "
     "общеобразовательная школа»"),
    # the founder's line glued onto the school's by a text export
    ("АДМИНИСТРАЦИЯ ОЛЬХОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ "
     "ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ЛЕСНОВСКАЯ СРЕДНЯЯ ШКОЛА»",
     "Муниципальное бюджетное общеобразовательное учреждение «Лесновская средняя школа»"),
    # three levels: the administration, its department, the school
    ("Администрация Кедровского муниципального района\nУправление образования\nМуниципальное "
     "казённое общеобразовательное учреждение\n«Ракитинская основная общеобразовательная "
     "школа»", "Муниципальное казённое общеобразовательное учреждение «Ракитинская основная "
     "общеобразовательная школа»"),
    # the number broken onto the next line, the municipality after the name
    ("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа\n№ 14 с углублённым изучением отдельных предметов»\nгородского округа Луговск",
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа "
     "№ 14 с углублённым изучением отдельных предметов» городского округа Луговск"),
    # "имени" and the patron broken apart, the village and the district after the name
    ("Муниципальное бюджетное общеобразовательное учреждение\n«Гимназия имени\nА.С. Лесова» "
     "села\nОльховка\nКедровского района",
     "Муниципальное бюджетное общеобразовательное учреждение «Гимназия имени А.С. Лесова» села "
     "Ольховка Кедровского района"),
    # capitals: the patron's honorific title keeps its capitals, the short name in brackets
    ("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n«ОСНОВНАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ "
     "ШКОЛА\n№ 7 ИМЕНИ ГЕРОЯ СОВЕТСКОГО СОЮЗА\nН.П. КЛЁНОВА» С. БЕРЁЗОВКА\n(МКОУ ООШ № 7 им. "
     "Н.П. Клёнова)",
     "Муниципальное казённое общеобразовательное учреждение «Основная общеобразовательная школа "
     "№ 7 имени Героя Советского Союза Н.П. Клёнова» с. Берёзовка"),
]


@pytest.mark.parametrize(("letterhead", "issuer"), LETTERHEADS)
def test_school_letterhead_over_order(tmp_path: Path, tools: ExtractTools, letterhead: str,
                                      issuer: str) -> None:
    assert facts_of(txt_doc(tmp_path, letterhead + _ORDER), tools).document.issuer == issuer


@pytest.mark.parametrize(("words", "nominative"), [
    ("муниципальном бюджетном дошкольном образовательном учреждении",
     "муниципальное бюджетное дошкольное образовательное учреждение"),
    ("Муниципальном автономном учреждении", "муниципальное автономное учреждение"),
    ("муниципальной бюджетной образовательной организации",
     "муниципальная бюджетная образовательная организация"),
    ("муниципального бюджетного учреждения", None),  # a genitive: form_nominative's
])
def test_locative_legal_form(tools: ExtractTools, words: str, nominative: str | None) -> None:
    got = locative_nominative(_ctx(tools), words.split())
    assert (" ".join(got) if got else None) == nominative


@pytest.mark.parametrize(("title", "name"), [
    ("Отчет о результатах самообследования муниципального автономного учреждения центра "
     "дополнительного образования города Лесногорска за 2023 календарный год",
     "Муниципальное автономное учреждение центр дополнительного образования города Лесногорска"),
    ("Публичный доклад муниципального бюджетного общеобразовательного учреждения средней "
     "общеобразовательной школы (кадетской) г. Лесного за 2023-2024 учебный год",
     "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа "
     "(кадетская) г. Лесного"),
    # a quoted name is no unquoted type name
    ("Отчет муниципального бюджетного учреждения «Центр творчества» за 2023 год", None),
])
def test_typed_full_name(tools: ExtractTools, title: str, name: str | None) -> None:
    assert typed_full_name(_ctx(tools), title) == name


@pytest.mark.parametrize(("name", "clean"), [
    ("МБУ ДО «ЦДТ» (далее – Центр)", "МБУ ДО «ЦДТ»"),
    ("МАДОУ «Детский сад № 8 «Солнышко» (далее по тексту - ДОУ) расположено",
     "МАДОУ «Детский сад № 8 «Солнышко»"),
    ("МБОУ «Школа № 5» (МБОУ Школа № 5)", "МБОУ «Школа № 5» (МБОУ Школа № 5)"),
])
def test_defined_word_after_name(tools: ExtractTools, name: str, clean: str) -> None:
    assert defined_as(_ctx(tools), name) == clean


@pytest.mark.parametrize(("caps", "normal"), [
    ("ШКОЛА ИМЕНИ ГЕРОЯ СОВЕТСКОГО СОЮЗА И.И. ПЕТРОВА",
     "Школа имени Героя Советского Союза И.И. Петрова"),
    ("ШКОЛА ИМЕНИ ДВАЖДЫ ГЕРОЯ СОЦИАЛИСТИЧЕСКОГО ТРУДА И.И. ПЕТРОВА",
     "Школа имени дважды Героя Социалистического Труда И.И. Петрова"),
    ("ШКОЛА ИМЕНИ ПОЛНОГО КАВАЛЕРА ОРДЕНА СЛАВЫ И.И. ПЕТРОВА",
     "Школа имени полного кавалера ордена Славы И.И. Петрова"),
    ("ЛИЦЕЙ ИМЕНИ ГЕРОЯ РОССИИ А.В. ЛУГОВОГО", "Лицей имени Героя России А.В. Лугового"),
])
def test_honorific_title_capitals(tools: ExtractTools, caps: str, normal: str) -> None:
    ctx = _ctx(tools)
    assert restore_case(caps, tools, ctx.vocab) == normal


@pytest.mark.parametrize(("text", "municipality"), [
    ("МБУ ДО «Центр детского творчества» расположен в здании бывшей школы по улице Садовой.",
     None),
    ("Центр расположен на ул. Садовой, д. 5.", None),
    ("Центр работает в Кленовске с 1990 года.", "Кленовск"),
])
def test_street_is_no_municipality(text: str, municipality: str | None) -> None:
    assert ner_municipality([text], get_lemmatizer(), None) == municipality
