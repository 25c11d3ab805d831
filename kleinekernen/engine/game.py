"""The case flow as an explicit state machine: draw, place, roles, moves, outcome, reveal, reflect; the end.

`start` and `apply` are pure functions; `Game` keeps a deck, a setup and the current state together.
An illegal choice raises IllegalChoice and leaves the state as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..content.deck import Deck
from ..content.models import CORNERS, Case, Corner
from .autoplay import auto_move, auto_role, deal, rng
from .choices import Choice, ChooseRole, Continue, Place, PlayMove
from .errors import IllegalChoice
from .resolve import resolve
from .setup import Setup, validate_setup
from .state import CaseResult, State, Step
from .texts import both

MAX_NOTE_CHARS = 4000


def start(deck: Deck, setup: Setup) -> State:
    """The state before the first choice: the cases drawn from the seed, meters at their start."""
    validate_setup(setup, deck)
    order = tuple(rng(setup.seed, "draw").sample(list(setup.pool(deck)), setup.case_count))
    return State(case_order=order, hands=deal(deck, setup.seed, 0))


def turn(state: State) -> Corner | None:
    """The corner that chooses next in the roles or moves step; None in other steps.

    Corners always choose in the order of CORNERS, so the count of choices made tells whose turn it is.
    """
    if state.step is Step.ROLES:
        done = len(state.roles)
    elif state.step is Step.MOVES:
        done = len(state.moves)
    else:
        return None
    return CORNERS[done] if done < len(CORNERS) else None


def current_hand(deck: Deck, setup: Setup, state: State, corner: Corner) -> tuple[str, ...]:
    return state.hand(corner)


PLACEMENTS: tuple[Place, ...] = (
    Place("burgers", False),
    Place("burgers", True),
    Place("overheid", True),
    Place("overheid", False),
)


def legal_choices(deck: Deck, state: State) -> tuple[Choice, ...]:
    """Every choice `apply` accepts in this state (a Continue stands for any note at the reflection)."""
    step = state.step
    if step is Step.END:
        return ()
    if step is Step.PLACE:
        return PLACEMENTS
    corner = turn(state)
    if step is Step.ROLES and corner is not None:
        return tuple(ChooseRole(corner, role.id) for role in deck.roles_of(corner))
    if step is Step.MOVES and corner is not None:
        return tuple(PlayMove(corner, card) for card in state.hand(corner))
    return (Continue(),)


def apply(deck: Deck, setup: Setup, state: State, choice: Choice) -> State:
    """The state after one confirmed choice. Raises IllegalChoice, naming the choice, if it is not allowed."""
    step = state.step
    if step is Step.END:
        raise IllegalChoice(*both("engine.error.ended", choice=repr(choice)))
    if step in (Step.DRAW, Step.OUTCOME, Step.REVEAL, Step.REFLECT):
        if not isinstance(choice, Continue):
            raise IllegalChoice(*both("engine.error.only_continue", choice=repr(choice), step=step.value))
        if choice.note and step is not Step.REFLECT:
            raise IllegalChoice(*both("engine.error.note_step", choice=repr(choice), step=step.value))
        if len(choice.note) > MAX_NOTE_CHARS:
            raise IllegalChoice(*both("engine.error.note_length", length=len(choice.note), most=MAX_NOTE_CHARS))
        return _continue(deck, setup, state, choice)
    if step is Step.PLACE:
        if not isinstance(choice, Place):
            raise IllegalChoice(*both("engine.error.place_first", choice=repr(choice)))
        state = state.evolve(placement=choice, step=Step.ROLES, history=(*state.history, choice))
        return _autoplay(deck, setup, state)
    corner = turn(state)
    if step is Step.ROLES:
        if not isinstance(choice, ChooseRole) or choice.corner != corner:
            raise IllegalChoice(*both("engine.error.role_turn", choice=repr(choice), corner=corner))
        if deck.role_corner.get(choice.role) != corner:
            raise IllegalChoice(
                *both("engine.error.not_role", choice=repr(choice), role=repr(choice.role), corner=corner)
            )
        state = state.evolve(roles=(*state.roles, (corner, choice.role)), history=(*state.history, choice))
        return _autoplay(deck, setup, state)
    if not isinstance(choice, PlayMove) or choice.corner != corner:
        raise IllegalChoice(*both("engine.error.move_turn", choice=repr(choice), corner=corner))
    if choice.move not in current_hand(deck, setup, state, corner):
        raise IllegalChoice(
            *both("engine.error.not_in_hand", choice=repr(choice), move=repr(choice.move), corner=corner)
        )
    state = state.evolve(moves=(*state.moves, (corner, choice.move)), history=(*state.history, choice))
    return _autoplay(deck, setup, state)


def _continue(deck: Deck, setup: Setup, state: State, choice: Continue) -> State:
    history = (*state.history, choice)
    if state.step is Step.DRAW:
        return state.evolve(step=Step.PLACE, history=history)
    if state.step is Step.OUTCOME:
        return state.evolve(step=Step.REVEAL, history=history)
    if state.step is Step.REVEAL:
        return state.evolve(step=Step.REFLECT, history=history)
    assert state.pending is not None
    finished = replace(state.pending, note=choice.note)
    last = state.case_index + 1 >= len(state.case_order)
    index = state.case_index if last else state.case_index + 1
    return state.evolve(
        step=Step.END if last else Step.DRAW,
        case_index=index,
        hands=() if last else deal(deck, setup.seed, index),
        placement=None,
        roles=(),
        moves=(),
        pending=None,
        events=finished.events,
        results=(*state.results, finished),
        history=history,
    )


def _autoplay(deck: Deck, setup: Setup, state: State) -> State:
    """Let the game choose for corners nobody plays, then move on when all three have chosen."""
    played = setup.played_corners()
    while True:
        corner = turn(state)
        if corner is None:
            if state.step is Step.ROLES:
                state = state.evolve(step=Step.MOVES)
                continue
            return _resolve(deck, setup, state)
        if corner in played:
            return state
        attitude = deck.attitudes[corner][setup.attitude_of(corner)]
        assert state.case_id is not None
        case = deck.cases[state.case_id]
        if state.step is Step.ROLES:
            role = auto_role(deck, attitude, corner, setup.seed, state.case_index, case)
            state = state.evolve(roles=(*state.roles, (corner, role)))
        else:
            cards = current_hand(deck, setup, state, corner)
            village = dict(state.moves).get("burgers")
            move = auto_move(
                deck,
                attitude,
                cards,
                setup.seed,
                state.case_index,
                corner,
                case=case,
                village=village,
                meters=state.meters,
            )
            state = state.evolve(moves=(*state.moves, (corner, move)))


def _resolve(deck: Deck, setup: Setup, state: State) -> State:
    assert state.placement is not None and state.case_id is not None
    played = setup.played_corners()
    resolution = resolve(
        deck,
        deck.cases[state.case_id],
        state.placement,
        state.roles,
        state.moves,
        meters=state.meters,
        webs=state.webs,
        webs_spun=state.webs_spun,
        previous=state.results[-1] if state.results else None,
        auto_corners=tuple(corner for corner in CORNERS if corner not in played),
        events=state.events,
    )
    return state.evolve(
        step=Step.OUTCOME,
        meters=resolution.meters,
        webs=resolution.webs,
        webs_spun=resolution.webs_spun,
        pending=resolution.result,
    )


def replay(deck: Deck, setup: Setup, choices: Iterable[Choice]) -> State:
    """The state after these choices, from the start: a session is its seed plus its choices."""
    state = start(deck, setup)
    for choice in choices:
        state = apply(deck, setup, state, choice)
    return state


class Game:
    """A deck, a setup and the current state, with the questions a screen asks."""

    def __init__(self, deck: Deck, setup: Setup, choices: Iterable[Choice] = ()) -> None:
        self.deck = deck
        self.setup = setup
        self.state = replay(deck, setup, choices)
        self._tried: tuple[State | None, tuple[Choice, ...], list[State]] = (None, (), [])
        """The last choices previewed and the states after each: a later preview reuses their common start."""

    def apply(self, choice: Choice) -> State:
        self.state = apply(self.deck, self.setup, self.state, choice)
        return self.state

    def legal_choices(self) -> tuple[Choice, ...]:
        """The one source of what may be done now; empty at the end."""
        return legal_choices(self.deck, self.state)

    def clone(self) -> Game:
        """An independent copy to try choices on (cheap: states are immutable)."""
        copy = object.__new__(Game)
        copy.deck, copy.setup, copy.state = self.deck, self.setup, self.state
        copy._tried = (None, (), [])
        return copy

    def preview(self, choices: Iterable[Choice]) -> CaseResult | None:
        """The result this case would have after these choices, without playing them; None if not finished."""
        tried = tuple(choices)
        origin, done, states = self._tried
        if origin is not self.state:
            done, states = (), [self.state]
        same = 0
        while same < min(len(done), len(tried)) and done[same] == tried[same]:
            same += 1
        states = states[: same + 1]
        for choice in tried[same:]:
            states.append(apply(self.deck, self.setup, states[-1], choice))
        self._tried = (self.state, tried, states)
        return states[-1].pending

    @property
    def results(self) -> tuple[CaseResult, ...]:
        """One record per finished case: case id, placement, roles, moves, score, outcome, changes."""
        return self.state.results

    @property
    def pending(self) -> CaseResult | None:
        """The result of the case being looked at (from the outcome step to the reflection)."""
        return self.state.pending

    @property
    def step(self) -> Step:
        return self.state.step

    @property
    def case(self) -> Case | None:
        case_id = self.state.case_id
        return None if case_id is None else self.deck.cases[case_id]

    def turn(self) -> Corner | None:
        return turn(self.state)

    def hand(self, corner: Corner) -> tuple[str, ...]:
        return current_hand(self.deck, self.setup, self.state, corner)

    def player_for(self, corner: Corner) -> str | None:
        """Whose turn it is on a shared laptop: the players of a corner take turns, case by case."""
        players = self.setup.players_of(corner)
        if not players:
            return None
        return players[self.state.case_index % len(players)].name
