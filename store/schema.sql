-- The store's schema as ordered migrations. store/db.py applies every step whose number is
-- above the database's schema_version, each step in its own transaction, and records it.
-- Never edit a released step: add a new one below. Keys and types: store/README.md.
-- No FOREIGN KEY constraints: DuckDB checks them eagerly inside a transaction, which breaks
-- "delete a document's rows and insert the new version" in one transaction; the loader keeps
-- the references consistent instead (whole documents per transaction, never part of one).

-- migration 1: initial schema
CREATE SEQUENCE document_id_seq START 1;
CREATE SEQUENCE ingest_run_id_seq START 1;

CREATE TABLE documents (
    id            BIGINT PRIMARY KEY,
    file          VARCHAR NOT NULL,        -- file name as in the record (source.file)
    path          VARCHAR,                 -- absolute path it was loaded from (NULL: loaded from a record)
    sha256        VARCHAR NOT NULL UNIQUE, -- of the file's bytes
    format        VARCHAR NOT NULL,
    kind          VARCHAR,                 -- roadmap | programme | report | order
    title         VARCHAR,
    municipality  VARCHAR,
    region        VARCHAR,
    issuer        VARCHAR,
    order_number  VARCHAR,
    order_date    DATE,
    period_start  INTEGER,
    period_end    INTEGER,
    pages         INTEGER,
    has_order     BOOLEAN NOT NULL,        -- document.order present (its fields may all be NULL)
    has_period    BOOLEAN NOT NULL,        -- document.period present
    schema_version VARCHAR NOT NULL,       -- of the record
    ingested_at   TIMESTAMP NOT NULL,
    record        JSON NOT NULL            -- the record as loaded (CONTRACT JSON)
);

CREATE TABLE document_texts (               -- goals and tasks
    document_id BIGINT NOT NULL,
    kind        VARCHAR NOT NULL,           -- goal | task
    ordinal     INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (document_id, kind, ordinal)
);

