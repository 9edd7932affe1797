"""Fixtures shared by the extract tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extract.facts.ctx import Ctx
from extract.facts.vocab import facts_vocab
from extract.found import Found
from extract.tools import ExtractTools

sys.path.insert(0, str(Path(__file__).parent))
from facts_helpers import full_tools


@pytest.fixture(scope="module")
def tools() -> ExtractTools:
    """The facts rules' tools (a test module defining its own `tools` uses that one instead)."""
    return full_tools()


@pytest.fixture(scope="module")
def ctx(tools: ExtractTools) -> Ctx:
    """An empty facts context over `tools`, for the rules that read single lines."""
    return Ctx(chunks=(), found=Found(), tools=tools, vocab=facts_vocab())
