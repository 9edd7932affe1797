"""Municipality and region forms → canonical nominative names."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.place_names import nominative
from normalize.places import Place, find_place, issuer_renamed, region_name

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


MUNICIPALITIES = [
    ("города Пензы", "Пенза"),
    ("Управление образования города Пензы", "Пенза"),
    ("г. Пенза", "Пенза"),
    ("г.Новотроицк", "Новотроицк"),
    ("в г. Пензе", "Пенза"),
    ("город Новотроицк Оренбургской области", "Новотроицк"),
    ("муниципального образования город Новотроицк", "Новотроицк"),
    ("МО «Город Новотроицк»", "Новотроицк"),
    ("Ленинск-Кузнецкого городского округа", "Ленинск-Кузнецкий городской округ"),
    ("в Ленинск-Кузнецком городском округе", "Ленинск-Кузнецкий городской округ"),
    ("Ленинск -Кузнецкого городского округа", "Ленинск-Кузнецкий городской округ"),
    ("Ленинск-Кузнецкий городского округа", "Ленинск-Кузнецкий городской округ"),
    ("Ленинска-Кузнецкого городского округа", "Ленинск-Кузнецкий городской округ"),
    ("Петропавловск-Камчатского городского округа", "Петропавловск-Камчатский городской округ"),
    ("муниципального образования Северский район", "Северский район"),
    ("Северского района", "Северский район"),
    ("МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ СЕВЕРСКИЙ РАЙОН", "Северский район"),
    ("Усть-Лабинский район", "Усть-Лабинский район"),
    ("Усть-Лабинского района", "Усть-Лабинский район"),
    ("Бугурусланского муниципального района", "Бугурусланский район"),
    ("Красноармейского муниципального округа", "Красноармейский муниципальный округ"),
    ("ЗАТО Северск", "Северск"),  # a closed town is a city: its name alone
    ("ЗАТО г. Железногорск", "Железногорск"),
    ("городского округа Тольятти", "Тольятти"),
    ("городского округа город Пенза", "Пенза"),
    ("города Нижнего Новгорода", "Нижний Новгород"),
    ("города Ростова-на-Дону", "Ростов-на-Дону"),
    ("г. Каменск-Уральский", "Каменск-Уральский"),
    ("ст. Северская", "станица Северская"),
    ("Зеленодольского муниципального района Республики Татарстан", "Зеленодольский район"),
    ("города Новый Уренгой", "Новый Уренгой"),
    ("города Великих Лук", "Великие Луки"),
    ("г. о. Тольятти", "Тольятти"),
    ("Железнодорожного района", "Железнодорожный район"),
    ("МО Ольховский округ", "Ольховский округ"),  # an adjective before a bare "округ"
    # a second patron's initial after "и" is no "г." of a town
    ("МБОУ СОШ № 3 им. А. Кедрова и Г. Лосева Лесновского района", "Лесновский район"),
    ("г.Улан - Удэ", "Улан-Удэ"),  # a title's spaced hyphen inside one name
    # a site's title: the spaced dash sets the next phrase apart, no second part of the name
    ("Постановления Администрации города Заречного - Муниципальное образование Город Заречный",
     "Заречный"),
    ("Администрация города Лесного - Официальный сайт", "Лесной"),
]


@pytest.mark.parametrize(("text", "expected"), MUNICIPALITIES)
def test_municipality(text: str, expected: str, lem: Lemmatizer) -> None:
    assert find_place([text], lem).municipality == expected


REGIONS = [
    ("Оренбургской области", "Оренбургская область"),
    ("Краснодарского края", "Краснодарский край"),
    ("Республики Татарстан", "Республика Татарстан"),
    ("в Республике Башкортостан", "Республика Башкортостан"),
    ("Удмуртской Республики", "Удмуртская Республика"),
    ("Ханты-Мансийского автономного округа – Югры", "Ханты-Мансийский автономный округ - Югра"),
    ("Российской Федерации, Краснодарского края", "Краснодарский край"),
    ("города Новотроицка Оренбургской обл.", "Оренбургская область"),
    ("Кабардино-Балкарской Республики", "Кабардино-Балкарская Республика"),
    ("в Донецкой Народной Республике", "Донецкая Народная Республика"),
    ("Правительства Луганской Народной Республики", "Луганская Народная Республика"),
    ("Республика Саха (Якутия)", "Республика Саха (Якутия)"),
]


@pytest.mark.parametrize(("text", "expected"), REGIONS)
def test_region(text: str, expected: str, lem: Lemmatizer) -> None:
    assert region_name(text, lem) == expected
    place = find_place([text], lem)
    assert place.region == expected
    assert place.municipality != expected


@pytest.mark.parametrize("text", ["Российской Федерации", "в 2021 г. Приказ Министерства",
                                  "Положение о муниципальной методической службе",
                                  "Городской Единый методический день", "2022-2026 гг.",
                                  "Каждый район", "Указанный район",
                                  "Образовательная область «Познание»"])
def test_no_place(text: str, lem: Lemmatizer) -> None:
    assert find_place([text], lem) == Place()


@pytest.mark.parametrize(("word", "gender", "expected"), [
    ("Ленинск-Кузнецкого", "masc", "Ленинск-Кузнецкий"),
    ("Ленинска-Кузнецкого", "masc", "Ленинск-Кузнецкий"),
    ("Усть-Лабинского", "masc", "Усть-Лабинский"),
    ("Ростова-на-Дону", None, "Ростов-на-Дону"),
    ("Пензы", None, "Пенза"),
    ("Северской", "femn", "Северская"),
])
def test_nominative_of_hyphenated_and_simple_names(word: str, gender: str | None, expected: str,
                                                   lem: Lemmatizer) -> None:
    assert nominative(word, lem, gender, adjective=gender is not None) == expected


def test_title_outweighs_the_seat_of_the_issuer(lem: Lemmatizer) -> None:
    texts = ["Об утверждении Дорожной карты в общеобразовательных организациях муниципального "
             "образования Северский район на 2023 год", "ст. Северская"]
    assert find_place(texts, lem) == Place(municipality="Северский район")


def test_most_named_municipality_wins(lem: Lemmatizer) -> None:
    texts = ["", "Дорожная карта", "приказ Управления образования г. Пензы",
             "в Ленинск-Кузнецком городском округе", "Ленинск-Кузнецкого городского округа"]
    assert find_place(texts, lem).municipality == "Ленинск-Кузнецкий городской округ"


@pytest.mark.parametrize(("sample", "municipality", "region"), [
    ("000_c4cf482d7bba7efc.txt", "Ленинск-Кузнецкий городской округ", None),
    ("001_78687de0f6a43f2f.txt", "Новотроицк", "Оренбургская область"),
    ("002_37c3af1ea0d4163f.txt", "Ленинск-Кузнецкий городской округ", None),
    ("003_77383952ae1721a5.txt", "Пенза", None),
    ("004_6ed2ca5933120da2.txt", "Северский район", "Краснодарский край"),
])
def test_sample_headers(sample: str, municipality: str, region: str | None,
                        lem: Lemmatizer) -> None:
    lines = [ln for ln in (SAMPLES / sample).read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert find_place(lines[:25], lem) == Place(municipality=municipality, region=region)


class _CountingLemmatizer:
    """The shared lemmatizer, counting natasha calls."""

    def __init__(self, inner: Lemmatizer) -> None:
        self._inner = inner
        self.ner_calls = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    def entities(self, text: str) -> list[tuple[str, str]]:
        self.ner_calls += 1
        return self._inner.entities(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("План работы методистов в Пензе на 2024 год", "Пенза"),
    ("Методическая служба Новотроицка", "Новотроицк"),
])
def test_natasha_fallback_for_unmarked_names(text: str, expected: str, lem: Lemmatizer) -> None:
    counting = _CountingLemmatizer(lem)
    assert find_place([text], counting).municipality == expected  # type: ignore[arg-type]
    assert counting.ner_calls == 1


# A region's adjective at a line's end, its noun on the next line (or later in the header): a
# region, never a municipality read by natasha.
@pytest.mark.parametrize(("texts", "adjective"), [
    (["План мероприятий по развитию образования в Ивановской", "области на 2024 год"],
     "Ивановский"),
    (["Программа развития дополнительного образования в Марийской",
      "Приложение к программе развития дополнительного образования в Марийской Республике"],
     "Марийский"),
    (["Показатели подпрограммы воспитания в Хабаровском", "крае на 2020-2025 годы"],
     "Хабаровский"),
])
def test_region_adjective_before_next_line_marker_is_no_municipality(
        texts: list[str], adjective: str, lem: Lemmatizer) -> None:
    assert find_place(texts, lem).municipality is None, adjective  # natasha reads it as a LOC


def test_natasha_not_asked_when_rules_find_it_or_text_is_long(lem: Lemmatizer) -> None:
    counting = _CountingLemmatizer(lem)
    find_place(["Дорожная карта Северского района"], counting)  # type: ignore[arg-type]
    find_place(["Пенза " * 100], counting)  # type: ignore[arg-type]
    assert counting.ner_calls == 0


# Places as real acts write them (invented names): quoted names after a marker, capitals with
# connectors, a republic's name declined by the text, initials that look like "с." (село).
REAL_FORMS = [
    ('администрации муниципального района "Заозерский"', "Заозерский район", None),
    ('муниципального района "Заозерский район"', "Заозерский район", None),
    ('Администрация городского округа "Город Зарецк"', "Зарецк", None),
    ("АДМИНИСТРАЦИЯ ГОРОДА РОСТОВА-НА-ДОНУ", "Ростов-на-Дону", None),
    ("Правительства Республики Калмыкии", None, "Республика Калмыкия"),
    ("Республики Коми", None, "Республика Коми"),
    ("Ответственный: Б.С. Муравьёв", None, None),
    ("Глава района С.А. Тарасов", None, None),
    ("с. Верхние Луки", "село Верхние Луки", None),
    ("Администрация округа Зареченск", "Зареченск", None),  # the city named after "округ"
    ("МБОУ «Лесная СОШ» Елшанского района", "Елшанский район", None),
    ('муниципального района "Синеборский" Республики Коми', "Синеборский район", "Республика Коми"),
    # a hyphenated city after "муниципального образования город": it agrees with "город"
    ("системы образования муниципального образования город Усть-Каменный", "Усть-Каменный",
     None),
    # a school's name is no place, though natasha may read it as one
    ("Программа развития МОУ Новолуговская СОШ № 2", None, None),
    # an initial after "имени" is no town ("г.") nor village ("с.")
    ("Директор МБОУ «Ольховская СОШ имени Г. Кедрова»", None, None),
    ("МБОУ СОШ им. С. Лебедева", None, None),
    # a town's adjective name, then the region's adjective: the second word is the region's
    ("Директор МБОУ СОШ № 5 г. Заречного Лесной области", "Заречный", "Лесная область"),
    ("МБДОУ № 3 г. Кедрового Лесной области", "Кедровый", "Лесная область"),
    ("школа № 2 г. Нижнего Новгорода", "Нижний Новгород", None),
]


@pytest.mark.parametrize(("text", "municipality", "region"), REAL_FORMS)
def test_real_forms(text: str, municipality: str | None, region: str | None,
                    lem: Lemmatizer) -> None:
    assert find_place([text], lem) == Place(municipality=municipality, region=region)


# One place written two ways is one name; a city and a district with another name are two.
# The project's rule for cities: "город Пенза", "г. Пенза", "городской округ город Пенза" →
# "Пенза"; a name that is an adjective keeps its marker ("Ленинск-Кузнецкий городской округ").
@pytest.mark.parametrize(("texts", "municipality"), [
    (["Программа", "г. Ленинск-Кузнецкий", "Ленинск-Кузнецкого городского округа"],
     "Ленинск-Кузнецкий городской округ"),
    (["План", "г. Ленинск-Кузнецкий", "города Пензы", "Ленинск-Кузнецкого городского округа"],
     "Ленинск-Кузнецкий городской округ"),  # two ways of one place outweigh another place
    (["План", "Пензенского района", "города Пензы"], "Пензенский район"),  # two places
    (["План", "города Пензы", "городского округа город Пенза"], "Пенза"),
    # the city and the city district named by its adjective are one place, the marked form
    (["Программа", "г. Заречногорска", "Заречногорского городского округа"],
     "Заречногорский городской округ"),
    (["Программа", "г. Заречногорска", "г. Заречногорск", "Заречногорского городского округа"],
     "Заречногорский городской округ"),
    # a district around the city is another municipal formation: the city stays
    (["Программа", "г. Заречногорска", "г. Заречногорск", "Заречногорского района"],
     "Заречногорск"),
])
def test_one_place_two_ways(texts: list[str], municipality: str, lem: Lemmatizer) -> None:
    assert find_place(texts, lem).municipality == municipality


@pytest.mark.parametrize(("issuer", "regional"), [
    ("Правительство Ставропольского края", True),
    ("Министерство образования Саратовской области", True),
    ("Администрация Тамбовской области", True),
    ("Управление образования и науки Липецкой области", True),
    ("Администрация Калманского района", False),
    ("Управление образования администрации города Зарецка", False),
    ("МБОУ СОШ № 5", False),
    ("Глава муниципального образования город Краснодар", False),
    # a region's own school names the region but is no government body
    ("ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ЗАРЕЧНОЙ ОБЛАСТИ «Озёрная "
     "школа-интернат № 2»", False),
    ("Государственное казённое учреждение Лесногорского края «Центр образования»", False),
    ("Государственный комитет Лесногорского края по делам молодёжи", True),
])
def test_regional_bodies(issuer: str, regional: bool, lem: Lemmatizer) -> None:
    from normalize.places import is_regional

    assert is_regional(issuer, lem) is regional


# A document's municipality (settlements=False): a village or посёлок named alone is where the
# act was signed, no municipal formation; a district named beside it still is one. A name
# printed after "городской округ" is its city's, named alone even when it is an adjective
# (CONTRACT: a city is its name alone); printed before the marker it keeps it.
@pytest.mark.parametrize(("texts", "municipality"), [
    (["Программа развития школы", "с. Ольховка"], None),
    (["Приказ", "п. Лесной"], None),
    (["План", "с. Ольховка", "Луговского муниципального района"], "Луговской район"),
    (["Программа", "городского округа Жуковский"], "Жуковский"),
    (["Программа", "городского округа Кедровский"], "Кедровский"),
    (["Программа", "Кедровского городского округа"], "Кедровский городской округ"),
    # a city named by "городского образования" and its quoted name, in capitals
    (["МУНИЦИПАЛЬНОГО ОКРУГА ГОРОДСКОГО ОБРАЗОВАНИЯ «ЗАРЕЧЕНСК»", "ПУБЛИЧНЫЙ ДОКЛАД"],
     "Зареченск"),
    (["Управление образования городского образования «Зареченск»"], "Зареченск"),
])
def test_document_municipality(texts: list[str], municipality: str | None,
                               lem: Lemmatizer) -> None:
    assert find_place(texts, lem, settlements=False).municipality == municipality


# Before a marker of two words a qualitative adjective is a name too; a pronoun never is.
@pytest.mark.parametrize(("text", "municipality"), [
    ("Заречного муниципального района", "Заречный район"),
    ("Солнечного городского округа", "Солнечный городской округ"),
    ("Прибрежного муниципального округа", "Прибрежный муниципальный округ"),
    ("Каждый муниципальный район", None),
    ("Любого городского округа", None),
])
def test_qualitative_names_before_two_word_markers(text: str, municipality: str | None,
                                                   lem: Lemmatizer) -> None:
    assert find_place([text], lem, settlements=False).municipality == municipality


# A settlement-level municipality keeps its marker whole: "сельское поселение" is a municipal
# formation, not the village it is named after; the district it belongs to is named after it.
@pytest.mark.parametrize(("texts", "municipality"), [
    (["АДМИНИСТРАЦИЯ ОЛЬХОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ"], "Ольховское сельское поселение"),
    (["в муниципальном образовании Лесное сельское поселение"], "Лесное сельское поселение"),
    (["Администрация сельского поселения Луговое"], "Луговое сельское поселение"),
    (["Совет сельского поселения Кедровка"], "сельское поселение Кедровка"),
    (["Администрация Заречного городского поселения"], "Заречное городское поселение"),
    (["Администрация муниципального образования Ольховское сельское поселение "
      "муниципального образования Луговской муниципальный район",
      "Об утверждении программы Ольховского сельского поселения"],
     "Ольховское сельское поселение"),
])
def test_settlement_municipalities(texts: list[str], municipality: str | None,
                                   lem: Lemmatizer) -> None:
    assert find_place(texts, lem, settlements=False).municipality == municipality


# A municipality renamed by a reform: its acts cite the predecessor's ("постановление
# Администрации Ольховского городского округа от … "Об утверждении …"") many times; the body
# that issues the act names what it is now. Other pairs stay as they are.
@pytest.mark.parametrize(("municipality", "issuer", "renamed"), [
    ("Ольховский городской округ", "Администрация Ольховского муниципального округа",
     "Ольховский муниципальный округ"),
    ("Лесной район", "Управление образования Лесного муниципального округа",
     "Лесной муниципальный округ"),
    ("Лесной район", "Администрация Лесного района", None),
    ("Пенза", "Управление образования города Пензы", None),
    ("Лесной район", "Администрация Заречного муниципального округа", None),
])
def test_issuer_names_the_renamed_municipality(municipality: str, issuer: str,
                                               renamed: str | None, lem: Lemmatizer) -> None:
    assert issuer_renamed(municipality, issuer, lem) == renamed


# A formal name joining a town and its district, in quotes after its marker: one municipality,
# kept whole; its inner "…ский район" is no second place.
@pytest.mark.parametrize(("texts", "municipality"), [
    (['Администрация муниципального района "Город Луговск и Луговский район"'],
     "Город Луговск и Луговский район"),
    (["Программа МР «Город Заречье и Заречный район»", "Заречного района"],
     "Город Заречье и Заречный район"),
    (['муниципального района "Луговский район"'], "Луговский район"),
])
def test_town_and_district_names(texts: list[str], municipality: str, lem: Lemmatizer) -> None:
    assert find_place(texts, lem, settlements=False).municipality == municipality
