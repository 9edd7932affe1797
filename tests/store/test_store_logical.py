"""Logical documents: renderings of one document (DOCX, PDF, text…) are compared once."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from normalize.models import Activity, DocumentFacts, OrderRef, Party, Period, Record
from store.db import connect, migrations
from store.identity import doc_key, normalise
from store.link import refresh
from store.load import load_record
from store.rows import document_row

TOWN = "Город Тест"
TITLE = "Дорожная карта по развитию методической службы на 2022-2026 годы"


def rendering(rec: Record, fmt: str, sha: str) -> Record:
    """The same record as extracted from another file of the same document."""
    src = rec.source.model_copy(update={"file": f"{Path(rec.source.file).stem}.{fmt}",
                                        "format": fmt, "sha256": sha})
    return rec.model_copy(update={"source": src})


def titled(rec: Record, title: str) -> Record:
    return rec.model_copy(update={"document": rec.document.model_copy(update={"title": title})})


@pytest.fixture
def pair(make) -> tuple[Record, Record]:
    """A plan and its report, each with a title (so they are identifiable)."""
    plan = titled(make.plan(TOWN, [make.indicator("Доля", "доля", plan_2022=50)],
                            [Activity(title="Семинар", key="семинар",
                                      parties=[Party(text="ИМЦ", org="ИМЦ")])]), TITLE)
    report = titled(make.plan(TOWN, [make.indicator("Доля", "доля", fact_2022=40)],
                              [Activity(title="Семинар", key="семинар")],
                              kind="report", period=(2022, 2022)), "Отчёт о выполнении за 2022")
    return plan, report


def _overview(con) -> list[tuple]:
    return con.execute("SELECT kind, formats, versions FROM v_overview ORDER BY kind").fetchall()


def test_renderings_of_one_document_are_one_row_in_overview_and_plan_fact(con, make,
                                                                         pair) -> None:
    plan, report = pair
    for rec in (plan, rendering(plan, "pdf", make.sha("p.pdf")),
                rendering(plan, "txt", make.sha("p.txt")),
                report, rendering(report, "pdf", make.sha("r.pdf"))):
        load_record(con, rec)
    counts = refresh(con)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (5,)  # all kept
    assert _overview(con) == [("report", "docx, pdf", 2), ("roadmap", "docx, pdf, txt", 3)]
    assert counts["plan_fact_indicators"] == 1
    assert con.execute("SELECT plan_value, fact_value, fulfilment_pct, plan_file, report_file "
                       "FROM v_plan_fact").fetchall() == [
        (50.0, 40.0, 80.0, plan.source.file, report.source.file)]
    assert counts["plan_fact_activities"] == 1
    assert con.execute("SELECT activities, documents FROM organizations").fetchall() == [(1, 1)]
    assert con.execute("SELECT documents FROM v_indicators").fetchall() == [(2,)]
    assert con.execute("SELECT sum(activities) FROM v_activity_types").fetchone() == (2,)


def test_different_titles_are_different_documents(con, make, pair) -> None:
    plan, _ = pair
    load_record(con, plan)
    load_record(con, titled(rendering(plan, "pdf", make.sha("other.pdf")),
                            "Дорожная карта по развитию наставничества"))
    assert _overview(con) == [("roadmap", "docx", 1), ("roadmap", "pdf", 1)]


def test_untitled_documents_without_order_are_never_merged(con, make) -> None:
    a = make.plan(TOWN, [])
    load_record(con, a)
    load_record(con, rendering(a, "pdf", make.sha("x.pdf")))
    assert _overview(con) == [("roadmap", "docx", 1), ("roadmap", "pdf", 1)]


def _representative(con) -> str:
    return con.execute("SELECT file FROM logical_documents").fetchone()[0]


def test_representative_is_the_richest_extraction(con, make, pair) -> None:
    plan, _ = pair
    poorer = plan.model_copy(update={"activities": []})
    load_record(con, poorer)  # the DOCX lost its activities
    load_record(con, rendering(plan, "pdf", make.sha("rich.pdf")))
    assert _representative(con) == "roadmap-Город Тест-2022.pdf"
    flags = con.execute("SELECT format, is_representative, versions FROM documents_all "
                        "ORDER BY format").fetchall()
    assert flags == [("docx", False, 2), ("pdf", True, 2)]


def test_warnings_count_against_richness(con, make, pair) -> None:
    """An OCR'd scan that reads one more (spurious) activity but warns about its pages is not
    preferred to the DOCX of the same document."""
    plan, _ = pair
    load_record(con, plan)
    scan = rendering(plan, "pdf", make.sha("scan.pdf"))
    scan = scan.model_copy(update={
        "activities": [*plan.activities, Activity(title="№ п/п")],
        "warnings": [f"page {i}: no text layer, text recognised by OCR" for i in (1, 2, 3)]})
    load_record(con, scan)
    assert _representative(con) == plan.source.file
    richness = dict(con.execute("SELECT format, richness FROM documents_all").fetchall())
    assert richness == {"docx": 4, "pdf": 2}  # activity, party, indicator, value; +1 − 3


@pytest.mark.parametrize(("formats", "expected"), [
    (["txt", "pdf", "docx"], "docx"),
    (["pdf", "odt"], "odt"),
    (["rtf", "doc"], "doc"),
    (["txt", "html", "pdf"], "html"),
    (["md", "txt"], "txt"),
])
def test_equal_extractions_prefer_the_format(con, make, pair, formats, expected) -> None:
    plan, _ = pair
    for fmt in formats:
        load_record(con, rendering(plan, fmt, make.sha(fmt)))
    assert _representative(con).endswith("." + expected)


def test_equal_extraction_and_format_prefers_the_latest_loaded(con, make, pair) -> None:
    plan, _ = pair
    load_record(con, rendering(plan, "pdf", make.sha("scan1")), "/in/scan1.pdf")
    second = rendering(plan, "pdf", make.sha("scan2"))
    second = second.model_copy(update={"source": second.source.model_copy(
        update={"file": "scan2.pdf"})})
    load_record(con, second, "/in/scan2.pdf")
    assert _representative(con) == "scan2.pdf"


def _key(**fields) -> str:
    base = {"sha256": "0" * 64, "municipality": TOWN, "kind": "roadmap", "title": TITLE,
            "period_start": 2022, "period_end": 2026, "order_number": "18",
            "order_date": None}
    return doc_key({**base, **fields})


@pytest.mark.parametrize("title", [
    "ДОРОЖНАЯ КАРТА по развитию методической службы на 2022–2026 годы",
    "Дорожная карта по развитию методиче-\nской службы на 2022 - 2026 годы",
    "«Дорожная карта» по развитию  методической службы на 2022-2026 годы.",
    "Дорожная кaрта по развитию методической службы на 2022-2026 годы",  # Latin a
])
def test_title_renderings_share_the_key(title: str) -> None:
    assert _key(title=title, sha256="1" * 64) == _key()


@pytest.mark.parametrize("change", [
    {"title": "Дорожная карта по развитию наставничества"},
    {"municipality": "Другой район"},
    {"kind": "report"},
    {"period_end": 2025},
    {"order_number": "19"},
])
def test_identifying_fields_change_the_key(change: dict) -> None:
    assert _key(**change) != _key()


def test_key_without_title_or_order_is_the_files() -> None:
    assert _key(title=None, order_number=None) != _key(title=None, order_number=None,
                                                        sha256="1" * 64)
    assert _key(title=None) == _key(title=None, sha256="1" * 64)  # the order identifies it


def test_normalise_keeps_letters_and_digits_only() -> None:
    assert normalise("  Ёлкин-Палкин «ИМЦ» № 5 ") == "елкинпалкинимц5"
    assert normalise(None) == normalise("") == ""


def test_document_row_carries_the_key(make) -> None:
    rec = make.full()
    row = document_row(rec)
    assert row["doc_key"] == doc_key(row) and len(row["doc_key"]) == 16


def test_migration_fills_keys_of_an_older_database(tmp_path: Path, make, pair) -> None:
    """A database made before migration 2 gets doc_key on its next connect."""
    db = tmp_path / "old.duckdb"
    plan, _ = pair
    recs = [plan, rendering(plan, "pdf", make.sha("old.pdf"))]
    old = duckdb.connect(str(db))
    old.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, title VARCHAR, "
                "applied_at TIMESTAMP DEFAULT now())")
    old.execute(migrations()[0].sql)
    old.execute("INSERT INTO schema_version (version, title) VALUES (1, 'initial schema')")
    for i, rec in enumerate(recs, start=1):
        # the columns of migration 1 only (doc_key and order_act_type came later)
        row = {k: v for k, v in document_row(rec).items()
               if k not in ("doc_key", "order_act_type")}
        row.update(id=i, ingested_at="2024-01-01", record=rec.model_dump_json())
        old.execute(f"INSERT INTO documents ({', '.join(row)}) VALUES "
                    f"({', '.join('?' * len(row))})", list(row.values()))
    old.close()
    con = connect(db)
    keys = con.execute("SELECT DISTINCT doc_key FROM documents").fetchall()
    assert keys == [(document_row(plan)["doc_key"],)]
    assert _overview(con) == [("roadmap", "docx, pdf", 2)]
    con.close()


def test_order_alone_identifies_an_untitled_document(con, make) -> None:
    rec = make.plan(TOWN, [])
    rec = rec.model_copy(update={"document": DocumentFacts(
        kind="programme", municipality=TOWN, order=OrderRef(number="4-у", date="2021-09-14"),
        period=Period(start_year=2021, end_year=2025))})
    load_record(con, rec)
    load_record(con, rendering(rec, "pdf", make.sha("o.pdf")))
    assert _overview(con) == [("programme", "docx, pdf", 2)]


SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.mark.parametrize("stem", sorted({p.stem for p in SAMPLES.glob("00*.docx")})[:3])
def test_real_docx_and_text_renderings_share_the_key(stem: str) -> None:
    from pipelines.run import process_file

    keys = {fmt: document_row(process_file(SAMPLES / f"{stem}.{fmt}"))["doc_key"]
            for fmt in ("docx", "txt")}
    assert keys["docx"] == keys["txt"], stem
