"""The case's card: its picture and its story, read aloud."""

from __future__ import annotations

import pygame

from ... import theme
from ...motifs import draw_motif
from . import boxes
from .base import CaseState, StepView


class DrawView(StepView):
    def __init__(self, state: CaseState) -> None:
        super().__init__(state)
        self.images: dict[str, pygame.Surface | None] = {}
        """Illustrations loaded once, scaled to their box (None: the file could not be shown)."""

    def image_broken(self) -> bool:
        path = self.state.session.game.deck.illustrations.get(self.state.case.case_id)
        return path is not None and any(key.startswith(f"{path}:") and im is None for key, im in self.images.items())

    def illustration(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        case = self.state.case
        path = self.state.session.game.deck.illustrations.get(case.case_id)
        image = None
        if path is not None:
            key = f"{path}:{rect.size}"
            if key not in self.images:
                try:
                    loaded = pygame.image.load(str(path))
                    scale = min(rect.width / loaded.get_width(), rect.height / loaded.get_height())
                    size = (max(1, int(loaded.get_width() * scale)), max(1, int(loaded.get_height() * scale)))
                    self.images[key] = pygame.transform.smoothscale(
                        loaded.convert_alpha() if pygame.display.get_surface() else loaded, size
                    )
                except (pygame.error, OSError, ValueError):
                    self.images[key] = None
            image = self.images[key]
        if image is None:
            draw_motif(surface, rect, case.illustration.motif, theme.INK, theme.CARD, theme.CORNER_COLOURS["burgers"])
        else:
            surface.blit(image, image.get_rect(center=rect.center))

    def draw_card(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        m, ts, lang, paint = self.app.metrics, self.app.typesetter, self.app.lang, self.painter(surface)
        paint.card(body)
        art, text = boxes.card_columns(m, body)
        self.illustration(surface, art)
        title = self.state.case.title.get(lang)
        heading, size = boxes.card_title(m, ts, text, title)
        lines = boxes.TITLE_LINES
        bottom = paint.paragraph(title, heading, size, colour=theme.INK, bold=True, max_lines=lines)
        paint.paragraph(self.state.case.story.get(lang), boxes.card_story(m, text, bottom), m.body)

    draw = draw_card
