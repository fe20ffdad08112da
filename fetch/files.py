"""Local documents: files, folders and JSON Lines manifests → Page (or Failure).

A manifest line is a JSON object with ``doc_id``, ``path`` (relative to the manifest's folder,
or absolute), and optional ``url`` and ``published`` (ISO date); other keys are ignored, so a
gold file is a valid manifest.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from schemas import Failure, Page
from schemas.errors import ConfigError, InputError

DOCUMENT_SUFFIXES = (".html", ".htm", ".txt")
_MAX_FILE_BYTES = 50 * 1024 * 1024


def doc_id_for(path: Path) -> str:
    """A document's id from its file name: ``a/b/story.html.gz`` → ``story``."""
    name = path.name
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix in DOCUMENT_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def is_document(path: Path) -> bool:
    """Whether ``path`` names a document we read (.html/.htm/.txt, optionally .gz)."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(DOCUMENT_SUFFIXES)


def decode_bytes(raw: bytes) -> str:
    """Text of ``raw``: UTF-8 (with or without BOM) when valid, else the detected charset."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(raw).best()
        if best is None:
            raise InputError("undecodable bytes", reason="undecodable") from None
        return str(best)


def read_document(
    path: Path,
    *,
    doc_id: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
) -> Page:
    """Read one local document into a :class:`Page`; raise :class:`InputError` when unreadable."""
    if not path.exists():
        raise InputError(f"{path}: no such file", reason="missing-file")
    if not path.is_file():
        raise InputError(f"{path}: not a file", reason="not-a-file")
    if not is_document(path):
        raise InputError(
            f"{path}: not a document (expected .html, .htm or .txt, optionally .gz)",
            reason="unsupported-file",
        )
    try:
        raw = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            raw = gzip.decompress(raw)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise InputError(f"{path}: cannot read: {exc}", reason="unreadable-file") from exc
    if len(raw) > _MAX_FILE_BYTES:
        raise InputError(f"{path}: larger than {_MAX_FILE_BYTES} bytes", reason="too-large")
    if b"\x00" in raw[:4096]:
        raise InputError(f"{path}: binary content, not a text document", reason="binary-file")
    text = decode_bytes(raw)
    stem = path.name.lower().removesuffix(".gz")
    return Page(
        url=url,
        doc_id=doc_id or doc_id_for(path),
        final_url=url,
        source="file",
        kind="text" if stem.endswith(".txt") else "html",
        html=text,
        encoding="utf-8",
        fetched_at=dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC),
        nbytes=len(raw),
        published_hint=published,
    )


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Page | Failure]:
    """Read files and folders (recursively, sorted); one Page or Failure per document.

    A document's id cannot collide: in a folder, its path relative to the folder
    (``x/a.txt``, ``y/a.txt``, ``a.html``); a file given alone, its name and a short hash of
    its content (``a.txt-3f2c9b1e0a``). Both are stable across runs."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            docs = sorted(p for p in path.rglob("*") if p.is_file() and is_document(p))
            if not docs:
                yield Failure(
                    input=str(path),
                    stage="input",
                    reason="no-documents",
                    detail=f"{path}: folder has no .html, .htm or .txt documents",
                )
            for doc in docs:
                yield _read_or_fail(doc, doc.relative_to(path).as_posix())
        else:
            yield _read_or_fail(path, None)


def iter_manifest(manifest: str | Path) -> Iterator[Page | Failure]:
    """Read the documents a JSON Lines manifest lists; a bad line is a Failure, not the end."""
    path = Path(manifest)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        yield Failure(
            input=str(path), stage="input", reason="missing-file", detail=f"{path}: {exc.strerror}"
        )
        return
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                entry = _manifest_entry(line, where)
                yield read_document(
                    _resolve(path.parent, entry.path),
                    doc_id=entry.doc_id or entry.path,  # the path as given: no two alike
                    url=entry.url,
                    published=entry.published,
                )
            except InputError as exc:
                yield Failure.from_error(exc, input=where, stage="input")


@dataclass(frozen=True, slots=True)
class _Entry:
    path: str
    doc_id: str | None
    url: str | None
    published: dt.date | None


def _manifest_entry(line: str, where: str) -> _Entry:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not JSON: {exc.msg}", reason="bad-manifest-line") from exc
    if not isinstance(data, dict):
        raise InputError(f"{where}: a line must be a JSON object", reason="bad-manifest-line")
    rel = data.get("path")
    if not isinstance(rel, str) or not rel:
        raise InputError(f"{where}: 'path' is missing", reason="bad-manifest-line")
    doc_id = data.get("doc_id")
    url = data.get("url")
    published = data.get("published")
    if doc_id is not None and not isinstance(doc_id, str):
        raise InputError(f"{where}: 'doc_id' must be a string", reason="bad-manifest-line")
    if url is not None and not isinstance(url, str):
        raise InputError(f"{where}: 'url' must be a string", reason="bad-manifest-line")
    day = None
    if published is not None:
        try:
            day = dt.date.fromisoformat(str(published)[:10])
        except ValueError as exc:
            raise InputError(
                f"{where}: 'published' is not an ISO date: {published!r}",
                reason="bad-manifest-line",
            ) from exc
    return _Entry(path=rel, doc_id=doc_id or None, url=url or None, published=day)


def _resolve(base: Path, rel: str) -> Path:
    path = Path(rel)
    return path if path.is_absolute() else base / path


def _read_or_fail(path: Path, doc_id: str | None) -> Page | Failure:
    try:
        page = read_document(path, doc_id=doc_id)
    except InputError as exc:
        return Failure.from_error(exc, input=str(path), stage="input", doc_id=doc_id)
    if doc_id is None:  # a file alone: its name and content, so two "a.txt" stay two
        page = page.model_copy(update={"doc_id": f"{path.name}-{page.content_sha256[:10]}"})
    return page


def check_manifest_ids(manifest: str | Path) -> None:
    """Raise :class:`ConfigError` naming both lines when two manifest lines share a doc_id."""
    path = Path(manifest)
    seen: dict[str, int] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                try:
                    data = json.loads(line) if line.strip() else None
                except json.JSONDecodeError:
                    continue  # reported as a bad line by iter_manifest
                doc_id = data.get("doc_id") if isinstance(data, dict) else None
                if not isinstance(doc_id, str) or not doc_id:
                    continue
                if doc_id in seen:
                    raise ConfigError(f"{path}: lines {seen[doc_id]} and {number} have the same"
                                      f" doc_id {doc_id!r}")
                seen[doc_id] = number
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read manifest {path}: {exc}") from exc
