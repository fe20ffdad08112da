"""Bytes → text for fetched HTML: the header charset, then ``<meta charset>``, then detection.

Follows the order browsers use (a BOM wins, then the transport, then the document's own
declaration) but verifies each candidate by a strict decode, so a wrong header falls
through to the next clue instead of producing mojibake. One exception to the order: a
body that is valid UTF-8 and not plain ASCII is UTF-8 whatever a single-byte label says
(legacy bytes almost never form valid multi-byte sequences, while servers mislabel
UTF-8 pages as latin-1 all the time; a browser would show mojibake there). The labels
``iso-8859-1`` and ``us-ascii`` mean windows-1252 on the web (WHATWG Encoding).
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from schemas.errors import ContentError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The WHATWG aliases that differ from Python's codecs.
_WEB_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "iso-8859-9": "cp1254",
    "tis-620": "cp874", "x-sjis": "shift_jis", "gb2312": "gb18030", "gbk": "gb18030",
    "x-user-defined": "cp1252", "unicode": "utf-16-le", "utf8": "utf-8",
}  # fmt: skip
_META_RE = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{2,40})""", re.IGNORECASE
)
_HEADER_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.+-]{2,40})""", re.IGNORECASE)
_META_SCAN_BYTES = 4096
_MAX_REPLACEMENT_SHARE = 0.01
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def header_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    m = _HEADER_CHARSET_RE.search(content_type)
    return m.group(1) if m else None


def meta_charset(data: bytes) -> str | None:
    """The charset a document declares in ``<meta charset>`` or ``http-equiv`` near its start."""
    m = _META_RE.search(data, 0, _META_SCAN_BYTES)
    return m.group(1).decode("ascii") if m else None


def codec_for(label: str | None) -> str | None:
    """Python codec name for a web charset label, or None when it names no known codec."""
    if not label:
        return None
    low = label.strip().lower()
    name = _WEB_ALIASES.get(low, low)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # A page cannot really be in UTF-16 if it declares so in ASCII-compatible bytes.
    return "utf-8" if info.name.startswith("utf-16") else info.name


def _single_byte(codec: str | None) -> bool:
    if codec is None:
        return False
    return codec.startswith(("cp", "iso8859", "latin", "koi8", "mac", "windows")) or codec in (
        "ascii",
        "tis-620",
    )


def _strict(data: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    return len(_CONTROL_RE.findall(sample)) > max(8, len(sample) // 200)


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML body; return ``(text, codec)``.

    Raises :class:`ContentError` with reason ``undecodable`` when no charset yields text
    (binary data, or bytes invalid in every plausible charset).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")
            return _checked(text), codec
    declared = [codec_for(header_charset(content_type)), codec_for(meta_charset(data))]
    if not data.isascii() and any(_single_byte(c) for c in declared):
        as_utf8 = _strict(data, "utf-8")
        if as_utf8 is not None:
            return _checked(as_utf8), "utf-8"
    for candidate in [*declared, "utf-8"]:
        strict = _strict(data, candidate)
        if strict is not None:
            return _checked(strict), candidate or "utf-8"
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        guessed = codec_for(best.encoding) or best.encoding
        loose = data.decode(guessed, errors="replace")
        if loose.count("\ufffd") <= len(loose) * _MAX_REPLACEMENT_SHARE:
            return _checked(loose), guessed
    # A declared charset with a few bad bytes is still that charset (as browsers show it).
    for label in declared:
        if label is not None:
            loose = data.decode(label, errors="replace")
            if loose.count("\ufffd") <= len(loose) * _MAX_REPLACEMENT_SHARE:
                return _checked(loose), label
    raise ContentError("bytes are not text in any plausible charset", reason="undecodable")


def _checked(text: str) -> str:
    if _looks_binary(text):
        raise ContentError("decoded body is full of control characters", reason="undecodable")
    return text
