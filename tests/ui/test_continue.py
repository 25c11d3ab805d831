"""Continue next week: the title offers the unfinished session, which opens on the exact step."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from kleinekernen.engine.state import Step
from kleinekernen.ui.app import App
from kleinekernen.ui.driver import type_text
from kleinekernen.ui.scenes.overlays import ConfirmOverlay
from tests.ui.helpers import press, scene_name, start, step, stop_centre


def play_to_reflection(saves: Path):  # type: ignore[no-untyped-def]
    app = start(saves=saves)
    press(app, pygame.K_RETURN)
    app.scene.start()  # type: ignore[attr-defined]
    press(app, pygame.K_PAGEDOWN)
    for _ in range(3):
        press(app, pygame.K_2)
    while step(app) is not Step.REFLECT:
        press(app, pygame.K_PAGEDOWN)
    return app


def battery_runs_out(app) -> None:  # type: ignore[no-untyped-def]
    """The process dies: nothing more is written, and the system lets go of the session's lock."""
    app.session.writer.lock.release()


def test_after_a_crash_the_title_offers_to_continue_at_the_same_step(tmp_path: Path) -> None:
    first = play_to_reflection(tmp_path)
    history = first.session.game.state.history  # type: ignore[union-attr]
    battery_runs_out(first)
    again = start(saves=tmp_path)
    again.step([])
    again.dirty = True
    again.step([])
    assert "Verder:" in again.screen_text()
    press(again, pygame.K_RETURN)  # "Verder" has the focus
    assert scene_name(again) == "CaseScene" and step(again) is Step.REFLECT
    assert again.session.game.state.history == history  # type: ignore[union-attr]
    assert again.session.writer is not None and again.session.problem == ""  # type: ignore[union-attr]


def test_quitting_keeps_the_note_being_typed_and_the_timer(tmp_path: Path) -> None:
    app = play_to_reflection(tmp_path)
    press(app, pygame.K_TAB)
    press(app, pygame.K_TAB)
    type_text(app, "Eerst de buren vragen")
    app.session.timer.remaining = 142.0  # type: ignore[union-attr]
    app.ask_quit()
    press(app, pygame.K_RIGHT)
    press(app, pygame.K_RETURN)
    assert not app.running
    again = start(saves=tmp_path)
    again.step([])
    press(again, pygame.K_RETURN)
    assert again.session.note.text == "Eerst de buren vragen"  # type: ignore[union-attr]
    assert abs(again.session.timer.remaining - 142.0) < 1  # type: ignore[union-attr]


def test_deleting_a_session_asks_first(tmp_path: Path) -> None:
    battery_runs_out(play_to_reflection(tmp_path))
    app = start(saves=tmp_path)
    app.step([])
    press(app, pygame.K_DOWN)
    press(app, pygame.K_DOWN)
    assert app.scene.stops(app.screen_rect())[app.scene.focus].key == "sessions"
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "SessionListScene" and "casussen" in app.screen_text()
    delete = next(s for s in app.scene.stops(app.screen_rect()) if s.key.startswith("delete:"))
    from kleinekernen.ui.driver import click

    click(app, delete.rect.center)
    assert isinstance(app.scene, ConfirmOverlay)
    press(app, pygame.K_RETURN)  # No
    assert len(list(tmp_path.glob("*.jsonl"))) == 1
    click(app, delete.rect.center)
    click(app, stop_centre(app.scene, app, "yes"))
    assert list(tmp_path.glob("*.jsonl")) == []
    assert "Nog geen sessies" in app.screen_text()


def test_a_finished_session_is_looked_back_through_case_by_case(tmp_path: Path) -> None:
    from tests.persistence.helpers import play_and_save

    play_and_save(tmp_path, seed=4, cases=3)
    app = start(saves=tmp_path)
    app.step([])
    press(app, pygame.K_DOWN)
    press(app, pygame.K_RETURN)  # earlier sessions
    press(app, pygame.K_1)
    assert scene_name(app) == "ReviewScene" and "Terugblik, casus 1 van 3" in app.screen_text()
    press(app, pygame.K_PAGEDOWN)
    assert "casus 2 van 3" in app.screen_text()
    press(app, pygame.K_3)
    assert "casus 3 van 3" in app.screen_text()
    press(app, pygame.K_PAGEDOWN)
    assert scene_name(app) == "SessionListScene"


