"""Readable and calm: contrast, catalogues, glyphs, sizes from 720p to 4K, no redraw when idle."""

from __future__ import annotations

import re
from pathlib import Path

import pygame
import pytest

from kleinekernen.i18n import catalog_files, load_catalog_file
from kleinekernen.ui import theme
from kleinekernen.ui.i18n import LANGUAGES, load_catalog, placeholders
from kleinekernen.ui.text import missing_glyphs
from tests.engine.helpers import deck
from tests.ui.helpers import press, start

UI = Path(__file__).resolve().parents[2] / "kleinekernen"


@pytest.mark.parametrize(("name", "fore", "back"), theme.TEXT_ON)
def test_every_text_colour_has_at_least_7_to_1_contrast(name: str, fore: theme.Colour, back: theme.Colour) -> None:
    assert theme.contrast(fore, back) >= 7.0, name


def test_both_languages_have_every_key_with_the_same_placeholders() -> None:
    nl_files, en_files = catalog_files("nl"), catalog_files("en")
    assert [p.name for p in nl_files[1:]] == [p.name for p in en_files[1:]]  # each topic file in both languages
    assert len(nl_files) > 1
    for nl_file, en_file in zip(nl_files, en_files, strict=True):
        nl, en = load_catalog_file(nl_file), load_catalog_file(en_file)
        assert set(nl) == set(en), nl_file.name
        for key in nl:
            assert placeholders(nl[key]) == placeholders(en[key]), key
            assert nl[key].strip() and en[key].strip(), key


def test_every_literal_key_in_the_code_is_in_the_catalogue() -> None:
    keys = set(load_catalog("nl"))
    keys |= {key.rsplit(".", 1)[0] for key in keys if key.endswith((".one", ".other"))}  # plural texts
    used = set()
    for path in UI.rglob("*.py"):
        used |= set(re.findall(r'\bt\(\s*"([a-z_.0-9]+)"', path.read_text(encoding="utf-8")))
    assert used and used <= keys, used - keys


def test_the_font_has_a_glyph_for_every_character_the_game_shows() -> None:
    pygame.font.init()
    from kleinekernen.ui.text import Typesetter

    font = Typesetter().font(24)
    texts = [text for lang in LANGUAGES for text in load_catalog(lang).values()]
    for case in deck().cases.values():
        texts += [case.title.nl, case.title.en, case.story.nl, case.story.en, case.other_villages.nl]
        texts += [q.nl for q in case.questions] + [e.reason.nl for e in case.effects]
    for move in deck().moves.values():
        texts += [move.title.nl, move.text.nl, move.title.en, move.text.en]
    missing = {ch for text in texts for ch in missing_glyphs(font, text)}
    assert missing == set()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
def test_body_text_is_at_least_a_thirtieth_of_the_screen_height(size: tuple[int, int]) -> None:
    app = start(size=size)
    assert app.screen.get_size() == size
    assert app.metrics.body >= size[1] / 30
    assert app.metrics.heading > app.metrics.body


def test_the_layout_follows_a_window_resize() -> None:
    app = start()
    before = app.scene.stops(app.screen_rect())[0].rect
    pygame.display.set_mode((1920, 1080), pygame.RESIZABLE)
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=(1920, 1080), w=1920, h=1080))
    app.step()
    after = app.scene.stops(app.screen_rect())[0].rect
    assert app.screen.get_size() == (1920, 1080)
    assert after.height > before.height and after.right <= 1920


def test_nothing_is_redrawn_while_nothing_changes() -> None:
    app = start()
    frames = app.frames
    for _ in range(5):
        app.step([])
    assert app.frames == frames
    press(app, pygame.K_DOWN)
    assert app.frames == frames + 1


def test_rendered_text_is_cached() -> None:
    app = start()
    renders = app.typesetter.renders
    app.dirty = True
    app.step([])
    assert app.typesetter.renders == renders


def test_a_broken_picture_falls_back_to_a_drawn_motif_with_a_notice(tmp_path: Path) -> None:
    app = start()
    press(app, pygame.K_RETURN)
    app.scene.start()  # type: ignore[attr-defined]
    case_id = app.session.game.state.case_id  # type: ignore[union-attr]
    broken = tmp_path / "kapot.png"
    broken.write_bytes(b"geen plaatje")
    app.session.game.deck.illustrations[case_id] = broken  # type: ignore[union-attr,index]
    app.dirty = True
    app.step([])
    assert "De afbeelding kon niet worden geladen" in app.screen_text()
    del app.session.game.deck.illustrations[case_id]  # type: ignore[union-attr,arg-type]