CREATE TABLE signatories (
    document_id BIGINT NOT NULL,
    ordinal     INTEGER NOT NULL,
    name        VARCHAR NOT NULL,
    position    VARCHAR,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE activities (
    document_id    BIGINT NOT NULL,
    ordinal        INTEGER NOT NULL,        -- 1-based position in the record
    number         VARCHAR,
    section        VARCHAR,
    title          VARCHAR NOT NULL,
    key            VARCHAR,
    type           VARCHAR,
    deadline_text  VARCHAR,                 -- NULL: no deadline
    deadline_start DATE,
    deadline_end   DATE,
    recurrence     VARCHAR,
    result         VARCHAR,
    target_op      VARCHAR,                 -- NULL: no target
    target_value   DOUBLE,
    target_unit    VARCHAR,
    status_text    VARCHAR,                 -- NULL: no status
    status_done    BOOLEAN,
    status_years   INTEGER[],
    src_page       INTEGER,
    src_table      INTEGER,
    src_row        INTEGER,
    src_line       INTEGER,
    PRIMARY KEY (document_id, ordinal)
);

-- One row per position of zip_longest(activity.responsibles, activity.parties): the text as
-- written and the parsed party (org key, role, person) of the same position.
CREATE TABLE activity_responsibles (
    document_id       BIGINT NOT NULL,
    activity_ordinal  INTEGER NOT NULL,
    ordinal           INTEGER NOT NULL,
    text              VARCHAR,              -- responsibles[i]; NULL past the end of that list
    party_text        VARCHAR,              -- parties[i].text; NULL past the end of that list
    org               VARCHAR,
    role              VARCHAR,
    person            VARCHAR,
    PRIMARY KEY (document_id, activity_ordinal, ordinal)
);

CREATE TABLE indicators (
    document_id BIGINT NOT NULL,
    ordinal     INTEGER NOT NULL,
    number      VARCHAR,
    section     VARCHAR,
    name        VARCHAR NOT NULL,
    key         VARCHAR,
    unit        VARCHAR,
    src_page    INTEGER,
    src_table   INTEGER,
    src_row     INTEGER,
    src_line    INTEGER,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE indicator_values (
    document_id        BIGINT NOT NULL,
    indicator_ordinal  INTEGER NOT NULL,
    ordinal            INTEGER NOT NULL,
    year               INTEGER NOT NULL,
    kind               VARCHAR NOT NULL,    -- plan | fact
    value              DOUBLE,
    PRIMARY KEY (document_id, indicator_ordinal, ordinal)
);

CREATE TABLE warnings (
    document_id BIGINT NOT NULL,
    ordinal     INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

-- Derived tables, recomputed from the rows above by store.link.refresh after each ingest.
CREATE TABLE organizations (
    key          VARCHAR PRIMARY KEY,       -- party org key, or the text when no org was parsed
    names        VARCHAR[] NOT NULL,        -- distinct texts seen for it, sorted
    activities   INTEGER NOT NULL,
    documents    INTEGER NOT NULL,
    municipalities VARCHAR[] NOT NULL
);

CREATE TABLE plan_fact_indicators (
    municipality          VARCHAR NOT NULL,
    report_document_id    BIGINT NOT NULL,
    report_indicator      INTEGER NOT NULL,  -- indicators.ordinal in the report
    plan_document_id      BIGINT,            -- NULL: no plan indicator matched
    plan_indicator        INTEGER,
    match                 VARCHAR NOT NULL,  -- key | fuzzy | none
    score                 DOUBLE,            -- 100 for key matches
    indicator_key         VARCHAR,
    name                  VARCHAR NOT NULL,  -- the plan's name when matched, else the report's
    report_name           VARCHAR NOT NULL,
    unit                  VARCHAR,
    year                  INTEGER NOT NULL,
    plan_value            DOUBLE,
    fact_value            DOUBLE,
    fulfilment_pct        DOUBLE             -- fact / plan * 100; NULL when plan is NULL or 0
);

CREATE TABLE plan_fact_activities (
    municipality          VARCHAR NOT NULL,
    plan_document_id      BIGINT,            -- NULL: a report activity with no plan match
    plan_activity         INTEGER,
    report_document_id    BIGINT,            -- NULL: a plan activity no report mentions
    report_activity       INTEGER,
    match                 VARCHAR NOT NULL,  -- key | fuzzy | none | unreported
    score                 DOUBLE,
    number                VARCHAR,
    activity_key          VARCHAR,
    title                 VARCHAR NOT NULL,  -- the plan's title when matched, else the report's
    report_title          VARCHAR,
    deadline_text         VARCHAR,
    deadline_end          DATE,
    status_text           VARCHAR,
    status_done           BOOLEAN,
    status_years          INTEGER[]
);

CREATE TABLE ingest_runs (
    id          BIGINT PRIMARY KEY,
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    files       INTEGER NOT NULL DEFAULT 0,  -- files seen
    loaded      INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,  -- unchanged (sha256 already stored)
    failed      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ingest_errors (
    run_id      BIGINT NOT NULL,
    path        VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    error_type  VARCHAR NOT NULL             -- load | internal | crash | timeout | store | io
);

-- migration 2: logical documents (doc_key)
-- Renderings of one document (DOCX, its PDF scan, a text copy) share a doc_key computed from
-- the record (store/identity.py). Rows stored before this step get NULL here; store.db
-- computes every NULL key on connect, from the columns of the row.
ALTER TABLE documents ADD COLUMN doc_key VARCHAR;

-- migration 3: derived_state
-- What the derived tables (organizations, plan_fact_*) were built from: a checksum of the
-- documents (store.link.documents_checksum). An ingest killed between loading documents and
-- rebuilding them leaves a different checksum, and the next compare, export or ingest rebuilds.
CREATE TABLE derived_state (
    name         VARCHAR PRIMARY KEY,        -- 'plan_fact' (organizations and plan_fact_*)
    checksum     VARCHAR NOT NULL,
    refreshed_at TIMESTAMP NOT NULL
);

-- migration 4: indicator themes, activity type labels
-- The record's added fields: indicators[].theme {code, label} and theme_source, activities[]
-- .type_label. Rows stored before this step have them NULL: `roadmaps retheme` fills them
-- without re-parsing (activity type labels come back with the next ingest of the file).
ALTER TABLE activities ADD COLUMN type_label VARCHAR;
ALTER TABLE indicators ADD COLUMN theme_code VARCHAR;    -- e.g. mentoring_young, ege_mean.russian
ALTER TABLE indicators ADD COLUMN theme_label VARCHAR;
ALTER TABLE indicators ADD COLUMN theme_source VARCHAR;  -- rule | similar | override
ALTER TABLE plan_fact_indicators ADD COLUMN theme_code VARCHAR;

-- The catalogue of themes: the taxonomy's and a user's (written by ingest and retheme), and
-- the derived ones (rebuilt by store.link.refresh): faceted codes seen in indicators and the
-- clusters of similar unthemed names.
CREATE TABLE themes (
    code      VARCHAR PRIMARY KEY,
    label     VARCHAR NOT NULL,
    measures  VARCHAR[],                   -- share | count | score | mean (NULL for clusters)
    source    VARCHAR NOT NULL,            -- taxonomy | user | facet | cluster
    base      VARCHAR                      -- a faceted code's theme (ege_mean for ege_mean.math)
);

-- Derived (store.link.refresh): unthemed indicators grouped with similar unthemed names of
-- other documents; cluster ids are stable while the cluster's first document stays.
CREATE TABLE indicator_clusters (
    document_id        BIGINT NOT NULL,
    indicator_ordinal  INTEGER NOT NULL,
    cluster_id         VARCHAR NOT NULL,
    PRIMARY KEY (document_id, indicator_ordinal)
);

-- migration 5: documents keyed by path and content; file names that are not UTF-8
-- A file is stored once per (path, sha256): a path whose bytes changed is read again and
-- replaced even when another path holds the same bytes (with sha256 UNIQUE such a file was
-- "unchanged" and its old document stayed). Copies of one file at several paths are each
-- stored; doc_key makes them one logical document. DuckDB cannot drop a constraint, so the
-- table is rebuilt (views are re-created on every connect).
-- path_bytes: the path's bytes when they are not valid UTF-8 (path then shows them escaped,
-- \xff); NULL otherwise. The same in ingest_errors.
CREATE TABLE documents_v5 (
    id            BIGINT PRIMARY KEY,
    file          VARCHAR NOT NULL,
    path          VARCHAR,
    sha256        VARCHAR NOT NULL,
    format        VARCHAR NOT NULL,
    kind          VARCHAR,
    title         VARCHAR,
    municipality  VARCHAR,
    region        VARCHAR,
    issuer        VARCHAR,
    order_number  VARCHAR,
    order_date    DATE,
    period_start  INTEGER,
    period_end    INTEGER,
    pages         INTEGER,
    has_order     BOOLEAN NOT NULL,
    has_period    BOOLEAN NOT NULL,
    schema_version VARCHAR NOT NULL,
    ingested_at   TIMESTAMP NOT NULL,
    record        JSON NOT NULL,
    doc_key       VARCHAR,
    path_bytes    BLOB
);
INSERT INTO documents_v5 SELECT *, NULL FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v5 RENAME TO documents;
ALTER TABLE ingest_errors ADD COLUMN path_bytes BLOB;

-- migration 6: order act type
-- The type of the act that issued or approved the document (record document.order.act_type:
-- приказ, постановление, распоряжение, решение, указ). Rows stored before this step get NULL.
ALTER TABLE documents ADD COLUMN order_act_type VARCHAR;

-- migration 7: municipality comparison key
-- One place written two ways ("Лесногорск" / "Лесногорский городской округ", "Лесновский
-- муниципальный район" / "Лесновский район") is one municipality in the comparison views:
-- municipality_key is computed at load from the record's municipality and region
-- (normalize/place_key.py); `municipality` keeps the name as printed. Rows stored before this
-- step get NULL here; store.db computes every missing key on connect (store/place_keys.py).
ALTER TABLE documents ADD COLUMN municipality_key VARCHAR;

-- migration 8: towns joined to the municipalities named by their adjective
-- A key is made from one name, so "Тавла" and "Тавлинский городской округ" have two; the store
-- joins them across its documents (normalize/place_join.py, store/place_keys.py): each stored
-- key that joins another, rewritten after every load. Two-word towns now key as their
-- adjective compounds them ("Нижний Ольшанск" = "Нижнеольшанский городской округ"): every key
-- is computed again on connect.
CREATE TABLE place_joins (
    stored_key VARCHAR PRIMARY KEY,
    joined_key VARCHAR NOT NULL
);
UPDATE documents SET municipality_key = NULL;

-- migration 9: towns joined to the city districts named by an irregular adjective
-- The join rules (normalize/place_join.py) now read cities whose adjective no rule makes
-- ("Орёл" / "Орловский городской округ", data/place_key.yaml irregular_adjectives), a town in
-- "-ц" ("Елец" / "Елецкий городской округ") and a vowel the adjective puts into the root
-- ("Вязьма" / "Вяземский район"); a region's name stored as a municipality joins no town. The
-- keys stay as they were; every key is computed again on connect so that place_joins is
-- rewritten by the new rules.
UPDATE documents SET municipality_key = NULL;
