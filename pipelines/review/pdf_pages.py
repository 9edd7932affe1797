"""PDF page images with the tables and cells the reader found drawn on them.

pdfplumber's visual debugging (PageImage.draw_rects over its pypdfium2 render) draws the cell
boxes the pipeline's own PDF reader kept (ingest Cell.box): what is shown is what the reader
saw, not what another table finder would find. Cells of rows an activity or indicator came
from are filled.
"""

from __future__ import annotations

import base64
import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ingest.models import SourceDocument, Table
from pipelines.report.sources import anchor

RESOLUTION = 72  # px per inch: a page about 600 px wide, enough to see rows, small to embed
MAX_PAGES = 40  # pages drawn; a longer document's review shows the first ones
Box = tuple[float, float, float, float]
COLORS = {"activity": (255, 196, 0, 90), "indicator": (0, 140, 255, 80)}


@dataclass(frozen=True)
class PageImage:
    """One rendered page: its number, a PNG data URI, and how many tables/cells were drawn."""

    number: int
    uri: str
    tables: int
    cells: int


def _cells_by_page(tables: list[Table], kinds: dict[str, str]
                   ) -> dict[int, list[tuple[Box, str | None, int]]]:
    """page → [(box, item kind of its row or None, table index)]."""
    out: dict[int, list[tuple[Box, str | None, int]]] = defaultdict(list)
    for t in tables:
        for row in t.rows:
            kind = kinds.get(anchor(None, t.index, row.source.row, row.source.line))
            for c in row.cells:
                if c.box is not None and c.source.page is not None:
                    out[c.source.page].append((c.box, kind, t.index))
    return out


def _outline(cells: list[tuple[Box, str | None, int]]) -> list[Box]:
    """One box around each table's cells on a page."""
    by_table: dict[int, list[Box]] = defaultdict(list)
    for box, _, index in cells:
        by_table[index].append(box)
    return [(min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs),
             max(b[3] for b in bs)) for bs in by_table.values()]


def render_pages(path: Path, doc: SourceDocument, kinds: dict[str, str]) -> list[PageImage]:
    """The first MAX_PAGES pages of a PDF as PNG data URIs with the reader's tables drawn;
    `kinds` maps a row anchor to the kind of item found there."""
    import pdfplumber

    cells = _cells_by_page(doc.tables, kinds)
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[:MAX_PAGES]:
            number = page.page_number
            x0, top = page.bbox[0], page.bbox[1]  # the reader's boxes start at the page corner
            mine = cells.get(number, [])
            img = page.to_image(resolution=RESOLUTION)
            for box, kind, _ in mine:
                rect = (box[0] + x0, box[1] + top, box[2] + x0, box[3] + top)
                img.draw_rect(rect, fill=COLORS.get(kind or "", (0, 0, 0, 0)),
                              stroke=(220, 40, 40), stroke_width=1)
            for box in _outline(mine):
                img.draw_rect((box[0] + x0, box[1] + top, box[2] + x0, box[3] + top),
                              fill=(0, 0, 0, 0), stroke=(30, 60, 200), stroke_width=3)
            buf = io.BytesIO()
            img.save(buf, format="PNG")
            uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
            out.append(PageImage(number, uri, len(_outline(mine)), len(mine)))
    return out
