"""The reveal: where the card puts the case, beside where the group put it, and how others chose."""

from __future__ import annotations

import pygame

from ....content.models import quadrant_of
from ....engine.placement import placement_is_right
from ....persistence.shares import most_chosen, placement_percentages, spread_parts
from ... import draw, theme
from ..placing import placement_verdict, size_that_fits
from ..widgets import stacked_size
from .base import StepView


class RevealView(StepView):
    def draw_reveal(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts, lang = self.app, self.app.metrics, self.app.typesetter, self.app.lang
        draw.card(surface, m, body)
        inner = body.inflate(-m.margin * 2, -m.margin * 2)
        if not self.state.revealed:
            draw.text(
                surface, ts, app.t("reveal.hidden"), inner.center, m.title, colour=theme.INK, bold=True, anchor="center"
            )
            return
        result = self.state.session.game.state.pending
        assert result is not None
        right = placement_is_right(self.state.case, result.placement)
        left = pygame.Rect(inner.left, inner.top, inner.width * 9 // 20, inner.height)
        others = pygame.Rect(left.right + m.margin, inner.top, inner.right - left.right - m.margin, inner.height)
        verdict = ("= " if right else "≠ ") + app.t("reveal.right" if right else "reveal.different")
        card_q = app.t(f"quadrant.{self.state.case.quadrant}")
        group_q = app.t(f"quadrant.{quadrant_of(result.placement.owner, result.placement.needs_other)}")
        blocks: list[tuple[str, theme.Colour, bool]] = [
            (app.t("reveal.card", quadrant=card_q), theme.INK, True),
            (self.state.case.placement_reason.get(lang), theme.INK, False),
            (app.t("reveal.group", quadrant=group_q), theme.INK, False),
        ]
        for change in placement_verdict(result.changes):
            row = f"{change.amount:+d} {app.t('meter.' + change.meter)}: {change.reason.get(lang)}"
            blocks.append((row, theme.GOOD if change.amount > 0 else theme.BAD, False))
        earlier = self.earlier_text()
        if earlier:
            blocks.append((earlier, theme.MUTED, False))
        heading = size_that_fits(ts, verdict, left, m.heading, True)
        y = draw.paragraph(surface, ts, verdict, left, heading, colour=theme.GOOD if right else theme.BAD, bold=True)
        rest = pygame.Rect(left.left, y + m.gap, left.width, left.bottom - y - m.gap)
        size = stacked_size(ts, [words for words, _, _ in blocks], rest, m.body, m.gap)
        for words, colour, bold in blocks:
            y = draw.paragraph(
                surface,
                ts,
                words,
                pygame.Rect(left.left, y + m.gap, left.width, rest.height),
                size,
                colour=colour,
                bold=bold,
            )
        if self.state.room_vote.spread_first(self.state.page):
            self.draw_room(surface, others)
            return
        draw.text(surface, ts, app.t("reveal.others"), others.topleft, m.heading, colour=theme.INK, bold=True)
        story = pygame.Rect(others.left, others.top + ts.line_height(m.heading), others.width, others.height)
        story.height -= ts.line_height(m.heading)
        text = self.state.case.other_villages.get(lang)
        draw.paragraph(surface, ts, text, story, size_that_fits(ts, text, story, m.body), colour=theme.INK)

    def draw_room(self, surface: pygame.Surface, column: pygame.Rect) -> None:
        """The phones' spread beside the card's and the group's placement (Next then shows other villages)."""
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        snapshot = self.state.room_vote.current()
        assert snapshot is not None
        heading = app.t("room.spread", count=snapshot.voted)
        draw.text(surface, ts, heading, column.topleft, m.heading, colour=theme.INK, bold=True)
        top = column.top + ts.line_height(m.heading)
        area = pygame.Rect(column.left, top, column.width, column.bottom - top)
        lines = spread_parts(app.t, snapshot.spread)
        size = stacked_size(ts, lines, area, m.body, m.gap // 2)
        y = area.top
        for line in lines:
            y = draw.paragraph(surface, ts, line, pygame.Rect(area.left, y, area.width, area.bottom - y), size)
            y += m.gap // 2

    def earlier_text(self) -> str:
        """Earlier sessions: how they placed the case (every square they chose), and what the village chose most."""
        app, shares = self.app, self.state.earlier
        if shares is None:
            return ""
        if shares.sessions == 0:
            return app.t("reveal.earlier_none")
        parts = [f"{app.t('quadrant.' + quadrant)} {percent}%" for quadrant, percent in placement_percentages(shares)]
        deck = self.state.session.game.deck
        chosen = most_chosen(shares, "burgers")
        if chosen is not None and chosen[0] in deck.roles and chosen[1] in deck.moves:
            role_title, move_title = (
                deck.roles[chosen[0]].title.get(app.lang),
                deck.moves[chosen[1]].title.get(app.lang),
            )
            parts.append(f"{app.t('corner.burgers')}: {role_title}, {move_title}")
        earlier = app.t("reveal.earlier", count=shares.sessions, shares=" · ".join(parts))
        if shares.room:
            rooms = [f"{app.t('quadrant.' + q)} {n}" for q, n in shares.room.most_common()]
            earlier += " " + app.t("reveal.earlier_room", count=shares.room.total(), shares=" · ".join(rooms))
        return earlier

    draw = draw_reveal