def test_the_reveal_shows_how_earlier_sessions_chose_and_the_end_writes_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.persistence.helpers import play_and_save

    for seed in (3, 3, 3):  # the same draw as the screen's seed: the same cases come up
        play_and_save(tmp_path, seed=seed, cases=3)
    app = start(saves=tmp_path, seed=3)
    app.step([])
    press(app, pygame.K_DOWN)  # past "Verder"? there is none: all earlier sessions are finished
    while app.scene.stops(app.screen_rect())[app.scene.focus].key != "new":
        press(app, pygame.K_UP)
    press(app, pygame.K_RETURN)
    app.scene.choices.cases = 3  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    while step(app) is not Step.REVEAL:
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEDOWN)
    assert "Eerdere sessies (3)" in app.screen_text()
    while scene_name(app) != "EndScene":
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
    reports = tmp_path / "reports"
    written = sorted(reports.iterdir())  # reaching the end writes the report by itself
    assert [p.suffix for p in written] == [".html", ".md", ".pdf"]
    assert all(p.name.startswith("verslag-") for p in written)
    assert "Verslag geschreven" in app.screen_text()
    opened: list[Path] = []
    monkeypatch.setattr("kleinekernen.ui.scenes.end.open_in_viewer", lambda path: opened.append(path) or True)
    from kleinekernen.ui.driver import click

    click(app, stop_centre(app.scene, app, "report"))
    assert "Verslag geschreven en geopend" in app.screen_text()
    assert opened == [written[0]]
    assert sorted(reports.iterdir()) == written  # the same session replaces its own files


def test_setup_offers_installed_packs_by_their_name(scenarios_copy: Path, tmp_path: Path) -> None:
    from kleinekernen.content.packs import install_pack, make_pack
    from kleinekernen.ui.app import App
    from tests.content.test_packs import a_pack

    install_pack(
        make_pack(a_pack(tmp_path / "werk"), tmp_path / "p.zip"), scenarios_copy, scenarios_copy.parent / "assets"
    )
    app = App(seed=2, scenarios=scenarios_copy, saves=tmp_path / "saves")
    app.step([])
    press(app, pygame.K_RETURN)
    while app.scene.stops(app.screen_rect())[app.scene.focus].key != "pack":
        press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_RETURN)
    assert "Drentse dorpen" in app.screen_text()
    app.scene.start()  # type: ignore[attr-defined]
    assert app.session.game.state.case_order == ("drents-dorpshuis",)  # type: ignore[union-attr]


def test_a_pack_folder_that_sorts_first_does_not_turn_the_whole_deck_into_a_pack(
    scenarios_copy: Path, tmp_path: Path
) -> None:
    from kleinekernen.ui.app import App
    from kleinekernen.ui.scenes.setup import SetupScene

    pack = scenarios_copy / "cases" / "aaa"
    pack.mkdir()
    text = (scenarios_copy / "cases" / "wensbus.toml").read_text(encoding="utf-8")
    (pack / "a.toml").write_text(text.replace('id = "wensbus"', 'id = "aaa-case"'), encoding="utf-8")
    app = App(seed=2, scenarios=scenarios_copy, saves=tmp_path / "saves")
    assert SetupScene(app).packs() == ["", "aaa"]


def test_the_first_title_frame_offers_to_continue_and_nothing_moves_under_the_pointer(tmp_path: Path) -> None:
    first = play_to_reflection(tmp_path)
    battery_runs_out(first)
    again = App(lang="nl", seed=3, saves=tmp_path)
    assert again.frames == 0
    again.step([])  # the first frame drawn
    assert again.frames == 1 and "Verder:" in again.screen_text()
    under = {point: key_at(again, point) for point in points(again)}
    while not again.context.deck_loaded or again.dirty:
        again.step([])
    again.dirty = True
    again.step([])
    assert "Verder:" in again.screen_text()
    assert {point: key_at(again, point) for point in points(again)} == under
    assert "continue" in under.values() and "new" in under.values()


def test_without_a_saved_session_the_title_does_not_change_when_the_deck_has_loaded(tmp_path: Path) -> None:
    app = App(lang="nl", seed=3, saves=tmp_path)
    app.step([])
    assert not app.context.deck_loaded  # the first frame did not wait for the cases
    under = {point: key_at(app, point) for point in points(app)}
    app.step([])
    assert app.context.deck_loaded
    assert {point: key_at(app, point) for point in points(app)} == under


def points(app: App) -> list[tuple[int, int]]:
    screen = app.screen_rect()
    return [(x, y) for x in range(0, screen.width, 40) for y in range(0, screen.height, 20)]


def key_at(app: App, point: tuple[int, int]) -> str:
    return next((stop.key for stop in app.scene.stops(app.screen_rect()) if stop.rect.collidepoint(point)), "")
