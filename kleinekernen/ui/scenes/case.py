"""One case, step by step: draw, who owns it, roles, moves, outcome, reveal, reflect.

The engine's state says which step it is; this scene only shows it and turns input into choices.
"""

from __future__ import annotations

import functools

import pygame

from ...content.models import CORNERS, METERS, Case, Corner, Quadrant, Text, quadrant_of
from ...engine.choices import ChooseRole, Continue, Place, PlayMove
from ...engine.errors import IllegalChoice
from ...engine.questions import pick_question
from ...engine.state import CaseResult, Change, Meters, Step, WebEvent
from ...persistence.index import CaseShares
from .. import draw, theme
from ..alert import alert_height, draw_alert
from ..motifs import draw_motif
from ..session import NotSaved, PlaySession
from ..textfield import TextField
from .base import Host, Scene, Stop
from .placing import before_reveal, line_size, placement_examples, placement_verdict, size_that_fits
from .widgets import draw_text_area, stacked_size

QUADRANT_GRID: list[tuple[Quadrant, str, bool]] = [
    ("burgers_alone", "burgers", False),
    ("burgers_with_overheid", "burgers", True),
    ("overheid_alone", "overheid", False),
    ("overheid_with_burgers", "overheid", True),
]
ANIMATION_SECONDS = 1.2
MENU_STEPS = (Step.PLACE, Step.ROLES, Step.MOVES)


