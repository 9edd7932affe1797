"""The issuer: letterheads printed in capitals, parent and child bodies, trailing regions, and the
case restoration of names printed in capitals (invented places: generic rules only)."""

from __future__ import annotations

import pytest

from extract.facts.case import (
    is_capitals,
    mid_sentence_capitals,
    quoted_lower_openers,
    restore_case,
)
from extract.facts.ctx import Ctx
from extract.facts.header import extract
from extract.facts.issuer_finish import strip_region, with_place
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import Paragraph, Provenance, SourceDocument
from normalize.lemmas import get_lemmatizer


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    lem = get_lemmatizer()
    return ExtractTools(lemma=lem.lemma, is_proper=lem.is_proper,
                        is_abbreviation=lem.is_abbreviation)


def _doc(*paras: tuple[str, bool]) -> SourceDocument:
    blocks = tuple(Paragraph(text=t, bold=b, source=Provenance(page=1)) for t, b in paras)
    return SourceDocument(file="t.pdf", sha256="0", format="pdf", blocks=blocks)


def _order(letterhead: list[str]) -> SourceDocument:
    return _doc(*[(line, True) for line in letterhead], ("ПРИКАЗ", True),
                ("15.01.2024 № 12", False), ("Об утверждении плана мероприятий", True),
                ("В целях развития наставничества приказываю утвердить план.", False))


@pytest.mark.parametrize(
    ("text", "restored"),
    [
        ("КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ УСТЬ-ЛЕБЯЖИНСКОГО РАЙОНА",
         "Комитет по образованию администрации Усть-Лебяжинского района"),
        ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА",
         "Управление образования администрации Заречного муниципального района"),
        ("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ «ИНФОРМАЦИОННО-МЕТОДИЧЕСКИЙ ЦЕНТР»",
         "Муниципальное казенное учреждение «Информационно-методический центр»"),
        ("МКУ «ИМЦ» ГОРОДА ПЕНЗЫ", "МКУ «ИМЦ» города Пензы"),
        ("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА ЭНСКА",
         "Департамент образования администрации города Энска"),
        ("МБОУ ДПО «ЦЕНТР РАЗВИТИЯ ОБРАЗОВАНИЯ» СЕВЕРСКОГО РАЙОНА",
         "МБОУ ДПО «Центр развития образования» Северского района"),
        ("ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ МО «ЛЕСНОЙ РАЙОН»",
         "Отдел образования администрации МО «Лесной район»"),
        ("ГОРОДСКОЙ МЕТОДИЧЕСКИЙ ЦЕНТР Г. ЭНСКА", "Городской методический центр г. Энска"),
        ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ОРЕНБУРГСКОЙ ОБЛАСТИ",
         "Министерство образования Оренбургской области"),
        ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ РОСТОВА-НА-ДОНУ",
         "Управление образования администрации Ростова-на-Дону"),
        ("Управление образования администрации Энского района",
         "Управление образования администрации Энского района"),  # not capitals: as written
        ("МКУ ИМЦ", "МКУ ИМЦ"),
        ("ИМДЦ", "ИМДЦ"),
    ],
)
def test_restore_case(tools: ExtractTools, text: str, restored: str) -> None:
    assert restore_case(text, tools, facts_vocab()) == restored


@pytest.mark.parametrize(
    ("known", "restored"),
    [
        (frozenset(), "Министерство просвещения российской федерации"),
        (frozenset({"российский", "федерация"}), "Министерство просвещения Российской Федерации"),
    ],
)
def test_restore_case_uses_the_documents_own_capitals(tools: ExtractTools, known: frozenset[str],
                                                      restored: str) -> None:
    text = "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ"
    assert restore_case(text, tools, facts_vocab(), known) == restored


