"""A room the facilitator opened: the server on its own thread and event loop, beside the game's loop.

The screen never waits on the server: it asks questions and reveals them (handed to the server's loop, which
tells the phones), and polls `snapshot()` each frame. Closing the room stops the server and lets go of the port.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import threading

from aiohttp import web

from .address import LOOPBACK, lan_address, room_code
from .page import PageTexts
from .server import Server
from .tally import MAX_PARTICIPANTS, Question, Snapshot, Spread, Tally

START_SECONDS = 10.0


class RoomError(OSError):
    """The room could not open, e.g. RoomError('[Errno 98] address already in use')."""


class Room:
    def __init__(
        self,
        host: str | None = None,
        port: int = 0,
        lang: str = "nl",
        max_participants: int = MAX_PARTICIPANTS,
    ) -> None:
        self.host = host or lan_address()
        self.port = port
        self.code = room_code()
        self.tally = Tally(max_participants)
        self.server = Server(self.tally, self.code, PageTexts(lang))
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None

    @classmethod
    def on_loopback(cls, lang: str = "nl", max_participants: int = MAX_PARTICIPANTS) -> Room:
        return cls(LOOPBACK, 0, lang, max_participants)

    @property
    def address(self) -> str:
        """What the QR code holds and the beamer shows: http://HOST:PORT/r/CODE."""
        return f"http://{self.host}:{self.port}/r/{self.code}"

    # the RoomStatus protocol (ui/roomstatus.py)
    def is_open(self) -> bool:
        return self.tally.open

    def voted(self) -> int:
        return self.tally.voted()

    # the screen's side
    def snapshot(self) -> Snapshot:
        return self.tally.snapshot()

    def ask(self, question: Question) -> None:
        if self.tally.ask(question):
            self._tell_phones()

    def reveal(self) -> Spread:
        spread = self.tally.reveal()
        self._tell_phones()
        return spread

    def _tell_phones(self) -> None:
        loop = self._loop
        if loop is not None and self.tally.open:
            with contextlib.suppress(RuntimeError):  # the loop closed a moment ago
                asyncio.run_coroutine_threadsafe(self.server.tell_everyone(), loop)

    # opening and closing
    def open(self) -> None:
        """Start listening; returns once the port is bound. RoomError when it cannot."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="kleinekernen-room", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_SECONDS) or self._failure is not None:
            self.close()
            if self._failure is None:
                raise RoomError(errno.ETIMEDOUT, os.strerror(errno.ETIMEDOUT))
            raise RoomError(str(self._failure))

    def close(self) -> None:
        loop, stop, thread = self._loop, self._stop, self._thread
        self.tally.open = False
        if loop is not None and stop is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if thread is not None:
            thread.join(START_SECONDS)
        self._thread = None

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as error:  # the thread must tell the screen, never die silently
            self._failure = error
            self._ready.set()
        finally:
            loop.close()
            self._loop = None

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        runner = web.AppRunner(self.server.app, handle_signals=False, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port, backlog=512)
            await site.start()
            self.port = int(runner.addresses[0][1])
            self.tally.open = True
            self._ready.set()
            await self._stop.wait()
        finally:
            self.tally.open = False
            await runner.cleanup()
