"""store: extraction records in DuckDB — schema and migrations (db), loading and reading back
(load), plan ↔ fact linking (link), comparison views (views.sql) and exports. See README.md."""
