"""Play the real game through pygame events one confirmed step at a time, to test what is saved."""

from __future__ import annotations

from pathlib import Path

import pygame

from kleinekernen.engine.state import Step
from kleinekernen.ui.app import App
from kleinekernen.ui.scenes.case import MENU_STEPS, CaseScene
from tests.ui.helpers import click, press, start, stop_centre


def confirmed(app: App) -> int:
    assert app.session is not None
    return len(app.session.game.state.history)


def push_on(app: App) -> None:
    """One key a group would press now: a card or quadrant on a choice screen, otherwise Next."""
    scene = app.scene
    on_menu = isinstance(scene, CaseScene) and scene.handover is None and scene.step in MENU_STEPS
    press(app, pygame.K_1 if on_menu else pygame.K_PAGEDOWN)


def confirm_one(app: App, presses: int = 12) -> bool:
    """Press on until one more choice is confirmed; False if none was (the screen stayed on its step)."""
    before = confirmed(app)
    for _ in range(presses):
        case = next((scene for scene in reversed(app.scenes) if isinstance(scene, CaseScene)), None)
        if case is None or case.step is Step.END:
            return False
        push_on(app)
        if confirmed(app) > before:
            return True
    return False


def new_game(saves: Path, cases: int | None = None) -> App:
    """The title, New session, and Start, as a facilitator clicks them."""
    app = start(saves=saves)
    press(app, pygame.K_RETURN)  # "Nieuwe sessie" has the focus on an empty saves/
    if cases is not None:
        app.scene.choices.cases = cases  # type: ignore[attr-defined]
    click(app, stop_centre(app.scene, app, "start"))
    assert type(app.scene).__name__ == "CaseScene"
    return app


def shown(app: App) -> str:
    app.dirty = True
    app.step([])
    return app.screen_text()
