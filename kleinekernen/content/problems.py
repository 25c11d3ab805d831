"""A problem found in a content file, located at a line and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One error in one file: printed as `FILE:LINE:COL: field.path: message`."""

    file: str
    line: int
    col: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.field}: {self.message}"


def field_path(loc: tuple[str | int, ...]) -> str:
    """A dotted field path for people: list positions count from 1, as in `effects[2].energy`."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else part
    return text or "(file)"
