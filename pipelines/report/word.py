"""The report's summary as a Word document (python-docx): headings, Russian tables, wide tables
on landscape sections — what a ministry circulates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from pipelines.report.build import TITLE
from pipelines.report.charts import ACTIVITY_STATES
from pipelines.report.render import num, period, when
from store.labels import label

if TYPE_CHECKING:
    from pipelines.report.build import ReportData

TOP_ORGANIZATIONS = 20


def _orient(doc: Any, landscape: bool) -> None:
    """Start a new section in the given orientation (width and height swapped as needed)."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    wide = section.page_width > section.page_height
    if wide != landscape:
        section.page_width, section.page_height = section.page_height, section.page_width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT


def _repeat_header(row: Any) -> None:
    props = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    props.append(mark)


def _widths(doc: Any, headers: Sequence[str], texts: list[list[str]]) -> list[int]:
    """Column widths (EMU) filling the section's text width, in proportion to the columns'
    typical text length (long names wide, numbers narrow)."""
    section = doc.sections[-1]
    usable = section.page_width - section.left_margin - section.right_margin
    weights = []
    for i, h in enumerate(headers):
        lengths = sorted(len(r[i]) for r in texts) or [0]
        typical = lengths[int(len(lengths) * 0.9) - 1] if len(lengths) > 1 else lengths[0]
        weights.append(min(max(typical, min(len(h), 12), 8), 60))
    total = sum(weights)
    return [int(usable * w / total) for w in weights]


