"""The readers' output, one digest a file: ``python bench/read_reprs.py OUT FOLDER [FOLDER …]``.

Writes, for every record file of the folders (the files ``bench/read_cpu.py`` reads), its path and the
SHA-256 of ``repr(read_record(path))`` (or of the refusal's message), so two trees' outputs can be compared
with ``diff``: a change meant only to make reading cheaper must leave every line as it was.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from bench.read_cpu import record_files
from publisher.errors import RecordError
from publisher.sources import read_record


def digest(path: Path) -> str:
    """The digest of what reading the file gives: its record's repr, or the refusal."""
    try:
        text = repr(read_record(path))
    except RecordError as refusal:
        text = f"refused: {refusal}"
    return hashlib.sha256(text.encode()).hexdigest()


def main(out: Path, folders: list[Path]) -> None:
    with out.open("w") as lines:
        for folder in folders:
            for path in record_files(folder):
                lines.write(f"{path}\t{digest(path)}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(arg) for arg in sys.argv[2:]])
