"""Scenes that lie over another: help, a black or white screen, and a question that must be answered."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from ...engine.resolve import BLOOM_FROM
from .. import draw, theme
from .base import Host, Scene, Stop
from .widgets import stacked_size


class BlankOverlay(Scene):
    """A black (B or .) or white (W) screen, as presenters use; any key or click returns."""

    overlay = True
    menu = False

    def __init__(self, app: Host, colour: theme.Colour) -> None:
        super().__init__(app)
        self.colour = colour

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.colour)

    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.app.pop()


class HelpOverlay(Scene):
    """What to do now and which keys work: H, ? or F1 on every scene."""

    overlay = True
    menu = False
    help_key = "help.help"

    def __init__(self, app: Host, topic: str) -> None:
        super().__init__(app)
        self.topic = topic

    def draw(self, surface: pygame.Surface) -> None:
        """Left: what to do on this screen, then how the game works (meters, webs, lessons, when a case
        blooms); right: the keys. Each column at the largest size at which it fits whole."""
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        veil.fill((*theme.PAPER, 235))
        surface.blit(veil, (0, 0))
        box = surface.get_rect().inflate(-m.margin * 4, -m.margin * 2)
        draw.card(surface, m, box)
        inner = box.inflate(-m.margin * 2, -m.margin * 2)
        draw.text(surface, ts, app.t("help.title"), inner.topleft, m.heading, colour=theme.INK, bold=True)
        top = inner.top + ts.line_height(m.heading) + m.gap
        split = inner.left + inner.width * 3 // 5
        left = pygame.Rect(inner.left, top, split - inner.left - m.margin, inner.bottom - top)
        right = pygame.Rect(split, top, inner.right - split, inner.bottom - top)
        here = [app.t(self.topic), app.t("help.game", bloom=BLOOM_FROM)]
        size = stacked_size(ts, here, left, m.body, m.gap)
        y = left.top
        for words in here:
            y = draw.paragraph(surface, ts, words, pygame.Rect(left.left, y, left.width, left.bottom - y), size) + m.gap
        keys = [app.t("help.keys"), app.t("help.help")]
        size = stacked_size(ts, keys, right, m.body, m.gap)
        y = right.top
        for words in keys:
            area = pygame.Rect(right.left, y, right.width, right.bottom - y)
            y = draw.paragraph(surface, ts, words, area, size, colour=theme.MUTED) + m.gap

    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.app.pop()


class ConfirmOverlay(Scene):
    """A yes/no question; No has the focus first and Back answers No, so a stray press never loses anything:
    saying yes takes Next (or a click) and then a second, deliberate press."""

    overlay = True
    help_key = "help.confirm"

    def __init__(self, app: Host, question: str, detail: str, on_yes: Callable[[], None], purpose: str = "") -> None:
        super().__init__(app)
        self.question = question
        self.detail = detail
        self.on_yes = on_yes
        self.purpose = purpose

    def box(self, screen: pygame.Rect) -> pygame.Rect:
        m = self.app.metrics
        box = pygame.Rect(0, 0, min(screen.width - m.margin * 2, m.body * 30), m.body * 11)
        box.center = screen.center
        return box

    def stops(self, screen: pygame.Rect) -> list[Stop]:
        no, yes = self.button_row(screen, 2)
        return [
            Stop("no", no, self.app.pop, self.app.t("confirm.no")),
            Stop("yes", yes, self.yes, self.app.t("confirm.yes")),
        ]

    def button_row(self, screen: pygame.Rect, count: int) -> list[pygame.Rect]:
        """`count` buttons side by side at the foot of the box, left to right."""
        m = self.app.metrics
        box = self.box(screen)
        width = (box.width - m.margin * (count + 1)) // count
        height = m.body * 2
        first = pygame.Rect(box.left + m.margin, box.bottom - m.margin - height, width, height)
        return [first.move(n * (width + m.margin), 0) for n in range(count)]

    def yes(self) -> None:
        self.app.pop()
        self.on_yes()

    def hint_key(self) -> str:
        return "hint.confirm_quit" if self.purpose == "quit" else "hint.question"

    def draw(self, surface: pygame.Surface) -> None:
        m, ts = self.app.metrics, self.app.typesetter
        veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        veil.fill((*theme.PAPER, 200))
        surface.blit(veil, (0, 0))
        box = self.box(surface.get_rect())
        draw.card(surface, m, box)
        inner = box.inflate(-m.margin * 2, -m.margin * 2)
        draw.text(surface, ts, self.question, inner.topleft, m.heading, colour=theme.INK, bold=True)
        top = inner.top + ts.line_height(m.heading) + m.gap
        draw.paragraph(surface, ts, self.detail, pygame.Rect(inner.left, top, inner.width, m.body * 4), m.body)
        for index, stop in enumerate(self.stops(surface.get_rect())):
            draw.centred_button(surface, ts, m, stop.rect, stop.label, focused=index == self.focus)
        hint = self.app.t(self.hint_key())
        screen = surface.get_rect()
        top = screen.height - m.margin - ts.line_height(m.body) - m.gap // 2  # the scene's own hint, not its buttons
        pygame.draw.rect(surface, theme.PAPER, pygame.Rect(0, top, screen.width, screen.height - top))
        draw.text(
            surface, ts, hint, (m.margin * 2, screen.height - m.margin), m.body, colour=theme.MUTED, anchor="bottomleft"
        )


class EndTalkOverlay(ConfirmOverlay):
    """Next during the reflection asks before the conversation ends: Next again ends it, Back talks on, and the
    clicker's F5 adds a minute; for the mouse three buttons say the same."""

    menu = False

    def __init__(self, app: Host, on_yes: Callable[[], None], add_minute: Callable[[], None]) -> None:
        super().__init__(app, app.t("endtalk.question"), app.t("endtalk.detail"), on_yes=on_yes, purpose="end_talk")
        self.add_minute = add_minute

    def stops(self, screen: pygame.Rect) -> list[Stop]:
        keep, minute, end = self.button_row(screen, 3)
        return [
            Stop("end", end, self.yes, self.app.t("endtalk.end")),
            Stop("minute", minute, self.minute, self.app.t("reflect.plus")),
            Stop("keep", keep, self.app.pop, self.app.t("endtalk.keep")),
        ]

    def minute(self) -> None:
        self.app.pop()
        self.add_minute()

    def next(self) -> None:
        self.yes()

    def back(self) -> None:
        self.app.pop()

    def presenter(self) -> None:
        self.minute()

    def clicks_go_on(self) -> bool:
        return False

    def hint_key(self) -> str:
        return "hint.end_talk"
