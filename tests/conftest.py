"""Shared fixtures. Tests never open a window: SDL uses its dummy drivers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

REPO = Path(__file__).resolve().parent.parent
SCENARIOS = REPO / "scenarios"
ASSETS = REPO / "assets"


@pytest.fixture(autouse=True, scope="session")
def private_saves(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sessions played by tests are saved in a temporary folder, never in the repo's saves/."""
    folder = tmp_path_factory.mktemp("saves")
    os.environ["KLEINEKERNEN_SAVES"] = str(folder)
    return folder


@pytest.fixture
def scenarios_copy(tmp_path: Path) -> Path:
    """A private copy of the built-in scenarios folder, to change without touching the repo."""
    target = tmp_path / "scenarios"
    shutil.copytree(SCENARIOS, target)
    (tmp_path / "assets").mkdir()
    return target


@pytest.fixture
def cards_only(tmp_path: Path) -> Path:
    """A scenarios folder with the built-in cards and no cases yet."""
    target = tmp_path / "scenarios"
    for folder in ("moves", "roles", "attitudes", "schema"):
        shutil.copytree(SCENARIOS / folder, target / folder)
    (target / "cases").mkdir()
    (tmp_path / "assets").mkdir()
    return target


from hypothesis import settings  # noqa: E402

settings.register_profile("thorough", max_examples=3000, deadline=None)
settings.register_profile("default", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
