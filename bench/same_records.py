"""Whether a change to the extractor keeps its records: dump them, then compare with a dump.

The documents: the gold dev documents, every ``--press-every``-th press release and every
``--news-every``-th court-news excerpt of ``shared/corpus`` (fixed, deterministic samples).
``--dump FILE`` writes each document's records (or its failure's reason) as JSON;
``--against FILE`` extracts again and lists every document whose records differ from the
dump's (exit 1 if any does).

    .venv/bin/python bench/same_records.py --dump /tmp/before.json
    .venv/bin/python bench/same_records.py --against /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Any

# run as a script, this file's folder comes first on sys.path and its name would shadow
# the ``extract`` package: drop that folder before importing it
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from extract.config import ExtractConfig  # noqa: E402
from extract.records import RecordExtractor  # noqa: E402
from extract.records.ner_corpus import corpus_articles, gold_docs  # noqa: E402
from schemas import Article, Failure  # noqa: E402


def documents(shared: Path, press_every: int, news_every: int) -> dict[str, list[Article]]:
    """The three samples, by name."""
    return {
        "gold": [d.article for d in gold_docs(shared)],
        "press": list(islice(corpus_articles(shared, "press-releases-dev-counties.jsonl.gz"),
                             0, None, press_every)),
        "news": list(islice(corpus_articles(shared, "court-news.jsonl.gz"),
                            0, None, news_every)),
    }


def dump(extractor: RecordExtractor, docs: dict[str, list[Article]]) -> dict[str, Any]:
    """``{sample: {doc_id: records as JSON, or the failure's reason}}``."""
    out: dict[str, Any] = {}
    for name, articles in docs.items():
        rows = extractor.extract_batch(articles)
        out[name] = {
            str(a.doc_id): r.reason if isinstance(r, Failure)
            else [x.model_dump(mode="json") for x in r]
            for a, r in zip(articles, rows, strict=True)}
    return out


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """One line per document whose records differ."""
    lines: list[str] = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name, {}), new.get(name, {})
        for doc_id in sorted(set(a) | set(b)):
            if a.get(doc_id) != b.get(doc_id):
                lines.append(f"{name}/{doc_id}: {json.dumps(a.get(doc_id))[:300]}\n"
                             f"  now: {json.dumps(b.get(doc_id))[:300]}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path,
                    default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--press-every", type=int, default=3)
    ap.add_argument("--news-every", type=int, default=1)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--dump", type=Path)
    group.add_argument("--against", type=Path)
    args = ap.parse_args()
    docs = documents(args.shared, args.press_every, args.news_every)
    start = time.process_time()
    got = dump(RecordExtractor(ExtractConfig()), docs)
    took = time.process_time() - start
    counts = ", ".join(
        f"{name} {len(v)} docs / {sum(len(r) for r in v.values() if isinstance(r, list))} records"
        for name, v in got.items())
    print(f"{counts}; {took:.1f} s CPU")
    if args.dump:
        args.dump.write_text(json.dumps(got, sort_keys=True), "utf-8")
        return
    diff = differences(json.loads(args.against.read_text("utf-8")), got)
    print("\n".join(diff) if diff else "records identical")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
