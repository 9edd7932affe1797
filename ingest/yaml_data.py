"""YAML parsing for every stage's data files (vocabularies, taxonomies, headers).

libyaml's parser is ~15x faster than PyYAML's pure-Python one (0.03 vs 0.44 s for the
project's data files, paid by every `roadmaps` process at start-up) and builds the same
objects: it keeps PyYAML's safe constructor and resolver.
"""

from __future__ import annotations

from typing import Any

import yaml

_FAST: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The safe-loaded content of a YAML text.

    A malformed text is parsed again by the pure-Python loader, so the error (and its message,
    which users see for their own themes file) is PyYAML's whatever parser is installed."""
    try:
        return yaml.load(text, Loader=_FAST)  # a safe loader: CSafeLoader or SafeLoader
    except yaml.YAMLError:
        return yaml.safe_load(text)
