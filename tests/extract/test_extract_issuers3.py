"""Issuers a page names in its heading, its grif or its form in ways the earlier rules lost or
cut: an owner in the heading's genitive with nested quotes closed once, a short name whose type
follows a dash, a grif's loose dash and spaced quote, a form's blank field, the act's date a
text export glued onto the body's line, a bare "Администрация города" letterhead
(extract/facts/heading_owner.py, institution.py, issuer_clean.py, act_body.py,
institution_form.py; invented places)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))

from facts_helpers import facts_of, txt_doc

_PLAN = "\n\nЦель программы: создание условий для развития детей.\n"
_ACT = ("\n\nот 14.02.2025 № 77\n\nОб утверждении плана мероприятий по развитию детского "
        "технического творчества на 2025 год\n\nВ целях развития технического творчества "
        "постановляю:\n1. Утвердить план мероприятий (прилагается).\n\nГлава района А.А. Котов\n")
_GRIF_PLAN = ("\n________ А.А. Орлова\n01.09.2025\n\nПлан работы по профилактике детского "
              "травматизма на 2025-2026 учебный год\n\n1. Провести беседы с детьми. Сентябрь. "
              "Воспитатели.\n")


@pytest.mark.parametrize(("text", "issuer"), [
    # the heading names the plan's owner; nested quotes closed once, the owner in the genitive
    ("Паспорт программы развития МУ ДО «ДДТ «Искорка» на 2025-2029 годы" + _PLAN,
     "МУ ДО «ДДТ «Искорка»"),
    ("Целевая программа «Юные исследователи» МАОУ «Гимназии № 4 «Созвездие» на 2025-2027 годы"
     + _PLAN, "МАОУ «Гимназия № 4 «Созвездие»"),
    ("Программа развития МБДОУ «Детский сад № 6 «Берёзка» г. Кедрового на 2025-2029 годы"
     + _PLAN, "МБДОУ «Детский сад № 6 «Берёзка» г. Кедрового"),
    # a plan carried out in a school names no issuer
    ("Программа мероприятий в МБОУ «Лесная школа» на 2025 год" + _PLAN, None),
    # a short name whose type follows a dash; a grif's loose dash and spaced quote
    ("УТВЕРЖДАЮ\nЗаведующий МКДОУ ЦРР - детский сад № 12 г. Кедрового" + _GRIF_PLAN,
     "МКДОУ ЦРР - детский сад № 12 г. Кедрового"),
    ("УТВЕРЖДАЮ\nДиректор МБОУ «Сосновская основная школа » -" + _GRIF_PLAN,
     "МБОУ «Сосновская основная школа»"),
    # the act's word over the body's line, its date glued on by the text's reader
    ("ПОСТАНОВЛЕНИЕ\nАДМИНИСТРАЦИИ КЕДРОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА" + _ACT,
     "Администрация Кедровского муниципального района"),
    ("Постановление\nадминистрации Кедровского муниципального района" + _ACT,
     "Администрация Кедровского муниципального района"),
    # a bare letterhead: the act's word under it is no city's name
    ("АДМИНИСТРАЦИЯ ГОРОДА\n\nПОСТАНОВЛЕНИЕ" + _ACT, "Администрация города"),
])
def test_issuer(tmp_path: Path, tools: ExtractTools, text: str, issuer: str | None) -> None:
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer == issuer


def test_blank_form_field_names_no_issuer(tmp_path: Path, tools: ExtractTools) -> None:
    """A form whose name field is blank: the next field's generic words are no name."""
    text = ("Отчет о выполнении муниципального задания\nМуниципального учреждения\nна 2025 год\n\n"
            "Наименование муниципального учреждения ____________________\n\n"
            "Виды деятельности муниципального учреждения: образование дошкольное\n")
    assert facts_of(txt_doc(tmp_path, text), tools).document.issuer is None
