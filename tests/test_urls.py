"""URL normalisation and URL-list files."""

from __future__ import annotations

from pathlib import Path

import pytest

from fetch.urls import normalize_url, read_url_list
from schemas.errors import InputError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTPS://News.Example.ORG/Path/Story", "https://news.example.org/Path/Story"),
        ("http://example.org", "http://example.org/"),
        ("http://example.org:80/a", "http://example.org/a"),
        ("https://example.org:443/a", "https://example.org/a"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("https://example.org/a#comments", "https://example.org/a"),
        ("  https://example.org/a  ", "https://example.org/a"),
        ("https://example.org/a?utm_source=x&id=7&utm_medium=rss", "https://example.org/a?id=7"),
        ("https://example.org/a?fbclid=abc&gclid=def", "https://example.org/a"),
        ("https://example.org/a?b=2&a=1", "https://example.org/a?b=2&a=1"),
        ("https://example.org/a?q=", "https://example.org/a?q="),
        ("http://[2001:DB8::1]:8080/x", "http://[2001:db8::1]:8080/x"),
        ("https://example.org./a", "https://example.org/a"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


def test_normalize_is_idempotent() -> None:
    once = normalize_url("HTTP://Example.org:80/x?utm_campaign=y&p=1#f")
    assert normalize_url(once) == once


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "invalid-url"),
        ("example.org/story", "invalid-url"),
        ("http://", "invalid-url"),
        ("http://exa mple.org/", "invalid-url"),
        ("http://example.org:99999/", "invalid-url"),
        ("http://user:pw@example.org/", "invalid-url"),
        ("ftp://example.org/file", "unsupported-scheme"),
        ("file:///etc/passwd", "unsupported-scheme"),
        ("javascript:alert(1)", "unsupported-scheme"),
        ("mailto:desk@example.org", "unsupported-scheme"),
    ],
)
def test_bad_urls_raise_with_reason(raw: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        normalize_url(raw)
    assert caught.value.reason == reason


def test_read_url_list_skips_comments_and_blanks(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(
        "\ufeff# list of court stories\n\nhttps://a.example/1\n   \n  # indented comment\n"
        "https://a.example/2  \nnot a url\n",
        encoding="utf-8",
    )
    assert list(read_url_list(path)) == ["https://a.example/1", "https://a.example/2", "not a url"]


@pytest.mark.parametrize(("make", "reason"), [("missing", "missing-file"), ("dir", "not-a-file"),
                                              ("latin1", "unreadable-file")])
def test_read_url_list_errors(tmp_path: Path, make: str, reason: str) -> None:
    path = tmp_path / "urls.txt"
    if make == "dir":
        path.mkdir()
    elif make == "latin1":
        path.write_bytes("https://a.example/caf\xe9\n".encode("latin-1"))
    with pytest.raises(InputError) as caught:
        list(read_url_list(path))
    assert caught.value.reason == reason
