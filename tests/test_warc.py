"""WARC input: HTML responses become pages with no network; damage becomes a Failure."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from fetch.warc import check_framing, iter_warc
from schemas import Failure, Page

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fetch"


def test_html_responses_become_pages() -> None:
    items = list(iter_warc(FIXTURES / "pages.warc.gz"))
    assert all(isinstance(i, Page) for i in items)
    pages = [i for i in items if isinstance(i, Page)]
    # the image, the redirect and the warcinfo record are not articles
    assert [p.url for p in pages] == [
        "https://news.example.org/2026/harbor-court",  # normalised: host case, utm, fragment
        "https://news.example.org/2026/appeal-fails",
        "https://ru.example.org/prigovor",
    ]
    assert all(p.source == "warc" and p.http_status == 200 for p in pages)
    assert "three years in prison" in pages[0].html and pages[0].etag == '"h1"'
    assert "“systematic”" in pages[1].html  # gzip content-encoding undone
    assert pages[2].encoding == "cp1251" and "Приговор" in pages[2].html
    assert pages[0].fetched_at.tzinfo is not None


def test_uncompressed_warc_reads_the_same(tmp_path: Path) -> None:
    plain = tmp_path / "pages.warc"
    plain.write_bytes(gzip.decompress((FIXTURES / "pages.warc.gz").read_bytes()))
    urls = [i.url for i in iter_warc(plain) if isinstance(i, Page)]
    assert len(urls) == 3
    assert check_framing(plain) is None


def test_truncated_warc_keeps_pages_read_before_the_damage() -> None:
    items = list(iter_warc(FIXTURES / "truncated.warc.gz"))
    assert isinstance(items[-1], Failure) and items[-1].reason == "malformed-warc"
    assert [type(i) for i in items[:-1]] == [Page, Page]


@pytest.mark.parametrize("fraction", [0.1, 0.3, 0.5, 0.9, 0.99])
def test_every_cut_is_reported(tmp_path: Path, fraction: float) -> None:
    data = (FIXTURES / "pages.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * fraction)])
    items = list(iter_warc(cut))
    assert isinstance(items[-1], Failure) and items[-1].reason == "malformed-warc"


def test_not_a_warc() -> None:
    items = list(iter_warc(FIXTURES / "not-a.warc"))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].reason == "malformed-warc"


def test_missing_file(tmp_path: Path) -> None:
    items = list(iter_warc(tmp_path / "nothing.warc.gz"))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].reason == "missing-file"
