"""A five-case evening played through the engine API, with named players, notes and a full action plan."""

from __future__ import annotations

from kleinekernen.engine import Continue, Game, Place, Player, Setup, Step
from tests.engine.helpers import deck

PLAYERS = (
    Player("Ans Bakker", "burgers"),
    Player("Burgers 2", "burgers"),
    Player("Wethouder Kees", "overheid"),
    Player("Fatima el Idrissi", "partners"),
)
NOTES = (
    "Eerst met de buren praten, dan pas de gemeente bellen.",
    "De dorpsraad neemt contact op met het wijkteam vóór 1 mei.",
    "Niet alles zelf willen doen; vraag de vereniging om hulp.",
    "Regels van de gemeente vooraf opvragen, dan geen verrassingen.",
    "Volgende keer de jongeren uitnodigen.",
)
PLAN = [
    "Omdat het dorp leefbaar blijft als mensen elkaar kennen; het lost de vraag op wie de zorg draagt.",
    "Het dorpshuis, de vrijwilligers van de voedselbank en een budget van 2.500 euro van de gemeente.",
    "Te weinig vrijwilligers, regels die te laat komen, en wachten tot een ander begint.",
]
VILLAGE = "Oosterwolde & Zn."
DISAGREES = 2
"""The case (from 0) that the group places otherwise than its card."""


def evening(notes: tuple[str, ...] = NOTES, cases: int = 5) -> Game:
    """Every case placed where its card says but the third (the group thinks otherwise about needing another
    corner), then the first legal choice; each reflection keeps its note."""
    game = Game(deck(), Setup(seed=12, players=PLAYERS, case_count=cases, village=VILLAGE))
    typed = iter(notes * cases)
    while game.step is not Step.END:
        if game.step is Step.PLACE:
            assert game.case is not None
            disagrees = game.state.case_index == DISAGREES
            game.apply(Place(game.case.owner, game.case.needs_other != disagrees))
        elif game.step is Step.REFLECT:
            game.apply(Continue(next(typed)))
        else:
            game.apply(game.legal_choices()[0])
    return game
