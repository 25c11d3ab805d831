"""Saved sessions: list them, open one where it stopped (to look at, or to play on), delete one.

Only files directly in saves/. Opening to play on takes the session's lock and repairs the journal first:
the file is cut back to its last good record and the damaged rest is kept in a side file beside it, so a
new step is never written after one that cannot be read.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..content.deck import Deck
from ..engine.errors import EngineError
from ..engine.game import Game
from ..engine.state import Step
from ..files.atomic import TEMP_MARK, TEMP_PREFIX, write_bytes_atomic
from .journal import (
    Damage,
    Journal,
    JournalError,
    JournalWriter,
    catalog,
    iter_journals,
    parse_journal,
    read_journal_bytes,
    why_not_saved,
)
from .lock import SessionLock

REPLAY_ERRORS = (EngineError, ValueError, KeyError, IndexError)
"""What the engine may raise on a header or choice this deck cannot play (cases removed, cards renamed)."""


@dataclass(frozen=True)
class SessionInfo:
    path: Path
    village: str
    created: str
    done: int
    total: int
    corners: tuple[str, ...]
    finished: bool


@dataclass
class Opened:
    game: Game
    journal: Journal
    notices: list[str]


@dataclass
class Resumed:
    """A session opened to play on: the writer (None when it cannot be saved, and `problem` says why)."""

    opened: Opened
    writer: JournalWriter | None
    problem: str = ""


def open_session(path: Path, deck: Deck, lang: str = "nl") -> Opened:
    """Replay a journal through the engine, to look at it. A choice the deck no longer allows ends the replay
    there, with a notice. Raises JournalError for a file that cannot be used at all."""
    return _replay(path, read_journal_bytes(path, lang), deck, lang)


def _replay(path: Path, raw: bytes, deck: Deck, lang: str) -> Opened:
    journal = parse_journal(path, raw, lang)
    notices = list(journal.notices)
    say = catalog(lang)
    if journal.header.deck and journal.header.deck != deck.identity():
        notices.append(say("journal.deck_changed"))
    try:
        game = Game(deck, journal.header.setup())
    except REPLAY_ERRORS as error:
        raise JournalError(f"{path.name}: {str(error)[:200]}") from None
    for number, choice in enumerate(journal.choices, start=1):
        try:
            game.apply(choice)
        except REPLAY_ERRORS as error:
            cut = journal.choice_starts[number - 1]
            notice = say("journal.not_allowed", name=path.name, step=number, detail=str(error)[:200])
            journal = parse_journal(path, raw[:cut], lang)
            journal.damage = Damage(raw[:cut].count(b"\n") + 1, cut, notice)
            journal.size = len(raw)
            notices.append(notice)
            break
    return Opened(game, journal, notices)


def open_for_writing(path: Path, deck: Deck, lang: str = "nl") -> Resumed:
    """Open a session to play on: locked for this instance, repaired, with its writer.

    Raises SessionBusy when another window or computer has it open, JournalError when it cannot be used.
    A folder or disk that cannot be written to is not an error: the session plays on unsaved, and says so.
    """
    lock: SessionLock | None = None
    try:
        lock = SessionLock.acquire(path)
        os.close(os.open(path, os.O_WRONLY))  # a journal we may not write to is found now, not at a step
    except OSError as error:
        if lock is not None:
            lock.release()
        reason = why_not_saved(error, lang)
        return Resumed(open_session(path, deck, lang), None, catalog(lang)("journal.cannot_save", reason=reason))
    try:
        _clean_leftovers_of(path)
        raw = read_journal_bytes(path, lang)
        opened = _replay(path, raw, deck, lang)
        if opened.journal.kept < len(raw) or not raw.endswith(b"\n"):
            try:
                opened.notices.append(_repair(path, raw, opened.journal, lang))
            except OSError as error:
                lock.release()
                reason = why_not_saved(error, lang)
                return Resumed(opened, None, catalog(lang)("journal.cannot_save", reason=reason))
    except BaseException:
        lock.release()
        raise
    return Resumed(opened, JournalWriter(path, opened.journal.kept, lock))


def _clean_leftovers_of(path: Path) -> None:
    """Temporary files of a repair of this journal that was killed half-way (ours to remove: we hold the lock)."""
    for leftover in path.parent.glob(f"{TEMP_PREFIX}{path.name}{TEMP_MARK}*"):
        if leftover.is_file() and not leftover.is_symlink():
            with contextlib.suppress(OSError):
                leftover.unlink()


def _repair(path: Path, raw: bytes, journal: Journal, lang: str) -> str:
    """Keep the unreadable end beside the journal, then cut the journal back to its last good record."""
    good, tail = raw[: journal.kept], raw[journal.kept :]
    if not good.endswith(b"\n"):
        good += b"\n"  # a whole record whose newline was lost
    say = catalog(lang)
    steps = len(journal.choices)
    if not tail:
        write_bytes_atomic(path, good)
        journal.kept = journal.size = len(good)
        return say("journal.newline_restored", name=path.name, steps=steps)
    side = side_file(path)
    write_bytes_atomic(side, tail)
    write_bytes_atomic(path, good)
    journal.kept = journal.size = len(good)
    line = journal.damage.line if journal.damage else good.count(b"\n") + 1
    return say("journal.repaired", name=path.name, steps=steps, bytes=len(tail), line=line, side=side.name)


def side_file(path: Path) -> Path:
    """Where the damaged end of a journal is kept: beside it, named after it and the moment, never a journal."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    side = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while side.exists():
        number += 1
        side = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    return side


def list_sessions(folder: Path, deck: Deck, lang: str = "nl") -> tuple[list[SessionInfo], list[str]]:
    """Every readable session in `folder`, newest first, and a notice for each one that is not."""
    infos: list[SessionInfo] = []
    notices: list[str] = []
    for path in iter_journals(folder):
        try:
            opened = open_session(path, deck, lang)
        except JournalError as error:
            notices.append(str(error))
            continue
        state = opened.game.state
        header = opened.journal.header
        infos.append(
            SessionInfo(
                path=path,
                village=header.village,
                created=header.created,
                done=len(state.results),
                total=len(state.case_order),
                corners=opened.game.setup.played_corners(),
                finished=state.step is Step.END,
            )
        )
    return infos, notices


def delete_session(folder: Path, path: Path) -> None:
    """Delete a journal, but only a plain file that lies directly in `folder`."""
    if path.parent.resolve() != folder.resolve() or path.is_symlink() or path.suffix != ".jsonl":
        raise JournalError(catalog("nl")("journal.not_in_folder", name=path.name, folder=folder))
    try:
        lock = SessionLock.acquire(path)  # SessionBusy: never delete a session someone is playing
    except OSError:
        path.unlink()
        return
    try:
        path.unlink()
    finally:
        lock.release()
