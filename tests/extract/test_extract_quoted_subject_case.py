"""A one-line order whose subject quotes what it approves ("Об утверждении плана «…»",
"Об утверждении «Плана …»") keeps its subject as the title by the same rule in capitals and in
normal case, the act's signature after the closing quote no part of it (CONTRACT `title`: case
kept; `signatories`). Invented school and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_SIGNER = [("Н.С. Лукина", "Директор гимназии")]

SUBJECTS = [
    "Об утверждении плана «Месячник военно-патриотического воспитания»",
    "ОБ УТВЕРЖДЕНИИ ПЛАНА «МЕСЯЧНИК ВОЕННО-ПАТРИОТИЧЕСКОГО ВОСПИТАНИЯ»",
    "Об утверждении «Плана мероприятий месячника военно-патриотического воспитания»",
    "ОБ УТВЕРЖДЕНИИ «ПЛАНА МЕРОПРИЯТИЙ МЕСЯЧНИКА ВОЕННО-ПАТРИОТИЧЕСКОГО ВОСПИТАНИЯ»",
]


@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize("page", [
    "ПРИКАЗ от 10.01.2025 № 9 {subject} Директор гимназии Н.С. Лукина",
    "ПРИКАЗ от 10.01.2025 № 9 {subject} ДИРЕКТОР ГИМНАЗИИ Н.С. ЛУКИНА",
    "МБОУ «Гимназия № 6» г. Лесногорска ПРИКАЗ от 10.01.2025 № 9 {subject} В целях "
    "патриотического воспитания обучающихся ПРИКАЗЫВАЮ: утвердить план. Директор гимназии "
    "Н.С. Лукина",
])
def test_quoted_subject_title_any_case(tmp_path: Path, page: str, subject: str) -> None:
    path = tmp_path / "order.txt"
    path.write_text(page.format(subject=subject) + "\n", encoding="utf-8")
    d = process_file(path).document
    assert (d.title, [(s.name, s.position) for s in d.signatories]) == (subject, _SIGNER)
