"""Who owns it: the four squares of the ownership matrix, with examples from outside the session."""

from __future__ import annotations

import functools

import pygame

from ....content.models import Quadrant
from ....engine.choices import Place
from ... import draw, theme
from ..base import Stop
from ..placing import placement_examples, size_that_fits
from .base import StepView
from .vote import qr_surface

QUADRANT_GRID: list[tuple[Quadrant, str, bool]] = [
    ("burgers_alone", "burgers", False),
    ("burgers_with_overheid", "burgers", True),
    ("overheid_alone", "overheid", False),
    ("overheid_with_burgers", "overheid", True),
]


class PlaceView(StepView):
    def quadrant_stops(self, body: pygame.Rect) -> list[Stop]:
        m = self.app.metrics
        area = pygame.Rect(body.left + m.body * 8, body.top, body.width - m.body * 8, body.height - m.body * 2 - m.gap)
        half_w, half_h = (area.width - m.gap) // 2, (area.height - m.gap) // 2
        stops = []
        for index, (quadrant, owner, needs) in enumerate(QUADRANT_GRID):
            row, column = divmod(index, 2)
            rect = pygame.Rect(area.left + column * (half_w + m.gap), area.top + row * (half_h + m.gap), half_w, half_h)
            place = Place(owner, needs)  # type: ignore[arg-type]
            stops.append(Stop(quadrant, rect, functools.partial(self.state.choose, place), numbered=True))
        return stops

    def draw_place(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        stops = self.state.stops(self.app.screen_rect())
        question = pygame.Rect(body.left, body.top, m.body * 7, body.height)
        bottom = draw.paragraph(surface, ts, app.t("place.question"), question, m.body, colour=theme.INK, bold=True)
        self.draw_room(surface, pygame.Rect(question.left, bottom + m.gap, question.width - m.gap, 0))
        for index, stop in enumerate(stops[:4]):
            quadrant = stop.key
            owner = "burgers" if quadrant.startswith("burgers") else "overheid"
            draw.card(surface, m, stop.rect, theme.CORNER_TINTS[owner])
            inner = stop.rect.inflate(-m.gap * 3, -m.gap * 2)
            draw.corner_shape(surface, owner, (inner.right - m.body // 2, inner.top + m.body // 2), m.body // 2)
            draw.text(surface, ts, f"{index + 1}", inner.topleft, m.body, colour=theme.INK, bold=True)
            title = pygame.Rect(inner.left + m.body * 2, inner.top, inner.width - m.body * 4, inner.height)
            bottom = draw.paragraph(
                surface, ts, app.t(f"quadrant.{quadrant}"), title, m.body, colour=theme.INK, bold=True, max_lines=2
            )
            examples = pygame.Rect(inner.left, bottom + m.gap, inner.width, inner.bottom - bottom - m.gap)
            words = self.quadrant_examples(quadrant)
            size = size_that_fits(ts, words, examples, m.body)
            draw.paragraph(surface, ts, words, examples, size, colour=theme.MUTED)
            if index == self.state.focus:
                draw.focus_ring(surface, m, stop.rect)

    def draw_room(self, surface: pygame.Surface, top: pygame.Rect) -> None:
        """With the room open: how many phones voted (never what), and the QR code for whoever comes late."""
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        snapshot, hall = self.state.room_vote.current(), app.context.hall
        if snapshot is None or hall is None:
            return
        bottom_limit = self.state.body_rect(app.screen_rect()).bottom - m.body * 2 - m.gap * 2
        words = app.t("room.voted", count=snapshot.voted, total=snapshot.participants)
        area = pygame.Rect(top.left, top.top, top.width, max(0, bottom_limit - top.top))
        size = size_that_fits(ts, words, area, m.body, True)
        y = draw.paragraph(surface, ts, words, area, size, colour=theme.INK, bold=True)
        side = min(top.width, bottom_limit - y - m.gap)
        if side >= m.body * 3:
            surface.blit(qr_surface(hall.address, side), (top.left, y + m.gap))

    def quadrant_examples(self, quadrant: str) -> str:
        """What a square means, with examples from deck cases outside this session: never a case in play."""
        game, app = self.state.session.game, self.app
        if self.state.examples is None:
            self.state.examples = placement_examples(game.deck, game.state.case_order, game.setup.seed, app.lang)
        described = app.t(f"quadrant.{quadrant}.examples")
        titles = self.state.examples.get(quadrant, [])
        if not titles:
            return described
        return f"{described} {app.t('place.examples', cases=' · '.join(titles))}"

    stops = quadrant_stops

    draw = draw_place
