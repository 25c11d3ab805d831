"""Every phone's vote is counted once: 200 phones at once, votes changed until the reveal and never after."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator

import aiohttp
import pytest

from kleinekernen.room.room import Room
from tests.room.phones import OPTIONS, PLACE, crowd, join, receive, vote

PHONES = 200


@pytest.fixture
def room() -> Iterator[Room]:
    room = Room.on_loopback()
    room.open()
    room.ask(PLACE)
    yield room
    room.close()


def test_two_hundred_phones_at_once_are_each_counted_exactly_once(room: Room) -> None:
    confirmed = asyncio.run(asyncio.wait_for(crowd(room, PHONES), timeout=60))
    assert confirmed == [OPTIONS[n % 4] for n in range(PHONES)]
    snapshot = room.snapshot()
    assert (snapshot.participants, snapshot.voted) == (PHONES, PHONES)
    assert snapshot.spread == {}  # before the reveal the screen gets the count, never what
    spread = room.reveal()
    per_option = {option: sum(corners.values()) for option, corners in spread.items()}
    assert per_option == {option: PHONES // 4 for option in OPTIONS}
    assert spread["burgers_alone"] == {"burgers": PHONES // 4}  # phone n votes OPTIONS[n % 4] from CORNERS[n % 4]


def test_a_phone_changes_its_vote_until_the_reveal_and_not_after(room: Room) -> None:
    async def play() -> list[dict[str, object]]:
        async with aiohttp.ClientSession() as session, session.ws_connect(room.address + "/ws") as ws:
            await join(ws, "Anna", "overheid")
            first = await vote(ws, "burgers_alone")
            second = await vote(ws, "overheid_alone")
            room.reveal()
            closed = await receive(ws, "question")
            late = await vote(ws, "burgers_alone")
            return [first, second, closed, late]

    first, second, closed, late = asyncio.run(play())
    assert (first["mine"], second["mine"]) == ("burgers_alone", "overheid_alone")
    assert closed["closed"] is True
    assert late["refused"] is True and late["mine"] == "overheid_alone"
    assert room.snapshot().spread == {"overheid_alone": {"overheid": 1}}


def test_a_new_question_starts_from_no_votes_and_the_phones_are_told(room: Room) -> None:
    async def play() -> tuple[dict[str, object], int]:
        async with aiohttp.ClientSession() as session, session.ws_connect(room.address + "/ws") as ws:
            await join(ws)
            await vote(ws, "burgers_alone")
            room.ask(PLACE.__class__("q2", "Tweede", PLACE.options))
            told = await receive(ws, "question")
            return told, room.voted()

    told, voted = asyncio.run(play())
    assert (told["q"], told["mine"], voted) == ("q2", None, 0)


def test_the_room_listens_only_while_it_is_open() -> None:
    room = Room.on_loopback()
    assert not room.is_open()
    room.open()
    address = room.address
    assert room.is_open() and address.startswith("http://127.0.0.1:")
    room.close()
    assert not room.is_open()

    async def knock() -> None:
        async with aiohttp.ClientSession() as session:
            await session.get(address, timeout=aiohttp.ClientTimeout(total=5))

    with pytest.raises(aiohttp.ClientConnectionError):
        asyncio.run(knock())


def test_corner_counts_add_up_per_option(room: Room) -> None:
    asyncio.run(crowd(room, 8))
    spread = room.reveal()
    assert Counter({o: sum(c.values()) for o, c in spread.items()}) == Counter({o: 2 for o in OPTIONS})
