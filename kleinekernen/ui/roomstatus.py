"""What the screen may ask of an open room of phones: is it open, and how many have voted (never what)."""

from __future__ import annotations

from typing import Protocol


class RoomStatus(Protocol):
    def is_open(self) -> bool: ...

    def voted(self) -> int: ...
