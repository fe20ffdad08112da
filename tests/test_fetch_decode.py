"""Bytes → text: header charset, then <meta>, then detection; no mojibake."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from fetch.decode import codec_for, decode_html, meta_charset
from schemas.errors import ContentError

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fetch"
TEXT = "<html><head><title>Überprüfung</title></head><body><p>Café — “quoted” naïve façade</p>"


def test_header_charset_wins_when_it_decodes() -> None:
    text, codec = decode_html(TEXT.encode("cp1252"), "text/html; charset=windows-1252")
    assert text == TEXT and codec == "cp1252"


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "windows-1251", "koi8-r"])
def test_utf8_mislabelled_as_a_single_byte_charset_is_not_mojibake(label: str) -> None:
    text, codec = decode_html(TEXT.encode("utf-8"), f"text/html; charset={label}")
    assert text == TEXT and codec == "utf-8"


def test_wrong_header_falls_through_to_meta() -> None:
    data = (FIXTURES / "cp1251-meta.html").read_bytes()
    text, codec = decode_html(data, "text/html; charset=utf-8")
    assert codec == "cp1251" and text == data.decode("cp1251")


def test_meta_http_equiv_and_meta_charset_are_found() -> None:
    assert meta_charset((FIXTURES / "cp1251-meta.html").read_bytes()) == "windows-1251"
    assert meta_charset(b'<html><head><meta charset="ISO-8859-2">') == "ISO-8859-2"
    assert meta_charset(b"<html><head><title>none</title>") is None


def test_latin1_label_means_windows_1252() -> None:
    assert codec_for("ISO-8859-1") == "cp1252"
    text, _ = decode_html("“quoted”".encode("cp1252"), "text/html; charset=iso-8859-1")
    assert text == "“quoted”"


def test_undeclared_legacy_text_is_detected() -> None:
    body = ("<html><body>" + "<p>Суд приговорил обвиняемого к трём годам лишения свободы.</p>" * 20
            + "</body></html>")
    text, _ = decode_html(body.encode("cp1251"), "text/html")
    assert text == body


def test_utf8_without_any_declaration() -> None:
    assert decode_html(TEXT.encode("utf-8"), None) == (TEXT, "utf-8")


def test_bom_wins() -> None:
    text, codec = decode_html(b"\xef\xbb\xbf" + TEXT.encode(), "text/html; charset=cp1252")
    assert text == TEXT and codec == "utf-8"


def test_unknown_declared_charset_is_ignored() -> None:
    text, _ = decode_html(TEXT.encode(), "text/html; charset=x-no-such-thing")
    assert text == TEXT


def test_binary_noise_is_undecodable() -> None:
    rng = random.Random(11)
    noise = bytes(rng.randrange(256) for _ in range(5000))
    with pytest.raises(ContentError) as caught:
        decode_html(noise, "text/html")
    assert caught.value.reason == "undecodable"
