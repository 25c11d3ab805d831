"""The end of a session: the balance over all cases, and the action plan's three questions."""

from __future__ import annotations

import pygame

from ...content.models import CORNERS
from ...engine.summary import Summary, summarise
from ...persistence.journal import why_not_saved
from ...persistence.reports import open_in_viewer, write_session_reports
from .. import draw, theme
from ..alert import alert_height, draw_alert
from ..chart import draw_chart
from ..session import PlaySession
from .balance import draw_lessons, draw_webs
from .base import Host, Scene, Stop
from .placing import line_size, size_that_fits
from .steps import boxes
from .widgets import draw_text_area, label_above

PAGES = ("chart", "profile", "plan")


class EndScene(Scene):
    menu = False

    def __init__(self, app: Host) -> None:
        super().__init__(app)
        self.page = 0
        self.message = ""
        self.short_message = ""
        """The message without the file's name, for a screen too narrow for the whole message on one line."""
        self.others = self.others_text()
        self.save_reports(open_it=False)  # the report for the minutes is there without anyone asking

    @property
    def help_key(self) -> str:  # type: ignore[override]
        return f"help.end.{PAGES[self.page]}"

    @property
    def session(self) -> PlaySession:
        assert self.app.session is not None
        return self.app.session

    def summary(self) -> Summary:
        return summarise(self.session.game.deck, self.session.game.state)

    def next(self) -> None:
        self.keep_plan()
        if self.page + 1 < len(PAGES):
            self.page += 1
            self.focus = -1  # no answer field has the focus until someone clicks or presses Tab
        else:
            self.ask("end.done", "end.done_detail", self.to_title, "done")

    def keep_plan(self) -> None:
        """Save the plan's answers; when that fails, a banner says why (until a save works)."""
        self.session.save_plan()
        self.app.dirty = True

    def back(self) -> None:
        self.keep_plan()
        if self.page > 0:
            self.page -= 1
            self.focus = -1
        elif self.session.last_choice() is not None:  # Back on the first page: undo, back into the last case
            self.ask("end.undo_question", "undo.detail", self.undo, "undo")

    def undo(self) -> None:
        if self.undone():
            self.app.replace("case")

    def presenter(self) -> None:
        """The clicker's F5: the report for the minutes, written again with the plan as it is and opened."""
        self.write_report()

    def clicks_go_on(self) -> bool:
        return PAGES[self.page] != "plan"

    def focused_field(self) -> object | None:
        return None if self.focus < 0 else super().focused_field()

    def to_title(self) -> None:
        self.app.context.end_session()
        self.app.replace("title")

    def body(self, screen: pygame.Rect) -> pygame.Rect:
        m, ts = self.app.metrics, self.app.typesetter
        top = m.margin + ts.line_height(m.title) + m.gap + alert_height(self.app, self.session.problem, screen.width)
        bottom = screen.height - m.margin * 3 - ts.line_height(m.body) - round(m.body * 1.6)
        return pygame.Rect(m.margin * 2, top, screen.width - m.margin * 4, bottom - top)

    def buttons(self, screen: pygame.Rect) -> list[Stop]:
        on, back = boxes.flow_buttons(self.app.metrics, screen)
        report = back.move(-(on.width + self.app.metrics.gap * 2), 0)
        return [
            Stop("next", on, self.next, self.app.t("case.next")),
            Stop("back", back, self.back, self.app.t("case.back")),
            Stop("report", report, self.write_report, self.app.t("end.report")),
        ]

    def write_report(self) -> None:
        """The Verslag button: the report written again with the plan as it is now, and opened."""
        self.save_reports(open_it=True)

    def save_reports(self, open_it: bool) -> None:
        """The report for the minutes from the live game: HTML to print, PDF and Markdown in saves/reports/,
        named after village and date (the same session replaces its own files), opened in the system's
        viewer when asked and there is one."""
        session = self.session
        session.save_plan()
        try:
            written = write_session_reports(
                session.game,
                [field.text for field in session.action_plan],
                session.created,
                self.app.lang,
                folder=self.app.saves / "reports",
                session=session.path.stem if session.path else "",
                forms=("html", "pdf", "md"),
                votes=session.votes,
            )
        except OSError as error:
            self.message = self.app.t("report.not_written", reason=why_not_saved(error, self.app.lang))
            self.short_message = ""
        else:
            shown = open_it and open_in_viewer(written[0])
            key = "report.written_opened" if shown else "report.written"
            self.message = self.app.t(key, name=written[0].name, folder="saves/reports")
            self.short_message = self.app.t(f"{key}_short", folder="saves/reports")
        self.app.dirty = True

    def stops(self, screen: pygame.Rect) -> list[Stop]:
        if PAGES[self.page] != "plan":
            return self.buttons(screen)
        m, ts = self.app.metrics, self.app.typesetter
        body = self.body(screen)
        row = body.height // 3
        stops = []
        for n, field in enumerate(self.session.action_plan):
            top = body.top + n * row + ts.line_height(m.body) + m.gap
            rect = pygame.Rect(body.left, top, body.width, row - ts.line_height(m.body) - m.gap * 3)
            stops.append(Stop(f"plan{n}", rect, None, field=field))
        return [*stops, *self.buttons(screen)]

    def draw(self, surface: pygame.Surface) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        screen = surface.get_rect()
        page = PAGES[self.page]
        village = self.session.game.setup.village
        draw.text(surface, ts, app.t(f"end.{page}"), (m.margin * 2, m.margin), m.title, colour=theme.INK, bold=True)
        if self.session.problem:
            draw_alert(surface, app, self.session.problem, m.margin + ts.line_height(m.title))
        body = self.body(screen)
        summary = self.summary()
        if page == "chart":
            half = body.width * 3 // 5
            self.draw_chart(surface, pygame.Rect(body.left, body.top, half - m.margin, body.height), summary)
            self.draw_triangle(
                surface, pygame.Rect(body.left + half, body.top, body.width - half, body.height), summary
            )
        elif page == "profile":
            lines = [self.outcomes_text(summary), *([self.others] if self.others else [])]
            line = ts.line_height(m.body)
            for n, words in enumerate(reversed(lines)):
                area = pygame.Rect(body.left, body.bottom - line * (n + 1), body.width, line)
                draw.paragraph(surface, ts, words, area, size_that_fits(ts, words, area, m.body), colour=theme.INK)
            body = pygame.Rect(body.left, body.top, body.width, body.height - line * len(lines) - m.gap)
            self.draw_profile(surface, body, summary)
        else:
            self.draw_plan(surface, body)
        stops = self.stops(screen)
        buttons = self.buttons(screen)
        for stop in buttons:
            focused = 0 <= self.focus < len(stops) and stops[self.focus].key == stop.key
            draw.centred_button(surface, ts, m, stop.rect, stop.label, focused=focused)
        # the page and village left of the buttons (the village left out where its name does not fit there);
        # the line below is the message's own, across the screen
        counter = app.t("end.page", page=self.page + 1, pages=len(PAGES))
        leftmost = buttons[-1].rect
        beside = pygame.Rect(m.margin * 2, leftmost.top, leftmost.left - m.margin * 3, leftmost.height)
        size = line_size(ts, f"{counter} · {village}", beside.width, m.body)
        if village and ts.width(f"{counter} · {village}", size) <= beside.width:
            counter = f"{counter} · {village}"
        size = line_size(ts, counter, beside.width, m.body)
        at = (beside.left, beside.centery)
        draw.text(surface, ts, counter, at, size, colour=theme.MUTED, anchor="midleft", within=beside)
        message, room = self.message or app.t("hint.end_clicker"), screen.width - m.margin * 4
        size = line_size(ts, message, room, m.body)
        if self.short_message and ts.width(message, size) > room:
            message = self.short_message
            size = line_size(ts, message, room, m.body)
        at = (m.margin * 2, screen.height - m.margin)
        draw.text(surface, ts, message, at, size, colour=theme.MUTED, anchor="bottomleft")

    def draw_chart(self, surface: pygame.Surface, rect: pygame.Rect, summary: Summary) -> None:
        draw_chart(surface, rect, summary, self.app.typesetter, self.app.metrics, self.app.t)

    def draw_triangle(self, surface: pygame.Surface, rect: pygame.Rect, summary: Summary) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        draw.card(surface, m, rect)
        inner = rect.inflate(-m.margin * 3, -m.margin * 3)
        top = (inner.centerx, inner.top + m.body * 3)
        left = (inner.left + m.body * 2, inner.bottom - m.body * 2)
        right = (inner.right - m.body * 2, inner.bottom - m.body * 2)
        corners = {"burgers": top, "overheid": left, "partners": right}
        edges = {
            ("burgers", "overheid"): "burgers_overheid",
            ("burgers", "partners"): "burgers_partners",
            ("overheid", "partners"): "overheid_partners",
        }
        for (a, b), name in edges.items():
            value = summary.edges[name]
            width = max(2, m.line * (1 + value // 15))
            pygame.draw.line(surface, theme.INK, corners[a], corners[b], width)
            mid = ((corners[a][0] + corners[b][0]) // 2, (corners[a][1] + corners[b][1]) // 2)
            label = ts.render(str(value), m.heading, theme.INK, bold=True)
            box = label.get_rect(center=mid).inflate(m.gap * 2, m.gap)
            pygame.draw.rect(surface, theme.CARD, box, border_radius=m.radius)
            pygame.draw.rect(surface, theme.INK, box, 1, border_radius=m.radius)
            surface.blit(label, label.get_rect(center=mid))
        for corner, point in corners.items():
            draw.corner_shape(surface, corner, point, m.body)
            anchor = "midbottom" if corner == "burgers" else "midtop"
            offset = -m.body - m.gap if corner == "burgers" else m.body + m.gap
            draw.text(
                surface,
                ts,
                app.t(f"corner.{corner}"),
                (point[0], point[1] + offset),
                m.body,
                colour=theme.INK,
                bold=True,
                anchor=anchor,
            )
        draw.text(
            surface,
            ts,
            app.t("end.trust"),
            (rect.left + m.margin, rect.top + m.gap),
            m.body,
            colour=theme.INK,
            bold=True,
        )

    def others_text(self) -> str:
        """How other sessions (here and imported) ended in the same cases, for comparison."""
        try:
            outcomes: dict[str, int] = {}
            case_ids = [result.case_id for result in self.session.game.state.results]
            for shares in self.app.context.earlier_choices(case_ids):
                for outcome, count in shares.outcomes.items():
                    outcomes[outcome] = outcomes.get(outcome, 0) + count
        except (OSError, ValueError):
            return ""
        total = sum(outcomes.values())
        if not total:
            return ""
        text = " · ".join(
            f"{self.app.t(f'outcome.{name}')} {round(outcomes.get(name, 0) * 100 / total)}%"
            for name in ("bloeit", "worstelt", "strandt")
        )
        return self.app.t("end.others", shares=text)

    def draw_profile(self, surface: pygame.Surface, body: pygame.Rect, summary: Summary) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        deck, lang = self.session.game.deck, app.lang
        column = (body.width - m.margin * 2) // 3
        # role profile
        box = pygame.Rect(body.left, body.top, column, body.height)
        draw.card(surface, m, box)
        inner = box.inflate(-m.margin, -m.margin)
        draw.text(surface, ts, app.t("end.roles"), inner.topleft, m.body, colour=theme.INK, bold=True, within=inner)
        y = inner.top + ts.line_height(m.body) + m.gap
        best = summary.best_role
        rows = []
        for role_id, share in summary.role_profile.items():
            top_role = role_id == best
            name = deck.roles[role_id].title.get(lang) + (f" · {app.t('end.best_role')}" if top_role else "")
            score = summary.role_scores.get(role_id)
            note = (
                f"{round(share * 100)}%"
                if score is None
                else app.t("end.role_score", share=round(share * 100), score=f"{score:+.0f}")
            )
            rows.append((share, top_role, name, note))
        size = min(
            min(
                line_size(ts, name, inner.width, m.body, bold=True), line_size(ts, note, inner.width, m.body, bold=True)
            )
            for _, _, name, note in rows
        )
        row_height = ts.line_height(size)
        bar_height = max(6, m.body // 3)
        for share, top_role, name, note in rows:
            draw.text(surface, ts, name, (inner.left, y), size, colour=theme.INK, bold=top_role, within=inner)
            draw.text(
                surface, ts, note, (inner.left, y + row_height), size, colour=theme.INK, bold=top_role, within=inner
            )
            y += row_height * 2
            bar = pygame.Rect(inner.left, y, max(2, round(inner.width * share)), bar_height)
            pygame.draw.rect(surface, theme.CORNER_COLOURS["burgers"], bar)
            pygame.draw.rect(surface, theme.INK, bar, 1)
            y += bar_height + m.gap * 2
        # lessons in love
        box = pygame.Rect(body.left + column + m.margin, body.top, column, body.height)
        draw.card(surface, m, box)
        inner = box.inflate(-m.margin, -m.margin)
        draw.text(surface, ts, app.t("end.lessons"), inner.topleft, m.body, colour=theme.INK, bold=True, within=inner)
        draw_lessons(self.app, surface, inner, summary)
        # gains and losses, webs left
        box = pygame.Rect(
            body.left + (column + m.margin) * 2, body.top, body.right - body.left - (column + m.margin) * 2, body.height
        )
        draw.card(surface, m, box)
        inner = box.inflate(-m.margin, -m.margin)
        draw.text(surface, ts, app.t("end.gains"), inner.topleft, m.body, colour=theme.INK, bold=True, within=inner)
        y = inner.top + ts.line_height(m.body) + m.gap
        for corner in CORNERS:
            draw.corner_shape(surface, corner, (inner.left + m.body // 2, y + ts.line_height(m.body) // 2), m.body // 3)
            line = f"{app.t(f'corner.{corner}')}: +{summary.gains[corner]} / {summary.losses[corner]}"
            draw.text(surface, ts, line, (inner.left + m.body, y), m.body, colour=theme.INK, within=inner)
            y += ts.line_height(m.body)
        y += m.gap
        draw.text(
            surface,
            ts,
            app.t("end.webs", count=len(summary.webs_left)),
            (inner.left, y),
            m.body,
            colour=theme.INK,
            bold=True,
        )
        y += ts.line_height(m.body)
        draw_webs(self.app, surface, pygame.Rect(inner.left, y, inner.width, inner.bottom - y), summary)

    def outcomes_text(self, summary: Summary) -> str:
        """How this session's cases went, in the words of the outcome screen."""
        shares = " · ".join(f"{self.app.t(f'outcome.{name}')} {count}" for name, count in summary.outcomes.items())
        return self.app.t("end.outcomes", shares=shares)

    def draw_plan(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        for n, stop in enumerate(s for s in self.stops(surface.get_rect()) if s.field is not None):
            draw.text(
                surface,
                ts,
                app.t(f"plan.q{n + 1}"),
                label_above(app, stop.rect),
                m.body,
                colour=theme.INK,
                bold=True,
            )
            draw_text_area(app, surface, stop.rect, stop.field, n == self.focus, app.t("plan.empty"))  # type: ignore[arg-type]
