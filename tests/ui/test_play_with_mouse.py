"""A whole 3-case session with the mouse alone, as a village group around one laptop would play."""

from __future__ import annotations

from kleinekernen.engine.state import Step
from kleinekernen.ui.scenes.overlays import ConfirmOverlay
from tests.ui.helpers import click, empty_spot, scene_name, start, step, stop_centre


def test_a_village_group_plays_three_cases_with_the_mouse_only() -> None:
    app = start(lang="en")
    click(app, stop_centre(app.scene, app, "new"))
    assert scene_name(app) == "SetupScene" and "A new session" in app.screen_text()
    click(app, stop_centre(app.scene, app, "players:overheid"))  # one player for the municipality too
    while app.scene.choices.cases != 3:  # type: ignore[attr-defined]
        click(app, stop_centre(app.scene, app, "cases"))
    click(app, stop_centre(app.scene, app, "start"))
    handovers = 0
    for number in range(1, 4):
        assert step(app) is Step.DRAW and f"Case {number} of 3" in app.screen_text()
        click(app, empty_spot(app))
        case = app.session.game.case  # type: ignore[union-attr]
        assert case is not None
        click(app, stop_centre(app.scene, app, case.quadrant))
        while step(app) in (Step.ROLES, Step.MOVES):
            if app.scene.handover is not None:  # type: ignore[attr-defined]
                handovers += 1
                assert "Your turn" in app.screen_text()
                click(app, empty_spot(app))
                continue
            first = app.scene.stops(app.screen_rect())[0]
            click(app, first.rect.center)
        while step(app) is Step.OUTCOME:
            click(app, empty_spot(app))
        click(app, empty_spot(app))  # reveal
        assert "The card says" in app.screen_text()
        click(app, empty_spot(app))
        assert step(app) is Step.REFLECT
        click(app, stop_centre(app.scene, app, "plus"))
        assert app.session.timer.remaining > 300  # type: ignore[union-attr]
        click(app, empty_spot(app))  # an empty spot does nothing here: people click to type
        assert step(app) is Step.REFLECT
        click(app, stop_centre(app.scene, app, "next"))
        assert "Het gesprek afronden?" in app.screen_text() or "End the conversation?" in app.screen_text()
        click(app, stop_centre(app.scene, app, "end"))
    assert scene_name(app) == "EndScene"
    state = app.session.game.state  # type: ignore[union-attr]
    assert len(state.results) == 3 and handovers == 0  # one player per corner: nobody hands the laptop on
    assert all(r.placement.owner == app.session.game.deck.cases[r.case_id].owner for r in state.results)  # type: ignore[union-attr]
    assert all(r.auto_corners == ("partners",) for r in state.results)
    for _ in range(3):
        click(app, stop_centre(app.scene, app, "next"))
    assert isinstance(app.scene, ConfirmOverlay)
    click(app, stop_centre(app.scene, app, "yes"))
    assert scene_name(app) == "TitleScene"
