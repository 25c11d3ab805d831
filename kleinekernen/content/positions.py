"""Where each key and array element stands in a TOML text, as (line, column), both from 1.

`tomllib` gives values but no positions, so error locations from pydantic are mapped back to the
text here. The scanner is meant for text that `tomllib` has already accepted, but it also reads a refused
text (to find a repeated key or an open string) and it never raises, loops or recurses without end: every
step moves forward or stops the scan, and nesting deeper than `MAX_DEPTH` stops it. Whatever it could not
place is simply absent, and `locate` falls back to the nearest ancestor.
"""

from __future__ import annotations

import bisect
import contextlib
import tomllib
from collections.abc import Sequence

Path = tuple[str | int, ...]
Position = tuple[int, int]

MAX_DEPTH = 64
"""Lists and tables inside each other the scanner follows; the loader refuses files nested deeper long before."""
_BARE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


class _ScanStops(ValueError):
    """The scan ends here; what it placed so far is kept. Caught in this module (with any ValueError), never shown."""


class _NoKey(_ScanStops):
    """A key was expected and none stands there."""


class _UnclosedString(_ScanStops):
    """A string runs to the end of its line or of the text."""


class _NoEquals(_ScanStops):
    """A key without its '='."""


class _TooDeep(_ScanStops):
    """Lists and tables nested deeper than MAX_DEPTH."""


class _Stuck(_ScanStops):
    """The scan would not move forward (the end of the text, or a character out of place)."""


