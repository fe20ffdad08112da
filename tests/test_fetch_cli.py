"""End to end through the real CLI (`verdicts run URLS`) against a loopback server:
re-runs, conditional refresh, and a run interrupted (kill -9, Ctrl-C) then completed."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.crash import ctrl_c_reaches
from tests.servers import LoopbackServer, Raw, Request, Response

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fraud case {n}</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Man jailed in
fraud case {n}</h1><p>The district court in Springfield on Tuesday sentenced John Carter{n} to
three years in prison for fraud, the prosecutor's office said.</p><p>Carter{n} was found
guilty of embezzling funds from his employer over five years. His lawyer said he would
appeal.</p><p>Version {version}.</p></article>
<footer>© Springfield Courier</footer></body></html>"""
FETCH_FLAGS = ("--allow-private", "--delay", "0", "--retries", "1", "--read-timeout", "2")


class Site:
    """Article pages whose versions can change, with ETag/Last-Modified and 304 answers."""

    def __init__(self, server: LoopbackServer, pause: float = 0.0) -> None:
        self.server = server
        self.pause = pause
        self.versions: dict[str, int] = {}
        server.route("/robots.txt", lambda r: Response(
            body=b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}))
        server.route("/news/*", Raw(self._article))

    def _answer(self, request: Request) -> bytes:
        n = request.path.rsplit("/", 1)[1]
        version = self.versions.get(n, 1)
        etag = f'"{n}-v{version}"'
        if request.headers.get("if-none-match") == etag:
            return f"HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\n\r\n".encode()
        body = ARTICLE.format(n=n, version=version).encode()
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"ETag: {etag}\r\nLast-Modified: Tue, 03 Mar 2026 10:00:00 GMT\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        return head.encode() + body

    async def _article(self, request: Request, writer: asyncio.StreamWriter) -> None:
        if self.pause:
            await asyncio.sleep(self.pause)
        writer.write(self._answer(request))
        await writer.drain()

    def news_hits(self) -> int:
        return sum(1 for r in self.server.requests if r.path.startswith("/news/"))


@pytest.fixture
def site() -> Iterator[Site]:
    with LoopbackServer() as server:
        yield Site(server)


def _verdicts(*args: str) -> list[str]:
    return [sys.executable, "-m", "verdicts", *args]


def run(db: Path, urls: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _verdicts("run", str(urls), "--db", str(db), "--quiet", *FETCH_FLAGS, *extra),
        capture_output=True, text=True, timeout=300, check=False,
    )


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute(sql))


def write_urls(path: Path, urls: list[str]) -> Path:
    path.write_text("# test list\n" + "\n".join(urls) + "\n", encoding="utf-8")
    return path


