"""Who is in the room and what each phone voted: the one place the server thread and the screen share.

Every method takes the lock for a moment and returns plain values, so the screen can poll a snapshot each frame
while the server's thread records votes. A phone is known by a random token the room gave it (kept by its page):
one vote per token per question, changeable until the reveal; a token the room did not give is never counted.
"""

from __future__ import annotations

import secrets
import threading
import unicodedata
from dataclasses import dataclass, field

CORNER_KEYS = ("burgers", "overheid", "partners")
"""The corners a phone may say it sits for; anything else counts as "did not say"."""
NO_CORNER = "none"
MAX_PARTICIPANTS = 300
"""Phones (tokens) one room accepts; a village hall holds far fewer, the floor is 200."""
MAX_NAME = 40
TOKEN_BYTES = 16


@dataclass(frozen=True)
class Question:
    """What the phones are asked: a key the screen chooses (one per case and step), a prompt and the options."""

    key: str
    prompt: str
    options: tuple[tuple[str, str], ...]
    """(option key, label as the phone shows it)."""

    def has(self, option: str) -> bool:
        return any(key == option for key, _ in self.options)


Spread = dict[str, dict[str, int]]
"""Per option key, per corner (or NO_CORNER): how many phones chose it."""


@dataclass(frozen=True)
class Snapshot:
    """The room as the screen draws it: counts only, never who voted what (until `revealed`)."""

    open: bool = False
    participants: int = 0
    voted: int = 0
    question: str = ""
    revealed: bool = False
    spread: Spread = field(default_factory=dict)


@dataclass
class Participant:
    name: str = ""
    corner: str = NO_CORNER


def clean_name(raw: object) -> str:
    """A first name as typed: text only, no control or formatting characters, at most MAX_NAME characters."""
    if not isinstance(raw, str):
        return ""
    kept = "".join(ch for ch in raw[: MAX_NAME * 4] if unicodedata.category(ch)[0] not in "C")
    return " ".join(kept.split())[:MAX_NAME]


def clean_corner(raw: object) -> str:
    return raw if isinstance(raw, str) and raw in CORNER_KEYS else NO_CORNER


class Tally:
    def __init__(self, max_participants: int = MAX_PARTICIPANTS) -> None:
        self.max_participants = max_participants
        self._lock = threading.Lock()
        self._people: dict[str, Participant] = {}
        self._question: Question | None = None
        self._votes: dict[str, str] = {}
        self._revealed = False
        self.open = False

    def join(self, token: object, name: object = "", corner: object = None) -> str | None:
        """The phone's token (its own if the room gave it, else a new one); None when the room is full."""
        with self._lock:
            if isinstance(token, str) and token in self._people:
                person = self._people[token]
            elif len(self._people) >= self.max_participants:
                return None
            else:
                token = secrets.token_hex(TOKEN_BYTES)
                person = self._people[token] = Participant()
            person.name, person.corner = clean_name(name), clean_corner(corner)
            return token

    def vote(self, token: object, question: object, option: object) -> bool:
        """Count (or change) this phone's vote; False when refused (unknown token, other question, revealed)."""
        with self._lock:
            asked = self._question
            if not isinstance(token, str) or token not in self._people or asked is None or self._revealed:
                return False
            if question != asked.key or not isinstance(option, str) or not asked.has(option):
                return False
            self._votes[token] = option
            return True

    def ask(self, question: Question) -> bool:
        """Put a question to the room; the same key again changes nothing. True when it is a new question."""
        with self._lock:
            if self._question is not None and self._question.key == question.key:
                return False
            self._question, self._votes, self._revealed = question, {}, False
            return True

    def reveal(self) -> Spread:
        """Close the question: votes no longer change, and the spread may be shown."""
        with self._lock:
            self._revealed = True
            return self._spread()

    def _spread(self) -> Spread:
        spread: Spread = {}
        for token, option in self._votes.items():
            corner = self._people[token].corner
            per_corner = spread.setdefault(option, {})
            per_corner[corner] = per_corner.get(corner, 0) + 1
        return spread

    def question(self) -> Question | None:
        with self._lock:
            return self._question

    def mine(self, token: str) -> tuple[Question | None, str | None, bool]:
        """What a phone sees: the question, its own vote, and whether the question is closed."""
        with self._lock:
            return self._question, self._votes.get(token), self._revealed

    def name_of(self, token: str) -> str:
        with self._lock:
            person = self._people.get(token)
            return person.name if person else ""

    def voted(self) -> int:
        with self._lock:
            return len(self._votes)

    def snapshot(self) -> Snapshot:
        with self._lock:
            asked = self._question
            return Snapshot(
                open=self.open,
                participants=len(self._people),
                voted=len(self._votes),
                question=asked.key if asked else "",
                revealed=self._revealed,
                spread=self._spread() if self._revealed else {},
            )
