"""The municipality comparison key of stored documents (column documents.municipality_key).

The key itself is the normalize stage's (`normalize.place_key.PlaceKeys`: one place written two
ways, one key); the store takes it as a tool, `PlaceKey`, and the default one is made here,
its lemmatizer loaded only when a key is needed. A key is made from one name; `join_places`
joins, across the stored documents, a key named by an adjective to its town's
(`normalize.place_join`: "Тавлинский городской округ" and "Тавла"), in table place_joins. The
views group by the joined key and show one name per place (views.sql `municipality_groups`).
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

PlaceKey = Callable[[str | None, str | None], str | None]
_DEFAULT: list[PlaceKey] = []


def _shared_key(municipality: str | None, region: str | None) -> str | None:
    # the lemmatizer (pymorphy3, ~0.5 s, ~40 MB) is loaded only for a name the plain rules
    # cannot read (normalize.place_key.plain_part), not for every import
    if not _DEFAULT:
        from normalize.lemmas import get_lemmatizer
        from normalize.place_key import PlaceKeys

        _DEFAULT.append(PlaceKeys(get_lemmatizer))
    return _DEFAULT[0](municipality, region)


def default_place_key() -> PlaceKey:
    """`normalize.place_key.PlaceKeys` over the shared lemmatizer, loaded when a name needs it."""
    return _shared_key


def fill_municipality_keys(con: duckdb.DuckDBPyConnection,
                           place_key: PlaceKey | None = None) -> int:
    """Compute the municipality_key of documents that have a municipality and no key (stored
    before migration 7, or reset by a later migration changing the key); return how many."""
    from store.bulk import column_params, unnest_select

    rows = con.execute("SELECT id, municipality, region FROM documents "
                       "WHERE municipality_key IS NULL AND municipality IS NOT NULL").fetchall()
    if not rows:
        return 0
    key = place_key or default_place_key()
    cols = [("id", "BIGINT"), ("municipality_key", "VARCHAR")]
    keys = [{"id": i, "municipality_key": key(town, region)} for i, town, region in rows]
    con.execute(f"UPDATE documents SET municipality_key = k.municipality_key "
                f"FROM ({unnest_select(cols)}) k WHERE documents.id = k.id",
                column_params(cols, keys))
    return len(rows)


def join_places(con: duckdb.DuckDBPyConnection) -> int:
    """Rewrite table place_joins from the stored keys and their printed names (after a load:
    which keys join depends on every document); return how many keys join another."""
    from normalize.place_join import StoredPlace, joined_keys
    from store.bulk import insert_rows

    rows = con.execute("SELECT municipality_key, list_sort(list(DISTINCT municipality)) "
                       "FROM documents WHERE municipality_key IS NOT NULL GROUP BY 1").fetchall()
    joins = joined_keys(StoredPlace(key, tuple(names)) for key, names in rows)
    con.execute("DELETE FROM place_joins")
    insert_rows(con, "place_joins", [{"stored_key": k, "joined_key": v}
                                     for k, v in sorted(joins.items())],
                [("stored_key", "VARCHAR"), ("joined_key", "VARCHAR")])
    return len(joins)
