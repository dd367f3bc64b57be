"""Whole answers kept and replayed until the data changes: the representations that depend on nothing else.

Linked Data clients and dashboards ask for the same things again and again: the same ``/id/`` and ``/doc/``
IRIs, the same SELECT. Between two data changes such an answer is a pure function of the request line and of
the request headers its response varies on, so the answer as it was sent (compressed already) is kept and
replayed without entering the app. A hit costs a dictionary lookup instead of a query (bench/README.md).

What is kept, and why it is safe:

- only GET requests to the data-derived interfaces (``CACHED_PATHS``), with no Range and no conditional
  header (the app answers those, 304 included, from the same validators); a request with
  ``Cache-Control: no-cache`` or ``no-store`` is answered by the app too (RFC 9111 §5.2.1);
- only whole, unstreamed answers of at most ``MAX_ANSWER`` bytes that are a ``200`` carrying an ETag (a
  representation the app derived from the data version) or a ``303 See Other`` (the Cool URI redirect);
- only when every header the answer varies on is part of the key (``KEYED_HEADERS``);
- everything is dropped when the data changes (before and after the site rebuilds its derived artefacts),
  and an answer computed across a change is not kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from publisher.web.prefix import route_path

CACHED_PATHS = ("/sparql", "/id/", "/doc/", "/graph/")
KEYED_HEADERS = (b"accept", b"accept-encoding", b"origin")
UNCACHED_REQUEST_HEADERS = (b"range", b"if-none-match", b"if-modified-since", b"if-match", b"if-unmodified-since",
                            b"authorization", b"cookie")
MAX_ANSWER = 256 * 1024  # bytes of body: larger answers (whole graphs, big results) are not kept
ENTRY_OVERHEAD = 512  # bytes counted per entry on top of its body and headers (the key, the objects)

Key = tuple[bytes, ...]


@dataclass(frozen=True)
class Answer:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(name) + len(value) for name, value in self.headers) + ENTRY_OVERHEAD


class AnswerCache:
    """An LRU of answers of at most ``capacity`` bytes in all (0: keep nothing), shared by the app's hooks."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.hits = 0
        self.size = 0
        self._answers: OrderedDict[Key, Answer] = OrderedDict()
        self._generation = 0  # bumped by every clear: an answer begun before it is not kept
        self._lock = threading.Lock()  # clear() runs on the thread that changes the data

    def __len__(self) -> int:
        return len(self._answers)

    def clear(self, *_: object) -> None:
        with self._lock:
            self._generation += 1
            self._answers.clear()
            self.size = 0

    def find(self, key: Key) -> tuple[Answer | None, int]:
        """The answer kept for ``key`` if any, and the generation a new answer for it would belong to."""
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
                self.hits += 1
            return answer, self._generation

    def keep(self, key: Key, answer: Answer, generation: int) -> None:
        if answer.size > self.capacity:
            return
        with self._lock:
            if generation != self._generation or key in self._answers:
                return
            self._answers[key] = answer
            self.size += answer.size
            while self.size > self.capacity:
                _, dropped = self._answers.popitem(last=False)
                self.size -= dropped.size


class ReplayAnswers:
    """ASGI middleware: answers a request from ``cache`` when it can, and offers the app's answers to it."""

    def __init__(self, app: ASGIApp, cache: AnswerCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = request_key(scope) if self.cache.capacity else None
        if key is None:
            await self.app(scope, receive, send)
            return
        answer, generation = self.cache.find(key)
        if answer is not None:
            await send({"type": "http.response.start", "status": answer.status, "headers": list(answer.headers)})
            await send({"type": "http.response.body", "body": answer.body})
            return
        await self.app(scope, receive, _Recorder(send, lambda kept: self.cache.keep(key, kept, generation)))


def request_key(scope: Scope) -> Key | None:
    """The request's key, or None when its answer must come from the app."""
    if scope["type"] != "http" or scope["method"] != "GET" or not route_path(scope).startswith(CACHED_PATHS):
        return None
    found = dict.fromkeys(KEYED_HEADERS, b"")
    for name, value in scope["headers"]:
        if name in UNCACHED_REQUEST_HEADERS or name == b"cache-control" and _asks_fresh(value.lower()):
            return None
        if name in found:
            found[name] = value
    return (scope["path"].encode(), scope["query_string"], *found.values())


class _Recorder:
    """Passes the app's answer on unchanged and hands a copy to ``keep`` if it may be replayed."""

    def __init__(self, send: Send, keep: Callable[[Answer], None]) -> None:
        self.send = send
        self.keep = keep
        self.start: Message | None = None
        self.body: list[bytes] | None = []
        self.size = 0

    async def __call__(self, message: Message) -> None:
        await self.send(message)
        if message["type"] == "http.response.start":
            self.start = message if _replayable(message) else None
            return
        if message["type"] != "http.response.body" or self.start is None or self.body is None:
            return
        self.body.append(message.get("body", b""))
        self.size += len(self.body[-1])
        if self.size > MAX_ANSWER:
            self.body = None
        elif not message.get("more_body", False):
            headers = tuple((bytes(name).lower(), bytes(value)) for name, value in self.start["headers"])
            self.keep(Answer(self.start["status"], headers, b"".join(self.body)))


def _asks_fresh(cache_control: bytes) -> bool:
    return b"no-cache" in cache_control or b"no-store" in cache_control


def _replayable(start: Message) -> bool:
    headers = {bytes(name).lower(): bytes(value) for name, value in start.get("headers", ())}
    status = start["status"]
    if status not in (200, 303) or (status == 200 and b"etag" not in headers):
        return False
    if b"set-cookie" in headers or b"no-store" in headers.get(b"cache-control", b""):
        return False
    varies = {v.strip().lower() for v in headers.get(b"vary", b"").split(b",") if v.strip()}
    return varies <= set(KEYED_HEADERS)
