"""SQL definitions of the database an analyst opens.

One row per article (``articles``), per court outcome (``records``), per HTTP attempt
(``fetch_log``), per input that is failing now (``failures``) and per run (``runs``);
raw pages live compressed in ``raw_pages`` so ``verdicts reextract`` never needs the network.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

TABLES: dict[str, str] = {
    "runs": """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    arguments TEXT NOT NULL,          -- JSON
    started TEXT NOT NULL,            -- ISO timestamp, UTC
    finished TEXT,
    counts TEXT,                      -- JSON: documents, articles, records, failed, ...
    verdicts_version TEXT NOT NULL,
    extractor_version TEXT
)""",
    "articles": """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,      -- manifest/file id, or derived from the URL
    url TEXT UNIQUE,                  -- normalised input URL; NULL for a local file without one
    final_url TEXT,
    canonical_url TEXT,
    title TEXT,
    author TEXT,
    published TEXT,                   -- ISO date
    language TEXT,
    source TEXT NOT NULL,             -- http | file | warc
    kind TEXT NOT NULL,               -- html | text
    fetched_at TEXT,
    etag TEXT,
    last_modified TEXT,
    content_sha256 TEXT,
    text TEXT NOT NULL DEFAULT '',
    body_method TEXT,
    status TEXT NOT NULL,             -- extracted | skipped | failed
    error TEXT,                       -- reason: detail, when status is not 'extracted'
    notes TEXT,                       -- what the extractor dropped or cut, and why
    extractor_version TEXT,
    extracted_at TEXT,
    record_count INTEGER NOT NULL DEFAULT 0,
    run_id INTEGER REFERENCES runs(id)
)""",
    "raw_pages": """
CREATE TABLE IF NOT EXISTS raw_pages (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    content_type TEXT,
    encoding TEXT,
    http_status INTEGER,
    nbytes INTEGER,
    published_hint TEXT,              -- a publication date given with the input (manifest)
    body_gz BLOB NOT NULL             -- the decoded document, UTF-8, gzip
)""",
    "records": """
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,              -- doc_id:evidence_start-evidence_end:slot, stable (reextract)
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person TEXT,
    group_size INTEGER NOT NULL CHECK (group_size >= 1),
    city TEXT,                        -- the place as written
    country TEXT,                     -- ISO 3166-1 alpha-2
    place TEXT,                       -- the gazetteer's name for it
    region TEXT,
    latitude REAL,
    longitude REAL,
    place_id TEXT,                    -- gazetteer id
    date TEXT,
    charge TEXT,
    sentence TEXT,
    sentence_months REAL CHECK (sentence_months IS NULL OR sentence_months >= 0),
    sentence_type TEXT,
    outcome TEXT NOT NULL,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,  -- character offsets into articles.text
    evidence_end INTEGER NOT NULL,
    rule_id TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    flags TEXT NOT NULL DEFAULT '[]', -- JSON list
    case_id TEXT,                     -- cases.id: the court outcome this report is of
    corrected TEXT,                   -- JSON list of fields a correction changed, or NULL
    rejected INTEGER NOT NULL DEFAULT 0  -- 1: a correction says this is not a record
)""",
    "fetch_log": """
CREATE TABLE IF NOT EXISTS fetch_log (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(id),
    url TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    http_status INTEGER,
    error TEXT,                       -- reason slug; NULL for a success
    detail TEXT,
    bytes INTEGER,
    elapsed_ms REAL,
    final_url TEXT
)""",
    "failures": """
CREATE TABLE IF NOT EXISTS failures (
    input TEXT PRIMARY KEY,           -- the URL, path or manifest line that fails now
    doc_id TEXT,
    stage TEXT NOT NULL,              -- input | fetch | strip | extract | store
    reason TEXT NOT NULL,
    detail TEXT,
    http_status INTEGER,
    run_id INTEGER REFERENCES runs(id),
    failed_at TEXT NOT NULL
)""",
    "corrections": """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,          -- the record it applies to (updated when re-attached)
    doc_id TEXT NOT NULL,             -- the record's article, evidence offsets, slot and
    evidence_start INTEGER NOT NULL,  -- evidence when corrected: how it is found again after
    evidence_end INTEGER NOT NULL,    -- reextract or a new extractor version
    slot INTEGER NOT NULL,
    person TEXT,
    evidence TEXT,
    changes TEXT NOT NULL,            -- JSON {field: new value}
    reject INTEGER NOT NULL DEFAULT 0,
    original TEXT,                    -- JSON {field: value as extracted}
    note TEXT,                        -- why
    created_at TEXT NOT NULL,         -- when, ISO UTC
    status TEXT NOT NULL,             -- attached | unattached
    checked_at TEXT
)""",
    "cases": """
CREATE TABLE IF NOT EXISTS cases (
    id TEXT PRIMARY KEY,
    person TEXT,
    group_size INTEGER,
    city TEXT,
    country TEXT,
    place TEXT,
    region TEXT,
    latitude REAL,
    longitude REAL,
    place_id TEXT,
    date TEXT,
    year INTEGER,
    charge TEXT,
    sentence TEXT,
    sentence_months REAL,
    sentence_type TEXT,
    outcome TEXT,
    report_count INTEGER NOT NULL,    -- records (reports) of this outcome
    article_count INTEGER NOT NULL,   -- distinct articles
    first_reported TEXT,
    last_reported TEXT,
    conflict INTEGER NOT NULL DEFAULT 0,
    conflicts TEXT NOT NULL DEFAULT '[]'  -- JSON list of fields the reports disagree on
)""",
}

INDEXES = (
    "CREATE INDEX IF NOT EXISTS records_article ON records(article_id)",
    "CREATE INDEX IF NOT EXISTS records_outcome ON records(outcome)",
    "CREATE INDEX IF NOT EXISTS fetch_log_url ON fetch_log(url)",
    "CREATE INDEX IF NOT EXISTS articles_status ON articles(status)",
    "CREATE INDEX IF NOT EXISTS records_case ON records(case_id)",
    "CREATE INDEX IF NOT EXISTS corrections_doc ON corrections(doc_id)",
)

# What an analyst browses in Datasette: one row per kept record with its article's outlet
# (the URL's host without "www.", or the source of a local file) and year.
_OUTLET = (
    "CASE WHEN a.url IS NULL THEN a.source ELSE replace(substr(a.url, instr(a.url, '//') + 2,"
    " instr(substr(a.url, instr(a.url, '//') + 2) || '/', '/') - 1), 'www.', '') END"
)
VIEWS = (
    "CREATE VIEW IF NOT EXISTS reports AS SELECT r.id, r.case_id, r.person, r.group_size,"
    " r.city, r.place, r.region, r.country, r.latitude, r.longitude, r.date,"
    " CAST(substr(coalesce(r.date, a.published), 1, 4) AS INTEGER) AS year, r.charge,"
    f" r.sentence, r.sentence_months, r.sentence_type, r.outcome, {_OUTLET} AS outlet,"
    " a.url, a.title, a.published FROM records r JOIN articles a ON a.id = r.article_id"
    " WHERE r.rejected = 0",
)

# Full-text search: table -> columns (porter stemming, kept current by triggers).
FTS = {
    "articles": ("title", "text"),
    "records": ("person", "charge", "city", "evidence"),
}

# Column order of the records table's record fields, as in gold/GUIDELINES.md.
RECORD_FIELDS = (
    "person",
    "group_size",
    "city",
    "date",
    "charge",
    "sentence",
    "sentence_months",
    "sentence_type",
    "outcome",
    "evidence",
)
