"""The command line as people meet it: --help names every command, --version, counts agree with their nouns,
Turtle exports use prefixes, and a reader that closes the pipe early gets no error."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import publisher
from publisher import cli
from publisher.cli import build_parser, main
from publisher.messages import plural
from publisher.package_data import RECORDS_DIR
from tests.web.test_sparql_protocol import ONE_LINE_REFUSALS

RECORD = RECORDS_DIR / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"
PUBLISHER = Path(sys.executable).parent / "publisher"  # the console script of this environment


def subcommands() -> dict[str, str]:
    """Every subcommand the parser registers, with its one-line summary: a new command is checked too."""
    [action] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return {choice.dest: choice.help for choice in action._choices_actions}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding one bundled record (and the reference data every store gets)."""
    folder = tmp_path_factory.mktemp("cli") / "store"
    assert main(["ingest", str(RECORD), "--store", str(folder)]) == 0
    return folder


def test_help_lists_every_command_with_a_plain_summary(capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Each command on one line of an 80-column terminal, its summary beside it (a longer one would wrap)."""
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    commands = subcommands()
    assert len(commands) >= 12
    for name, summary in commands.items():
        assert summary and "\n" not in summary, name
        assert re.search(rf"^ +{name} +{re.escape(summary)}$", text, re.MULTILINE), f"{name} missing:\n{text}"
    assert "``" not in text and "--version" in text


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"publisher {publisher.__version__}"
    assert publisher.__version__ == version("council-lod-publisher")


def test_plural_agrees_with_the_count() -> None:
    assert [plural(n, "record") for n in (0, 1, 2)] == ["0 records", "1 record", "2 records"]
    assert plural(1, "query", "queries") == "1 query" and plural(3, "query", "queries") == "3 queries"


def test_ingest_summary_says_one_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(RECORD), "--store", str(tmp_path / "store")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^1 record landed \(\d+ triples\), 0 unchanged, 0 refused, 0 warnings$", out, re.MULTILINE), out


def test_turtle_export_uses_prefixes_and_holds_the_same_triples(store: Path, tmp_path: Path) -> None:
    turtle, ntriples = tmp_path / "all.ttl", tmp_path / "all.nt"
    assert main(["export", "--format", "ttl", "--store", str(store), "-o", str(turtle)]) == 0
    assert main(["export", "--format", "nt", "--store", str(store), "-o", str(ntriples)]) == 0
    head = turtle.read_text(encoding="utf-8").splitlines()[:5]
    assert all(line.startswith("@prefix ") for line in head), head
    assert "cl:" in turtle.read_text(encoding="utf-8")
    assert isomorphic(Graph().parse(turtle, format="turtle"), Graph().parse(ntriples, format="nt"))


def test_a_closed_pipe_ends_quietly(store: Path) -> None:
    """``publisher export | head -1``: the export is far bigger than a pipe's buffer, so it meets the closed
    pipe mid-write; no traceback, no 'Broken pipe', exit 0 (pipefail would report anything else)."""
    done = subprocess.run(["bash", "-c", f"set -o pipefail; '{PUBLISHER}' export --format nt --store '{store}' "
                                         "| head -1"], capture_output=True, text=True, timeout=120)
    assert done.stderr == "" and done.returncode == 0, (done.returncode, done.stderr)
    assert done.stdout.startswith("<")


def test_mappings_outside_a_checkout_go_to_standard_output(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "checkout", lambda: None)  # as in an installed wheel: no repository file to refresh
    assert main(["mappings"]) == 0
    assert capsys.readouterr().out.startswith("# mapping_set_id: ")


@pytest.mark.parametrize(("query", "message"), ONE_LINE_REFUSALS)
def test_query_refusals_are_the_endpoints_words(store: Path, capsys: pytest.CaptureFixture[str], query: str,
                                                message: str) -> None:
    """``publisher query`` refuses a query in the same one line as /sparql (tests/web/test_sparql_protocol.py)."""
    assert main(["query", query, "--store", str(store)]) == 2
    assert capsys.readouterr().err == f"publisher query: {message}\n"


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--processes", "0", "argument --processes: between 1 and 16, not 0"),
    ("--processes", "17", "argument --processes: between 1 and 16, not 17"),
    ("--query-workers", "0", "argument --query-workers: between 1 and 32, not 0"),
    ("--query-workers", "two", "argument --query-workers: a whole number, not 'two'"),
])
def test_serve_refuses_process_counts_outside_their_hard_limits(capsys: pytest.CaptureFixture[str], option: str,
                                                                value: str, message: str) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["serve", option, value])
    assert exited.value.code == 2
    assert capsys.readouterr().err.endswith(f"publisher serve: error: {message}\n")


def test_serve_takes_process_counts_within_their_limits() -> None:
    args = build_parser().parse_args(["serve", "--processes", "16", "--query-workers", "1"])
    assert (args.processes, args.query_workers) == (16, 1)
