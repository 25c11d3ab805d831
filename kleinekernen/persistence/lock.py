"""One writer per session: an exclusive lock on a side file beside the journal while it is open for writing.

The lock is taken on `.NAME.lock`, not on the journal itself, because a repair replaces the journal (a new
file, so a lock on the old one would no longer protect it). The holder writes who it is into the lock file,
so a second instance can say who has the session open. The system drops the lock when the holder dies, so a
crash never leaves a session locked. `flock` on Linux and macOS, `msvcrt.locking` on Windows.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..files.reading import read_bytes_bounded
from ..i18n import Catalog

if sys.platform == "win32":
    import msvcrt

    def _lock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)

    def _unlock(descriptor: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(descriptor: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(descriptor, fcntl.LOCK_UN)


HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}
UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}
MAX_INFO = 4096
ATTEMPTS = 20


@dataclass(frozen=True)
class Holder:
    """Who holds a session: the computer, the process and since when (what its lock file says)."""

    host: str = "?"
    pid: int = 0
    since: str = "?"


class SessionBusy(Exception):
    """The session is open for writing in another window or on another computer."""

    def __init__(self, path: Path, holder: Holder) -> None:
        super().__init__(
            f"{path.name}: {Catalog('nl')('journal.busy', host=holder.host, pid=holder.pid, since=holder.since)}"
        )
        self.path = path
        self.holder = holder


def lock_path(journal: Path) -> Path:
    return journal.with_name(f".{journal.name}.lock")


def read_holder(journal: Path) -> Holder:
    """What the lock file of this journal says about its holder; blanks where it says nothing readable."""
    try:
        data = json.loads(read_bytes_bounded(lock_path(journal), MAX_INFO).decode("utf-8"))
        return Holder(str(data["host"])[:80], int(data["pid"]), str(data["since"])[:40])
    except (OSError, ValueError, KeyError, TypeError):
        return Holder()


@dataclass
class SessionLock:
    path: Path
    descriptor: int

    @classmethod
    def acquire(cls, journal: Path) -> SessionLock:
        """Lock the journal for this process. Raises SessionBusy if another holds it, OSError if the folder
        cannot hold a lock file (read-only, full)."""
        target = lock_path(journal)
        for _attempt in range(ATTEMPTS):
            descriptor = os.open(target, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            try:
                _lock(descriptor)
            except OSError as error:
                os.close(descriptor)
                if error.errno in HELD:
                    raise SessionBusy(journal, read_holder(journal)) from None
                if error.errno not in UNSUPPORTED:
                    raise
                return cls(target, -1)  # a file system without locks: one writer cannot be enforced
            if _still_there(target, descriptor):
                lock = cls(target, descriptor)
                lock._tell_who()
                return lock
            os.close(descriptor)  # the holder before us removed the file between our open and our lock
        raise SessionBusy(journal, read_holder(journal))

    def _tell_who(self) -> None:
        since = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        info = json.dumps({"host": socket.gethostname(), "pid": os.getpid(), "since": since}).encode("utf-8")
        with contextlib.suppress(OSError):  # who holds it is a courtesy; the lock itself is what counts
            os.ftruncate(self.descriptor, 0)
            os.lseek(self.descriptor, 0, os.SEEK_SET)
            os.write(self.descriptor, info)

    def release(self) -> None:
        if self.descriptor < 0:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(self.descriptor)
        os.close(self.descriptor)
        self.descriptor = -1


def _still_there(target: Path, descriptor: int) -> bool:
    try:
        on_disk = os.stat(target)
    except OSError:
        return False
    opened = os.fstat(descriptor)
    return (on_disk.st_ino, on_disk.st_dev) == (opened.st_ino, opened.st_dev)
