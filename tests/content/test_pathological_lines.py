"""Property tests: random documents and pathological lines are read, or refused with located errors, in time.

A line built from long runs of the characters TOML treats specially (spaces, brackets, quotes, dots,
backslashes, digits) is the input that makes a backtracking regex or a scanner without progress hang;
each one here must be answered within a second, by the parser and by the position scanner alone.
"""

from __future__ import annotations

from typing import Any

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from kleinekernen.content.models import Case
from kleinekernen.content.positions import key_positions, trouble_spot
from kleinekernen.content.tomlfile import parse, validate
from tests.content.deadline import deadline
from tests.content.test_loader_properties import assert_models_or_located_errors, documents

PIECES = [" ", "\t", "x", "1", "!", "=", "[", "]", "{", "}", ".", ",", '"', "'", '"""', "'''", "\\", "#", "\n", "a."]
runs = st.lists(st.tuples(st.sampled_from(PIECES), st.integers(min_value=1, max_value=3000)), min_size=1, max_size=6)
pathological = runs.map(lambda parts: "".join(piece * times for piece, times in parts))
prefixes = st.sampled_from(["", "x = ", "[a]\n", "[[effects]]\nmove = ", 'title = { nl = "', "a.b.c = "])


@settings(max_examples=150)
@given(prefixes, pathological)
def test_a_pathological_line_is_answered_within_a_second(prefix: str, line: str) -> None:
    text = prefix + line
    with deadline(1):
        assert_models_or_located_errors(text.encode())


@settings(max_examples=150)
@given(pathological)
def test_the_position_scanner_finishes_any_text_within_a_second(text: str) -> None:
    lines = text.count("\n") + 1
    with deadline(1):
        positions = key_positions(text)
        spot = trouble_spot(text)
    assert all(1 <= line <= lines for line, _ in positions.values())
    assert spot is None or 1 <= spot[0] <= lines


@given(documents)
def test_a_random_document_is_read_within_a_second(data: dict[str, Any]) -> None:
    raw = tomli_w.dumps(data).encode()
    with deadline(1):
        parsed = parse("fuzz.toml", raw, "nl")
        if not isinstance(parsed, list):
            validate("fuzz.toml", parsed, Case, "nl")
            assert parsed.positions is not None


@settings(max_examples=50)
@given(st.integers(min_value=1, max_value=2000), st.sampled_from(["[", "{a = ", "[{b = "]))
def test_nesting_of_any_depth_is_read_or_refused_within_a_second(depth: int, opening: str) -> None:
    closing = "".join({"[": "]", "{": "}"}[ch] for ch in reversed(opening) if ch in "[{")
    text = f"x = {opening * depth}1{closing * depth}\n"
    with deadline(1):
        assert_models_or_located_errors(text.encode())
