"""The library of saved sessions in one folder: the list (read once until forgotten) and the index of choices.

The screen keeps one library for its whole run; everything it knows about earlier sessions comes from here.
"""

from __future__ import annotations

from pathlib import Path

from ..content.deck import Deck
from .index import CaseShares, ChoiceIndex
from .sessions import SessionInfo, list_sessions


class SessionLibrary:
    def __init__(self, saves: Path) -> None:
        self.saves = saves
        self._sessions: tuple[list[SessionInfo], list[str]] | None = None
        self._index: ChoiceIndex | None = None

    def sessions(self, deck: Deck, lang: str) -> tuple[list[SessionInfo], list[str]]:
        """The saved sessions and the notices about unreadable ones (read once, until forgotten)."""
        if self._sessions is None:
            self._sessions = list_sessions(self.saves, deck, lang)
        return self._sessions

    def forget(self) -> None:
        """The folder changed (a session saved, deleted or imported): read the list again next time."""
        self._sessions = None

    def earlier_choices(self, deck: Deck, case_ids: list[str], exclude: str | None) -> list[CaseShares]:
        """How earlier sessions (and imported results) chose in these cases, leaving out the file `exclude`.

        The index reads new and changed saves once per call, however many cases are asked for.
        """
        if self._index is None:
            self._index = ChoiceIndex(self.saves)
        self._index.refresh(deck)
        return [self._index.shares(case_id, exclude=exclude) for case_id in case_ids]

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
