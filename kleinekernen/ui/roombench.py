"""Bench figures: the game's frame time on the placement step with the room open and 200 phones voting, and with
the presenter window open, each beside the same frames with neither. Each state runs in a process of its own on the
dummy video driver."""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import aiohttp

from ..engine.state import Step
from ..room.address import ADDRESS_VARIABLE
from ..room.bench import PHONES, percentile
from .app import App

FRAMES = 240
CODE = (
    "import sys; from kleinekernen.ui.roombench import measure; "
    "measure(sys.argv[1] == 'open', sys.argv[1] == 'presenter')"
)


async def _voting(address: str, stop: threading.Event) -> None:
    """PHONES phones that keep changing their vote, as a restless hall does."""
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        sockets = []
        for _ in range(PHONES):
            ws = await session.ws_connect(address + "/ws")
            await ws.send_json({"t": "join"})
            await ws.receive_json()
            sockets.append((ws, (await ws.receive_json())["q"]))
        n = 0
        while not stop.is_set():
            ws, question = sockets[n % PHONES]
            await ws.send_json({"t": "vote", "q": question, "option": ("burgers_alone", "overheid_alone")[n % 2]})
            await ws.receive_json()
            n += 1
            await asyncio.sleep(0.002)


def measure(room_open: bool, presenter: bool = False) -> None:
    os.environ[ADDRESS_VARIABLE] = "127.0.0.1:0"
    app = App(lang="nl", seed=3, size=(1920, 1080), saves=Path(tempfile.mkdtemp(prefix="kk-bench-")))
    app.step([])
    if presenter:
        app.toggle_presenter()
    if room_open:
        app.push("room")
        app.step([])
        app.pop()
    app.push("setup")
    app.scene.choices.cases = 3  # type: ignore[attr-defined]
    app.scene.start()  # type: ignore[attr-defined]
    while app.session is not None and app.session.game.step is not Step.PLACE:
        app.scene.next()
        app.step([])
    stop = threading.Event()
    hall = app.context.hall
    phones = None
    if hall is not None:
        phones = threading.Thread(target=asyncio.run, args=(_voting(hall.address, stop),), daemon=True)
        phones.start()
        while hall.voted() == 0:
            time.sleep(0.01)
    times = []
    for _ in range(FRAMES):
        start = time.perf_counter()
        app.dirty = True
        app.step([])
        times.append(time.perf_counter() - start)
    stop.set()
    if phones is not None:
        phones.join(10)
    app.context.close()
    print(json.dumps({"median": statistics.median(times), "p95": percentile(times, 0.95)}))


def run_room_frame_bench() -> None:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    shown = {}
    for state in ("closed", "open", "presenter"):
        done = subprocess.run(
            [sys.executable, "-c", CODE, state], capture_output=True, text=True, env=env, check=True, timeout=300
        )
        shown[state] = json.loads(done.stdout.strip().splitlines()[-1])
    closed = shown["closed"]
    for name, state, baseline in (
        (f"room_open_{PHONES}_phones_voting", "open", "room closed"),
        ("presenter_window_open", "presenter", "presenter closed"),
    ):
        opened = shown[state]
        print(
            f"frame_placement_1920x1080_{name}: {opened['median'] * 1000:.1f} ms median, "
            f"{opened['p95'] * 1000:.1f} ms p95 ({baseline}: {closed['median'] * 1000:.1f} ms median, "
            f"{closed['p95'] * 1000:.1f} ms p95, {opened['median'] / closed['median']:.2f}x)"
        )