@pytest.mark.parametrize(
    ("texts", "text", "restored"),
    [
        # the body writes the quoted municipality's first word in lower case: the capitals keep it
        (['Заслушав отчёт администрации муниципального образования «город Энск», Дума решила:'],
         'ДУМА МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «ГОРОД ЭНСК»',
         'Дума муниципального образования «город Энск»'),
        (['в границах городского округа "поселок Лесной" и за ними'],
         'СОВЕТ ДЕПУТАТОВ ГОРОДСКОГО ОКРУГА "ПОСЕЛОК ЛЕСНОЙ"',
         'Совет депутатов городского округа "поселок Лесной"'),
        # no lower-case spelling in the text: a quoted name opens with a capital
        (['Дума муниципального образования «Город Энск» решила:'],
         'ДУМА МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «ГОРОД ЭНСК»',
         'Дума муниципального образования «Город Энск»'),
        # a word the text writes in lower case after a quote elsewhere, but as the whole
        # text's first word it still opens with a capital
        (['проект «школа Будущего» начат'], 'ШКОЛА БУДУЩЕГО ДЛЯ ВСЕХ',
         'Школа будущего для всех'),
    ],
)
def test_restore_case_keeps_quoted_lower_openers(tools: ExtractTools, texts: list[str],
                                                 text: str, restored: str) -> None:
    lower = quoted_lower_openers(texts)
    assert restore_case(text, tools, facts_vocab(), frozenset(), lower) == restored


def test_mid_sentence_capitals(tools: ExtractTools) -> None:
    texts = ["Приказ о работе в Заречном районе. Семинары проводит «Центр» и Управление.",
             "ОТДЕЛ ОБРАЗОВАНИЯ ЛЕСНОГО РАЙОНА"]
    found = mid_sentence_capitals(texts, tools)
    assert "заречный" in found and "управление" in found
    assert "семинар" not in found and "центр" not in found and "лесной" not in found


@pytest.mark.parametrize(
    ("text", "caps"),
    [("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", True), ("МКУ «ИМЦ» г. ЭНСКА", True), ("МКУ", False),
     ("Управление образования ЭР", False)],
)
def test_is_capitals(text: str, caps: bool) -> None:
    assert is_capitals(text) is caps


