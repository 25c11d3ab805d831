"""Setting up a session: village, players per corner, attitudes of unplayed corners, pack, cases, timer."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import pygame

from ...content.models import CORNERS, Corner
from ...engine.setup import DEFAULT_ATTITUDES, MAX_PLAYERS, MIN_CASES, Player, Setup
from .. import draw, theme
from ..i18n import next_language
from ..intents import Intent, intent_of
from ..session import PlaySession
from ..textfield import TextField
from .base import Host, Scene, Stop
from .placing import line_size


@dataclass
class SetupChoices:
    village: TextField = field(default_factory=lambda: TextField(limit=60))
    players: dict[Corner, int] = field(default_factory=lambda: {"burgers": 1, "partners": 0, "overheid": 0})
    names: dict[Corner, TextField] = field(default_factory=lambda: {corner: TextField(limit=60) for corner in CORNERS})
    """Optional, typed: the players of a corner, a comma between them; who is not named keeps "Burgers 1"."""
    attitudes: dict[Corner, str] = field(default_factory=lambda: dict(DEFAULT_ATTITUDES))
    pack: str = ""
    cases: int = 5
    minutes: int = 5


class SetupScene(Scene):
    back_leaves = True
    help_key = "help.setup"

    def __init__(self, app: Host) -> None:
        super().__init__(app)
        self.choices = SetupChoices()
        self.message = ""
        self.focus = 1  # the players of the first corner; the village name is one step back, typed on purpose

    # what can be chosen
    def packs(self) -> list[str]:
        root = self.app.scenarios / "cases"
        names = {path.parent.name for path in self.app.context.deck.case_files.values() if path.parent != root}
        return ["", *sorted(names)]

    def pool(self) -> tuple[str, ...]:
        deck = self.app.context.deck
        if not self.choices.pack:
            return tuple(deck.cases)
        return tuple(cid for cid, path in deck.case_files.items() if path.parent.name == self.choices.pack)

    def rows(self) -> list[tuple[str, str, str]]:
        """(key, label, value) for every row of the form."""
        t, c = self.app.t, self.choices
        rows = [("village", t("setup.village"), c.village.text)]
        for corner in CORNERS:
            rows.append((f"players:{corner}", t(f"corner.{corner}"), t("setup.players", count=c.players[corner])))
            if c.players[corner]:
                rows.append((f"names:{corner}", t("setup.names", corner=t(f"corner.{corner}")), c.names[corner].text))
        for corner in CORNERS:
            if c.players[corner] == 0:
                attitude = self.app.context.deck.attitudes.get(corner, {}).get(c.attitudes[corner])
                name = attitude.title.get(self.app.lang) if attitude else c.attitudes[corner]
                rows.append((f"attitude:{corner}", t("setup.attitude", corner=t(f"corner.{corner}")), name))
        manifest = self.app.context.deck.packs.get(c.pack)
        shown = manifest.name if manifest is not None else c.pack
        rows.append(("pack", t("setup.pack"), shown or t("setup.all_cases", count=len(self.app.context.deck.cases))))
        rows.append(("cases", t("setup.cases"), str(c.cases)))
        rows.append(("minutes", t("setup.timer"), t("setup.minutes", count=c.minutes)))
        rows.append(("language", t("setup.language"), t("language.name")))
        rows.append(("start", t("setup.start"), ""))
        return rows

    def label_width(self, screen: pygame.Rect) -> int:
        """The labels' column: as wide as the longest label needs (a gap included), at most half the screen."""
        m, ts = self.app.metrics, self.app.typesetter
        widest = max(ts.width(label, m.body) for key, label, _ in self.rows() if key != "start")
        return min(screen.width // 2, max(m.body * 18, widest + m.gap * 3))

    def stops(self, screen: pygame.Rect) -> list[Stop]:
        m = self.app.metrics
        rows = self.rows()
        top = m.margin * 2 + self.app.typesetter.line_height(m.title)
        height = min(round(m.body * 1.7), (screen.height - top - m.margin * 3) // len(rows) - m.gap)
        label_width = self.label_width(screen)
        stops = []
        for n, (key, label, _value) in enumerate(rows):
            y = top + n * (height + m.gap)
            if key == "start":
                rect = pygame.Rect(screen.width - m.margin * 2 - m.body * 12, y, m.body * 12, height)
            else:
                rect = pygame.Rect(m.margin * 2 + label_width, y, screen.width - label_width - m.margin * 4, height)
            stops.append(
                Stop(
                    key,
                    rect,
                    functools.partial(self.change, key, +2 if key == "cases" else +1),
                    label,
                    field=self.field_of(key),
                )
            )
        return stops

    def field_of(self, key: str) -> TextField | None:
        """The text field of a row: the village's name, or a corner's players' names."""
        if key == "village":
            return self.choices.village
        if key.startswith("names:"):
            return self.choices.names[key.split(":")[1]]  # type: ignore[index]
        return None

    def player_names(self, corner: Corner) -> list[str]:
        """The names of a corner's players: as typed, and "Burgers 2" for each one not named."""
        typed = [name.strip() for name in self.choices.names[corner].text.split(",")]
        return [
            typed[n]
            if n < len(typed) and typed[n]
            else self.app.t("setup.player_name", corner=self.app.t(f"corner.{corner}"), number=n + 1)
            for n in range(self.choices.players[corner])
        ]

    # changing
    def change(self, key: str, step: int) -> None:
        c = self.choices
        if key == "start":
            self.start()
        elif key.startswith("players:"):
            corner: Corner = key.split(":")[1]  # type: ignore[assignment]
            others = sum(v for k, v in c.players.items() if k != corner)
            most = min(MAX_PLAYERS - others, MAX_PLAYERS)
            lowered = c.players[corner] + step
            c.players[corner] = max(0, lowered) if step < 0 else lowered % (most + 1)  # "‹" stops at 0
        elif key.startswith("attitude:"):
            corner = key.split(":")[1]  # type: ignore[assignment]
            names = list(self.app.context.deck.attitudes.get(corner, {}))
            if names:
                index = names.index(c.attitudes[corner]) if c.attitudes[corner] in names else 0
                c.attitudes[corner] = names[(index + step) % len(names)]
        elif key == "pack":
            packs = self.packs()
            c.pack = packs[(packs.index(c.pack) + step) % len(packs)] if c.pack in packs else ""
            c.cases = min(c.cases, len(self.pool()))
        elif key == "cases":
            most = len(self.pool())
            if abs(step) == 1:
                c.cases = MIN_CASES + (c.cases - MIN_CASES + step) % max(1, most - MIN_CASES + 1)
            else:  # the clicker's button and a click: the common session lengths, then the whole deck
                presets = sorted({n for n in (3, 4, 5, 6, 8, 10, 12, 16) if n < most} | {most})
                later = [n for n in presets if n > c.cases]
                c.cases = later[0] if later else presets[0]
        elif key == "minutes":
            c.minutes = 1 + (c.minutes - 1 + step) % 15
        elif key == "language":
            self.app.set_language(next_language(self.app.lang))
        self.message = ""
        self.app.dirty = True

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for index, stop in enumerate(self.stops(self.app.screen_rect())):
                if (
                    stop.rect.collidepoint(event.pos)
                    and stop.field is None
                    and stop.key != "start"
                    and event.pos[0] < self.arrows_middle(stop)
                ):
                    self.focus = index
                    self.change(stop.key, -1)  # the "‹" side steps back; "›" and the rest of the row step on
                    return
        if event.type == pygame.KEYDOWN:
            stops = self.stops(self.app.screen_rect())
            key = stops[self.focus].key if 0 <= self.focus < len(stops) else ""
            intent = intent_of(event)
            if self.field_of(key) is None and key != "start" and intent in (Intent.LEFT, Intent.RIGHT):
                self.change(key, -1 if intent is Intent.LEFT else +1)
                return
            if intent is Intent.NEXT and not self.typing():
                self.next_for_clicker(stops)
                return
        super().handle(event)

    def next_for_clicker(self, stops: list[Stop]) -> None:
        """The clicker's Next passes the names' fields (they are typed, so a keyboard reaches them with Tab);
        the village's name stays one step back, as before."""
        at = self.focus
        for _ in stops:
            at = (at + 1) % len(stops)
            if not stops[at].key.startswith("names:"):
                break
        self.focus = at
        self.app.dirty = True

    def arrows_middle(self, stop: Stop) -> int:
        """Where "‹ value ›" of a row is split in two under the mouse: left of it lowers, right of it raises."""
        value = next((v for key, _label, v in self.rows() if key == stop.key), "")
        m, ts = self.app.metrics, self.app.typesetter
        return stop.rect.left + m.gap + ts.width(self.arrows(value), m.body, bold=True) // 2

    @staticmethod
    def arrows(value: str) -> str:
        return f"‹  {value}  ›"

    def start(self) -> None:
        c = self.choices
        players = tuple(Player(name, corner) for corner in CORNERS for name in self.player_names(corner))
        if not players:
            self.message = self.app.t("setup.need_player")
            return
        setup = Setup(
            seed=self.app.seed,
            players=players,
            case_count=c.cases,
            attitudes=tuple((corner, c.attitudes[corner]) for corner in CORNERS if c.players[corner] == 0),
            village=c.village.text.strip(),
            cases=self.pool() if c.pack else (),
            timer_seconds=c.minutes * 60,
        )
        self.app.context.start(PlaySession.start(self.app.context.deck, setup, self.app.saves, self.app.lang))
        self.app.context.forget_sessions()
        self.app.replace("case")

    def draw(self, surface: pygame.Surface) -> None:
        app, m, ts = self.app, self.app.metrics, self.app.typesetter
        screen = surface.get_rect()
        draw.text(surface, ts, app.t("setup.title"), (m.margin * 2, m.margin), m.title, colour=theme.INK, bold=True)
        rows = self.rows()
        for index, (stop, (key, label, value)) in enumerate(zip(self.stops(screen), rows, strict=True)):
            focused = index == self.focus
            if key == "start":
                draw.centred_button(surface, ts, m, stop.rect, label, focused=focused)
                continue
            column = pygame.Rect(m.margin * 2, stop.rect.top, stop.rect.left - m.margin * 2 - m.gap, stop.rect.height)
            size = line_size(ts, label, column.width, m.body)
            draw.text(
                surface,
                ts,
                label,
                (column.left, column.centery),
                size,
                colour=theme.INK,
                anchor="midleft",
                within=column,
            )
            draw.card(surface, m, stop.rect)
            inner = stop.rect.inflate(-m.gap * 2, 0)
            if key == "village" or key.startswith("names:"):
                self.draw_field(surface, inner, focused, key)
            else:
                draw.text(
                    surface,
                    ts,
                    self.arrows(value),
                    (inner.left, inner.centery),
                    m.body,
                    colour=theme.INK,
                    bold=True,
                    anchor="midleft",
                )
            if key.startswith("players:"):
                draw.corner_shape(
                    surface, key.split(":")[1], (stop.rect.right - m.body, stop.rect.centery), m.body // 2
                )
            if focused:
                draw.focus_ring(surface, m, stop.rect)
        if self.message:
            draw.text(
                surface,
                ts,
                self.message,
                (m.margin * 2, screen.height - m.margin),
                m.body,
                colour=theme.BAD,
                bold=True,
                anchor="bottomleft",
            )
        else:
            draw.text(
                surface,
                ts,
                app.t("hint.setup"),
                (m.margin * 2, screen.height - m.margin),
                m.body,
                colour=theme.MUTED,
                anchor="bottomleft",
            )

    def draw_field(self, surface: pygame.Surface, rect: pygame.Rect, focused: bool, key: str) -> None:
        m, ts = self.app.metrics, self.app.typesetter
        field = self.field_of(key)
        assert field is not None
        empty = self.app.t("setup.village_empty" if key == "village" else "setup.names_empty")
        shown = field.text or ("" if focused else empty)
        colour = theme.INK if field.text else theme.MUTED
        draw.text(surface, ts, shown, (rect.left, rect.centery), m.body, colour=colour, anchor="midleft")
        if focused:
            x = rect.left + ts.width(field.text[: field.cursor], m.body)
            pygame.draw.line(surface, theme.INK, (x, rect.top + m.gap), (x, rect.bottom - m.gap), max(2, m.line))
