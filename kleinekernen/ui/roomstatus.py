"""What the screens may ask of the room (the phones in the hall) without knowing how it works."""

from __future__ import annotations

from typing import Protocol


class RoomStatus(Protocol):
    def is_open(self) -> bool: ...

    def voted(self) -> int:
        """How many phones have voted on the current question."""
        ...
