"""Article-body benchmark: our stripper vs trafilatura on the shared dev split.

    python bench/body.py [--shared DIR] [--out DIR] [--no-trafilatura] [--per-doc]
                         [--repeat N] [--rounds N]

Prints F1/precision/recall (the shared ``score_body.py``, run as is), documents per second
and the slowest document for each extractor, measured in the same run; then whole-process
pages/s of ``verdicts body`` and of trafilatura over the dev pages repeated under distinct
names (:mod:`bench.speed`), with the ratio; and the share of gold HTML documents whose
publication date we read to the right day.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.speed import compile_sources, report, whole_process, write_pages  # noqa: E402
from extract.article.boilerplate import strip  # noqa: E402
from extract.article.metadata import read_metadata  # noqa: E402
from schemas.errors import EmptyBody  # noqa: E402


def _load_scorer(shared: Path) -> ModuleType:
    path = shared / "bench" / "article-body" / "score_body.py"
    spec = importlib.util.spec_from_file_location("score_body", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pages(shared: Path) -> dict[str, str]:
    folder = shared / "bench" / "article-body" / "dev" / "html"
    return {
        f.name.removesuffix(".html.gz"): gzip.decompress(f.read_bytes()).decode("utf-8")
        for f in sorted(folder.glob("*.html.gz"))
    }


def _ours(html: str) -> str:
    try:
        return strip(html).text
    except EmptyBody:
        return ""


def _trafilatura() -> Callable[[str], str] | None:
    try:
        import trafilatura
    except ImportError as exc:
        # trafilatura 2.x needs lxml_html_clean (via justext) besides lxml itself.
        print(f"trafilatura cannot be imported here ({exc}): only our numbers are shown")
        return None

    def run(html: str) -> str:
        return trafilatura.extract(html) or ""

    return run


@dataclass
class _Timing:
    preds: dict[str, dict[str, str]] = field(default_factory=dict)
    total: float = 0.0
    slowest_key: str = ""
    slowest: float = 0.0


def _run(
    runs: list[tuple[str, Callable[[str], str]]], pages: dict[str, str]
) -> dict[str, _Timing]:
    """Each page through every extractor in turn (the order alternating page by page), so a
    busy machine slows all of them alike; docs/s is pages over the summed per-page times."""
    timings = {name: _Timing() for name, _ in runs}
    first = next(iter(pages.values()))
    for _name, extract in runs:
        extract(first)  # untimed: lazy imports and caches are not per page
    for i, (key, html) in enumerate(pages.items()):
        for name, extract in runs if i % 2 == 0 else runs[::-1]:
            t0 = time.perf_counter()
            body = extract(html)
            took = time.perf_counter() - t0
            timing = timings[name]
            timing.preds[key] = {"articleBody": body}
            timing.total += took
            if took > timing.slowest:
                timing.slowest_key, timing.slowest = key, took
    return timings


def _date_accuracy(shared: Path) -> tuple[int, int, list[str]]:
    gold = shared / "gold"
    right, total, wrong = 0, 0, []
    for line in (gold / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        if doc.get("source") != "html" or not doc.get("published"):
            continue
        html = (gold / doc["path"]).read_text(encoding="utf-8", errors="replace")
        meta = read_metadata(html, doc.get("url"))
        total += 1
        if meta.published is not None and meta.published.isoformat() == doc["published"]:
            right += 1
        else:
            wrong.append(f"{doc['doc_id']}: got {meta.published}, want {doc['published']}")
    return right, total, wrong


def _text_sentences_kept(shared: Path) -> tuple[int, int, int]:
    """Sentence-like lines of the press-release corpus that the text stripper keeps."""
    import re

    from extract.article._plaintext import strip_text

    sentence = re.compile(r"[.!?\"”]\s*$")
    kept = total = docs = 0
    for path in sorted((shared / "corpus").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                docs += 1
                out = set(strip_text(text).text.splitlines())
                for ln in text.splitlines():
                    if len(ln.split()) >= 8 and sentence.search(ln):
                        total += 1
                        kept += ln.rstrip() in out
    return kept, total, docs


def _check_command(shared: Path, out: Path, scorer: ModuleType, truth: object) -> None:
    """The check hook's own command, ``verdicts body DEV_HTML --json``, as a user runs it:
    its exit code, wall time and F1 from its JSON output (one object keyed by input)."""
    folder = shared / "bench" / "article-body" / "dev" / "html"
    pred = out / "body-cli.json"
    verdicts = str(REPO / ".venv" / "bin" / "verdicts")
    t0 = time.perf_counter()
    with pred.open("w", encoding="utf-8") as fh:
        done = subprocess.run([verdicts, "body", str(folder), "--json"], stdout=fh,
                              stderr=subprocess.DEVNULL, timeout=300, check=False)
    took = time.perf_counter() - t0
    bodies = scorer.load_bodies(str(pred))
    res = scorer.score(truth, bodies)
    print(f"verdicts body DEV_HTML --json: exit {done.returncode}, {took:.1f} s, "
          f"F1 {res['f1']:.3f} ({res['n_empty_pred']} empty)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--per-doc", action="store_true", help="write per-document scores")
    ap.add_argument("--repeat", type=int, default=9,
                    help="whole-process speed: copies of each dev page (default 9: 1,089 pages)")
    ap.add_argument("--rounds", type=int, default=3, help="whole-process speed: best of N")
    args = ap.parse_args(argv)

    scorer = _load_scorer(args.shared)
    truth_path = args.shared / "bench" / "article-body" / "dev" / "ground-truth.json"
    truth = scorer.load_bodies(str(truth_path))
    pages = _pages(args.shared)
    args.out.mkdir(parents=True, exist_ok=True)

    runs: list[tuple[str, Callable[[str], str]]] = [("verdicts", _ours)]
    traf = None if args.no_trafilatura else _trafilatura()
    if traf is not None:
        runs.append(("trafilatura", traf))

    rows = []
    for name, timing in _run(runs, pages).items():
        preds = timing.preds
        dps = len(pages) / timing.total if timing.total else 0.0
        slow_key, slow = timing.slowest_key, timing.slowest
        pred_path = args.out / f"body-pred-{name}.json"
        pred_path.write_text(json.dumps(preds, ensure_ascii=False, indent=1), encoding="utf-8")
        bodies = {k: v["articleBody"] for k, v in preds.items()}
        res = scorer.score(truth, bodies)
        if args.per_doc:
            per_doc = args.out / f"body-per-doc-{name}.jsonl"
            with per_doc.open("w", encoding="utf-8") as fh:
                for row in scorer.per_doc(truth, bodies):
                    fh.write(json.dumps(row) + "\n")
        rows.append((name, res, dps, slow_key, slow))

    print(f"article-body dev: {len(pages)} pages ({truth_path})")
    print(f"{'extractor':<12} {'F1':>6} {'P':>6} {'R':>6} {'acc':>6} {'empty':>5} "
          f"{'docs/s':>8}  slowest")
    for name, res, dps, slow_key, slow in rows:
        print(f"{name:<12} {res['f1']:6.3f} {res['precision']:6.3f} {res['recall']:6.3f} "
              f"{res['accuracy']:6.3f} {res['n_empty_pred']:5d} {dps:8.1f}  "
              f"{slow * 1000:.1f} ms ({slow_key[:12]})")
    if len(rows) == 2:
        print(f"speed ratio verdicts/trafilatura (in-process, per page): "
              f"{rows[0][2] / rows[1][2]:.1f}x")
    _check_command(args.shared, args.out, scorer, truth)
    if args.repeat > 0:
        folder = args.out / "speed-pages"
        n = write_pages(args.shared, folder, args.repeat)
        mbytes = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        python = sys.executable if traf is not None else None
        compile_sources()  # as bench/speed.py does: no process recompiles a changed module
        report(whole_process(folder, n, rounds=args.rounds, trafilatura_python=python), n, mbytes)

    right, total, wrong = _date_accuracy(args.shared)
    share = right / total if total else 0.0
    print(f"publication date, gold html docs: {right}/{total} right day ({share:.0%})")
    for line in wrong:
        print(f"  wrong: {line}")
    kept, total, docs = _text_sentences_kept(args.shared)
    if total:
        print(f"plain text: {kept}/{total} sentence lines kept ({kept / total:.1%}) "
              f"in {docs} press releases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
