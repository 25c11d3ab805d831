"""The window, the main loop and what every scene shares: language, text size, black screen, help, quit.

The loop waits for events and draws only when something changed; while animating it caps the frame
rate. Tests drive `step()` with real pygame events on SDL's dummy video driver.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import pygame

from .. import paths
from ..content.deck import Deck
from ..persistence.output import clean_after_kill
from . import theme
from .context import GameContext
from .i18n import Catalog
from .intents import Intent, intent_of
from .presenter.window import PresenterWindow
from .scenes.base import Scene
from .scenes.help_button import clicked_help, draw_help_button, shows_help_button
from .scenes.overlays import BlankOverlay, ConfirmOverlay, HelpOverlay
from .scenes.registry import SCENES, SceneFactory, make_scene
from .session import PlaySession
from .text import Typesetter
from .textfield import Clipboard, TextField
from .theme import TEXT_SCALES, Metrics

DEFAULT_SIZE = (1280, 720)
FRAME_CAP = 60
IDLE_SLEEP = 0.05
KEEP_TYPED_SECONDS = 1.0
WORD_ENDS = " \n.,;:!?"


class Watcher(Protocol):
    """Something looked at on every turn of the loop (a case file or a deck being edited)."""

    def poll(self) -> bool:
        """True when the screen must be drawn again."""


class App:
    def __init__(
        self,
        *,
        lang: str = "nl",
        seed: int | None = None,
        size: tuple[int, int] = DEFAULT_SIZE,
        fullscreen: bool = False,
        scenarios: Path | None = None,
        trace: Path | None = None,
        saves: Path | None = None,
        presenter: bool | None = False,
    ) -> None:
        pygame.display.init()
        pygame.font.init()
        self.windowed_size = size
        self.fullscreen = fullscreen
        screens = pygame.display.get_num_displays()
        presenter = presenter or (presenter is None and screens > 1)
        self.display = 1 if presenter and screens > 1 else 0
        """The screen the audience's window opens on: the second (the beamer) when the presenter view is on."""
        self.presenter: PresenterWindow | None = None
        self.catalog = Catalog(lang)
        self.screen = self._open_window(size, fullscreen)
        self.typesetter = Typesetter(lang)
        self.clipboard = Clipboard()
        self.scale_index = 0
        self.seed = seed if seed is not None else int(time.time()) % 1_000_000
        scenarios, saves = scenarios or paths.scenarios(), saves or paths.saves()
        clean_after_kill(saves, scenarios)  # what writes killed half-way left behind
        self.context = GameContext(scenarios=scenarios, saves=saves, lang=lang)
        self.watcher: Watcher | None = None
        """With --watch or in a preview: the files being watched, reloaded when they are saved."""
        self.scene_table: dict[str, SceneFactory] = dict(SCENES)
        self.scenes: list[Scene] = []
        self.running = True
        self.dirty = True
        self.frames = 0
        self.trace = trace
        self._traced = ""
        self._last = time.perf_counter()
        self._typed_since: float | None = None
        """When the text typed but not yet kept in the journal was first changed, or None."""
        pygame.key.set_repeat(400, 40)
        self.push("title")
        if presenter:
            self.toggle_presenter()

    # what the scenes share, owned by the context
    @property
    def scenarios(self) -> Path:
        return self.context.scenarios

    @property
    def saves(self) -> Path:
        return self.context.saves

    @property
    def deck(self) -> Deck:
        return self.context.deck

    @property
    def session(self) -> PlaySession | None:
        return self.context.session

    # window
    def _open_window(self, size: tuple[int, int], fullscreen: bool) -> pygame.Surface:
        if fullscreen:
            screen = pygame.display.set_mode((0, 0), pygame.FULLSCREEN, display=self.display)
        else:
            screen = pygame.display.set_mode(size, pygame.RESIZABLE, display=self.display)
        pygame.display.set_caption(self.t("title.name"))
        return screen

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        self.screen = self._open_window(self.windowed_size, self.fullscreen)
        self.dirty = True

    def toggle_presenter(self) -> None:
        """F2: the presenter view in a window of its own (on the other screen if there is one), or closed again."""
        if self.presenter is None:
            other = 0 if self.display else min(1, pygame.display.get_num_displays() - 1)
            self.presenter = PresenterWindow(self.t("presenter.window"), self.windowed_size, display=other)
        else:
            self.presenter.close()
            self.presenter = None
        self.dirty = True
        self._sync_text_input()

    def screen_rect(self) -> pygame.Rect:
        return self.screen.get_rect()

    @property
    def metrics(self) -> Metrics:
        width, height = self.screen.get_size()
        return Metrics(width, height, TEXT_SCALES[self.scale_index])

    @property
    def lang(self) -> str:
        return self.catalog.lang

    def set_language(self, lang: str) -> None:
        self.catalog = Catalog(lang)
        self.context.lang = lang
        self.typesetter.lang = lang
        self.dirty = True

    def t(self, key: str, **values: object) -> str:
        return self.catalog(key, **values)

    # scenes
    @property
    def scene(self) -> Scene:
        return self.scenes[-1]

    def register(self, name: str, factory: SceneFactory) -> None:
        """Add a scene by name (the preview's list of errors)."""
        self.scene_table[name] = factory

    def push(self, name: str, **options: Any) -> None:
        self._push(make_scene(self.scene_table, name, self, **options))

    def _push(self, scene: Scene) -> None:
        if self.scenes:
            self.scene.pause()
        self.scenes.append(scene)
        scene.resume()
        self.dirty = True
        self._sync_text_input()

    def pop(self) -> None:
        self.scenes.pop().pause()
        if self.scenes:
            self.scene.resume()
        self.dirty = True
        self._sync_text_input()

    def replace(self, name: str, **options: Any) -> None:
        scene = make_scene(self.scene_table, name, self, **options)
        if self.scenes:
            self.scenes.pop().pause()
        self._push(scene)

    def reset(self, name: str, **options: Any) -> None:
        while len(self.scenes) > 1:
            self.pop()
        self.replace(name, **options)

    def _sync_text_input(self) -> None:
        presenter_typing = self.presenter is not None and self.presenter.notes_field(self) is not None
        if (self.scenes and isinstance(self.scene.focused_field(), TextField)) or presenter_typing:
            pygame.key.start_text_input()
        else:
            pygame.key.stop_text_input()

    # the loop
    def run(self) -> None:
        clock = pygame.time.Clock()
        while self.running:
            self.step(self.next_events(clock))
        pygame.display.quit()

    def next_events(self, clock: pygame.time.Clock) -> list[pygame.event.Event]:
        """The events of one turn of the loop: at the frame cap while animating, else a calm wait.

        Waiting is a short sleep between polls rather than SDL's own wait, which spins on some video
        drivers; 50 ms is quicker than a person notices and costs well under 1% of a core.
        """
        if self.scene.animating():
            clock.tick(FRAME_CAP)
            return pygame.event.get()
        events = pygame.event.get()
        if not events:
            time.sleep(IDLE_SLEEP)
        return events

    def step(self, events: list[pygame.event.Event] | None = None) -> None:
        """Handle events, let time pass, and draw if anything changed."""
        for event in pygame.event.get() if events is None else events:
            self.handle(event)
            if not self.running:
                return
        if self._typed_since is not None and time.perf_counter() - self._typed_since >= KEEP_TYPED_SECONDS:
            self.keep_typed()
        if self.watcher is not None and self.watcher.poll():
            self.dirty = True
        now = time.perf_counter()
        seconds, self._last = now - self._last, now
        for scene in self.scenes:
            if scene.update(min(seconds, 0.25)):
                self.dirty = True
        if self.dirty:
            self.draw()
        elif not self.context.deck_loaded:
            self.context.load_deck()  # while nobody waits for it; then the title can offer to continue
            self.dirty = bool(self.context.deck_problems)

    def draw(self) -> None:
        self.typesetter.begin_frame(floor=self.metrics.floor)
        self.screen.fill(theme.PAPER)
        covering = [i for i, scene in enumerate(self.scenes) if not getattr(scene, "overlay", False)]
        start = covering[-1] if covering else 0
        for scene in self.scenes[start:]:
            scene.draw(self.screen)
        if shows_help_button(self):
            draw_help_button(self.screen, self)
        pygame.display.flip()
        if self.presenter is not None:
            self.presenter.draw(self)
        self.frames += 1
        self.dirty = False
        self._write_trace()

    def _write_trace(self) -> None:
        """With --trace FILE: a JSON line each time the scene, step or focus (its button's key) changes."""
        if self.trace is None:
            return
        game = self.session.game if self.session else None
        stops, at = self.scene.stops(self.screen_rect()), self.scene.focus
        line = json.dumps(
            {
                "scene": type(self.scene).__name__,
                "step": game.step.value if game else None,
                "case": game.state.case_index + 1 if game else None,
                "confirmed": len(game.state.history) if game else 0,
                "focus": stops[at].key if 0 <= at < len(stops) else None,
            }
        )
        if line != self._traced:
            self._traced = line
            with self.trace.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")

    def screen_text(self) -> str:
        """All text drawn in the last frame, joined: what a person sees, for tests."""
        return " ".join(self.typesetter.drawn)

    def handle(self, event: pygame.event.Event) -> None:
        if self.presenter is not None and self.presenter.owns(event):
            if self.presenter.handle(event, self):
                self._sync_text_input()
                return
        elif event.type == pygame.QUIT or (event.type == pygame.WINDOWCLOSE and self.presenter is not None):
            self.ask_quit()  # with two windows SDL sends no QUIT when the audience's window is closed
            return
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED, pygame.WINDOWEXPOSED):
            self.screen = pygame.display.get_surface() or self.screen
            self.dirty = True
            return
        if event.type == pygame.TEXTINPUT:
            field = self.scene.focused_field()
            if isinstance(field, TextField):
                field.insert(event.text)
                self._typed(event.text)
            return
        if event.type == pygame.KEYDOWN:
            field = self.scene.focused_field()
            if isinstance(field, TextField):
                self._key_in_field(field, event)
                return
        if event.type == pygame.KEYDOWN and self._global(event):
            return
        if event.type == pygame.MOUSEBUTTONDOWN and self.scene.typing():
            self.keep_typed()  # a click leaves the field (or moves the cursor): what was typed is kept
        if clicked_help(self, event):
            self.push("help", topic=self.scene.help_key)
            return
        self.scene.handle(event)
        self._sync_text_input()

    def _global(self, event: pygame.event.Event) -> bool:
        """Keys that work on every scene (never while a text field has the focus: see `_key_in_field`)."""
        intent = intent_of(event)
        if intent is Intent.HELP and not isinstance(self.scene, HelpOverlay):
            self.push("help", topic=self.scene.help_key)
        elif intent in (Intent.BLACK, Intent.WHITE) and not isinstance(self.scene, BlankOverlay):
            self.push("blank", colour=theme.NIGHT if intent is Intent.BLACK else theme.LIGHT)
        elif intent is Intent.FULLSCREEN:
            self.toggle_fullscreen()
        elif intent is Intent.PRESENTER_VIEW:
            self.toggle_presenter()
        elif intent is Intent.LARGER:
            self.scale_index = min(len(TEXT_SCALES) - 1, self.scale_index + 1)
            self.dirty = True
        elif intent is Intent.SMALLER:
            self.scale_index = max(0, self.scale_index - 1)
            self.dirty = True
        elif intent is Intent.QUIT:
            self.ask_quit()
        else:
            return False
        return True

    def edit(self, field: TextField, event: pygame.event.Event, leave: Callable[[int, bool], None]) -> None:
        """A key or text for a field outside the scenes (the presenter view's notes): text or editing, never a
        game command; Tab or Esc calls `leave`."""
        if event.type == pygame.TEXTINPUT:
            field.insert(event.text)
            self._typed(event.text)
        elif event.type == pygame.KEYDOWN:
            self._key_in_field(field, event, leave)

    def _key_in_field(
        self, field: TextField, event: pygame.event.Event, leave: Callable[[int, bool], None] | None = None
    ) -> None:
        """While a text field has the focus every key is text or editing.

        Enter is a new line (in a field of one line it does nothing); Tab and Shift+Tab move on; Esc (or the
        clicker's F5) leaves the fields; F1 and F11 still work. No key confirms, skips, blacks out, undoes or
        quits. Printable keys arrive again as TEXTINPUT."""
        intent = intent_of(event)
        if field.handle_key(event, self.clipboard):
            self._typed("")
        elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            if field.multiline:
                field.insert("\n")
                self._typed("\n")
        elif intent in (Intent.TAB, Intent.SHIFT_TAB, Intent.PRESENTER):
            self.keep_typed()
            (leave or self.scene.leave_field)(-1 if intent is Intent.SHIFT_TAB else 1, intent is Intent.PRESENTER)
            self.dirty = True
            self._sync_text_input()
        elif event.key in (pygame.K_F1, pygame.K_F11):
            self._global(event)

    def _typed(self, text: str) -> None:
        """Something changed in a text field: kept in the journal at the end of a word or line, and at the
        latest a second later (`step`), so a power cut loses at most the word being typed."""
        self.dirty = True
        if self._typed_since is None:
            self._typed_since = time.perf_counter()
        if text and text[-1] in WORD_ENDS:
            self.keep_typed()

    def keep_typed(self) -> None:
        """Write what was typed but not confirmed: the reflection's note (the draft) and the action plan."""
        self._typed_since = None
        if self.session is not None:
            self.session.save_draft()
            self.session.save_plan()

    def ask_quit(self) -> None:
        if isinstance(self.scene, ConfirmOverlay) and self.scene.purpose == "quit":
            return
        self.push(
            "confirm", question=self.t("quit.question"), detail=self.t("quit.detail"), on_yes=self.quit, purpose="quit"
        )

    def quit(self) -> None:
        """Stop, keeping what is on screen but not confirmed yet (the note, the timer, the plan)."""
        self.context.close()
        self.running = False
