"""The process's heap. glibc keeps the pages it frees and gives busy threads arenas of their own unless told
otherwise, so a process that builds something big and drops it stays at its high-water mark."""

from __future__ import annotations

import ctypes
import ctypes.util


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    libc = ctypes.CDLL(name) if name else None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


_LIBC = _libc()
M_ARENA_MAX = -8  # mallopt parameter (glibc malloc.h)


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Few malloc arenas for a server with a few busy threads: glibc's default (8 per core) lets each
    thread's freed memory sit in its own arena, which the server then holds for good."""
    if _LIBC is not None:
        _LIBC.mallopt(M_ARENA_MAX, arenas)


def release_free_memory() -> None:
    """Hand freed heap pages back to the system. Rebuilding what derives from the data (dumps, search index,
    statistics) allocates and frees hundreds of MB at 1M triples, and glibc keeps freed pages unless asked,
    so the server would stay at its high-water mark (-125 MB at 1M triples, bench/README.md)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)