def test_rerun_skips_stored_and_refresh_is_conditional(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    good = [site.server.url(f"/news/{i}") for i in range(4)]
    listed = [*good, good[0] + "?utm_source=feed#comments", site.server.url("/private/x"),
              site.server.url("/nothing-here"), "gopher://old.example/1"]
    urls = write_urls(tmp_path / "urls.txt", listed)

    first = run(db, urls)
    assert first.returncode in (0, 1), first.stderr
    assert sorted(r[0] for r in rows(db, "SELECT url FROM articles")) == sorted(good)
    assert dict(rows(db, "SELECT input, reason FROM failures")) == {
        site.server.url("/private/x"): "robots",
        site.server.url("/nothing-here"): "http-404",
        "gopher://old.example/1": "unsupported-scheme",
    }
    assert site.news_hits() == len(good)  # the duplicate (utm, fragment) was fetched once
    assert site.server.hits("/private/x") == 0

    second = run(db, urls)
    assert second.returncode in (0, 1), second.stderr
    assert site.news_hits() == len(good)  # nothing stored is fetched again

    site.versions["2"] = 2  # one page changes upstream
    third = run(db, urls, "--refresh")
    assert third.returncode in (0, 1), third.stderr
    refreshed = [r for r in site.server.requests if r.path.startswith("/news/")][len(good):]
    assert len(refreshed) == len(good)
    assert all(r.headers.get("if-none-match") and r.headers.get("if-modified-since")
               for r in refreshed)
    texts: dict[str, str] = dict(rows(db, "SELECT url, text FROM articles"))
    assert len(texts) == len(good)  # no duplicates
    assert "Version 2." in str(texts[site.server.url("/news/2")])  # re-extracted
    assert "Version 1." in str(texts[site.server.url("/news/1")])  # kept on 304
    logged = rows(db, "SELECT http_status FROM fetch_log WHERE url LIKE '%/news/%' "
                      "AND run_id = (SELECT max(id) FROM runs)")
    assert sorted(s for (s,) in logged) == [200, 304, 304, 304]


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_interrupted_run_is_completed_by_the_next(tmp_path: Path, sig: signal.Signals) -> None:
    with LoopbackServer() as server:
        site = Site(server, pause=0.1)
        good = [server.url(f"/news/{i}") for i in range(40)]
        bad = [server.url(f"/gone/{i}") for i in range(5)]
        urls = write_urls(tmp_path / "urls.txt", good + bad)
        db = tmp_path / "v.db"
        cmd = _verdicts("run", str(urls), "--db", str(db), "--quiet", "--concurrency", "2",
                        "--per-host", "2", "--batch-size", "2", *FETCH_FLAGS)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                preexec_fn=ctrl_c_reaches)
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None:
                if db.exists() and _count(db, "articles") >= 4:
                    break
                time.sleep(0.05)
            assert proc.poll() is None, "the run finished before it could be interrupted"
            os.kill(proc.pid, sig)
            started = time.monotonic()
            proc.wait(30)
            if sig == signal.SIGINT:  # Ctrl-C stops promptly and says so
                assert proc.returncode == 130
                assert time.monotonic() - started < 10
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(30)
        stored_before = [u for (u,) in rows(db, "SELECT url FROM articles")]
        assert 0 < len(stored_before) < len(good)
        hits_at_kill = {u: server.hits(u.removeprefix(server.url(""))) for u in good}

        again = run(db, urls)
        assert again.returncode in (0, 1), again.stderr
        articles = [u for (u,) in rows(db, "SELECT url FROM articles")]
        failures = [u for (u,) in rows(db, "SELECT input FROM failures")]
        assert sorted(articles) == sorted(good)  # each exactly once
        assert sorted(failures) == sorted(bad)
        assert not set(articles) & set(failures)
        for url in stored_before:  # what the first run stored was not fetched again
            assert server.hits(url.removeprefix(server.url(""))) == hits_at_kill[url]
        assert site.news_hits() >= len(good)


def _count(db: Path, table: str) -> int:
    try:
        return int(rows(db, f"SELECT count(*) FROM {table}")[0][0])
    except sqlite3.Error:
        return 0


def test_feed_sitemap_and_warc_inputs(site: Site, tmp_path: Path) -> None:
    base = site.server.url("").rstrip("/")
    fixtures = Path(__file__).resolve().parent / "fixtures" / "fetch"
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><link>{base}/news/1?utm_medium=rss</link></item>"
        f"<item><link>{base}/news/2</link></item></channel></rss>"
    ).encode()
    sitemap = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{base}/news/2</loc><lastmod>2026-03-05</lastmod></url>"
        f"<url><loc>{base}/news/3</loc><lastmod>2026-03-06</lastmod></url>"
        f"<url><loc>{base}/news/4</loc><lastmod>2025-01-01</lastmod></url></urlset>"
    ).encode()
    xml = {"Content-Type": "application/xml"}
    site.server.route("/feed.xml", lambda r: Response(body=rss, headers=xml))
    site.server.route("/sitemap.xml", lambda r: Response(body=sitemap, headers=xml))
    site.server.route("/broken.xml", lambda r: Response(body=b"<rss><channel>", headers=xml))
    db = tmp_path / "v.db"
    result = subprocess.run(
        _verdicts("run", "--db", str(db), "--quiet", *FETCH_FLAGS,
                  "--feed", site.server.url("/feed.xml"), "--feed", site.server.url("/broken.xml"),
                  "--sitemap", site.server.url("/sitemap.xml"), "--since", "2026-03-01",
                  "--warc", str(fixtures / "pages.warc.gz")),
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    by_source: dict[str, list[str]] = {}
    for url, source in rows(db, "SELECT url, source FROM articles"):
        by_source.setdefault(source, []).append(url)
    assert sorted(by_source["http"]) == [f"{base}/news/{i}" for i in (1, 2, 3)]
    assert len(by_source["warc"]) == 3
    assert site.server.hits("/news/4") == 0  # older than --since
    assert dict(rows(db, "SELECT input, reason FROM failures")) == {
        site.server.url("/broken.xml"): "malformed-feed"
    }