@pytest.mark.parametrize(
    ("letterhead", "issuer"),
    [
        (["АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА", "ВОЛОГОДСКОЙ ОБЛАСТИ",
          "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"],
         "Управление образования администрации Заречного муниципального района"),
        (["АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА ВОЛОГОДСКОЙ ОБЛАСТИ\n"
          "КОМИТЕТ ОБРАЗОВАНИЯ"],
         "Комитет образования администрации Заречного муниципального района"),
        (["КОМИТЕТ ПО ОБРАЗОВАНИЮ", "АДМИНИСТРАЦИИ ЛЕСНОГО РАЙОНА", "АЛТАЙСКОГО КРАЯ"],
         "Комитет по образованию администрации Лесного района"),
        (["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "АДМИНИСТРАЦИЯ ГОРОДА ЭНСКА", "ОТДЕЛ ОБРАЗОВАНИЯ"],
         "Отдел образования администрации города Энска"),
        (["МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ", "МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ЮЖНЫЙ РАЙОН",
          "«МЕТОДИЧЕСКИЙ ЦЕНТР»"],
         "Муниципальное казенное учреждение муниципального образования Южный район "
         "«Методический центр»"),
        (["МИНИСТЕРСТВО ОБРАЗОВАНИЯ ОРЕНБУРГСКОЙ ОБЛАСТИ"],
         "Министерство образования Оренбургской области"),
        (["УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", "АДМИНИСТРАЦИИ ЭНСКОГО ГОРОДСКОГО ОКРУГА"],
         "Управление образования администрации Энского городского округа"),
        (["Администрация Энского района", "Управление образования"],
         "Управление образования администрации Энского района"),
        (["АДМИНИСТРАЦИЯ ЭНСКОГО РАЙОНА", "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ",
          "ул. Ленина, 5, тел. 2-22-22"],
         "Управление образования администрации Энского района"),
    ],
)
def test_issuer_from_letterhead(tools: ExtractTools, letterhead: list[str], issuer: str) -> None:
    got = extract(_order(letterhead), Found(), tools)
    assert got.document.issuer == issuer
    assert "header.issuer:header_block" in got.trace


def test_report_letterhead_above_the_title(tools: ExtractTools) -> None:
    doc = _doc(("КОМИТЕТ ПО ОБРАЗОВАНИЮ", True), ("АДМИНИСТРАЦИИ ЛЕСНОГО РАЙОНА", True),
               ("АЛТАЙСКОГО КРАЯ", True),
               ("Отчёт о реализации плана мероприятий за 2024 год", True),
               ("План утверждён приказом комитета по образованию.", False))
    got = extract(doc, Found(), tools)
    assert got.document.issuer == "Комитет по образованию администрации Лесного района"
    assert "header.issuer:title_page" in got.trace


def test_letterhead_completes_a_short_name(tools: ExtractTools) -> None:
    doc = _doc(("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА", True), ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", True),
               ("ПРИКАЗ", True), ("15.01.2024 № 12", False),
               ("Приложение к приказу Управления образования от 15.01.2024 № 12", False),
               ("План мероприятий на 2024 год", True))
    got = extract(doc, Found(), tools)
    assert got.document.issuer == "Управление образования администрации Заречного района"
    assert "header.issuer:letterhead_completes" in got.trace


def test_a_different_body_in_the_appendix_line_wins(tools: ExtractTools) -> None:
    doc = _doc(("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ «МЕТОДИЧЕСКИЙ ЦЕНТР»", True),
               ("ПРИКАЗ", True), ("15.01.2024 № 12", False),
               ("Приложение к приказу МКУ «МЦ» от 15.01.2024 № 12", False),
               ("План мероприятий на 2024 год", True))
    assert extract(doc, Found(), tools).document.issuer == "МКУ «МЦ»"



@pytest.mark.parametrize(("line", "issuer"), [
    # a site's title line runs into the next page's heading: a lone common word is no body
    ("Приложение к Постановлению от 27.11.2009 г № 1074 Состав", None),
    ("Приложение к постановлению Администрации от 27.11.2009 № 1074", "Администрация"),
    ("Приложение к приказу УО от 27.11.2009 № 14", "УО"),
])
def test_a_lone_word_after_an_appendix_line(tools: ExtractTools, line: str,
                                            issuer: str | None) -> None:
    doc = _doc((line, False), ("План мероприятий по проведению конкурса чтецов", True))
    assert extract(doc, Found(), tools).document.issuer == issuer

@pytest.mark.parametrize(
    ("name", "stripped"),
    [
        ("Отдел образования администрации Энского муниципального района Иркутской области",
         "Отдел образования администрации Энского муниципального района"),
        ("Управление образования администрации Лесного округа Пермского края",
         "Управление образования администрации Лесного округа"),
        ("Управление образования администрации города Энска Республики Татарстан",
         "Управление образования администрации города Энска"),
        ("Министерство образования Оренбургской области",
         "Министерство образования Оренбургской области"),
        ("Комитет по образованию администрации Лесного района",
         "Комитет по образованию администрации Лесного района"),
    ],
)
def test_strip_region(tools: ExtractTools, name: str, stripped: str) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert strip_region(ctx, name) == stripped


@pytest.mark.parametrize(
    ("name", "places", "named"),
    [
        ("Администрация района", ("Лесного муниципального района",),
         "Администрация Лесного муниципального района"),
        ("Администрация города", ("Энск",), "Администрация города"),
        # a second word with no letters (a reader's stray quote and bracket): left as it is
        ("директора \"]", ("Лесной муниципальный район",), "директора \"]"),
    ],
)
def test_with_place(tools: ExtractTools, name: str, places: tuple[str, ...], named: str) -> None:
    ctx = Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
    assert with_place(ctx, name, places) == named


@pytest.mark.parametrize(
    ("word", "proper", "abbreviation"),
    [
        ("ПЕНЗЫ", True, False), ("ИВАНОВА", True, False), ("ЕЛАНЬГИНСКОГО", True, False),
        ("АДМИНИСТРАЦИИ", False, False), ("ОБРАЗОВАНИЮ", False, False), ("ПО", False, False),
        ("МКУ", False, True), ("ЦМСО", False, True), ("МО", False, True), ("КРАЯ", False, False),
    ],
)
def test_lemmatizer_word_classes(word: str, proper: bool, abbreviation: bool) -> None:
    lem = get_lemmatizer()
    assert (lem.is_proper(word), lem.is_abbreviation(word)) == (proper, abbreviation)


def test_restore_case_without_the_optional_tools() -> None:
    """Callers that inject only `lemma` still get place names by position and the vocabulary's
    abbreviations; only names the lemmatizer alone would know are missed."""
    bare = ExtractTools(lemma=get_lemmatizer().lemma)
    text = "МКУ «ИМЦ» УПРАВЛЕНИЯ ОБРАЗОВАНИЯ ГОРОДА ЭНСКА ЗАРЕЧНОГО РАЙОНА"
    assert restore_case(text, bare, facts_vocab()) == \
        "МКУ «ИМЦ» управления образования города Энска Заречного района"
