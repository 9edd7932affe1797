"""Score one extraction record against its expected record (pure functions over dicts).

How each field is compared, strict and loose, is the table in pipelines/eval_score.py.
"""

from __future__ import annotations

from typing import Any

from pipelines.eval_diff import MISSING, UNEXPECTED, Mismatch
from pipelines.eval_score import (
    DEADLINE_PARTS,
    STRICT,
    Counts,
    Item,
    Rec,
    Rules,
    Score,
    _sum,
    canon,
    compare,
    match_items,
    norm,
    score_set,
)


def _get(d: Rec | None, *path: str) -> Any:
    for p in path:
        if not isinstance(d, dict):
            return None
        d = d.get(p)
    return d


def _period(doc: Rec) -> tuple[Any, Any] | None:
    p = doc.get("period")
    return (p.get("start_year"), p.get("end_year")) if p else None


def _signatories(exp: list[Rec], got: list[Rec], rules: Rules
                 ) -> tuple[Counts, list[Mismatch]]:
    """Signatories paired by name; a pair with the wrong position is FP + FN."""
    pairs, miss, extra = match_items(exp, got, lambda s: s.get("name") or "", rules.name_key,
                                     exact=True)
    c = Counts(fp=len(extra), fn=len(miss))
    field = "document.signatories"
    diffs = [Mismatch(field, MISSING, expected=exp[i]) for i in miss]
    diffs += [Mismatch(field, UNEXPECTED, got=got[j]) for j in extra]
    for i, j in pairs:
        pe, pg = exp[i].get("position"), got[j].get("position")
        wrong = (bool(pe) and not rules.text(pe, pg) if rules.loose  # loose: any position
                 else bool(pe or pg) and not (pe and pg and rules.text(pe, pg)))
        if wrong:
            c.fp, c.fn = c.fp + 1, c.fn + 1
            diffs.append(Mismatch("document.signatories.position", expected=pe or None,
                                  got=pg or None, owner=exp[i]["name"]))
        else:
            c.tp += 1
    return c, diffs


def score_document(exp: Rec, got: Rec, rules: Rules = STRICT
                   ) -> tuple[Counts, list[Mismatch]]:
    """Document fields: kind, title, municipality, region, issuer, order, period, signatories."""
    e, g = exp.get("document") or {}, got.get("document") or {}
    w = "document."
    return _sum([
        compare(w + "kind", e.get("kind"), g.get("kind")),
        compare(w + "title", e.get("title"), g.get("title"), rules.text),
        compare(w + "municipality", e.get("municipality"), g.get("municipality"), rules.place),
        compare(w + "region", e.get("region"), g.get("region"), rules.place),
        compare(w + "issuer", e.get("issuer"), g.get("issuer"), rules.org),
        compare(w + "order.number", _get(e, "order", "number"), _get(g, "order", "number"),
                rules.number),
        compare(w + "order.date", _get(e, "order", "date"), _get(g, "order", "date")),
        compare(w + "period", _period(e), _period(g)),
        _signatories(e.get("signatories") or [], g.get("signatories") or [], rules),
    ])


def _target(t: Rec | None) -> tuple[Any, ...] | None:
    return (t["op"], float(t["value"]), norm(t.get("unit"))) if t else None


def _status(s: Rec | None) -> tuple[Any, ...] | None:
    return (s.get("done"), tuple(sorted(s.get("years") or []))) if s else None


def _wording(field: str, e: str, g: str, at: Item, rules: Rules, score: Score) -> None:
    """A paired item's own text (its title or name): exact (after canon) in strict mode."""
    if rules.loose or canon(e) == canon(g):
        score.counts["wording"].add(Counts(tp=1))
        return
    score.counts["wording"].add(Counts(fp=1, fn=1))
    score.diffs.append(at.mismatch(field, e, g))


