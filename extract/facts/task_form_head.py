"""A task form's head its layout scattered over a text layer: the heading's line ending with its
"№", the first year's line without "год", then the form's field captions, the number's cell and
the rest of the years' line:

    Муниципальное задание №
    на 20 22
    Наименование / муниципального учреждения / …
    1
    год и на плановый период 20 23 и 20 24 годов

read back into one heading: "Муниципальное задание № 1 на 2022 год и на плановый период 2023
и 2024 годов" (the heading's words as printed). A heading printed on its lines is
task_heading's (extract/facts/title_approved.py). Patterns: facts.yaml `task_form_scatter`.
"""

from __future__ import annotations

from extract.facts.ctx import Ctx, per_document
from extract.facts.lines import squash

_HEAD_LINES = 60  # where the head may start among the top lines
_FIELDS = 16  # the form's field captions between the first year and the rest of the years


def _year(text: str) -> str:
    return text.replace(" ", "")


@per_document
def task_form_title(ctx: Ctx) -> str | None:
    """The scattered head read back into the form's heading, or None."""
    v = ctx.vocab
    lines = [squash(x.text) for x in ctx.top[:_HEAD_LINES + _FIELDS]]
    for i, line in enumerate(lines[:_HEAD_LINES]):
        head = v.task_form_head.match(line)
        first = v.task_form_first_year.match(lines[i + 1]) if head and i + 1 < len(lines) else None
        if head is None or first is None:
            continue
        for k in range(i + 2, min(len(lines), i + 2 + _FIELDS)):
            rest = v.task_form_rest.match(lines[k])
            if rest is None:
                continue
            # the number's cell opens the years' line or stands on the line above it
            number = rest if rest.group("number") else \
                v.task_form_number.match(lines[k - 1]) if k - 1 > i + 1 else None
            sign = f"№ {number.group('number')}" if number else "№"
            on = "на " if rest.group("on") else ""
            return (f"{head.group('name')} {sign} на {_year(first.group('year'))} год и {on}"
                    f"плановый период {_year(rest.group('a'))} и {_year(rest.group('b'))} годов")
        return None
    return None
