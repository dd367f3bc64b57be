"""A web worker's watch of a remote store's data version: a check that costs the server much is made seldom."""

from __future__ import annotations

import time
from itertools import pairwise

from publisher.web.site import CHECK_SHARE, VersionWatch, next_check_in


class SlowToCheck:
    """A site whose data version takes ``seconds`` to read; it records when each check started and ended."""

    def __init__(self, seconds: float) -> None:
        self.seconds, self.version, self.checks = seconds, "v1", []

    def refresh(self) -> None:
        started = time.monotonic()
        time.sleep(self.seconds)
        self.checks.append((started, time.monotonic()))

    def changed(self) -> None:
        raise AssertionError("the version did not change")


def test_the_wait_after_a_check_is_the_period_or_ten_times_the_check() -> None:
    assert CHECK_SHARE == 10
    assert next_check_in(5.0, 0.003) == 5.0  # a bound lookup: every 5 s
    assert next_check_in(5.0, 20.0) == 200.0  # every record's hash read at 107 k records: a tenth of the time


def test_a_costly_check_spaces_the_next_one() -> None:
    site = SlowToCheck(0.05)
    watch = VersionWatch(site, every=0.01)  # type: ignore[arg-type]
    try:
        deadline = time.monotonic() + 20
        while len(site.checks) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        watch.stop()
    assert len(site.checks) >= 3
    for (start, end), (next_start, _) in pairwise(site.checks):
        assert next_start - start >= CHECK_SHARE * (end - start)  # not every 0.01 s
