"""Plans of measures and campaign notes as sites flatten them (session facts75, dev75; every
text invented: towns, schools and people are not real)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.pipeline import extract_document
from extract.tools import ExtractTools
from pipelines.run import default_tools, extract_tools, process_file

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import docx_doc


def _record(text: str, tmp_path: Path, name: str = "page.txt") -> dict[str, object]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process_file(path).model_dump()


_AIMS = ("План мероприятий по улучшению чтения в МБОУ Ольховской СОШ",
         "Цель: улучшение читательской грамотности школьников", "Задачи:",
         "1.Обновление школьной библиотеки новыми книгами.",
         "2.Вовлечение родителей в семейное чтение.",
         "3.Проведение читательских конференций для старших классов.")


@pytest.fixture(scope="module")
def _tools() -> ExtractTools:
    return extract_tools(default_tools())


@pytest.mark.parametrize(("paras", "tasks", "activities"), [
    # a numbered "Задачи:" list under a plan's bold title: the plan's tasks, no measures
    ((*_AIMS, "План включает следующие разделы:"), 3, 0),
    # numbered measures under a section heading of the same plan stay measures
    ((*_AIMS, "I. Работа с книгами", "1. Выставка новых книг.",
      "2. Конкурс чтецов среди пятых классов."), 3, 2),
])
def test_task_list_no_measures(paras: tuple[str, ...], tasks: int, activities: int,
                               _tools: ExtractTools) -> None:
    draft = extract_document(docx_doc(*paras, bold=(0, len(_AIMS))), _tools)
    assert (len(draft.tasks), len(draft.activities)) == (tasks, activities)
