"""Start the game on the dummy video driver and look at what it shows."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pygame

from kleinekernen.engine.state import Step
from kleinekernen.ui.app import App
from kleinekernen.ui.driver import click, press
from kleinekernen.ui.scenes.base import Scene


def start(size: tuple[int, int] = (1280, 720), lang: str = "nl", seed: int = 3, saves: Path | None = None) -> App:
    """A game on the dummy driver, saving into its own empty folder unless one is given."""
    app = App(lang=lang, seed=seed, size=size, saves=saves or Path(tempfile.mkdtemp(prefix="kk-saves-")))
    app.step([])
    return app


def scene_name(app: App) -> str:
    return type(app.scene).__name__


def step(app: App) -> Step | None:
    return app.session.game.step if app.session else None


def stop_centre(scene: Scene, app: App, key: str) -> tuple[int, int]:
    """Where a person would click to reach the button or card called `key`."""
    for stop in scene.stops(app.screen_rect()):
        if stop.key == key:
            return stop.rect.center
    raise AssertionError(f"no {key!r} on {type(scene).__name__}: {[s.key for s in scene.stops(app.screen_rect())]}")


def empty_spot(app: App) -> tuple[int, int]:
    """A point on no button: the middle of the bottom margin."""
    return (app.screen_rect().centerx, app.screen_rect().bottom - 4)


def play_to_end(app: App, cases: int) -> None:
    """From the title, a session of `cases` cases played with the first choice each time, to the end screen."""
    press(app, pygame.K_RETURN)
    app.scene.choices.cases = cases  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    while scene_name(app) != "EndScene":
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)


def clicker(app: App, name: str) -> None:
    keys = {
        "next": pygame.K_PAGEDOWN,
        "back": pygame.K_PAGEUP,
        "f5": pygame.K_F5,
        "esc": pygame.K_ESCAPE,
        "b": pygame.K_b,
        "period": pygame.K_PERIOD,
    }
    press(app, keys[name])


__all__ = ["click", "clicker", "empty_spot", "play_to_end", "press", "scene_name", "start", "step", "stop_centre"]
