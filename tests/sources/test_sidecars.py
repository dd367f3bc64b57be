"""A record's sidecar (``NAME.source.txt``) as people write it, and as people mistake it for the record."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from publisher.errors import RecordError
from publisher.sources import read_record
from publisher.sources.page_text import source_url_for
from tests.conftest import RECORDS

SLOUGH = RECORDS / "slough_agendaitem_18978_minutes_vote.txt"
SLOUGH_URL = "http://www.slough.gov.uk/moderngov/mgAi.aspx?ID=18978"


def copy_with_sidecar(folder: Path, sidecar: str) -> Path:
    record = folder / SLOUGH.name
    shutil.copy(SLOUGH, record)
    record.with_name(f"{record.stem}.source.txt").write_text(sidecar, encoding="utf-8")
    return record


@pytest.mark.parametrize("line", [f"Source URL: {SLOUGH_URL}", f"Source: {SLOUGH_URL}", f"source:   {SLOUGH_URL}  "])
def test_source_and_source_url_lines_both_give_the_address(tmp_path: Path, line: str) -> None:
    record = copy_with_sidecar(tmp_path, f"Record: {SLOUGH.name}\n{line}\nCouncil: Slough\n")
    assert source_url_for(record) == SLOUGH_URL
    assert read_record(record).source_url == SLOUGH_URL


def test_a_source_line_that_is_not_an_address_is_no_source_url(tmp_path: Path) -> None:
    record = copy_with_sidecar(tmp_path, "Source: a council officer's e-mail of 3 May\n")
    assert source_url_for(record) is None


def test_source_url_wins_over_source(tmp_path: Path) -> None:
    record = copy_with_sidecar(tmp_path, f"Source: https://example.org/elsewhere\nSource URL: {SLOUGH_URL}\n")
    assert source_url_for(record) == SLOUGH_URL


def test_a_sidecar_passed_as_the_record_says_which_file_to_pass(tmp_path: Path) -> None:
    record = copy_with_sidecar(tmp_path, f"Source URL: {SLOUGH_URL}\n")
    sidecar = record.with_name(f"{record.stem}.source.txt")
    with pytest.raises(RecordError) as refused:
        read_record(sidecar)
    assert str(refused.value) == (f"{sidecar}: this is a sidecar (it names where a record came from), not a record: "
                                  f"pass {record} itself")


def test_a_lone_sidecar_names_the_record_it_expects(tmp_path: Path) -> None:
    sidecar = tmp_path / "woking_decision_1.source.txt"
    sidecar.write_text("Source URL: https://woking.moderngov.co.uk/ieDecisionDetails.aspx?ID=1\n", encoding="utf-8")
    with pytest.raises(RecordError, match=r"not a record: pass the record woking_decision_1\.\* itself$"):
        read_record(sidecar)
