"""Reflect: the question, the timer and the group's notes."""

from __future__ import annotations

import pygame

from ....content.models import Text
from ....engine.questions import pick_question
from ... import theme
from ...textfield import TextField
from ..base import Stop
from ..widgets import draw_text_area, label_above
from . import boxes
from .base import StepView


class ReflectView(StepView):
    def reflect_stops(self, body: pygame.Rect) -> list[Stop]:
        m = self.app.metrics
        left = pygame.Rect(body.left, body.top, body.width * 2 // 5, body.height)
        timer = boxes.reflect_timer(m, body)
        plus = pygame.Rect(timer.right + m.gap, timer.top, left.width * 2 // 5 - m.gap, m.body * 2)
        notes = pygame.Rect(
            left.right + m.margin, body.top + m.body * 5, body.width - left.width - m.margin, body.height - m.body * 5
        )
        stops = [
            Stop("timer", timer, self.state.toggle_timer, self.app.t("reflect.pause")),
            Stop("plus", plus, self.state.session.timer.add_minute, self.app.t("reflect.plus")),
            Stop("notes", notes, None, field=self.state.session.note),
        ]
        if self.app.context.preview and len(self.state.case.questions) > 1:
            button = self.question_button(notes)
            stops.append(Stop("question", button, self.state.next_question, self.question_label()))
        return stops

    def question_button(self, notes: pygame.Rect) -> pygame.Rect:
        """The preview's "next question" button, above the notes (the question keeps its whole box)."""
        m, ts = self.app.metrics, self.app.typesetter
        width = min(notes.width, ts.width(self.question_label(), m.body, bold=True) + m.body * 2)
        top = notes.top - ts.line_height(m.body) - m.gap - m.body * 2
        return pygame.Rect(notes.left, top, width, m.body * 2)

    def question_label(self) -> str:
        questions = self.state.case.questions
        shown = self.question()
        number = next((i for i, q in enumerate(questions) if q is shown), 0) + 1
        return self.app.t("preview.next_question", number=number, total=len(questions))

    def draw_reflect(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, lang = self.app, self.app.metrics, self.app.lang
        paint = self.painter(surface)
        stops = self.reflect_stops(body)
        timer, plus, notes = stops[:3]
        question = self.question().get(lang)
        left = boxes.reflect_question(m, body)
        for extra in stops[3:]:
            paint.centred_button(extra.rect, extra.label, focused=self.state.focus == stops.index(extra))
        paint.paragraph(question, left, m.heading, colour=theme.INK, bold=True)
        clock, focus = self.state.session.timer, self.state.focus
        big = pygame.Rect(timer.rect.left, timer.rect.bottom + m.gap, body.width * 2 // 5, m.title * 2)
        paint.text(
            clock.shown(),
            big.topleft,
            m.title * 2,
            colour=theme.BAD if clock.done else theme.INK,
            bold=True,
        )
        start = app.t("reflect.pause" if clock.running else "reflect.start")
        paint.centred_button(timer.rect, start, focused=focus == 0)
        paint.centred_button(plus.rect, app.t("reflect.plus"), focused=focus == 1)
        paint.text(
            app.t("reflect.notes"),
            label_above(app, notes.rect),
            m.body,
            colour=theme.INK,
            bold=True,
        )
        self.draw_notes(surface, notes.rect, self.state.session.note, self.state.focus == 2)

    def question(self) -> Text:
        """The reflection question, picked from what happened in this case (the report asks the same)."""
        game = self.state.session.game
        result = game.state.pending
        if self.state.question_index is not None:
            return self.state.case.questions[self.state.question_index % len(self.state.case.questions)]
        if result is None:
            return self.state.case.questions[0]
        return pick_question(self.state.case, result, game.setup.seed)

    def draw_notes(self, surface: pygame.Surface, rect: pygame.Rect, field: TextField, focused: bool) -> None:
        draw_text_area(self.app, surface, rect, field, focused, self.app.t("reflect.notes_empty"))

    stops = reflect_stops

    draw = draw_reflect
