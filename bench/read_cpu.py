"""CPU of reading records alone: ``python bench/read_cpu.py FOLDER [FOLDER …]``.

``read_record`` over every record file of each folder (sidecars, expected facts and README left out, and
never a holdout folder), one pass, ``time.process_time`` around it: CPU time, so less sensitive than wall time
to a shared machine's load. Compare two trees by running it in each, alternately, in the same session.
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

from publisher.errors import RecordError
from publisher.sources import read_record


def record_files(folder: Path) -> list[Path]:
    return [path for path in sorted(folder.rglob("*")) if path.is_file() and "holdout" not in path.parts
            and not path.name.endswith((".source.txt", ".expected.json")) and path.name != "README.md"]


def read_cpu(files: list[Path]) -> float:
    """CPU seconds to read every file once (a refused file counts: refusing is reading too)."""
    started = time.process_time()
    for path in files:
        with contextlib.suppress(RecordError):
            read_record(path)
    return time.process_time() - started


def main(folders: list[Path]) -> None:
    read_record(record_files(folders[0])[0])  # imports and first-use set-up are not reading
    for folder in folders:
        files = record_files(folder)
        spent = read_cpu(files)
        print(f"{folder}: {len(files)} files, {spent:.2f} s CPU = {spent / len(files) * 1000:.1f} ms a file")


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]])
