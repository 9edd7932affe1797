-- Comparison views (recreated on every connect; they hold no data). `roadmaps compare` and
-- `roadmaps export` read them. Columns are documented in store/README.md.

-- Every stored file, with its logical document (doc_key, store/identity.py) and whether it is
-- that document's representative: the richest extraction (activities + their deadlines +
-- responsible entries + indicators + indicator values, minus warnings: an OCR'd scan that
-- reads a header row as one more activity is not richer than its DOCX), then the preferred
-- format, then the latest loaded. Comparisons count each logical document once, through its
-- representative.
CREATE OR REPLACE VIEW documents_all AS
WITH act AS (SELECT document_id, count(*) + count(deadline_text) AS n
             FROM activities GROUP BY ALL),
     resp AS (SELECT document_id, count(*) AS n FROM activity_responsibles GROUP BY ALL),
     ind AS (SELECT document_id, count(*) AS n FROM indicators GROUP BY ALL),
     val AS (SELECT document_id, count(value) AS n FROM indicator_values GROUP BY ALL),
     warn AS (SELECT document_id, count(*) AS n FROM warnings GROUP BY ALL),
     scored AS (
        SELECT d.* EXCLUDE (record, doc_key),
               coalesce(d.doc_key, d.sha256) AS doc_key,
               coalesce(act.n, 0) + coalesce(resp.n, 0) + coalesce(ind.n, 0)
                   + coalesce(val.n, 0) - coalesce(warn.n, 0) AS richness,
               CASE d.format WHEN 'docx' THEN 1 WHEN 'odt' THEN 2 WHEN 'doc' THEN 3
                             WHEN 'rtf' THEN 4 WHEN 'html' THEN 5 WHEN 'pdf' THEN 6
                             WHEN 'txt' THEN 7 WHEN 'md' THEN 8 ELSE 9 END AS format_rank
        FROM documents d
        LEFT JOIN act ON act.document_id = d.id
        LEFT JOIN resp ON resp.document_id = d.id
        LEFT JOIN ind ON ind.document_id = d.id
        LEFT JOIN val ON val.document_id = d.id
        LEFT JOIN warn ON warn.document_id = d.id),
     groups AS (
        SELECT doc_key, sum(n)::INTEGER AS versions,
               string_agg(format, ', ' ORDER BY format_rank, format) AS formats
        FROM (SELECT doc_key, format, min(format_rank) AS format_rank, count(*) AS n
              FROM scored GROUP BY ALL)
        GROUP BY ALL)
SELECT s.* EXCLUDE (format_rank), g.versions, g.formats,
       row_number() OVER (PARTITION BY s.doc_key
                          ORDER BY s.richness DESC, s.format_rank, s.ingested_at DESC,
                                   s.id DESC) = 1 AS is_representative
FROM scored s JOIN groups g USING (doc_key)
ORDER BY s.id;

-- One place written two ways is one municipality (store/place_keys.py): per stored
-- municipality_key ("<place>|<region>") of the logical documents, the group it belongs to and
-- the one name the comparisons show. A key first takes the one it joins in place_joins (a
-- town and the municipality named by its adjective: "Тавла", "Тавлинский городской округ").
-- A key of unknown region joins the one region known for its place (two regions known: it
-- stays apart, which of them is not known). The name shown is the group's most frequent
-- printed form, ties going to the longer (official) one; groups of one place in several
-- regions (one district name in two regions) add their region.
CREATE OR REPLACE VIEW municipality_groups AS
WITH written AS (
    SELECT municipality, region,
           coalesce(municipality_key, lower(municipality) || '|') AS written_key
    FROM documents_all WHERE is_representative AND municipality IS NOT NULL),
reps AS (
    SELECT w.*, coalesce(j.joined_key, w.written_key) AS stored_key
    FROM written w LEFT JOIN place_joins j ON j.stored_key = w.written_key),
keys AS (
    SELECT DISTINCT stored_key, split_part(stored_key, '|', 1) AS place,
           split_part(stored_key, '|', 2) AS region_key
    FROM reps),
sole AS (
    SELECT place, min(stored_key) AS sole_key FROM keys WHERE region_key <> ''
    GROUP BY place HAVING count(*) = 1),
grouped AS (
    SELECT k.stored_key,
           CASE WHEN k.region_key = '' THEN coalesce(s.sole_key, k.stored_key)
                ELSE k.stored_key END AS municipality_key
    FROM keys k LEFT JOIN sole s USING (place)),
forms AS (
    SELECT g.municipality_key, r.municipality, count(*) AS n, min(r.region) AS region
    FROM reps r JOIN grouped g USING (stored_key) GROUP BY g.municipality_key, r.municipality),
