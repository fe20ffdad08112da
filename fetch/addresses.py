"""Which network addresses a crawler may connect to (no private, loopback, link-local, …)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_ip(host: str) -> IPAddress | None:
    """The address of an IP-literal host (brackets allowed), else None."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def blocked_reason(address: str) -> str | None:
    """Why a connection to ``address`` is refused by default, or None when it is public."""
    ip = parse_ip(address.split("%", 1)[0])  # drop an IPv6 zone id
    if ip is None:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    checks = (
        ("loopback", ip.is_loopback),
        ("private", ip.is_private),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("unspecified", ip.is_unspecified),
        ("not globally routable", not ip.is_global),
    )
    for name, hit in checks:
        if hit:
            return name
    return None


async def resolve_and_check(hostname: str, timeout: float) -> tuple[str, str] | None:
    """None when every address of ``hostname`` is public; else ``(reason, message)`` with
    reason ``blocked-address`` or ``dns``. Resolves in the loop's thread pool."""
    if parse_ip(hostname) is not None:
        addresses = [hostname.strip("[]")]
    else:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                infos = await loop.getaddrinfo(hostname, None, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            return "dns", f"cannot resolve {hostname}: {exc}"
        except TimeoutError:
            return "dns", f"resolving {hostname} took over {timeout:g} s"
        addresses = sorted({str(info[4][0]) for info in infos})
    for address in addresses:
        why = blocked_reason(address)
        if why is not None:
            return "blocked-address", f"{hostname} resolves to {address} ({why})"
    return None
