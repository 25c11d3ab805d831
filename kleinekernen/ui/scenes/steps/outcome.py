"""What happens: the outcome in a few sentences to read aloud, the meters with their change; every reason,
naming its corner, one press away (the button, or the clicker's F5), page by page."""

from __future__ import annotations

import pygame

from ....content.models import CORNERS, METERS, Corner
from ....engine.setup import Player
from ....engine.state import CaseResult, Change, Meters, WebEvent
from ....persistence.report import is_default_name
from ... import theme
from ..base import Stop
from ..placing import before_reveal
from ..widgets import stacked_size
from . import boxes
from .base import StepView
from .outcome_words import outcome_sentences, reason_with_corner

Row = list[Change] | WebEvent


class OutcomeView(StepView):
    # layout
    def columns(self, body: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
        """Below the verdict: the meters and choices on the left, the words on the right (over a button row)."""
        m, ts = self.app.metrics, self.app.typesetter
        top = body.top + ts.line_height(m.heading, bold=True) + m.gap
        left = pygame.Rect(body.left, top, body.width // 3 - m.margin, body.bottom - top)
        right = pygame.Rect(left.right + m.margin, top, body.right - left.right - m.margin, body.bottom - top)
        return left, right

    def button_rect(self, body: pygame.Rect) -> pygame.Rect:
        """At the foot of the right column, in one row with Terug and Verder and left of them."""
        m = self.app.metrics
        _left, right = self.columns(body)
        on, back = boxes.flow_buttons(m, self.app.screen_rect())
        room = back.left - m.margin - right.left
        width = min(room, max(m.body * 10, self.app.typesetter.width(self.button_label(), m.body, bold=True) + m.body))
        return pygame.Rect(right.left, min(right.bottom - on.height, on.top), width, on.height)

    def words_rect(self, body: pygame.Rect) -> pygame.Rect:
        _left, right = self.columns(body)
        button = self.button_rect(body)
        return pygame.Rect(right.left, right.top, right.width, button.top - right.top - self.app.metrics.gap)

    def button_label(self) -> str:
        if self.state.reasons:
            return self.app.t("outcome.summary")
        return self.app.t("outcome.reasons", count=sum(len(row) if isinstance(row, list) else 1 for row in self.rows()))

    def stops(self, body: pygame.Rect) -> list[Stop]:
        return [Stop("reasons", self.button_rect(body), self.state.toggle_reasons, self.button_label())]

    # what is said
    def shown_changes(self) -> list[Change]:
        result = self.state.session.game.state.pending
        return before_reveal(result.changes) if result is not None else []

    def sentences(self, result: CaseResult) -> list[str]:
        game = self.state.session.game
        last = game.state.case_index + 1 >= len(game.state.case_order)
        return outcome_sentences(game.deck, result, self.shown_changes(), last, self.app.t, self.app.lang)

    def rows(self) -> list[Row]:
        """Every reason: changes with the same reason, corner and act share one row, the weightiest first."""
        result = self.state.session.game.state.pending
        if result is None:
            return []
        rows: list[Row] = []
        for change in self.shown_changes():
            last = rows[-1] if rows else None
            if isinstance(last, list) and (last[0].reason, last[0].corner, last[0].act) == (
                change.reason,
                change.corner,
                change.act,
            ):
                last.append(change)
            else:
                rows.append([change])
        rows.sort(key=lambda row: -abs(sum(change.amount for change in row)) if isinstance(row, list) else 0)
        rows.extend(result.web_events)
        return rows

    def change_pages(self) -> list[list[Row]]:
        """The reasons, page by page, as they fit the words' column."""
        area = self.words_rect(self.state.body_rect(self.app.screen_rect()))
        room = area.height - self.app.typesetter.line_height(self.app.metrics.body)
        pages: list[list[Row]] = [[]]
        used = 0
        for row in self.rows():
            height = self.row_height(row, area.width)
            if pages[-1] and used + height > room:
                pages.append([])
                used = 0
            pages[-1].append(row)
            used += height
        return pages

    def row_words(self, row: Row, width: int) -> tuple[str, theme.Colour, str]:
        """An outcome row's label (what moved), its colour and its reason, naming the corner it is owed to."""
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        if isinstance(row, WebEvent):
            return app.t(f"web.{row.kind}"), theme.INK, row.web.label.get(app.lang)
        label = ", ".join(f"{c.amount:+d} {app.t('meter.' + c.meter)}" for c in row)
        if ts.width(label, m.body, bold=True) > width:
            label = ", ".join(f"{c.amount:+d} {app.t('meter.short.' + c.meter)}" for c in row)
        colour = theme.GOOD if sum(c.amount for c in row) > 0 else theme.BAD
        reason = reason_with_corner(self.state.session.game.deck, row[0], app.t, app.lang)
        if app.context.preview and any(c.rule == "casus" for c in row):  # the trainer's own effect
            reason = app.t("preview.from_case", reason=reason)
        return label, colour, reason

    def row_height(self, row: Row, width: int) -> int:
        """A row's label line and its whole reason, wrapped under it."""
        m, ts = self.app.metrics, self.app.typesetter
        _label, _colour, reason = self.row_words(row, width)
        lines = 1 + len(ts.wrap(reason.strip(), m.body, width - m.body))
        return ts.line_height(m.body) * lines + m.gap

    def meters_before(self) -> Meters:
        results = self.state.session.game.state.results
        return results[-1].meters_after if results else Meters()

    # drawing
    def draw_outcome(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, paint = self.app, self.app.metrics, self.painter(surface)
        result = self.state.session.game.state.pending
        assert result is not None
        verdict = f"{app.t(f'outcome.{result.outcome}')} ({result.score:+d})"
        colours = {"bloeit": theme.GOOD, "strandt": theme.BAD}
        paint.paragraph(verdict, body, m.heading, colour=colours.get(result.outcome, theme.INK), bold=True, max_lines=1)
        left, _right = self.columns(body)
        self.draw_meters(surface, left, result)
        if self.state.reasons:
            self.draw_changes(surface, self.words_rect(body))
        else:
            self.draw_sentences(surface, self.words_rect(body), result)
        button = self.button_rect(body)
        focused = self.state.focused_key() == "reasons"
        paint.centred_button(button, self.button_label(), focused=focused)

    def draw_meters(self, surface: pygame.Surface, left: pygame.Rect, result: CaseResult) -> None:
        """Each meter as it moves from before the case to after it, with its change beside its value."""
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        before = self.meters_before()
        y = left.top
        bar = ts.line_height(m.body) + max(8, m.body // 2)
        room = left.height - self.choices_height(left) - m.gap
        row = bar + max(m.gap, min(m.gap * 2, (room - bar * len(METERS)) // len(METERS)))
        numbers = ts.width("100", m.body, bold=True) + ts.width("-10", m.body, bold=True)
        room_for_label = left.width - numbers - m.gap * 2
        short = any(ts.width(app.t(f"meter.{meter}"), m.body) > room_for_label for meter in METERS)
        for meter in METERS:
            change = result.meters_after.get(meter) - before.get(meter)
            shown = before.get(meter) + change * self.state.animation
            rect = pygame.Rect(left.left, y, left.width, row)
            value = ts.width(str(round(shown)), m.body, bold=True)
            delta = f"{change:+d}" if change else ""
            label = app.t(f"meter.{meter}")
            if short and meter.startswith("trust_"):  # all three sides alike, begun as a label begins
                label = app.t(f"meter.short.{meter}")
                label = label[:1].upper() + label[1:]
            self.painter(surface).meter_bar(rect, label, shown, meter=meter)
            if delta:
                colour = theme.GOOD if change > 0 else theme.BAD
                at = (rect.right - value - m.gap, rect.top)
                self.painter(surface).text(delta, at, m.body, colour=colour, bold=True, anchor="topright")
            y += row
        self.draw_choices(surface, pygame.Rect(left.left, y + m.gap, left.width, left.bottom - y - m.gap), result)

    def draw_sentences(self, surface: pygame.Surface, rect: pygame.Rect, result: CaseResult) -> None:
        """The outcome to read aloud: larger than the body text, each sentence its own paragraph."""
        m, ts = self.app.metrics, self.app.typesetter
        sentences = self.sentences(result)
        size = stacked_size(ts, sentences, rect, m.heading, m.gap * 2)
        y = rect.top
        for sentence in sentences:
            y = self.painter(surface).paragraph(sentence, pygame.Rect(rect.left, y, rect.width, rect.bottom - y), size)
            y += m.gap * 2

    def choice_lines(self, result: CaseResult) -> list[tuple[Corner, str]]:
        app, game = self.app, self.state.session.game
        deck = game.deck
        lines = []
        for corner in CORNERS:
            role = deck.roles[result.role_of(corner)].title.get(app.lang)
            move = deck.moves[result.move_of(corner)].title.get(app.lang)
            player = game.player_for(corner)
            named = player is not None and not is_default_name(Player(player, corner))
            by = app.t("outcome.by_game") if corner in result.auto_corners else (player if named else "")
            who = app.t(f"corner.{corner}") + (f" ({by})" if by else "")
            lines.append((corner, f"{who}: {role} · {move}"))
        return lines

    def choices_height(self, rect: pygame.Rect) -> int:
        m, ts = self.app.metrics, self.app.typesetter
        result = self.state.session.game.state.pending
        assert result is not None
        width = rect.width - m.body
        wrapped = sum(len(ts.wrap(words, m.body, width)) for _, words in self.choice_lines(result))
        return wrapped * ts.line_height(m.body)

    def draw_choices(self, surface: pygame.Surface, rect: pygame.Rect, result: CaseResult) -> None:
        """Each corner's role and move, and which corners the game played: whole, at a size that fits."""
        m, ts = self.app.metrics, self.app.typesetter
        lines = self.choice_lines(result)
        area = pygame.Rect(rect.left + m.body, rect.top, rect.width - m.body, rect.height)
        size = stacked_size(ts, [words for _, words in lines], area, m.body, 0)
        y = rect.top
        for corner, words in lines:
            line = ts.line_height(size)
            self.painter(surface).corner_shape(corner, (rect.left + m.body // 3, y + line // 2), m.body // 3)
            y = self.painter(surface).paragraph(words, pygame.Rect(area.left, y, area.width, rect.bottom - y), size)

    def draw_changes(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """One page of every reason, each naming its corner and act."""
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        pages = self.change_pages()
        page = pages[min(self.state.page, len(pages) - 1)]
        if len(pages) > 1:
            self.painter(surface).text(
                app.t("outcome.page", page=self.state.page + 1, pages=len(pages)),
                (rect.right, rect.top),
                m.body,
                colour=theme.MUTED,
                anchor="topright",
            )
        y = rect.top + ts.line_height(m.body)
        line = ts.line_height(m.body)
        for row in page:
            label, colour, reason = self.row_words(row, rect.width)
            self.painter(surface).text(label, (rect.left, y), m.body, colour=colour, bold=True)
            indent = rect.left + m.body
            height = self.row_height(row, rect.width)
            self.painter(surface).paragraph(
                reason, pygame.Rect(indent, y + line, rect.right - indent, height - line), m.body
            )
            y += height

    draw = draw_outcome
