"""A joint order of two bodies printed with both its numbers: "Приказ от 03.02.2021 №№ 45/21,
1290" (CONTRACT `order`: a joint act keeps every number it is registered under, as printed).

The double sign "№№" says the numbers after it are one act's — each body's registration of the
same joint order — so the number read after it ("45/21") takes the others listed after a
comma or "и". A "№№" listing schools ("СОШ №№ 1, 3, 4") is no act's: only a line whose act
number the requisites read opens the list."""

from __future__ import annotations

import re

from extract.facts import requisites as rq
from extract.facts.ctx import Ctx

_HEAD_CHUNKS = 12  # the act's heading line stands at the top
_MORE = r"((?:\s*(?:,|\sи)\s*[\w./-]*\d[\w./-]*)+)"


def with_joint_number(ctx: Ctx, req: rq.Requisites | None) -> rq.Requisites | None:
    """`req` with its number listing every number a "№№" gives the act; `req` otherwise."""
    if not req or not req.number:
        return req
    rx = re.compile(r"№№\s*" + re.escape(req.number) + r"(?![\w/-])" + _MORE)
    for c in ctx.head[:_HEAD_CHUNKS]:
        m = rx.search(c.text)
        if m:
            more = [x.strip() for x in re.split(r",|\sи\s", m.group(1)) if x.strip()]
            return rq.Requisites(act_type=req.act_type, number=", ".join([req.number, *more]),
                                 date=req.date)
    return req
