"""How earlier sessions chose, per case: an index in saves/index.sqlite, rebuilt from the journals.

The index is a cache: delete it, or damage it, and it is built again. A journal is read (and replayed) once; after that
only new or changed files are read, so a summary over thousands of sessions is one quick query.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..content.deck import Deck
from ..content.models import Corner
from ..engine.state import CaseResult
from ..i18n import Catalog
from .journal import JournalError, iter_journals
from .results import IMPORTED, ResultsError, read_results
from .sessions import open_session

INDEX = "index.sqlite"
SCHEMA = """
create table if not exists files (name text primary key, mtime real, size integer);
create table if not exists picks (file text, case_id text, what text, value text);
create index if not exists picks_case on picks (case_id);
create index if not exists picks_file on picks (file);
"""


@dataclass
class CaseShares:
    """Counts over earlier sessions for one case."""

    sessions: int = 0
    placements: Counter[str] = field(default_factory=Counter)
    roles: dict[str, Counter[str]] = field(default_factory=dict)
    moves: dict[str, Counter[str]] = field(default_factory=dict)
    outcomes: Counter[str] = field(default_factory=Counter)
    room: Counter[str] = field(default_factory=Counter)
    """How the phones in earlier rooms placed the case: votes per quadrant, summed over sessions."""


def _picks(
    case_id: str, placement: str, roles: dict[Corner, str], moves: dict[Corner, str], outcome: str
) -> list[tuple[str, str, str]]:
    rows = [(case_id, "placement", placement), (case_id, "outcome", outcome)]
    rows += [(case_id, f"role:{corner}", role) for corner, role in roles.items()]
    rows += [(case_id, f"move:{corner}", move) for corner, move in moves.items()]
    return rows


def _result_picks(result: CaseResult) -> list[tuple[str, str, str]]:
    placement = f"{result.placement.owner}:{int(result.placement.needs_other)}"
    return _picks(result.case_id, placement, dict(result.roles), dict(result.moves), result.outcome)


class IndexUnavailable(ValueError):
    """No comparison this time: the index is locked by another instance or cannot be used at all."""


BUSY_TIMEOUT = 0.25
"""Seconds to wait for another instance's lock on the index: never long enough for a person to notice."""


def _connect(target: Path | str) -> sqlite3.Connection:
    db = sqlite3.connect(target, timeout=BUSY_TIMEOUT)
    try:
        db.executescript(SCHEMA)
    except BaseException:
        db.close()
        raise
    return db


def _is_locked(error: sqlite3.Error) -> bool:
    return isinstance(error, sqlite3.OperationalError) and ("locked" in str(error) or "busy" in str(error))


