"""Where the suite's shared files are, for test modules at any depth of ``tests/`` (the layout mirrors the
package: ``tests/sources``, ``tests/query``, ``tests/store``, ``tests/web``, and ``tests/hardening``)."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