named AS (
    SELECT municipality_key,
           first(municipality ORDER BY n DESC, length(municipality) DESC, municipality)
               AS shown,
           min(region) AS region
    FROM forms GROUP BY municipality_key),
alike AS (SELECT *, count(*) OVER (PARTITION BY split_part(municipality_key, '|', 1)) AS n
          FROM named),
written_keys AS (SELECT DISTINCT written_key, stored_key FROM reps)
SELECT w.written_key AS stored_key, g.municipality_key,
       CASE WHEN a.n > 1 AND a.region IS NOT NULL
            THEN a.shown || ' (' || a.region || ')' ELSE a.shown END AS municipality
FROM written_keys w JOIN grouped g USING (stored_key) JOIN alike a USING (municipality_key);

-- One row per logical document: its representative's columns, the formats and number of
-- files seen. Every comparison below reads documents through this view: `municipality` is the
-- name shown for its place (municipality_groups), `municipality_written` the document's own,
-- `municipality_key` the place's group.
CREATE OR REPLACE VIEW logical_documents AS
SELECT d.* EXCLUDE (is_representative, municipality, municipality_key),
       coalesce(g.municipality, d.municipality) AS municipality,
       d.municipality AS municipality_written,
       coalesce(g.municipality_key, d.municipality_key) AS municipality_key
FROM documents_all d
LEFT JOIN municipality_groups g
       ON g.stored_key = coalesce(d.municipality_key, lower(d.municipality) || '|')
WHERE d.is_representative;

-- Logical documents per municipality: what each is, its period, how much was extracted (from
-- the representative), the formats it was stored in.
CREATE OR REPLACE VIEW v_overview AS
SELECT d.municipality, d.region, d.kind, d.period_start, d.period_end,
       (SELECT count(*) FROM activities a WHERE a.document_id = d.id) AS activities,
       (SELECT count(*) FROM indicators i WHERE i.document_id = d.id) AS indicators,
       (SELECT count(*) FROM warnings w WHERE w.document_id = d.id) AS warnings,
       d.formats, d.versions, d.file, d.title, d.id AS document_id, d.doc_key
FROM logical_documents d
ORDER BY d.municipality NULLS LAST, d.period_start NULLS LAST, d.kind, d.file;

-- Indicator values by municipality, key and year across all of a municipality's documents.
-- When several documents give a value for the same key, year and kind, the latest loaded wins.
CREATE OR REPLACE VIEW v_indicators AS
SELECT d.municipality,
       coalesce(i.key, lower(i.name)) AS indicator_key,
       arg_max(i.name, d.id) AS name,
       arg_max(i.unit, d.id) AS unit,
       v.year,
       arg_max(v.value, d.id) FILTER (WHERE v.kind = 'plan') AS plan_value,
       arg_max(v.value, d.id) FILTER (WHERE v.kind = 'fact') AS fact_value,
       count(DISTINCT d.id) AS documents
FROM indicator_values v
JOIN indicators i ON i.document_id = v.document_id AND i.ordinal = v.indicator_ordinal
JOIN logical_documents d ON d.id = v.document_id
GROUP BY d.municipality, coalesce(i.key, lower(i.name)), v.year
ORDER BY d.municipality NULLS LAST, indicator_key, v.year;

-- Activity types per municipality.
CREATE OR REPLACE VIEW v_activity_types AS
SELECT d.municipality, coalesce(a.type, '(не определён)') AS type,
       count(*) AS activities, count(DISTINCT d.id) AS documents
FROM activities a JOIN logical_documents d ON d.id = a.document_id
GROUP BY ALL
ORDER BY d.municipality NULLS LAST, activities DESC, type;

