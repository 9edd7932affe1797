"""Property tests: the org/place/key normalizers never raise on arbitrary text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalize.keys import activity_key, indicator_key, match_activity_type
from normalize.lemmas import get_lemmatizer
from normalize.models import Party
from normalize.orgs import parse_party, split_responsibles
from normalize.places import Place, find_place, region_name

LEM = get_lemmatizer()

# Russian-looking text: letters, org forms, quotes, punctuation, line breaks, HTML, digits.
_PIECES = st.sampled_from([
    "МБОУ", "ДПО", "«", "»", '"', "“", "”", ",", ";", "\n", " ", "-", " -", ".", "г.", "МО",
    "ЗАТО", "Н.П.", "Иванова", "Руководители", "специалисты", "ИМЦ", "ОО", "района", "города",
    "Пензы", "Ленинск", "-Кузнецкого", "городского округа", "области", "Республики", "<p>",
    "</p>", "(", ")", "№", "5", "2023", "–", "муниципального образования", "ст.", "п.", "С.",
])
TEXT = st.one_of(st.text(max_size=120), st.lists(_PIECES, max_size=30).map("".join))
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_split_and_parse_never_raise(text: str) -> None:
    for party in split_responsibles(text):
        assert party and party == party.strip()
        assert isinstance(parse_party(party, LEM), Party)
    assert isinstance(parse_party(text, LEM), Party)


@SETTINGS
@given(st.lists(TEXT, max_size=4))
def test_find_place_never_raises(texts: list[str]) -> None:
    place = find_place(texts, LEM)
    assert isinstance(place, Place)
    assert place.municipality is None or place.municipality.strip()


@SETTINGS
@given(TEXT)
def test_region_and_keys_never_raise(text: str) -> None:
    region = region_name(text, LEM)
    assert region is None or isinstance(region, str)
    key = indicator_key(text, LEM)
    assert key == " ".join(sorted(set(key.split())))
    assert isinstance(activity_key(text, LEM), str)
    kind, rule = match_activity_type(text, LEM)
    assert (rule is None) == (kind == "другое")