class CaseScene(Scene):
    def __init__(self, app: Host) -> None:
        super().__init__(app)
        self.revealed = False
        self.animation = 1.0
        self.page = 0
        self.handover: Corner | None = None
        self.last_player: str | None = None
        self.images: dict[str, pygame.Surface | None] = {}
        self.notice = ""
        self.earlier: CaseShares | None = None
        self.examples: dict[str, list[str]] | None = None
        self.enter_step()

    # state
    @property
    def session(self) -> PlaySession:
        session = self.app.session
        assert session is not None
        return session

    @property
    def step(self) -> Step:
        return self.session.game.step

    @property
    def case(self) -> Case:
        case = self.session.game.case
        assert case is not None
        return case

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
            humans = len(game.setup.players)
            if humans > 1 and player != self.last_player and not self.app.context.preview:
                self.handover = corner
            self.last_player = player
        self.app.dirty = True

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
        changed = False
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
            elif self.page + 1 < len(self.change_pages()):
                self.page += 1
            else:
                self.choose(Continue())
        elif self.step is Step.REVEAL:
            if not self.revealed:
                self.revealed = True
            else:
                self.choose(Continue())
        elif self.step is Step.REFLECT:
            self.session.timer.running = False
            self.choose(Continue(self.session.note.text.strip()))
        self.app.dirty = True

    def back(self) -> None:
        if self.handover is not None:
            self.handover = None
        if self.step is Step.OUTCOME and self.page > 0:
            self.page -= 1
            return
        if self.step is Step.REVEAL and self.revealed:
            self.revealed = False
            return
        if self.session.last_choice() is None:
            return
        if self.session.undo_is_significant():
            self.app.push(
                "confirm",
                question=self.app.t("undo.question"),
                detail=self.app.t("undo.detail"),
                on_yes=self.undo,
                purpose="undo",
            )
        else:
            self.undo()

    def undo(self) -> None:
        try:
            self.session.undo()
        except NotSaved:
            self.app.dirty = True
            return
        self.handover = None
        self.last_player = None
        self.enter_step()
        self.handover = None

    def presenter(self) -> None:
        """The clicker's F5/Esc button: the timer on the reflection, otherwise simply Next."""
        if self.step is Step.REFLECT:
            self.toggle_timer()
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
        m, ts = self.app.metrics, self.app.typesetter
        return m.margin + ts.line_height(m.heading) + ts.line_height(m.body) + m.gap

    def body_rect(self, screen: pygame.Rect) -> pygame.Rect:
        m, ts = self.app.metrics, self.app.typesetter
        top = self.alert_top() + alert_height(self.app, self.alert(), screen.width)
        bottom = screen.height - m.margin - ts.line_height(m.body) - m.gap
        return pygame.Rect(m.margin * 2, top, screen.width - m.margin * 4, bottom - top)

    def stops(self, screen: pygame.Rect) -> list[Stop]:
        if self.handover is not None or self.step is Step.END:
            return []
        body = self.body_rect(screen)
        m = self.app.metrics
        if self.step is Step.PLACE:
            stops = self.quadrant_stops(body)
        elif self.step in (Step.ROLES, Step.MOVES):
            stops = self.card_stops(body)
        elif self.step is Step.REFLECT:
            return [*self.reflect_stops(body), *self.flow_buttons(screen)]
        else:
            return self.flow_buttons(screen)
        back = pygame.Rect(body.left, body.bottom - m.body * 2, m.body * 7, m.body * 2)
        return [*stops, Stop("back", back, self.back, self.app.t("case.back"))]

    def flow_buttons(self, screen: pygame.Rect) -> list[Stop]:
        """Verder and Terug for the mouse, at the bottom right, on the steps that go on by themselves."""
        m = self.app.metrics
        height = round(m.body * 1.6)
        width = m.body * 7
        on = pygame.Rect(screen.width - m.margin * 2 - width, screen.height - m.margin - height, width, height)
        back = on.move(-(width + m.gap * 2), 0)
        return [
            Stop("next", on, self.next, self.app.t("case.next")),
            Stop("back", back, self.back, self.app.t("case.back")),
        ]

    def clicks_go_on(self) -> bool:
        return self.step in (Step.DRAW, Step.OUTCOME, Step.REVEAL) or self.handover is not None

    def quadrant_stops(self, body: pygame.Rect) -> list[Stop]:
        m = self.app.metrics
        area = pygame.Rect(body.left + m.body * 8, body.top, body.width - m.body * 8, body.height - m.body * 2 - m.gap)
        half_w, half_h = (area.width - m.gap) // 2, (area.height - m.gap) // 2
        stops = []
        for index, (quadrant, owner, needs) in enumerate(QUADRANT_GRID):
            row, column = divmod(index, 2)
            rect = pygame.Rect(area.left + column * (half_w + m.gap), area.top + row * (half_h + m.gap), half_w, half_h)
            place = Place(owner, needs)  # type: ignore[arg-type]
            stops.append(Stop(quadrant, rect, functools.partial(self.choose, place), numbered=True))
        return stops

    def options(self) -> list[tuple[str, str, str]]:
        """(id, title, text) of the roles or the hand of the corner whose turn it is."""
        game, lang = self.session.game, self.app.lang
        corner = game.turn()
        if corner is None:
            return []
        if self.step is Step.ROLES:
            return [(r.id, r.title.get(lang), r.text.get(lang)) for r in game.deck.roles_of(corner)]
        return [
            (card, game.deck.moves[card].title.get(lang), game.deck.moves[card].text.get(lang))
            for card in game.hand(corner)
        ]

    def card_stops(self, body: pygame.Rect) -> list[Stop]:
        m = self.app.metrics
        options = self.options()
        corner = self.session.game.turn()
        if not options or corner is None:
            return []
        ts = self.app.typesetter
        top = body.top + ts.line_height(m.heading) + (ts.line_height(m.body) if self.earlier_choices() else 0) + m.gap
        height = body.bottom - m.body * 2 - m.gap * 2 - top
        width = (body.width - m.gap * (len(options) - 1)) // len(options)
        stops = []
        for n, (option_id, title, _text) in enumerate(options):
            rect = pygame.Rect(body.left + n * (width + m.gap), top, width, height)
            choice = ChooseRole(corner, option_id) if self.step is Step.ROLES else PlayMove(corner, option_id)
            stops.append(Stop(option_id, rect, functools.partial(self.choose, choice), title, numbered=True))
        return stops

    def reflect_stops(self, body: pygame.Rect) -> list[Stop]:
        m = self.app.metrics
        left = pygame.Rect(body.left, body.top, body.width * 2 // 5, body.height)
        timer = pygame.Rect(left.left, left.top + left.height // 2, left.width * 3 // 5, m.body * 2)
        plus = pygame.Rect(timer.right + m.gap, timer.top, left.width * 2 // 5 - m.gap, m.body * 2)
        notes = pygame.Rect(
            left.right + m.margin, body.top + m.body * 5, body.width - left.width - m.margin, body.height - m.body * 5
        )
        return [
            Stop("timer", timer, self.toggle_timer, self.app.t("reflect.pause")),
            Stop("plus", plus, self.session.timer.add_minute, self.app.t("reflect.plus")),
            Stop("notes", notes, None, field=self.session.note),
        ]

    def change_pages(self) -> list[list[list[Change] | WebEvent]]:
        """The outcome's rows, page by page: changes with the same reason share one row."""
        result = self.session.game.state.pending
        if result is None:
            return [[]]
        rows: list[list[Change] | WebEvent] = []
        for change in before_reveal(result.changes):
            last = rows[-1] if rows else None
            if isinstance(last, list) and last[0].reason == change.reason and last[0].corner == change.corner:
                last.append(change)
            else:
                rows.append([change])
        rows.sort(key=lambda row: -abs(sum(change.amount for change in row)) if isinstance(row, list) else 0)
        rows.extend(result.web_events)
        body = self.body_rect(self.app.screen_rect())
        width = body.width - body.width // 3
        room = body.height - self.app.typesetter.line_height(self.app.metrics.body)
        pages: list[list[list[Change] | WebEvent]] = [[]]
        used = 0
        for row in rows:
            height = self.row_height(row, width)
            if pages[-1] and used + height > room:
                pages.append([])
                used = 0
            pages[-1].append(row)
            used += height
        return pages

    def row_words(self, row: list[Change] | WebEvent, width: int) -> tuple[str, theme.Colour, str]:
        """An outcome row's label (what moved), its colour and its reason."""
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        if isinstance(row, WebEvent):
            return app.t(f"web.{row.kind}"), theme.INK, row.web.label.get(app.lang)
        label = ", ".join(f"{c.amount:+d} {app.t('meter.' + c.meter)}" for c in row)
        if ts.width(label, m.body, True) > width:
            label = ", ".join(f"{c.amount:+d} {app.t('meter.short.' + c.meter)}" for c in row)
        colour = theme.GOOD if sum(c.amount for c in row) > 0 else theme.BAD
        return label, colour, row[0].reason.get(app.lang)

    def row_height(self, row: list[Change] | WebEvent, width: int) -> int:
        """A row's label line and its whole reason, wrapped under it."""
        m, ts = self.app.metrics, self.app.typesetter
        _label, _colour, reason = self.row_words(row, width)
        lines = 1 + len(ts.wrap(reason.strip(), m.body, width - m.body))
        return ts.line_height(m.body) * lines + m.gap

    # drawing
    def draw(self, surface: pygame.Surface) -> None:
        screen = surface.get_rect()
        if self.step is Step.END:
            return
        self.draw_header(surface, screen)
        body = self.body_rect(screen)
        if self.handover is not None:
            self.draw_handover(surface, body)
        elif self.step is Step.DRAW:
            self.draw_card(surface, body)
        elif self.step is Step.PLACE:
            self.draw_place(surface, body)
        elif self.step in (Step.ROLES, Step.MOVES):
            self.draw_options(surface, body)
        elif self.step is Step.OUTCOME:
            self.draw_outcome(surface, body)
        elif self.step is Step.REVEAL:
            self.draw_reveal(surface, body)
        elif self.step is Step.REFLECT:
            self.draw_reflect(surface, body)
        if not self.menu and self.handover is None:
            for index, stop in enumerate(self.stops(screen)):
                if stop.key in ("next", "back"):
                    focused = index == self.focus
                    draw.centred_button(surface, self.app.typesetter, self.app.metrics, stop.rect, stop.label, focused)
        if self.menu:
            stops = self.stops(screen)
            back = stops[-1]
            draw.centred_button(
                surface, self.app.typesetter, self.app.metrics, back.rect, back.label, self.focus == len(stops) - 1
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
        size = line_size(ts, header, screen.width - m.margin * 4, m.heading, True)
        if ts.width(header, size, True) > screen.width - m.margin * 4:
            header, size = left, m.heading  # the story card shows the title whole
        draw.text(surface, ts, header, (m.margin * 2, m.margin), size, theme.INK, True)
        sub = f"{step}" + (f" · {village}" if village else "")
        draw.text(surface, ts, sub, (m.margin * 2, m.margin + ts.line_height(m.heading)), m.body, theme.MUTED)
        webs = len(game.state.webs)
        if webs:
            draw.text(
                surface,
                ts,
                app.t("case.webs", count=webs),
                (screen.width - m.margin * 2, m.margin),
                m.body,
                theme.INK,
                anchor="topright",
            )

    def draw_footer(self, surface: pygame.Surface, screen: pygame.Rect) -> None:
        m, ts = self.app.metrics, self.app.typesetter
        key = "hint.handover" if self.handover else ("hint.menu" if self.menu else f"hint.{self.step.value}")
        hint = self.app.t(key)
        draw.text(surface, ts, hint, (m.margin * 2, screen.height - m.margin), m.body, theme.MUTED, anchor="bottomleft")
        if self.alert():
            draw_alert(surface, self.app, self.alert(), self.alert_top())
        path = self.session.game.deck.illustrations.get(self.case.case_id)
        broken = path is not None and any(
            key.startswith(f"{path}:") and image is None for key, image in self.images.items()
        )
        if broken and self.step is Step.DRAW:
            draw.text(
                surface,
                ts,
                self.app.t("notice.image"),
                (screen.width - m.margin * 2, screen.height - m.margin),
                m.body,
                theme.BAD,
                anchor="bottomright",
            )

    def illustration(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        case = self.case
        path = self.session.game.deck.illustrations.get(case.case_id)
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
        m, ts, lang = self.app.metrics, self.app.typesetter, self.app.lang
        draw.card(surface, m, body)
        inner = body.inflate(-m.margin * 2, -m.margin * 2)
        art = pygame.Rect(inner.left, inner.top, inner.width * 2 // 5, inner.height)
        self.illustration(surface, art)
        text = pygame.Rect(art.right + m.margin, inner.top, inner.right - art.right - m.margin, inner.height)
        title = self.case.title.get(lang)
        size = max(size_that_fits(ts, title, text, m.title, True), m.heading)
        heading = pygame.Rect(text.left, text.top, text.width, ts.line_height(size, True) * 2)
        bottom = draw.paragraph(surface, ts, title, heading, size, theme.INK, True, max_lines=2)
        story = pygame.Rect(text.left, bottom + m.gap, text.width, text.bottom - bottom - m.gap)
        draw.paragraph(surface, ts, self.case.story.get(lang), story, m.body)

    def draw_place(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        stops = self.stops(self.app.screen_rect())
        question = pygame.Rect(body.left, body.top, m.body * 7, body.height)
        draw.paragraph(surface, ts, app.t("place.question"), question, m.body, theme.INK, True)
        for index, stop in enumerate(stops[:4]):
            quadrant = stop.key
            owner = "burgers" if quadrant.startswith("burgers") else "overheid"
            draw.card(surface, m, stop.rect, theme.CORNER_TINTS[owner])
            inner = stop.rect.inflate(-m.gap * 3, -m.gap * 2)
            draw.corner_shape(surface, owner, (inner.right - m.body // 2, inner.top + m.body // 2), m.body // 2)
            draw.text(surface, ts, f"{index + 1}", inner.topleft, m.body, theme.INK, True)
            title = pygame.Rect(inner.left + m.body * 2, inner.top, inner.width - m.body * 4, inner.height)
            bottom = draw.paragraph(
                surface, ts, app.t(f"quadrant.{quadrant}"), title, m.body, theme.INK, True, max_lines=2
            )
            examples = pygame.Rect(inner.left, bottom + m.gap, inner.width, inner.bottom - bottom - m.gap)
            words = self.quadrant_examples(quadrant)
            size = size_that_fits(ts, words, examples, m.body)
            draw.paragraph(surface, ts, words, examples, size, theme.MUTED)
            if index == self.focus:
                draw.focus_ring(surface, m, stop.rect)

    def quadrant_examples(self, quadrant: str) -> str:
        """What a square means, with examples from deck cases outside this session: never a case in play."""
        game, app = self.session.game, self.app
        if self.examples is None:
            self.examples = placement_examples(game.deck, game.state.case_order, game.setup.seed, app.lang)
        described = app.t(f"quadrant.{quadrant}.examples")
        titles = self.examples.get(quadrant, [])
        if not titles:
            return described
        return f"{described} {app.t('place.examples', cases=' · '.join(titles))}"

    def draw_options(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        game = self.session.game
        corner = game.turn()
        if corner is None:
            return
        player = game.player_for(corner) or ""
        what = app.t("roles.title" if self.step is Step.ROLES else "moves.title", corner=app.t(f"corner.{corner}"))
        draw.corner_shape(
            surface, corner, (body.left + m.body // 2, body.top + ts.line_height(m.heading) // 2), m.body // 2
        )
        draw.text(surface, ts, what, (body.left + m.body * 3 // 2, body.top), m.heading, theme.INK, True)
        draw.text(surface, ts, player, (body.right, body.top), m.body, theme.MUTED, anchor="topright")
        earlier = self.earlier_choices()
        if earlier:
            draw.text(surface, ts, earlier, (body.left, body.top + ts.line_height(m.heading)), m.body, theme.MUTED)
        options = self.options()
        for index, (stop, (_oid, title, text)) in enumerate(
            zip(self.stops(self.app.screen_rect()), options, strict=False)
        ):
            draw.card(surface, m, stop.rect, theme.CORNER_TINTS[corner])
            inner = stop.rect.inflate(-m.gap * 2, -m.gap * 2)
            numbered = app.t("case.numbered", number=index + 1, title=title)
            size = draw.fit_size(ts, numbered, inner.width, m.body, True)
            bottom = draw.paragraph(surface, ts, numbered, inner, size, theme.INK, True, max_lines=3)
            effect = self.card_effect(_oid)
            effect_lines = len(ts.wrap(effect, m.body, inner.width, True)) if effect else 0
            bottom_text = inner.bottom - effect_lines * ts.line_height(m.body)
            rest = pygame.Rect(inner.left, bottom + m.gap, inner.width, bottom_text - bottom - m.gap * 2)
            draw.paragraph(surface, ts, text, rest, m.body, theme.INK)
            if effect:
                area = pygame.Rect(inner.left, bottom_text, inner.width, inner.bottom - bottom_text)
                draw.paragraph(surface, ts, effect, area, m.body, theme.INK, True)
            if index == self.focus:
                draw.focus_ring(surface, m, stop.rect)

    def card_effect(self, option_id: str) -> str:
        """What a move card visibly does at once, e.g. '+4 energie, +3 eigenaarschap'."""
        move = self.session.game.deck.moves.get(option_id) if self.step is Step.MOVES else None
        if move is None:
            return ""
        return ", ".join(
            f"{amount:+d} {self.app.t('meter.short.' + meter)}" for meter, amount in move.changes().items()
        )

    def earlier_choices(self) -> str:
        game, app = self.session.game, self.app
        state = game.state
        chosen = state.roles if self.step is Step.ROLES else state.moves
        parts = []
        for corner, option in chosen:
            title = game.deck.roles[option].title if self.step is Step.ROLES else game.deck.moves[option].title
            parts.append(f"{app.t(f'corner.{corner}')}: {title.get(app.lang)}")
        return " · ".join(parts)

    def draw_handover(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        corner = self.handover
        assert corner is not None
        player = self.session.game.player_for(corner) or app.t(f"corner.{corner}")
        draw.card(surface, m, body, theme.CORNER_TINTS[corner])
        draw.corner_shape(surface, corner, (body.centerx, body.top + body.height // 3), m.body * 2)
        draw.text(
            surface,
            ts,
            app.t("handover.title", player=player),
            (body.centerx, body.centery + m.body),
            m.title,
            theme.INK,
            True,
            "center",
        )
        draw.text(
            surface,
            ts,
            app.t("handover.detail"),
            (body.centerx, body.centery + m.body * 4),
            m.body,
            theme.INK,
            anchor="center",
        )

    def meters_before(self) -> Meters:
        results = self.session.game.state.results
        return results[-1].meters_after if results else Meters()

    def draw_outcome(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        result = self.session.game.state.pending
        assert result is not None
        before = self.meters_before()
        verdict = f"{app.t(f'outcome.{result.outcome}')} ({result.score:+d})"
        colours = {"bloeit": theme.GOOD, "strandt": theme.BAD}
        top = draw.paragraph(
            surface, ts, verdict, body, m.heading, colours.get(result.outcome, theme.INK), True, max_lines=1
        )
        body = pygame.Rect(body.left, top + m.gap, body.width, body.bottom - top - m.gap)
        left = pygame.Rect(body.left, body.top, body.width // 3 - m.margin, body.height)
        y = left.top
        bar = ts.line_height(m.body) + max(8, m.body // 2)
        room = left.height - self.choices_height(left) - m.gap
        row = bar + max(m.gap, min(m.gap * 2, (room - bar * len(METERS)) // len(METERS)))
        for meter in METERS:
            shown = before.get(meter) + (result.meters_after.get(meter) - before.get(meter)) * self.animation
            draw.meter_bar(
                surface, ts, m, pygame.Rect(left.left, y, left.width, row), app.t(f"meter.{meter}"), shown, meter
            )
            y += row
        self.draw_choices(surface, pygame.Rect(left.left, y + m.gap, left.width, body.bottom - y - m.gap), result)
        self.draw_changes(
            surface,
            pygame.Rect(left.right + m.margin, body.top, body.right - left.right - m.margin, body.height),
            result,
        )

    def choice_lines(self, result: CaseResult) -> list[tuple[Corner, str]]:
        app, deck = self.app, self.session.game.deck
        lines = []
        for corner in CORNERS:
            role = deck.roles[result.role_of(corner)].title.get(app.lang)
            move = deck.moves[result.move_of(corner)].title.get(app.lang)
            who = app.t(f"corner.{corner}") + (
                f" ({app.t('outcome.by_game')})" if corner in result.auto_corners else ""
            )
            lines.append((corner, f"{who}: {role} · {move}"))
        return lines

    def choices_height(self, rect: pygame.Rect) -> int:
        m, ts = self.app.metrics, self.app.typesetter
        result = self.session.game.state.pending
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
            draw.corner_shape(surface, corner, (rect.left + m.body // 3, y + line // 2), m.body // 3)
            y = draw.paragraph(surface, ts, words, pygame.Rect(area.left, y, area.width, rect.bottom - y), size)

    def draw_changes(self, surface: pygame.Surface, rect: pygame.Rect, result: CaseResult) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        pages = self.change_pages()
        page = pages[min(self.page, len(pages) - 1)]
        if len(pages) > 1:
            draw.text(
                surface,
                ts,
                app.t("outcome.page", page=self.page + 1, pages=len(pages)),
                (rect.right, rect.top),
                m.body,
                theme.MUTED,
                anchor="topright",
            )
        y = rect.top + ts.line_height(m.body)
        line = ts.line_height(m.body)
        for row in page:
            label, colour, reason = self.row_words(row, rect.width)
            draw.text(surface, ts, label, (rect.left, y), m.body, colour, True)
            indent = rect.left + m.body
            height = self.row_height(row, rect.width)
            draw.paragraph(
                surface, ts, reason, pygame.Rect(indent, y + line, rect.right - indent, height - line), m.body
            )
            y += height

    def draw_reveal(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts, lang = self.app, self.app.metrics, self.app.typesetter, self.app.lang
        draw.card(surface, m, body)
        inner = body.inflate(-m.margin * 2, -m.margin * 2)
        if not self.revealed:
            draw.text(surface, ts, app.t("reveal.hidden"), inner.center, m.title, theme.INK, True, "center")
            return
        result = self.session.game.state.pending
        assert result is not None
        right = result.placement.owner == self.case.owner and result.placement.needs_other == self.case.needs_other
        left = pygame.Rect(inner.left, inner.top, inner.width * 9 // 20, inner.height)
        others = pygame.Rect(left.right + m.margin, inner.top, inner.right - left.right - m.margin, inner.height)
        verdict = ("= " if right else "≠ ") + app.t("reveal.right" if right else "reveal.different")
        card_q = app.t(f"quadrant.{self.case.quadrant}")
        group_q = app.t(f"quadrant.{quadrant_of(result.placement.owner, result.placement.needs_other)}")
        blocks: list[tuple[str, theme.Colour, bool]] = [
            (app.t("reveal.card", quadrant=card_q), theme.INK, True),
            (self.case.placement_reason.get(lang), theme.INK, False),
            (app.t("reveal.group", quadrant=group_q), theme.INK, False),
        ]
        for change in placement_verdict(result.changes):
            row = f"{change.amount:+d} {app.t('meter.' + change.meter)}: {change.reason.get(lang)}"
            blocks.append((row, theme.GOOD if change.amount > 0 else theme.BAD, False))
        earlier = self.earlier_text()
        if earlier:
            blocks.append((earlier, theme.MUTED, False))
        heading = size_that_fits(ts, verdict, left, m.heading, True)
        y = draw.paragraph(surface, ts, verdict, left, heading, theme.GOOD if right else theme.BAD, True)
        rest = pygame.Rect(left.left, y + m.gap, left.width, left.bottom - y - m.gap)
        size = stacked_size(ts, [words for words, _, _ in blocks], rest, m.body, m.gap)
        for words, colour, bold in blocks:
            y = draw.paragraph(
                surface, ts, words, pygame.Rect(left.left, y + m.gap, left.width, rest.height), size, colour, bold
            )
        draw.text(surface, ts, app.t("reveal.others"), others.topleft, m.heading, theme.INK, True)
        story = pygame.Rect(others.left, others.top + ts.line_height(m.heading), others.width, others.height)
        story.height -= ts.line_height(m.heading)
        text = self.case.other_villages.get(lang)
        draw.paragraph(surface, ts, text, story, size_that_fits(ts, text, story, m.body), theme.INK)

    def earlier_text(self) -> str:
        """Earlier sessions: how they placed the case (every square they chose), and what the village chose most."""
        app, shares = self.app, self.earlier
        if shares is None:
            return ""
        if shares.sessions == 0:
            return app.t("reveal.earlier_none")
        total = sum(shares.placements.values()) or 1
        parts = []
        for key, count in shares.placements.most_common():
            owner, needs = key.split(":")
            quadrant = quadrant_of(owner, needs == "1")
            parts.append(f"{app.t('quadrant.' + quadrant)} {round(count * 100 / total)}%")
        deck = self.session.game.deck
        roles = shares.roles.get("burgers")
        moves = shares.moves.get("burgers")
        if roles and moves:
            role, move = roles.most_common(1)[0][0], moves.most_common(1)[0][0]
            if role in deck.roles and move in deck.moves:
                role_title, move_title = deck.roles[role].title.get(app.lang), deck.moves[move].title.get(app.lang)
                parts.append(f"{app.t('corner.burgers')}: {role_title}, {move_title}")
        return app.t("reveal.earlier", count=shares.sessions, shares=" · ".join(parts))

    def draw_reflect(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app, m, ts, lang = self.app, self.app.metrics, self.app.typesetter, self.app.lang
        stops = self.reflect_stops(body)
        timer, plus, notes = stops
        question = self.question().get(lang)
        left = pygame.Rect(body.left, body.top, body.width * 2 // 5, timer.rect.top - body.top - m.gap)
        draw.paragraph(surface, ts, question, left, m.heading, theme.INK, True)
        clock = self.session.timer
        big = pygame.Rect(timer.rect.left, timer.rect.bottom + m.gap, body.width * 2 // 5, m.title * 2)
        draw.text(surface, ts, clock.shown(), big.topleft, m.title * 2, theme.BAD if clock.done else theme.INK, True)
        draw.centred_button(
            surface, ts, m, timer.rect, app.t("reflect.pause" if clock.running else "reflect.start"), self.focus == 0
        )
        draw.centred_button(surface, ts, m, plus.rect, app.t("reflect.plus"), self.focus == 1)
        draw.text(
            surface,
            ts,
            app.t("reflect.notes"),
            (notes.rect.left, notes.rect.top - ts.line_height(m.body)),
            m.body,
            theme.INK,
            True,
        )
        self.draw_notes(surface, notes.rect, self.session.note, self.focus == 2)

    def question(self) -> Text:
        """The reflection question, picked from what happened in this case (the report asks the same)."""
        game = self.session.game
        result = game.state.pending
        if result is None:
            return self.case.questions[0]
        return pick_question(self.case, result, game.setup.seed)

    def draw_notes(self, surface: pygame.Surface, rect: pygame.Rect, field: TextField, focused: bool) -> None:
        draw_text_area(self.app, surface, rect, field, focused, self.app.t("reflect.notes_empty"))
