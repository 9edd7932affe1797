"""An institution's own site printing its full name as the page's header under the engine's
account menu, over a page about its plan with no letterhead of its own: the header names the
issuer as a letterhead would, the region after it dropped (extract/facts/site_header.py,
CONTRACT `issuer`). Invented places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import facts_of, txt_doc

_BODY = ("Годовой план является основным документом детского сада на учебный год. Он "
         "определяет задачи и мероприятия, направленные на развитие коллектива педагогов.\n")


@pytest.mark.parametrize(("top", "issuer"), [
    ("Главная | Мой профиль | Регистрация | Выход | Вход | RSS |\n"
     'Муниципальное бюджетное дошкольное образовательное учреждение детский сад №4 "Ручеёк"'
     "г.Заречного Лесной области |\n|\n",
     'Муниципальное бюджетное дошкольное образовательное учреждение детский сад №4 "Ручеёк"'
     "г.Заречного"),
    ("Главная | Вход | RSS |\n"
     "Муниципальное автономное общеобразовательное учреждение «Школа № 8» г. Лесного |\n|\n",
     "Муниципальное автономное общеобразовательное учреждение «Школа № 8» г. Лесного"),
    # no engine's menu over it: a row of a table is no site header
    ("Раздел | Страница |\n"
     "Муниципальное автономное общеобразовательное учреждение «Школа № 8» г. Лесного |\n|\n",
     None),
    # the menu over a line that is no institution's full name
    ("Главная | Вход | RSS |\nНовости детского сада |\n|\n", None),
])
def test_site_header_issuer(tools: ExtractTools, tmp_path: Path, top: str,
                            issuer: str | None) -> None:
    d = facts_of(txt_doc(tmp_path, top + _BODY), tools).document
    assert d.issuer == issuer
