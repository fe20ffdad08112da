"""The HTTP fetcher against a real server on 127.0.0.1: one test per fault, and politeness.

Timeouts and backoffs are made small through FetchConfig so the file runs in seconds.
"""

from __future__ import annotations

import asyncio
import gzip
import itertools
import random
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import brotli
import pytest

from fetch.config import FetchConfig
from fetch.http import Fetched, FetchRequest, fetch_all, in_flight_window
from schemas import Failure, Page
from tests.servers import LoopbackServer, Raw, Request, Response, closed_port

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fetch"
ARTICLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Court</title></head><body>"
    "<p>The court sentenced the defendant to two years — “a fair result”, said counsel.</p>"
    "</body></html>"
).encode()
FAST = FetchConfig(
    allow_private=True,
    delay=0.0,
    connect_timeout=1.0,
    read_timeout=0.4,
    total_timeout=3.0,
    backoff_base=0.01,
    retry_after_cap=0.3,
    max_bytes=1_000_000,
)


def html(body: bytes = ARTICLE, headers: dict[str, str] | None = None) -> Response:
    base = {"Content-Type": "text/html; charset=utf-8"}
    return Response(body=body, headers={**base, **(headers or {})})


def _fixed(response: Response) -> Callable[[Request], Response]:
    return lambda request: response


