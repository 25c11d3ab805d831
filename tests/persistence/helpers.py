"""Play and save sessions without a screen, through the same journal the screen uses."""

from __future__ import annotations

from pathlib import Path

from kleinekernen.content.models import CORNERS
from kleinekernen.engine.choices import Choice
from kleinekernen.engine.game import Game
from kleinekernen.engine.policies import random_policy
from kleinekernen.engine.setup import Player, Setup
from kleinekernen.engine.state import Step
from kleinekernen.persistence.journal import Header, JournalWriter
from tests.engine.helpers import deck


def setup(seed: int = 1, cases: int = 3, village: str = "Oosterwolde") -> Setup:
    return Setup(seed=seed, players=tuple(Player(c, c) for c in CORNERS), case_count=cases, village=village)


def play_and_save(folder: Path, seed: int = 1, cases: int = 3, steps: int | None = None) -> tuple[Path, Game]:
    """Play `steps` choices (or a whole session) at random, journalling each as the screen does."""
    game = Game(deck(), setup(seed, cases))
    writer = JournalWriter.create(folder, Header.of(game.setup, deck().identity(), "nl"))
    policy = random_policy(seed)
    count = 0
    while game.step is not Step.END and (steps is None or count < steps):
        choice: Choice = policy(game)
        game.apply(choice)
        writer.choice(choice)
        count += 1
    writer.close()
    return writer.path, game
