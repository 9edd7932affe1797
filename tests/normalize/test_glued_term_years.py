"""A term's two years glued by a PDF text layer that lost the dash between them."""

from __future__ import annotations

import pytest

from normalize.deadlines import parse_deadline


@pytest.mark.parametrize(("text", "start", "end"), [
    ("20152017 гг.", "2015-01-01", "2017-12-31"),
    ("2015-2017 гг.", "2015-01-01", "2017-12-31"),
    ("20172015", None, None),  # a later year first: no term
])
def test_glued_term_years(text: str, start: str | None, end: str | None) -> None:
    got = parse_deadline(text, None)
    assert (got.start, got.end) == (start, end)
