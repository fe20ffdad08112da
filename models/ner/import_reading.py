"""Turn read-and-corrected corpus records (slot values as written) into offsets.

    .venv/bin/python models/ner/import_reading.py --shared ../shared READ.jsonl [...]

Each input line is ``{"doc_id", "published", "records": [...]}`` in the shared scorer's gold
format, every string slot copied from the corpus text (see extract/records/read_silver.py).
Writes models/ner/data/read_silver.jsonl: doc id, the text's SHA-256 and offsets, no text.
A string not found in its text stops the import with the document named.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(_ROOT)]

from extract.records.ner_corpus import corpus_articles  # noqa: E402
from extract.records.ner_data import text_sha256  # noqa: E402
from extract.records.read_silver import to_offsets  # noqa: E402

OUT = Path(__file__).resolve().parent / "data" / "read_silver.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("reading", type=Path, nargs="+")
    args = ap.parse_args()
    texts = {str(a.doc_id): a.text for a in corpus_articles(args.shared, "court-news.jsonl.gz")}
    rows, bad = [], 0
    for path in args.reading:
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            doc = json.loads(line)
            text = texts[doc["doc_id"]]
            try:
                records = [to_offsets(text, r) for r in doc["records"]]
            except ValueError as err:
                print(f"{path}:{n} {doc['doc_id']}: {err}", file=sys.stderr)
                bad += 1
                continue
            rows.append({"doc_id": doc["doc_id"], "sha256": text_sha256(text),
                         "records": records})
    if bad:
        print(f"{bad} documents not imported", file=sys.stderr)
        return 1
    rows.sort(key=lambda r: r["doc_id"])
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, sort_keys=True) + "\n")
    print(f"wrote {args.out}: {len(rows)} documents, "
          f"{sum(len(r['records']) for r in rows)} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
