"""The room's web server (aiohttp): the phone page, and one WebSocket per phone for joining and voting.

Only paths under /r/<room code>/ answer; anything else, a wrong code included, is a bare 404. Every message is
small JSON with a size cap; a phone that sends too much, too fast or something unreadable is disconnected, and
what it sent is counted nowhere.
"""

from __future__ import annotations

import asyncio
import json
import time
import weakref
from typing import Any

from aiohttp import WSMsgType, web

from .page import PageTexts, page_asset, page_html
from .tally import Tally

MAX_MESSAGE = 1024
"""Bytes in one message from a phone; a join with a 40-letter name is about 150."""
BURST = 12
RATE = 3.0
"""Messages per second a phone may send on average (BURST at once): thumbs are slower than that."""
MAX_SOCKETS = 400
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class Bucket:
    """A phone's allowance of messages: BURST at once, refilled at RATE a second."""

    def __init__(self) -> None:
        self.level = float(BURST)
        self.moment = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.level = min(BURST, self.level + (now - self.moment) * RATE)
        self.moment = now
        if self.level < 1:
            return False
        self.level -= 1
        return True


class Server:
    """The aiohttp application of one room; runs on the room's own event loop (see room.Room)."""

    def __init__(self, tally: Tally, code: str, texts: PageTexts) -> None:
        self.tally = tally
        self.code = code
        self.texts = texts
        self.sockets: weakref.WeakKeyDictionary[web.WebSocketResponse, str] = weakref.WeakKeyDictionary()
        self.app = web.Application(client_max_size=MAX_MESSAGE)
        self.app.router.add_get("/r/{code}", self.page)
        self.app.router.add_get("/r/{code}/", self.page)
        self.app.router.add_get("/r/{code}/ws", self.socket)
        self.app.router.add_get("/r/{code}/{asset}", self.asset)
        self.app.on_shutdown.append(self.shut)

    def right_room(self, request: web.Request) -> None:
        if request.match_info.get("code") != self.code:
            raise web.HTTPNotFound()

    async def page(self, request: web.Request) -> web.Response:
        self.right_room(request)
        lang = request.query.get("lang", "")
        page = page_html(self.texts.language(lang), f"/r/{self.code}")
        return web.Response(text=page, content_type="text/html", headers=HEADERS)

    async def asset(self, request: web.Request) -> web.Response:
        self.right_room(request)
        found = page_asset(request.match_info["asset"])
        if found is None:
            raise web.HTTPNotFound()
        body, kind = found
        return web.Response(body=body, content_type=kind, charset="utf-8", headers=HEADERS)

    async def socket(self, request: web.Request) -> web.StreamResponse:
        self.right_room(request)
        if len(self.sockets) >= MAX_SOCKETS:
            raise web.HTTPServiceUnavailable()
        ws = web.WebSocketResponse(max_msg_size=MAX_MESSAGE, heartbeat=30, autoping=True)
        await ws.prepare(request)
        self.sockets[ws] = ""
        bucket = Bucket()
        try:
            async for message in ws:
                if message.type != WSMsgType.TEXT or not bucket.take():
                    await ws.close(code=1008, message=b"refused")
                    break
                if not await self.take(ws, message.data):
                    await ws.close(code=1008, message=b"refused")
                    break
        finally:
            self.sockets.pop(ws, None)
        return ws

    async def take(self, ws: web.WebSocketResponse, raw: str) -> bool:
        """One message from a phone; False when it is not one the room understands."""
        try:
            data = json.loads(raw)
        except ValueError:
            return False
        if not isinstance(data, dict):
            return False
        kind = data.get("t")
        if kind == "join":
            token = self.tally.join(data.get("token"), data.get("name", ""), data.get("corner"))
            if token is None:
                await ws.send_json({"t": "full"})
                return False
            self.sockets[ws] = token
            await ws.send_json({"t": "welcome", "token": token, "name": self.tally.name_of(token)})
            await ws.send_json(self.state_for(token))
            return True
        token = self.sockets.get(ws, "")
        if kind == "vote" and token:
            counted = self.tally.vote(token, data.get("q"), data.get("option"))
            await ws.send_json(self.state_for(token) | {"refused": not counted})
            return True
        return False

    def state_for(self, token: str) -> dict[str, Any]:
        question, mine, closed = self.tally.mine(token)
        if question is None:
            return {"t": "wait"}
        options = [[key, label] for key, label in question.options]
        return {"t": "question", "q": question.key, "prompt": question.prompt, "options": options, "mine": mine,
                "closed": closed}  # fmt: skip

    async def tell_everyone(self) -> None:
        """The question changed (asked, or revealed): every phone gets what it now sees."""
        sends = [ws.send_json(self.state_for(token)) for ws, token in list(self.sockets.items()) if token]
        await asyncio.gather(*sends, return_exceptions=True)

    async def shut(self, app: web.Application) -> None:
        for ws in list(self.sockets):
            await ws.close(code=1001, message=b"room closed")