async def _hang(request: Request, writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(30)


async def _truncated(request: Request, writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10000\r\n\r\n")
    writer.write(b"<html><body><p>only the start of the page")
    await writer.drain()
    writer.close()


async def _endless(request: Request, writer: asyncio.StreamWriter) -> None:
    """200 MB of HTML, chunked, no Content-Length: the client must stop at its cap."""
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"<p>" + b"x" * 65530 + b"</p>"
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    for _ in range(200 * 1024 * 1024 // len(chunk)):
        writer.write(frame)
        await writer.drain()


async def _trickle(request: Request, writer: asyncio.StreamWriter) -> None:
    """Headers at once, then a byte every 50 ms: no read ever times out, the total must."""
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
    for _ in range(2000):
        writer.write(b"<")
        await writer.drain()
        await asyncio.sleep(0.05)


def _flaky(failures: int) -> Callable[[Request], Response]:
    seen = {"n": 0}

    def handler(request: Request) -> Response:
        seen["n"] += 1
        return Response(500, b"oops") if seen["n"] <= failures else html()

    return handler


def _conditional(request: Request) -> Response:
    etag, modified = '"v1"', "Tue, 03 Mar 2026 10:00:00 GMT"
    if request.headers.get("if-none-match") == etag:
        return Response(304, headers={"ETag": etag})
    return html(headers={"ETag": etag, "Last-Modified": modified})


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(4000))
    with LoopbackServer() as srv:
        srv.route("/robots.txt", lambda r: Response(body=b"User-agent: *\nDisallow: /private/\n",
                                                    headers={"Content-Type": "text/plain"}))
        srv.route("/article", lambda r: html())
        srv.route("/private/secret", lambda r: html())
        srv.route("/moved", lambda r: Response(301, headers={"Location": "/article"}))
        srv.route("/loop/a", lambda r: Response(302, headers={"Location": "/loop/b"}))
        srv.route("/loop/b", lambda r: Response(302, headers={"Location": "/loop/a"}))
        srv.route("/chain/*", lambda r: Response(
            302, headers={"Location": f"/chain/{int(r.path.rsplit('/', 1)[1]) + 1}"}))
        srv.route("/to-ftp", lambda r: Response(302, headers={"Location": "ftp://127.0.0.1/x"}))
        srv.route("/missing", lambda r: Response(404, b"no"))
        srv.route("/gone", lambda r: Response(410, b"gone"))
        srv.route("/error", lambda r: Response(500, b"oops"))
        srv.route("/flaky", _flaky(1))
        srv.route("/busy", lambda r: Response(429, b"slow down", headers={"Retry-After": "3600"}))
        srv.route("/image.png", lambda r: Response(
            body=b"\x89PNG\r\n\x1a\n" + bytes(5000), headers={"Content-Type": "image/png"}))
        srv.route("/empty", lambda r: Response(body=b"", headers={"Content-Type": "text/html"}))
        srv.route("/declared-huge", lambda r: Response(
            body=b"<html></html>", headers={"Content-Type": "text/html"}))
        srv.route("/noise", lambda r: Response(body=noise, headers={"Content-Type": "text/html"}))
        cp1251 = (FIXTURES / "cp1251-meta.html").read_bytes()
        srv.route("/cp1251", lambda r: Response(body=cp1251, headers={"Content-Type": "text/html"}))
        for path, encoding, packed in (
            ("/gzip", "gzip", gzip.compress(ARTICLE)),
            ("/deflate", "deflate", zlib.compress(ARTICLE)),
            ("/brotli", "br", brotli.compress(ARTICLE)),
        ):
            srv.route(path, _fixed(html(packed, {"Content-Encoding": encoding})))
        srv.route("/no-type", lambda r: Response(body=ARTICLE, headers={}))
        srv.route("/conditional", _conditional)
        srv.route("/hang", Raw(_hang))
        srv.route("/truncated", Raw(_truncated))
        srv.route("/endless", Raw(_endless))
        srv.route("/trickle", Raw(_trickle))
        bomb = gzip.compress(b"<html>" + bytes(40_000_000), compresslevel=9)
        srv.route("/bomb", _fixed(html(bomb, {"Content-Encoding": "gzip"})))
        yield srv


def fetch_one(url: str, config: FetchConfig = FAST, **request: str) -> Fetched:
    results = list(fetch_all([FetchRequest(url=url, **request)], config))
    assert len(results) == 1
    return results[0]


def failure(fetched: Fetched) -> Failure:
    assert isinstance(fetched.outcome, Failure), fetched.outcome
    assert fetched.attempts, "every outcome has at least one attempt"
    assert fetched.attempts[-1].error == fetched.outcome.reason
    return fetched.outcome


def _input(fetched: Fetched) -> str:
    outcome = fetched.outcome
    return (outcome.url or "") if isinstance(outcome, Page) else outcome.input


def page(fetched: Fetched) -> Page:
    assert isinstance(fetched.outcome, Page), fetched.outcome
    assert fetched.attempts[-1].error is None
    return fetched.outcome


# --- success paths -----------------------------------------------------------------


def test_page_is_decoded_with_headers_and_timing(server: LoopbackServer) -> None:
    got = page(fetch_one(server.url("/article")))
    assert got.html == ARTICLE.decode("utf-8")
    assert got.http_status == 200 and got.source == "http"
    assert got.nbytes == len(ARTICLE) and got.encoding == "utf-8"
    assert got.final_url == server.url("/article")


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/brotli"])
def test_compressed_bodies_are_decompressed(server: LoopbackServer, path: str) -> None:
    assert page(fetch_one(server.url(path))).html == ARTICLE.decode("utf-8")


def test_redirect_is_followed_and_final_url_recorded(server: LoopbackServer) -> None:
    fetched = fetch_one(server.url("/moved"))
    got = page(fetched)
    assert got.url == server.url("/moved")
    assert got.final_url == server.url("/article")
    assert [a.http_status for a in fetched.attempts] == [301, 200]
    assert all(a.url == server.url("/moved") for a in fetched.attempts)


def test_legacy_charset_declared_only_in_meta(server: LoopbackServer) -> None:
    got = page(fetch_one(server.url("/cp1251")))
    expected = (FIXTURES / "cp1251-meta.html").read_bytes().decode("cp1251")
    assert got.html == expected
    assert got.encoding == "cp1251"
    assert "Приговор" in got.html


def test_missing_content_type_is_sniffed(server: LoopbackServer) -> None:
    assert page(fetch_one(server.url("/no-type"))).html.startswith("<!DOCTYPE html>")


def test_user_agent_carries_the_contact(server: LoopbackServer) -> None:
    config = FetchConfig(allow_private=True, delay=0, user_agent="verdicts-test/1.0",
                         contact="ops@example.org")
    page(fetch_one(server.url("/article?ua=1"), config))
    agents = [r.headers["user-agent"] for r in server.requests_to("/article")
              if r.query.get("ua") == ["1"]]
    assert agents == ["verdicts-test/1.0 contact: ops@example.org"]


def test_conditional_get_sends_validators_and_304_is_a_page(server: LoopbackServer) -> None:
    first = page(fetch_one(server.url("/conditional")))
    assert first.etag == '"v1"' and first.last_modified
    again = fetch_one(server.url("/conditional"), etag=first.etag,
                      last_modified=first.last_modified or "")
    got = page(again)
    assert got.http_status == 304 and got.html == ""
    last = server.requests_to("/conditional")[-1]
    assert last.headers["if-none-match"] == '"v1"'
    assert last.headers["if-modified-since"] == first.last_modified


# --- faults: each ends as a recorded reason ------------------------------------------


def test_invalid_url(server: LoopbackServer) -> None:
    assert failure(fetch_one("http:///no-host")).reason == "invalid-url"


def test_unsupported_scheme_and_redirect_to_one(server: LoopbackServer) -> None:
    assert failure(fetch_one("ftp://127.0.0.1/file")).reason == "unsupported-scheme"
    assert failure(fetch_one(server.url("/to-ftp"))).reason == "unsupported-scheme"


@pytest.mark.parametrize("allow_private", [True, False])
def test_dns_failure(allow_private: bool) -> None:
    config = FetchConfig(allow_private=allow_private, delay=0, retries=1)
    assert failure(fetch_one("http://no-such-host.invalid/x", config)).reason == "dns"


def test_connection_refused_is_retried() -> None:
    fetched = fetch_one(f"http://127.0.0.1:{closed_port()}/x")
    assert failure(fetched).reason == "connection-refused"
    assert len(fetched.attempts) == FAST.retries


def test_tls_error(server: LoopbackServer) -> None:
    assert failure(fetch_one(server.tls_garbage_url("/x"))).reason == "tls"


def test_server_that_never_answers_times_out(server: LoopbackServer) -> None:
    started = time.monotonic()
    fetched = fetch_one(server.url("/hang"))
    assert failure(fetched).reason == "timeout"
    assert len(fetched.attempts) == FAST.retries
    assert time.monotonic() - started < 10


def test_redirect_loop(server: LoopbackServer) -> None:
    assert failure(fetch_one(server.url("/loop/a"))).reason == "redirect-loop"


def test_too_many_redirects(server: LoopbackServer) -> None:
    fetched = fetch_one(server.url("/chain/0"))
    assert failure(fetched).reason == "too-many-redirects"
    assert sum(1 for a in fetched.attempts if a.http_status == 302) == FAST.max_redirects + 1


@pytest.mark.parametrize(("path", "reason"), [("/missing", "http-404"), ("/gone", "http-410")])
def test_client_errors_are_final(server: LoopbackServer, path: str, reason: str) -> None:
    fetched = fetch_one(server.url(path))
    assert failure(fetched).reason == reason
    assert len(fetched.attempts) == 1
    assert fetched.outcome.http_status == int(reason[-3:])


def test_server_error_after_retries(server: LoopbackServer) -> None:
    before = server.hits("/error")
    fetched = fetch_one(server.url("/error"))
    assert failure(fetched).reason == "http-500"
    assert server.hits("/error") - before == FAST.retries
    assert [a.http_status for a in fetched.attempts] == [500] * FAST.retries


def test_transient_server_error_recovers(server: LoopbackServer) -> None:
    fetched = fetch_one(server.url("/flaky"))
    page(fetched)
    assert [a.http_status for a in fetched.attempts] == [500, 200]


def test_429_retry_after_is_honoured_but_capped(server: LoopbackServer) -> None:
    started = time.monotonic()
    fetched = fetch_one(server.url("/busy"))
    assert failure(fetched).reason == "http-429"
    assert len(fetched.attempts) == FAST.retries
    hits = server.requests_to("/busy")[-FAST.retries :]
    gaps = [b.received_at - a.received_at for a, b in itertools.pairwise(hits)]
    # Retry-After says an hour; the cap (0.3 s) applies, and it is waited, not skipped.
    assert all(gap >= FAST.retry_after_cap * 0.9 for gap in gaps), gaps
    assert time.monotonic() - started < 5


def test_non_html_is_refused_without_downloading(server: LoopbackServer) -> None:
    fetched = fetch_one(server.url("/image.png"))
    assert failure(fetched).reason == "not-html"
    assert fetched.attempts[-1].http_status == 200
    assert fetched.attempts[-1].nbytes < 5000


def test_empty_body(server: LoopbackServer) -> None:
    assert failure(fetch_one(server.url("/empty"))).reason == "empty-response"


def test_body_over_the_cap_is_aborted(server: LoopbackServer) -> None:
    started = time.monotonic()
    fetched = fetch_one(server.url("/endless"))
    assert failure(fetched).reason == "too-large"
    assert fetched.attempts[-1].nbytes <= FAST.max_bytes + 200_000
    assert time.monotonic() - started < 10


def test_gzip_bomb_is_stopped_at_the_cap(server: LoopbackServer) -> None:
    fetched = fetch_one(server.url("/bomb"))
    assert failure(fetched).reason == "too-large"
    # fewer bytes than the cap came over the wire: the decoded size is what stopped it
    assert fetched.attempts[-1].nbytes < FAST.max_bytes


def test_trickling_server_hits_the_total_timeout(server: LoopbackServer) -> None:
    config = FetchConfig(allow_private=True, delay=0, read_timeout=0.5, total_timeout=1.0,
                         retries=1)
    started = time.monotonic()
    assert failure(fetch_one(server.url("/trickle"), config)).reason == "timeout"
    assert time.monotonic() - started < 5


def test_truncated_response(server: LoopbackServer) -> None:
    fetched = fetch_one(server.url("/truncated"))
    assert failure(fetched).reason == "truncated"


def test_undecodable_bytes(server: LoopbackServer) -> None:
    assert failure(fetch_one(server.url("/noise"))).reason == "undecodable"


def test_robots_disallowed_is_never_requested(server: LoopbackServer) -> None:
    fetched = fetch_one(server.url("/private/secret"))
    assert failure(fetched).reason == "robots"
    assert server.hits("/private/secret") == 0
    assert fetched.attempts[0].http_status is None


def test_private_addresses_are_blocked_by_default(server: LoopbackServer) -> None:
    before = len(server.requests)
    config = FetchConfig(delay=0)
    for host in ("127.0.0.1", "localhost", "[::1]"):
        url = server.url("/article").replace("127.0.0.1", host)
        assert failure(fetch_one(url, config)).reason == "blocked-address"
    assert len(server.requests) == before  # not even robots.txt was asked for


# --- politeness and streaming ---------------------------------------------------------


class _Gauge:
    """Requests in progress now and at most, per server and over all servers (thread-safe)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now: dict[str, int] = {}
        self.max: dict[str, int] = {}

    def _add(self, key: str, step: int) -> None:
        with self.lock:
            self.now[key] = self.now.get(key, 0) + step
            self.max[key] = max(self.max.get(key, 0), self.now[key])

    def handler(self, name: str, pause: float) -> Raw:
        async def write(request: Request, writer: asyncio.StreamWriter) -> None:
            self._add(name, 1)
            self._add("all", 1)
            await asyncio.sleep(pause)
            self._add(name, -1)
            self._add("all", -1)
            await _write_article(writer)

        return Raw(write)


async def _write_article(writer: asyncio.StreamWriter) -> None:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(ARTICLE)}\r\n\r\n"
    writer.write(head.encode() + ARTICLE)
    await writer.drain()


def test_per_host_and_global_limits() -> None:
    gauge = _Gauge()
    with LoopbackServer() as one, LoopbackServer() as two:
        one.route("/slow/*", gauge.handler("one", 0.15))
        two.route("/slow/*", gauge.handler("two", 0.15))
        config = FetchConfig(allow_private=True, delay=0, concurrency=3, per_host=2)
        # Two host names: the per-host limit is per name, whatever the port.
        urls = [u for i in range(6) for u in (
            one.url(f"/slow/{i}"), two.url(f"/slow/{i}").replace("127.0.0.1", "localhost"))]
        results = list(fetch_all((FetchRequest(url=u) for u in urls), config))
    assert sorted(_input(r) for r in results) == sorted(urls)
    assert all(isinstance(r.outcome, Page) for r in results)
    assert gauge.max["one"] == 2 and gauge.max["two"] == 2  # per-host limit, and reached
    assert gauge.max["all"] == 3  # the global limit, and reached


def test_per_host_delay_and_robots_crawl_delay() -> None:
    with LoopbackServer() as srv:
        srv.route("/robots.txt", lambda r: Response(
            body=b"User-agent: *\nCrawl-delay: 0.4\n", headers={"Content-Type": "text/plain"}))
        srv.route("/p/*", lambda r: html())
        config = FetchConfig(allow_private=True, delay=0.1, per_host=4)
        results = list(fetch_all([FetchRequest(url=srv.url(f"/p/{i}")) for i in range(3)], config))
        assert all(isinstance(r.outcome, Page) for r in results)
        times = sorted(r.received_at for r in srv.requests if r.path.startswith("/p/"))
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert all(gap >= 0.35 for gap in gaps), gaps
        assert srv.hits("/robots.txt") == 1


def test_requests_are_pulled_lazily(server: LoopbackServer) -> None:
    pulled = {"n": 0}

    def source() -> Iterator[FetchRequest]:
        for i in range(5000):
            pulled["n"] += 1
            yield FetchRequest(url=server.url(f"/article?lazy={i}"))

    config = FetchConfig(allow_private=True, delay=0, concurrency=4, per_host=4)
    stream = fetch_all(source(), config)
    first = next(stream)
    assert isinstance(first.outcome, Page)
    assert pulled["n"] <= in_flight_window(config) + 1  # the window, not the whole input
    assert in_flight_window(config) < 2000
    stream.close()


def test_many_urls_each_end_exactly_once(server: LoopbackServer) -> None:
    urls = [server.url(f"/article?n={i}") for i in range(150)]
    urls += [server.url(f"/missing?n={i}") for i in range(50)]
    config = FetchConfig(allow_private=True, delay=0, concurrency=16, per_host=16)
    results = list(fetch_all((FetchRequest(url=u) for u in urls), config))
    seen = sorted(_input(r) for r in results)
    assert seen == sorted(urls)