-- Deadlines by quarter (of the deadline's end, else its start); undated ones by recurrence.
CREATE OR REPLACE VIEW v_deadlines AS
SELECT d.municipality,
       year(coalesce(a.deadline_end, a.deadline_start)) AS year,
       quarter(coalesce(a.deadline_end, a.deadline_start)) AS quarter,
       CASE WHEN coalesce(a.deadline_end, a.deadline_start) IS NULL
            THEN coalesce(a.recurrence, CASE WHEN a.deadline_text IS NULL THEN 'no deadline'
                                             ELSE 'not understood' END)
       END AS undated,
       count(*) AS activities
FROM activities a JOIN logical_documents d ON d.id = a.document_id
GROUP BY ALL
ORDER BY d.municipality NULLS LAST, year NULLS LAST, quarter NULLS LAST, undated;

-- Load of each responsible organisation: activities it is named in, per municipality.
CREATE OR REPLACE VIEW v_organizations AS
SELECT coalesce(r.org, r.party_text, r.text) AS organization, d.municipality,
       count(DISTINCT (r.document_id, r.activity_ordinal)) AS activities,
       count(DISTINCT r.document_id) AS documents
FROM activity_responsibles r JOIN logical_documents d ON d.id = r.document_id
WHERE coalesce(r.org, r.party_text, r.text) IS NOT NULL
GROUP BY ALL
ORDER BY activities DESC, organization, d.municipality NULLS LAST;

-- Plan vs fact of indicators (from the plan_fact_indicators table built by store/link.py).
CREATE OR REPLACE VIEW v_plan_fact AS
SELECT p.municipality, p.name, p.unit, p.year, p.plan_value, p.fact_value,
       round(p.fulfilment_pct, 1) AS fulfilment_pct, p.match, p.score,
       pd.file AS plan_file, rd.file AS report_file, p.theme_code
FROM plan_fact_indicators p
JOIN documents rd ON rd.id = p.report_document_id
LEFT JOIN documents pd ON pd.id = p.plan_document_id
ORDER BY p.municipality, p.plan_document_id NULLS LAST, p.plan_indicator NULLS LAST,
         p.report_indicator, p.year;

-- Plan activities and their execution status as reported.
CREATE OR REPLACE VIEW v_plan_fact_activities AS
SELECT p.municipality, p.number, p.title, p.deadline_text, p.status_text, p.status_done,
       p.match, p.score, pd.file AS plan_file, rd.file AS report_file
FROM plan_fact_activities p
LEFT JOIN documents rd ON rd.id = p.report_document_id
LEFT JOIN documents pd ON pd.id = p.plan_document_id
ORDER BY p.municipality, p.plan_document_id NULLS LAST, p.plan_activity NULLS LAST,
         p.report_document_id, p.report_activity;

-- Indicators compared by theme (what they measure, store/README.md): theme × municipality ×
-- year × unit, with plan and fact. An indicator's theme is the record's (rule, similar,
-- override), else its cluster of similar unthemed names (store/clusters.py). When several
-- documents of a municipality give a value for the same theme, year, unit and kind, the
-- latest loaded wins (as in v_indicators). `theme_municipalities`: how many municipalities the
-- theme has rows for (the comparison's breadth; rows are sorted by it).
CREATE OR REPLACE VIEW v_themes AS
WITH themed AS (
    SELECT i.document_id, i.ordinal, i.name, i.unit,
           coalesce(i.theme_code, c.cluster_id) AS theme_code,
           coalesce(i.theme_label, t.label) AS theme_label,
           coalesce(i.theme_source, CASE WHEN c.cluster_id IS NOT NULL THEN 'cluster' END)
               AS theme_source
    FROM indicators i
    LEFT JOIN indicator_clusters c
           ON c.document_id = i.document_id AND c.indicator_ordinal = i.ordinal
    LEFT JOIN themes t ON t.code = c.cluster_id
    WHERE coalesce(i.theme_code, c.cluster_id) IS NOT NULL),
per_year AS (
    SELECT th.theme_code, min(th.theme_label) AS theme_label, d.municipality, v.year, th.unit,
           arg_max(v.value, d.id) FILTER (WHERE v.kind = 'plan') AS plan_value,
           arg_max(v.value, d.id) FILTER (WHERE v.kind = 'fact') AS fact_value,
           arg_max(th.name, d.id) AS name,
           string_agg(DISTINCT th.theme_source, ', ' ORDER BY th.theme_source) AS theme_source,
           count(DISTINCT (th.document_id, th.ordinal)) AS indicators,
           count(DISTINCT d.id) AS documents
    FROM indicator_values v
    JOIN themed th ON th.document_id = v.document_id AND th.ordinal = v.indicator_ordinal
    JOIN logical_documents d ON d.id = v.document_id
    GROUP BY th.theme_code, d.municipality, v.year, th.unit),
breadth AS (
    SELECT theme_code, count(DISTINCT municipality) AS theme_municipalities
    FROM per_year GROUP BY theme_code)
SELECT p.theme_code, p.theme_label, b.theme_municipalities, p.municipality, p.year, p.unit,
       p.plan_value, p.fact_value, p.name, p.theme_source, p.indicators, p.documents
FROM per_year p JOIN breadth b USING (theme_code)
ORDER BY b.theme_municipalities DESC, p.theme_code, p.municipality NULLS LAST, p.year,
         p.unit NULLS LAST;
