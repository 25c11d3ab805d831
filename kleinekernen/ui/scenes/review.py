"""Looking back through a finished session, case by case, as a debrief does. Nothing changes."""

from __future__ import annotations

import pygame

from ...content.models import CORNERS, quadrant_of
from ...engine.game import Game
from .. import draw, theme
from ..intents import digit_of
from .base import Host, Scene


class ReviewScene(Scene):
    menu = False
    help_key = "help.review"

    def __init__(self, app: Host, game: Game) -> None:
        super().__init__(app)
        self.game = game
        self.index = 0

    def next(self) -> None:
        if self.index + 1 < len(self.game.state.results):
            self.index += 1
        else:
            self.app.pop()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
        else:
            self.app.pop()

    def presenter(self) -> None:
        self.next()

    def handle(self, event: pygame.event.Event) -> None:
        digit = digit_of(event)
        if digit is not None and digit <= len(self.game.state.results):
            self.index = digit - 1
            self.app.dirty = True
            return
        super().handle(event)

    def draw(self, surface: pygame.Surface) -> None:
        app, m, ts, lang = self.app, self.app.metrics, self.app.typesetter, self.app.lang
        screen = surface.get_rect()
        results = self.game.state.results
        if not results:
            return
        result = results[self.index]
        deck = self.game.deck
        case = deck.cases.get(result.case_id)
        title = case.title.get(lang) if case else result.case_id
        heading = app.t("review.counter", number=self.index + 1, total=len(results))
        draw.text(surface, ts, f"{heading} · {title}", (m.margin * 2, m.margin), m.heading, colour=theme.INK, bold=True)
        y = m.margin + ts.line_height(m.heading) + m.gap
        width = screen.width - m.margin * 4
        card_q = app.t(f"quadrant.{result.quadrant}")
        group_q = app.t(f"quadrant.{quadrant_of(result.placement.owner, result.placement.needs_other)}")
        lines = [app.t("reveal.card", quadrant=card_q), app.t("reveal.group", quadrant=group_q)]
        for corner in CORNERS:
            role = deck.roles[result.role_of(corner)].title.get(lang) if result.role_of(corner) in deck.roles else "?"
            move = deck.moves[result.move_of(corner)].title.get(lang) if result.move_of(corner) in deck.moves else "?"
            lines.append(f"{app.t(f'corner.{corner}')}: {role} · {move}")
        lines.append(f"{app.t(f'outcome.{result.outcome}')} ({result.score:+d})")
        for line in lines:
            y = draw.paragraph(
                surface,
                ts,
                line,
                pygame.Rect(m.margin * 2, y, width, m.body * 3),
                m.body,
                colour=theme.INK,
                max_lines=2,
            )
        biggest = sorted(result.changes, key=lambda c: -abs(c.amount))[:3]
        for change in biggest:
            text = f"{change.amount:+d} {app.t('meter.' + change.meter)}: {change.reason.get(lang)}"
            y = draw.paragraph(
                surface,
                ts,
                text,
                pygame.Rect(m.margin * 2, y, width, m.body * 3),
                m.body,
                colour=theme.MUTED,
                max_lines=2,
            )
        if result.note:
            y += m.gap
            draw.text(surface, ts, app.t("reflect.notes"), (m.margin * 2, y), m.body, colour=theme.INK, bold=True)
            y += ts.line_height(m.body)
            bottom = screen.height - m.margin * 2 - ts.line_height(m.body)
            draw.paragraph(
                surface, ts, result.note, pygame.Rect(m.margin * 2, y, width, bottom - y), m.body, colour=theme.INK
            )
        draw.text(
            surface,
            ts,
            app.t("hint.review"),
            (m.margin * 2, screen.height - m.margin),
            m.body,
            colour=theme.MUTED,
            anchor="bottomleft",
        )
