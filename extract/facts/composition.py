"""The members an act's item lists ("… в следующем составе:" / "Председатель рабочей группы:
– старший воспитатель А.Б. Орлова" / "Члены рабочей группы: воспитатель …"): each line ends in
a person's name under a position, yet none of them signs the act (CONTRACT `signatories`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extract.facts.ctx import Ctx
from extract.facts.lines import Chunk


def composition_lines(ctx: Ctx, chunks: Sequence[Chunk],
                      named: Callable[[str], bool]) -> frozenset[int]:
    """Indexes of the lines under a line closing on "составе:" / "состав:" that name a person
    (`named`), up to the first line that names none (the act's next item, its control
    clause; a label such as "Члены комиссии:" is passed over): the group's members, one a
    line."""
    out: set[int] = set()
    inside = False
    for i, c in enumerate(chunks):
        text = c.text.strip()
        if inside and named(text):
            out.add(i)
            continue
        # "Члены комиссии:" alone on its line: a label inside the list
        inside = _opens_composition(ctx, text) or (inside and text.endswith(":"))
    return frozenset(out)


def _opens_composition(ctx: Ctx, text: str) -> bool:
    if not text.endswith(":"):
        return False
    lem = ctx.lemmas(text)
    return bool(lem) and lem[-1] in ctx.vocab.composition_words
