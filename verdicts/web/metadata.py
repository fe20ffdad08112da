"""Datasette metadata for a verdicts database: tables and columns described, facets, queries."""

from __future__ import annotations

from typing import Any

_PLACE = {
    "city": "the place as the article writes it",
    "country": "ISO 3166-1 alpha-2 code of the place",
    "place": "the gazetteer's name for the place",
    "region": "the place's administrative region (gazetteer)",
    "latitude": "latitude of the place (gazetteer, WGS84)",
    "longitude": "longitude of the place (gazetteer, WGS84)",
    "place_id": "gazetteer id, e.g. geonames:1526384",
}
_OUTCOME = {
    "person": "the defendant's name as written; empty for an unnamed group",
    "group_size": "how many defendants the outcome is about (1 for a named person)",
    **_PLACE,
    "date": "date of the court outcome (ISO), when the article gives it",
    "charge": "what the defendant was charged with or convicted of",
    "sentence": "the sentence as written",
    "sentence_months": "the term in months (life and death: empty)",
    "sentence_type": "prison, probation, restricted_freedom, suspended, fine, life, death, ...",
    "outcome": "convicted, acquitted, dismissed, ...",
}
RECORDS = {
    "id": "stable record id: article doc_id : evidence start-end : slot (same after reextract)",
    "article_id": "the article that reports it (articles.id)",
    **_OUTCOME,
    "evidence": "the sentence(s) of the article the record was read from",
    "evidence_start": "character offset of the evidence in articles.text",
    "evidence_end": "character offset just past the evidence",
    "rule_id": "the extraction rule that produced the record",
    "extractor_version": "version of the extractor that produced it",
    "flags": "JSON list of warnings for a reader, e.g. absurd-length",
    "case_id": "the court outcome (cases.id) this report is of, across articles",
    "corrected": "JSON list of fields a correction changed (see corrections); empty if none",
    "rejected": "1 when a correction says this is not a sentencing record",
}
CASES = {
    "id": "case id, derived from its first record's id",
    **{k: f"{v} (what most reports say)" for k, v in _OUTCOME.items()},
    "year": "year of the outcome (its date, else its first report)",
    "report_count": "how many records (reports) describe this outcome",
    "article_count": "how many distinct articles report it",
    "first_reported": "publication date of the earliest report",
    "last_reported": "publication date of the latest report",
    "conflict": "1 when reports disagree on a field (see conflicts)",
    "conflicts": "JSON list of the fields reports disagree on",
}
ARTICLES = {
    "id": "row id",
    "doc_id": "manifest or file id, or derived from the URL",
    "url": "the input URL, normalised; empty for a local file without one",
    "final_url": "the URL after redirects",
    "canonical_url": "the page's canonical URL",
    "title": "headline",
    "author": "byline",
    "published": "publication date (ISO)",
    "language": "language of the text",
    "source": "http, file or warc",
    "kind": "html or text",
    "fetched_at": "when it was fetched or read (UTC)",
    "etag": "HTTP ETag, for conditional re-fetching",
    "last_modified": "HTTP Last-Modified",
    "content_sha256": "hash of the decoded document",
    "text": "the article body the records' offsets point into",
    "body_method": "how the body was found, e.g. json-ld",
    "status": "extracted, skipped or failed",
    "error": "reason: detail, when not extracted",
    "notes": "what the extractor dropped or cut, and why",
    "extractor_version": "extractor version of the last extraction",
    "extracted_at": "when it was last extracted (UTC)",
    "record_count": "records extracted from it",
    "run_id": "the run that last wrote it (runs.id)",
}
OTHER_TABLES = {
    "runs": "one row per command run: arguments, counts, versions",
    "raw_pages": "each article's decoded document, gzip: what reextract reads",
    "fetch_log": "one row per HTTP attempt",
    "failures": "inputs failing now, with stage and reason",
    "corrections": "corrections by `verdicts correct`: what, when, why; status attached or"
    " unattached (its record is gone after a re-extraction: kept, never dropped)",
    "reports": "records not rejected, with their article's outlet and the year",
}

