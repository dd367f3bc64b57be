"""Every request the publisher sends a remote store, logged with its cost: a logging proxy and its summary.

    python bench/sparql_log.py proxy --listen 18900 --upstream http://127.0.0.1:18890 --log q.jsonl
    publisher ingest DIR --store 'sparql+http://127.0.0.1:18900/…'      # the store's location, proxied
    python bench/sparql_log.py summary q.jsonl                          # one line per query shape

The proxy forwards each request as it came (one upstream connection per client connection, kept alive) and
writes one JSON line per request: method, path, the SPARQL text (query or update, from the form or the body),
status, bytes answered and the milliseconds until the answer was read. The summary groups requests by shape
(IRIs, literals and numbers written as placeholders), so that a query sent once per record shows as one line
with its count, its total and its slowest time. The proxy's own cost is in the times (one extra loopback hop):
it is for finding which queries cost, not for the bench's figures.
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import statistics
import sys
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "te", "upgrade"}
IRI = re.compile(r"<[^<>\s]*>")
LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"(?:\^\^\?|@[a-zA-Z-]+)?')
NUMBER = re.compile(r"\b\d+\b")
TRIPLE_LINE = re.compile(r"^\s*\?iri\s+\?iri\s+.*\s\.\s*$", re.MULTILINE)


def sparql_of(method: str, path: str, content_type: str, body: bytes) -> str:
    """The query or update text a SPARQL Protocol request carries (GET's query string, a form, or the body)."""
    if method == "GET":
        return dict(parse_qsl(urlsplit(path).query)).get("query", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        form = dict(parse_qsl(body.decode("utf-8", "replace")))
        return form.get("query") or form.get("update") or ""
    if content_type.startswith(("application/sparql-query", "application/sparql-update")):
        return body.decode("utf-8", "replace")
    return f"[{content_type or 'no type'} body, {len(body)} bytes]"


def shape(sparql: str) -> str:
    """The query with its terms as placeholders and its data lines folded: one shape per kind of request."""
    text = LITERAL.sub('"…"', IRI.sub("?iri", sparql))
    text = TRIPLE_LINE.sub("…", NUMBER.sub("N", text))
    text = re.sub(r"(…\s*)+", "… ", text)
    return re.sub(r"\s+", " ", text).strip()


class Proxy(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall
    upstream: tuple[str, int]
    out: Any = None
    lock = threading.Lock()

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
        started = time.perf_counter()
        connection = getattr(self, "_upstream", None) or http.client.HTTPConnection(*self.upstream, timeout=3600)
        self._upstream = connection
        connection.request(self.command, self.path, body=body or None, headers=headers)
        response = connection.getresponse()
        data = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        self.send_response_only(response.status, response.reason)
        for key, value in response.getheaders():
            if key.lower() not in HOP_HEADERS and key.lower() != "content-length":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        entry = {"at": time.time(), "ms": round(elapsed, 2), "method": self.command, "path": self.path.split("?")[0],
                 "status": response.status, "bytes": len(data), "body_bytes": len(body),
                 "sparql": sparql_of(self.command, self.path, self.headers.get("Content-Type", ""), body)}
        with self.lock:
            self.out.write(json.dumps(entry) + "\n")
            self.out.flush()

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        """Quiet: the JSON log is the record."""


def summary(log: Path, top: int) -> None:
    """One line per shape, costliest total first: count, total, p50 and max milliseconds, and the shape."""
    by_shape: dict[str, list[float]] = defaultdict(list)
    kinds: dict[str, str] = {}
    for line in log.read_text().splitlines():
        entry = json.loads(line)
        key = shape(entry["sparql"])[:400]
        by_shape[key].append(entry["ms"])
        kinds[key] = f"{entry['method']} {entry['path']}"
    total = sum(sum(times) for times in by_shape.values())
    print(f"{sum(map(len, by_shape.values()))} requests, {total / 1000:.1f} s in all")
    for key, times in sorted(by_shape.items(), key=lambda item: -sum(item[1]))[:top]:
        print(f"{len(times):6d} × {sum(times) / 1000:8.2f} s  p50 {statistics.median(times):8.2f} ms"
              f"  max {max(times):9.2f} ms  {kinds[key]}  {key}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    proxy = commands.add_parser("proxy")
    proxy.add_argument("--listen", type=int, required=True)
    proxy.add_argument("--upstream", required=True, help="http://HOST:PORT of the SPARQL server")
    proxy.add_argument("--log", type=Path, required=True)
    report = commands.add_parser("summary")
    report.add_argument("log", type=Path)
    report.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    if args.command == "summary":
        summary(args.log, args.top)
        return
    upstream = urlsplit(args.upstream)
    Proxy.upstream = (upstream.hostname or "127.0.0.1", upstream.port or 80)
    Proxy.out = args.log.open("a")
    server = ThreadingHTTPServer(("127.0.0.1", args.listen), Proxy)
    print(f"proxy on 127.0.0.1:{args.listen} → {args.upstream}, log {args.log}", file=sys.stderr, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
