"""A real HTTP/1.1 server on 127.0.0.1 for tests: routes you define, and misbehaving ones.

Usage::

    from tests.servers import LoopbackServer, Response

    with LoopbackServer() as server:
        server.route("/a", lambda req: Response(body=b"<html>…</html>"))
        url = server.url("/a")          # http://127.0.0.1:<port>/a
        ...
        server.hits("/a")               # how many requests reached /a
        server.requests                 # every Request seen (method, path, headers)

A handler gets a :class:`Request` and returns a :class:`Response` (keep-alive), or is
wrapped in :class:`Raw` to write bytes itself (truncated bodies, endless streams,
silence); the connection is closed after a Raw handler returns, without warning the
client, as servers do with idle keep-alive connections. Handlers run in the server's
event loop: a plain handler must not block; a Raw one may ``await asyncio.sleep``. Routes
match the path exactly, or by prefix when registered with a trailing ``*``.
``server.tls_garbage_url(path)`` is an ``https://`` URL on a port that answers a TLS
handshake with plain text (a TLS error); :func:`closed_port` gives a port nobody listens on.
The server runs an asyncio loop in a daemon thread and binds port 0 (any free port).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Union
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    received_at: float = 0.0  # time.monotonic() when the request head was read


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    reason: str = ""


@dataclass(frozen=True)
class Raw:
    """A handler that writes the whole answer itself (or nothing at all)."""

    write: Callable[[Request, asyncio.StreamWriter], Awaitable[None]]


Handler = Union[Callable[[Request], Response], Raw]  # noqa: UP007 (kept readable for users)

_REASONS = {
    200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found",
    410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable",
}  # fmt: skip


def closed_port() -> int:
    """A loopback port with no listener (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LoopbackServer:
    """An HTTP/1.1 server with keep-alive on 127.0.0.1, in a background thread."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host  # any 127.x.y.z: several servers are then several hosts to a crawler
        self._routes: dict[str, Handler] = {}
        self._prefixes: list[tuple[str, Handler]] = []
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="loopback-server", daemon=True)
        self._conns: set[asyncio.Task[None]] = set()
        self.port = 0
        self.garbage_port = 0

    # lifecycle

    def __enter__(self) -> LoopbackServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("loopback server did not start")

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop_event.set)
            self._thread.join(10)

    def _run(self) -> None:
        # asyncio's Runner ends as asyncio.run does: tasks still pending are cancelled and run
        # to their end, then async generators and the executor are shut, then the loop closes;
        # a task left pending would close its writer only when collected, with the loop closed.
        with asyncio.Runner(loop_factory=lambda: self._loop) as runner:
            runner.run(self._serve())

    async def _serve(self) -> None:
        self._stop_event = asyncio.Event()
        server = await asyncio.start_server(self._connection, self.host, 0)
        garbage = await asyncio.start_server(self._garbage, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self.garbage_port = garbage.sockets[0].getsockname()[1]
        self._ready.set()
        await self._stop_event.wait()
        await _turns(3)  # connections waiting in the backlog: accepted before the close
        server.close()
        garbage.close()
        await _turns(3)  # and their tasks started, so that they are cancelled and closed
        for task in list(self._conns):
            task.cancel()
        await asyncio.gather(*self._conns, return_exceptions=True)

    # routes

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def tls_garbage_url(self, path: str = "/") -> str:
        return f"https://127.0.0.1:{self.garbage_port}{path}"

    def route(self, path: str, handler: Handler) -> None:
        """Serve ``path`` (exact, or every path starting with it when it ends with ``*``)."""
        if path.endswith("*"):
            self._prefixes.append((path[:-1], handler))
        else:
            self._routes[path] = handler

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def _handler(self, path: str) -> Handler | None:
        if path in self._routes:
            return self._routes[path]
        for prefix, handler in self._prefixes:
            if path.startswith(prefix):
                return handler
        return None

    # protocol

    def _track(self) -> asyncio.Task[None]:
        """Note the running connection task, for :meth:`_serve` to cancel at the stop."""
        task = asyncio.current_task()
        assert task is not None
        self._conns.add(task)
        return task

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = self._track()
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                with self._lock:
                    self.requests.append(request)
                handler = self._handler(request.path)
                if isinstance(handler, Raw):
                    await handler.write(request, writer)
                    break
                response = handler(request) if handler else Response(404, b"not found")
                await _write_response(writer, response)
                if request.headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self._conns.discard(task)
            await _close(writer)

    async def _garbage(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = self._track()
        try:
            await reader.read(1024)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nno")
            await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._conns.discard(task)
            await _close(writer)


async def _turns(n: int) -> None:
    """Let the loop run ``n`` times round (accepting, starting tasks) before going on."""
    for _ in range(n):
        await asyncio.sleep(0)


async def _close(writer: asyncio.StreamWriter) -> None:
    """Close the connection and wait until its socket is closed: a transport whose close is
    still a pending callback when the loop ends is left to the collector (a ResourceWarning)."""
    writer.close()
    with contextlib.suppress(ConnectionError, asyncio.CancelledError):
        await writer.wait_closed()


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    parts = urlsplit(target)
    return Request(
        method=method,
        path=parts.path,
        query=parse_qs(parts.query),
        headers=headers,
        received_at=time.monotonic(),
    )


async def _write_response(writer: asyncio.StreamWriter, response: Response) -> None:
    reason = response.reason or _REASONS.get(response.status, "Status")
    head = [f"HTTP/1.1 {response.status} {reason}"]
    headers = dict(response.headers)
    if response.status != 304 and not any(k.lower() == "content-length" for k in headers):
        headers["Content-Length"] = str(len(response.body))
    head += [f"{k}: {v}" for k, v in headers.items()]
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
    if response.status != 304:
        writer.write(response.body)
    await writer.drain()