def table(doc: Any, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A grid table: bold header repeated on every page, then the rows (None → —)."""
    texts = [[v if isinstance(v, str) else num(v) for v in r] for r in rows]
    widths = _widths(doc, headers, texts)
    t = doc.add_table(rows=1, cols=len(headers))
    t.autofit = False
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, headers, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    _repeat_header(t.rows[0])
    for r in texts:
        for cell, v in zip(t.add_row().cells, r, strict=True):
            cell.text = v
    for col, w in zip(t.columns, widths, strict=True):
        col.width = w  # the grid LibreOffice reads; Word reads the cells' widths
        for cell in col.cells:
            cell.width = w
    doc.add_paragraph()


def _summary(doc: Any, d: ReportData) -> None:
    doc.add_heading("Сводка по муниципалитетам", level=1)
    table(doc, ["Муниципальное образование", "Документов", "Виды", "Период", "Мероприятий",
                "Показателей", "Предупреждений"],
          [[r["municipality"] or "(не указано)", r["documents"],
            ", ".join(label("kind", k) for k in r["kinds"]),
            period(r["period_start"], r["period_end"]), r["activities"], r["indicators"],
            r["warnings"]] for r in d.summary])


def _documents(doc: Any, d: ReportData) -> None:
    doc.add_heading("Документы", level=1)
    table(doc, ["Муниципальное образование", "Вид", "Период", "Наименование", "Меропр.",
                "Показ.", "Форматы", "Файл"],
          [[r["municipality"] or "(не указано)", label("kind", r["kind"]) or "—",
            period(r["period_start"], r["period_end"]), r["title"] or "—", r["activities"],
            r["indicators"], r["formats"], r["file"]] for r in d.documents])


def _fulfilment(doc: Any, d: ReportData) -> None:
    doc.add_heading("Выполнение планов по отчётам", level=1)
    doc.add_heading("Показатели: план, факт, %", level=2)
    table(doc, ["Муниципальное образование", "Показатель", "Ед.", "Год", "План", "Факт",
                "Выполнение, %", "Сопоставление", "Источник"],
          [[r["municipality"], r["name"], r["unit"] or "", str(r["year"]), r["plan_value"],
            r["fact_value"], r["fulfilment_pct"], label("match", r["match"]),
            r["source"].label] for r in d.plan_fact])
    doc.add_heading("Мероприятия", level=2)
    count: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in d.plan_fact_activities:
        count[r["municipality"]][r["state"]] += 1
    table(doc, ["Муниципальное образование", *ACTIVITY_STATES],
          [[town, *(count[town][s] for s in ACTIVITY_STATES)] for town in sorted(count)])


def _activities(doc: Any, d: ReportData) -> None:
    doc.add_heading("Типы мероприятий", level=1)
    types = sorted({r["type"] for r in d.activity_types})
    per = {(r["municipality"], r["type"]): r["activities"] for r in d.activity_types}
    towns = sorted({r["municipality"] or "(не указано)" for r in d.activity_types})
    table(doc, ["Муниципальное образование", *types],
          [[m, *(per.get((m, t), 0) for t in types)] for m in towns])
    doc.add_heading("Сроки по кварталам", level=1)
    table(doc, ["Муниципальное образование", "Год", "Квартал / без даты", "Мероприятий"],
          [[r["municipality"] or "(не указано)", str(r["year"]) if r["year"] else "—",
            f"{r['quarter']} кв." if r["quarter"] else label("undated", r["undated"]),
            r["activities"]] for r in d.deadlines])


def _organizations(doc: Any, d: ReportData) -> None:
    doc.add_heading("Нагрузка ответственных организаций", level=1)
    total: dict[str, list[Any]] = {}
    for r in d.organizations:
        t = total.setdefault(r["organization"], [0, set()])
        t[0] += r["activities"]
        t[1].add(r["municipality"] or "(не указано)")
    top = sorted(total.items(), key=lambda kv: (-kv[1][0], kv[0]))[:TOP_ORGANIZATIONS]
    table(doc, ["Организация", "Мероприятий", "Муниципальные образования"],
          [[o, n, ", ".join(sorted(towns))] for o, (n, towns) in top])


def _quality(doc: Any, d: ReportData) -> None:
    q = d.quality
    doc.add_heading("Качество данных", level=1)
    doc.add_paragraph(f"Файлов, которые не удалось прочитать: {len(q.failed)}.")
    if q.failed:
        table(doc, ["Файл", "Вид ошибки", "Причина"],
              [[r["path"], label("error_type", r["error_type"]), r["reason"]] for r in q.failed])
    doc.add_paragraph(f"Документов без муниципалитета или периода: {len(q.incomplete)}.")
    if q.incomplete:
        table(doc, ["Файл", "Наименование", "Муниципальное образование", "Период"],
              [[r["file"], r["title"] or "—", r["municipality"] or "не определён",
                period(r["period_start"], r["period_end"]) if r["period_start"]
                else "не определён"] for r in q.incomplete])
    doc.add_paragraph(f"Предупреждений: {len(q.warnings)}.")
    if q.warning_kinds:
        table(doc, ["Код", "Пример", "Количество"],
              [[k["code"], k["example"], k["count"]] for k in q.warning_kinds])


def _themes(doc: Any, d: ReportData) -> None:
    if not d.themes:
        return
    doc.add_heading("Показатели по темам", level=1)
    for t in d.themes:
        doc.add_heading(t["title"], level=2)
        table(doc, ["Муниципальное образование", "Год", "Ед.", "План", "Факт"],
              [[r["municipality"] or "(не указано)", str(r["year"]), r["unit"] or "",
                r["plan_value"], r["fact_value"]] for r in t["rows"]])


def write_docx(d: ReportData, out: Path) -> Path:
    """Write the Word summary; the summary in portrait, the wide tables in landscape."""
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(TITLE, level=0)
    scope = f"; муниципалитеты: {', '.join(d.scope.towns)}" if d.scope.towns else ""
    doc.add_paragraph(f"Сформирован {when(d.generated)} по базе {d.db}{scope}.")
    _summary(doc, d)
    _orient(doc, landscape=True)
    for part in (_documents, _themes, _fulfilment, _activities):
        part(doc, d)
    _orient(doc, landscape=False)
    _organizations(doc, d)
    _quality(doc, d)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out
