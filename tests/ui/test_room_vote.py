"""The room in the game: opened from the title with its QR code, counted on the placement (how many, never what),
shown at the reveal beside the card and the group, kept in the journal as counts only, and closed again."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp
import pygame
import pytest

from kleinekernen.engine.state import Step
from kleinekernen.persistence.journal import read_journal
from kleinekernen.persistence.reports import write_report
from kleinekernen.persistence.sessions import open_session
from kleinekernen.ui.app import App
from tests.room.phones import crowd, join, joiners
from tests.room.test_hostile_phones import closes
from tests.ui.helpers import click, press, start, step, stop_centre

SIZES = [(1280, 720), (3840, 2160)]


def open_room(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLEINEKERNEN_ROOM", "127.0.0.1:0")
    click(app, stop_centre(app.scene, app, "room"))


def at_placement(monkeypatch: pytest.MonkeyPatch, size: tuple[int, int] = (1280, 720), lang: str = "nl") -> App:
    app = start(size=size, lang=lang)
    open_room(app, monkeypatch)
    app.pop()
    click(app, stop_centre(app.scene, app, "new"))
    app.scene.choices.cases = 3  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    while step(app) is not Step.PLACE:
        press(app, pygame.K_PAGEDOWN)
    return app


def to_reveal(app: App) -> None:
    press(app, pygame.K_1)
    while step(app) is not Step.REVEAL:
        press(app, pygame.K_1) if step(app) in (Step.ROLES, Step.MOVES) else press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEDOWN)


def shown(app: App) -> str:
    app.dirty = True
    app.step([])
    return app.screen_text()


def phones_vote(app: App, count: int) -> None:
    hall = app.context.hall
    assert hall is not None
    asyncio.run(crowd(hall, count))
    app.step([])


def test_the_title_opens_the_room_with_its_qr_code_and_closing_it_stops_the_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = start()
    open_room(app, monkeypatch)
    hall = app.context.hall
    assert hall is not None and app.context.room is hall and hall.is_open()
    text = shown(app)
    assert hall.address.removeprefix("http://") in text and f"Zaalcode: {hall.code}" in text
    asyncio.run(joiners(hall, 2))
    app.step([])
    assert "2 telefoons doen mee" in shown(app)
    address = hall.address
    click(app, stop_centre(app.scene, app, "close"))
    assert app.context.room is None and not hall.is_open()
    assert "De zaal laten meestemmen" in shown(app)  # back on the title, the room closed

    async def knock() -> None:
        async with aiohttp.ClientSession() as session:
            await session.get(address, timeout=aiohttp.ClientTimeout(total=5))

    with pytest.raises(aiohttp.ClientConnectionError):
        asyncio.run(knock())


def test_the_placement_shows_how_many_voted_and_never_what(monkeypatch: pytest.MonkeyPatch) -> None:
    app = at_placement(monkeypatch)
    try:
        assert "Stemmen: 0 van 0 telefoons" in shown(app)
        phones_vote(app, 6)
        text = shown(app)
        assert "Stemmen: 6 van 6 telefoons" in text
        assert "×" not in text and "gemeente 1" not in text
        assert app.context.room is not None and app.context.room.voted() == 6
    finally:
        app.context.close()


def test_the_reveal_shows_the_spread_and_the_journal_keeps_only_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    app = at_placement(monkeypatch)
    try:
        hall = app.context.hall
        assert hall is not None

        async def named_phone() -> None:
            async with aiohttp.ClientSession() as session, session.ws_connect(hall.address + "/ws") as ws:
                _, state = await join(ws, "Geheimenaam", "partners")
                await ws.send_json({"t": "vote", "q": state["q"], "option": "overheid_alone"})
                await ws.receive_json(timeout=10)

        asyncio.run(named_phone())
        phones_vote(app, 4)
        to_reveal(app)
        text = shown(app)
        assert "De zaal (5 stemmen):" in text
        assert "2 × Overheid is eigenaar, burgers niet nodig (partner 1 · zonder hoek 1)" in text
        assert "Hoe andere dorpen het deden" not in text
        press(app, pygame.K_PAGEDOWN)  # Next: how other villages did it
        assert "Hoe andere dorpen het deden" in shown(app)
        press(app, pygame.K_PAGEUP)
        assert "De zaal (5 stemmen):" in shown(app)
        path = app.session.path  # type: ignore[union-attr]
        assert path is not None
        raw = path.read_text(encoding="utf-8")
        assert "Geheimenaam" not in raw and "token" not in raw
        journal = read_journal(path)
        record = journal.votes[0]
        assert record.case == app.session.game.case.case_id  # type: ignore[union-attr]
        assert record.total() == 5 and record.counts["overheid_alone"] == {"partners": 1, "none": 1}
        votes_lines = [json.loads(line) for line in raw.splitlines() if '"votes"' in line]
        assert len(votes_lines) == 1
    finally:
        app.context.close()


def test_a_flooding_phone_does_not_stop_the_game(monkeypatch: pytest.MonkeyPatch) -> None:
    app = at_placement(monkeypatch)
    try:
        hall = app.context.hall
        assert hall is not None
        frames = 0

        async def flood() -> bool:
            nonlocal frames
            async with aiohttp.ClientSession() as session, session.ws_connect(hall.address + "/ws") as ws:
                _, state = await join(ws)
                for n in range(400):
                    await ws.send_json({"t": "vote", "q": state["q"], "option": "burgers_alone"})
                    if n % 20 == 0:
                        app.step([])
                        frames += 1
                return await closes(ws)

        assert asyncio.run(flood())  # the room hung up on it
        assert frames >= 1 and app.context.room is not None and app.context.room.voted() == 1
        press(app, pygame.K_1)
        assert step(app) is Step.ROLES
    finally:
        app.context.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_room_screens_fit(size: tuple[int, int], lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    app = start(size=size, lang=lang)
    open_room(app, monkeypatch)
    shown(app)
    assert app.typesetter.misfits == []
    app.context.close_room()
    app = at_placement(monkeypatch, size, lang)
    try:
        phones_vote(app, 30)
        shown(app)
        assert app.typesetter.misfits == []
        to_reveal(app)
        shown(app)
        assert app.typesetter.misfits == []
    finally:
        app.context.close()


def test_without_the_room_the_case_shows_nothing_of_it(tmp_path: Path) -> None:
    app = start()
    click(app, stop_centre(app.scene, app, "new"))
    app.scene.choices.cases = 3  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    while step(app) is not Step.PLACE:
        press(app, pygame.K_PAGEDOWN)
    assert "Stemmen:" not in shown(app)
    to_reveal(app)
    assert "De zaal" not in shown(app) and "Hoe andere dorpen het deden" in shown(app)


def test_the_report_and_later_sessions_show_how_the_room_voted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = at_placement(monkeypatch)
    try:
        phones_vote(app, 5)
        to_reveal(app)
        shown(app)
        path = app.session.path  # type: ignore[union-attr]
        assert path is not None
        case_id = app.session.game.case.case_id  # type: ignore[union-attr]
        while step(app) is not Step.PLACE:  # on to the next case: the first one is done
            if step(app) is Step.REFLECT:
                app.scene.end_talk()  # type: ignore[attr-defined]
            else:
                press(app, pygame.K_PAGEDOWN)
        opened = open_session(path, app.context.deck)
        report = write_report(opened, "md", "nl", tmp_path / "verslag.md").read_text(encoding="utf-8")
        assert "De zaal (5 stemmen): 2 × Burgers zijn eigenaar, overheid niet nodig (dorp 2)" in report
        app.context.end_session()  # a later session sees this one among the earlier ones
        [earlier] = app.context.earlier_choices([case_id])
        assert earlier.room.total() == 5 and earlier.room["burgers_alone"] == 2
    finally:
        app.context.close()


async def options_on_a_phone(address: str) -> list[str]:
    async with aiohttp.ClientSession() as session, session.ws_connect(address + "/ws") as ws:
        _, state = await join(ws)
        return [label for _, label in state["options"]]


def test_the_phone_lists_the_squares_in_the_order_of_the_beamers_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Number 3" means the same square on the beamer and on every phone in the hall."""
    app = at_placement(monkeypatch)
    try:
        text = shown(app)
        hall = app.context.hall
        assert hall is not None
        labels = asyncio.run(options_on_a_phone(hall.address))
        for number, label in enumerate(labels, start=1):
            assert f"{number} {label}" in text
    finally:
        app.context.close()
