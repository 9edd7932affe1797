"""A district printed over its inner formations — a letterhead's line or a table's first
column ("ЗАРЕЧНЫЙ РАЙОН" / "МО Сосновый бор" / "МО Луговое поселение") — is the document's
municipality, its parts are not (CONTRACT `municipality`); an inner formation's own body keeps
its formation. Invented places."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_PLAN = ("ДОРОЖНАЯ КАРТА\nпо подготовке школ к новому учебному году на 2025 год\n\n"
         "№\tМероприятие\tСрок\tОтветственный\n"
         "1\tРемонт спортивного зала\tИюнь\tДиректор школы\n"
         "2\tПроверка готовности столовой\tАвгуст\tЗаместитель директора\n")

# (the lines over the plan, municipality)
HEADS = [
    ("ЗАРЕЧНЫЙ РАЙОН\nМО Сосновый бор\n", "Заречный район"),
    ("ЛЕСНОВСКИЙ РАЙОН\nМО Кедровое сельское поселение\n", "Лесновский район"),
    ("ЛЕСНОВСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН\nМуниципальное образование Кедровое сельское поселение\n",
     "Лесновский район"),
    ("Заречный район\n\nМО Сосновый бор\tМО Луговое поселение\n", "Заречный район"),
    ("ЗАРЕЧНЫЙ РАЙОН\nЛуговое сельское поселение\n", "Заречный район"),
    # no inner part under the district's line: the formation the text names
    ("ЗАРЕЧНЫЙ РАЙОН\nМБОУ «Школа № 3» Соснового городского округа\n",
     "Сосновый городской округ"),
]


@pytest.mark.parametrize(("head", "municipality"), HEADS)
def test_district_over_inner_parts(tmp_path: Path, head: str, municipality: str) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(head + "\n" + _PLAN, encoding="utf-8")
    assert process_file(path).document.municipality == municipality


def test_district_row_over_inner_rows(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("ДОРОЖНАЯ КАРТА\nпо подготовке школ к новому учебному году на 2025 год\n\n"
                    "Муниципальное образование\tМероприятие\tСрок\tОтветственный\n"
                    "ЗАРЕЧНЫЙ РАЙОН\t\t\t\n"
                    "МО Сосновый бор\tРемонт спортивного зала\tИюнь\tДиректор школы\n"
                    "МО Луговое поселение\tПроверка готовности столовой\tАвгуст\tГлава\n",
                    encoding="utf-8")
    trace: list[str] = []
    assert process_file(path, trace=trace).document.municipality == "Заречный район"
    assert "header.municipality:district_over" in trace
