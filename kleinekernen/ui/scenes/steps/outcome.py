"""What happens: the meters move, every change with its reason, page by page."""

from __future__ import annotations

import pygame

from ....content.models import CORNERS, METERS, Corner
from ....engine.state import CaseResult, Change, Meters, WebEvent
from ... import draw, theme
from ..placing import before_reveal
from ..widgets import stacked_size
from .base import StepView


class OutcomeView(StepView):
    def change_pages(self) -> list[list[list[Change] | WebEvent]]:
        """The outcome's rows, page by page: changes with the same reason share one row."""
        result = self.state.session.game.state.pending
        if result is None:
            return [[]]
        rows: list[list[Change] | WebEvent] = []
        for change in before_reveal(result.changes):
            last = rows[-1] if rows else None
            if isinstance(last, list) and last[0].reason == change.reason and last[0].corner == change.corner:
                last.append(change)
            else:
                rows.append([change])
        rows.sort(key=lambda row: -abs(sum(change.amount for change in row)) if isinstance(row, list) else 0)
        rows.extend(result.web_events)
        body = self.state.body_rect(self.app.screen_rect())
        width = body.width - body.width // 3
        m, ts = self.app.metrics, self.app.typesetter
        verdict = ts.line_height(m.heading, True) + m.gap  # the verdict runs across the top, over both columns
        room = body.height - verdict - ts.line_height(m.body)
        pages: list[list[list[Change] | WebEvent]] = [[]]
        used = 0
        for row in rows:
            height = self.row_height(row, width)
            if pages[-1] and used + height > room:
                pages.append([])
                used = 0
            pages[-1].append(row)
            used += height
        return pages

    def row_words(self, row: list[Change] | WebEvent, width: int) -> tuple[str, theme.Colour, str]:
        """An outcome row's label (what moved), its colour and its reason."""
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        if isinstance(row, WebEvent):
            return app.t(f"web.{row.kind}"), theme.INK, row.web.label.get(app.lang)
        label = ", ".join(f"{c.amount:+d} {app.t('meter.' + c.meter)}" for c in row)
        if ts.width(label, m.body, True) > width:
            label = ", ".join(f"{c.amount:+d} {app.t('meter.short.' + c.meter)}" for c in row)
        colour = theme.GOOD if sum(c.amount for c in row) > 0 else theme.BAD
        return label, colour, row[0].reason.get(app.lang)

    def row_height(self, row: list[Change] | WebEvent, width: int) -> int:
        """A row's label line and its whole reason, wrapped under it."""
        m, ts = self.app.metrics, self.app.typesetter
        _label, _colour, reason = self.row_words(row, width)
        lines = 1 + len(ts.wrap(reason.strip(), m.body, width - m.body))
        return ts.line_height(m.body) * lines + m.gap

    def meters_before(self) -> Meters:
        results = self.state.session.game.state.results
        return results[-1].meters_after if results else Meters()

    def draw_outcome(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        result = self.state.session.game.state.pending
        assert result is not None
        before = self.meters_before()
        verdict = f"{app.t(f'outcome.{result.outcome}')} ({result.score:+d})"
        colours = {"bloeit": theme.GOOD, "strandt": theme.BAD}
        top = draw.paragraph(
            surface, ts, verdict, body, m.heading, colour=colours.get(result.outcome, theme.INK), bold=True, max_lines=1
        )
        body = pygame.Rect(body.left, top + m.gap, body.width, body.bottom - top - m.gap)
        left = pygame.Rect(body.left, body.top, body.width // 3 - m.margin, body.height)
        y = left.top
        bar = ts.line_height(m.body) + max(8, m.body // 2)
        room = left.height - self.choices_height(left) - m.gap
        row = bar + max(m.gap, min(m.gap * 2, (room - bar * len(METERS)) // len(METERS)))
        for meter in METERS:
            shown = before.get(meter) + (result.meters_after.get(meter) - before.get(meter)) * self.state.animation
            draw.meter_bar(
                surface, ts, m, pygame.Rect(left.left, y, left.width, row), app.t(f"meter.{meter}"), shown, meter
            )
            y += row
        self.draw_choices(surface, pygame.Rect(left.left, y + m.gap, left.width, body.bottom - y - m.gap), result)
        self.draw_changes(
            surface,
            pygame.Rect(left.right + m.margin, body.top, body.right - left.right - m.margin, body.height),
            result,
        )

    def choice_lines(self, result: CaseResult) -> list[tuple[Corner, str]]:
        app, deck = self.app, self.state.session.game.deck
        lines = []
        for corner in CORNERS:
            role = deck.roles[result.role_of(corner)].title.get(app.lang)
            move = deck.moves[result.move_of(corner)].title.get(app.lang)
            who = app.t(f"corner.{corner}") + (
                f" ({app.t('outcome.by_game')})" if corner in result.auto_corners else ""
            )
            lines.append((corner, f"{who}: {role} · {move}"))
        return lines

    def choices_height(self, rect: pygame.Rect) -> int:
        m, ts = self.app.metrics, self.app.typesetter
        result = self.state.session.game.state.pending
        assert result is not None
        width = rect.width - m.body
        wrapped = sum(len(ts.wrap(words, m.body, width)) for _, words in self.choice_lines(result))
        return wrapped * ts.line_height(m.body)

    def draw_choices(self, surface: pygame.Surface, rect: pygame.Rect, result: CaseResult) -> None:
        """Each corner's role and move, and which corners the game played: whole, at a size that fits."""
        m, ts = self.app.metrics, self.app.typesetter
        lines = self.choice_lines(result)
        area = pygame.Rect(rect.left + m.body, rect.top, rect.width - m.body, rect.height)
        size = stacked_size(ts, [words for _, words in lines], area, m.body, 0)
        y = rect.top
        for corner, words in lines:
            line = ts.line_height(size)
            draw.corner_shape(surface, corner, (rect.left + m.body // 3, y + line // 2), m.body // 3)
            y = draw.paragraph(surface, ts, words, pygame.Rect(area.left, y, area.width, rect.bottom - y), size)

    def draw_changes(self, surface: pygame.Surface, rect: pygame.Rect, result: CaseResult) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        pages = self.change_pages()
        page = pages[min(self.state.page, len(pages) - 1)]
        if len(pages) > 1:
            draw.text(
                surface,
                ts,
                app.t("outcome.page", page=self.state.page + 1, pages=len(pages)),
                (rect.right, rect.top),
                m.body,
                colour=theme.MUTED,
                anchor="topright",
            )
        y = rect.top + ts.line_height(m.body)
        line = ts.line_height(m.body)
        for row in page:
            label, colour, reason = self.row_words(row, rect.width)
            draw.text(surface, ts, label, (rect.left, y), m.body, colour=colour, bold=True)
            indent = rect.left + m.body
            height = self.row_height(row, rect.width)
            draw.paragraph(
                surface, ts, reason, pygame.Rect(indent, y + line, rect.right - indent, height - line), m.body
            )
            y += height

    draw = draw_outcome
