"""What every issuer is cleaned of after the rule that read it (extract/facts/issuer_clean.py):
a full stop or a sentence run on after the name, a site's glue of a place word and a body's
adjective, a stray type word before the legal form, an institution's administration (the
institution itself), a bare "Мэрия" completed by the act's text, a body's name in lower case;
and a trailing region after a city written short (issuer_finish.strip_region). Forms that must
stay as printed are listed with them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.issuer_clean import bare_body, cleaned
from extract.facts.issuer_finish import finish
from extract.facts.lines import Chunk
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools
from ingest.models import Provenance

sys.path.insert(0, str(Path(__file__).parent))



def _ctx(tools: ExtractTools, *texts: str) -> Ctx:
    chunks = tuple(Chunk(text=t, source=Provenance(line=k + 1), lines=(t,))
                   for k, t in enumerate(texts))
    return Ctx(chunks=chunks, found=Found(), tools=tools, vocab=facts_vocab())


@pytest.mark.parametrize(("name", "issuer"), [
    # a full stop after the name, a sentence run on after it
    ("МБОУ «Средняя школа № 2 г. Лесного».", "МБОУ «Средняя школа № 2 г. Лесного»"),
    ("Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная "
     "школа № 2 г. Лесного.", "Муниципальное бюджетное общеобразовательное учреждение средняя "
     "общеобразовательная школа № 2 г. Лесного"),
    ("МКОУ «Кедровая основная школа». х. Сосновка Заречного муниципального района",
     "МКОУ «Кедровая основная школа»"),
    ("МБДОУ «Детский сад № 5» г. Лесного. Приказ № 5", "МБДОУ «Детский сад № 5» г. Лесного"),
    # a stamp's year or act number printed after the body's name
    ("Администрация Заречного района 2014", "Администрация Заречного района"),
    ("Администрация Заречного района 2014г.", "Администрация Заречного района"),
    ("МКУ «Управление образования» 15-П", "МКУ «Управление образования»"),
    ("Отдел образования 112/01-04", "Отдел образования"),
    # a school's number is its own
    ("МКОУ СОШ 6", "МКОУ СОШ 6"),
    ("МБОУ СОШ № 2014", "МБОУ СОШ № 2014"),
    # an abbreviation's or an initial's full stop is the name's own
    ("МБОУ СОШ им. Орлова А.С.", "МБОУ СОШ им. Орлова А.С."),
    ("Министерство образования Заречной обл.", "Министерство образования Заречной обл."),
    ("МБОУ «Школа № 4 им. А.С. Орлова»", "МБОУ «Школа № 4 им. А.С. Орлова»"),
    # a site's glue of a place word and a body's adjective
    ("Заречнаяобластная Дума", "Заречная областная Дума"),
    ("Лесноерайонное Собрание депутатов", "Лесное районное Собрание депутатов"),
    # an invented name the dictionary does not know stays glued
    ("Кедровскаярайонная Дума", "Кедровскаярайонная Дума"),
    ("Городская Дума", "Городская Дума"),
    # a stray type word before the legal form; the form typed in lower case
    ("Школа моу «Школа № 3 имени А.Б. Орлова»", "МОУ «Школа № 3 имени А.Б. Орлова»"),
    ("мбоу «Сосновская СОШ»", "МБОУ «Сосновская СОШ»"),
    ("Школа № 3", "Школа № 3"),
    # an institution's administration issues as the institution, in the nominative
    ("Администрация муниципального общеобразовательного учреждения средней "
     "общеобразовательной школы № 18 п. Кедровый",
     "Муниципальное общеобразовательное учреждение средняя общеобразовательная школа № 18 "
     "п. Кедровый"),
    ("Администрация школы", "Администрация школы"),
    ("Администрация Заречного муниципального района", "Администрация Заречного муниципального "
     "района"),
    # a body's name printed in lower case; a school's short name keeps its case
    ("местная администрация Лесного муниципального района",
     "Местная администрация Лесного муниципального района"),
    ("детский сад № 12", "детский сад № 12"),
    # a trailing region after a city written short
    ("Администрация г. Лесного Удмуртской Республики", "Администрация г. Лесного"),
    ("Администрация г.Лесного Заречной области", "Администрация г.Лесного"),
    ("Дума г. Сосновки Кедровского автономного округа – Югры", "Дума г. Сосновки"),
    ("Министерство образования Заречной области", "Министерство образования Заречной области"),
    ("МБОУ «Школа № 5 г. Лесного Заречной области»", "МБОУ «Школа № 5 г. Лесного Заречной "
     "области»"),
    # a federal city after its inner municipality is the region; a school's or a district's
    # name closing on the city keeps it
    ("Местная администрация МО «Заречный» Санкт-Петербурга", "Местная администрация МО "
     "«Заречный»"),
    ("Местная администрация муниципального образования Кленовый г. Санкт-Петербурга",
     "Местная администрация муниципального образования Кленовый"),
    ("Совет депутатов муниципального округа Луговой города Севастополя",
     "Совет депутатов муниципального округа Луговой"),
    ("ГБОУ СОШ № 5 Ольховского района Санкт-Петербурга",
     "ГБОУ СОШ № 5 Ольховского района Санкт-Петербурга"),
    ("Департамент образования города Москвы", "Департамент образования города Москвы"),
])
def test_issuer_cleaned(tools: ExtractTools, name: str, issuer: str) -> None:
    ctx = _ctx(tools)
    assert finish(ctx, cleaned(ctx, name, [])) == issuer


@pytest.mark.parametrize(("name", "texts", "issuer"), [
    ("Мэрия", ("Приложение к постановлению мэрии", "Контроль возложить на управление "
               "образования мэрии города Лесного."), "Мэрия города Лесного"),
    ("Администрация", ("в администрацию г. Сосновки ежеквартально",), "Администрация г. Сосновки"),
    ("Дума", ("решение Думы города Лесного", "по согласованию с мэрией города Кедрового"),
     "Дума города Лесного"),
    # the text names two cities of the body, or none: the body stays as printed
    ("Мэрия", ("мэрии города Лесного", "мэрии города Кедрового"), "Мэрия"),
    ("Мэрия", ("Отчёт направляется в мэрию ежегодно.",), "Мэрия"),
    ("Администрация района", ("администрации города Лесного",), "Администрация района"),
])
def test_bare_body_completed_by_the_text(tools: ExtractTools, name: str, texts: tuple[str, ...],
                                         issuer: str) -> None:
    assert bare_body(_ctx(tools, *texts), name) == issuer


def test_trace_names_the_step(tools: ExtractTools) -> None:
    trace: list[str] = []
    cleaned(_ctx(tools), "Заречнаяобластная Дума.", trace)
    assert trace == ["header.issuer:clean_sentence_end", "header.issuer:clean_glued_adjective"]
