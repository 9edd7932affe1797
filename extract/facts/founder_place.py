"""The municipality an institution belongs to, named by its founder.

A school's or kindergarten's report or programme prints its founder ("Учредитель: Управление
образования Сосновского городского округа", a card's row "Учредитель | Администрация …") and its
postal address ("624000, Заречная обл., Лесной район, с. Берёзовка, …"). The address names the
administrative district the village lies in; the founder names the municipal formation that
owns the institution — CONTRACT `municipality`: the municipality is the institution's (its
founder's formation), not the district of its address. The founder's field is read before the
rest of the text (the title still comes first: it names the plan's own territory)."""

from __future__ import annotations

from extract.facts.ctx import Ctx

_VALUE_CHARS = 300  # the founder's name and its formation, not the paragraph run on after it


def founder_values(ctx: Ctx) -> list[str]:
    """The values of the founder's fields, in reading order: the text after a "Учредитель:"
    label opening a line or a sentence, or a table row's cell after its label cell."""
    def read() -> list[str]:
        out: list[str] = []
        for c in ctx.chunks:
            if c.cells is not None:
                out += _row_value(ctx, c.cells)
                continue
            for line in c.lines or (c.text,):
                out += [m.group("value")[:_VALUE_CHARS]
                        for m in ctx.vocab.founder_field.finditer(line)]
        return [x for x in out if x.strip()]
    found: list[str] = ctx.once("founder_values", read)
    return found


def _row_value(ctx: Ctx, cells: tuple[str, ...]) -> list[str]:
    """"Учредитель | Администрация Каменского городского округа": the cell after the label."""
    for k, cell in enumerate(cells[:2]):
        if ctx.vocab.founder_label_cell.match(cell.strip()) and k + 1 < len(cells):
            return [cells[k + 1][:_VALUE_CHARS]]
    return []
