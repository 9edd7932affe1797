"""A heading opening in the genitive is the tail of another heading, never a plan's own name.

"ПАСПОРТ" or "Перечень …" printed on its own line over "ВЕДОМСТВЕННОЙ ЦЕЛЕВОЙ ПРОГРАММЫ «…»"
leaves a block whose first word cannot be in the nominative: it names what the passport or the
list belongs to. An act approving the plan, printed over such a heading, keeps its subject line
as its title (CONTRACT `title`: the passport's heading repeating the name is no title).
"""

from __future__ import annotations

from extract.facts.acts import act_header
from extract.facts.ctx import Ctx

_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def genitive_tail_under_act(ctx: Ctx, heading: str) -> bool:
    """`heading` opens with a word in the genitive that cannot be read as nominative, under
    an act's header."""
    words = heading.split()
    if not words or words[0].strip("«\"").lower()[:1] not in _LETTERS:
        return False
    first = words[0].strip("«\"")
    genitive = ctx.tools.nominative(first) is not None and not ctx.tools.reads_nominative(first)
    return genitive and act_header(ctx) is not None
