"""Bounded reads: only plain files (no FIFO, device, folder or link), never more than a stated size.

A FIFO would hang a reader and /dev/zero would fill memory; both are refused before a byte is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..i18n import Catalog


class UnreadableFile(OSError):
    """A file that is not a plain file, or is larger than the reader allows. The message names it, in Dutch
    (str(error)) or in another language (`error.get("en")`), from the catalogue's keys files.*."""

    key = "files.unreadable"

    def __init__(self, path: Path, **values: object) -> None:
        self.path = path
        self.values = values
        super().__init__(self.get("nl"))

    def get(self, lang: str) -> str:
        return Catalog(lang)(self.key, path=self.path, **self.values)


class LinkRefused(UnreadableFile):
    """A symbolic link where a plain file was asked for: it could lead anywhere."""

    key = "files.link"


class NotPlainFile(UnreadableFile):
    """A FIFO, a device, a socket or a folder: reading it could hang or never end."""

    key = "files.not_plain"


class FileTooLarge(UnreadableFile):
    """A file over the reader's limit; `size` is what it holds (or limit + 1 when it grew while read)."""

    key = "files.too_large"

    def __init__(self, path: Path, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(path, size=size, limit=limit)


def read_bytes_bounded(path: Path, limit: int, *, follow_links: bool = False) -> bytes:
    """The bytes of a plain file of at most `limit` bytes.

    Raises UnreadableFile for a link (unless follow_links), a FIFO, a device, a folder or a file over the
    limit; OSError for anything the system refuses. The file is opened without blocking, so a FIFO can
    never hang the caller, and at most limit + 1 bytes are ever read.
    """
    try:
        info = os.stat(path) if follow_links else os.lstat(path)
    except OSError:
        raise
    if stat.S_ISLNK(info.st_mode):
        raise LinkRefused(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotPlainFile(path)
    if info.st_size > limit:
        raise FileTooLarge(path, info.st_size, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotPlainFile(path)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise FileTooLarge(path, size, limit)
    return b"".join(chunks)
