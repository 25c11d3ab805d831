"""Pass the laptop: the next corner's player takes over."""

from __future__ import annotations

import pygame

from ... import theme
from .base import StepView


class HandoverView(StepView):
    def draw_handover(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, paint = self.app, self.app.metrics, self.painter(surface)
        corner = self.state.handover
        assert corner is not None
        player = self.state.session.game.player_for(corner) or app.t(f"corner.{corner}")
        paint.card(body, fill=theme.CORNER_TINTS[corner])
        paint.corner_shape(corner, (body.centerx, body.top + body.height // 3), m.body * 2)
        paint.text(
            app.t("handover.title", player=player),
            (body.centerx, body.centery + m.body),
            m.title,
            colour=theme.INK,
            bold=True,
            anchor="center",
        )
        paint.text(
            app.t("handover.detail"),
            (body.centerx, body.centery + m.body * 4),
            m.body,
            colour=theme.INK,
            anchor="center",
        )

    draw = draw_handover
