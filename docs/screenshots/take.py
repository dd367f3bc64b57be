"""Takes the README's screenshots (docs/screenshots/*.png) the way a person sees the site: the bundled records
ingested into a fresh store, ``publisher serve`` on a free port, headless Chromium at desktop width.

Run from the checkout, after any change to the pages::

    python docs/screenshots/take.py            # needs Debian's chromium and PyPI's playwright

Each shot is one screen of a page (not the whole scroll), so the pictures stay readable in the README.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SCREEN = {"width": 1280, "height": 900}
QUERY = """PREFIX cl: <https://w3id.org/council-lod/def#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# Decisions, newest first, with the meeting and committee that made them
SELECT ?date ?committee ?meeting ?text WHERE {
  ?decision a cl:Decision ; prov:value ?text ; cl:madeAt/cl:meeting ?meeting .
  ?meeting schema:startDate ?date ; besluit:isGehoudenDoor/skos:prefLabel ?committee .
}
ORDER BY DESC(STR(?date))
LIMIT 20
"""
# (file name, path on the site): a meeting, a person, the query editor with the query run
SHOTS = (
    ("meeting.png", "/doc/south-cambridgeshire/meeting/2017-01-26-council.html"),
    ("person.png", "/doc/slough/person/stokes.html"),
    ("query-editor.png", f"/query?query={quote(QUERY)}"),
)
# what starts a query in the editor, whichever editor the page has (ours, or YASGUI's button)
RUN_CONTROLS = ("button#run", ".yasqe_queryButton", "button:has-text('Run query')")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def publisher(*args: str) -> list[str]:
    return [sys.executable, "-m", "publisher.cli", *args]


def serve(store: Path) -> tuple[subprocess.Popen, str]:
    """``publisher serve`` of ``store`` on a free port, once it answers."""
    port = free_port()
    process = subprocess.Popen(publisher("serve", "--store", str(store), "--port", str(port), "--log-level",
                                         "warning"), cwd=CHECKOUT, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/", timeout=1).close()
            return process, base
        except urllib.error.HTTPError:
            return process, base
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("publisher serve did not start")


def run_query(page) -> None:
    """Press the editor's run control and wait for the results (or give up after a while: shoot what is there)."""
    for control in RUN_CONTROLS:
        button = page.locator(control).first
        if button.count() and button.is_visible():
            button.click()
            break
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1000)


def take(base: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport=SCREEN, device_scale_factor=1)
        for name, path in SHOTS:
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            if path.startswith("/query"):
                run_query(page)
            page.screenshot(path=str(HERE / name))
            print(f"{HERE / name}  ({base + path})")
        browser.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        store = Path(work) / "store"
        subprocess.run(publisher("ingest", str(CHECKOUT / "data"), "--store", str(store)), cwd=CHECKOUT,
                       check=True, stdout=subprocess.DEVNULL)
        process, base = serve(store)
        try:
            take(base)
        finally:
            process.terminate()
            process.wait(timeout=20)


if __name__ == "__main__":
    main()
