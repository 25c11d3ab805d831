"""The help button at the top right of every scene, for the mouse: the same help as H, ? or F1.

The window draws it over the scene on top and takes its clicks first (an overlay, itself help or a question
to answer, has none); scenes keep their own texts left of it (`help_button_rect`).
"""

from __future__ import annotations

import pygame

from .. import draw, theme
from .base import Host


def help_button_rect(app: Host) -> pygame.Rect:
    m, ts = app.metrics, app.typesetter
    height = round(m.body * 1.5)
    width = ts.width(app.t("help.button"), m.body, bold=True) + m.body * 2
    screen = app.screen_rect()
    return pygame.Rect(screen.width - m.margin * 2 - width, m.margin // 2, width, height)


def shows_help_button(app: Host) -> bool:
    return not getattr(app.scene, "overlay", False)


def draw_help_button(surface: pygame.Surface, app: Host) -> None:
    m, ts = app.metrics, app.typesetter
    rect = help_button_rect(app)
    draw.card(surface, m, rect)
    draw.text(surface, ts, app.t("help.button"), rect.center, m.body, colour=theme.INK, bold=True, anchor="center")


def clicked_help(app: Host, event: pygame.event.Event) -> bool:
    """A left click on the help button of the scene on top."""
    return (
        event.type == pygame.MOUSEBUTTONDOWN
        and event.button == 1
        and shows_help_button(app)
        and help_button_rect(app).collidepoint(event.pos)
    )
