"""Narrow errors whose message carries the bad input."""

from __future__ import annotations


class EngineError(ValueError):
    """Base of the engine's errors."""


class SetupError(EngineError):
    """A session setup that cannot be played, e.g. SetupError('10 players; at most 9')."""


class IllegalChoice(EngineError):
    """A choice refused in the current state; the state is left unchanged."""
