"""A record's place fields, from hand-written articles (tests/fixtures/places) through the
real extractor and the real gazetteer, and through the CLI into SQLite."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extract.config import ExtractConfig
from extract.records import RecordExtractor
from schemas import Article, Failure, Record

TEXTS = Path(__file__).resolve().parent / "fixtures" / "places"


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    files = sorted(TEXTS.glob("*.txt"))
    articles = [Article(doc_id=f.stem, text=f.read_text("utf-8"), published=dt.date(2024, 5, 6),
                        language="en", content_sha256="-",
                        fetched_at=dt.datetime(2024, 5, 6, tzinfo=dt.UTC)) for f in files]
    got = RecordExtractor(ExtractConfig()).extract_batch(articles)
    out: dict[str, list[Record]] = {}
    for f, result in zip(files, got, strict=True):
        assert not isinstance(result, Failure), result
        out[f.stem] = result
    return out


def _one(records: dict[str, list[Record]], name: str) -> Record:
    found = [r for r in records[name] if r.person]
    assert len(found) == 1, records[name]
    return found[0]


def test_a_county_court_record_is_placed_at_its_city(records: dict[str, list[Record]]) -> None:
    record = _one(records, "dallas-county-jury")
    assert record.city in ("Dallas", "Dallas County")
    assert (record.place, record.region, record.country) == ("Dallas", "Texas", "US")
    assert record.place_id and record.place_id.startswith("geonames:")
    assert record.latitude is not None and 32.5 < record.latitude < 33.1
    assert record.longitude is not None and -97.1 < record.longitude < -96.5


def test_a_transliterated_city_is_placed(records: dict[str, list[Record]]) -> None:
    record = _one(records, "oskemen-activist")
    assert record.city == "Oskemen"  # as written
    assert (record.place, record.country) == ("Ust-Kamenogorsk", "KZ")
    assert record.region and record.place_id and record.latitude and record.longitude


def test_a_demonym_is_no_place(records: dict[str, list[Record]]) -> None:
    record = _one(records, "belarusian-blogger")
    assert record.city is None and record.place is None and record.place_id is None
    assert record.latitude is None and record.longitude is None


def test_the_city_of_form_is_the_city(records: dict[str, list[Record]]) -> None:
    record = _one(records, "city-of-springfield")
    assert record.place == "Springfield" and record.country == "US"
    assert record.latitude is not None and record.place_id


def test_the_cli_stores_and_exports_the_place(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "places.db"
    source = TEXTS / "oskemen-activist.txt"
    done = run_cli("extract", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out.jsonl"
    done = run_cli("export", "--db", str(db), "--format", "jsonl", "--out", str(out))
    assert done.returncode == 0, done.stderr
    rows = [r for line in out.read_text("utf-8").splitlines() for r in json.loads(line)["records"]]
    assert rows and rows[0]["place"] == "Ust-Kamenogorsk"
    assert rows[0]["place_id"].startswith("geonames:") and rows[0]["latitude"] > 49
