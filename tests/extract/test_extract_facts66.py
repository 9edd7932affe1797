"""Plans whose pages reach their tables (session facts66): what the document is when its title
names a curriculum only as what learners master, or opens with a list of measures."""

from __future__ import annotations

import pytest

from extract.facts.ctx import Ctx
from extract.facts.kinds import kind_title_names


@pytest.mark.parametrize(("title", "kind"), [
    # a curriculum inside the title's phrase is no plan: the list of measures decides
    ("ПЕРЕЧЕНЬ МЕРОПРИЯТИЙ ПО ПОДГОТОВКЕ ВЫПУСКНИКОВ, ОСВОИВШИХ ОБРАЗОВАТЕЛЬНЫЕ ПРОГРАММЫ "
     "СРЕДНЕГО ОБЩЕГО ОБРАЗОВАНИЯ, К ЭКЗАМЕНАМ В 2026 ГОДУ", "roadmap"),
    ("Перечень мероприятий по организации летнего отдыха детей в 2026 году", "roadmap"),
    # the curriculum that opens the heading is the document's own programme
    ("ОБРАЗОВАТЕЛЬНАЯ ПРОГРАММА дома детского творчества на 2026-2028 годы", "programme"),
    ("Основная образовательная программа начального общего образования", "programme"),
    # a list of measures of a programme is the programme's
    ("Перечень мероприятий муниципальной программы «Развитие образования»", "programme"),
])
def test_kind_of_a_title(ctx: Ctx, title: str, kind: str) -> None:
    assert kind_title_names(ctx, title) == kind
