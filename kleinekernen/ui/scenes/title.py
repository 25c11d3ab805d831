"""The title screen: new session, help, language, stop."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pygame

from ...persistence.sessions import SessionInfo
from .. import draw, theme
from ..i18n import next_language
from ..motifs import draw_motif
from .base import Host, Scene, Stop
from .opening import open_saved


class TitleScene(Scene):
    help_key = "help.start"

    def __init__(self, app: Host) -> None:
        super().__init__(app)
        self.offering: SessionInfo | None = None
        """The unfinished session last drawn as "continue" (known once the deck has loaded)."""

    def update(self, seconds: float) -> bool:
        latest = self.latest_unfinished()
        changed = latest != self.offering
        self.offering = latest
        return changed

    def stops(self, screen: pygame.Rect) -> list[Stop]:
        m = self.app.metrics
        width = min(screen.width // 2 - m.margin * 2, m.body * 16)
        height = round(m.body * 2.1)
        left = screen.width // 2 + m.margin
        top = screen.height // 3
        entries: list[tuple[str, str, Callable[[], None]]] = []
        latest = self.latest_unfinished()
        if latest is not None:
            where = latest.village or latest.created[:10]
            label = self.app.t("title.continue", where=where, number=latest.done + 1, total=latest.total)
            entries.append(("continue", label, functools.partial(self.open, latest.path)))
        entries += [
            ("new", self.app.t("title.new"), self.new_session),
            ("sessions", self.app.t("title.sessions"), self.list_sessions),
            ("room", self.room_label(), self.show_room),
            ("help", self.app.t("title.help"), self.help),
            ("language", self.app.t("title.language"), self.switch_language),
            ("quit", self.app.t("title.quit"), self.app.ask_quit),
        ]
        return [
            Stop(key, pygame.Rect(left, top + n * (height + m.gap * 2), width, height), action, label)
            for n, (key, label, action) in enumerate(entries)
        ]

    def latest_unfinished(self) -> SessionInfo | None:
        """The newest session that has not reached its end.

        With a journal in saves/ the deck is loaded before the first frame (some tens of milliseconds) so that
        "continue" is there at once; without one the menu has no such entry and none can come, and the deck
        loads after the first frame."""
        if not self.app.context.deck_loaded and not self.app.context.has_journals():
            return None
        infos, _ = self.app.context.sessions()
        return next((info for info in infos if not info.finished), None)

    def open(self, path: object) -> None:
        open_saved(self.app, path)  # type: ignore[arg-type]

    def room_label(self) -> str:
        hall = self.app.context.hall
        if hall is None:
            return self.app.t("title.room")
        return self.app.t("title.room_open", count=hall.snapshot().participants)

    def show_room(self) -> None:
        """Open the room (the phones' server) and show its QR code; the room scene closes it again."""
        self.app.push("room")

    def list_sessions(self) -> None:
        self.app.push("sessions")

    def new_session(self) -> None:
        self.app.push("setup")

    def help(self) -> None:
        self.app.push("help", topic="help.start")

    def switch_language(self) -> None:
        self.app.set_language(next_language(self.app.lang))

    def draw(self, surface: pygame.Surface) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        screen = surface.get_rect()
        draw.text(surface, ts, app.t("title.name"), (m.margin * 2, m.margin * 2), m.title, colour=theme.INK, bold=True)
        draw.text(
            surface,
            ts,
            app.t("title.tagline"),
            (m.margin * 2, m.margin * 2 + ts.line_height(m.title)),
            m.body,
            colour=theme.MUTED,
        )
        art = pygame.Rect(m.margin * 2, screen.height // 3, screen.width // 2 - m.margin * 4, screen.height // 2)
        draw.card(surface, m, art, fill=theme.CARD)
        draw_motif(
            surface,
            art.inflate(-m.gap * 2, -m.gap * 2),
            "village",
            theme.INK,
            theme.CARD,
            theme.CORNER_COLOURS["burgers"],
        )
        for index, stop in enumerate(self.stops(screen)):
            draw.button(surface, ts, m, stop.rect, stop.label, focused=index == self.focus)
        if app.context.deck_problems:
            notice = app.t("title.deck_problems", count=len(app.context.deck_problems))
            draw.text(
                surface,
                ts,
                notice,
                (m.margin * 2, screen.height - m.margin),
                m.body,
                colour=theme.BAD,
                anchor="bottomleft",
            )
        hint = app.t("hint.menu")
        draw.text(
            surface,
            ts,
            hint,
            (screen.width - m.margin, screen.height - m.margin),
            m.body,
            colour=theme.MUTED,
            anchor="bottomright",
        )
