"""Build the tagger's annotations (doc ids + character offsets, no text): `make ner-data`.

    .venv/bin/python models/ner/build_data.py --shared ../shared [--press 400]

Gold: the *tune* part of shared/gold/dev.jsonl (the scorer's own hash split; *check* is
never read for training). Silver: the rule extractor's records over shared/corpus (all
court-news excerpts, every n-th press release up to ``--press``), filtered as
extract/records/ner_data.py says; corpus documents that are gold documents are skipped.
Read silver: a court-news document whose records were corrected by reading
(data/read_silver.jsonl, extract/records/read_silver.py) is annotated from the corrected
records, as gold is, instead of from the rules' own.
Writes models/ner/data/annotations.jsonl, sorted, one document a line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

# run as a script, this file's folder comes first on sys.path: the repo root must be there
_ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(_ROOT)]

from extract.config import ExtractConfig  # noqa: E402
from extract.records import RecordExtractor  # noqa: E402
from extract.records.ner_corpus import (  # noqa: E402
    CORPUS_FILES,
    corpus_articles,
    fingerprint,
    gold_docs,
)
from extract.records.ner_data import DocAnnotation, annotate_gold, annotate_silver  # noqa: E402
from extract.records.read_silver import load as load_read  # noqa: E402
from schemas import Article, Failure  # noqa: E402

OUT = Path(__file__).resolve().parent / "data" / "annotations.jsonl"
READ = Path(__file__).resolve().parent / "data" / "read_silver.jsonl"


def read_silver(articles: list[Article], source: str) -> tuple[list[DocAnnotation], set[str]]:
    """The documents corrected by reading, annotated from their corrected records, and the
    ids of all documents read (a document read to have no record is no rules' silver)."""
    if not READ.is_file():
        return [], set()
    by_id = {str(a.doc_id): a for a in articles}
    out: list[DocAnnotation] = []
    done: set[str] = set()
    for doc_id, records in load_read(READ, {k: a.text for k, a in by_id.items()}):
        done.add(doc_id)
        article = by_id[doc_id]
        ann, _ = annotate_gold(doc_id, article.text, records, article.published, source)
        if ann.spans:
            out.append(ann)
    return out, done


def silver(articles: list[Article], source: str, batch: int = 16) -> list[DocAnnotation]:
    extractor = RecordExtractor(ExtractConfig(ner_policy="rules"))
    out: list[DocAnnotation] = []
    for start in range(0, len(articles), batch):
        chunk = articles[start:start + batch]
        for article, result in zip(chunk, extractor.extract_batch(chunk), strict=True):
            if isinstance(result, Failure) or not result:
                continue
            rows = [r.model_dump(mode="json") for r in result]
            ann = annotate_silver(str(article.doc_id), article.text, rows, article.published,
                                  source)
            if ann.spans:
                out.append(ann)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--press", type=int, default=400, help="press releases to read (at most)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    began = time.perf_counter()
    anns: list[DocAnnotation] = []
    seen: set[str] = set()
    lost = 0
    for doc in gold_docs(args.shared):
        seen.add(fingerprint(doc.article.text))
        if doc.article.url:
            seen.add(doc.article.url)
        if doc.part != "tune":
            continue  # check documents are never training data
        ann, missing = annotate_gold(str(doc.article.doc_id), doc.article.text, doc.records,
                                     doc.article.published)
        lost += missing
        if ann.segments:
            anns.append(ann)
    print(f"gold tune: {len(anns)} documents, {lost} records whose evidence was not found")
    for name in CORPUS_FILES:
        docs = [a for a in corpus_articles(args.shared, name)
                if fingerprint(a.text) not in seen and (a.url or "") not in seen]
        if name.startswith("press"):
            step = max(1, len(docs) // max(1, args.press))
            docs = sorted(docs, key=lambda a: str(a.doc_id))[::step][:args.press]
        source = name.split(".")[0]
        # (only the court-news corpus was read: the press releases stay the rules' silver)
        read, done = read_silver(docs, source) if source == "court-news" else ([], set())
        got = silver([a for a in docs if str(a.doc_id) not in done], source)
        print(f"silver {source}: {len(done)} documents read and corrected ({len(read)} kept), "
              f"{len(got)} of {len(docs) - len(done)} others kept")
        anns.extend(read + got)
    anns.sort(key=lambda a: (a.source, a.doc_id))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for ann in anns:
            fh.write(json.dumps(ann.to_json(), sort_keys=True) + "\n")
    labels = Counter(lab for a in anns for _, _, lab in a.spans)
    print(f"wrote {args.out}: {len(anns)} documents, "
          f"{sum(len(a.segments) for a in anns)} segments, labels {dict(sorted(labels.items()))}"
          f" ({time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main()
