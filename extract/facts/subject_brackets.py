"""A bracket printed on a line of its own inside an act's subject broken over short lines.

A legal site's export breaks a long subject a few words a line; a bracket the subject's own
words continue after ("… и признании утратившими силу отдельных распоряжений" / "(их
отдельных положений)" / "администрации … района") is a part of the subject, unlike a
note that closes it ("(в редакции …)", "(с изменениями …)", "(далее – …)").
"""

from __future__ import annotations

import re

from extract.facts.ctx import Ctx
from extract.facts.lines import Line

# a whole line in brackets whose words open in lower case
_INNER = re.compile(r"^\(\s*[а-яё][^()]*\)\s*$")


def bracket_inside(ctx: Ctx, lines: tuple[Line, ...], j: int, words: int) -> bool:
    """Line j is a bracket within the subject: its words in lower case, no note's (the
    amendment patterns of facts.yaml, a "(далее" definition), and the next line of the same
    block, short (under `words` words), goes on in the genitive of a name the bracket
    interrupted rather than opening a sentence of its own."""
    text = lines[j].text
    if not _INNER.match(text) or "далее" in text.lower():
        return False
    if any(rx.match(text) for rx in ctx.vocab.amendments):
        return False
    if j + 1 >= len(lines) or lines[j + 1].chunk != lines[j].chunk:
        return False
    after = lines[j + 1].text
    lem = ctx.lemmas(after)
    if not lem or len(after.split()) > words or after.rstrip().endswith((".", ":")):
        return False
    return not any(lem[: len(seq)] == seq for seq in ctx.vocab.body_openers) \
        and ctx.tools.tag(after.split()[0].strip(",;"))[1] == "gent"
