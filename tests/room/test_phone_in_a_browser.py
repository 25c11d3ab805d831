"""A real phone page in a real browser: headless Chromium (Debian's) opens the address the QR code holds,
joins with a name and a corner, votes, and the game's count and spread show that vote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
import segno
from playwright.sync_api import Page, expect, sync_playwright

from kleinekernen.engine.state import Step
from kleinekernen.room.qr import qr_modules
from kleinekernen.ui.app import App
from tests.room.test_hostile_phones import SCRIPT_NAME
from tests.ui.helpers import click, press, start, step, stop_centre

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


@pytest.fixture
def phone() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
        yield page
        browser.close()


def game_at_placement(monkeypatch: pytest.MonkeyPatch) -> App:
    """The facilitator opens the room from the title, then starts a session and reaches the placement."""
    monkeypatch.setenv("KLEINEKERNEN_ROOM", "127.0.0.1:0")
    app = start()
    click(app, stop_centre(app.scene, app, "room"))
    assert app.context.room is not None and app.context.room.is_open()
    app.pop()
    click(app, stop_centre(app.scene, app, "new"))
    app.scene.choices.cases = 3  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    while step(app) is not Step.PLACE:
        press(app, pygame.K_PAGEDOWN)
    return app


def address_in_the_qr_code(app: App) -> str:
    """The room's address, checked against the QR code the beamer shows (same modules as a fresh code of it)."""
    hall = app.context.hall
    assert hall is not None
    fresh = segno.make(hall.address, error="m").matrix
    assert [row[4:-4] for row in qr_modules(hall.address)[4:-4]] == [[bool(m) for m in row] for row in fresh]
    return hall.address


def test_a_phone_votes_in_chromium_and_the_game_counts_it(
    phone: Page, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app = game_at_placement(monkeypatch)
    try:
        phone.goto(address_in_the_qr_code(app))
        expect(phone.get_by_role("heading", name="Stem mee")).to_be_visible()
        phone.get_by_label("Je voornaam (mag leeg blijven)").fill(SCRIPT_NAME)
        phone.get_by_label("de gemeente").check()
        phone.get_by_role("button", name="Meedoen").click()
        choice = phone.get_by_role("button", name="Overheid is eigenaar, burgers niet nodig")
        choice.click()
        expect(choice).to_have_attribute("aria-pressed", "true")
        expect(phone.locator("#note")).to_contain_text("Je stem is binnen")
        expect(phone.locator("#hello")).to_have_text("Hallo " + SCRIPT_NAME[:40])  # as text, never as markup
        assert phone.locator("#hello script, #hello img").count() == 0
        phone.screenshot(path=str(tmp_path / "phone.png"))

        app.step([])
        assert "Stemmen: 1 van 1 telefoons" in app.screen_text()
        assert app.context.room is not None and app.context.room.voted() == 1
        press(app, pygame.K_1)  # the group's own choice stays the facilitator's
        while step(app) is not Step.REVEAL:
            press(app, pygame.K_1) if step(app) in (Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
        press(app, pygame.K_PAGEDOWN)  # the reveal
        app.step([])
        shown = app.screen_text()
        assert "De zaal (1 stem):" in shown
        assert "1 × Overheid is eigenaar, burgers niet nodig (gemeente 1)" in shown
        expect(phone.locator("#status")).to_have_text("De stemming is gesloten; kijk op het scherm.")
        expect(choice).to_be_disabled()
    finally:
        app.context.close()
