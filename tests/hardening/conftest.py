"""Fixtures the hardening tests share."""

from __future__ import annotations

import select
import socket
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="module")
def listener() -> Iterator[socket.socket]:
    """A port on 127.0.0.1 that hostile inputs and requests name; nothing may ever connect to it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        yield sock
        readable, _, _ = select.select([sock], [], [], 0.5)
        assert readable == [], "something connected to the listener"
