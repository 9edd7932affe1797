"""The parser workers' warm-up: what the stages load and build on first use, done before the
first file (in the forkserver, shared by every worker it forks; else in each worker's
initializer), so that a file's timeout measures its own work, not the worker's start-up."""

from __future__ import annotations

import gc
import os
from contextlib import suppress
from pathlib import Path
from typing import Any

from pipelines import regex_cache
from pipelines.batch_server import LAZY_NER_ENV


def warm_up(tools: Any) -> None:
    """Load the stage modules, the vocabularies, the theme taxonomy and natasha before the
    first file, so a file's timeout measures its parsing, not the worker's start-up, and every
    worker forked from the server shares them instead of building them in its first document.

    natasha (navec and the NER tagger) is loaded here although its NER runs on few documents:
    navec serves the theme matcher's similarity fallback on most documents, and a model loaded
    on first use inside a worker would count against that document's timeout and memory limit
    (guards.memory_limit) and be loaded again by every worker instead of once in the server.
    A batch of no more files than workers (LAZY_NER_ENV) loads the vectors only: its worker
    loads the tagger if its one file needs it, as `roadmaps extract` of one file does, with
    the file's clock stopped meanwhile (batch_pool._untimed_first_call)."""
    import pipelines.run  # noqa: F401  (the stages)
    from extract.facts.vocab import facts_vocab

    # A failure here is not hidden: the same error comes back per file, with its traceback.
    with suppress(Exception):
        if os.environ.get(LAZY_NER_ENV) == "1":
            tools.lemmatizer.embedding()
        else:
            tools.lemmatizer.entities("Иванов Иван Петрович, г. Москва")
    with suppress(Exception):
        facts_vocab()  # the facts rules' YAML and its ~250 patterns, compiled once
    _build_vocabularies(tools.lemmatizer)
    with suppress(Exception):  # the theme taxonomy, compiled once for every forked worker
        tools.theme_matcher.match("Доля педагогов, прошедших курсы")
        tools.theme_matcher.warm()
    _warm_document(tools)
    # What is loaded now lives as long as the process: out of the cyclic GC's reach. A full
    # collection walked all of it (~0.1 CPU-s each, about two in a thousand documents), and
    # in a worker forked from the server it would write to, so copy, the pages they share.
    # (No collect() first: the warm-up leaves no cyclic garbage to strand, and it costs 50 ms.)
    gc.freeze()
    # the forkserver is killed with the importer, never reaching atexit: save its patterns now
    regex_cache.save()


# A small plan read through every stage before the first file: what the stages build on first
# use (the text reader's module and patterns, regular expressions compiled where they are used,
# the extraction vocabulary: ~0.07 CPU-s, seconds on a busy machine) is no file's work.
_WARM_TEXT = """УТВЕРЖДЁН приказом управления образования от 10.01.2024 № 5
План мероприятий («дорожная карта») на 2024–2025 годы
№\tМероприятие\tСрок\tОтветственный\tПоказатель
1.\tСеминар для учителей\tдо 1 марта 2024 г.\tМКУ ИМЦ\tДоля педагогов, прошедших курсы, 80 %
2.\tМониторинг качества образования\tежегодно\tОбщеобразовательные организации\t100 %
"""
_warmed = False  # a worker forked from the warmed server is warm already


def _warm_document(tools: Any) -> None:
    """Read _WARM_TEXT through every stage once. With LAZY_NER_ENV the NER tagger stays
    unloaded: its calls return nothing while the warm-up document is read."""
    global _warmed
    if _warmed:
        return
    import tempfile

    from pipelines.run import process_file

    lem = tools.lemmatizer
    lazy = os.environ.get(LAZY_NER_ENV) == "1" and "entities" not in vars(lem)
    if lazy:
        lem.entities = lambda text: []
    try:
        with tempfile.TemporaryDirectory() as tmp, suppress(Exception):
            warm = Path(tmp) / "warm-up.txt"
            warm.write_text(_WARM_TEXT, "utf-8")
            process_file(warm, tools)
    finally:
        if lazy:
            del lem.entities
    _warmed = True


def _build_vocabularies(lem: Any) -> None:
    """Call every loaded stage module's cached builder that takes nothing or the lemmatizer
    alone (a rule's YAML words, its compiled patterns, its lemmatised phrases:
    `@cache def _patterns()`, `@lru_cache def _key_vocab(lem)`), which a worker would
    otherwise build in its first document (~0.2 CPU-s of YAML, regex compiling and
    lemmatising, per worker)."""
    import inspect
    import sys

    for name, module in list(sys.modules.items()):
        if not name.startswith(_STAGES) or module is None:
            continue
        for obj in list(vars(module).values()):
            if (callable(obj) and hasattr(obj, "cache_info")
                    and getattr(obj, "__module__", None) == name
                    and getattr(obj, "__wrapped__", None) is not None):
                params = list(inspect.signature(obj).parameters)
                if params not in ([], ["lem"]):
                    continue
                with suppress(Exception):  # the same error comes back in the file that needs it
                    obj(*([lem] if params else []))


_STAGES = ("extract.", "normalize.", "ingest.")
