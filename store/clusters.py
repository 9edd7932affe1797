"""Clusters of similar unthemed indicator names across a database, so that concepts the
taxonomy does not know show up (`themes.source = 'cluster'`, theme_source "cluster").

Leader clustering, deterministic and stable: indicators without a theme, of the logical
documents' representatives, are taken in load order (document id, ordinal); each joins the
first cluster whose leader's comparison key is similar (rapidfuzz token_set_ratio ≥ SIMILAR
and token_sort_ratio ≥ ORDER_GUARD — token_set alone scores 100 when one key's words are a
subset of the other's), else it leads a new cluster. A cluster counts when its members come
from two logical documents or more. Its id is a hash of its leader's key, so it stays the same
while the leader's document stays in the store, whatever is loaded after it; its label is the
leader's name.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import duckdb
from rapidfuzz import fuzz, process

SIMILAR = 90.0
ORDER_GUARD = 75.0
CANDIDATES = 5  # best leaders checked against the guard


@dataclass
class _Cluster:
    key: str
    name: str
    members: list[tuple[int, int]] = field(default_factory=list)
    documents: set[int] = field(default_factory=set)


def cluster_id(key: str) -> str:
    """The stable id of a cluster led by an indicator with this comparison key."""
    return "cluster_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def unthemed(con: duckdb.DuckDBPyConnection) -> list[tuple[int, int, str, str]]:
    """(document_id, ordinal, comparison key, name) of the representatives' unthemed
    indicators, in load order."""
    rows = con.execute(
        "SELECT i.document_id, i.ordinal, coalesce(i.key, ''), i.name FROM indicators i "
        "JOIN logical_documents d ON d.id = i.document_id WHERE i.theme_code IS NULL "
        "ORDER BY i.document_id, i.ordinal").fetchall()
    return [(int(d), int(o), k or " ".join(n.lower().split()), n) for d, o, k, n in rows]


def build(items: list[tuple[int, int, str, str]]) -> list[_Cluster]:
    """Clusters (of two documents or more) of the items, leaders in the items' order."""
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    keys: list[str] = []
    for doc, ordinal, key, name in items:
        found = by_key.get(key) or _similar(key, keys, clusters)
        if found is None:
            found = _Cluster(key, name)
            clusters.append(found)
            keys.append(key)
            by_key[key] = found
        found.members.append((doc, ordinal))
        found.documents.add(doc)
    return [c for c in clusters if len(c.documents) >= 2]


def _similar(key: str, keys: list[str], clusters: list[_Cluster]) -> _Cluster | None:
    if not key or not keys:
        return None
    hits = process.extract(key, keys, scorer=fuzz.token_set_ratio, score_cutoff=SIMILAR,
                           limit=CANDIDATES)
    good = [i for _, _, i in hits if fuzz.token_sort_ratio(key, keys[i]) >= ORDER_GUARD]
    return clusters[min(good)] if good else None  # the earliest leader: stable


def rows(clusters: list[_Cluster]) -> tuple[list[dict[str, object]], list[tuple[str, str]]]:
    """indicator_clusters rows and (id, label) of each cluster."""
    members, labels = [], []
    for c in clusters:
        cid = cluster_id(c.key)
        labels.append((cid, c.name))
        members += [{"document_id": d, "indicator_ordinal": o, "cluster_id": cid}
                    for d, o in c.members]
    return members, labels
