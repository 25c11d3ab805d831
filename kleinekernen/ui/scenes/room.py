"""The room on the beamer: the QR code, the address and room code, and how many phones are in.

Opening this scene opens the room (the server starts listening); "close the room" stops it again.
"""

from __future__ import annotations

import os

import pygame

from ...room.address import ADDRESS_VARIABLE, chosen_address
from ...room.room import RoomError
from .. import draw, theme
from .base import Host, Scene, Stop
from .placing import size_that_fits
from .steps.vote import qr_surface


class RoomScene(Scene):
    help_key = "help.room"

    def __init__(self, app: Host) -> None:
        super().__init__(app)
        self.problem = ""
        self.people = -1
        try:
            host, port = chosen_address(os.environ.get(ADDRESS_VARIABLE))
            app.context.open_room(host, port)
        except (RoomError, OSError) as error:
            self.problem = app.t("room.failed", reason=str(error)[:200])

    def update(self, seconds: float) -> bool:
        hall = self.app.context.hall
        people = hall.snapshot().participants if hall is not None else -1
        changed, self.people = people != self.people, people
        return changed

    def stops(self, screen: pygame.Rect) -> list[Stop]:
        m = self.app.metrics
        width, height = m.body * 12, round(m.body * 2.1)
        left = screen.width - m.margin * 2 - width
        bottom = screen.height - m.margin * 2 - height
        entries = [("back", self.app.t("room.back"), self.app.pop)]
        if self.app.context.hall is not None:
            entries.append(("close", self.app.t("room.close"), self.close_room))
        return [
            Stop(key, pygame.Rect(left, bottom - n * (height + m.gap * 2), width, height), action, label)
            for n, (key, label, action) in enumerate(entries)
        ]

    def close_room(self) -> None:
        self.app.context.close_room()
        self.app.pop()

    def draw(self, surface: pygame.Surface) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        screen = surface.get_rect()
        stops = self.stops(screen)
        draw.text(
            surface, ts, app.t("room.heading"), (m.margin * 2, m.margin * 2), m.title, colour=theme.INK, bold=True
        )
        top = m.margin * 2 + ts.line_height(m.title) + m.gap
        hall = app.context.hall
        side = min(screen.width // 2 - m.margin * 3, screen.height - top - m.margin * 2)
        text_left = m.margin * 2 + side + m.margin * 2
        lowest_button = min(stop.rect.top for stop in stops)
        area = pygame.Rect(text_left, top, screen.width - text_left - m.margin * 2, lowest_button - top - m.gap)
        if hall is None:
            draw.paragraph(
                surface, ts, self.problem, area, size_that_fits(ts, self.problem, area, m.body), colour=theme.BAD
            )
        else:
            surface.blit(qr_surface(hall.address, side), (m.margin * 2, top))
            blocks = [
                (app.t("room.scan"), m.body, False),
                (hall.address.removeprefix("http://"), m.heading, True),
                (app.t("room.code", code=hall.code), m.heading, True),
                (app.t("room.people", count=max(self.people, 0)), m.body, False),
            ]
            y = area.top
            for words, size, bold in blocks:
                rect = pygame.Rect(area.left, y, area.width, area.bottom - y)
                y = draw.paragraph(
                    surface, ts, words, rect, size_that_fits(ts, words, rect, size, bold=bold), bold=bold
                )
                y += m.gap
        for index, stop in enumerate(stops):
            draw.button(surface, ts, m, stop.rect, stop.label, focused=index == self.focus)
