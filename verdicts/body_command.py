"""``verdicts body FILE_OR_DIR... [--json]``: print the article body of local documents.

Reads ``.html``/``.htm``/``.txt`` files (optionally ``.gz``), folders recursively. Bytes are
decoded as UTF-8 first, then by charset-normalizer's guess. Never imports spaCy: start-up
stays fast. Each file that fails is one line on stderr naming it; the exit code is then 1.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from extract.article._plaintext import strip_text
from extract.article.boilerplate import parse, strip_tree
from extract.article.language import detect_language
from extract.article.metadata import metadata_from_tree
from schemas.errors import VerdictsError
from verdicts.safe_text import terminal_line, terminal_text

_HTML_SUFFIXES = (".html", ".htm")
_TEXT_SUFFIXES = (".txt",)
MAX_FILE_BYTES = 50_000_000


def _documents(paths: list[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _kind(child) is not None:
                    yield child
        else:
            yield path


def _kind(path: Path) -> str | None:
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(_HTML_SUFFIXES):
        return "html"
    if name.endswith(_TEXT_SUFFIXES):
        return "text"
    return None


def _key(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".html", ".htm", ".txt"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def decode(data: bytes) -> str:
    """UTF-8 first (pages often declare nothing), then charset-normalizer's best guess."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")


def _read(path: Path) -> str:
    with path.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise VerdictsError(f"not a readable gzip file: {exc}", reason="input") from exc
    if len(data) > MAX_FILE_BYTES:
        raise VerdictsError(f"larger than {MAX_FILE_BYTES} bytes", reason="input")
    return decode(data)


def _extract(path: Path) -> dict[str, str | None]:
    kind = _kind(path) or "html"
    content = _read(path)
    if kind == "text":
        body = strip_text(content)
        if not body.text.strip():
            raise VerdictsError("the text document is empty", reason="empty-body")
        published = body.published
        return {
            "articleBody": body.text,
            "title": body.title,
            "published": published.isoformat() if published else None,
            "author": None,
            "language": detect_language(body.text),
        }
    tree = parse(content)
    stripped = strip_tree(tree)
    meta = metadata_from_tree(tree)
    return {
        "articleBody": stripped.text,
        "title": meta.title,
        "published": meta.published.isoformat() if meta.published else None,
        "author": meta.author,
        "language": detect_language(stripped.text, declared=meta.declared_language),
    }


def run_body(paths: list[str], *, as_json: bool, out: TextIO) -> int:
    """Print each document's body (or, with ``as_json``, one JSON object keyed by file name)."""
    failed = 0
    results: dict[str, dict[str, str | None]] = {}
    first = True
    for path in _documents(paths):
        try:
            if not path.is_file():
                raise VerdictsError("no such file", reason="input")
            result = _extract(path)
        except VerdictsError as exc:
            failed += 1
            print(terminal_line(f"{path}: {exc.reason}: {exc}"), file=sys.stderr)
            continue
        except OSError as exc:
            failed += 1
            print(terminal_line(f"{path}: input: {exc}"), file=sys.stderr)
            continue
        if as_json:
            results[_key(path)] = result
        else:
            if not first:
                out.write("\n")
            out.write(f"{terminal_text(result['articleBody'] or '')}\n")
            first = False
    if as_json:
        json.dump(results, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 1 if failed else 0
