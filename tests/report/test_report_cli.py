"""`roadmaps report` (HTML, DOCX) and `roadmaps review` end to end, read back as files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from pipelines.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_report_is_one_offline_russian_file_with_every_section(report: Path) -> None:
    html = report.read_text("utf-8")
    assert not re.search(r"<script[^>]+src=", html)  # nothing loaded from elsewhere
    assert html.count("Plotly.newPlot") >= 6  # the library once, a drawing call per chart
    for title in ("Сводка по муниципалитетам", "Показатели по темам",
                  "Выполнение планов по отчётам", "Типы мероприятий", "Сроки по кварталам",
                  "Нагрузка ответственных организаций", "Качество данных"):
        assert title in html
    assert "дорожная карта" in html and "по ключу" in html  # labels, not codes
    assert "broken.docx" in html and "файл не читается" in html  # the failed file and why
    assert "zip-контейнер повреждён или обрезан" in html and "corrupt or truncated" not in html
    assert "indicator row of" not in html  # warnings in Russian
    assert "строка показателя (строка 13 таблицы 2)" in html


def test_report_writes_a_review_page_per_document(report: Path) -> None:
    pages = sorted((report.parent / "report_files").glob("review-*.html"))
    assert len(pages) == 6
    links = set(re.findall(r'href="(report_files/review-\d+\.html)#', report.read_text("utf-8")))
    assert {report.parent / link for link in links} == set(pages)


def test_municipality_filter(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.html"
    assert main(["report", "--db", str(store), "--out", str(out), "--no-review",
                 "--municipality", "Усть-Вельский район"]) == 0
    html = out.read_text("utf-8")
    assert "Усть-Вельский район" in html and "Зеленоборск" not in html


def test_docx_summary_has_russian_tables_and_landscape_pages(store: Path, tmp_path: Path
                                                               ) -> None:
    out = tmp_path / "report.docx"
    assert main(["report", "--db", str(store), "--out", str(out)]) == 0
    d = docx.Document(str(out))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert "Сводка по муниципалитетам" in headings and "Качество данных" in headings
    heads = [[c.text for c in t.rows[0].cells] for t in d.tables]
    assert ["Муниципальное образование", "Документов", "Виды", "Период", "Мероприятий",
            "Показателей", "Предупреждений"] in heads
    wide = [s for s in d.sections if s.page_width > s.page_height]
    assert wide and len(wide) < len(d.sections)
    summary = d.tables[0]
    towns = [r.cells[0].text for r in summary.rows[1:]]
    assert "Усть-Вельский район" in towns and "Ленинск-Кузнецкий городской округ" in towns


def test_missing_database_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture
                                             ) -> None:
    assert main(["report", "--db", str(tmp_path / "no.duckdb"), "--out",
                 str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "нет такой базы" in err


def test_review_marks_a_mismatch_against_the_expected_record(tmp_path: Path) -> None:
    name = "206_ust_velsky_math_roadmap_2025"
    expected = json.loads((SAMPLES / "expected" / f"{name}.json").read_text("utf-8"))
    good = tmp_path / "good.html"
    assert main(["review", str(SAMPLES / f"{name}.pdf"), "--expected",
                 str(SAMPLES / "expected" / f"{name}.json"), "--out", str(good)]) == 0
    assert "Извлечение совпадает с эталоном" in good.read_text("utf-8")
    expected["activities"][2]["deadline"]["end"] = "2030-01-01"
    wrong = tmp_path / "exp.json"
    wrong.write_text(json.dumps(expected, ensure_ascii=False), "utf-8")
    out = tmp_path / "bad.html"
    assert main(["review", str(SAMPLES / f"{name}.pdf"), "--expected", str(wrong),
                 "--out", str(out)]) == 0
    html = out.read_text("utf-8")
    assert "Сравнение с эталоном: 1 расхождение<" in html
    # the mismatch is marked at the activity it concerns (the third)
    item = re.search(r'<div class="item bad" id="a3">.*?</div>\s*</div>', html, re.S)
    assert item and "deadline.end: ожидалось &#39;2030-01-01&#39;, получено" in item.group(0)


def test_review_of_a_pdf_draws_its_tables_on_the_page_images(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert main(["review", str(SAMPLES / "206_ust_velsky_math_roadmap_2025.pdf"),
                 "--out", str(out)]) == 0
    html = out.read_text("utf-8")
    drawn = re.findall(r"Страница (\d+) · таблиц: (\d+), ячеек: (\d+)", html)
    assert [p for p, _, _ in drawn] == ["1", "2", "3"]
    assert all(int(t) >= 1 and int(c) > 20 for _, t, c in drawn)
    assert html.count("data:image/png;base64,") == 3
    assert html.count('class="activity"') == 22 and html.count('class="indicator"') == 8


def test_review_of_an_unreadable_file_is_one_line_exit_2(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing")
    assert main(["review", str(bad), "--out", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "x.pdf" in err
    assert not (tmp_path / "r.html").exists()
