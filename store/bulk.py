"""Many rows in one statement, without Arrow or pandas.

Each column goes in as one list parameter and the lists are unnested side by side
(`SELECT unnest(?::T[]) AS c1, unnest(?::U[]) AS c2 …`): DuckDB converts Python lists
itself, so one statement per table stays the cost of storing. Arrow tables did the same
but building one imports pandas (~0.2 CPU-s) and pyarrow (~0.15 CPU-s) in every
`roadmaps ingest`, a third of its importer's start-up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import duckdb

# (column, DuckDB type) in table order; None as the type leaves it to DuckDB (the target
# column's type decides on INSERT)
Columns = Sequence[tuple[str, str | None]]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def unnest_select(columns: Columns) -> str:
    """`SELECT unnest(?::T[]) AS "c", …`: the rows of `column_params` as a relation."""
    return "SELECT " + ", ".join(
        f"unnest(?{'::' + typ + '[]' if typ else ''}) AS {_quote(name)}"
        for name, typ in columns)


def column_params(columns: Columns, rows: Sequence[Mapping[str, Any]]) -> list[list[Any]]:
    """One list per column (a key missing from a row is NULL)."""
    return [[row.get(name) for row in rows] for name, _ in columns]


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str | None]]:
    """A table's columns with their types, the table named as INSERT resolves it (a
    temporary table shadows the stored one of a read-only store: store_open)."""
    return [(str(row[0]), str(row[1]))
            for row in con.execute(f"DESCRIBE SELECT * FROM {table}").fetchall()]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Mapping[str, Any]],
                columns: Columns | None = None) -> None:
    """INSERT `rows` (dicts) into `table` in one statement. `columns` names what to write
    and its types (default: the table's columns the first row has, typed from the
    catalogue; a key missing from a later row is NULL)."""
    if not rows:
        return
    cols = list(columns) if columns is not None else [
        c for c in table_columns(con, table) if c[0] in rows[0]]
    names = ", ".join(_quote(n) for n, _ in cols)
    con.execute(f"INSERT INTO {table} ({names}) {unnest_select(cols)}",
                column_params(cols, rows))