class _Scanner:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0
        self.starts = [0] + [n + 1 for n, ch in enumerate(text) if ch == "\n"]
        self.positions: dict[Path, Position] = {}
        self.array_tables: dict[Path, int] = {}
        self.leaves: set[Path] = set()
        self.duplicates: list[Position] = []
        self.stuck_at: Position | None = None

    def pos(self, index: int) -> Position:
        line = bisect.bisect_right(self.starts, index)
        return line, index - self.starts[line - 1] + 1

    def peek(self, n: int = 1) -> str:
        return self.s[self.i : self.i + n]

    def skip_blank(self, newlines: bool) -> None:
        while self.i < len(self.s):
            ch = self.s[self.i]
            if ch in " \t\r" or (newlines and ch == "\n"):
                self.i += 1
            elif ch == "#":
                end = self.s.find("\n", self.i)
                self.i = len(self.s) if end < 0 else end
            else:
                return

    def key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip_blank(newlines=False)
            ch = self.peek()
            if ch in ('"', "'"):
                start = self.i
                self.string()
                parts.append(_unquote(self.s[start : self.i]))
            else:
                start = self.i
                while self.i < len(self.s) and self.s[self.i] in _BARE:
                    self.i += 1
                if self.i == start:
                    raise _NoKey
                parts.append(self.s[start : self.i])
            self.skip_blank(newlines=False)
            if self.peek() != ".":
                return parts
            self.i += 1

    def string(self) -> str:
        quote = self.s[self.i]
        if self.peek(3) == quote * 3:
            end = self.s.find(quote * 3, self.i + 3)
            while quote == '"' and end > 0 and _escaped(self.s, end):
                end = self.s.find(quote * 3, end + 1)
            if end < 0:
                self.stuck_at = self.pos(self.i)
                raise _UnclosedString
            end += 3
            for _ in range(2):  # up to two quotes may close the content itself
                if self.s[end : end + 1] == quote:
                    end += 1
            value = self.s[self.i + 3 : end - 3]
            self.i = end
            return value
        j = self.i + 1
        while j < len(self.s) and self.s[j] != quote:
            if self.s[j] == "\n":
                self.stuck_at = self.pos(self.i)
                raise _UnclosedString
            j += 2 if (quote == '"' and self.s[j] == "\\") else 1
        value = self.s[self.i + 1 : j]
        self.i = j + 1
        return value

    def resolve(self, parts: Sequence[str]) -> Path:
        """A header's key path, with the current index of every array of tables on the way."""
        path: list[str | int] = []
        for part in parts:
            path.append(part)
            index = self.array_tables.get(tuple(path))
            if index is not None:
                path.append(index)
        return tuple(path)

    def document(self) -> None:
        table: Path = ()
        while True:
            self.skip_blank(newlines=True)
            if self.i >= len(self.s):
                return
            start = self.i
            if self.peek(2) == "[[":
                self.i += 2
                parts = self.key()
                self.i += 2
                parent = self.resolve(parts[:-1])
                bare = (*parent, parts[-1])
                index = self.array_tables.get(bare, -1) + 1
                self.array_tables[bare] = index
                self.positions.setdefault(bare, self.pos(start))
                table = (*bare, index)
                self.positions[table] = self.pos(start)
            elif self.peek() == "[":
                self.i += 1
                table = self.resolve(self.key())
                self.i += 1
                self.positions.setdefault(table, self.pos(start))
            else:
                self.key_value(table)

    def key_value(self, table: Path, depth: int = 0) -> None:
        start = self.i
        path = (*table, *self.key())
        if path in self.leaves:
            self.duplicates.append(self.pos(start))
        self.leaves.add(path)
        for n in range(len(table) + 1, len(path) + 1):
            self.positions.setdefault(path[:n], self.pos(start))
        self.skip_blank(newlines=False)
        if self.peek() != "=":
            raise _NoEquals
        self.i += 1
        self.skip_blank(newlines=False)
        self.value(path, depth)

    def value(self, path: Path, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            raise _TooDeep
        ch = self.peek()
        if ch in ('"', "'"):
            self.string()
        elif ch == "[":
            self.i += 1
            index = 0
            while True:
                self.skip_blank(newlines=True)
                if self.peek() == "]":
                    self.i += 1
                    return
                before = self.i
                self.positions[(*path, index)] = self.pos(self.i)
                self.value((*path, index), depth + 1)
                index += 1
                self.skip_blank(newlines=True)
                if self.peek() == ",":
                    self.i += 1
                self.moved_on(before)
        elif ch == "{":
            self.i += 1
            while True:
                self.skip_blank(newlines=False)
                if self.peek() == "}":
                    self.i += 1
                    return
                before = self.i
                self.key_value(path, depth + 1)
                self.skip_blank(newlines=False)
                if self.peek() == ",":
                    self.i += 1
                self.moved_on(before)
        else:
            while self.i < len(self.s) and self.s[self.i] not in ",]}\n#":
                self.i += 1

    def moved_on(self, before: int) -> None:
        """Stop the scan where it cannot move: at the end of the text, or at a character out of place."""
        if self.i == before or self.i >= len(self.s):
            raise _Stuck


def _unquote(literal: str) -> str:
    """The value of a quoted key, escapes and all, as TOML itself reads it."""
    try:
        return str(tomllib.loads(f"k = {literal}")["k"])
    except (tomllib.TOMLDecodeError, KeyError):
        return literal[1:-1]


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def key_positions(text: str) -> dict[Path, Position]:
    """Every key path and array element of a valid TOML text, mapped to where it starts."""
    scanner = _Scanner(text)
    with contextlib.suppress(ValueError, IndexError):  # keep what was placed; `locate` falls back
        scanner.document()
    return scanner.positions


def trouble_spot(text: str) -> Position | None:
    """For a text that `tomllib` refused: a repeated key, or a string left open, if there is one."""
    scanner = _Scanner(text)
    with contextlib.suppress(ValueError, IndexError):
        scanner.document()
    if scanner.duplicates:
        return scanner.duplicates[0]
    return scanner.stuck_at


def locate(positions: dict[Path, Position], path: Path) -> Position:
    """The position of `path`, or of its nearest ancestor that has one, or the file's start."""
    for end in range(len(path), 0, -1):
        found = positions.get(path[:end])
        if found is not None:
            return found
    return (1, 1)
