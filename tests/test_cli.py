"""The verdicts command line, end to end as a user runs it: real files, real HTTP, real SQLite."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, RunCli
from verdicts.demo import serve_folder

DOCS = FIXTURES / "docs"


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_extract_manifest_stores_good_documents_and_reports_bad_ones(
    run_cli: RunCli, db_path: Path
) -> None:
    result = run_cli("extract", "--manifest", str(DOCS / "manifest.jsonl"), "--db", str(db_path))
    assert result.returncode == 1, result.stderr  # some documents failed
    docs = _rows(db_path, "SELECT doc_id, url, published, status FROM articles ORDER BY doc_id")
    assert docs == [
        ("council", None, None, "extracted"),
        ("harbor", "https://news.example/harbor", "2024-05-10", "extracted"),
    ]
    reasons = sorted(r for (r,) in _rows(db_path, "SELECT reason FROM failures"))
    assert reasons == ["bad-manifest-line", "bad-manifest-line", "missing-file"]
    (run,) = _rows(db_path, "SELECT command, finished, counts FROM runs")
    assert run[0] == "extract" and run[1] is not None
    assert json.loads(str(run[2]))["failed"] == 3


def test_rerun_is_idempotent(run_cli: RunCli, db_path: Path) -> None:
    for _ in range(2):
        run_cli("extract", "--manifest", str(DOCS / "manifest.jsonl"), "--db", str(db_path))
    assert _rows(db_path, "SELECT count(*) FROM articles") == [(2,)]
    per_article = _rows(
        db_path, "SELECT article_id, count(*) FROM records GROUP BY 1 HAVING count(*) > 0"
    )
    before = dict(per_article)
    run_cli("extract", "--manifest", str(DOCS / "manifest.jsonl"), "--db", str(db_path))
    assert dict(_rows(db_path, "SELECT article_id, count(*) FROM records GROUP BY 1")) == before


def test_export_jsonl_has_the_gold_shape_and_csv_one_row_per_record(
    run_cli: RunCli, db_path: Path, tmp_path: Path
) -> None:
    run_cli("extract", str(DOCS / "harbor-court-sentencing.html"), "--db", str(db_path))
    out = tmp_path / "out.jsonl"
    result = run_cli("export", "--db", str(db_path), "--format", "jsonl", "--out", str(out))
    assert result.returncode == 0, result.stderr
    (doc,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert {"doc_id", "url", "published", "records"} <= doc.keys()
    assert doc["doc_id"].startswith("harbor-court-sentencing.html-")
    gold_fields = {
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
    }
    for rec in doc["records"]:
        assert gold_fields <= rec.keys()
    result = run_cli("export", "--db", str(db_path), "--format", "csv")
    assert result.returncode == 0
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert len(rows) == len(doc["records"])
    assert all(r["doc_id"].startswith("harbor-court-sentencing.html-") for r in rows)


def test_evidence_offsets_point_into_the_article_text(run_cli: RunCli, db_path: Path) -> None:
    run_cli(
        "extract",
        str(DOCS / "harbor-court-sentencing.html"),
        str(ROOT / "data" / "sample"),
        "--db",
        str(db_path),
    )
    rows = _rows(
        db_path,
        "SELECT r.evidence, r.evidence_start, r.evidence_end, a.text FROM records r"
        " JOIN articles a ON a.id = r.article_id",
    )
    assert rows, "the sample pages hold court outcomes"
    for evidence, start, end, text in rows:
        assert str(text)[int(str(start)) : int(str(end))] == evidence


def test_run_fetches_over_http_records_failures_and_skips_on_rerun(
    run_cli: RunCli, db_path: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(DOCS / "harbor-court-sentencing.html", site / "harbor.html")
    shutil.copy(ROOT / "data" / "sample" / "valley-courier-bike-lanes.html", site / "bikes.html")
    with serve_folder(site) as base:
        urls = tmp_path / "urls.txt"
        urls.write_text(
            f"# a comment, then a blank line\n\n{base}/harbor.html\n{base}/bikes.html#top\n"
            f"{base}/missing.html\nftp://example.org/file\n{base}/harbor.html\n"
        )
        args = (
            "run",
            str(urls),
            "--db",
            str(db_path),
            "--allow-private",
            "--delay",
            "0",
            "--retries",
            "1",
            "--quiet",
        )
        first = run_cli(*args)
        assert first.returncode == 1, first.stderr
        articles = _rows(db_path, "SELECT url, status FROM articles ORDER BY url")
        assert articles == [
            (f"{base}/bikes.html", "extracted"),
            (f"{base}/harbor.html", "extracted"),
        ]
        failed = dict(_rows(db_path, "SELECT input, reason FROM failures"))
        assert failed[f"{base}/missing.html"] == "http-404"
        assert failed["ftp://example.org/file"] == "unsupported-scheme"
        logged = _rows(db_path, "SELECT count(DISTINCT url) FROM fetch_log")
        assert logged == [(4,)]
        second = run_cli(*args)
        # Nothing new fetched, but two inputs are still failing: not done, exit 1.
        assert second.returncode == 1, second.stderr
        assert "already-failed 2" in second.stderr
    assert _rows(db_path, "SELECT count(*) FROM articles") == [(2,)]
    assert _rows(db_path, "SELECT count(*) FROM runs") == [(2,)]


def test_reextract_rebuilds_records_from_stored_pages(run_cli: RunCli, db_path: Path) -> None:
    run_cli("extract", str(ROOT / "data" / "sample"), "--db", str(db_path))
    before = _rows(db_path, "SELECT article_id, person, sentence FROM records ORDER BY 1, 2, 3")
    result = run_cli("reextract", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    after = _rows(db_path, "SELECT article_id, person, sentence FROM records ORDER BY 1, 2, 3")
    assert after == before and after


def test_stats_counts_by_outcome_and_reason(run_cli: RunCli, db_path: Path) -> None:
    run_cli("extract", "--manifest", str(DOCS / "manifest.jsonl"), "--db", str(db_path))
    result = run_cli("stats", "--db", str(db_path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["articles"] == 2 and data["failures"] == 3
    assert data["failures_by_reason"] == {"bad-manifest-line": 2, "missing-file": 1}
    assert sum(data["records_by_outcome"].values()) == data["records"]
    text = run_cli("stats", "--db", str(db_path)).stdout
    assert "failures by reason" in text and "bad-manifest-line" in text


@pytest.mark.parametrize(
    "args",
    [
        ("extract",),
        ("extract", "x.html", "--manifest", "m.jsonl"),
        ("run",),
        ("stats", "--db", "missing.db"),
        ("extract", "x.html", "--db", "no/such/folder/v.db"),
    ],
)
def test_usage_errors_exit_2_with_one_line(run_cli: RunCli, args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("verdicts: error:"), result.stderr


def test_failed_document_does_not_stop_the_batch(run_cli: RunCli, db_path: Path) -> None:
    result = run_cli(
        "extract",
        str(DOCS / "empty.html"),
        str(DOCS / "binary.html"),
        str(DOCS / "harbor-court-sentencing.html"),
        str(DOCS / "nope.html"),
        "--db",
        str(db_path),
    )
    assert result.returncode == 1
    stored = _rows(db_path, "SELECT doc_id, status FROM articles ORDER BY doc_id")
    assert [(str(d).rsplit("-", 1)[0], s) for d, s in stored] == [  # name-contenthash
        ("empty.html", "failed"),
        ("harbor-court-sentencing.html", "extracted"),
    ]
    assert sorted(r for (r,) in _rows(db_path, "SELECT reason FROM failures")) == [
        "binary-file",
        "missing-file",
    ]


def test_demo_sample_over_http_gives_the_seed_records_and_none_from_page_furniture(
    run_cli: RunCli, db_path: Path, tmp_path: Path
) -> None:
    with serve_folder(ROOT / "data" / "sample") as base:
        urls = tmp_path / "urls.txt"
        names = sorted(p.name for p in (ROOT / "data" / "sample").glob("*.html"))
        urls.write_text("".join(f"{base}/{n}\n" for n in names))
        result = run_cli("run", str(urls), "--db", str(db_path), "--allow-private",
                         "--delay", "0", "--quiet")
    assert result.returncode == 0, result.stderr
    seed = _rows(
        db_path,
        "SELECT person, group_size, city, date, sentence_months, sentence_type, outcome"
        " FROM records r JOIN articles a ON a.id = r.article_id WHERE a.url LIKE '%kazakhstan%'",
    )
    assert len(seed) == 10
    lead = ("Lyazzat Dosmambetova", 1, "Shymkent", "2022-07-15", 43.0, "prison", "convicted")
    assert lead in seed
    assert (None, 7, "Ust-Kamenogorsk", "2022-07-14", None, "probation", "convicted") in seed
    # headlines in menus, tickers and "Most read" lists are not the article's text
    texts = _rows(db_path, "SELECT text FROM articles")
    assert not any("warehouse fire" in str(t) or "Tajik-Taliban" in str(t) for (t,) in texts)
    assert _rows(db_path, "SELECT count(*) FROM records WHERE sentence LIKE '%20 years%'") == [(0,)]
