"""Logical documents: one `doc_key` for every stored rendering of the same document.

The same plan reaches the store several times: as DOCX and as its signed PDF scan, as DOC and
RTF exports, as a text copy. Each file is stored (different bytes, different sha256), but the
comparisons must count the document once. `doc_key` is computed from what the record says
about the document, never from the file: municipality, kind, title, period, order number and
date, each normalised so that renderings of one text agree:

* case folded, ё → е, Latin letters that look Cyrillic (PDF text layers mix them) → Cyrillic;
* everything but letters and digits dropped, so line breaks, hyphenation at a line end,
  quote styles, dashes and spacing differences of a PDF do not matter.

A document with neither a title nor an order number cannot be told apart from other untitled
documents of its municipality, so its key is its own sha256: it is never merged.
Changing these rules needs a schema migration that sets doc_key to NULL: store.db recomputes
every NULL key on connect.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

_LOOKALIKES = str.maketrans("abcehkmoptxy", "авсенкмортху")
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise(text: str | None) -> str:
    """The comparable form of a name or title: letters and digits only, case folded."""
    if not text:
        return ""
    folded = text.casefold().replace("ё", "е").translate(_LOOKALIKES)
    return _NOT_ALNUM.sub("", folded)


def _part(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def doc_key(row: Mapping[str, Any]) -> str:
    """The logical-document key of a `documents` row (columns as in store/rows.document_row).

    16 hex digits of the sha256 of the normalised identifying fields; when the record has
    neither a title nor an order number, of the file's sha256 instead (never merged).
    """
    title, number = normalise(row.get("title")), normalise(row.get("order_number"))
    if not title and not number:
        ident = "file|" + str(row["sha256"])
    else:
        ident = "|".join([
            "doc", normalise(row.get("municipality")), _part(row.get("kind")), title,
            _part(row.get("period_start")), _part(row.get("period_end")), number,
            _part(row.get("order_date")),
        ])
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]


# Columns doc_key reads, for recomputing it from stored rows.
KEY_COLUMNS: tuple[str, ...] = (
    "sha256", "municipality", "kind", "title", "period_start", "period_end", "order_number",
    "order_date",
)
