"""Find user-visible Dutch or English text in code: every string constant with two words in a row.

Reusable for any folder of the package (`scan(folders)`); the screen's helper adds `kleinekernen/ui` later.
What is not text to show, and so not reported:
- docstrings (a module's, class's or function's first statement): they document, they are never shown;
- strings without two words in a row: identifiers, catalogue keys, file names, rule and meter names, format
  strings without words ("{title}: {text}"), punctuation;
- SQL statements (a string that starts with SELECT, INSERT, CREATE, …): the index's queries, not text;
- regular expressions (with (?P< or \\s or \\d): patterns that match text, never shown;
- HTML tags and style sheets: a tag (`<td class="num">`, also one left open at the string's end) is taken out
  before the words are looked for, so `<p>het dorp</p>` is still found; a CSS rule (`body{font-family:…}`) is
  markup as a whole;
- font names: a `font-family` attribute or declaration (`font-family="Atkinson Hyperlegible, Verdana"`) names
  fonts, not text; it is taken out before the words are looked for, like a tag;
- the exact strings in ALLOWED below, each with its reason.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

WORDS = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")
PATTERN = re.compile(r"\(\?P<|\\s|\\d")
TAG = re.compile(r"<[!/]?[a-zA-Z][^<>]*(>|$)")
FONT = re.compile(r"""font-family\s*[=:]\s*(["'][^"']*["']?|[^;"'}>]*)""")
CSS = re.compile(r"[\w.#]\{[a-z-]+:")
SQL = re.compile(r"\s*(SELECT|INSERT|CREATE|DELETE|UPDATE|PRAGMA|BEGIN|DROP|REPLACE)\b", re.IGNORECASE)

ALLOWED: dict[str, str] = {
    # tomllib's own English messages: matched to pick the catalogue's plain text (content/tomlfile.py)
    "Invalid value": "tomllib's message, matched",
    "Expected '=' after a key in a key/value pair": "tomllib's message, matched",
    "Unclosed array": "tomllib's message, matched",
    "Unclosed inline table": "tomllib's message, matched",
    "Unterminated string": "tomllib's message, matched",
    "Cannot overwrite a value": "tomllib's message, matched",
    "Expected newline or end of document after a statement": "tomllib's message, matched",
    "Invalid statement": "tomllib's message, matched",
    "Illegal character": "tomllib's message, matched",
    "Invalid hex value": "tomllib's message, matched",
    "Unrecognized escape": "tomllib's message, matched",
    "Cannot declare": "tomllib's message, matched",
    "Invalid initial character for a key part": "tomllib's message, matched",
    "end of document": "tomllib's message, matched",
    "Cannot overwrite": "tomllib's message, matched",
    # The catalogue loader's own refusals (i18n/__init__.py): they say a catalogue file is broken, so they
    # cannot come from the catalogue; the catalogue ships with the code, so only its developers see them.
    " is also in another file of ": "the catalogue loader's refusal, about the catalogue itself",
    " has forms ": "the catalogue loader's refusal, about the catalogue itself",
    "; a plural has exactly one, other": "the catalogue loader's refusal, about the catalogue itself",
}


class Literal(NamedTuple):
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
        # an attribute's docstring: a string statement right after an assignment
        if isinstance(body, list):
            for before, after in itertools.pairwise(body):
                if (
                    isinstance(before, ast.Assign | ast.AnnAssign)
                    and isinstance(after, ast.Expr)
                    and isinstance(after.value, ast.Constant)
                ):
                    found.add(id(after.value))
    return found


def literals_in(path: Path, source: str) -> Iterator[Literal]:
    tree = ast.parse(source, filename=str(path))
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skip:
            continue
        text = node.value
        if CSS.search(text):
            continue
        if (
            WORDS.search(TAG.sub(" ", FONT.sub(" ", text)))
            and not SQL.match(text)
            and not PATTERN.search(text)
            and text not in ALLOWED
        ):
            yield Literal(path, node.lineno, text)


def scan(folders: Iterable[Path], leave_out: Iterable[Path] = ()) -> list[Literal]:
    """Every user-visible literal in the .py files under `folders`, except those under `leave_out`."""
    skipped = [folder.resolve() for folder in leave_out]
    found: list[Literal] = []
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            if any(path.resolve().is_relative_to(other) for other in skipped):
                continue
            found.extend(literals_in(path, path.read_text(encoding="utf-8")))
    return found
