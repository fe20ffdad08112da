"""``verdicts body FILE_OR_DIR... [--json]``: print the article body of local documents.

Reads ``.html``/``.htm``/``.txt`` files (optionally ``.gz``), folders recursively. Bytes are
decoded as UTF-8 first, then by charset-normalizer's guess. Never imports spaCy or pydantic:
start-up stays fast. A batch tool's conventions: every input is named in the output, a document
without a body does not stop the others, and the exit code says whether all gave one.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import sys
from collections.abc import Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from schemas.errors import EmptyBody, VerdictsError
from verdicts import heap
from verdicts.safe_text import terminal_line, terminal_text

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

DESCRIPTION = """\
Print the article body of local HTML or text files (folders are read recursively; .gz is
read too). No spaCy, no database."""
EPILOG = """\
output:
  text    each body in turn; with more than one input each is headed by "==> PATH <==",
          as head(1) does. A document without a body gets its header and a
          "verdicts body: PATH: REASON" line on stderr.
  --json  one JSON object keyed by input (the file name without .html/.htm/.txt/.gz), each
          value {"path", "status": "ok" | "empty" | "failed", "reason", "articleBody",
          "title", "published", "author", "language", "method"}; articleBody is null when
          status is not "ok", and reason then says why (no article on the page, unreadable
          file, ...).

exit status:
  0  every input gave a body
  1  some inputs gave none (the others are still written)
  2  usage error (bad option, no input documents)
"""

_HTML_SUFFIXES = (".html", ".htm")
_TEXT_SUFFIXES = (".txt",)
MAX_FILE_BYTES = 50_000_000
GC_THRESHOLD = 20_000


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


def _is_utf8(data: bytes) -> bool:
    if data.isascii():
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _read_bytes(path: Path) -> bytes:
    with path.open("rb") as fh:
        # Read as much as the file holds, plus one byte to see it did not grow: read(n)
        # allocates n bytes first, and 50 MB per page cost more than parsing it.
        size = os.fstat(fh.fileno()).st_size
        data = fh.read(min(size, MAX_FILE_BYTES) + 1)
        if len(data) > size:  # it grew while read: the rest, up to the limit
            data += fh.read(MAX_FILE_BYTES + 1 - len(data))
    if path.name.lower().endswith(".gz"):
        import gzip  # here: most inputs are not compressed

        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise VerdictsError(f"not a readable gzip file: {exc}", reason="input") from exc
    if len(data) > MAX_FILE_BYTES:
        raise VerdictsError(f"larger than {MAX_FILE_BYTES} bytes", reason="input")
    return data


def _extract(path: Path) -> dict[str, str | None]:
    """The body and metadata of one document; raise :class:`VerdictsError` without a body."""
    # Imported here: `verdicts --help` and the other commands build this parser too.
    from extract.article._plaintext import strip_text
    from extract.article.boilerplate import parse, parse_utf8
    from extract.article.language import detect_language

    kind = _kind(path) or "html"
    data = _read_bytes(path)
    if kind == "text":
        body = strip_text(decode(data))
        if not body.text.strip():
            raise VerdictsError("the text document is empty", reason="empty-body")
        published = body.published
        return {
            "articleBody": body.text,
            "title": body.title,
            "published": published.isoformat() if published else None,
            "author": None,
            "language": detect_language(body.text),
            "method": body.method,
        }
    # Read as UTF-8 without checking the bytes first (decoding a page only to check it took
    # 3% of the command's time); a page that is not UTF-8 shows U+FFFD where it differs, and
    # is read again through decode() when that reached its output or left it without a body.
    try:
        found = _html_fields(parse_utf8(data))
    except EmptyBody:
        if _is_utf8(data):
            raise
        found = None
    if found is None or (_garbled(found) and not _is_utf8(data)):
        found = _html_fields(parse(decode(data)))
    return found


def _html_fields(tree: LexborHTMLParser) -> dict[str, str | None]:
    """The body and metadata of a parsed page (raises EmptyBody without a body)."""
    from extract.article.boilerplate import strip_tree
    from extract.article.language import detect_language
    from extract.article.metadata import metadata_and_json_ld

    meta, ld = metadata_and_json_ld(tree)  # JSON-LD read once, for the body check too
    stripped = strip_tree(tree, ld_objects=ld)
    return {
        "articleBody": stripped.text,
        "title": meta.title,
        "published": meta.published.isoformat() if meta.published else None,
        "author": meta.author,
        "language": detect_language(stripped.text, declared=meta.declared_language),
        "method": stripped.method,
    }


def _garbled(found: dict[str, str | None]) -> bool:
    return any("\ufffd" in (found[key] or "") for key in ("articleBody", "title", "author"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``body`` subcommand's arguments, description and epilog (exit codes, formats)."""
    parser.description = DESCRIPTION
    parser.epilog = EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    parser.add_argument(
        "--json",
        action="store_true",
        help="one JSON object keyed by input: status, reason, articleBody, title, ...",
    )


