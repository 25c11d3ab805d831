"""Bench figures of the room: from a phone's vote to the count the projector reads, and memory per phone.

Figures, not tests. The phones are aiohttp clients on loopback; for the memory figure they run in a process of
their own, so what is measured (tracemalloc, in this process) is the room's side only.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import statistics
import time
import tracemalloc
from typing import Any

import aiohttp

from .room import Room
from .tally import Question

PHONES = 200
QUESTION = Question("bench", "?", (("a", "A"), ("b", "B"), ("c", "C"), ("d", "D")))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def _join(session: aiohttp.ClientSession, room: Room) -> aiohttp.ClientWebSocketResponse:
    ws = await session.ws_connect(room.address + "/ws")
    await ws.send_json({"t": "join", "name": "bench"})
    await ws.receive_json()
    await ws.receive_json()
    return ws


async def _latencies(room: Room, phones: int) -> tuple[list[float], float]:
    """Each of `phones` connected phones votes in turn: seconds until the room's count (what the screen polls
    each frame) shows it. Then all change their vote at once: seconds until every change is in."""
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        sockets = await asyncio.gather(*(_join(session, room) for _ in range(phones)))
        latencies = []
        for ws in sockets:
            before = room.voted()
            start = time.perf_counter()
            await ws.send_json({"t": "vote", "q": QUESTION.key, "option": "a"})
            while room.voted() == before:
                await asyncio.sleep(0)
            latencies.append(time.perf_counter() - start)
            await ws.receive_json()
        room.ask(Question("bench-2", "?", QUESTION.options))
        await asyncio.gather(*(ws.receive_json() for ws in sockets))
        start = time.perf_counter()
        await asyncio.gather(*(ws.send_json({"t": "vote", "q": "bench-2", "option": "b"}) for ws in sockets))
        while room.voted() < phones:
            await asyncio.sleep(0)
        burst = time.perf_counter() - start
        await asyncio.gather(*(ws.close() for ws in sockets))
    return latencies, burst


def _hold_phones(address: str, phones: int, joined: Any, leave: Any) -> None:
    async def hold() -> None:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            sockets = []
            for _ in range(phones):
                ws = await session.ws_connect(address + "/ws")
                await ws.send_json({"t": "join", "name": "bench", "corner": "burgers"})
                await ws.receive_json()
                await ws.receive_json()
                sockets.append(ws)
            joined.set()
            while not leave.is_set():
                await asyncio.sleep(0.05)

    asyncio.run(hold())


def memory_per_phone(phones: int) -> float:
    """Bytes the room holds per connected phone (its socket, its token, its name and corner)."""
    room = Room.on_loopback()
    room.open()
    room.ask(QUESTION)
    context = multiprocessing.get_context("spawn")
    joined, leave = context.Event(), context.Event()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    holder = context.Process(target=_hold_phones, args=(room.address, phones, joined, leave))
    holder.start()
    try:
        joined.wait(120)
        time.sleep(0.2)
        after = tracemalloc.get_traced_memory()[0]
    finally:
        leave.set()
        holder.join(30)
        tracemalloc.stop()
        room.close()
    return (after - before) / phones


def run_room_bench(*, quick: bool = False) -> None:
    room = Room.on_loopback()
    room.open()
    room.ask(QUESTION)
    try:
        latencies, burst = asyncio.run(_latencies(room, PHONES))
    finally:
        room.close()
    print(
        f"room_vote_to_count_{PHONES}_phones: {statistics.median(latencies) * 1000:.2f} ms p50, "
        f"{percentile(latencies, 0.95) * 1000:.2f} ms p95 (the screen reads it at its next frame)"
    )
    print(f"room_{PHONES}_phones_change_their_vote_at_once: {burst * 1000:.0f} ms until every change is counted")
    print(f"room_memory_per_phone: {memory_per_phone(PHONES) / 1024:.1f} KiB ({PHONES} phones connected)")
