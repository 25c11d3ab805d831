"""The rules engine: pure Python, no pygame. A session is a seed plus its choices; its state follows.

The stable API (see the README): `load_deck`, `Game(deck, Setup(...))`, `game.legal_choices()`,
`game.apply(choice)`, `game.step`, `game.case`, `game.turn()`, `game.state.meters`, `game.results`.
"""

from .choices import Choice, ChooseRole, Continue, Place, PlayMove
from .deckfile import DeckError, load_deck
from .errors import IllegalChoice, SetupError
from .game import Game
from .setup import Player, Setup
from .state import CaseResult, Change, Meters, State, Step

__all__ = [
    "CaseResult",
    "Change",
    "Choice",
    "ChooseRole",
    "Continue",
    "DeckError",
    "Game",
    "IllegalChoice",
    "Meters",
    "Place",
    "PlayMove",
    "Player",
    "Setup",
    "SetupError",
    "State",
    "Step",
    "load_deck",
]