class ChoiceIndex:
    """The index of earlier choices. It is a cache: whatever goes wrong with its file (random bytes, a
    folder in its place, a full disk), it is built again, in memory if the file cannot be used. A lock held
    by another instance costs at most BUSY_TIMEOUT and gives no comparison this time (IndexUnavailable)."""

    def __init__(self, saves: Path) -> None:
        self.saves = saves
        self.in_memory = False
        self.db: sqlite3.Connection | None = None
        with contextlib.suppress(IndexUnavailable):
            self._ensure()

    def _ensure(self) -> sqlite3.Connection:
        if self.db is None:
            self.db = self._open()
        return self.db

    def _open(self) -> sqlite3.Connection:
        """The index file, or a new one in place of a broken file, or one in memory; IndexUnavailable while
        another instance holds it (tried again at the next reveal)."""
        target = self.saves / INDEX
        try:
            self.saves.mkdir(parents=True, exist_ok=True)
            return _connect(target)
        except (OSError, sqlite3.Error) as error:
            if isinstance(error, sqlite3.Error) and _is_locked(error):
                raise IndexUnavailable(f"{INDEX}: {error}") from None
            if target.is_file() and not target.is_symlink():
                with contextlib.suppress(OSError, sqlite3.Error):
                    target.unlink()  # a cache that cannot be read is thrown away and built again
                    return _connect(target)
            return self._memory()

    def _memory(self) -> sqlite3.Connection:
        self.in_memory = True
        return _connect(":memory:")

    def _rebuild(self) -> None:
        """After an error in use: start again from nothing (the journals are the truth), in a new file if the
        old one can be thrown away, else in memory."""
        with contextlib.suppress(sqlite3.Error):
            if self.db is not None:
                self.db.close()
        self.db = None
        target = self.saves / INDEX
        if not self.in_memory and target.is_file() and not target.is_symlink():
            with contextlib.suppress(OSError):
                target.unlink()
        self.db = self._memory() if self.in_memory else self._open()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def refresh(self, deck: Deck) -> int:
        """Read new and changed journals and imported results; forget removed ones. Returns files read.

        Raises IndexUnavailable when the index is locked elsewhere; any other error rebuilds it."""
        for attempt in range(3):
            try:
                return self._refresh(self._ensure(), deck)
            except sqlite3.Error as error:
                if _is_locked(error) and not self.in_memory:
                    raise IndexUnavailable(f"{INDEX}: {error}") from None
                if attempt == 1:
                    self.in_memory = True  # the file failed twice (a full disk): keep it in memory
                self._rebuild()
        raise IndexUnavailable(Catalog("nl")("index.cannot_build", name=INDEX))

    def _refresh(self, db: sqlite3.Connection, deck: Deck) -> int:
        present: dict[str, Path] = {path.name: path for path in iter_journals(self.saves)}
        imported = self.saves / IMPORTED
        if imported.is_dir():
            for path in imported.glob("*.json"):
                present[f"{IMPORTED}/{path.name}"] = path
        known = {name: (mtime, size) for name, mtime, size in db.execute("select name, mtime, size from files")}
        read = 0
        with db:
            for name in set(known) - set(present):
                db.execute("delete from picks where file = ?", (name,))
                db.execute("delete from files where name = ?", (name,))
            for name, path in present.items():
                try:
                    stat = path.stat()
                except OSError:
                    continue  # removed since the folder was listed
                if known.get(name) == (stat.st_mtime, stat.st_size):
                    continue
                rows = self._read(path, deck, imported=name.startswith(IMPORTED))
                read += 1
                if name in known:
                    db.execute("delete from picks where file = ?", (name,))
                db.executemany("insert into picks values (?, ?, ?, ?)", [(name, *row) for row in rows])
                db.execute("insert or replace into files values (?, ?, ?)", (name, stat.st_mtime, stat.st_size))
        return read

    def _read(self, path: Path, deck: Deck, imported: bool) -> list[tuple[str, str, str]]:
        try:
            if imported:
                results = read_results(path)
                return [
                    row
                    for case in results.cases
                    for row in _picks(
                        case.case,
                        f"{case.placement.owner}:{int(case.placement.needs_other)}",
                        dict(case.roles),
                        dict(case.moves),
                        case.outcome,
                    )
                ]
            opened = open_session(path, deck)
            rows = [row for result in opened.game.state.results for row in _result_picks(result)]
            done = len(opened.game.state.results)
            for index, votes in opened.journal.votes.items():
                if index < done:  # a reveal taken back with its case counts nowhere
                    rows += [(votes.case, f"room:{q}", str(sum(c.values()))) for q, c in votes.counts.items()]
            return rows
        except (JournalError, ResultsError, OSError):
            return []

    def shares(self, case_id: str, exclude: str | None = None) -> CaseShares:
        """Counts for one case over every indexed session but `exclude` (the one being played)."""
        shares = CaseShares()
        query = "select file, what, value from picks where case_id = ?"
        files = set()
        try:
            rows = self._ensure().execute(query, (case_id,)).fetchall()
        except sqlite3.Error as error:
            if not _is_locked(error):
                with contextlib.suppress(sqlite3.Error, IndexUnavailable):
                    self._rebuild()
            raise IndexUnavailable(f"{INDEX}: {error}") from None
        for file, what, value in rows:
            if file == exclude:
                continue
            files.add(file)
            if what == "placement":
                shares.placements[value] += 1
            elif what == "outcome":
                shares.outcomes[value] += 1
            elif what.startswith("role:"):
                shares.roles.setdefault(what[5:], Counter())[value] += 1
            elif what.startswith("move:"):
                shares.moves.setdefault(what[5:], Counter())[value] += 1
            elif what.startswith("room:") and value.isdigit():
                shares.room[what[5:]] += int(value)
        shares.sessions = len(files)
        return shares
