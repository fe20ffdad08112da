"""Reading aid: sentences of unannotated court news that look like a court outcome for a
person but that no extracted record's evidence covers (issue 11's recall classes).

Runs the record extractor over ``shared/corpus/court-news.jsonl.gz`` (``id,url,published,text``)
and, for every sentence holding an outcome word (sentenced, convicted, acquitted, jailed,
handed, given, ordered to serve …) together with a term ("five years", "life", "a fine") or
a capitalised name, reports it as a *miss* when no record's evidence span overlaps it.
Prints each miss (doc id, offsets, outcome word, the sentence), then counts: sentences that
look like outcomes, covered, missed, and misses by outcome word. Not a test and no score:
a miss may be an arrest, a hedge or a summary that rightly has no record.

    .venv/bin/python bench/misses.py [--shared ../shared] [--limit N] [--save out.json]
        [--compare old.json]    # also list records new since an earlier --save

``--save`` writes the misses and the records (doc id, person, rule, evidence offsets) as JSON
so that a later run can ``--compare`` against it: which misses a rule removed, which records
it added (to be read for correctness).
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
from collections.abc import Iterator
from pathlib import Path

# run as a script, this file's folder comes first on sys.path and its name would shadow
# the ``extract`` package: drop that folder before importing it
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from extract.config import ExtractConfig  # noqa: E402
from extract.records import RecordExtractor  # noqa: E402
from schemas import Article, Failure, Record  # noqa: E402

_NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
_BATCH = 16

# a sentence ends at . ! ? (not after a one-letter initial or a common title) before a
# space and a capital or quote, or at a line break
_SENT_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No))(?<!\bMrs)[.!?][\"'”’)]?\s+"
                       r"(?=[\"'“‘(A-Z0-9])|\n+")
OUTCOME_WORD = re.compile(
    r"\b(?:sentenc\w*|convict(?:ed|ion|ions)|found\s+(?:\w+\s+){0,3}guilty|pleaded\s+guilty|"
    r"pled\s+guilty|guilty\s+plea|acquit\w*|jail(?:ed|s)?|imprison\w*|handed|given|gave|"
    r"receiv\w*|got|ordered\s+to\s+(?:serve|pay)|fined|cleared|overturned|quashed|upheld|"
    r"dismissed|dropped|term\s+of|(?:prison|jail)\s+term)\b", re.IGNORECASE)
_TERM = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|a|an|half)[\s-]+(?:and[\s-]+a[\s-]+half[\s-]+)?"
    r"(?:years?|months?|weeks?|days?)\b|\blife\b|\bdeath\b|\bfine[ds]?\b|\bprobation\b|"
    r"\bcolony\b|\brestricted\s+freedom\b|\bcommunity\s+service\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+\b")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, stripped of surrounding space."""
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.start() + (1 if text[m.start()] in ".!?" else 0)
        yield from _trimmed(text, start, end)
        start = m.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def looks_like_outcome(sentence: str) -> str | None:
    """The outcome word of a sentence that also holds a term or a capitalised name, else None."""
    word = OUTCOME_WORD.search(sentence)
    if word is None:
        return None
    if _TERM.search(sentence) or _NAME.search(sentence):
        return word.group(0).lower()
    return None


def load_corpus(path: Path, limit: int | None) -> list[Article]:
    """The corpus excerpts as articles (published where the corpus gives it)."""
    out: list[Article] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
            out.append(Article(doc_id=row["id"], text=row["text"], published=published,
                               language="en", content_sha256="-", fetched_at=_NOW, kind="text",
                               source="file"))
            if limit is not None and len(out) >= limit:
                break
    return out


