"""Where the game's folders are: scenarios/, assets/ and saves/ beside the package.

KLEINEKERNEN_HOME names another folder that holds them (for an installed copy or a test).
"""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    configured = os.environ.get("KLEINEKERNEN_HOME")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent


def scenarios() -> Path:
    return home() / "scenarios"


def assets() -> Path:
    return home() / "assets"


def saves() -> Path:
    """Saved sessions; KLEINEKERNEN_SAVES points elsewhere (tests use a temporary folder)."""
    configured = os.environ.get("KLEINEKERNEN_SAVES")
    return Path(configured) if configured else home() / "saves"
