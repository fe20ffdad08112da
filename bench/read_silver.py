"""The rules scored on corpus documents whose records were corrected by reading.

    .venv/bin/python bench/read_silver.py --shared ../shared

The read records (models/ner/data/read_silver.jsonl, offsets only; see
extract/records/read_silver.py) are turned back into the shared scorer's gold format against
the corpus texts; the rules alone (the tagger is trained on these documents) run over the
same texts as `verdicts extract` reads a text file (its article step first: a byline's date
stands for a missing publication date), and the shared scorer compares the two. The reading
started from the rules' own records and the rules were developed reading this corpus, so
this is a development number, not an unseen set: read *check* for that.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from extract.article import to_article  # noqa: E402
from extract.config import ExtractConfig  # noqa: E402
from extract.records import RecordExtractor  # noqa: E402
from extract.records.ner_corpus import corpus_articles  # noqa: E402
from extract.records.read_silver import load  # noqa: E402
from schemas import Article, Failure, Page, VerdictsError  # noqa: E402

READ = Path(__file__).resolve().parents[1] / "models" / "ner" / "data" / "read_silver.jsonl"


def _write(path: Path, docs: dict[str, list[dict[str, object]]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for doc_id, records in docs.items():
            fh.write(json.dumps({"doc_id": doc_id, "records": records}) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--read", type=Path, default=READ)
    ap.add_argument("--out", type=Path, default=Path("bench/out"))
    args = ap.parse_args()
    if not args.read.is_file():
        print(f"no read silver at {args.read}: nothing to score")
        return 0
    articles = {str(a.doc_id): a for a in corpus_articles(args.shared, "court-news.jsonl.gz")}
    gold = dict(load(args.read, {k: a.text for k, a in articles.items()}))
    pred: dict[str, list[dict[str, object]]] = {}
    chosen: list[Article] = []
    for doc_id in gold:
        raw = articles[doc_id]
        page = Page(url=raw.url, doc_id=doc_id, source="file", kind="text", html=raw.text,
                    fetched_at=raw.fetched_at, published_hint=raw.published)
        try:
            chosen.append(to_article(page))
        except VerdictsError:
            pred[doc_id] = []  # no body: no records
    # rules alone: the tagger is trained on these very documents (models/ner/build_data.py)
    extractor = RecordExtractor(ExtractConfig(ner_policy="rules"))
    for start in range(0, len(chosen), 32):
        batch = chosen[start:start + 32]
        for article, result in zip(batch, extractor.extract_batch(batch), strict=True):
            pred[str(article.doc_id)] = [] if isinstance(result, Failure) else [
                r.model_dump(mode="json") for r in result]
    args.out.mkdir(parents=True, exist_ok=True)
    _write(args.out / "read-silver-gold.jsonl", gold)
    _write(args.out / "read-silver-pred.jsonl", pred)
    print(f"== corpus documents read and corrected ({args.read.name}): the rules alone "
          "against the reading")
    scorer = args.shared / "gold" / "score_records.py"
    return subprocess.run([sys.executable, str(scorer),
                           "--gold", str(args.out / "read-silver-gold.jsonl"),
                           "--pred", str(args.out / "read-silver-pred.jsonl")],
                          check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
