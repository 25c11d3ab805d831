"""The discussion timer on the reflection screen: counts down, pauses, takes an extra minute."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Timer:
    length: float
    remaining: float = -1.0
    running: bool = False

    def __post_init__(self) -> None:
        if self.remaining < 0:
            self.remaining = self.length

    def tick(self, seconds: float) -> bool:
        """Let time pass; True when the shown whole second changed."""
        if not self.running or self.remaining <= 0:
            return False
        before = self.shown()
        self.remaining = max(0.0, self.remaining - seconds)
        if self.remaining == 0:
            self.running = False
        return self.shown() != before

    def toggle(self) -> None:
        self.running = not self.running and self.remaining > 0

    def add_minute(self) -> None:
        self.remaining += 60

    def shown(self) -> str:
        whole = int(self.remaining + 0.999)
        return f"{whole // 60}:{whole % 60:02d}"

    @property
    def done(self) -> bool:
        return self.remaining <= 0
