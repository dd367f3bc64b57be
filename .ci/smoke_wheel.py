"""Smoke test of an installed wheel, run by `.ci/run` with the python of a fresh virtual environment, in an
empty folder outside the checkout: what a stranger who ran `pip install council_lod_publisher-*.whl` gets.

It ingests one bundled record into a new store, serves that store on a free port, asks /sparql for a meeting,
dereferences the meeting's IRI (303 to its document, then 200 Turtle) and stops the server; then it serves an
empty store, which must publish the bundled records first. Every step says
what it did; a failure names the step, what came back and the end of the server's log, and exits 1.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import Message
from pathlib import Path

RECORD = "stockport_issue_94630_scrutiny_topics_two_meetings.txt"
RECORD_GRAPHS = ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g ?p ?o } "
                 "FILTER(CONTAINS(STR(?g), '/graph/') && !REGEX(STR(?g), '/graph/(reference/|vocabulary$)')) }")
MEETINGS = "SELECT ?m WHERE { ?m a <https://w3id.org/council-lod/def#Meeting> } ORDER BY ?m LIMIT 1"
SERVER_LOG = Path("serve.log")


class SmokeFailure(Exception):
    """One step of the smoke test went wrong; the message says which and what came back."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Keeps a 303 as the answer, so its status and Location can be checked."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def step(text: str) -> None:
    print(f"smoke: {text}", flush=True)


def publisher_command() -> Path:
    """The installed `publisher`, beside this python; the package must not be the checkout's."""
    import publisher

    location = Path(publisher.__file__).resolve()
    if Path(sys.prefix).resolve() not in location.parents:
        raise SmokeFailure(f"publisher is imported from {location}, not from the virtual environment {sys.prefix}")
    step(f"publisher {publisher.__version__} installed at {location.parent}")
    return Path(sys.executable).parent / "publisher"


def run(command: Path, *args: str) -> str:
    """Run the installed command; its standard output, or a failure with everything it printed."""
    done = subprocess.run([str(command), *args], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise SmokeFailure(f"`publisher {' '.join(args)}` exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, accept: str) -> tuple[int, Message, bytes]:
    """Status, headers (names in any case) and body of a GET, redirects not followed."""
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers, answer.read()


def wait_for(base: str, server: subprocess.Popen[bytes], seconds: float = 45) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SmokeFailure(f"`publisher serve` exited {server.returncode} before answering")
        try:
            if fetch(f"{base}/", "text/html")[0] == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SmokeFailure(f"`publisher serve` did not answer {base}/ within {seconds:.0f} s")


def check_served(base: str) -> None:
    query = urllib.parse.urlencode({"query": MEETINGS})
    status, _, body = fetch(f"{base}/sparql?{query}", "text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    if status != 200 or not rows:
        raise SmokeFailure(f"GET /sparql answered {status} with no meeting:\n{body[:500]!r}")
    meeting = rows[0]["m"]
    step(f"/sparql found {meeting}")
    status, headers, body = fetch(meeting, "text/turtle")
    location = headers.get("Location", "")
    if status != 303 or not location:
        raise SmokeFailure(f"GET {meeting} answered {status} (expected 303 with a Location): {body[:300]!r}")
    document = urllib.parse.urljoin(meeting, location)
    status, headers, body = fetch(document, "text/turtle")
    kind = headers.get("Content-Type", "")
    if status != 200 or not kind.startswith("text/turtle") or meeting.encode() not in body:
        raise SmokeFailure(f"GET {document} answered {status} {kind} (expected 200 Turtle about {meeting}): "
                           f"{body[:300]!r}")
    step(f"{meeting} -> 303 -> {document} -> 200 {kind}, {len(body)} bytes")
    for path in ("/static/yasgui/yasgui.min.js", "/static/yasgui/yasgui.min.css", "/static/query.js"):
        status, _, body = fetch(f"{base}{path}", "*/*")
        if status != 200 or not body:
            raise SmokeFailure(f"GET {path} answered {status}: the query editor's files are not in the wheel")
    step("the query editor's files (YASGUI, query.js) are served")


@contextmanager
def serving(command: Path, store: str, port: int) -> Iterator[str]:
    """`publisher serve` of ``store`` on ``port``, in the background until the block ends; its base URL."""
    base = f"http://127.0.0.1:{port}"
    with SERVER_LOG.open("ab") as log:
        server = subprocess.Popen([str(command), "serve", "--store", store, "--port", str(port),
                                   "--log-level", "warning"], stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(base, server)
        step(f"serving {store} at {base}")
        yield base
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        step(f"server of {store} stopped")


def check_bundled(base: str, records: int) -> None:
    """A server started on an empty store has published the records the package bundles."""
    query = urllib.parse.urlencode({"query": RECORD_GRAPHS})
    status, _, body = fetch(f"{base}/sparql?{query}", "text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    if status != 200 or not rows or int(rows[0]["n"]) < records:
        raise SmokeFailure(f"GET /sparql answered {status}, expected at least {records} record graphs: {body[:300]!r}")
    step(f"the empty store now serves {rows[0]['n']} record graphs (the bundled records)")


def smoke() -> None:
    command = publisher_command()
    from publisher.package_data import RECORDS_DIR

    port = free_port()  # the IRIs are minted for the port the store will be served on
    step(run(command, "ingest", str(RECORDS_DIR / RECORD), "--store", "one", "--base-uri",
             f"http://127.0.0.1:{port}").strip())
    with serving(command, "one", port) as base:
        check_served(base)
    bundled = [p for p in RECORDS_DIR.iterdir() if not p.name.endswith(".source.txt")]
    with serving(command, "empty", free_port()) as base:
        check_bundled(base, len(bundled))


def main() -> int:
    if Path("pyproject.toml").exists() or any(Path().iterdir()):
        print(f"smoke: run me in an empty folder outside the checkout, not {os.getcwd()}", file=sys.stderr)
        return 1
    started = time.monotonic()
    try:
        smoke()
    except SmokeFailure as failure:
        print(f"smoke: FAILED: {failure}", file=sys.stderr)
        if SERVER_LOG.exists():
            print("smoke: the end of the server's log:\n" + SERVER_LOG.read_text(errors="replace")[-3000:],
                  file=sys.stderr)
        return 1
    step(f"passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
