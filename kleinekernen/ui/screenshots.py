"""`kleinekernen screenshots OUTDIR`: every scene of a scripted session, rendered to PNG without a window."""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pygame

from ..content.models import Effect
from ..engine.picks import Picks, effect_picks
from ..engine.state import Step
from .app import App
from .driver import click, press, settle, type_text
from .preview import open_preview
from .scenes.case import CaseScene
from .scenes.help_button import help_button_rect


def _shot(app: App, outdir: Path, shots: list[Path], name: str) -> None:
    """Let animations finish and save the screen as the next numbered PNG."""
    settle(app)
    path = outdir / f"{len(shots) + 1:02d}-{name}.png"
    pygame.image.save(app.screen, str(path))
    shots.append(path)


Shot = Callable[[App, Path, list[Path], str], None]
"""Saves the screen(s) of `app` named by the last argument into the folder, appending each path to the list."""


def render_screenshots(
    outdir: Path, *, size: tuple[int, int] = (1280, 720), lang: str = "nl", seed: int = 7
) -> list[Path]:
    """Play a scripted 3-case session with one village player and one municipality player."""
    return shoot_session(outdir, _shot, size=size, lang=lang, seed=seed)


def shoot_session(
    outdir: Path,
    shot: Shot,
    *,
    size: tuple[int, int],
    lang: str,
    seed: int,
    presenter: bool = False,
    prepare: Callable[[App], None] | None = None,
) -> list[Path]:
    """The scripted session off screen, in saves of its own (never the group's), `shot` taken at every screen;
    `prepare` sets the app up before the first one."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # this tool draws off screen; the game itself never sets it
    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kleinekernen-screenshots-") as scratch:
        app = App(lang=lang, seed=seed, size=size, saves=Path(scratch), presenter=presenter)
        if prepare is not None:
            prepare(app)
        walk_session(app, functools.partial(shot, app, outdir, shots))
        app.context.close()
    pygame.display.quit()
    return shots


def walk_session(app: App, shot: Callable[[str], None]) -> None:
    """A scripted 3-case session with one village player and one municipality player; `shot` names each screen."""
    shot("title")
    press(app, pygame.K_h)
    shot("help")
    press(app, pygame.K_SPACE)
    press(app, pygame.K_RETURN)  # new session
    press(app, pygame.K_UP)  # back to the village name
    type_text(app, "Ruïnerwold-Oost")
    press(app, pygame.K_TAB)
    press(app, pygame.K_TAB)  # the village players' names
    type_text(app, "Anna")
    press(app, pygame.K_TAB)
    press(app, pygame.K_TAB)
    press(app, pygame.K_RIGHT)  # one player for the municipality
    press(app, pygame.K_TAB)
    type_text(app, "Jansen")
    app.scene.choices.cases = 3  # type: ignore[attr-defined]
    shot("setup")
    app.scene.start()  # type: ignore[attr-defined]
    for number in range(1, 4):
        shot(f"case{number}-draw")
        press(app, pygame.K_PAGEDOWN)
        shot(f"case{number}-place")
        case = app.session.game.case if app.session else None
        index = {"burgers_alone": 1, "burgers_with_overheid": 2, "overheid_alone": 3, "overheid_with_burgers": 4}
        press(app, pygame.K_0 + index[case.quadrant] if case else pygame.K_1)
        while app.session and app.session.game.step in (Step.ROLES, Step.MOVES):
            scene = app.scene
            if getattr(scene, "handover", None) is not None:
                shot(f"case{number}-handover")
                press(app, pygame.K_PAGEDOWN)
                continue
            step = app.session.game.step.value
            corner = app.session.game.turn()
            shot(f"case{number}-{step}-{corner}")
            press(app, pygame.K_1 + number % 3)
        shot(f"case{number}-outcome")
        if number == 1:
            click(app, help_button_rect(app).center)  # the help button, as a mouse user opens help
            shot("outcome-help")
            press(app, pygame.K_SPACE)
        press(app, pygame.K_F5)  # every reason, as the clicker's F5 shows them
        page = 1
        while app.session and app.session.game.step is Step.OUTCOME:
            shot(f"case{number}-outcome-reasons-{page}")
            press(app, pygame.K_PAGEDOWN)
            settle(app)
            page += 1
        shot(f"case{number}-reveal-hidden")
        press(app, pygame.K_PAGEDOWN)
        shot(f"case{number}-reveal")
        press(app, pygame.K_PAGEDOWN)
        press(app, pygame.K_TAB)
        press(app, pygame.K_TAB)
        type_text(app, app.t("screenshots.note"))
        shot(f"case{number}-reflect")
        press(app, pygame.K_ESCAPE)  # out of the notes
        press(app, pygame.K_PAGEDOWN)
        shot(f"case{number}-end-talk")
        press(app, pygame.K_PAGEDOWN)
    shot("end-chart")
    press(app, pygame.K_PAGEDOWN)
    shot("end-profile")
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_TAB)
    type_text(app, app.t("screenshots.plan_why"))
    press(app, pygame.K_TAB)
    type_text(app, app.t("screenshots.plan_how"))
    shot("end-plan")
    press(app, pygame.K_ESCAPE)  # out of the answer: B is then the black screen
    press(app, pygame.K_b)
    shot("black")
    press(app, pygame.K_SPACE)
    app.ask_quit()
    shot("quit")


def render_case(
    case_path: Path,
    outdir: Path,
    *,
    size: tuple[int, int] = (1280, 720),
    lang: str = "nl",
    picks: Picks | None = None,
) -> list[Path]:
    """Every step of one case (draw, matrix, roles, moves, outcome, reveal, reflect) as PNG, without a window;
    then, per effect the case defines, the outcome of a play that triggers it (`effect-NN-...png`)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # this tool draws off screen; the game itself never sets it
    outdir.mkdir(parents=True, exist_ok=True)
    app = open_preview(case_path, lang=lang, size=size, picks=picks)
    shots: list[Path] = []
    walk_case(app, functools.partial(_shot, app, outdir, shots))
    if app.session is None:
        return shots
    deck, case = app.session.game.deck, app.session.game.case
    assert case is not None
    for number, effect in enumerate(case.effects, 1):
        app = open_preview(case_path, lang=lang, size=size, picks=effect_picks(deck, case, effect))
        shots.append(_effect_shot(app, outdir / f"effect-{number:02d}-{effect_name(effect)}.png"))
    return shots


