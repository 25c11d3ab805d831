"""The hand-over screen shows only when the person at the laptop changes."""

from __future__ import annotations

import pygame

from kleinekernen.engine.state import Step
from kleinekernen.ui.app import App
from tests.ui.helpers import click, press, scene_name, start, step


def play(players: dict[str, int], cases: int = 3) -> tuple[App, list[tuple[int, str]]]:
    """A session played with the first choice each time; every hand-over seen, as (case, player named)."""
    app = start()
    press(app, pygame.K_RETURN)
    app.scene.choices.players = dict(players)  # type: ignore[attr-defined]
    app.scene.choices.cases = cases  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    seen: list[tuple[int, str]] = []
    while scene_name(app) != "EndScene":
        if scene_name(app) == "CaseScene" and app.scene.handover is not None:  # type: ignore[attr-defined]
            game = app.session.game  # type: ignore[union-attr]
            player = game.player_for(app.scene.handover)  # type: ignore[attr-defined]
            assert player is not None and player in app.screen_text()
            seen.append((game.state.case_index + 1, player))
            press(app, pygame.K_PAGEDOWN)
            continue
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
    return app, seen


def test_one_player_per_corner_never_hands_the_laptop_on() -> None:
    _, seen = play({"burgers": 1, "partners": 1, "overheid": 1})
    assert seen == []


def test_two_players_on_one_corner_hand_over_once_each_time_the_person_changes() -> None:
    app, seen = play({"burgers": 2, "partners": 1, "overheid": 0})
    # the burgers take turns by case: the second at case 2, the first again at case 3
    assert seen == [(2, "Burgers 2"), (3, "Burgers 1")]
    results = app.session.game.state.results  # type: ignore[union-attr]
    assert len(results) == 3


def test_setup_rows_do_what_their_arrows_show_under_the_mouse() -> None:
    app = start()
    press(app, pygame.K_RETURN)
    scene = app.scene
    row = next(stop for stop in scene.stops(app.screen_rect()) if stop.key == "players:partners")
    middle = scene.arrows_middle(row)  # type: ignore[attr-defined]
    right_arrow = (middle + (middle - row.rect.left) // 2, row.rect.centery)  # over the drawn "›"
    left_arrow = (row.rect.left + app.metrics.gap + 2, row.rect.centery)  # over the drawn "‹"
    click(app, right_arrow)
    assert scene.choices.players["partners"] == 1  # type: ignore[attr-defined]
    click(app, left_arrow)
    click(app, left_arrow)  # "‹" stops at 0 and never wraps to the most
    assert scene.choices.players["partners"] == 0  # type: ignore[attr-defined]
