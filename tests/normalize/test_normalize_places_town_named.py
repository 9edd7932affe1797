"""A district named by an adjective the dictionary knows otherwise — a town's name ("Мирный"),
a stressed "-ской" it knows only as a feminine case ("Полевской"), a common adjective in the
nominative inside a sentence ("Заречный") — is a district when a marker word follows it.
Invented texts (pdfrows)."""

from __future__ import annotations

import pytest

from normalize.lemmas import Lemmatizer, get_lemmatizer
from normalize.place_mentions import mentions
from normalize.places import find_place


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return get_lemmatizer()


# (text, the municipalities named in it)
MENTIONS = [
    ("Полевской район", ["Полевской район"]),
    ("ПОЛЕВСКОЙ РАЙОН", ["Полевской район"]),
    ("Отдел образования администрации Полевского района", ["Полевский район"]),
    ("Полевской муниципальный район Лесной области", ["Полевской район"]),
    ("Невской городской округ", ["Невской городской округ"]),
    ("Мирный район", ["Мирный район"]),
    ("Школы Мирного района приняли участие в слёте.", ["Мирный район"]),
    ("Итоги года. Мирный район вошёл в число лучших.", ["Мирный район"]),
    ("В 2031 году Заречный район получил грант на ремонт школ.", ["Заречный район"]),
    # no place: a lower-case common word, a generic word, a sentence's first word, a feminine
    ("мирный район без происшествий", []),
    ("Каждый район представил отчёт.", []),
    ("Северный район представил отчёт.", []),
    ("в Полевской районной больнице", []),
]


@pytest.mark.parametrize(("text", "names"), MENTIONS)
def test_district_named_like_town(lem: Lemmatizer, text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text, lem) if m.kind == "municipality"] == names


# (texts, municipality): the document's place from its lines
DOCUMENTS = [
    (["План мероприятий на 2031 год", "Полевской район",
      "Отдел образования администрации Полевского района"], "Полевской район"),
    (["Отчёт о работе отдела образования", "В 2031 году Мирный район открыл две группы."],
     "Мирный район"),
]


@pytest.mark.parametrize(("texts", "municipality"), DOCUMENTS)
def test_document_place(lem: Lemmatizer, texts: list[str], municipality: str) -> None:
    assert find_place(texts, lem, ner=False).municipality == municipality
