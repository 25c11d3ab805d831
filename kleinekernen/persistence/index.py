"""How earlier sessions chose, per case: an index in saves/index.sqlite, rebuilt from the journals.

The index is a cache: delete it and it is built again. A journal is read (and replayed) once; after that
only new or changed files are read, so a summary over thousands of sessions is one quick query.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..content.deck import Deck
from ..content.models import Corner
from ..engine.state import CaseResult
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


class ChoiceIndex:
    def __init__(self, saves: Path) -> None:
        self.saves = saves
        saves.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(saves / INDEX)
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def refresh(self, deck: Deck) -> int:
        """Read new and changed journals and imported results; forget removed ones. Returns files read."""
        present: dict[str, Path] = {path.name: path for path in iter_journals(self.saves)}
        imported = self.saves / IMPORTED
        if imported.is_dir():
            for path in imported.glob("*.json"):
                present[f"{IMPORTED}/{path.name}"] = path
        known = {name: (mtime, size) for name, mtime, size in self.db.execute("select name, mtime, size from files")}
        read = 0
        with self.db:
            for name in set(known) - set(present):
                self.db.execute("delete from picks where file = ?", (name,))
                self.db.execute("delete from files where name = ?", (name,))
            for name, path in present.items():
                stat = path.stat()
                if known.get(name) == (stat.st_mtime, stat.st_size):
                    continue
                rows = self._read(path, deck, imported=name.startswith(IMPORTED))
                read += 1
                if name in known:
                    self.db.execute("delete from picks where file = ?", (name,))
                self.db.executemany("insert into picks values (?, ?, ?, ?)", [(name, *row) for row in rows])
                self.db.execute("insert or replace into files values (?, ?, ?)", (name, stat.st_mtime, stat.st_size))
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
            return [row for result in opened.game.state.results for row in _result_picks(result)]
        except (JournalError, ResultsError, OSError):
            return []

    def shares(self, case_id: str, exclude: str | None = None) -> CaseShares:
        """Counts for one case over every indexed session but `exclude` (the one being played)."""
        shares = CaseShares()
        query = "select file, what, value from picks where case_id = ?"
        files = set()
        for file, what, value in self.db.execute(query, (case_id,)):
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
        shares.sessions = len(files)
        return shares
