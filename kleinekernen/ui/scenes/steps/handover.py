"""Pass the laptop: the next corner's player takes over."""

from __future__ import annotations

import pygame

from ... import draw, theme
from .base import StepView


class HandoverView(StepView):
    def draw_handover(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        corner = self.state.handover
        assert corner is not None
        player = self.state.session.game.player_for(corner) or app.t(f"corner.{corner}")
        draw.card(surface, m, body, theme.CORNER_TINTS[corner])
        draw.corner_shape(surface, corner, (body.centerx, body.top + body.height // 3), m.body * 2)
        draw.text(
            surface,
            ts,
            app.t("handover.title", player=player),
            (body.centerx, body.centery + m.body),
            m.title,
            colour=theme.INK,
            bold=True,
            anchor="center",
        )
        draw.text(
            surface,
            ts,
            app.t("handover.detail"),
            (body.centerx, body.centery + m.body * 4),
            m.body,
            colour=theme.INK,
            anchor="center",
        )

    draw = draw_handover