def find_misses(article: Article, records: list[Record]) -> tuple[int, list[dict[str, object]]]:
    """How many sentences look like outcomes, and those no record's evidence overlaps."""
    spans = [(r.evidence_start, r.evidence_end) for r in records]
    flagged = 0
    misses: list[dict[str, object]] = []
    for start, end in sentences(article.text):
        word = looks_like_outcome(article.text[start:end])
        if word is None:
            continue
        flagged += 1
        if not any(s < end and start < e for s, e in spans):
            misses.append({"doc_id": article.doc_id, "start": start, "end": end, "word": word,
                           "text": article.text[start:end]})
    return flagged, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N excerpts")
    ap.add_argument("--save", type=Path, default=None, help="write misses and records as JSON")
    ap.add_argument("--compare", type=Path, default=None, help="an earlier --save to diff")
    ap.add_argument("--quiet", action="store_true", help="counts only, no listing")
    args = ap.parse_args(argv)
    articles = load_corpus(args.shared / "corpus/court-news.jsonl.gz", args.limit)
    extractor = RecordExtractor(ExtractConfig())
    t0 = time.perf_counter()
    flagged = failed = 0
    misses: list[dict[str, object]] = []
    records: list[dict[str, object]] = []
    for i in range(0, len(articles), _BATCH):
        batch = articles[i:i + _BATCH]
        for article, result in zip(batch, extractor.extract_batch(batch), strict=True):
            if isinstance(result, Failure):
                failed += 1
                continue
            n, found = find_misses(article, result)
            flagged += n
            misses.extend(found)
            records.extend({"doc_id": article.doc_id, "person": r.person,
                            "group_size": r.group_size, "outcome": r.outcome.value,
                            "sentence": r.sentence, "rule_id": r.rule_id,
                            "start": r.evidence_start, "end": r.evidence_end,
                            "evidence": r.evidence} for r in result)
    secs = time.perf_counter() - t0
    if not args.quiet:
        for m in misses:
            print(f"{m['doc_id']} {m['start']}-{m['end']} [{m['word']}] "
                  f"{str(m['text']).replace(chr(10), ' ')}")
    if args.compare is not None:
        _compare(json.loads(args.compare.read_text("utf-8")), misses, records)
    by_word = Counter(str(m["word"]) for m in misses)
    print(f"documents {len(articles)} (failed {failed}), records {len(records)}, "
          f"outcome-like sentences {flagged}, covered {flagged - len(misses)}, "
          f"missed {len(misses)} in {len({m['doc_id'] for m in misses})} documents "
          f"({secs:.0f} s)")
    print("misses by outcome word: " + ", ".join(f"{w} {n}" for w, n in by_word.most_common()))
    if args.save is not None:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps({"misses": misses, "records": records}), "utf-8")
    return 0


def _compare(old: dict[str, list[dict[str, object]]], misses: list[dict[str, object]],
             records: list[dict[str, object]]) -> None:
    """Misses removed since ``old`` and records added or lost, one line each."""
    def miss_key(m: dict[str, object]) -> tuple[object, ...]:
        return (m["doc_id"], m["start"])

    def rec_key(r: dict[str, object]) -> tuple[object, ...]:
        return (r["doc_id"], r["person"], r["group_size"], r["outcome"], r["start"])

    now_misses = {miss_key(m) for m in misses}
    old_recs = {rec_key(r) for r in old["records"]}
    now_recs = {rec_key(r) for r in records}
    removed = [m for m in old["misses"] if miss_key(m) not in now_misses]
    added = [r for r in records if rec_key(r) not in old_recs]
    lost = [r for r in old["records"] if rec_key(r) not in now_recs]
    for label, rows in (("+record", added), ("-record", lost)):
        for r in rows:
            print(f"{label} {r['doc_id']} {r['start']}-{r['end']} person={r['person']!r} "
                  f"n={r['group_size']} {r['outcome']} term={r['sentence']!r} rule={r['rule_id']}"
                  f" | {str(r['evidence']).replace(chr(10), ' ')[:300]}")
    print(f"compared with the earlier run: misses removed {len(removed)}, new misses "
          f"{len(now_misses - {miss_key(m) for m in old['misses']})}, records added "
          f"{len(added)}, records lost {len(lost)}")


if __name__ == "__main__":
    raise SystemExit(main())
