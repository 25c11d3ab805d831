"""The engine and the content layer are pure Python: they import and play without pygame."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO

SCRIPT = """
import sys
sys.modules["pygame"] = None  # any "import pygame" now fails
import kleinekernen.engine, kleinekernen.content, kleinekernen.analysis.simulate, kleinekernen.analysis.balance
from kleinekernen import paths
from kleinekernen.content.deck import load_deck
from kleinekernen.analysis.simulate import simulate
game = simulate(load_deck(paths.scenarios(), assets=paths.assets()).deck, seed=5, cases=3)
assert "pygame" not in {name.split(".")[0] for name, module in sys.modules.items() if module is not None}
print(len(game.state.results))
"""


def test_engine_imports_and_plays_with_pygame_unimportable() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3"
