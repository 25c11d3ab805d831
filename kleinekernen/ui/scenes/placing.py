"""What the placement, outcome and reveal screens show about the ownership matrix, without spoiling it.

Before the reveal nothing may say where the card puts the case: the matrix's examples are cases that are
not in this session, and the placement rule's verdict waits for the reveal.
"""

from __future__ import annotations

import random

import pygame

from ...content.deck import Deck
from ...engine.state import Change
from ..text import Typesetter

PLACEMENT_RULE = "rolbewustzijn"
"""The rule that judges the group's placement; its rows are shown at the reveal, not at the outcome."""
EXAMPLES_PER_QUADRANT = 2


def placement_examples(deck: Deck, in_play: tuple[str, ...], seed: int, lang: str) -> dict[str, list[str]]:
    """Per quadrant, up to two titles of deck cases that are NOT in this session, chosen from the seed."""
    chooser = random.Random(f"{seed}:examples")
    examples: dict[str, list[str]] = {}
    for case_id in sorted(deck.cases):
        if case_id in in_play:
            continue
        case = deck.cases[case_id]
        examples.setdefault(case.quadrant, []).append(case.title.get(lang))
    return {
        quadrant: sorted(chooser.sample(titles, min(EXAMPLES_PER_QUADRANT, len(titles))))
        for quadrant, titles in examples.items()
    }


def before_reveal(changes: tuple[Change, ...] | list[Change]) -> list[Change]:
    """The outcome's changes the group may see before the reveal: all but the placement's verdict."""
    return [change for change in changes if change.rule != PLACEMENT_RULE]


def placement_verdict(changes: tuple[Change, ...] | list[Change]) -> list[Change]:
    """The placement rule's changes, for the reveal."""
    return [change for change in changes if change.rule == PLACEMENT_RULE]


def size_that_fits(ts: Typesetter, words: str, rect: pygame.Rect, size: int, *, bold: bool = False) -> int:
    """The largest size, at most `size` and at least 2/3 of it, at which `words` wrap into `rect` whole."""
    smallest = ts.smallest(size)
    while size > smallest and len(ts.wrap(words.strip(), size, rect.width, bold=bold)) * ts.line_height(
        size, bold=bold
    ) > (rect.height):
        size -= 1
    return size


def line_size(ts: Typesetter, words: str, width: int, size: int, *, bold: bool = False) -> int:
    """The largest size, at most `size` and at least 2/3 of it, at which `words` fit on one line of `width`."""
    smallest = ts.smallest(size)
    while size > smallest and ts.width(words, size, bold=bold) > width:
        size -= 1
    return size
