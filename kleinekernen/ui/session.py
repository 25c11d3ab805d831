"""A session as the screen plays it: the engine's game plus what only the screen keeps (timer, fields).

The journal comes before the engine: a choice is checked, written and fsynced, and only then does the
game move on. A write that fails (a full disk, a read-only folder) leaves the screen on its step, with
`problem` saying what happened; nothing confirmed before it is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..content.deck import Deck
from ..engine import game as engine
from ..engine.choices import Choice, ChooseRole, Continue, Place, PlayMove
from ..engine.game import Game
from ..engine.setup import Setup
from ..engine.state import Step
from ..persistence.journal import Header, JournalError, JournalWriter, VotesRecord, catalog, why_not_saved
from ..persistence.sessions import Opened, Resumed
from .textfield import TextField
from .timer import Timer


class NotSaved(Exception):
    """A step that could not be written; the screen stays where it was. The message says why, for the group."""


@dataclass
class PlaySession:
    game: Game
    timer: Timer
    note: TextField = field(default_factory=lambda: TextField(multiline=True, limit=2000))
    action_plan: list[TextField] = field(default_factory=lambda: [TextField(multiline=True) for _ in range(3)])
    writer: JournalWriter | None = None
    saved_plan: list[str] = field(default_factory=lambda: ["", "", ""])
    lang: str = "nl"
    unsaved: str = ""
    """Why this whole session is not being saved (a read-only saves/ at the start), or empty."""
    problem: str = ""
    """Why the last write failed, or empty; cleared by the next write that works."""
    locked_out: str = ""
    """Why nothing may be written here at all: the session is open for writing in another instance."""
    created: str = ""
    """When the session began (the journal header's time), for the report's date and file name."""
    votes: dict[int, VotesRecord] = field(default_factory=dict)
    """Per case (its index), how the room's phones voted, as kept in the journal: for the report."""

    @classmethod
    def start(cls, deck: Deck, setup: Setup, saves: Path | None = None, lang: str = "nl") -> PlaySession:
        """A new session, saved in `saves` if it can be; if not, it plays unsaved and says why."""
        game = Game(deck, setup)
        header = Header.of(setup, deck.identity(), lang)
        if saves is None:
            return cls(game, Timer(setup.timer_seconds), lang=lang, created=header.created)
        try:
            writer = JournalWriter.create(saves, header)
        except OSError as error:
            unsaved = catalog(lang)("journal.cannot_save", reason=why_not_saved(error, lang))
            return cls(game, Timer(setup.timer_seconds), lang=lang, unsaved=unsaved, created=header.created)
        return cls(game, Timer(setup.timer_seconds), writer=writer, lang=lang, created=header.created)

    @classmethod
    def resume(cls, resumed: Resumed, lang: str = "nl") -> PlaySession:
        """Back where the session stopped: the step, the note being typed, the timer, the plan."""
        opened = resumed.opened
        game = opened.game
        timer = Timer(game.setup.timer_seconds)
        session = cls(
            game,
            timer,
            writer=resumed.writer,
            lang=lang,
            unsaved=resumed.problem,
            created=opened.journal.header.created,
        )
        draft = opened.journal.draft
        if draft is not None and game.step is Step.REFLECT:
            session.note = TextField(text=draft.note, cursor=len(draft.note), multiline=True, limit=2000)
            timer.remaining = draft.timer
        for index, text in enumerate(opened.journal.plan):
            session.action_plan[index] = TextField(text=text, cursor=len(text), multiline=True)
        session.saved_plan = list(opened.journal.plan)
        session.votes = dict(opened.journal.votes)
        return session

    @property
    def path(self) -> Path | None:
        return self.writer.path if self.writer else None

    def close(self) -> None:
        """Let go of the session's lock (another window may then play it)."""
        if self.writer is not None:
            self.writer.close()

    def _write(self, what: str, *args: object, kept_on_screen: bool = False) -> bool:
        """Write one record through the journal; False (and `problem` says why) when it could not.

        `kept_on_screen`: what failed is text still on screen (the plan, a draft), not a step."""
        if self.locked_out:
            self.problem = self.locked_out
            return False
        if self.writer is None:
            return True
        try:
            getattr(self.writer, what)(*args)
        except (OSError, JournalError) as error:
            reason = why_not_saved(error, self.lang) if isinstance(error, OSError) else str(error)
            key = "journal.text_not_saved" if kept_on_screen else "journal.not_saved"
            self.problem = catalog(self.lang)(key, reason=reason)
            return False
        self.problem = ""
        return True

    def apply(self, choice: Choice) -> None:
        """Confirm a choice: the engine checks it (IllegalChoice), the journal keeps it on disk (NotSaved),
        and only then does the game move on."""
        before = self.game.step
        state = engine.apply(self.game.deck, self.game.setup, self.game.state, choice)
        if not self._write("choice", choice):
            raise NotSaved(self.problem)
        self.game.state = state
        if before is Step.REFLECT:
            self.note = TextField(multiline=True, limit=2000)
            self.timer = Timer(self.game.setup.timer_seconds)

    def last_choice(self) -> Choice | None:
        history = self.game.state.history
        return history[-1] if history else None

    def undo_is_significant(self) -> bool:
        """Undoing this would take back something the group decided (not just a 'go on')."""
        last = self.last_choice()
        if isinstance(last, (Place, ChooseRole, PlayMove)):
            return True
        return isinstance(last, Continue) and bool(last.note or self._last_was_reflect())

    def _last_was_reflect(self) -> bool:
        state = self.game.state
        return state.step in (Step.DRAW, Step.END) and bool(state.results)

    def undo(self) -> Choice | None:
        """Take back the last confirmed choice; a note taken back returns to the notes field. NotSaved when the
        undo cannot be written (the step then stays)."""
        history = self.game.state.history
        if not history:
            return None
        last = history[-1]
        earlier = Game(self.game.deck, self.game.setup, history[:-1])
        if not self._write("undo"):
            raise NotSaved(self.problem)
        self.game = earlier
        if isinstance(last, Continue) and self.game.step is Step.REFLECT:
            self.note = TextField(text=last.note, cursor=len(last.note), multiline=True, limit=2000)
        return last

    def save_plan(self) -> bool:
        """Keep the action plan's answers that changed since they were last kept; False if that failed."""
        for index, field_ in enumerate(self.action_plan):
            if field_.text != self.saved_plan[index] and self.writer is not None:
                if not self._write("plan", index, field_.text, kept_on_screen=True):
                    return False
                self.saved_plan[index] = field_.text
        return True

    def save_votes(self, record: VotesRecord) -> bool:
        """The room's spread at a reveal (counts per option and corner only); False if that failed."""
        self.votes[record.case_index] = record
        return self._write("votes", record, kept_on_screen=True)

    def save_draft(self) -> bool:
        """Keep what is not confirmed yet: the note being typed and the discussion timer; False if that failed."""
        if self.writer is not None and self.game.step is Step.REFLECT:
            return self._write("draft", self.note.text, self.timer.remaining, kept_on_screen=True)
        return True

    @classmethod
    def look_only(cls, opened: Opened, why: str, lang: str = "nl") -> PlaySession:
        """A session open elsewhere, to look at here: every step shows, no choice is taken or written."""
        session = cls(opened.game, Timer(opened.game.setup.timer_seconds), lang=lang, locked_out=why)
        session.problem = why
        return session
