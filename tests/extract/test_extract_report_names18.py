"""A report's full name as its card or title prints it (session 18, the lead's merge of
fullnames and facts63): an honoured person's name and a hyphenated district broken over the
card's lines go on; a title's name keeps one place, not a second one naming where the first
lies. Invented schools and places."""

from __future__ import annotations

from pathlib import Path

import pytest

CASES = [
    # the card's name broken after "имени Л.К." and inside "Северо-" / "Озёрский район"
    ("ОТЧЕТ\nо результатах самообследования за 2024 год\n\n"
     "Наименование образовательной организации\tМуниципальное бюджетное\n"
     "\tобщеобразовательное учреждение средняя\n"
     "\tобщеобразовательная школа №9 имени Л.К.\n"
     "\tСоснина муниципального образования Северо-\n"
     "\tОзёрский район\n\t(МБОУ СОШ №9)\n"
     "Руководитель\tЛебедева Анна Павловна\n",
     "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа"
     " №9 имени Л.К. Соснина муниципального образования Северо-Озёрский район"),
    # a title's name closing on a village and the district it lies in: the village alone
    ("ОТЧЁТ\nО РЕЗУЛЬТАТАХ САМООБСЛЕДОВАНИЯ\nМУНИЦИПАЛЬНОГО БЮДЖЕТНОГО\n"
     "ОБЩЕОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ\nОСНОВНАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА №5\n"
     "ПОСЁЛКА БЕРЁЗОВКА СОСНОВСКОГО РАЙОНА\nЗА 2023 ГОД\n",
     "Муниципальное бюджетное общеобразовательное учреждение основная общеобразовательная школа"
     " №5 посёлка Берёзовка"),
]


@pytest.mark.parametrize(("text", "issuer"), CASES)
def test_report_full_name(text: str, issuer: str, tmp_path: Path) -> None:
    from pipelines.run import process_file

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert process_file(path).document.issuer == issuer
