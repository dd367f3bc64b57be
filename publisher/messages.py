"""Wording shared by the command line's summaries, so a count always agrees with its noun ("1 record landed",
"2 records landed")."""

from __future__ import annotations


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``count`` and the noun in the number it calls for; ``nouns`` is the plural when it is not noun + "s"."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


__all__ = ["plural"]
