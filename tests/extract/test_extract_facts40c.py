"""Title pages of institutions' programmes (facts40c): a bare "Программа развития" going on in
its owner's legal name with the years in another weight, a motto in quotes under it, and a
term given by months without days ("С мая 2021 г. по май 2024 г.")."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc, facts_of, pdf_doc, txt_doc


def _years(text: str | None) -> tuple[int, int] | None:
    found = re.findall(r"(?:19|20)\d\d", text or "")
    return (int(found[0]), int(found[-1])) if found else None


_OWNER = ("Муниципального бюджетного учреждения дополнительного образования\n"
          "Заречный Дом детского творчества\nна 2021-2025 г.г.")

# (blocks after the institution's letterhead, bold block indices, the title read)
TITLES = [
    # the plan noun in normal case, the owner and years plain, a motto bold in quotes
    (("Программа развития", _OWNER, "«Мы вместе»", "с. Заречное 2021"), (1, 3),
     "Программа развития Муниципального бюджетного учреждения дополнительного образования "
     "Заречный Дом детского творчества на 2021-2025 г.г."),
    # no motto: the title runs to its years all the same
    (("Программа развития", _OWNER, "с. Заречное 2021"), (1,),
     "Программа развития Муниципального бюджетного учреждения дополнительного образования "
     "Заречный Дом детского творчества на 2021-2025 г.г."),
]


@pytest.mark.parametrize(("blocks", "bold", "title"), TITLES)
def test_bare_plan_noun_goes_on_in_owner_with_years(blocks: tuple[str, ...],
                                                   bold: tuple[int, ...], title: str,
                                                   tools: ExtractTools) -> None:
    doc = facts_of(docx_doc("Муниципальное бюджетное учреждение дополнительного образования\n"
                            "Заречный Дом детского творчества", *blocks, bold=bold),
                   tools).document
    assert doc is not None
    assert doc.title == title
    assert _years(doc.period_text) == (2021, 2025)


# (the term's passport line, the period read)
TERMS = [
    ("Сроки реализации. С мая 2021 г. по май 2024 г.", (2021, 2024)),
    ("Срок реализации программы: с сентября 2022 года по июнь 2025 года", (2022, 2025)),
    ("Сроки реализации: с 01.09.2022 г. по 31.05.2023 г.", (2022, 2023)),
]


@pytest.mark.parametrize(("line", "period"), TERMS)
def test_term_by_months_without_days(line: str, period: tuple[int, int],
                                     tools: ExtractTools) -> None:
    doc = facts_of(docx_doc("Программа развития МБОУ Лесная СОШ", "Паспорт программы", line,
                            bold=(0,)), tools).document
    assert doc is not None
    assert _years(doc.period_text) == period


# (grif lines as a PDF prints them, the signatory's position, the issuer)
TOWN_GRIFS = [
    # the town spelled out under the school's number in a grif: the name the head signs with
    (("«УТВЕРЖДАЮ»", "Директор МАОУ СОШ № 4", "города Кедрового", "______________Н.В. Ольхова"),
     "Директор МАОУ СОШ № 4 города Кедрового", "МАОУ СОШ № 4 города Кедрового"),
    # a short name closed by its bracketed profile, the town wrapped onto its own line
    (("УТВЕРЖДЕНО", "директор МБОУ СОШ (кадетская)", "г. Лесного", "Р.Т. Жаворонкова"),
     "директор МБОУ СОШ (кадетская) г. Лесного", "МБОУ СОШ (кадетская) г. Лесного"),
    # a grif copying the letterhead's quoted name without its opening quote
    (("УТВЕРЖДАЮ:", "Директор МБУ ДО Лесной ДДТ»", "_____________Е.К. Синицына"),
     "Директор МБУ ДО Лесной ДДТ", "МБУ ДО Лесной ДДТ"),
]


@pytest.mark.parametrize(("grif", "position", "issuer"), TOWN_GRIFS)
def test_grif_position_keeps_town_drops_unopened_quote(grif: tuple[str, ...], position: str,
                                                       issuer: str,
                                                       tools: ExtractTools) -> None:
    doc = facts_of(pdf_doc(*grif, "Программа «Читающая школа»", "на 2023-2026 годы",
                           "Кедровый 2023", bold=(len(grif),)), tools).document
    assert doc is not None
    assert [(s.position) for s in doc.signatories] == [position]
    assert doc.issuer == issuer


def test_title_school_spelled_out_town_stays_out(tools: ExtractTools) -> None:
    """"План … в МБОУ СОШ № 7 города …": where the plan runs, not the school's own name."""
    doc = facts_of(docx_doc("Приложение\nк приказу МБОУ СОШ № 7\nот 30.08.2024 № 212",
                            "План мероприятий по повышению качества образования в МБОУ СОШ № 7 "
                            "города Лесного на 2024-2025 учебный год", bold=(1,)),
                   tools).document
    assert doc is not None
    assert doc.issuer == "МБОУ СОШ № 7"


def test_title_run_into_the_grif_keeps_its_town_out(tools: ExtractTools, tmp_path: Path) -> None:
    """A site's text export prints the grif, the appendix note and the title as one block of
    lines: "… в МБОУ СОШ № 7 города …" in the title is still where the plan runs."""
    doc = facts_of(txt_doc(tmp_path, "УТВЕРЖДАЮ\nДИРЕКТОР ШКОЛЫ\nТ.П.ВОРОНИНА\nПриложение\n"
                             "к приказу МБОУ СОШ № 7\nот 30.08.2024 № 212\nПлан мероприятий по "
                             "повышению качества образования в МБОУ СОШ № 7 города Лесного на "
                             "2024-2025 учебный год\n| Мероприятие | Сроки |\n"), tools).document
    assert doc is not None
    assert doc.issuer == "МБОУ СОШ № 7"


_ORDER_HEAD = ("Муниципальное бюджетное дошкольное образовательное учреждение", "«Детский сад № 5»",
               "ПРИКАЗ № 14", "10.01.2025", "О подготовке к весеннему празднику", "ПРИКАЗЫВАЮ:")

# (the act's item naming a group and what follows it, the signatories' names)
COMPOSITIONS = [
    # members one a line under "в следующем составе:", the act cut off after them
    (("1. Создать рабочую группу в следующем составе:",
      "Председатель рабочей группы: - старший воспитатель Орлова А. Б.",
      "Члены рабочей группы: воспитатель Синицына Е. К.", "воспитатель Галкина Т. М."), []),
    # a label alone on its line; the head signs under the control clause
    (("1. Утвердить состав оргкомитета:", "Члены оргкомитета:", "воспитатель Синицына Е. К.",
      "2. Контроль за исполнением приказа оставляю за собой.",
      "Заведующий Л.С. Рябинина"), ["Л.С. Рябинина"]),
]


@pytest.mark.parametrize(("item", "names"), COMPOSITIONS)
def test_group_members_sign_nothing(item: tuple[str, ...], names: list[str],
                                    tools: ExtractTools) -> None:
    doc = facts_of(pdf_doc(*_ORDER_HEAD, *item), tools).document
    assert doc is not None
    assert [s.name for s in doc.signatories] == names
