"""The session journal: JSON Lines in saves/, one self-describing record per confirmed step.

Line 1 is a header (format version, seed, the deck's identity, the setup); every later line is one record.
Each record is written and fsynced before the screen moves on, so a power cut loses nothing confirmed.
Reading stops at the first line that cannot be used (a torn last line, a damaged one, a record of a newer
version) and says so; opening for writing cuts the file back to there first (sessions.open_for_writing).
The session is rebuilt by replaying the records through the engine. No pickle, no code: plain JSON
validated by pydantic models.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..engine.choices import Choice, choice_from_dict, choice_to_dict
from ..files.atomic import fsync_folder
from ..files.reading import FileTooLarge, LinkRefused, NotPlainFile, read_bytes_bounded
from ..i18n import Catalog
from .lock import SessionLock
from .records import (
    ENTRY,
    FORMAT,
    MAX_JOURNAL_BYTES,
    MAX_LINE_BYTES,
    MAX_RECORDS,
    MAX_SEED,
    MAX_TEXT,
    ChoiceRecord,
    DraftRecord,
    Header,
    JournalError,
    PlanRecord,
    PlayerRecord,
    Record,
    UndoRecord,
    VotesRecord,
)

__all__ = [
    "FORMAT",
    "MAX_JOURNAL_BYTES",
    "MAX_LINE_BYTES",
    "MAX_RECORDS",
    "MAX_SEED",
    "MAX_TEXT",
    "ChoiceRecord",
    "Damage",
    "DraftRecord",
    "Header",
    "Journal",
    "JournalError",
    "JournalWriter",
    "PlanRecord",
    "PlayerRecord",
    "Record",
    "UndoRecord",
    "VotesRecord",
    "catalog",
    "iter_journals",
    "new_session_name",
    "parse_journal",
    "read_journal",
    "read_journal_bytes",
    "why_not_saved",
]


KINDS = ("choice", "undo", "plan", "draft", "votes")


@dataclass(frozen=True)
class Damage:
    """The first line of a journal that could not be used: its number, where it starts, and what is wrong."""

    line: int
    start: int
    notice: str


@dataclass
class Journal:
    """A journal read back: its header, the confirmed choices (undos applied), plan answers and draft.

    `kept` is the byte length of the part that could be used; `size` the file's; `choice_starts` where the
    record of each kept choice begins, so a replay that stops at a choice knows where to cut.
    """

    path: Path
    header: Header
    choices: list[Choice] = field(default_factory=list)
    plan: list[str] = field(default_factory=lambda: ["", "", ""])
    draft: DraftRecord | None = None
    notices: list[str] = field(default_factory=list)
    size: int = 0
    kept: int = 0
    damage: Damage | None = None
    ends_clean: bool = True
    choice_starts: list[int] = field(default_factory=list)
    votes: dict[int, VotesRecord] = field(default_factory=dict)
    """Per case (its index in the session), how the room's phones voted, if the room was open."""


