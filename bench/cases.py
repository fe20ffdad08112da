"""Pairwise precision and recall of case links against the hand-made case gold.

A predicted record is matched to a gold report by doc_id and person (spelling folded); a pair
of matched reports is linked in the gold when they share a ``case`` label, predicted when they
share a ``case_id``.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from itertools import combinations
from pathlib import Path

from verdicts.cases import Name


def _key(person: str | None) -> str:
    name = Name.parse(person)
    return f"{'.'.join(name.given)}|{name.surname}" if name else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--gold", required=True)
    args = parser.parse_args()
    lines = Path(args.gold).read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    conn = sqlite3.connect(args.db)
    predicted = {
        (doc, _key(person)): case
        for doc, person, case in conn.execute(
            "SELECT a.doc_id, r.person, r.case_id FROM records r"
            " JOIN articles a ON a.id = r.article_id WHERE r.rejected = 0"
        )
    }
    found = [(g["case"], predicted[(g["doc_id"], _key(g["person"]))]) for g in gold
             if (g["doc_id"], _key(g["person"])) in predicted]  # fmt: skip
    tp = fp = fn = 0
    for (gold_a, pred_a), (gold_b, pred_b) in combinations(found, 2):
        same_gold, same_pred = gold_a == gold_b, pred_a == pred_b
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(
        f"case links: {len(found)} of {len(gold)} gold reports extracted;"
        f" pairs tp {tp} fp {fp} fn {fn}; precision {precision:.3f} recall {recall:.3f}"
    )


if __name__ == "__main__":
    main()
