"""Atomic writes: a temporary file beside the target, fsync, os.replace, fsync of the folder.

A reader sees the old file or the new one, never a part. Leftovers of a write killed half-way are named
`.NAME.tmp-*` and removed by `clean_leftovers`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

TEMP_PREFIX = "."
TEMP_MARK = ".tmp-"


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in this folder durable (a no-op where the platform cannot)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write data to path so that the file is either the old one or the whole new one.

    Raises OSError (ENOSPC, EROFS, EACCES …) with the target left as it was and no temporary file behind.
    """
    folder = path.parent
    fd, temporary = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}{TEMP_MARK}", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    fsync_folder(folder)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_text_new(path: Path, text: str) -> None:
    """Write a new file in one step, never over an existing one: the whole text is written to a temporary
    file beside it, which is then linked to `path` (a link fails on an existing name, even one that appears
    between a check and the write). Raises FileExistsError when `path` exists, OSError when it cannot write.
    """
    folder = path.parent
    fd, temporary = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}{TEMP_MARK}", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.link(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    fsync_folder(folder)


def is_leftover(path: Path) -> bool:
    return path.name.startswith(TEMP_PREFIX) and TEMP_MARK in path.name


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove temporary files of writes that were killed half-way; returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if is_leftover(entry) and entry.is_file() and not entry.is_symlink():
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed
