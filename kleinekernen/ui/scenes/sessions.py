"""Earlier sessions: continue one, look back through a finished one case by case, or delete one."""

from __future__ import annotations

import functools

import pygame

from ...persistence.journal import JournalError
from ...persistence.lock import SessionBusy
from ...persistence.results import import_inbox
from ...persistence.sessions import SessionInfo, delete_session
from .. import draw, theme
from .base import Host, Scene, Stop
from .opening import open_saved

ROWS_PER_PAGE = 6


class SessionListScene(Scene):
    help_key = "help.sessions"

    def __init__(self, app: Host) -> None:
        super().__init__(app)
        self.page = 0
        self.message = ""

    def infos(self) -> list[SessionInfo]:
        return self.app.context.sessions()[0]

    def stops(self, screen: pygame.Rect) -> list[Stop]:
        m = self.app.metrics
        infos = self.infos()[self.page * ROWS_PER_PAGE : (self.page + 1) * ROWS_PER_PAGE]
        top = m.margin * 2 + self.app.typesetter.line_height(m.title)
        height = round(m.body * 2.2)
        stops = []
        delete_width = m.body * 7
        for n, info in enumerate(infos):
            y = top + n * (height + m.gap * 2)
            row = pygame.Rect(m.margin * 2, y, screen.width - m.margin * 5 - delete_width, height)
            stops.append(
                Stop(f"open:{info.path.name}", row, functools.partial(open_saved, self.app, info.path), numbered=True)
            )
            bin_ = pygame.Rect(row.right + m.margin, y, delete_width, height)
            stops.append(
                Stop(
                    f"delete:{info.path.name}",
                    bin_,
                    functools.partial(self.ask_delete, info),
                    self.app.t("sessions.delete"),
                )
            )
        bottom = screen.height - m.margin * 2 - m.body * 2
        if len(self.infos()) > ROWS_PER_PAGE:
            stops.append(
                Stop(
                    "more",
                    pygame.Rect(screen.width - m.margin * 2 - m.body * 9, bottom, m.body * 9, m.body * 2),
                    self.more,
                    self.app.t("sessions.more"),
                )
            )
        stops.append(
            Stop(
                "import",
                pygame.Rect(m.margin * 3 + m.body * 7, bottom, m.body * 11, m.body * 2),
                self.import_inbox,
                self.app.t("sessions.import"),
            )
        )
        stops.append(
            Stop(
                "back", pygame.Rect(m.margin * 2, bottom, m.body * 7, m.body * 2), self.app.pop, self.app.t("case.back")
            )
        )
        return stops

    def import_inbox(self) -> None:
        count, refused = import_inbox(self.app.saves)
        self.message = self.app.t("sessions.imported", count=count, folder=str(self.app.saves / "inbox"))
        if refused:
            self.message += " · " + refused[0]
        self.app.dirty = True

    def more(self) -> None:
        pages = (len(self.infos()) + ROWS_PER_PAGE - 1) // ROWS_PER_PAGE
        self.page = (self.page + 1) % max(1, pages)
        self.focus = 0

    def ask_delete(self, info: SessionInfo) -> None:
        name = info.village or info.created[:16]
        self.app.push(
            "confirm",
            question=self.app.t("sessions.delete_question", name=name),
            detail=self.app.t("sessions.delete_detail"),
            on_yes=functools.partial(self.delete, info),
            purpose="delete",
        )

    def delete(self, info: SessionInfo) -> None:
        try:
            delete_session(self.app.saves, info.path)
        except SessionBusy as busy:
            holder = busy.holder
            self.message = self.app.t("journal.busy", host=holder.host, pid=holder.pid, since=holder.since)
        except (JournalError, OSError) as error:
            self.message = str(error)
        self.app.context.forget_sessions()
        self.focus = 0

    def draw(self, surface: pygame.Surface) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        screen = surface.get_rect()
        draw.text(surface, ts, app.t("sessions.title"), (m.margin * 2, m.margin), m.title, colour=theme.INK, bold=True)
        infos, notices = app.context.sessions()
        if not infos:
            draw.text(
                surface,
                ts,
                app.t("sessions.none"),
                (m.margin * 2, m.margin * 3 + ts.line_height(m.title)),
                m.body,
                colour=theme.INK,
            )
        shown = infos[self.page * ROWS_PER_PAGE : (self.page + 1) * ROWS_PER_PAGE]
        stops = self.stops(screen)
        for index, stop in enumerate(stops):
            focused = index == self.focus
            if stop.key.startswith("open:"):
                info = shown[index // 2]
                draw.card(surface, m, stop.rect)
                inner = stop.rect.inflate(-m.gap * 3, -m.gap)
                title = info.village or app.t("sessions.no_village")
                state = (
                    app.t("sessions.finished")
                    if info.finished
                    else app.t("sessions.progress", done=info.done, total=info.total)
                )
                corners = ", ".join(app.t(f"corner.{c}") for c in info.corners)
                line = f"{index // 2 + 1}. {title} · {info.created[:16].replace('T', ' ')} · {state} · {corners}"
                draw.paragraph(surface, ts, line, inner, m.body, colour=theme.INK, max_lines=2)
                if focused:
                    draw.focus_ring(surface, m, stop.rect)
            else:
                draw.centred_button(surface, ts, m, stop.rect, stop.label, focused=focused)
        if self.message:
            area = pygame.Rect(
                m.margin * 2, screen.height - m.margin * 3 - m.body * 4, screen.width - m.margin * 4, m.body * 2
            )
            draw.paragraph(surface, ts, self.message, area, m.body, colour=theme.INK, max_lines=2)
        if notices:
            draw.text(
                surface,
                ts,
                app.t("sessions.unreadable", count=len(notices)),
                (m.margin * 2, screen.height - m.margin),
                m.body,
                colour=theme.BAD,
                anchor="bottomleft",
            )
