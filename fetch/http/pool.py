"""Clients and connection pools: httpx clients in small shards, and the address guard.

Part of :mod:`fetch.http` (the only package that imports httpx).
"""

from __future__ import annotations

import http.cookiejar
import importlib.util
import ssl
import sys
import zlib
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from fetch.addresses import blocked_reason
from fetch.config import FetchConfig
from fetch.politeness import host_key

# httpcore's pool scans its connections (polling each idle socket) for every queued
# request whenever a request starts or a response closes, so the CPU a request costs
# grows with the pool: at concurrency 128 the client spent most of its time there.
# Requests are spread over pools ("shards") of at most this many concurrent connections;
# a host's requests stay in one shard while its concurrency allows, so keep-alive
# connections are still reused.
SHARD_SIZE = 4

# httpcore asks for ``sniffio`` on every lock it sets up; when it is not installed each
# failed import rescans sys.path (~15 a request, a third of the client's CPU). Recording
# the absence once makes the same ImportError immediate.
if importlib.util.find_spec("sniffio") is None:
    sys.modules.setdefault("sniffio", None)  # type: ignore[arg-type]


def _shard_count(config: FetchConfig) -> int:
    return max(1, -(-config.concurrency // SHARD_SIZE))


def _make_clients(config: FetchConfig) -> list[httpx.AsyncClient]:
    """Several small connection pools instead of one big one (see ``SHARD_SIZE``)."""
    timeout = httpx.Timeout(
        connect=config.connect_timeout,
        read=config.read_timeout,
        write=config.read_timeout,
        pool=config.total_timeout,
    )
    # Our semaphores bound concurrency, so a request never waits inside a pool.
    limits = httpx.Limits(
        max_connections=config.concurrency + 8,
        max_keepalive_connections=2 * SHARD_SIZE,
        keepalive_expiry=30.0,
    )
    tls = httpx.create_ssl_context()  # one context (certificate store) for all shards
    # No cookie persistence: a crawl over thousands of sites would grow an unbounded jar.
    policy = http.cookiejar.DefaultCookiePolicy(allowed_domains=[])
    return [
        httpx.AsyncClient(
            headers={"User-Agent": config.agent, "Accept-Language": "en;q=1.0, *;q=0.5"},
            timeout=timeout,
            limits=limits,
            follow_redirects=False,
            cookies=http.cookiejar.CookieJar(policy=policy),
            verify=tls,
            transport=None if config.allow_private else _guarded_transport(tls, limits),
        )
        for _ in range(_shard_count(config))
    ]


class _BlockedPeer(Exception):
    """Raised by :class:`_GuardedBackend` (outside httpx's exception mapping)."""


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Checks the address every TCP connection actually reached.

    The DNS check in :meth:`_Engine._admit` gives a clean early refusal; this one closes
    the gap after it (a name that resolves differently the second time, DNS rebinding).
    """

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        peer = stream.get_extra_info("server_addr")
        address = str(peer[0]) if peer else ""
        why = blocked_reason(address) if address else "unknown peer address"
        if why is not None:
            await stream.aclose()
            raise _BlockedPeer(f"{host} connected to {address or '?'} ({why})")
        return stream

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise _BlockedPeer("unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _guarded_transport(tls: ssl.SSLContext, limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    transport = httpx.AsyncHTTPTransport(verify=tls, limits=limits)
    # httpx (pinned <0.29) takes no network backend; its pool is rebuilt with ours.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=tls,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=_GuardedBackend(),
    )
    return transport


def pick_client(clients: list[httpx.AsyncClient], url: str, slot: int) -> httpx.AsyncClient:
    """The connection pool of this host slot: a host's first slots share one pool."""
    base = zlib.crc32(host_key(url).encode())
    return clients[(base + slot // SHARD_SIZE) % len(clients)]
