"""The rules engine: pure Python, no pygame. A session is a seed plus its choices; its state follows."""

from .choices import Choice, ChooseRole, Continue, Place, PlayMove
from .errors import IllegalChoice, SetupError
from .game import Game
from .setup import Player, Setup
from .state import State, Step

__all__ = [
    "Choice",
    "ChooseRole",
    "Continue",
    "Game",
    "IllegalChoice",
    "Place",
    "PlayMove",
    "Player",
    "Setup",
    "SetupError",
    "State",
    "Step",
]
