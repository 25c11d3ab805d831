"""What the presenter view tells the facilitator, as text: the step now and next, the timer, the room's votes,
the text to read aloud. Read from the game and the case scene; nothing here changes them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...engine.questions import pick_question
from ...engine.state import Step
from ..context import GameContext
from ..scenes.steps.base import CaseState
from ..session import PlaySession

Translate = Callable[..., str]


@dataclass(frozen=True)
class Briefing:
    heading: str
    now: str
    next: str
    timer: str
    """The discussion time left ("5:00"), or empty outside a case."""
    timer_state: str
    votes: str
    """How many phones have voted, while a room is open; else empty."""
    read_label: str
    read_title: str
    read_text: str
    notes_open: bool
    """True on the reflection, where the group's notes are typed (here or on the main screen)."""
    hint: str


def case_state(scenes: Sequence[object]) -> CaseState | None:
    """The case being played, under any overlay (help, a question, a black screen), or None."""
    for scene in reversed(scenes):
        if isinstance(scene, CaseState):
            return scene
    return None


def brief(context: GameContext, scenes: Sequence[object], t: Translate, lang: str) -> Briefing:
    votes = ""
    if context.room is not None and context.room.is_open():
        count = context.room.voted()
        votes = t("presenter.votes", count=count)
    state = case_state(scenes)
    session = context.session
    if state is None or session is None or session.game.case is None:
        idle, idle_next = t("presenter.idle"), t("presenter.idle_next")
        return Briefing(
            heading=t("presenter.title"),
            now=idle,
            next=idle_next,
            timer="",
            timer_state="",
            votes=votes,
            read_label="",
            read_title="",
            read_text="",
            notes_open=False,
            hint=t("presenter.hint"),
        )
    game = session.game
    case = game.case
    assert case is not None
    heading = t("case.counter", number=game.state.case_index + 1, total=len(game.state.case_order))
    step = game.step
    now = t("presenter.now", step=t(f"step.{step.value}"))
    corner = game.turn()
    if state.handover is not None:
        player = game.player_for(state.handover) or ""
        now = t("presenter.now_handover", corner=t(f"corner.{state.handover}"), name=player)
    elif corner is not None:
        now = f"{now} · {t('presenter.turn', corner=t(f'corner.{corner}'))}"
    label, title, text = _read_aloud(session, state, t, lang)
    return Briefing(
        heading=f"{heading} · {case.title.get(lang)}",
        now=now,
        next=_next(session, state, t),
        timer=session.timer.shown(),
        timer_state=_timer_state(session, t),
        votes=votes,
        read_label=label,
        read_title=title,
        read_text=text,
        notes_open=step is Step.REFLECT,
        hint=t("presenter.hint"),
    )


def _next(session: PlaySession, state: CaseState, t: Translate) -> str:
    game = session.game
    step = game.step
    if state.handover is not None:
        return t("presenter.next.handover")
    if step is Step.REVEAL and not state.revealed:
        return t("presenter.next.reveal_hidden")
    if step is Step.REFLECT and game.state.case_index + 1 >= len(game.state.case_order):
        return t("presenter.next.reflect_last")
    return t(f"presenter.next.{step.value}")


def _timer_state(session: PlaySession, t: Translate) -> str:
    clock = session.timer
    if session.game.step is not Step.REFLECT:
        return t("presenter.timer.later")
    if clock.done:
        return t("presenter.timer.done")
    return t("presenter.timer.running" if clock.running else "presenter.timer.paused")


def _read_aloud(session: PlaySession, state: CaseState, t: Translate, lang: str) -> tuple[str, str, str]:
    """What the facilitator reads aloud now: the story, the card's reasons at the reveal, the question after."""
    case, game = state.case, session.game
    if game.step is Step.REVEAL:
        reason = case.placement_reason.get(lang)
        others = f"{t('reveal.others')}: {case.other_villages.get(lang)}"
        return (
            t("presenter.read.reveal"),
            t("reveal.card", quadrant=t(f"quadrant.{case.quadrant}")),
            f"{reason}\n{others}",
        )
    if game.step is Step.REFLECT and game.state.pending is not None:
        question = pick_question(case, game.state.pending, game.setup.seed).get(lang)
        return t("presenter.read.reflect"), question, ""
    return t("presenter.read.story"), case.title.get(lang), case.story.get(lang)
