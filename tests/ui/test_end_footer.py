"""The end screen's foot: the message that the report was written (with its file name), the page counter with
the village, and the buttons each have room of their own at any screen size; nothing runs into anything."""

from __future__ import annotations

import itertools

import pygame
import pytest

from kleinekernen.engine.setup import MIN_CASES
from kleinekernen.engine.state import Step
from kleinekernen.ui import draw
from kleinekernen.ui.app import App
from tests.ui.helpers import clicker, press, scene_name, start, step

VILLAGE = "Sint-Michielsgestel-Noord en Den Dungen"


def at_the_end(size: tuple[int, int]) -> App:
    app = start(size=size)
    press(app, pygame.K_RETURN)
    app.scene.choices.village.insert(VILLAGE)  # type: ignore[attr-defined]
    app.scene.choices.cases = MIN_CASES  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    while scene_name(app) != "EndScene":
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
    return app


@pytest.mark.parametrize("size", [(1280, 720), (3840, 2160), (1024, 768)])
def test_the_report_message_the_page_counter_and_the_buttons_never_touch(
    size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = at_the_end(size)
    names = {f"{path.name} in saves/reports" for path in (app.saves / "reports").glob("*.html")}
    drawn: list[tuple[str, pygame.Rect]] = []
    real = draw.text

    def recording(surface, ts, words, *args, **kwargs):  # type: ignore[no-untyped-def]
        rect = real(surface, ts, words, *args, **kwargs)
        drawn.append((words, rect))
        return rect

    monkeypatch.setattr(draw, "text", recording)
    counters: set[str] = set()
    messages: set[str] = set()
    for page in range(3):
        drawn.clear()
        app.draw()
        said, message = next((w, r) for w, r in drawn if w.startswith("Verslag geschreven"))
        shown, counter = next((w, r) for w, r in drawn if w.startswith(f"{page + 1} van 3"))
        messages.add(said)
        counters.add(shown)
        buttons = [stop.rect for stop in app.scene.stops(app.screen_rect()) if stop.field is None]
        assert len(buttons) == 3
        for a, b in itertools.combinations([message, counter, *buttons], 2):
            assert not a.colliderect(b), (page, a, b)
        assert app.screen_rect().contains(message) and app.screen_rect().contains(counter)
        clicker(app, "next")
    wide = size[0] >= 1280  # the village's name beside the counter where it fits; on a narrow screen it is left out
    # the file name is shown wherever it fits on the line at the smallest size allowed (its random part makes it
    # a few pixels wider or narrower from run to run); otherwise the short message, never a cut one
    (name,) = names
    full = "Verslag geschreven: " + name
    ts, m = app.typesetter, app.metrics
    fits = ts.width(full, ts.smallest(m.body)) <= app.screen_rect().width - m.margin * 4
    assert messages == ({full} if fits else {"Verslag geschreven in saves/reports"})
    assert fits or not wide or len(full) > 100  # on a wide screen only a very long name is left out
    assert counters == ({f"{n} van 3 · {VILLAGE}" for n in (1, 2, 3)} if wide else {"1 van 3", "2 van 3", "3 van 3"})
