"""Errors a user sees: each names the file (and line or field) and what was wrong, in one line."""

from __future__ import annotations

from pathlib import Path


class PublisherError(Exception):
    """Any error the CLI reports as one clear line instead of a traceback."""


class RecordError(PublisherError):
    """A source record that cannot be read: which file, which line or field, what was wrong."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        self.reason = message
        where = self.path or "<input>"
        if line is not None:
            where += f":{line}"
        if field:
            where += f" [{field}]"
        super().__init__(f"{where}: {message}")
