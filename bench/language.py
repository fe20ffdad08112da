"""Language agreement: the sampled, lazily loaded identifier against the full reference.

The reference is the former method: py3langid on every 800-character chunk of prose (up to
eight per document), a preferred language winning at a 30% share. It is run here on the same
texts as :func:`extract.article.language.detect_language`: the body of each article-body dev
page (with the page's declared language) and each document of the shared corpus (plain text).

    python bench/language.py [--shared DIR]

Prints the share of documents given the same language (None counts as a language), the
disagreements, and the time each method took.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extract.article._plaintext import strip_text  # noqa: E402
from extract.article.boilerplate import parse, strip_tree  # noqa: E402
from extract.article.language import _identifier, detect_language  # noqa: E402
from extract.article.metadata import metadata_from_tree  # noqa: E402
from schemas.errors import EmptyBody  # noqa: E402

CHUNK_CHARS, MAX_CHUNKS, MIN_CONFIDENCE, SHARE = 800, 8, 0.6, 0.3


def _enough(sample: str) -> bool:
    return len(sample.split()) >= 12 or len(sample) >= 60


def reference(text: str, prefer: tuple[str, ...] = ("en",)) -> str | None:
    """The former detect_language: every chunk of the text classified."""
    joined = " ".join(text.split())
    if not _enough(joined):
        return None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    prose = " ".join(ln for ln in lines if len(ln.split()) >= 5) or " ".join(lines)
    if len(prose) <= CHUNK_CHARS * MAX_CHUNKS:
        chunks = [prose[i : i + CHUNK_CHARS] for i in range(0, len(prose), CHUNK_CHARS)]
    else:
        step = (len(prose) - CHUNK_CHARS) / (MAX_CHUNKS - 1)
        chunks = [prose[int(k * step) : int(k * step) + CHUNK_CHARS] for k in range(MAX_CHUNKS)]
    weights: dict[str, float] = {}
    total = 0.0
    for chunk in chunks:
        if not _enough(chunk):
            continue
        lang, prob = _identifier().classify(chunk)
        total += len(chunk)
        if prob >= MIN_CONFIDENCE:
            weights[str(lang)] = weights.get(str(lang), 0.0) + len(chunk)
    shares = {k: w / total for k, w in weights.items()} if total else {}
    if not shares:
        lang, prob = _identifier().classify(joined[: CHUNK_CHARS * MAX_CHUNKS])
        return str(lang) if prob >= MIN_CONFIDENCE else None
    for lang in prefer:
        if shares.get(lang, 0.0) >= SHARE:
            return lang
    best = max(shares, key=shares.__getitem__)
    return best if shares[best] >= 0.5 else None


def _texts(shared: Path) -> list[tuple[str, str, str | None]]:
    """(name, body text, declared language) of every dev page and corpus document."""
    out: list[tuple[str, str, str | None]] = []
    for path in sorted((shared / "bench" / "article-body" / "dev" / "html").glob("*.html.gz")):
        try:
            tree = parse(gzip.decompress(path.read_bytes()).decode("utf-8"))
            text = strip_tree(tree).text
        except EmptyBody:
            continue
        out.append((path.name, text, metadata_from_tree(tree).declared_language))
    for path in sorted((shared / "corpus").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                text = strip_text(json.loads(line).get("text") or "").text
                out.append((f"{path.name}:{i}", text, None))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args(argv)
    texts = _texts(args.shared)
    _identifier()  # both methods share the loaded model: loading is not timed
    t0 = time.perf_counter()
    ref = [reference(text) for _, text, _ in texts]
    t_ref = time.perf_counter() - t0
    t0 = time.perf_counter()
    new = [detect_language(text, declared=declared) for _, text, declared in texts]
    t_new = time.perf_counter() - t0
    same = sum(a == b for a, b in zip(ref, new, strict=True))
    print(f"language: same as the full reference on {same}/{len(texts)} documents "
          f"({same / len(texts):.2%}); time {t_new:.2f} s against {t_ref:.2f} s "
          f"({t_ref / max(t_new, 1e-9):.1f}x less)")
    for (name, _, declared), a, b in zip(texts, ref, new, strict=True):
        if a != b:
            print(f"  {name}: reference {a}, now {b} (declared {declared})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
