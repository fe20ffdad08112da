"""A reading aid for the date and city slots on unseen court news (not a test).

Runs the extractor over ``corpus/court-news.jsonl.gz`` and prints, per record, the person,
the city as written with its gazetteer entry, the date against ``published``, rule_id/flags,
and the sentences the date and the city most likely came from (the nearest to the evidence
that state that day / name that place). Ends with counts: records without a date or a city,
dates equal to ``published``, dates after it, cities outside the article's country, cities
the resolver refuses (a country, a demonym, an organisation). Writes bench/out/slots.json.

    .venv/bin/python bench/slots.py [--shared ../shared] [--limit 517] [--quiet]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

# run as a script, this file's folder comes first on sys.path and its name would shadow
# the ``extract`` package: drop that folder before importing it
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from extract.config import ExtractConfig  # noqa: E402
from extract.dates import find_dates  # noqa: E402
from extract.places import load_resolver  # noqa: E402
from extract.records import RecordExtractor  # noqa: E402
from schemas import Article, Failure, Record  # noqa: E402

_NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
_SENT_RE = re.compile(r"[^\n.!?]*(?:[.!?]+[\"”’)]*|\n|$)")


def news(shared: Path, limit: int) -> list[Article]:
    """The first ``limit`` court-news excerpts, in file order."""
    out: list[Article] = []
    with gzip.open(shared / "corpus" / "court-news.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= limit:
                break
            row = json.loads(line)
            if row.get("text"):
                pub = dt.date.fromisoformat(row["published"]) if row.get("published") else None
                out.append(Article(doc_id=row["id"], url=row.get("url"), text=row["text"],
                                   published=pub, language="en", content_sha256="-",
                                   fetched_at=_NOW, kind="text", source="file"))
    return out


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around ``start:end``, one line."""
    s = max(text.rfind("\n", 0, start), max(text.rfind(". ", 0, start) + 1, 0))
    stops = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    e = min(stops) + 1 if stops else len(text)
    return " ".join(text[s:e].split())[:300]


def _nearest(spans: list[tuple[int, int]], anchor: int) -> tuple[int, int] | None:
    return min(spans, key=lambda se: abs(se[0] - anchor)) if spans else None


def date_source(article: Article, rec: Record) -> str | None:
    """The sentence stating the record's day nearest its evidence."""
    if rec.date is None:
        return None
    spans = [(s, e) for s, e, d in find_dates(article.text, article.published) if d == rec.date]
    near = _nearest(spans, rec.evidence_start)
    return None if near is None else _sentence(article.text, *near)


def city_source(article: Article, rec: Record) -> str | None:
    """The sentence naming the record's city nearest its evidence."""
    if not rec.city:
        return None
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(rec.city), article.text)]
    near = _nearest(spans, rec.evidence_start)
    return None if near is None else _sentence(article.text, *near)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--limit", type=int, default=517)
    parser.add_argument("--quiet", action="store_true", help="counts only")
    parser.add_argument("--out", type=Path, default=Path("bench/out/slots.json"))
    args = parser.parse_args(argv)
    articles = news(args.shared, args.limit)
    extractor = RecordExtractor(ExtractConfig())
    resolver = load_resolver()
    start = time.perf_counter()
    results: list[tuple[Article, list[Record]]] = []
    for n in range(0, len(articles), 16):
        batch = articles[n:n + 16]
        for art, res in zip(batch, extractor.extract_batch(batch), strict=True):
            results.append((art, [] if isinstance(res, Failure) else res))
    seconds = time.perf_counter() - start
    counts: Counter[str] = Counter()
    rows: list[dict[str, object]] = []
    for art, recs in results:
        home = resolver.article_country(art.text)
        for rec in recs:
            counts["records"] += 1
            counts["with published"] += art.published is not None
            verdict = resolver.resolve(rec.city).status if rec.city else None
            row = {
                "doc": art.doc_id, "published": str(art.published), "home": home,
                "person": rec.person, "size": rec.group_size, "city": rec.city,
                "place": f"{rec.place} ({rec.region or '-'}, {rec.country})" if rec.place else None,
                "status": verdict, "date": str(rec.date) if rec.date else None,
                "rule": rec.rule_id, "flags": list(rec.flags),
                "evidence": " ".join(rec.evidence.split())[:300],
                "date_from": date_source(art, rec), "city_from": city_source(art, rec),
            }
            rows.append(row)
            counts["no date"] += rec.date is None
            counts["no date, published known"] += rec.date is None and art.published is not None
            counts["no city"] += rec.city is None
            if rec.date is not None and art.published is not None:
                counts["date == published"] += rec.date == art.published
                counts["date after published"] += rec.date > art.published
                counts["date > 60 days before published"] += \
                    (art.published - rec.date).days > 60
            if rec.city:
                counts["city unplaced"] += rec.place_id is None
                counts["city refused (country/demonym/org)"] += verdict not in (None, "place",
                                                                               "unknown")
                counts["city outside article's country"] += bool(
                    home and rec.country and rec.country != home)
    if not args.quiet:
        for row in rows:
            print(f"\n[{row['doc']}] pub={row['published']} home={row['home']} "
                  f"{row['rule']} {row['flags']}")
            print(f"  person={row['person']!r} x{row['size']} city={row['city']!r} "
                  f"-> {row['place']} [{row['status']}] date={row['date']}")
            print(f"  ev:   {row['evidence']}")
            print(f"  date: {row['date_from']}")
            print(f"  city: {row['city_from']}")
    print(f"\n{len(articles)} excerpts, {counts['records']} records ({seconds:.0f} s)")
    for key in ("with published", "no date", "no date, published known", "date == published",
                "date after published", "date > 60 days before published", "no city",
                "city unplaced", "city refused (country/demonym/org)",
                "city outside article's country"):
        print(f"  {key}: {counts[key]}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"counts": dict(counts), "records": rows}, indent=1,
                                   ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
