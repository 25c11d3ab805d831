"""`kleinekernen check` measures a case's title and story in the very boxes the story card lays them into: one
layout, no drift."""

from __future__ import annotations

from typing import Any

import pygame
import pytest

from kleinekernen.cli_fit import box_for
from kleinekernen.engine.state import Step
from kleinekernen.ui import draw
from kleinekernen.ui.driver import settle
from kleinekernen.ui.preview import open_preview
from tests.conftest import SCENARIOS
from tests.ui.helpers import step

CASE = SCENARIOS / "cases" / "carnavalswagen.toml"


@pytest.mark.parametrize("size", [(1280, 720), (3840, 2160)])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_title_box_check_measures_is_the_box_the_card_draws_the_title_in(
    size: tuple[int, int], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_preview(CASE, lang=lang, size=size)
    settle(app)
    assert step(app) is Step.DRAW
    assert app.session is not None and app.session.game.case is not None
    title = app.session.game.case.title.get(lang)
    laid: list[tuple[pygame.Rect, int, bool, int | None]] = []
    paragraph = draw.paragraph

    def spy(surface: pygame.Surface, ts: Any, words: str, rect: pygame.Rect, size: int, **kw: Any) -> int:
        if words == title:
            laid.append((rect.copy(), size, kw.get("bold", False), kw.get("max_lines")))
        return paragraph(surface, ts, words, rect, size, **kw)

    monkeypatch.setattr(draw, "paragraph", spy)
    app.dirty = True
    app.draw()
    assert len(laid) == 1, f"the title {title!r} was not laid out once on the card: {laid}"
    rect, drawn_size, bold, max_lines = laid[0]
    box = box_for("title", title, app.typesetter, size)
    assert (box.width, box.height, box.size, box.bold, box.max_lines) == (
        rect.width,
        rect.height,
        drawn_size,
        bold,
        max_lines,
    )
    assert box.floor == app.typesetter.smallest(drawn_size)
    assert app.typesetter.misfits == []


@pytest.mark.parametrize("size", [(1280, 720), (3840, 2160)])
def test_the_story_box_check_measures_is_the_box_the_card_draws_the_story_in(
    size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_preview(CASE, lang="nl", size=size)
    settle(app)
    assert app.session is not None and app.session.game.case is not None
    case = app.session.game.case
    story = case.story.get("nl")
    laid: list[tuple[pygame.Rect, int]] = []
    paragraph = draw.paragraph

    def spy(surface: pygame.Surface, ts: Any, words: str, rect: pygame.Rect, size: int, **kw: Any) -> int:
        if words == story:
            laid.append((rect.copy(), size))
        return paragraph(surface, ts, words, rect, size, **kw)

    monkeypatch.setattr(draw, "paragraph", spy)
    app.dirty = True
    app.draw()
    assert len(laid) == 1, laid
    box = box_for("story", story, app.typesetter, size, title=case.title.get("nl"))
    assert (box.width, box.height, box.size) == (laid[0][0].width, laid[0][0].height, laid[0][1])
