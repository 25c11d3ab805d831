"""Simulated phones: aiohttp WebSocket clients that join a room and vote, as the phone page does."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp

from kleinekernen.room.room import Room
from kleinekernen.room.tally import Question

PLACE = Question(
    "q1",
    "Van wie is het?",
    (("burgers_alone", "A"), ("burgers_with_overheid", "B"), ("overheid_with_burgers", "C"), ("overheid_alone", "D")),
)
OPTIONS = [key for key, _ in PLACE.options]
CORNERS = ["burgers", "overheid", "partners", ""]


async def receive(ws: aiohttp.ClientWebSocketResponse, kind: str, timeout: float = 10.0) -> dict[str, Any]:
    """The next message of this kind (earlier broadcasts are skipped)."""
    while True:
        message = await ws.receive(timeout=timeout)
        if message.type != aiohttp.WSMsgType.TEXT:
            raise ConnectionError(f"socket ended: {message.type!r} {message.extra!r}")
        data: dict[str, Any] = message.json()
        if data.get("t") == kind:
            return data


async def join(
    ws: aiohttp.ClientWebSocketResponse, name: str = "", corner: str = "", token: str | None = None
) -> tuple[str, dict[str, Any]]:
    await ws.send_json({"t": "join", "token": token, "name": name, "corner": corner})
    welcome = await receive(ws, "welcome")
    state = await ws.receive_json(timeout=10)
    return welcome["token"], state


async def vote(ws: aiohttp.ClientWebSocketResponse, option: str, question: str = "q1") -> dict[str, Any]:
    await ws.send_json({"t": "vote", "q": question, "option": option})
    return await receive(ws, "question")


async def phone(session: aiohttp.ClientSession, room: Room, index: int) -> str:
    """One phone: join with a corner, vote once, and say what the room confirmed."""
    async with session.ws_connect(room.address + "/ws") as ws:
        _, state = await join(ws, f"p{index}", CORNERS[index % 4])
        confirmed = await vote(ws, OPTIONS[index % 4], str(state["q"]))
        assert not confirmed["refused"]
        return str(confirmed["mine"])


async def crowd(room: Room, count: int) -> list[str]:
    """`count` phones joining and voting at once."""
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(phone(session, room, n) for n in range(count)))


async def joiners(room: Room, count: int) -> None:
    """`count` phones that join and stay silent (no question asked yet)."""
    async with aiohttp.ClientSession() as session:
        for n in range(count):
            async with session.ws_connect(room.address + "/ws") as ws:
                await join(ws, f"j{n}")
