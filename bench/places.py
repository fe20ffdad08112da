"""How many places the city facet shows: distinct ``city`` (as written) against distinct
``place`` (the gazetteer's entry) over the records of N corpus press releases.

Before places were resolved, 400 press releases of four county prosecutors gave a city facet
of "Dallas", "Dallas County", "City of Dallas", "Texas Department", "Bedford-" ...; with them
each place is one gazetteer entry. Prints both counts, the places that merged several
written forms, and what stays unplaced; writes bench/out/places.json.

    .venv/bin/python bench/places.py [--shared ../shared] [--limit 400]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

# run as a script, this file's folder comes first on sys.path and its name would shadow
# the ``extract`` package: drop that folder before importing it
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from extract.config import ExtractConfig  # noqa: E402
from extract.records import RecordExtractor  # noqa: E402
from schemas import Article, Failure, Record  # noqa: E402

_NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def press_releases(shared: Path, limit: int) -> list[Article]:
    """The first ``limit`` press releases of the corpus, in file order."""
    out: list[Article] = []
    path = shared / "corpus" / "press-releases-dev-counties.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= limit:
                break
            row = json.loads(line)
            if row.get("text"):
                out.append(Article(doc_id=row["id"], text=row["text"], published=None,
                                   language="en", content_sha256="-", fetched_at=_NOW,
                                   kind="text", source="file"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--out", type=Path, default=Path("bench/out/places.json"))
    args = parser.parse_args(argv)
    articles = press_releases(args.shared, args.limit)
    extractor = RecordExtractor(ExtractConfig())
    start = time.perf_counter()
    records: list[Record] = []
    for n in range(0, len(articles), 32):
        for result in extractor.extract_batch(articles[n:n + 32]):
            if not isinstance(result, Failure):
                records.extend(result)
    seconds = time.perf_counter() - start
    cities = Counter(r.city for r in records if r.city)
    places = Counter(getattr(r, "place_id", None) or "" for r in records if r.city)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for r in records:
        pid = getattr(r, "place_id", None)
        if r.city and pid:
            forms[pid][r.city] += 1
            names[pid] = f"{r.place} ({r.region or '-'}, {r.country})"
    unplaced = Counter(r.city for r in records if r.city and not getattr(r, "place_id", None))
    placed = sum(n for pid, n in places.items() if pid)
    summary = {
        "documents": len(articles), "records": len(records), "seconds": round(seconds, 1),
        "records_with_city": sum(cities.values()), "distinct_city": len(cities),
        "records_placed": placed, "distinct_place": len([p for p in places if p]),
        "distinct_unplaced_city": len(unplaced),
        "merged": {names[p]: dict(f) for p, f in forms.items() if len(f) > 1},
        "unplaced": dict(unplaced.most_common()),
        "cities": dict(cities.most_common()),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(articles)} press releases, {len(records)} records ({seconds:.0f} s)")
    print(f"records with a city: {summary['records_with_city']}, "
          f"distinct city (as written): {len(cities)}")
    print(f"records placed: {placed}, distinct place: {summary['distinct_place']}, "
          f"distinct city left unplaced: {len(unplaced)}")
    for name, written in sorted(summary["merged"].items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {name}: {written}")
    if unplaced:
        print("unplaced:", dict(unplaced.most_common(15)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
