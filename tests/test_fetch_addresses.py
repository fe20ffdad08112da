"""Which addresses are refused by default, and the check of the address actually reached."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from fetch.addresses import blocked_reason
from fetch.http import _BlockedPeer, _guarded_transport
from tests.servers import LoopbackServer, Response


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.5", "192.168.1.1",
        "169.254.169.254",  # cloud metadata endpoint (link-local)
        "100.64.0.1",  # carrier-grade NAT: not globally routable
        "0.0.0.0", "224.0.0.251", "240.0.0.1", "255.255.255.255",
        "::1", "fe80::1", "fc00::1", "ff02::1", "::", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
        "fe80::1%eth0",
    ],
)  # fmt: skip
def test_private_and_reserved_addresses_are_blocked(address: str) -> None:
    assert blocked_reason(address) is not None


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert blocked_reason(address) is None


def test_connection_to_a_private_peer_is_refused_after_connecting() -> None:
    """The guard checks the address the socket reached, whatever DNS said before."""
    with LoopbackServer() as server:
        server.route("/a", lambda r: Response(body=b"<html></html>"))

        async def fetch() -> None:
            transport = _guarded_transport(httpx.create_ssl_context(), httpx.Limits())
            async with httpx.AsyncClient(transport=transport) as client:
                await client.get(server.url("/a"))

        with pytest.raises(_BlockedPeer, match=r"127\.0\.0\.1"):
            asyncio.run(fetch())
        assert server.hits("/a") == 0  # refused before a byte of HTTP was sent
