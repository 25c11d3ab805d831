"""Content: the scenario models, and loading them from TOML with located errors."""

from .deck import Deck, LoadResult, load_deck
from .models import Case, Move, Role
from .problems import Problem

__all__ = ["Case", "Deck", "LoadResult", "Move", "Problem", "Role", "load_deck"]
