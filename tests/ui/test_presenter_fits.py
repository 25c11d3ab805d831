"""Every text of the presenter view fits its box at 1920x1080 and 1280x720, in Dutch and English, measured by
the presenter window's own typesetter (no clipping, no "…", nothing below 1/30 of its height)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kleinekernen import paths
from kleinekernen.ui.app import App
from kleinekernen.ui.driver import settle
from kleinekernen.ui.preview import open_preview
from kleinekernen.ui.screenshots import walk_case, walk_session
from tests.ui.test_presenter import FakeRoom

CASES = sorted((paths.scenarios() / "cases").glob("*.toml"))
SIZES = [(1920, 1080), (1280, 720)]


def _misfits_on(app: App, found: list[str], screen: str) -> None:
    settle(app)
    presenter = app.presenter
    assert presenter is not None
    ts = presenter.typesetter
    assert ts.drawn, f"the presenter drew nothing on {screen}"
    found.extend(f"{screen}: {misfit}" for misfit in ts.misfits)
    if ts.smallest_drawn < ts.floor:
        found.append(f"{screen}: text of {ts.smallest_drawn} px, below {ts.floor}")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_presenter_view_fits_on_every_screen_of_a_session(size: tuple[int, int], lang: str, tmp_path: Path) -> None:
    app = App(lang=lang, seed=7, size=size, saves=tmp_path, presenter=True)
    app.context.room = FakeRoom(count=188)
    found: list[str] = []
    walk_session(app, lambda screen: _misfits_on(app, found, screen))
    assert found == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_presenter_view_of_every_case_fits(size: tuple[int, int], lang: str) -> None:
    """Every story, card reason and question, read aloud from the presenter view."""
    assert len(CASES) >= 20
    found: list[str] = []
    for case in CASES if size[1] < 1000 else CASES[::3]:
        app = open_preview(case, lang=lang, size=size)
        app.toggle_presenter()
        app.context.room = FakeRoom(count=12)
        walk_case(app, lambda screen, app=app, case=case: _misfits_on(app, found, f"{case.stem} {screen}"))
        app.toggle_presenter()
    assert found == []
