"""A small file-system shim for fault injection: the n-th write, fsync or open for writing fails.

`FaultyOS` stands in for the `os` module inside the persistence and file layers (monkeypatched as their
`os`), counts the calls that write, and at the chosen one raises the chosen errno, optionally after
writing part of the bytes first, as a disk that fills up mid-line does.
"""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import pytest

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
FAULTS = {"ENOSPC": errno.ENOSPC, "EFBIG": errno.EFBIG, "EROFS": errno.EROFS, "EACCES": errno.EACCES}


@dataclass
class FaultyOS:
    """`os` with one write point broken: the call numbered `fail_at` (1-based) raises `error`."""

    fail_at: int = 0
    error: int = errno.ENOSPC
    partial: bool = False
    calls: list[str] = field(default_factory=list)
    failed: bool = False

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def _point(self, what: str) -> bool:
        self.calls.append(what)
        if self.fail_at and len(self.calls) == self.fail_at:
            self.failed = True
            return True
        return False

    def _raise(self) -> None:
        raise OSError(self.error, os.strerror(self.error))

    def open(self, path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & WRITE_FLAGS and self._point(f"open {os.path.basename(str(path))}"):
            self._raise()
        return os.open(path, flags, *args, **kwargs)

    def write(self, descriptor: int, data: Any) -> int:
        if self._point("write"):
            if self.partial and len(data) > 1:
                os.write(descriptor, bytes(data[: len(data) // 2]))
            self._raise()
        return os.write(descriptor, data)

    def fsync(self, descriptor: int) -> None:
        if self._point("fsync"):
            self._raise()
        os.fsync(descriptor)

    def replace(self, source: Any, target: Any) -> None:
        if self._point("replace"):
            self._raise()
        os.replace(source, target)

    def ftruncate(self, descriptor: int, length: int) -> None:
        os.ftruncate(descriptor, length)

    def fdopen(self, descriptor: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        return _File(self, os.fdopen(descriptor, mode, *args, **kwargs))

    def mkstemp(self, *args: Any, **kwargs: Any) -> tuple[int, str]:
        if self._point("mkstemp"):
            self._raise()
        return tempfile.mkstemp(*args, **kwargs)


class _File:
    """A file object whose writes are write points of the shim."""

    def __init__(self, shim: FaultyOS, handle: Any) -> None:
        self.shim, self.handle = shim, handle

    def __enter__(self) -> _File:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        if self.shim._point("write"):
            if self.shim.partial and len(data) > 1:
                self.handle.write(data[: len(data) // 2])
            self.shim._raise()
        written: int = self.handle.write(data)
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)


class _TempShim:
    def __init__(self, shim: FaultyOS) -> None:
        self.mkstemp = shim.mkstemp


def inject(monkeypatch: pytest.MonkeyPatch, shim: FaultyOS) -> FaultyOS:
    """Put the shim in place of `os` in every module that writes a session (journal, lock, atomic files)."""
    from kleinekernen.files import atomic
    from kleinekernen.persistence import journal, lock, sessions

    modules: list[ModuleType] = [journal, lock, sessions, atomic]
    for module in modules:
        monkeypatch.setattr(module, "os", shim)
    monkeypatch.setattr(atomic, "tempfile", _TempShim(shim))
    return shim
