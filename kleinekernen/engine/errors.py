"""Narrow errors whose message carries the bad input."""

from __future__ import annotations


class EngineError(ValueError):
    """Base of the engine's errors: the message in Dutch (str(error)) and English (`error.get("en")`);
    raised as `SetupError(*both("engine.error.KEY", ...))`."""

    def __init__(self, nl: str, en: str = "") -> None:
        super().__init__(nl)
        self.nl, self.en = nl, en

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.nl


class SetupError(EngineError):
    """A session setup that cannot be played, e.g. SetupError('10 spelers; een sessie heeft 1 tot 9 spelers')."""


class IllegalChoice(EngineError):
    """A choice refused in the current state; the state is left unchanged."""
