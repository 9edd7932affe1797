"""An acting head's prefix written otherwise ("ИО директора", "и. о. начальника", "Врио главы",
"Временно исполняющий обязанности …", the prefix alone on its line): the signatory is read and
the position keeps the prefix as printed — a block in capitals is written in normal case, the
"И.О." keeping its first capital and "ИО" (initials run together) both (CONTRACT
`signatories`). Invented places and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc

_DECREE = ("АДМИНИСТРАЦИЯ КЕДРОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\n"
           "от 18.04.2024 № 96\n\nОб организации летнего отдыха детей\n\n"
           "Администрация района постановляет:\n1. Утвердить план мероприятий (приложение).\n"
           "2. Контроль за исполнением постановления оставляю за собой.\n\n{signature}\n")

ACTING = [
    ("ИО директора МКУ «Центр образования»          Л.Н. Ветрова",
     ("Л.Н. Ветрова", "ИО директора МКУ «Центр образования»")),
    ("ИО ДИРЕКТОРА МКУ «ЦЕНТР ОБРАЗОВАНИЯ»          Л.Н. ВЕТРОВА",
     ("Л.Н. Ветрова", "ИО директора МКУ «Центр образования»")),
    ("ИО Главы района          П.Р. Соснин", ("П.Р. Соснин", "ИО Главы района")),
    ("И.О. главы администрации района          П.Р. Соснин",
     ("П.Р. Соснин", "И.О. главы администрации района")),
    ("и. о. начальника управления образования          Т.В. Кравец",
     ("Т.В. Кравец", "и. о. начальника управления образования")),
    ("Врио главы района          Д.С. Ольхов", ("Д.С. Ольхов", "Врио главы района")),
    ("Временно исполняющий обязанности главы администрации          Г.А. Лыков",
     ("Г.А. Лыков", "Временно исполняющий обязанности главы администрации")),
    ("ВРЕМЕННО ИСПОЛНЯЮЩИЙ ОБЯЗАННОСТИ ГЛАВЫ АДМИНИСТРАЦИИ          Г.А. ЛЫКОВ",
     ("Г.А. Лыков", "Временно исполняющий обязанности главы администрации")),
    # the prefix alone on its line, the position under it on the name's line
    ("Временно исполняющий обязанности\nглавы администрации района          Г.А. Лыков",
     ("Г.А. Лыков", "Временно исполняющий обязанности главы администрации района")),
    ("И.о.\nглавы администрации района          Г.А. Лыков",
     ("Г.А. Лыков", "И.о. главы администрации района")),
]


@pytest.mark.parametrize(("signature", "signer"), ACTING)
def test_acting_prefix_written_otherwise(tools: ExtractTools, tmp_path: Path, signature: str,
                                         signer: tuple[str, str]) -> None:
    d = facts_of(txt_doc(tmp_path, _DECREE.format(signature=signature)), tools).document
    assert [(s.name, s.position) for s in d.signatories] == [signer]


_PLAN = ("{grif}\n\nПлан работы школы по профилактике правонарушений на 2024-2025 учебный год\n\n"
         "№\tМероприятие\tСрок\tОтветственный\n1\tБеседы с учащимися\tсентябрь\t"
         "Классные руководители\n2\tРодительские собрания\tоктябрь\tАдминистрация\n")


@pytest.mark.parametrize(("grif", "signer"), [
    ("УТВЕРЖДАЮ\nИО директора МБОУ «СОШ № 3»\n_______ Е.К. Грачёва\n«01» сентября 2024 г.",
     ("Е.К. Грачёва", "ИО директора МБОУ «СОШ № 3»")),
    ("УТВЕРЖДАЮ\nВременно исполняющий обязанности заведующего МБДОУ «Детский сад № 7»\n"
     "Е.К. Грачёва",
     ("Е.К. Грачёва", "Временно исполняющий обязанности заведующего МБДОУ «Детский сад № 7»")),
])
def test_acting_approver(tools: ExtractTools, tmp_path: Path, grif: str,
                         signer: tuple[str, str]) -> None:
    d = facts_of(txt_doc(tmp_path, _PLAN.format(grif=grif)), tools).document
    assert [(s.name, s.position) for s in d.signatories] == [signer]
