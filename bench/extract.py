"""Speed of the record extractor against plain ``nlp.pipe``, side by side, in one run.

Two corpora: the 121 true article bodies of ``shared/bench/article-body/dev`` (general news:
few documents hold a court outcome, so the pre-filter should skip most of them) and the
gold documents of ``shared/gold`` (court news). For each: words per second of
``RecordExtractor.extract_batch`` (pre-filter on), of the same with the pre-filter off, and
of plain ``nlp.pipe`` with the same model over the same texts; then whether the records
with and without the pre-filter are identical.

    .venv/bin/python bench/extract.py [--shared ../shared] [--repeat 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import cast

# run as a script, this file's folder comes first on sys.path and its name would shadow
# the ``extract`` package: drop that folder before importing it
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from extract.article import to_article  # noqa: E402
from extract.config import ExtractConfig  # noqa: E402
from extract.records import RecordExtractor  # noqa: E402
from schemas import Article, Failure, Page, Record, VerdictsError  # noqa: E402

_NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _article(doc_id: str, text: str, published: dt.date | None) -> Article:
    return Article(doc_id=doc_id, text=text, published=published, language="en",
                   content_sha256="-", fetched_at=_NOW, kind="text", source="file")


def general_news(shared: Path) -> list[Article]:
    """The true bodies of the article-body benchmark (general news)."""
    truth = json.loads((shared / "bench/article-body/dev/ground-truth.json").read_text("utf-8"))
    return [_article(key, str(val.get("articleBody") or ""), None)
            for key, val in sorted(truth.items()) if val.get("articleBody")]


def court_news(shared: Path) -> list[Article]:
    """The gold documents, through the same Page → Article step as the pipeline."""
    out: list[Article] = []
    gold = shared / "gold"
    for line in (gold / "dev.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        raw = (gold / row["path"]).read_text("utf-8")
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        page = Page(url=row.get("url"), doc_id=row["doc_id"], source="file",
                    kind="text" if row["source"] == "text" else "html", html=raw,
                    fetched_at=_NOW, published_hint=published)
        try:
            out.append(to_article(page))
        except VerdictsError as exc:
            print(f"  skipped {row['doc_id']}: {exc.reason}", file=sys.stderr)
    return out


def _words(articles: Sequence[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def _timed(fn: object, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best, result


def _records(results: list[list[Record] | Failure]) -> list[object]:
    return [r.reason if isinstance(r, Failure) else [x.model_dump() for x in r]
            for r in results]


def bench(name: str, articles: list[Article], on: RecordExtractor, off: RecordExtractor,
          repeat: int) -> bool:
    words = _words(articles)
    texts = [a.text for a in articles]
    t_plain, _ = _timed(lambda: list(on.nlp.pipe(texts, batch_size=on.config.batch_size)),
                        repeat)
    t_on, got_on = _timed(lambda: on.extract_batch(articles), repeat)
    t_off, got_off = _timed(lambda: off.extract_batch(articles), repeat)
    res_on = cast(list[list[Record] | Failure], got_on)
    res_off = cast(list[list[Record] | Failure], got_off)
    same = _records(res_on) == _records(res_off)
    n_rec = sum(len(r) for r in res_on if isinstance(r, list))
    print(f"\n{name}: {len(articles)} documents, {words} words, {n_rec} records")
    print(f"  {'plain nlp.pipe':28} {words / t_plain:10,.0f} words/s  {t_plain:7.2f} s")
    print(f"  {'extract_batch (pre-filter)':28} {words / t_on:10,.0f} words/s  {t_on:7.2f} s"
          f"  ×{t_plain / t_on:5.1f} plain")
    print(f"  {'extract_batch (no filter)':28} {words / t_off:10,.0f} words/s  {t_off:7.2f} s"
          f"  ×{t_plain / t_off:5.1f} plain")
    print(f"  records identical with and without the pre-filter: {'yes' if same else 'NO'}")
    return same


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path,
                    default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs")
    args = ap.parse_args()
    on = RecordExtractor(ExtractConfig(prefilter=True))
    off = RecordExtractor(ExtractConfig(prefilter=False))
    on.extract_batch([_article("warm-up", "He was sentenced to two years in prison.", None)])
    ok = bench("general news (article-body dev, true bodies)", general_news(args.shared),
               on, off, args.repeat)
    ok &= bench("court news (gold dev documents)", court_news(args.shared), on, off,
                args.repeat)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
