"""The trainer's preview: the game opens on one case file and follows every save within a second."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pygame

from kleinekernen.engine.state import Step
from kleinekernen.ui.preview import ErrorsOverlay, open_preview
from kleinekernen.ui.screenshots import render_case
from tests.conftest import SCENARIOS
from tests.ui.helpers import press, scene_name, step


def a_case(tmp_path: Path) -> Path:
    path = tmp_path / "mijn-casus.toml"
    text = (SCENARIOS / "cases" / "carnavalswagen.toml").read_text(encoding="utf-8")
    path.write_text(text.replace('id = "carnavalswagen"', 'id = "mijn-casus"'), encoding="utf-8")
    return path


def save(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    stamp = time.time() + 1
    os.utime(path, (stamp, stamp))  # a new modification time, however fast the test runs


def wait_for(app, words: str, seconds: float = 1.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.step([])
        app.dirty = True
        app.step([])
        if words in app.screen_text():
            return True
        time.sleep(0.05)
    return False


def test_saving_the_case_shows_the_new_title_within_a_second(tmp_path: Path) -> None:
    path = a_case(tmp_path)
    app = open_preview(path)
    assert scene_name(app) == "CaseScene" and step(app) is Step.DRAW
    assert wait_for(app, "De carnavalswagen")
    text = path.read_text(encoding="utf-8").replace('title.nl = "De carnavalswagen"', 'title.nl = "De praalwagen"')
    save(path, text)
    assert wait_for(app, "De praalwagen", seconds=1.0)


def test_a_broken_save_shows_its_error_with_the_line_and_the_game_keeps_running(tmp_path: Path) -> None:
    path = a_case(tmp_path)
    app = open_preview(path)
    good = path.read_text(encoding="utf-8")
    broken = good.replace("needs_other = false", 'needs_other = "nee"')
    line = next(n for n, text in enumerate(broken.split("\n"), 1) if text.startswith("needs_other"))
    save(path, broken)
    assert wait_for(app, f"mijn-casus.toml:{line}:1: needs_other:")
    assert isinstance(app.scene, ErrorsOverlay) and app.running
    press(app, pygame.K_SPACE)  # back to the last good version, still playable
    assert scene_name(app) == "CaseScene"
    press(app, pygame.K_PAGEDOWN)
    assert step(app) is Step.PLACE
    save(path, good.replace('title.nl = "De carnavalswagen"', 'title.nl = "Weer goed"'))
    assert wait_for(app, "Weer goed")


def test_preview_png_renders_every_step_of_the_case(tmp_path: Path) -> None:
    shots = [p for p in render_case(a_case(tmp_path), tmp_path / "png") if not p.stem.startswith("effect-")]
    names = [p.stem.split("-", 1)[1] for p in shots]
    assert names[0] == "draw" and "place" in names and "outcome" in names and names[-1].startswith("reflect-question-")
    questions = [name for name in names if name.startswith("reflect-question-")]
    assert len(questions) == 3  # every question of the case, by the preview's button
    assert all(p.stat().st_size > 5000 for p in shots)


def test_a_game_started_with_watch_follows_a_saved_case(scenarios_copy: Path) -> None:
    from kleinekernen.ui.app import App
    from kleinekernen.ui.preview import DeckWatcher

    app = App(seed=3, scenarios=scenarios_copy, saves=scenarios_copy.parent / "saves")
    app.watcher = DeckWatcher(app)
    app.step([])
    press(app, pygame.K_RETURN)
    app.scene.start()  # type: ignore[attr-defined]
    case_id = app.session.game.state.case_id  # type: ignore[union-attr]
    path = scenarios_copy / "cases" / f"{case_id}.toml"
    text = path.read_text(encoding="utf-8")
    old_title = app.session.game.case.title.nl  # type: ignore[union-attr]
    save(path, text.replace(f'title.nl = "{old_title}"', 'title.nl = "Vers van de pers"'))
    assert wait_for(app, "Vers van de pers")
    assert step(app) is Step.DRAW and app.running
