"""One case, step by step: draw, who owns it, roles, moves, outcome, reveal, reflect.

The engine's state says which step it is; this scene only shows it and turns input into choices.
"""

from __future__ import annotations

import pygame

from ...content.models import Corner
from ...engine.choices import Continue
from ...engine.errors import IllegalChoice
from ...engine.state import Step
from .. import draw, theme
from ..alert import alert_height, draw_alert
from ..session import NotSaved
from .base import Host, Scene, Stop
from .help_button import help_button_rect
from .placing import line_size
from .steps import boxes
from .steps.base import CaseState, StepView
from .steps.card import DrawView
from .steps.handover import HandoverView
from .steps.options import OptionsView
from .steps.outcome import OutcomeView
from .steps.place import PlaceView
from .steps.reflect import ReflectView
from .steps.reveal import RevealView

ANIMATION_SECONDS = 1.2
MENU_STEPS = (Step.PLACE, Step.ROLES, Step.MOVES)
FLOW_ABOVE = (Step.REVEAL, Step.REFLECT)
"""Steps whose view fills the width, so it ends above Verder and Terug; the outcome's columns leave them room."""


class CaseScene(Scene, CaseState):
    def __init__(self, app: Host) -> None:
        Scene.__init__(self, app)
        CaseState.__init__(self, app)
        self.last_players: dict[Corner, str] = {}
        """Per corner, who played it last at this laptop (the hand-over shows when that person changes)."""
        self.card = DrawView(self)
        self.outcome = OutcomeView(self)
        self.options = OptionsView(self)
        self.views: dict[Step, StepView] = {
            Step.DRAW: self.card,
            Step.PLACE: PlaceView(self),
            Step.ROLES: self.options,
            Step.MOVES: self.options,
            Step.OUTCOME: self.outcome,
            Step.REVEAL: RevealView(self),
            Step.REFLECT: ReflectView(self),
        }
        self.handing_over = HandoverView(self)
        self.enter_step()

    @property
    def view(self) -> StepView | None:
        """The view of this step (the hand-over while the laptop is passed); None at the end."""
        return self.handing_over if self.handover is not None else self.views.get(self.step)

    @property
    def menu(self) -> bool:  # type: ignore[override]
        return self.step in MENU_STEPS and self.handover is None

    @property
    def help_key(self) -> str:  # type: ignore[override]
        return "help.handover" if self.handover else f"help.{self.step.value}"

    def enter_step(self) -> None:
        """Reset what the screen keeps per step, and start what starts by itself."""
        self.focus = 0
        self.page = 0
        self.reasons = False
        self.question_index = None
        game = self.session.game
        if self.step is Step.END:
            self.app.replace("end")
            return
        if self.step is Step.OUTCOME:
            self.animation = 0.0
        if self.step is Step.REVEAL:
            self.revealed = False
            try:
                [self.earlier] = self.app.context.earlier_choices([self.case.case_id])
            except (OSError, ValueError):
                self.earlier = None
        if self.step is Step.REFLECT:
            self.session.timer.running = True
            self.focus = 0
        corner = game.turn()
        if self.step in (Step.ROLES, Step.MOVES) and corner is not None:
            player = game.player_for(corner)
            if player is not None:
                if self.person_changes(corner, player) and not self.app.context.preview:
                    self.handover = corner
                self.last_players[corner] = player
        self.app.dirty = True

    def person_changes(self, corner: Corner, player: str) -> bool:
        """Does another person of this corner take the laptop now? Only when a corner has several players,
        who take turns by case; one player per corner never hands over."""
        game = self.session.game
        players = game.setup.players_of(corner)
        if len(players) < 2:
            return False
        previous = self.last_players.get(corner)
        if previous is None and game.state.case_index > 0:  # resumed or undone: who played it the case before
            previous = players[(game.state.case_index - 1) % len(players)].name
        return previous is not None and previous != player

    def choose(self, choice: object) -> None:
        self.app.context.told_notices()
        try:
            self.session.apply(choice)  # type: ignore[arg-type]
        except IllegalChoice:
            return
        except NotSaved:
            self.app.dirty = True  # the step stays; the banner says why
            return
        self.enter_step()

    def update(self, seconds: float) -> bool:
        changed = self.room_vote.update()
        if self.animation < 1.0:
            self.animation = min(1.0, self.animation + seconds / ANIMATION_SECONDS)
            changed = True
        if self.step is Step.REFLECT and self.session.timer.tick(seconds):
            changed = True
        return changed

    def animating(self) -> bool:
        return self.animation < 1.0

    # flow
    def next(self) -> None:
        if self.handover is not None:
            self.handover = None
            self.app.dirty = True
            return
        if self.step is Step.DRAW:
            self.choose(Continue())
        elif self.step is Step.OUTCOME:
            if self.animation < 1.0:
                self.animation = 1.0
            elif self.reasons and self.page + 1 < len(self.outcome.change_pages()):
                self.page += 1
            else:
                self.choose(Continue())
        elif self.step is Step.REVEAL:
            if not self.revealed:
                self.revealed = True
            elif self.room_vote.spread_first(self.page):
                self.page = 1  # the room's spread was beside the card; now how other villages did it
            else:
                self.choose(Continue())
        elif self.step is Step.REFLECT:
            self.app.push("end_talk", on_yes=self.end_talk, add_minute=self.add_minute)
        self.app.dirty = True

    def end_talk(self) -> None:
        """The group has talked: the note is confirmed with the step."""
        self.session.timer.running = False
        self.choose(Continue(self.session.note.text.strip()))

    def add_minute(self) -> None:
        self.session.timer.add_minute()
        self.session.save_draft()

    def back(self) -> None:
        if self.handover is not None:
            self.handover = None
        if self.step is Step.DRAW:  # Back on a case's story card: pause the evening (the clicker's way out)
            self.ask("pause.question", "pause.detail", self.pause_evening, "pause")
            return
        if self.step is Step.OUTCOME and self.reasons:
            if self.page > 0:
                self.page -= 1
            else:
                self.toggle_reasons()
            return
        if self.step is Step.REVEAL and self.revealed:
            if self.page > 0:
                self.page = 0
            else:
                self.revealed = False
            return
        if self.session.last_choice() is None:
            return
        if self.session.undo_is_significant():
            self.ask("undo.question", "undo.detail", self.undo, "undo")
        else:
            self.undo()

    def pause_evening(self) -> None:
        """Stop mid-session: every confirmed step is already in the journal; the title offers "continue"."""
        self.app.replace("title")  # the scene's own pause() saves the draft on the way out
        self.app.context.end_session()

    def undo(self) -> None:
        if not self.undone():
            return
        self.handover = None
        self.last_players = {}
        self.enter_step()
        self.handover = None

    def presenter(self) -> None:
        """The clicker's F5/Esc button: the timer on the reflection, every reason on the outcome, otherwise Next."""
        if self.step is Step.REFLECT:
            self.toggle_timer()
        elif self.step is Step.OUTCOME and self.handover is None:
            self.toggle_reasons()
        else:
            self.next()

    def toggle_timer(self) -> None:
        self.session.timer.toggle()
        self.session.save_draft()

    # layout
    def alert(self) -> str:
        """What the group must read first: a step not saved, a session repaired, open elsewhere, unsaved."""
        return self.session.problem or " · ".join(self.app.context.notices) or self.session.unsaved

    def alert_top(self) -> int:
        return boxes.header_bottom(self.app.metrics, self.app.typesetter)

    def body_rect(self, screen: pygame.Rect) -> pygame.Rect:
        alert = alert_height(self.app, self.alert(), screen.width)
        flow = self.step in FLOW_ABOVE and self.handover is None
        return boxes.case_body(self.app.metrics, self.app.typesetter, screen, alert=alert, flow=flow)

    def stops(self, screen: pygame.Rect) -> list[Stop]:
        if self.handover is not None or self.step is Step.END:
            return []
        body = self.body_rect(screen)
        m = self.app.metrics
        view = self.views[self.step]
        if self.step is Step.REFLECT:
            return [*view.stops(body), *self.flow_buttons(screen)]
        if self.step is Step.OUTCOME:
            return [*self.flow_buttons(screen), *view.stops(body)]  # Verder keeps the focus first
        if self.step not in MENU_STEPS:
            return self.flow_buttons(screen)
        stops = view.stops(body)
        back = pygame.Rect(body.left, body.bottom - m.body * 2, m.body * 7, m.body * 2)
        return [*stops, Stop("back", back, self.back, self.app.t("case.back"))]

    def flow_buttons(self, screen: pygame.Rect) -> list[Stop]:
        """Verder and Terug for the mouse, at the bottom right, on the steps that go on by themselves."""
        place = boxes.footer_buttons if self.step is Step.DRAW else boxes.flow_buttons
        on, back = place(self.app.metrics, screen)
        return [
            Stop("next", on, self.next, self.app.t("case.next")),
            Stop("back", back, self.back, self.app.t("case.back")),
        ]

    def clicks_go_on(self) -> bool:
        return self.step in (Step.DRAW, Step.OUTCOME, Step.REVEAL) or self.handover is not None

    # drawing
    def draw(self, surface: pygame.Surface) -> None:
        screen = surface.get_rect()
        if self.step is Step.END:
            return
        self.draw_header(surface, screen)
        body = self.body_rect(screen)
        view = self.view
        if view is not None:
            view.draw(surface, body)
        if not self.menu and self.handover is None:
            for index, stop in enumerate(self.stops(screen)):
                if stop.key in ("next", "back"):
                    focused = index == self.focus
                    draw.centred_button(
                        surface, self.app.typesetter, self.app.metrics, stop.rect, stop.label, focused=focused
                    )
        if self.menu:
            stops = self.stops(screen)
            back = stops[-1]
            draw.centred_button(
                surface,
                self.app.typesetter,
                self.app.metrics,
                back.rect,
                back.label,
                focused=self.focus == len(stops) - 1,
            )
        self.draw_footer(surface, screen)

    def draw_header(self, surface: pygame.Surface, screen: pygame.Rect) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        game = self.session.game
        number = game.state.case_index + 1
        total = len(game.state.case_order)
        left = app.t("case.counter", number=number, total=total)
        village = game.setup.village
        step = app.t(f"step.{self.step.value}")
        header = f"{left} · {self.case.title.get(app.lang)}"
        help_button = help_button_rect(app)
        room = help_button.left - m.margin * 2 - m.gap * 2  # left of the help button
        size = line_size(ts, header, room, m.heading, bold=True)
        if ts.width(header, size, bold=True) > room:
            header, size = left, m.heading  # the story card shows the title whole
        draw.text(surface, ts, header, (m.margin * 2, m.margin), size, colour=theme.INK, bold=True)
        sub = f"{step}" + (f" · {village}" if village else "")
        draw.text(surface, ts, sub, (m.margin * 2, m.margin + ts.line_height(m.heading)), m.body, colour=theme.MUTED)
        webs = len(game.state.webs)
        if webs:
            draw.text(
                surface,
                ts,
                app.t("case.webs", count=webs),
                (screen.width - m.margin * 2, help_button.bottom + m.gap),
                m.body,
                colour=theme.INK,
                anchor="topright",
            )

    def draw_footer(self, surface: pygame.Surface, screen: pygame.Rect) -> None:
        m, ts = self.app.metrics, self.app.typesetter
        key = "hint.handover" if self.handover else ("hint.menu" if self.menu else f"hint.{self.step.value}")
        if self.step is Step.OUTCOME and self.reasons and not self.handover:
            key = "hint.outcome_reasons"
        hint = self.app.t(key)
        draw.text(
            surface, ts, hint, (m.margin * 2, screen.height - m.margin), m.body, colour=theme.MUTED, anchor="bottomleft"
        )
        if self.alert():
            draw_alert(surface, self.app, self.alert(), self.alert_top())
        if self.step is Step.DRAW and self.card.image_broken():
            draw.text(
                surface,
                ts,
                self.app.t("notice.image"),
                (screen.width - m.margin * 2, screen.height - m.margin),
                m.body,
                colour=theme.BAD,
                anchor="bottomright",
            )
