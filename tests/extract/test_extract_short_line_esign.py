"""A short act whose whole page is one line (fewer than 60 words) closing on an e-signature's
certificate block ("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ Сертификат … Владелец … Действителен
с … по …"): the block is cut off — its owner signs nothing, its dates are no order's date and
no period (CONTRACT `signatories`, `period`) — and the act's parts are read as on a longer
flattened page. Invented schools and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.run import process_file

_STAMP = ("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ Сертификат 5B0C11E2A9D3 Владелец Сомова Инна "
          "Павловна Действителен с 14.03.2024 по 07.06.2025")

# (page, title, order number, order date, period, signatories)
PAGES = [
    ("МБОУ «СОШ № 4» г. Лесногорска ПРИКАЗ от 02.09.2024 № 118 Об утверждении плана работы по "
     "профилактике ДДТТ на 2024-2025 учебный год ПРИКАЗЫВАЮ: 1. Утвердить план работы "
     f"(приложение). 2. Контроль оставляю за собой. Директор школы И.П. Сомова {_STAMP}",
     "Об утверждении плана работы по профилактике ДДТТ на 2024-2025 учебный год", "118",
     "2024-09-02", (2024, 2025), [("И.П. Сомова", "Директор школы")]),
    ("МБОУ «СОШ № 4» г. Лесногорска ПРИКАЗ от 02.09.2024 № 119 О назначении ответственного "
     "за профилактику ДДТТ ПРИКАЗЫВАЮ: 1. Назначить ответственным заместителя директора. "
     f"2. Контроль оставляю за собой. {_STAMP}",
     "О назначении ответственного за профилактику ДДТТ", "119", "2024-09-02", None, []),
    ("Приказ № 120 от 03.09.2024 Об утверждении плана мероприятий «Безопасная дорога» "
     f"Утвердить план мероприятий «Безопасная дорога». Директор И.П. Сомова {_STAMP}",
     "Об утверждении плана мероприятий «Безопасная дорога»", "120", "2024-09-03", None,
     [("И.П. Сомова", "Директор")]),
    (f"План мероприятий по профилактике ДДТТ {_STAMP}", "План мероприятий по профилактике ДДТТ",
     None, None, None, []),
]


@pytest.mark.parametrize(("page", "title", "number", "date", "period", "signers"), PAGES)
def test_short_one_line_page_drops_certificate(
        tmp_path: Path, page: str, title: str, number: str | None, date: str | None,
        period: tuple[int, int] | None, signers: list[tuple[str, str]]) -> None:
    assert len(page.split()) < 60
    path = tmp_path / "page.txt"
    path.write_text(page + "\n", encoding="utf-8")
    d = process_file(path).document
    assert (d.title, d.order.number if d.order else None, d.order.date if d.order else None,
            (d.period.start_year, d.period.end_year) if d.period else None,
            [(s.name, s.position) for s in d.signatories]) == (
        title, number, date, period, signers)
