"""Buttons, cards and labels keep their distance: nothing a person reads or clicks touches another's border.

Terug and Verder once sat on the reveal card's and the notes field's bottom border, and the notes' label on its
focus ring. (The story card keeps them on the footer's row: its story needs every line the screen has.)
These tests play the real game to each screen, record every card and text it draws, and measure the gaps.
"""

from __future__ import annotations

from typing import Any

import pygame
import pytest

from kleinekernen.engine.state import Step
from kleinekernen.ui import draw
from kleinekernen.ui.app import App
from kleinekernen.ui.theme import Metrics
from tests.ui.helpers import press, scene_name, start, step

SIZES = [(1280, 720), (3840, 2160)]


def _ring(m: Metrics, rect: pygame.Rect) -> pygame.Rect:
    """The rectangle a focused button takes, ring included (draw.focus_ring)."""
    return rect.inflate(m.line * 4, m.line * 4)


def _drawn(app: App, monkeypatch: pytest.MonkeyPatch) -> tuple[list[pygame.Rect], list[tuple[str, pygame.Rect]]]:
    """Every card's rectangle and every line of text (with its rectangle) in one frame."""
    cards: list[pygame.Rect] = []
    texts: list[tuple[str, pygame.Rect]] = []
    card, text = draw.card, draw.text

    def card_spy(surface: pygame.Surface, m: Metrics, rect: pygame.Rect, *args: Any, **kw: Any) -> None:
        cards.append(rect.copy())
        card(surface, m, rect, *args, **kw)

    def text_spy(surface: pygame.Surface, ts: Any, words: str, *args: Any, **kw: Any) -> pygame.Rect:
        rect = text(surface, ts, words, *args, **kw)
        texts.append((words, rect.copy()))
        return rect

    with monkeypatch.context() as patch:
        patch.setattr(draw, "card", card_spy)
        patch.setattr(draw, "text", text_spy)
        app.dirty = True
        app.draw()
    return cards, texts


def _flow_buttons(app: App) -> list[pygame.Rect]:
    return [stop.rect for stop in app.scene.stops(app.screen_rect()) if stop.key in ("next", "back", "report")]


def _too_close(app: App, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Cards above a Terug/Verder button closer than a gap to its focus ring (shadow included), or on it."""
    m = app.metrics
    buttons = _flow_buttons(app)
    assert buttons, f"no Terug/Verder on {scene_name(app)}"
    cards, _texts = _drawn(app, monkeypatch)
    found = []
    for button in buttons:
        ring = _ring(m, button)
        for card in cards:
            if card == button or card.left >= ring.right or card.right <= ring.left or card.top >= button.top:
                continue
            gap = ring.top - (card.bottom + m.line * 2)  # the card's shadow falls line * 2 below it
            if gap < m.gap:
                found.append(f"{scene_name(app)}: card {card} is {gap} px above button {button} (< {m.gap})")
    return found


def _to(app: App, wanted: Step) -> None:
    """From the title, a session played with the first choice each time, up to the step `wanted`."""
    press(app, pygame.K_RETURN)
    app.scene.choices.cases = 3  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    while step(app) is not wanted:
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
    if wanted is Step.REVEAL:
        press(app, pygame.K_PAGEDOWN)  # the verdict and the other villages, on their card


def _to_end(app: App) -> None:
    while scene_name(app) != "EndScene":
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("wanted", [Step.OUTCOME, Step.REVEAL, Step.REFLECT], ids=lambda s: s.value)
def test_terug_and_verder_keep_a_gap_below_the_steps_card(
    size: tuple[int, int], wanted: Step, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = start(size=size)
    _to(app, wanted)
    assert step(app) is wanted
    assert _too_close(app, monkeypatch) == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_end_screens_buttons_keep_a_gap_below_its_cards(
    size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = start(size=size)
    _to(app, Step.DRAW)
    _to_end(app)
    for _page in ("chart", "profile", "plan"):
        assert _too_close(app, monkeypatch) == []
        press(app, pygame.K_PAGEDOWN)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_fields_label_stays_clear_of_its_focus_ring(size: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """The notes' label at the reflection, and the action plan's questions, above their fields' focus rings."""
    app = start(size=size)
    _to(app, Step.REFLECT)
    fields = {"notes": app.t("reflect.notes")}
    stops = {stop.key: stop.rect for stop in app.scene.stops(app.screen_rect())}
    _cards, texts = _drawn(app, monkeypatch)
    gaps = {
        key: _ring(app.metrics, stops[key]).top - rect.bottom
        for key, label in fields.items()
        for w, rect in texts
        if w == label
    }
    _to_end(app)
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEDOWN)  # the action plan
    stops = {stop.key: stop.rect for stop in app.scene.stops(app.screen_rect())}
    _cards, texts = _drawn(app, monkeypatch)
    for n in range(3):
        label = app.t(f"plan.q{n + 1}")
        gaps.update({f"plan{n}": _ring(app.metrics, stops[f"plan{n}"]).top - r.bottom for w, r in texts if w == label})
    assert len(gaps) == 4
    assert {key: gap for key, gap in gaps.items() if gap < app.metrics.gap // 2} == {}
