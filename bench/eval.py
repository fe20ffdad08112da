"""`make eval`'s tables: the shared scorer run on the tune and check parts of the gold set,
overall and by kind of source, with per-field F1.

The scorer is run as it is (a subprocess, ``--json``); the breakdown by kind comes from
handing it gold files restricted to one kind, written under ``bench/out/``. A document's kind
is its ``doc_id`` prefix (``pr-`` press release, ``html-`` news page, ``nv-`` news report,
``seed-`` the seed), else its ``source`` field.

    python bench/eval.py --gold ../shared/gold/dev.jsonl --pred bench/out/eval-pred.jsonl
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

_KINDS = {"pr": "press releases", "html": "news pages (HTML)", "nv": "news reports (nv-)",
          "seed": "seed"}
_FIELDS = ("person", "group_size", "city", "date", "charge", "sentence", "sentence_months",
           "sentence_type", "outcome")
_SHORT = {"group_size": "size", "sentence_months": "months", "sentence_type": "type",
          "sentence": "sent"}


def kind_of(doc: dict[str, object]) -> str:
    """The kind of source of a gold document: its doc_id prefix, else its ``source``."""
    prefix = str(doc.get("doc_id") or "").split("-", 1)[0]
    return prefix if prefix in _KINDS else str(doc.get("source") or "other")


def _score(scorer: Path, gold: Path, pred: Path, part: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), "--part", part,
         "--json"], check=True, capture_output=True, text=True)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def _f1(result: dict[str, object], key: str) -> float:
    block = result[key]
    assert isinstance(block, dict)
    return float(block["f1"])


def _row(label: str, r: dict[str, object]) -> str:
    rec = r["records"]
    assert isinstance(rec, dict)
    fields = r["fields"]
    assert isinstance(fields, dict)
    cells = " ".join(f"{fields[f]['f1']:>6.2f}" for f in _FIELDS)
    return (f"{label:<22} {r['documents']:>4} {r['gold_records']:>5} {r['pred_records']:>5} "
            f"{_f1(r, 'records'):>6.3f} {rec['precision']:>5.2f} {rec['recall']:>5.2f} "
            f"{_f1(r, 'slots'):>6.3f} {_f1(r, 'exact_records'):>6.3f} | {cells}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--pred", type=Path, required=True)
    ap.add_argument("--scorer", type=Path, help="default: score_records.py beside --gold")
    ap.add_argument("--out", type=Path, default=Path("bench/out"))
    args = ap.parse_args()
    scorer = args.scorer or args.gold.parent / "score_records.py"
    docs = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    by_kind: dict[str, Path] = {}
    for kind in sorted({kind_of(d) for d in docs}):
        path = args.out / f"eval-gold-{kind}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs if kind_of(d) == kind),
                        encoding="utf-8")
        by_kind[kind] = path
    head = " ".join(f"{_SHORT.get(f, f)[:6]:>6}" for f in _FIELDS)
    summary: dict[str, dict[str, float]] = {}
    for part in ("tune", "check"):
        print(f"\n== {part}")
        print(f"{'':<22} {'docs':>4} {'gold':>5} {'pred':>5} {'recF1':>6} {'P':>5} {'R':>5} "
              f"{'slotF1':>6} {'exact':>6} | {head}")
        overall = _score(scorer, args.gold, args.pred, part)
        print(_row("all", overall))
        summary[part] = {k: _f1(overall, k) for k in ("records", "slots", "exact_records")}
        for kind, path in by_kind.items():
            r = _score(scorer, path, args.pred, part)
            if int(str(r["documents"])):
                print(_row(_KINDS.get(kind, kind), r))
    gap = summary["tune"]["slots"] - summary["check"]["slots"]
    print(f"\ntune/check gap in slot F1: {gap:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
