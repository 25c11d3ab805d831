"""Roles and moves: the cards of the corner whose turn it is."""

from __future__ import annotations

import functools

import pygame

from ....engine.choices import ChooseRole, PlayMove
from ....engine.state import Step
from ... import draw, theme
from ..base import Stop
from .base import StepView


class OptionsView(StepView):
    def options(self) -> list[tuple[str, str, str]]:
        """(id, title, text) of the roles or the hand of the corner whose turn it is."""
        game, lang = self.state.session.game, self.app.lang
        corner = game.turn()
        if corner is None:
            return []
        if self.state.step is Step.ROLES:
            return [(r.id, r.title.get(lang), r.text.get(lang)) for r in game.deck.roles_of(corner)]
        return [
            (card, game.deck.moves[card].title.get(lang), game.deck.moves[card].text.get(lang))
            for card in game.hand(corner)
        ]

    def card_stops(self, body: pygame.Rect) -> list[Stop]:
        m = self.app.metrics
        options = self.options()
        corner = self.state.session.game.turn()
        if not options or corner is None:
            return []
        ts = self.app.typesetter
        top = body.top + ts.line_height(m.heading) + (ts.line_height(m.body) if self.earlier_choices() else 0) + m.gap
        height = body.bottom - m.body * 2 - m.gap * 2 - top
        width = (body.width - m.gap * (len(options) - 1)) // len(options)
        stops = []
        for n, (option_id, title, _text) in enumerate(options):
            rect = pygame.Rect(body.left + n * (width + m.gap), top, width, height)
            choice = ChooseRole(corner, option_id) if self.state.step is Step.ROLES else PlayMove(corner, option_id)
            stops.append(Stop(option_id, rect, functools.partial(self.state.choose, choice), title, numbered=True))
        return stops

    def draw_options(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts, paint = self.app, self.app.metrics, self.app.typesetter, self.painter(surface)
        game = self.state.session.game
        corner = game.turn()
        if corner is None:
            return
        player = game.player_for(corner) or ""
        what = app.t(f"{'roles' if self.state.step is Step.ROLES else 'moves'}.title.{corner}")
        paint.corner_shape(corner, (body.left + m.body // 2, body.top + ts.line_height(m.heading) // 2), m.body // 2)
        paint.text(what, (body.left + m.body * 3 // 2, body.top), m.heading, colour=theme.INK, bold=True)
        paint.text(player, (body.right, body.top), m.body, colour=theme.MUTED, anchor="topright")
        earlier = self.earlier_choices()
        if earlier:
            paint.text(earlier, (body.left, body.top + ts.line_height(m.heading)), m.body, colour=theme.MUTED)
        options = self.options()
        for index, (stop, (_oid, title, text)) in enumerate(
            zip(self.state.stops(self.app.screen_rect()), options, strict=False)
        ):
            paint.card(stop.rect, fill=theme.CORNER_TINTS[corner])
            inner = stop.rect.inflate(-m.gap * 2, -m.gap * 2)
            numbered = app.t("case.numbered", number=index + 1, title=title)
            size = draw.fit_size(ts, numbered, inner.width, m.body, bold=True)
            bottom = paint.paragraph(numbered, inner, size, colour=theme.INK, bold=True, max_lines=3)
            effect = self.card_effect(_oid)
            effect_lines = len(ts.wrap(effect, m.body, inner.width, bold=True)) if effect else 0
            bottom_text = inner.bottom - effect_lines * ts.line_height(m.body)
            rest = pygame.Rect(inner.left, bottom + m.gap, inner.width, bottom_text - bottom - m.gap * 2)
            paint.paragraph(text, rest, m.body, colour=theme.INK)
            if effect:
                area = pygame.Rect(inner.left, bottom_text, inner.width, inner.bottom - bottom_text)
                paint.paragraph(effect, area, m.body, colour=theme.INK, bold=True)
            if index == self.state.focus:
                paint.focus_ring(stop.rect)

    def card_effect(self, option_id: str) -> str:
        """What a move card visibly does at once, e.g. '+4 energie, +3 eigenaarschap'."""
        move = self.state.session.game.deck.moves.get(option_id) if self.state.step is Step.MOVES else None
        if move is None:
            return ""
        return ", ".join(
            f"{amount:+d} {self.app.t('meter.short.' + meter)}" for meter, amount in move.changes().items()
        )

    def earlier_choices(self) -> str:
        game, app = self.state.session.game, self.app
        state = game.state
        chosen = state.roles if self.state.step is Step.ROLES else state.moves
        parts = []
        for corner, option in chosen:
            title = game.deck.roles[option].title if self.state.step is Step.ROLES else game.deck.moves[option].title
            parts.append(f"{app.t(f'corner.{corner}')}: {title.get(app.lang)}")
        return " · ".join(parts)

    stops = card_stops

    draw = draw_options