_EMPTY: dict[str, str | None] = {
    "articleBody": None, "title": None, "published": None, "author": None, "language": None,
    "method": None,
}


def _result(path: Path) -> dict[str, str | None]:
    """One input's entry: ``status`` ok/empty/failed, ``reason`` when there is no body."""
    try:
        if not path.is_file():
            raise VerdictsError("no such file", reason="input")
        found = _extract(path)
    except VerdictsError as exc:
        status = "empty" if exc.reason == "empty-body" else "failed"
        return {"path": str(path), "status": status, "reason": f"{exc.reason}: {exc}", **_EMPTY}
    except OSError as exc:
        return {"path": str(path), "status": "failed", "reason": f"input: {exc}", **_EMPTY}
    return {"path": str(path), "status": "ok", "reason": None, **found}


def run_body(paths: list[str], *, as_json: bool, out: TextIO) -> int:
    """Write each input's body (or, with ``as_json``, one JSON object keyed by input).

    Returns 0 when every input gave a body, 1 when some gave none, 2 when no input
    document was found at all.
    """
    # The language model (py3langid, loaded for the few pages whose language is unclear)
    # imports NumPy, whose OpenBLAS starts a spinning thread per core: 40-80 ms of CPU per
    # process for one small vector-matrix product per page. One thread does that product
    # as fast. A value the user set is kept; once NumPy is imported this changes nothing.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # Each page's parse frees its memory and the next takes it again: glibc's defaults gave
    # it back to the system in between, a page fault per 4 KB each time (most of the
    # command's system time). Kept, within bounds, for the next page (see verdicts.heap).
    heap.keep_freed_memory()
    documents = list(_documents(paths))
    if not documents:
        print("verdicts body: error: no .html, .htm or .txt documents in the paths given",
              file=sys.stderr)
        return 2
    # The cycle collector runs whenever 700 more tracked objects (tuples, lists, dicts,
    # nodes) are alive than at its last run: a page's layout keeps thousands, so it ran
    # many times a page, and found no cycles (the pages' objects are freed by reference
    # counting). During the batch it runs less often.
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], GC_THRESHOLD), *threshold[1:])
    try:
        return _run(documents, as_json=as_json, out=out)
    finally:
        gc.set_threshold(*threshold)


def _run(documents: list[Path], *, as_json: bool, out: TextIO) -> int:
    failed = 0
    # Each input's JSON entry, encoded as soon as it is done: the page's fields are freed
    # then, and no whole-output string is built at the end (with one wide character in it
    # that string took 4 bytes a character; the output is written the same at the end).
    entries: dict[str, str] = {}
    headers = len(documents) > 1
    for i, path in enumerate(documents):
        result = _result(path)
        if result["status"] != "ok":
            failed += 1
            print(terminal_line(f"verdicts body: {path}: {result['reason']}"), file=sys.stderr)
        if as_json:
            key = _key(path)
            key = key if key not in entries else str(path)
            entries[key] = _json_entry(key, result)
            continue
        if headers:
            out.write(f"{'' if i == 0 else chr(10)}==> {terminal_line(str(path))} <==\n")
        elif i:
            out.write("\n")
        if result["articleBody"] is not None:
            out.write(f"{terminal_text(result['articleBody'])}\n")
    if as_json:
        _write_json(entries, out)
        out.write("\n")
    return 1 if failed else 0


def _json_entry(key: str, fields: dict[str, str | None]) -> str:
    """One ``"key": {...}`` member of :func:`_json_text`'s object."""
    enc = encode_basestring
    if not fields:
        return f"  {enc(key)}: {{}}"
    inner = ",\n    ".join(
        f"{enc(name)}: {'null' if value is None else enc(value)}"
        for name, value in fields.items()
    )
    return f"  {enc(key)}: {{\n    {inner}\n  }}"


def _write_json(entries: dict[str, str], out: TextIO) -> None:
    """Write the object of ``entries`` (from :func:`_json_entry`) member by member."""
    if not entries:
        out.write("{}")
        return
    out.write("{\n")
    for i, entry in enumerate(entries.values()):
        if i:
            out.write(",\n")
        out.write(entry)
    out.write("\n}")


def _json_text(results: dict[str, dict[str, str | None]]) -> str:
    """``json.dumps(results, ensure_ascii=False, indent=2)`` for these string-or-null
    records, written out here: with an indent, json encodes in Python, piece by piece
    (1.6% of the command's time over a thousand pages); its C string encoder does the
    strings here, the same way."""
    buffer = io.StringIO()
    _write_json({key: _json_entry(key, fields) for key, fields in results.items()}, buffer)
    return buffer.getvalue()