def _activity_pair(e: Rec, g: Rec, j: int, score: Score, rules: Rules) -> None:
    at = Item("activity", e.get("number") or e["title"][:50], j)
    _wording("title", e["title"], g.get("title") or "", at, rules, score)
    deadline = {f"deadline.{k}": compare(f"deadline.{k}", _get(e, "deadline", k),
                                         _get(g, "deadline", k), at=at)
                for k in DEADLINE_PARTS}
    for metric, (c, _) in deadline.items():
        score.counts[metric].add(c)
    parts = {
        "deadline": _sum(deadline.values()),
        "responsibles": score_set("responsibles", e.get("responsibles") or [],
                                  g.get("responsibles") or [], at=at, rules=rules),
        "results": compare("result", e.get("result"), g.get("result"), rules.text, at),
        "targets": compare("target", _target(e.get("target")), _target(g.get("target")),
                           at=at),
        "statuses": compare("status", _status(e.get("status")), _status(g.get("status")),
                            at=at),
    }
    for metric, (c, d) in parts.items():
        score.counts[metric].add(c)
        score.diffs += d


def _values(ind: Rec) -> set[tuple[int, str, float | None]]:
    out = set()
    for v in ind.get("values") or []:
        val = v.get("value")
        out.add((int(v["year"]), v["kind"], None if val is None else round(float(val), 6)))
    return out


def _indicator_pair(e: Rec, g: Rec, j: int, score: Score, rules: Rules) -> None:
    at = Item("indicator", e["name"][:50], j)
    _wording("name", e["name"], g.get("name") or "", at, rules, score)
    ev, gv = _values(e), _values(g)
    c = Counts(tp=len(ev & gv), fp=len(gv - ev), fn=len(ev - gv))
    score.counts["indicator_values"].add(c)
    score.diffs += [at.mismatch("values", v, None, MISSING) for v in sorted(ev - gv, key=str)]
    score.diffs += [at.mismatch("values", None, v, UNEXPECTED)
                    for v in sorted(gv - ev, key=str)]


def _score_items(name: str, exp: list[Rec], got: list[Rec], key: str, score: Score) -> list:
    """Activities / indicators paired by fuzzy title (both modes): a pair is a TP."""
    pairs, miss, extra = match_items(exp, got, lambda r: r.get(key) or "")
    score.counts[name].add(Counts(tp=len(pairs), fp=len(extra), fn=len(miss)))
    score.diffs += [Mismatch(name, MISSING, expected=exp[i].get(key)) for i in miss]
    score.diffs += [Mismatch(name, UNEXPECTED, got=got[j].get(key), index=j,
                             item="activity" if name == "activities" else "indicator")
                    for j in extra]
    return pairs


def _unmatched_values(exp: list[Rec], got: list[Rec], pairs: list, score: Score) -> None:
    """Values of unmatched indicators are missed (or unexpected) too."""
    ei = {i for i, _ in pairs}
    gi = {j for _, j in pairs}
    fn = sum(len(_values(x)) for i, x in enumerate(exp) if i not in ei)
    fp = sum(len(_values(x)) for j, x in enumerate(got) if j not in gi)
    score.counts["indicator_values"].add(Counts(fp=fp, fn=fn))


def score_record(exp: Rec, got: Rec, rules: Rules = STRICT) -> Score:
    """All metrics of one document."""
    score = Score()
    c, d = score_document(exp, got, rules)
    score.counts["document"].add(c)
    score.diffs += d
    ea, ga = exp.get("activities") or [], got.get("activities") or []
    for i, j in _score_items("activities", ea, ga, "title", score):
        _activity_pair(ea[i], ga[j], j, score, rules)
    ei, gi = exp.get("indicators") or [], got.get("indicators") or []
    pairs = _score_items("indicators", ei, gi, "name", score)
    for i, j in pairs:
        _indicator_pair(ei[i], gi[j], j, score, rules)
    _unmatched_values(ei, gi, pairs, score)
    for name in ("goals", "tasks"):
        c, d = score_set(name, exp.get(name) or [], got.get(name) or [], rules=rules)
        score.counts[name].add(c)
        score.diffs += d
    return score
