"""The loopback test server itself: it stops cleanly with connections in every state."""

from __future__ import annotations

import asyncio
import gc
import socket
import warnings

from tests.servers import LoopbackServer, Raw, Request, Response


async def _stall(_request: Request, _writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(30)  # still answering when the server stops


def test_stop_leaves_no_socket_task_or_loop_warning() -> None:
    clients: list[socket.socket] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with LoopbackServer() as server:
            server.route("/ok", lambda _r: Response(body=b"fine"))
            server.route("/stall", Raw(_stall))
            for path in ("/ok", "/stall", "/ok", "/stall"):  # served, and in flight
                conn = socket.create_connection((server.host, server.port))
                conn.sendall(f"GET {path} HTTP/1.1\r\nHost: t\r\n\r\n".encode())
                clients.append(conn)
            clients[0].recv(1024)
            for port in (server.port, server.garbage_port):  # in the backlog at the stop
                clients.append(socket.create_connection(("127.0.0.1", port)))
        for conn in clients:
            conn.close()
        gc.collect()
    assert [str(w.message) for w in caught] == []