QUERIES = {
    "sentences_per_place_and_year": {
        "title": "Sentences per place and year",
        "description": "Convictions counted once per case, by place and year.",
        "sql": "SELECT coalesce(place, city) AS place, country, year, count(*) AS cases,"
        " sum(group_size) AS defendants, sum(report_count) AS reports FROM cases"
        " WHERE outcome = 'convicted' GROUP BY 1, 2, 3 ORDER BY year DESC, cases DESC",
    },
    "longest_terms": {
        "title": "Longest terms",
        "description": "Cases by sentence length in months, longest first.",
        "sql": "SELECT id, person, group_size, coalesce(place, city) AS place, date, sentence,"
        " sentence_months, sentence_type, report_count FROM cases"
        " WHERE sentence_months IS NOT NULL ORDER BY sentence_months DESC LIMIT 200",
    },
    "person_history": {
        "title": "One person's history across cases",
        "description": "Every case whose defendant's name contains the text given.",
        "sql": "SELECT id, person, date, year, coalesce(place, city) AS place, charge, sentence,"
        " outcome, report_count, first_reported, last_reported FROM cases"
        " WHERE person LIKE '%' || :name || '%' ORDER BY coalesce(date, first_reported)",
    },
    "conflicting_reports": {
        "title": "Cases with conflicting reports",
        "description": "Each report of a case whose reports disagree, with its article.",
        "sql": "SELECT c.id AS case_id, c.person, c.conflicts, r.id AS record_id, r.date,"
        " r.place, r.sentence, r.sentence_months, r.sentence_type, a.url, a.published"
        " FROM cases c JOIN records r ON r.case_id = c.id JOIN articles a ON a.id ="
        " r.article_id WHERE c.conflict = 1 ORDER BY c.id, a.published",
    },
    "records_corrected": {
        "title": "Records corrected",
        "description": "Every correction: the record, the change, the value as extracted, why.",
        "sql": "SELECT co.id, co.record_id, co.status, co.changes, co.original, co.reject,"
        " co.note, co.created_at, r.person, r.case_id FROM corrections co"
        " LEFT JOIN records r ON r.id = co.record_id ORDER BY co.created_at DESC",
    },
}

_FACETS = ["sentence_type", "outcome", "place", "country"]


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for the database named ``database`` (its file's stem)."""

    def table(description: str, columns: dict[str, str], **extra: Any) -> dict[str, Any]:
        return {"description": description, "columns": columns, **extra}

    tables: dict[str, Any] = {
        "records": table(
            "One row per report of a court outcome in one article. Click a record's id for its"
            " evidence highlighted in the article.",
            RECORDS,
            facets=[*_FACETS, "rejected"],
            sort_desc="date",
            label_column="person",
        ),
        "cases": table(
            "One row per court outcome, however many articles report it: what most reports"
            " say, the report count and dates, and a conflict flag.",
            CASES,
            facets=[*_FACETS, "year", "conflict"],
            sort_desc="date",
            label_column="person",
        ),
        "articles": table(
            "One row per article; full-text search over title and text.",
            ARTICLES,
            facets=["status", "language", "source"],
            label_column="title",
        ),
        **{name: {"description": text} for name, text in OTHER_TABLES.items()},
    }
    tables["reports"]["facets"] = [*_FACETS, "year", "outlet"]
    return {
        "title": "verdicts — sentencing records from news articles",
        "description": "Court outcomes read from news articles: records (one per report),"
        " cases (one per outcome), their articles and the corrections made by hand.",
        "databases": {database: {"tables": tables, "queries": QUERIES}},
        "plugins": {
            "datasette-cluster-map": {
                "latitude_column": "latitude",
                "longitude_column": "longitude",
            }
        },
    }
