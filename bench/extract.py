"""Speed of the record extractor against plain ``nlp.pipe``, side by side, in one run.

Three corpora: the 121 true article bodies of ``shared/bench/article-body/dev`` (general
news: few documents hold a court outcome, so the pre-filter skips most of them); court
news: every ``--court-every``-th of the 1,481 press releases of ``shared/corpus`` (nearly
every one holds an outcome word; a fixed sample spread over the file, by default every 8th:
186 documents, 147 k words); and the gold dev documents of ``shared/gold`` (dense court
reports, a further line). For each: words per CPU second of plain ``nlp.pipe`` with the
same model (as shipped) over the same texts and of ``RecordExtractor.extract_batch`` three
ways: as configured by default (statistical pipeline over trigger windows only), with the
full text parsed (the path before windows), and with the full text parsed and no
pre-filter (these two are references for the records, timed in one round); then whether
the records of the three agree (documents that differ are listed; the exit status is 1 when
they differ on the gold dev documents, the issue's check). Last line: the speed-ups over
plain ``nlp.pipe`` and the peak RSS.

    .venv/bin/python bench/extract.py [--shared ../shared] [--repeat 3] [--court-every 8]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from itertools import islice
from pathlib import Path
from typing import cast

# run as a script, this file's folder comes first on sys.path and its name would shadow
# the ``extract`` package: drop that folder before importing it
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402

from extract.config import ExtractConfig  # noqa: E402
from extract.records import RecordExtractor  # noqa: E402
from extract.records.ner_corpus import corpus_articles, gold_docs  # noqa: E402
from extract.windows import Windows  # noqa: E402
from schemas import Article, Failure, Record  # noqa: E402

_NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _article(doc_id: str, text: str, published: dt.date | None) -> Article:
    return Article(doc_id=doc_id, text=text, published=published, language="en",
                   content_sha256="-", fetched_at=_NOW, kind="text", source="file")


def general_news(shared: Path) -> list[Article]:
    """The true bodies of the article-body benchmark (general news)."""
    truth = json.loads((shared / "bench/article-body/dev/ground-truth.json").read_text("utf-8"))
    return [_article(key, str(val.get("articleBody") or ""), None)
            for key, val in sorted(truth.items()) if val.get("articleBody")]


def court_news(shared: Path, every: int) -> list[Article]:
    """Every ``every``-th press release of the corpus (court news), in file order."""
    return list(islice(corpus_articles(shared, "press-releases-dev-counties.jsonl.gz"),
                       0, None, every))


def gold_news(shared: Path) -> list[Article]:
    """The gold documents, through the same Page → Article step as the pipeline (the reader
    the tagger's data recipe uses; a document without a body is left out)."""
    return [doc.article for doc in gold_docs(shared)]


def _words(articles: Sequence[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def _timed(fns: dict[str, Callable[[], object]], repeat: int,
           once: frozenset[str] = frozenset()) -> dict[str, tuple[float, object]]:
    """CPU seconds of this process for each function, best of ``repeat`` rounds run in turn
    (CPU, not wall time: helpers share the machine, and interleaving spreads its load);
    the functions named in ``once`` run in the first round only."""
    best: dict[str, tuple[float, object]] = {}
    for n in range(repeat):
        for name, fn in fns.items():
            if n and name in once:
                continue
            start = time.process_time()
            result = fn()
            took = time.process_time() - start
            if name not in best or took < best[name][0]:
                best[name] = (took, result)
    return best


def _records(results: object) -> list[object]:
    rows = cast(list[list[Record] | Failure], results)
    return [r.reason if isinstance(r, Failure) else [x.model_dump() for x in r] for r in rows]


def bench(name: str, articles: list[Article], plain: Language,
          ex: dict[str, RecordExtractor], repeat: int) -> tuple[float, bool]:
    """Prints one corpus's table; returns the speed-up over plain ``nlp.pipe`` and whether the
    records agree across the paths."""
    words = _words(articles)
    texts = [a.text for a in articles]
    fns: dict[str, Callable[[], object]] = {
        "plain": lambda: list(plain.pipe(texts, batch_size=ex["windows"].config.batch_size))}
    for key, e in ex.items():
        fns[key] = partial(e.extract_batch, articles)
    got = _timed(fns, repeat, once=frozenset({"full", "no-filter"}))  # references, slow
    t_plain = got["plain"][0]
    recs = {key: _records(got[key][1]) for key in ex}
    same_full = recs["windows"] == recs["full"]
    same_filter = recs["full"] == recs["no-filter"]
    n_rec = sum(len(r) for r in recs["windows"] if isinstance(r, list))
    print(f"\n{name}: {len(articles)} documents, {words} words, {n_rec} records")
    labels = {"plain": "plain nlp.pipe", "windows": "extract_batch (windows)",
              "full": "extract_batch (full parse) ¹", "no-filter": "extract_batch (no filter) ¹"}
    for key, label in labels.items():
        took = got[key][0]
        print(f"  {label:28} {words / took:10,.0f} words/s  {took:7.2f} s CPU"
              f"  ×{t_plain / took:5.2f} plain")
    print(f"  ¹ one round; the others best of {repeat}")
    print(f"  records identical, windows vs full parse: {'yes' if same_full else 'NO'}")
    for a, w, f in zip(articles, recs["windows"], recs["full"], strict=True):
        if w != f:  # name them: a difference is a finding to read, not just a flag
            print(f"    differs: {a.doc_id}")
    print(f"  records identical, pre-filter on vs off: {'yes' if same_filter else 'NO'}")
    return t_plain / got["windows"][0], same_full and same_filter


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path,
                    default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--repeat", type=int, default=3, help="best of N rounds")
    ap.add_argument("--court-every", type=int, default=8,
                    help="court news: every N-th press release (1: all 1,481)")
    args = ap.parse_args()
    ex = {
        "windows": RecordExtractor(ExtractConfig()),
        "full": RecordExtractor(ExtractConfig(windows=Windows(enabled=False))),
        "no-filter": RecordExtractor(ExtractConfig(prefilter=False,
                                                   windows=Windows(enabled=False))),
    }
    general, court = general_news(args.shared), court_news(args.shared, args.court_every)
    gold = gold_news(args.shared)
    for e in ex.values():  # lazy loads (date parser, gazetteer caches) before any timing
        e.extract_batch(gold[:8])
    plain = spacy.load(ex["windows"].config.model)  # the model as shipped, every component
    list(plain.pipe(["He was sentenced to two years in prison."]))  # warm up
    r_general, ok = bench("general news (article-body dev, true bodies)", general, plain, ex,
                          args.repeat)
    r_court, ok_court = bench(f"court news (press releases, 1 in {args.court_every} of "
                              f"1,481)", court, plain, ex, args.repeat)
    r_gold, ok_gold = bench("dense court reports (gold dev documents)", gold, plain, ex,
                            args.repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nextract_batch (windows) / plain nlp.pipe: general news ×{r_general:.2f}, "
          f"court news ×{r_court:.2f}, gold dev ×{r_gold:.2f}; peak RSS {peak:,.0f} MB")
    if not (ok and ok_court):
        print("records differ on the corpus documents listed above (windows read less text "
              "than a full parse); the exit status checks the gold dev documents")
    sys.exit(0 if ok_gold else 1)


if __name__ == "__main__":
    main()
