"""Build the sample 440 and its expected record (helper flatrows: plan tables that a site's text
export flattened into lines, as in /work/realdev/dev3).

Run: .venv/bin/python samples/make_flat_rows_samples.py [440]

- 440 txt  a plan of measures whose table lost its cells: the header "№ п/п Мероприятие Срок
           Ответственный Ожидаемый результат" on one line, each row one line with its cells
           separated by single spaces; numbered sections ("1. …" before "1.1 …"); rows wrapped
           onto the next lines (after a comma, inside the result cell, inside a list of
           responsible parties ending on a comma); cells holding lists ("- …; - …" in a title,
           "Управление образования, руководители ОО").

The municipality is invented and the wording our own; the expected record says what the
document says (deadlines read against the plan's year, 2026).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from blind_common import Act, doc_facts, write_expected
from docx_build import build_named
from real_b_common import write_text

UO = "Управление образования"
IMC = "МКУ «Информационно-методический центр»"
HEAD = ["Приложение", "к распоряжению Управления образования", "от 02.02.2026 № 47", "",
        "План мероприятий по повышению качества образования в Сосновоборском муниципальном "
        "районе на 2026 год", ""]
LINES = [
    "№ п/п Мероприятие Срок Ответственный Ожидаемый результат",
    "1. Оценка качества образования",
    "1.1 Анализ итогов государственной итоговой аттестации выпускников 9 и 11 классов "
    "июль-август 2026 г. Управление образования, руководители ОО Аналитическая справка",
    "1.2 Муниципальные диагностические работы по математике и русскому языку в 5-8 классах,",
    "в том числе в классах с низкими результатами обучения до 15 декабря 2026 г. "
    f"{IMC}, руководители ОО Перечень затруднений обучающихся",
    "2. Работа с педагогами",
    "2.1 Курсы повышения квалификации учителей: - по формированию функциональной грамотности; "
    f"- по работе с детьми с ОВЗ в течение года {IMC} Не менее 40 педагогов",
    "прошли обучение",
    "2.2 Методические семинары для заместителей руководителей ОО, ДОО ежеквартально "
    "Управление образования,",
    f"{IMC} Рост методической",
    "компетентности",
]
S1, S2 = "Оценка качества образования", "Работа с педагогами"
ACTS = [
    Act("1.1", "Анализ итогов государственной итоговой аттестации выпускников 9 и 11 классов",
        "июль-август 2026 г.", ("2026-07-01", "2026-08-31", "once"), [],
        [UO, "руководители ОО"], result="Аналитическая справка", section=S1),
    Act("1.2", "Муниципальные диагностические работы по математике и русскому языку в 5-8 "
        "классах, в том числе в классах с низкими результатами обучения",
        "до 15 декабря 2026 г.", (None, "2026-12-15", "once"), [], [IMC, "руководители ОО"],
        result="Перечень затруднений обучающихся", section=S1),
    Act("2.1", "Курсы повышения квалификации учителей: - по формированию функциональной "
        "грамотности; - по работе с детьми с ОВЗ", "в течение года",
        ("2026-01-01", "2026-12-31", "continuous"), [], [IMC],
        result="Не менее 40 педагогов прошли обучение", target=(">=", 40.0, "педагог"),
        section=S2),
    Act("2.2", "Методические семинары для заместителей руководителей ОО, ДОО", "ежеквартально",
        ("2026-01-01", "2026-12-31", "quarterly"), [], [UO, IMC],
        result="Рост методической компетентности", section=S2),
]


def build_440() -> None:
    """A flattened plan table: numbered sections, wrapped rows, list cells."""
    path = write_text("440_sosnovobor_quality_plan_flat_rows_2026.txt", [*HEAD, *LINES])
    doc = doc_facts("roadmap", HEAD[4], "Сосновоборский район", None, UO, ("47", "2026-02-02"),
                    (2026, 2026), [])
    doc["order"]["act_type"] = "распоряжение"
    write_expected(path, "txt", None, doc, ACTS, [])


BUILDERS = {"440": build_440}

if __name__ == "__main__":
    raise SystemExit(build_named(BUILDERS, sys.argv[1:]))
