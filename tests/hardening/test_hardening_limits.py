"""Request bodies (issue 7, item 4): one byte over the limit (default 1 MiB) is 413 before the body is read
whole, whether its length is declared or it comes chunked; the server's memory does not grow with the size of
what a client sends (50 MB chunked, measured from /proc while it is sent)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import LiveServer

LIMIT = 1 << 20  # the default of `publisher serve --max-body`
QUERY = b"ASK { ?s ?p ?o }"
DIRECT = "application/sparql-query"


def rss_kb(pid: int) -> int:
    """Resident memory of a process in KiB (/proc/PID/status, VmRSS)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.fixture()
def raw(live_server: LiveServer) -> Iterator[socket.socket]:
    """A bare TCP connection to the server, for what an HTTP library would not send (lying, or endless)."""
    port = int(live_server.base.rpartition(":")[2])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        yield sock


def read_response(sock: socket.socket, deadline: float) -> bytes:
    sock.settimeout(max(0.1, deadline - time.monotonic()))
    data = b""
    while b"\r\n\r\n" not in data or not _complete(data):
        try:
            chunk = sock.recv(65536)
        except (TimeoutError, ConnectionResetError):
            break
        if not chunk:
            break
        data += chunk
    return data


def _complete(data: bytes) -> bool:
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(
        b"content-length:")), None)
    return length is not None and len(body) >= length


def chunked_request(length: int | None = None) -> bytes:
    declared = f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked"
    return (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {DIRECT}\r\n{declared}\r\n\r\n").encode()


def chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def test_a_declared_body_one_byte_over_is_413_without_waiting_for_it(raw: socket.socket) -> None:
    started = time.monotonic()
    raw.sendall(chunked_request(LIMIT + 1) + QUERY)  # declares 1 MiB + 1 byte, sends 16 bytes of it
    answer = read_response(raw, started + 2)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert answer.endswith(b"\r\n\r\nRequest body too large: the limit is 1048576 bytes.\n")
    assert time.monotonic() - started < 1.0  # it did not wait for the rest


def test_a_chunked_body_at_the_limit_is_read_and_one_byte_over_is_413(live_server: LiveServer) -> None:
    at_limit = QUERY + b" " * (LIMIT - len(QUERY))

    def chunks(body: bytes) -> Iterator[bytes]:  # httpx sends an iterator chunked, with no Content-Length
        for start in range(0, len(body), 65536):
            yield body[start:start + 65536]

    with httpx.Client(base_url=live_server.base, timeout=30) as client:
        accepted = client.post("/sparql", content=chunks(at_limit), headers={"Content-Type": DIRECT})
        assert accepted.status_code == 200 and accepted.json()["boolean"] is True
        refused = client.post("/sparql", content=chunks(at_limit + b" "), headers={"Content-Type": DIRECT})
        assert refused.status_code == 413
        assert refused.text == "Request body too large: the limit is 1048576 bytes.\n"


def test_50_mb_chunked_is_refused_and_memory_does_not_grow(live_server: LiveServer, raw: socket.socket) -> None:
    pid = live_server.process.pid
    before = rss_kb(pid)
    piece = chunk(b" " * 65536)
    sent, peak = 0, before
    started = time.monotonic()
    raw.sendall(chunked_request() + chunk(QUERY))
    raw.settimeout(2)
    try:
        while sent < 50_000_000 and time.monotonic() - started < 20:
            raw.sendall(piece)
            sent += len(piece)
            if sent % (1 << 20) < len(piece):
                peak = max(peak, rss_kb(pid))
    except (BrokenPipeError, ConnectionResetError, TimeoutError):
        pass  # the server answered and hung up: what it should do
    answer = read_response(raw, time.monotonic() + 2)
    peak = max(peak, rss_kb(pid))
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert sent < 50_000_000  # the server stopped taking it long before the end
    assert peak - before < 10 * 1024, f"server memory grew {peak - before} KiB"
