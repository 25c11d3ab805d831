"""Phones that misbehave: too big, too fast, the wrong room, someone else's token, markup in a name.
Each is refused or escaped, counted nowhere, and the room (and the game's thread) keeps going."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import aiohttp
import pytest

from kleinekernen.room.page import page_html
from kleinekernen.room.room import Room
from kleinekernen.room.server import BURST, MAX_MESSAGE
from kleinekernen.room.tally import Tally
from tests.room.phones import PLACE, crowd, join, vote

SCRIPT_NAME = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def room() -> Iterator[Room]:
    room = Room.on_loopback()
    room.open()
    room.ask(PLACE)
    yield room
    room.close()


def still_counts(room: Room) -> None:
    """After the attack an honest phone still joins and is counted."""
    before = room.voted()
    asyncio.run(crowd(room, 1))
    assert room.voted() == before + 1


async def closes(ws: aiohttp.ClientWebSocketResponse) -> bool:
    """Does the room hang up on this phone (now, or after what it already sent)?"""
    while True:
        message = await ws.receive(timeout=10)
        if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
            return True
        if message.type == aiohttp.WSMsgType.ERROR:
            return True


def test_an_oversized_message_is_refused_and_counted_nowhere(room: Room) -> None:
    async def attack() -> bool:
        async with aiohttp.ClientSession() as session, session.ws_connect(room.address + "/ws") as ws:
            await ws.send_str(json.dumps({"t": "join", "name": "x" * (MAX_MESSAGE * 50)}))
            return await closes(ws)

    assert asyncio.run(attack())
    assert room.snapshot().participants == 0
    still_counts(room)


def test_a_flood_of_votes_is_cut_off_and_leaves_one_vote(room: Room) -> None:
    async def attack() -> bool:
        async with aiohttp.ClientSession() as session, session.ws_connect(room.address + "/ws") as ws:
            await join(ws)
            for n in range(BURST * 20):
                await ws.send_json({"t": "vote", "q": "q1", "option": PLACE.options[n % 4][0]})
            return await closes(ws)

    assert asyncio.run(attack())
    assert room.voted() == 1
    still_counts(room)


def test_a_wrong_room_code_finds_nothing(room: Room) -> None:
    wrong = room.address[: -len(room.code)] + ("a" if room.code[0] != "a" else "b") + room.code[1:]

    async def knock() -> tuple[int, int, int]:
        async with aiohttp.ClientSession() as session:
            page = await session.get(wrong)
            socket = await session.get(wrong + "/ws")
            root = await session.get(room.address.split("/r/")[0] + "/")
            return page.status, socket.status, root.status

    assert asyncio.run(knock()) == (404, 404, 404)
    assert room.snapshot().participants == 0


def test_a_replayed_token_is_the_same_phone_and_a_forged_one_is_a_new_phone(room: Room) -> None:
    async def attack() -> tuple[str, str, str]:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(room.address + "/ws") as first:
                token, _ = await join(first)
                await vote(first, "burgers_alone")
            async with session.ws_connect(room.address + "/ws") as second:
                again, _ = await join(second, token=token)
                await vote(second, "overheid_alone")
            async with session.ws_connect(room.address + "/ws") as third:
                forged, _ = await join(third, token="0" * 32)
            return token, again, forged

    token, again, forged = asyncio.run(attack())
    assert again == token  # the replay is that phone again: its vote changes, it is not counted twice
    assert forged != "0" * 32
    assert room.voted() == 1
    assert room.reveal() == {"overheid_alone": {"none": 1}}


def test_votes_the_room_did_not_ask_for_are_counted_nowhere(room: Room) -> None:
    async def attack() -> list[bool]:
        async with aiohttp.ClientSession() as session, session.ws_connect(room.address + "/ws") as ws:
            await join(ws)
            wrong_question = await vote(ws, "burgers_alone", question="other")
            wrong_option = await vote(ws, "everything")
            return [wrong_question["refused"], wrong_option["refused"]]

    assert asyncio.run(attack()) == [True, True]
    assert room.voted() == 0


def test_a_vote_before_joining_or_garbage_hangs_up(room: Room) -> None:
    async def attack(first: str) -> bool:
        async with aiohttp.ClientSession() as session, session.ws_connect(room.address + "/ws") as ws:
            await ws.send_str(first)
            return await closes(ws)

    for first in ('{"t": "vote", "q": "q1", "option": "burgers_alone"}', "not json", "[1, 2]", '{"t": 7}'):
        assert asyncio.run(attack(first))
    assert room.snapshot().participants == 0
    still_counts(room)


def test_markup_in_a_name_is_kept_as_text_and_never_becomes_html(room: Room) -> None:
    async def attack() -> tuple[str, str]:
        async with aiohttp.ClientSession() as session, session.ws_connect(room.address + "/ws") as ws:
            await ws.send_json({"t": "join", "name": SCRIPT_NAME + "\u202e\x00", "corner": "<b>"})
            message = await ws.receive_json(timeout=10)
            page = await (await session.get(room.address)).text()
            return str(message["name"]), page

    echoed, page = asyncio.run(attack())
    assert echoed == SCRIPT_NAME[:40]  # control and direction characters gone, 40 letters at most
    assert "alert" not in page and page == page_html("nl", f"/r/{room.code}")  # the page never holds a phone's text
    spread = room.reveal()
    assert spread == {}


def test_the_room_is_full_at_its_cap() -> None:
    tally = Tally(max_participants=3)
    tokens = [tally.join(None) for _ in range(3)]
    assert all(tokens) and tally.join(None) is None
    assert tally.join(tokens[0]) == tokens[0]  # a phone already in comes back