def new_session_name(now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"sessie-{moment}-{os.urandom(3).hex()}.jsonl"


class JournalWriter:
    """Appends records to one journal file; every append is on disk before it returns.

    The writer knows how long the file is when all is well. An append that fails half-way (a full disk,
    a file size limit) is cut off again, and every append first cuts off anything past that length, so a
    record is never written after a torn one. It holds the session's lock, if given, until `close`.
    """

    def __init__(self, path: Path, size: int | None = None, lock: SessionLock | None = None) -> None:
        self.path = path
        self.size = path.stat().st_size if size is None else size
        self.lock = lock

    @classmethod
    def create(cls, folder: Path, header: Header, name: str | None = None) -> JournalWriter:
        """A new journal holding its header, locked for this writer. Raises OSError when it cannot be made."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (name or new_session_name())
        lock = SessionLock.acquire(path)
        data = (header.model_dump_json() + "\n").encode("utf-8")
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
            try:
                _write_all(descriptor, data)
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
            fsync_folder(folder)
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink()
            lock.release()
            raise
        return cls(path, len(data), lock)

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def append(self, record: Record) -> None:
        """Write one record and fsync it; on OSError the file is as it was before."""
        data = (record.model_dump_json() + "\n").encode("utf-8")
        descriptor = os.open(self.path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            size = os.fstat(descriptor).st_size
            if size < self.size:
                raise JournalError(_say("nl", "changed_elsewhere", name=self.path.name, size=size, written=self.size))
            if size > self.size:
                os.ftruncate(descriptor, self.size)  # the torn end of an append that failed
            os.lseek(descriptor, self.size, os.SEEK_SET)
            try:
                _write_all(descriptor, data)
                os.fsync(descriptor)
            except OSError:
                with contextlib.suppress(OSError):
                    os.ftruncate(descriptor, self.size)
                    os.fsync(descriptor)
                raise
            self.size += len(data)
        finally:
            os.close(descriptor)

    def choice(self, choice: Choice) -> None:
        self.append(ChoiceRecord(choice=choice_to_dict(choice)))

    def undo(self) -> None:
        self.append(UndoRecord())

    def plan(self, index: int, text: str) -> None:
        self.append(PlanRecord(index=index, text=text[:MAX_TEXT]))

    def votes(self, record: VotesRecord) -> None:
        self.append(record)

    def draft(self, note: str, timer: float) -> None:
        self.append(DraftRecord(note=note[:MAX_TEXT], timer=max(0.0, min(timer, 24 * 3600.0))))


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


Upgrade = Callable[[list[dict[str, Any]]], list[dict[str, Any]]]


def upgrade_1_to_2(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Format 1 kept choices flat ({"step": 3, "type": "move", ...}) and had no deck identity or plan."""
    header, *rest = lines
    header = {**header, "format": 2, "kind": "header", "deck": header.get("deck", "")}
    header.pop("version", None)
    upgraded = [header]
    for line in rest:
        line = dict(line)
        line.pop("step", None)
        upgraded.append({"kind": "choice", "choice": line})
    return upgraded


UPGRADES: dict[int, Upgrade] = {1: upgrade_1_to_2}
"""One migration per format version, each to the next (after Tuxemon's save_upgrader)."""


def read_journal(path: Path, lang: str = "nl") -> Journal:
    """Read a journal up to its first record that cannot be used; raise JournalError if none can.

    What could not be read is described in the journal's `damage` (and its notices); `kept` is the byte
    length of the good part, so a writer can cut the file back to it before it appends anything.
    """
    return parse_journal(path, read_journal_bytes(path, lang), lang)


def read_journal_bytes(path: Path, lang: str = "nl") -> bytes:
    """The bytes of a journal file: a plain file of at most MAX_JOURNAL_BYTES, or JournalError."""
    name = path.name
    try:
        return read_bytes_bounded(path, MAX_JOURNAL_BYTES)
    except LinkRefused:
        raise JournalError(_say(lang, "refused.link", name=name)) from None
    except FileTooLarge as error:
        raise JournalError(_say(lang, "refused.too_big", name=name, size=error.size, limit=error.limit)) from None
    except NotPlainFile:
        raise JournalError(_say(lang, "refused.not_plain", name=name)) from None
    except OSError as error:
        raise JournalError(_say(lang, "refused.unreadable", name=name, detail=error.strerror)) from None


def parse_journal(path: Path, raw: bytes, lang: str = "nl") -> Journal:
    """The journal in these bytes (see read_journal); never raises anything but JournalError."""
    name = path.name
    lines, damage = _split_lines(name, raw, lang)
    if not lines:
        raise JournalError(_say(lang, "refused.empty", name=name))
    version = lines[0].data.get("format", lines[0].data.get("version"))
    if not isinstance(version, int) or isinstance(version, bool) or version < 1 or version > FORMAT:
        raise JournalError(_say(lang, "refused.format", name=name, version=str(version)[:20], newest=FORMAT))
    datas = [line.data for line in lines]
    while version < FORMAT:
        datas = UPGRADES[version](datas)
        version += 1
    try:
        header = Header.model_validate(datas[0])
    except ValidationError as error:
        raise JournalError(_say(lang, "refused.bad_header", name=name, detail=_first(error))) from None
    journal = Journal(path, header, size=len(raw), kept=lines[0].end)
    for line, data in zip(lines[1:], datas[1:], strict=True):
        problem = _take(journal, data, line.start)
        if problem is not None:
            notice = _say(lang, problem[0], name=name, line=line.number, detail=problem[1])
            damage = Damage(line.number, line.start, notice)
            break
        journal.kept = line.end
    journal.damage = damage
    journal.ends_clean = damage is None and raw.endswith(b"\n")
    journal.notices = [damage.notice] if damage else []
    return journal


def _take(journal: Journal, data: dict[str, Any], start: int) -> tuple[str, str] | None:
    """Add one record to the journal; or (notice key, detail) when it cannot be used."""
    kind = data.get("kind")
    if kind not in KINDS:
        return "newer_kind", str(kind)[:40]
    try:
        entry = ENTRY.validate_python(data)
        if isinstance(entry, ChoiceRecord):
            journal.choices.append(choice_from_dict(entry.choice))
            journal.choice_starts.append(start)
        elif isinstance(entry, UndoRecord):
            if journal.choices:
                journal.choices.pop()
                journal.choice_starts.pop()
        elif isinstance(entry, PlanRecord):
            journal.plan[entry.index] = entry.text
        elif isinstance(entry, VotesRecord):
            journal.votes[entry.case_index] = entry
        else:
            journal.draft = entry
    except ValidationError as error:
        return "bad_line", _first(error)
    except ValueError as error:
        return "bad_line", str(error)[:200]
    return None


@dataclass(frozen=True)
class _Line:
    number: int
    start: int
    end: int
    data: dict[str, Any]


def _split_lines(name: str, raw: bytes, lang: str) -> tuple[list[_Line], Damage | None]:
    """The JSON records of the file, each with its byte span, up to the first that is not a record."""
    lines: list[_Line] = []
    start = 0
    number = 0
    while start < len(raw):
        number += 1
        if number > MAX_RECORDS:  # far more than any session writes: the rest is not read (time, memory)
            return lines, Damage(number, start, _say(lang, "too_many", name=name, line=number))
        newline = raw.find(b"\n", start)
        end = len(raw) if newline < 0 else newline + 1
        parsed = _parse(raw[start : end if newline < 0 else newline])
        if parsed is None:
            if number == 1:
                raise JournalError(_say(lang, "refused.no_header", name=name))
            key = "torn" if newline < 0 else "not_json"
            return lines, Damage(number, start, _say(lang, key, name=name, line=number))
        lines.append(_Line(number, start, end, parsed))
        start = end
    return lines, None


def _parse(chunk: bytes) -> dict[str, Any] | None:
    if len(chunk) > MAX_LINE_BYTES:
        return None
    try:
        data = json.loads(chunk.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or a number of more than 4,300 digits
        return None
    return data if isinstance(data, dict) else None


def _first(error: ValidationError) -> str:
    item = error.errors()[0]
    where = ".".join(str(part) for part in item["loc"])
    return f"{where}: {item['msg']}"[:200] if where else str(item["msg"])[:200]


@functools.cache
def catalog(lang: str) -> Catalog:
    return Catalog(lang)


def _say(lang: str, key: str, **values: object) -> str:
    return catalog(lang)(f"journal.{key}", **values)


REASONS = {errno.ENOSPC: "full", errno.EFBIG: "too_large", errno.EROFS: "read_only", errno.EDQUOT: "full"}


def why_not_saved(error: OSError, lang: str = "nl") -> str:
    """What a failed write means for the group: a full disk, a read-only folder, no permission."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return _say(lang, "reason.no_permission")
    key = REASONS.get(error.errno or 0)
    return _say(lang, f"reason.{key}") if key else _say(lang, "reason.other", detail=error.strerror or str(error))


def iter_journals(folder: Path) -> Iterator[Path]:
    """The journal files directly in `folder`, newest first; links and other files are passed over."""
    if not folder.is_dir():
        return iter(())
    files = [p for p in folder.glob("*.jsonl") if p.is_file() and not p.is_symlink()]
    return iter(sorted(files, key=lambda p: p.name, reverse=True))