def effect_name(effect: Effect) -> str:
    """What an effect judges, for its picture's file name: move-ID, role-ID or kind-KIND-CORNER."""
    if effect.move is not None:
        return f"move-{effect.move}"
    if effect.role is not None:
        return f"role-{effect.role}"
    return f"kind-{effect.kind}-{effect.corner}"


def _effect_shot(app: App, path: Path) -> Path:
    """The page of every reason that shows the case's own effect (marked as such), saved to `path`."""
    settle(app)
    press(app, pygame.K_F5)  # every reason
    scene = app.scene
    while isinstance(scene, CaseScene) and scene.step is Step.OUTCOME and scene.reasons:
        page = scene.outcome.change_pages()[scene.page]
        if any(isinstance(row, list) and any(c.rule == "casus" for c in row) for row in page):
            break
        if scene.page + 1 >= len(scene.outcome.change_pages()):
            scene.page = 0  # the effect is not among the reasons (the meters gated it): the first page
            break
        press(app, pygame.K_PAGEDOWN)
    settle(app)
    pygame.image.save(app.screen, str(path))
    return path


def walk_case(app: App, seen: Callable[[str], None]) -> None:
    """Go through every screen of the previewed case from where it opened, calling `seen` with each screen's
    name once it is drawn."""
    if app.session is None:
        seen("errors")
        return
    while (game := app.session.game).step is not Step.REFLECT:
        step, corner = game.step, game.turn()
        if step is Step.DRAW:
            seen("draw")
            press(app, pygame.K_PAGEDOWN)
        elif step is Step.PLACE:
            seen("place")
            press(app, pygame.K_1)
        elif step in (Step.ROLES, Step.MOVES):
            seen(f"{'role' if step is Step.ROLES else 'move'}-{corner}")
            press(app, pygame.K_1)
        elif step is Step.OUTCOME:
            seen("outcome")
            press(app, pygame.K_F5)  # every reason
            page = 1
            while app.session.game.step is Step.OUTCOME:
                seen(f"outcome-reasons-{page}")
                press(app, pygame.K_PAGEDOWN)
                page += 1
        else:
            seen("reveal-hidden")
            press(app, pygame.K_PAGEDOWN)
            seen("reveal")
            press(app, pygame.K_PAGEDOWN)
    seen("reflect")
    questions = app.session.game.case.questions if app.session.game.case else []
    for number in range(1, len(questions) + 1):  # the preview's button: every question of the case in turn
        button = next((s.rect for s in app.scene.stops(app.screen_rect()) if s.key == "question"), None)
        if button is None:
            break
        click(app, button.center)
        seen(f"reflect-question-{number}")
