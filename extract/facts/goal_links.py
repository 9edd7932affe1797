"""Where a goal's statement begins and ends in running prose (extract/facts/goals.py): a
label linked to its statement by a verb ("Целями самообследования являются …") opening its
line, and the next sentence that says something else though its verb stands far on ("… . В
соответствии с … было проведено …")."""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx


def prepositional_sentence(ctx: Ctx, raw: list[str]) -> bool:
    """The next sentence (its words as printed) opens with a preposition ("В соответствии с …
    Законом … было проведено самообследование"): no aim in the nominative; its verb, however
    far, says something else."""
    if not raw or ctx.tools.tag(raw[0].lower())[0] != "PREP":
        return False
    for w in raw:
        word = w.strip("«»\"(),.:;–—").lower()
        if word.isalpha() and ctx.tools.tag(word)[0] in ("VERB", "PRTS"):
            return True
        if _SENTENCE_CLOSE.search(w):
            break  # the sentence's end ("… результаты."; not "г.", "РФ.")
    return False


_SENTENCE_CLOSE = re.compile(r"[а-яё]{3}[.!?]$")


def linked_label(ctx: Ctx, label: str) -> bool:
    """A label closing with the word linking it to its statement ("… являются ")."""
    starts = [m.start() for m in re.finditer(r"(?<!\S)\S", label)]
    return any((m := rx.match(label[at:])) is not None and at + m.end() == len(label)
               for at in starts for rx in ctx.vocab.statement_links)
