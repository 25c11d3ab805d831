"""What the preview shows a trainer: the case's own effects marked on the outcome, every question of the case,
the errors of a first load that fails, and a picture of every effect the case defines."""

from __future__ import annotations

import time
from pathlib import Path

import pygame
import pytest

from kleinekernen.engine.picks import effect_picks
from kleinekernen.engine.state import Step
from kleinekernen.ui.preview import load_with_case, open_preview
from kleinekernen.ui.preview_picks import parse_picks
from kleinekernen.ui.screenshots import effect_name, render_case
from tests.ui.helpers import click, press, scene_name, step, stop_centre
from tests.ui.test_preview import a_case, save

ALL_PICKED = "burgers=aanjager:klein-beginnen,partners=leverancier:dienst-op-verzoek,overheid=rechtsstaat:zelf-regelen"


def squeezed(text: str) -> str:
    """Text without its spaces and hyphens: a long path wraps (hyphenated) where the screen finds room."""
    return "".join(text.split()).replace("-", "")


def reasons_on_every_page(app) -> list[str]:  # type: ignore[no-untyped-def]
    """Press on through every page of reasons, keeping what each page drew."""
    press(app, pygame.K_F5)
    seen = []
    while step(app) is Step.OUTCOME:
        seen.append(app.screen_text())
        assert app.typesetter.misfits == []  # every page's text fits whole
        press(app, pygame.K_PAGEDOWN)
    return seen


@pytest.mark.parametrize(("lang", "tag"), [("nl", "[uit deze casus]"), ("en", "[from this case]")])
def test_reasons_from_the_cases_own_effects_are_marked(tmp_path: Path, lang: str, tag: str) -> None:
    path = a_case(tmp_path)
    app = open_preview(path, lang=lang, picks=parse_picks(ALL_PICKED, load_with_case(path, lang)[0], lang))
    assert step(app) is Step.OUTCOME
    pages = " ".join(reasons_on_every_page(app))
    assert pages.count(tag) >= 3  # the role aanjager and two picked moves are judged by the case
    reason = "De jongeren hangen eerst een brandblusser op" if lang == "nl" else "The young people first hang up"
    assert reason in pages and f"{tag} {reason}" not in pages  # the tag stands before the corner
    app = open_preview(path, lang=lang, picks=parse_picks(ALL_PICKED, load_with_case(path, lang)[0], lang))
    view = app.scene.outcome  # type: ignore[attr-defined]
    for row in view.rows():
        if isinstance(row, list):  # marked exactly when the case's own effect made the change
            assert view.row_words(row, 800)[2].startswith(tag) == any(c.rule == "casus" for c in row)


def test_the_reflection_in_the_preview_shows_every_question_of_the_case(tmp_path: Path) -> None:
    path = a_case(tmp_path)
    app = open_preview(path, picks=parse_picks(ALL_PICKED, load_with_case(path, "nl")[0]))
    while step(app) is not Step.REFLECT:
        press(app, pygame.K_PAGEDOWN)
    questions = [q.nl for q in app.session.game.case.questions]  # type: ignore[union-attr]
    seen = set()
    for _ in range(len(questions)):
        text = app.screen_text()
        seen.update(q for q in questions if q.split("?")[0] in text)
        assert "van 3" in text and app.typesetter.misfits == []
        click(app, stop_centre(app.scene, app, "question"))
    assert seen == set(questions)


def test_a_first_load_that_fails_shows_its_errors_until_the_fix_is_saved(tmp_path: Path) -> None:
    path = a_case(tmp_path)
    good = path.read_text(encoding="utf-8")
    broken = good.replace("needs_other = false", 'needs_other = "nee"')
    line = next(n for n, text in enumerate(broken.split("\n"), 1) if text.startswith("needs_other"))
    path.write_text(broken, encoding="utf-8")
    app = open_preview(path, size=(800, 600))
    app.dirty = True
    app.step([])
    assert scene_name(app) == "FirstLoadErrors"
    assert squeezed(f"mijn-casus.toml:{line}:1: needs_other:") in squeezed(app.screen_text())
    assert "laadt nog niet" in app.screen_text() and app.typesetter.misfits == []
    press(app, pygame.K_SPACE)
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "FirstLoadErrors"  # keys do not drop the trainer on the title screen
    save(path, good)
    deadline = time.monotonic() + 1.5
    while scene_name(app) != "CaseScene" and time.monotonic() < deadline:
        app.step([])
        time.sleep(0.05)
    assert scene_name(app) == "CaseScene" and step(app) is Step.DRAW


def test_many_errors_of_a_first_load_fit_the_screen_and_the_rest_is_counted(tmp_path: Path) -> None:
    path = a_case(tmp_path)
    text = path.read_text(encoding="utf-8").replace("owner = ", "owner_x = ").replace("quadrant", "quadrant_x")
    text = text.replace("reason.nl", "reden.nl").replace("needs_other = false", 'needs_other = "nee"')
    path.write_text(text, encoding="utf-8")
    app = open_preview(path, size=(640, 480))
    app.dirty = True
    app.step([])
    problems = app.watcher.problems  # type: ignore[union-attr]
    assert len(problems) >= 6
    shown = [p for p in problems if squeezed(str(p)) in squeezed(app.screen_text())]
    assert shown and app.typesetter.misfits == []
    if len(shown) < len(problems):
        assert f"en nog {len(problems) - len(shown)} fout" in app.screen_text()


def test_every_effect_of_the_case_is_played_by_the_picks_for_its_picture(tmp_path: Path) -> None:
    path = a_case(tmp_path)
    deck = load_with_case(path, "nl")[0]
    case = deck.cases["mijn-casus"]
    for effect in case.effects:
        app = open_preview(path, picks=effect_picks(deck, case, effect))
        result = app.session.game.state.pending  # type: ignore[union-attr]
        assert result is not None, effect_name(effect)
        judged = [c for c in result.changes if c.rule == "casus" and c.reason.nl == effect.reason.nl]
        assert judged, f"{effect_name(effect)} was not triggered"


def test_png_renders_one_picture_per_effect_named_after_it_and_no_saves(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    saves = tmp_path / "saves"
    monkeypatch.setenv("KLEINEKERNEN_SAVES", str(saves))
    path = a_case(tmp_path)
    shots = render_case(path, tmp_path / "png")
    effects = [p for p in shots if p.stem.startswith("effect-")]
    case = load_with_case(path, "nl")[0].cases["mijn-casus"]
    assert [p.name for p in effects] == [f"effect-{n:02d}-{effect_name(e)}.png" for n, e in enumerate(case.effects, 1)]
    assert "effect-03-role-aanjager.png" in [p.name for p in effects]
    for picture in effects:
        assert pygame.image.load(str(picture)).get_size() == (1280, 720)
    assert not saves.exists() or not any(saves.iterdir())
