"""A deadline for a call that must not hang: a hang fails the test at once instead of stalling the suite."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Hang(Exception):
    """The code under test ran past its deadline."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise Hang inside the block when it runs longer than `seconds` (a real-time timer, main thread only)."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
