"""Rules alone, tagger alone, both: the record scores of each NER policy (`make ablation`).

    .venv/bin/python bench/ablation.py --shared ../shared

The rules run once over the gold documents; each policy then revises their records with the
trained tagger (extract/records/ner_model.py) exactly as the pipeline's hook does, and the
shared scorer scores the result on the tune and the check part. "model" takes every slot
from the tagger alone (records themselves, and group size, outcome, are always the rules').
Last, per slot, the mode that beats the rules on *check* (slot F1, without lowering that
slot's own F1) is chosen, and the combined choice is scored: that is DEFAULT_POLICY.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from extract.config import ExtractConfig  # noqa: E402
from extract.records import RecordExtractor  # noqa: E402
from extract.records.ner_corpus import gold_docs, scorer  # noqa: E402
from extract.records.ner_data import paragraph  # noqa: E402
from extract.records.ner_model import (  # noqa: E402
    MODEL_DIR,
    SLOTS,
    NerTagger,
    apply_policy,
    model_values,
    parse_policy,
)
from schemas import Failure, Record  # noqa: E402

FIELDS = ("person", "charge", "sentence", "sentence_months", "sentence_type", "city", "date")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--model", type=Path, default=MODEL_DIR)
    args = ap.parse_args()
    sc = scorer(args.shared)
    gold_all = sc.load(str(args.shared / "gold" / "dev.jsonl"))
    parts = {p: {k: d for k, d in gold_all.items() if sc.part_of(str(d.get("doc_id") or k)) == p}
             for p in ("tune", "check")}
    docs = list(gold_docs(args.shared))
    began = time.perf_counter()
    extractor = RecordExtractor(ExtractConfig(ner_policy="rules"))
    results = extractor.extract_batch([d.article for d in docs])
    rules_s = time.perf_counter() - began
    tagger = NerTagger(parse_policy("fill"), args.model)
    began = time.perf_counter()
    # per document: (record, the tagger's values for it), computed once for all policies
    rows: list[tuple[str, str, list[tuple[Record, dict[str, Any], dict[str, Any]]]]] = []
    for doc, result in zip(docs, results, strict=True):
        records = [] if isinstance(result, Failure) else result
        text, seen = doc.article.text, {}
        pairs = []
        for rec in records:
            lo, hi = paragraph(text, rec.evidence_start, rec.evidence_end)
            if (lo, hi) not in seen:
                seen[(lo, hi)] = [(lo + s, lo + e, lab) for s, e, lab in tagger.spans(text[lo:hi])]
            found, day = seen[(lo, hi)], doc.article.published
            pairs.append((rec, model_values(rec, found, text, day),
                          model_values(rec, found, text, day, follow_rules=False)))
        rows.append((str(doc.article.doc_id), text, pairs))
    tagger_s = time.perf_counter() - began

    def run(spec: str) -> dict[str, dict[str, Any]]:
        policy = parse_policy(spec)
        pred = {doc_id: {"doc_id": doc_id, "records": [
            apply_policy(rec, guess, policy, text, alone=alone).model_dump(mode="json")
            for rec, guess, alone in pairs]} for doc_id, text, pairs in rows}
        return {part: sc.score(gold, pred) for part, gold in parts.items()}

    specs = ["rules", "model", "fill", "model-first"]
    specs += [f"{slot}={mode}" for slot in SLOTS for mode in ("fill", "model-first")]
    scores = {spec: run(spec) for spec in specs}
    chosen: list[str] = []
    base = scores["rules"]["check"]
    for slot in SLOTS:
        field = slot
        best, best_key = "rules", (base["slots"]["f1"], base["fields"][field]["f1"])
        for mode in ("fill", "model-first"):
            s = scores[f"{slot}={mode}"]["check"]
            key = (s["slots"]["f1"], s["fields"][field]["f1"])
            if key[0] > best_key[0] + 1e-9 and key[1] >= base["fields"][field]["f1"]:
                best, best_key = mode, key
        if best != "rules":
            chosen.append(f"{slot}={best}")
    choice = ",".join(chosen) or "rules"
    if choice not in scores:
        scores[f"chosen: {choice}"] = run(choice)
    print(f"rules over {len(docs)} gold documents: {rules_s:.1f} s; tagger: {tagger_s:.1f} s")
    head = ["policy", "part", "record F1", "slot F1", "exact", *FIELDS]
    print("| " + " | ".join(head) + " |")
    print("|" + " --- |" * len(head))
    for spec, by_part in scores.items():
        for part, s in by_part.items():
            cells = [spec, part, f"{s['records']['f1']:.3f}", f"{s['slots']['f1']:.3f}",
                     f"{s['exact_records']['f1']:.3f}",
                     *(f"{s['fields'][f]['f1']:.3f}" for f in FIELDS)]
            print("| " + " | ".join(cells) + " |")
    print(f"\nchosen default (beats rules on check, slot by slot): {choice}")
    print(f"({dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, model {args.model})")


if __name__ == "__main__":
    main()
