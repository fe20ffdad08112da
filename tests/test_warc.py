"""WARC input: HTML responses become pages with no network; damage becomes a Failure."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from fetch.warc import check_framing, expand_warcs, iter_warc
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


def _response(writer: WARCWriter, url: str, status: str, ctype: str, body: bytes) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def test_skipped_responses_are_reported_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "mixed.warc.gz"
    html = b"<html><body><p>The council met on Monday to plan a new bridge.</p></body></html>"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)  # one gzip member a record, as in CC-NEWS
        _response(writer, "https://a.example/ok", "200 OK", "text/html", html)
        _response(writer, "https://a.example/gone", "404 Not Found", "text/html", html)
        _response(writer, "https://a.example/logo.png", "200 OK", "image/png", b"\x89PNG")
        _response(writer, "https://a.example/moved", "301 Moved", "text/html", b"")
    reasons: list[str] = []
    items = list(iter_warc(path, on_skip=reasons.append))
    assert [i.url for i in items if isinstance(i, Page)] == ["https://a.example/ok"]
    assert reasons == ["http-404", "not-html", "http-301"]


def test_several_files_and_globs_each_once_in_order(tmp_path: Path) -> None:
    for name in ("b-2.warc.gz", "b-1.warc.gz", "a.warc"):
        (tmp_path / name).write_bytes(b"")
    given = [str(tmp_path / "a.warc"), str(tmp_path / "b-*.warc.gz"), str(tmp_path / "a.warc")]
    assert expand_warcs([*given, str(tmp_path / "none-*.warc")]) == (
        tmp_path / "a.warc",
        tmp_path / "b-1.warc.gz",
        tmp_path / "b-2.warc.gz",
        tmp_path / "none-*.warc",  # matches nothing: kept, to be reported missing
    )
