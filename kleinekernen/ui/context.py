"""What the game holds while it runs, apart from the window: the deck, the session being played, the library.

Scenes read and change these only through the methods here, so it is clear who starts a session, who lets it go and
when the deck changes. The deck is loaded on first use (after the title's first frame).
"""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..content.deck import Deck, load_deck
from ..content.problems import Problem
from ..engine.game import Game
from ..persistence.index import CaseShares
from ..persistence.journal import iter_journals
from ..persistence.library import SessionLibrary
from ..persistence.sessions import SessionInfo
from .roomstatus import RoomStatus
from .session import PlaySession


class GameContext:
    def __init__(self, *, scenarios: Path, saves: Path, lang: str, preview: bool = False) -> None:
        self.scenarios = scenarios
        self.saves = saves
        self.lang = lang
        self.preview = preview
        """True in `kleinekernen preview`: one case, three corners at one table, no handing over."""
        self.library = SessionLibrary(saves)
        self.session: PlaySession | None = None
        self.room: RoomStatus | None = None
        """The room of phones voting, while one is open (the presenter view shows how many have voted)."""
        self.notices: list[str] = []
        """What the game tells once about an opened session (a torn last line, changed cases)."""
        self._deck: Deck | None = None
        self._deck_problems: list[Problem] = []

    # the deck
    @property
    def deck_loaded(self) -> bool:
        return self._deck is not None

    def has_journals(self) -> bool:
        """Is there any session in saves/ (finished or not)? Cheap: only the folder is looked at."""
        return next(iter_journals(self.saves), None) is not None

    def load_deck(self) -> Deck:
        loaded = load_deck(self.scenarios, assets=paths.assets(), lang=self.lang)
        self.set_deck(loaded.deck, loaded.problems)
        return loaded.deck

    @property
    def deck(self) -> Deck:
        return self._deck if self._deck is not None else self.load_deck()

    @property
    def deck_problems(self) -> list[Problem]:
        return self._deck_problems

    def set_deck(self, deck: Deck, problems: list[Problem] | None = None) -> None:
        self._deck = deck
        self._deck_problems = list(problems or [])

    def reload_deck(self, deck: Deck) -> None:
        """The deck's files changed (`play --watch`): the running session is replayed on the new deck.

        Raises the engine's error (or KeyError) when its choices no longer fit; the old deck then stays.
        """
        if self.session is not None:
            self.session.game = Game(deck, self.session.game.setup, self.session.game.state.history)
        self.set_deck(deck)
        self.library.forget()

    # sessions
    def start(self, session: PlaySession, notices: list[str] | None = None) -> None:
        """Play this (new or resumed) session from now on, letting go of the one before."""
        if self.session is not None and self.session is not session:
            self.session.close()
        self.session = session
        self.notices = list(notices or [])

    def end_session(self) -> None:
        """Back to the title: let go of the session (its lock, so another window may open it)."""
        if self.session is not None:
            self.session.close()
        self.session = None
        self.library.forget()

    def told_notices(self) -> None:
        self.notices = []

    def sessions(self) -> tuple[list[SessionInfo], list[str]]:
        return self.library.sessions(self.deck, self.lang)

    def forget_sessions(self) -> None:
        self.library.forget()

    def earlier_choices(self, case_ids: list[str]) -> list[CaseShares]:
        current = self.session.path.name if self.session and self.session.path else None
        return self.library.earlier_choices(self.deck, case_ids, exclude=current)

    def close(self) -> None:
        """Quitting: keep what is on screen but not confirmed yet (the note, the timer, the plan)."""
        if self.session is not None:
            self.session.save_draft()
            self.session.save_plan()
            self.session.close()
        self.library.close()
