"""Cases, stable ids and corrections end to end through the CLI, and `verdicts serve` over HTTP."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT, RunCli

SEED = ROOT / "data" / "sample" / "kazakhstan-summer-of-sentences.html"


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _seed_twice(run_cli: RunCli, tmp_path: Path, db: Path) -> None:
    # in one folder: each file's doc id is its path there, kept when its text changes
    (tmp_path / "news").mkdir()
    for name in ("first.html", "second.html"):
        shutil.copy(SEED, tmp_path / "news" / name)
    result = run_cli("extract", str(tmp_path / "news"), "--db", str(db))
    assert result.returncode == 0, result.stderr


def test_one_article_under_two_names_gives_each_outcome_one_case(
    run_cli: RunCli, tmp_path: Path, db_path: Path
) -> None:
    _seed_twice(run_cli, tmp_path, db_path)
    assert _rows(db_path, "SELECT count(*) FROM records") == [(20,)]
    assert _rows(db_path, "SELECT count(*) FROM cases") == [(10,)]
    assert _rows(db_path, "SELECT count(*) FROM records WHERE case_id IS NULL") == [(0,)]
    assert set(_rows(db_path, "SELECT report_count, article_count FROM cases")) == {(2, 2)}
    # The 2016 and the 2022 conviction of one person stay two cases.
    people = _rows(db_path, "SELECT person, count(*) FROM cases GROUP BY 1 ORDER BY 2 DESC")
    assert ("Lyazzat Dosmambetova", 2) in people


def test_correction_survives_reextract_and_shows_in_export(
    run_cli: RunCli, tmp_path: Path, db_path: Path
) -> None:
    _seed_twice(run_cli, tmp_path, db_path)
    ids_before = sorted(r[0] for r in _rows(db_path, "SELECT id FROM records"))
    ((record_id, months),) = _rows(
        db_path,
        "SELECT r.id, r.sentence_months FROM records r JOIN articles a ON a.id = r.article_id"
        " WHERE r.person = 'Alibek Imanbekov' AND a.doc_id LIKE 'first%'",
    )
    assert months == 72
    (other,) = _rows(db_path, "SELECT id FROM records WHERE group_size = 7 AND id LIKE 'first%'")
    db = str(db_path)
    fix = run_cli("correct", "--db", db, str(record_id), "sentence_months=66", "--note", "court")
    assert fix.returncode == 0, fix.stderr
    assert run_cli("correct", "--db", db, str(other[0]), "--reject").returncode == 0
    assert run_cli("correct", "--db", db, "no-such-record", "city=X").returncode == 2
    assert run_cli("correct", "--db", db, str(record_id), "colour=red").returncode == 2

    result = run_cli("reextract", "--db", db, "--quiet")
    assert result.returncode == 0, result.stderr
    assert "progress:" not in result.stderr
    assert sorted(r[0] for r in _rows(db_path, "SELECT id FROM records")) == ids_before

    out = run_cli("export", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 19  # the rejected record is left out
    mine = next(r for r in rows if r["id"] == record_id)
    assert mine["sentence_months"] == "66" and json.loads(mine["corrected"]) == ["sentence_months"]
    assert mine["case_id"] and mine["article_id"]
    assert all("." not in r["sentence_months"] for r in rows)  # 72, not 72.0
    status = _rows(db_path, "SELECT status, note FROM corrections ORDER BY id")
    assert status == [("attached", "court"), ("attached", None)]
    # Reports now disagree on the term: the case says so.
    (conflicts,) = _rows(
        db_path,
        f"SELECT c.conflicts FROM cases c JOIN records r ON r.case_id = c.id"
        f" WHERE r.id = '{record_id}'",
    )
    assert "sentence_months" in str(conflicts[0])


def test_correction_of_a_vanished_record_is_reported_and_kept(
    run_cli: RunCli, tmp_path: Path, db_path: Path
) -> None:
    _seed_twice(run_cli, tmp_path, db_path)
    ((record_id,),) = _rows(
        db_path, "SELECT id FROM records WHERE person = 'Alibek Imanbekov' AND id LIKE 'first%'"
    )
    assert run_cli("correct", "--db", str(db_path), str(record_id), "city=Taraz").returncode == 0
    ((place, country, latitude),) = _rows(
        db_path, f"SELECT place, country, latitude FROM records WHERE id = '{record_id}'"
    )
    assert (place, country) == ("Taraz", "KZ") and latitude is not None
    # The article changes so that the evidence is gone; the next extraction cannot re-attach.
    text = (tmp_path / "news" / "first.html").read_text(encoding="utf-8")
    (tmp_path / "news" / "first.html").write_text(text.replace("Imanbekov", "Nobody"),
                                                 encoding="utf-8")
    result = run_cli("extract", str(tmp_path / "news"), "--db", str(db_path))
    assert f"correction 1 of {record_id} no longer attaches" in result.stderr
    assert _rows(db_path, "SELECT status FROM corrections") == [("unattached",)]


def test_export_into_a_closed_pipe_is_quiet(run_cli: RunCli, tmp_path: Path, db_path: Path) -> None:
    _seed_twice(run_cli, tmp_path, db_path)
    shell = f"{sys.executable} -m verdicts export --db {db_path} --format csv | head -n 1"
    result = subprocess.run(shell, shell=True, capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("id,article_id,case_id")
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode("utf-8"))


@contextlib.contextmanager
def verdicts_serve(db: Path) -> Iterator[str]:
    """`verdicts serve` over ``db`` on a free loopback port, once it answers; its base URL."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "verdicts", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                _get(base + "/-/versions.json")
                break
            except OSError:
                time.sleep(0.5)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_serve_answers_with_metadata_queries_facets_and_escaped_evidence(
    run_cli: RunCli, tmp_path: Path
) -> None:
    db = tmp_path / "court.db"
    page = tmp_path / "hostile.txt"
    page.write_text(
        "Riverton court news.\n\nA judge in Riverton on Monday sentenced Hal Verner to four years"
        " in prison for fraud. <script>alert('x')</script> The defence said it would appeal.\n",
        encoding="utf-8",
    )
    assert run_cli("extract", str(page), "--db", str(db)).returncode == 0
    ((record_id,),) = _rows(db, "SELECT id FROM records")
    made = db.read_bytes()
    with verdicts_serve(db) as base:
        meta = json.loads(_get(base + "/-/metadata.json"))["databases"]["court"]
        for table in ("records", "cases", "articles"):
            columns = [r[1] for r in _rows(db, f"PRAGMA table_info({table})")]
            described = meta["tables"][table]["columns"]
            assert set(columns) <= set(described), set(columns) - set(described)
        assert len(meta["queries"]) >= 5
        records = json.loads(_get(base + "/court/records.json?_shape=objects"))
        assert records["rows"][0]["person"] == "Hal Verner"
        assert {"sentence_type", "outcome", "place"} <= set(records["facet_results"])
        longest = json.loads(_get(base + "/court/longest_terms.json?_shape=array"))
        assert longest[0]["sentence_months"] == 48
        found = json.loads(_get(base + "/court/records.json?_search=Verner&_shape=array"))
        assert [r["id"] for r in found] == [record_id]
        from urllib.parse import quote

        from datasette.utils import tilde_encode

        html = _get(f"{base}/court/records/{quote(tilde_encode(record_id))}")
        assert '<mark id="evidence">' in html and "Hal Verner" in html
        assert "&lt;script&gt;alert(" in html and "<script>alert(" not in html
    assert db.read_bytes() == made, "serve wrote to a database the pipeline made"


def test_serve_brings_an_older_database_up_to_date_once(run_cli: RunCli, tmp_path: Path) -> None:
    from verdicts.serve import is_current

    db = tmp_path / "old.db"
    assert run_cli("extract", str(SEED), "--db", str(db)).returncode == 0
    assert is_current(db)
    with sqlite3.connect(db) as conn:  # what a database of an earlier version lacks
        conn.execute("DROP VIEW reports")
    assert not is_current(db)
    with verdicts_serve(db) as base:
        reports = json.loads(_get(base + "/old/reports.json?_shape=array&_size=max"))
    assert len(reports) == 10 and {r["outlet"] for r in reports} == {"file"}
    assert is_current(db)
