"""Saved sessions: list them, open one where it stopped, delete one. Only files directly in saves/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..content.deck import Deck
from ..engine.errors import EngineError
from ..engine.game import Game
from ..engine.state import Step
from .journal import Journal, JournalError, iter_journals, read_journal


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


def open_session(path: Path, deck: Deck, lang: str = "nl") -> Opened:
    """Replay a journal through the engine. Choices the deck no longer allows end the replay, with a notice."""
    journal = read_journal(path, lang)
    notices = list(journal.notices)
    if journal.header.deck and journal.header.deck != deck.identity():
        notices.append(
            "de casussen zijn veranderd sinds deze sessie; wat niet meer past, wordt overgeslagen"
            if lang != "en"
            else "the cases changed since this session; what no longer fits is left out"
        )
    try:
        game = Game(deck, journal.header.setup())
    except EngineError as error:
        raise JournalError(f"{path.name}: {error}") from None
    for number, choice in enumerate(journal.choices, start=1):
        try:
            game.apply(choice)
        except EngineError as error:
            notices.append(
                f"{path.name}: stap {number}: {error}" if lang != "en" else f"{path.name}: step {number}: {error}"
            )
            journal.choices = journal.choices[: number - 1]
            break
    return Opened(game, journal, notices)


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
        raise JournalError(f"{path.name}: not a session in {folder}")
    path.unlink()
