"""A report of measures held listing its work under a lead closing with a colon
(extract/listed_work.py; dev71 category, session facts71). Invented schools and wording
(docs/CONTRACT.md "News pages of measures held")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.pipeline import extract_document
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import txt_doc

_HEAD = ("Субботник по благоустройству\n\n15 апреля в МБОУ «Лесная ООШ» учащимися и педагогами "
         "проведен субботник по уборке территории.\n")


@pytest.mark.parametrize(("text", "titles"), [
    # dash items under a lead of work done
    (_HEAD + "Объем выполненных работ:\n    — Уборка спортивной площадки.\n    — Побелка "
     "бордюров  вдоль аллеи.\n", ["Уборка спортивной площадки.", "Побелка бордюров вдоль аллеи."]),
    # paragraphs under the lead, up to a conclusion
    ("ОТЧЕТ\nо проведении недели чистоты\nВ целях воспитания трудолюбия за неделю была "
     "проделана следующая работа:\n3 мая ученики убрали школьный двор.\n5 мая посажены "
     "цветы у крыльца.\nТаким образом, неделя прошла успешно.\n",
     ["3 мая ученики убрали школьный двор.", "5 мая посажены цветы у крыльца."]),
    # measures named inline after the colon of the lead's own sentence: no list
    (_HEAD + "В рамках субботника состоялись следующие мероприятия: уборка двора, покраска "
     "скамеек.\n", []),
    # a drill's scenario under its lead is no work listed
    ("Тренировка по эвакуации\n\n10.10.2024 в МБОУ «Лесная ООШ» прошла тренировка. В ходе "
     "тренировки была отработана вводная:\n- возгорание в кабинете химии;\n", []),
    # a self-examination's aspects under its lead of an assessment made: no work listed
    ("ОТЧЕТ о результатах самообследования за 2024 год\n\nСамообследование МБДОУ «Детский сад "
     "№ 5» проведено в целях открытости работы учреждения, в ходе него проведена оценка:\n"
     "• образовательной деятельности,\n• системы управления,\n", []),
    # a short colon line naming no work leads the list when every item tells of work done
    ("Справка\nо проведении недели безопасности в МБОУ «Ключевская СОШ»\nЦель: профилактика "
     "травматизма обучающихся.\nЗа неделю:\n- Пятиклассники посмотрели фильм о правилах на "
     "льду.\n- Учитель физкультуры провёл инструктаж по технике безопасности.\n",
     ["Пятиклассники посмотрели фильм о правилах на льду.",
      "Учитель физкультуры провёл инструктаж по технике безопасности."]),
    # ... but not over items that tell of no work done
    ("Справка\nо проведении недели безопасности в МБОУ «Ключевская СОШ»\nПланы на "
     "неделю:\n- Фильм о правилах на льду.\n- Инструктаж по технике безопасности.\n", []),
    # a conclusion printed on the last numbered item's lines ends the list; the campaign's
    # own sentences under no colon are its story, no activities
    ("Справка о проведении декады здоровья в МБДОУ «Детский сад № 3»\nДекада прошла с 2 по 11 "
     "марта.\nДети сделали зарядку вместе с родителями.\nВ ходе декады проведены следующие "
     "мероприятия:\n1. Инструктор провёл весёлые старты.\n2. Медсестра провела беседу о "
     "витаминах.\nИтоги: все группы приняли участие.\n",
     ["Инструктор провёл весёлые старты.", "Медсестра провела беседу о витаминах."]),
    # a heading of measures closing with a colon is no prose report's title: its first line
    # is an item too, a summary of all measures ends the list
    ("Справка о проведении месячника безопасности\nМероприятия месячника:\nДошкольники "
     "посмотрели спектакль о пожарной безопасности.\nВоспитатели провели беседы о правилах "
     "на воде.\nВсе мероприятия месячника проведены в срок.\n",
     ["Дошкольники посмотрели спектакль о пожарной безопасности.",
      "Воспитатели провели беседы о правилах на воде."]),
], ids=["dash-items", "paragraphs", "inline", "scenario", "self-examination", "items-done",
        "items-not-done", "numbered-then-conclusion", "measures-heading"])
def test_work_listed_under_lead(tools: ExtractTools, tmp_path: Path, text: str,
                                titles: list[str]) -> None:
    draft = extract_document(txt_doc(tmp_path, text), tools)
    assert [a.title for a in draft.activities] == titles
    assert all(a.deadline_text is None for a in draft.activities)


def test_plan_intention_is_no_work_done(tools: ExtractTools, tmp_path: Path) -> None:
    text = ("План благоустройства территории МБОУ «Лесная ООШ» на 2025 год\n\nДля этого "
            "необходимо провести следующие мероприятия:\nУборка двора.\nПокраска забора.\n")
    draft = extract_document(txt_doc(tmp_path, text), tools)
    assert "listed_work" not in " ".join(draft.trace)
