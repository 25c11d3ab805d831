"""`load_deck(path)`: the deck a strategy or a tool plays with, or an error naming what is broken."""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..content.deck import Deck
from ..content.deck import load_deck as load_files
from .errors import EngineError
from .texts import both


class DeckError(EngineError):
    """A deck with broken files, e.g. DeckError('scenarios/cases/x.toml:3:1: owner: ...')."""


def load_deck(path: str | Path | None = None, *, lang: str = "nl", strict: bool = True) -> Deck:
    """The deck in a scenarios folder (default: the built-in one).

    With `strict` any broken file raises DeckError listing every problem; without, broken files are left out.
    """
    result = load_files(Path(path) if path is not None else paths.scenarios(), assets=paths.assets(), lang=lang)
    if strict and result.problems:
        raise DeckError("\n".join(str(problem) for problem in result.problems))
    if not result.deck.cases:
        raise DeckError(*both("engine.error.no_cases", path=str(path)))
    return result.deck
