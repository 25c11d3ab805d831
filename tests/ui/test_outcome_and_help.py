"""The outcome a group can talk about, every reason one press away, help one click away, players by name."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pygame

from kleinekernen.engine.state import Bilingual, Event, Step, Web, WebEvent
from kleinekernen.engine.verdict import weightiest_act
from kleinekernen.i18n import Catalog
from kleinekernen.persistence.report import build_report
from kleinekernen.ui.app import App
from kleinekernen.ui.driver import settle, type_text
from kleinekernen.ui.scenes.help_button import help_button_rect
from kleinekernen.ui.scenes.overlays import HelpOverlay
from kleinekernen.ui.scenes.placing import before_reveal
from kleinekernen.ui.scenes.steps.outcome_words import act_title, reason_with_corner, what_carries_over
from tests.ui.helpers import click, clicker, press, scene_name, start, step, stop_centre

T = Catalog("nl")


def to_outcome(app: App) -> None:
    """From the title, a three-case session with one village player, played to the first outcome."""
    press(app, pygame.K_RETURN)
    app.scene.choices.cases = 3  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    while step(app) is not Step.OUTCOME:
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
    settle(app)
    app.step([])


def test_the_outcome_says_in_three_sentences_which_act_of_which_corner_weighed_most() -> None:
    app = start(seed=5)
    to_outcome(app)
    result = app.session.game.state.pending  # type: ignore[union-attr]
    assert result is not None
    most = weightiest_act(before_reveal(result.changes))
    assert most is not None
    text = app.screen_text()
    corner = T(f"outcome.say.corner.{most.corner}")
    title = act_title(app.session.game.deck, most.act, "nl")  # type: ignore[union-attr]
    said = [line for line in app.scene.outcome.sentences(result)]  # type: ignore[attr-defined]
    assert len(said) == 3
    assert f"‘{title}’ van {corner}" in said[1] and f"{most.amount:+d}" in said[1]
    assert T(f"outcome.say.{result.outcome}", count=abs(result.score), score=f"{result.score:+d}", bloom=30) == said[0]
    flat = " ".join(text.split())
    assert all(" ".join(sentence.split())[:25] in flat for sentence in said)
    # not a rule log: no reason of a change is on the first screen
    assert not any(change.reason.nl.strip()[:40] in flat for change in result.changes if len(change.reason.nl) > 40)


def test_one_press_shows_every_reason_with_its_corner_for_the_clicker_and_the_mouse() -> None:
    app = start(seed=5)
    to_outcome(app)
    game = app.session.game  # type: ignore[union-attr]
    result = game.state.pending
    assert result is not None
    clicker(app, "f5")  # one press
    assert app.scene.reasons  # type: ignore[attr-defined]
    seen = ""
    while step(app) is Step.OUTCOME:
        seen += " " + app.screen_text()
        clicker(app, "next")
    flat = " ".join(seen.split())
    owed = [change for change in before_reveal(result.changes) if change.corner is not None]
    assert owed
    for change in owed:
        words = " ".join(reason_with_corner(game.deck, change, T, "nl").split())
        assert words.startswith(T(f"corner.{change.corner}"))
        assert words[:50] in flat
    # with the mouse: the button does the same, and takes the group back to the sentences
    app = start(seed=5)
    to_outcome(app)
    click(app, stop_centre(app.scene, app, "reasons"))
    assert app.scene.reasons and step(app) is Step.OUTCOME  # type: ignore[attr-defined]
    assert "De uitkomst" in app.screen_text()
    click(app, stop_centre(app.scene, app, "reasons"))
    assert not app.scene.reasons  # type: ignore[attr-defined]


def help_by_mouse(app: App) -> None:
    """Click the help button: help explains the game; a click closes it, back to the same scene."""
    before = scene_name(app), step(app)
    click(app, help_button_rect(app).center)
    assert isinstance(app.scene, HelpOverlay), before
    text = " ".join(app.screen_text().split())
    assert "spinnenweb" in text and "lessen in liefde" in text and "vanaf 30 punten bloeit" in text, before
    click(app, app.screen_rect().center)
    assert (scene_name(app), step(app)) == before


def test_the_help_button_opens_help_by_mouse_on_every_scene() -> None:
    app = start()
    help_by_mouse(app)  # the title
    press(app, pygame.K_RETURN)
    help_by_mouse(app)  # the setup
    app.scene.choices.players = {"burgers": 2, "partners": 0, "overheid": 0}  # type: ignore[attr-defined]
    app.scene.choices.cases = 3  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    seen: set[str] = set()
    while scene_name(app) != "EndScene":
        if scene_name(app) == "EndTalkOverlay":  # a question over the reflection has no help button of its own
            press(app, pygame.K_PAGEDOWN)
            continue
        handover = app.scene.handover is not None  # type: ignore[attr-defined]
        where = "handover" if handover else step(app).value  # type: ignore[union-attr]
        if where not in seen:
            seen.add(where)
            help_by_mouse(app)
        if where == "reflect":
            press(app, pygame.K_TAB)  # into the notes: a click on help still opens help, and types nothing
            note = app.session.note.text  # type: ignore[union-attr]
            click(app, help_button_rect(app).center)
            assert isinstance(app.scene, HelpOverlay) and app.session.note.text == note  # type: ignore[union-attr]
            click(app, app.screen_rect().center)
            press(app, pygame.K_ESCAPE)
        press(app, pygame.K_1) if where in ("place", "roles", "moves") else press(app, pygame.K_PAGEDOWN)
    assert seen == {"draw", "place", "roles", "moves", "outcome", "reveal", "reflect", "handover"}
    for _ in range(3):
        help_by_mouse(app)  # every page of the end
        press(app, pygame.K_PAGEDOWN)


def test_a_typed_name_is_on_the_hand_over_in_the_journal_and_in_the_report(tmp_path: Path) -> None:
    app = start(saves=tmp_path)
    press(app, pygame.K_RETURN)  # new session
    press(app, pygame.K_RIGHT)  # two village players
    press(app, pygame.K_TAB)  # into their names
    type_text(app, "Anna, Bram 1")  # a digit and spaces: text, never a choice
    press(app, pygame.K_SPACE, unicode=" ")
    assert scene_name(app) == "SetupScene"
    app.scene.choices.cases = 3  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    players = [player.name for player in app.session.game.setup.players]  # type: ignore[union-attr]
    assert players == ["Anna", "Bram 1"]
    handovers: list[str] = []
    outcomes: dict[int, str] = {}
    while scene_name(app) != "EndScene":
        if step(app) is Step.OUTCOME and scene_name(app) == "CaseScene":
            outcomes[app.session.game.state.case_index] = app.screen_text()  # type: ignore[union-attr]
        if getattr(app.scene, "handover", None) is not None:
            handovers.append(app.screen_text())
            press(app, pygame.K_PAGEDOWN)
            continue
        press(app, pygame.K_1) if step(app) in (Step.PLACE, Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
    assert len(handovers) == 2 and "Bram 1" in handovers[0] and "Anna" in handovers[1]
    assert "Burgers (Anna)" in outcomes[0] and "Burgers (Bram 1)" in outcomes[1]  # they take turns by case
    journals = [path.read_text(encoding="utf-8") for path in tmp_path.rglob("*.jsonl")]
    assert any("Bram 1" in text for text in journals)
    report = build_report(app.session.game, [], "nl")  # type: ignore[union-attr]
    assert "Burgers: Anna, Bram 1" in report.players


def test_a_setup_with_only_the_clicker_keeps_burgers_1() -> None:
    app = start()
    clicker(app, "f5")  # "Nieuwe sessie"
    assert scene_name(app) == "SetupScene"
    keys = []
    while app.scene.stops(app.screen_rect())[app.scene.focus].key != "start":
        clicker(app, "next")
        keys.append(app.scene.stops(app.screen_rect())[app.scene.focus].key)
        assert not app.scene.typing()  # Next passes the names' field
    assert not any(key.startswith("names:") for key in keys)
    clicker(app, "f5")
    assert scene_name(app) == "CaseScene"
    assert [p.name for p in app.session.game.setup.players] == ["Burgers 1"]  # type: ignore[union-attr]


def test_what_carries_over_is_said_with_its_plural_and_the_last_case_says_the_balance_comes() -> None:
    app = start(seed=5)
    to_outcome(app)
    result = app.session.game.state.pending  # type: ignore[union-attr]
    assert result is not None
    web = Web(1, Bilingual("een vergunning", "a permit"), result.case_id, "regels", "overheid")
    spun = WebEvent("spun", web, "spinnenwebben", Bilingual("", ""))
    for lang, one, two in (("nl", "Er hangt een nieuw", "Er hangen 2 nieuwe"), ("en", "A new spider web", "2 new")):
        t = Catalog(lang)
        once = replace(result, events=(), web_events=(spun,))
        twice = replace(result, events=(), web_events=(spun, spun))
        assert what_carries_over(once, False, t, lang).startswith(one)
        assert what_carries_over(twice, False, t, lang).startswith(two)
        assert what_carries_over(twice, True, t, lang) == t("outcome.say.last")
        event = Event(
            "nieuwe_trekker",
            result.case_id,
            Bilingual("Er staat een trekker op.", "A leader stands up."),
            "ownership",
            2,
        )
        assert what_carries_over(replace(result, events=(event,)), False, t, lang).startswith(event.text.get(lang))
