"""Property tests: whatever a trainer's editor saves, the loader answers with models or located errors."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kleinekernen.content.deck import load_deck
from kleinekernen.content.models import METERS, Case, Effect, Illustration, Question, Text
from kleinekernen.content.positions import key_positions
from kleinekernen.content.problems import Problem
from kleinekernen.content.tomlfile import parse, validate

CASE_KEYS = [*Case.model_fields, "titel", "effect", "nl", "en", "move", "energy"]
scalars = st.one_of(
    st.text(max_size=20),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False),
)
documents = st.recursive(
    st.dictionaries(st.sampled_from(CASE_KEYS), scalars, max_size=6),
    lambda inner: st.dictionaries(
        st.one_of(st.sampled_from(CASE_KEYS), st.text(min_size=1, max_size=8)),
        st.one_of(scalars, inner, st.lists(inner, min_size=1, max_size=3), st.lists(scalars, max_size=3)),
        max_size=6,
    ),
    max_leaves=30,
)


def assert_models_or_located_errors(raw: bytes) -> None:
    parsed = parse("fuzz.toml", raw, "nl")
    if isinstance(parsed, list):
        problems = parsed
    else:
        result = validate("fuzz.toml", parsed, Case, "nl")
        if isinstance(result, Case):
            return
        problems = result
    assert problems
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.line >= 1 and problem.col >= 1
        assert problem.field and problem.message
        assert str(problem).startswith(f"fuzz.toml:{problem.line}:{problem.col}: ")


@given(st.binary(max_size=400))
def test_any_bytes_give_located_errors(raw: bytes) -> None:
    assert_models_or_located_errors(raw)


@given(st.text(max_size=400))
def test_any_text_gives_located_errors(text: str) -> None:
    assert_models_or_located_errors(text.encode("utf-8", "surrogatepass"))


@given(documents)
def test_any_toml_document_gives_a_case_or_located_errors(data: dict[str, Any]) -> None:
    assert_models_or_located_errors(tomli_w.dumps(data).encode())


def leaf_paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    if isinstance(value, dict):
        return [path for key, item in value.items() for path in leaf_paths(item, (*prefix, key))]
    if isinstance(value, list) and value:
        return [path for n, item in enumerate(value) for path in leaf_paths(item, (*prefix, n))]
    return [prefix]


@given(documents)
def test_every_key_of_a_valid_document_gets_a_position(data: dict[str, Any]) -> None:
    text = tomli_w.dumps(data)
    positions = key_positions(text)
    lines = text.split("\n")
    for path in leaf_paths(data):
        if path:
            assert path in positions, (path, text)
            line, col = positions[path]
            assert 1 <= line <= len(lines) and 1 <= col <= len(lines[line - 1]) + 1


ids = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,15}", fullmatch=True)
texts = st.builds(Text, nl=st.text(min_size=1, max_size=40), en=st.text(max_size=40))
amounts = st.integers(min_value=0, max_value=20)
one_way = st.tuples(st.lists(amounts, min_size=len(METERS), max_size=len(METERS)), st.sampled_from([1, -1])).map(
    lambda pair: [value * pair[1] for value in pair[0]]
)
"""A verdict's changes all point one way (the loader refuses mixed ones)."""
effects = st.builds(
    lambda target, which, values, reason, web: Effect(
        **{which: target}, reason=reason, web=web, **dict(zip(METERS, values, strict=True))
    ),
    ids,
    st.sampled_from(["move", "role"]),
    one_way,
    texts,
    st.none() | texts,
)
questions = st.builds(
    Question,
    nl=st.text(min_size=1, max_size=40),
    en=st.text(max_size=40),
    after_move=st.none() | ids,
    after_rule=st.none() | ids,
    after_meter=st.none() | st.sampled_from(METERS),
    after_outcome=st.none() | st.sampled_from(["bloeit", "worstelt", "strandt"]),
)
cases = st.builds(
    Case,
    id=ids,
    title=texts,
    story=texts,
    owner=st.sampled_from(["burgers", "overheid"]),
    needs_other=st.booleans(),
    placement_reason=texts,
    illustration=st.builds(Illustration, motif=st.sampled_from(["shop", "float", "village"]), alt=st.none() | texts),
    other_villages=texts,
    questions=st.lists(questions, min_size=1, max_size=3),
    effects=st.lists(effects, max_size=4),
)


@given(cases)
def test_a_case_written_with_tomli_w_reads_back_equal(case: Case) -> None:
    text = tomli_w.dumps(case.model_dump(exclude_none=True))
    assert Case.model_validate(tomllib.loads(text)) == case


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300) | documents.map(lambda d: tomli_w.dumps(d).encode()))
def test_a_fuzzed_file_in_the_deck_is_skipped_with_errors_and_the_rest_loads(cards_only: Path, raw: bytes) -> None:
    (cards_only / "cases" / "fuzz.toml").write_bytes(raw)
    (cards_only / "cases" / "goed.toml").write_bytes(good_case_bytes())
    result = load_deck(cards_only, assets=cards_only.parent / "assets")
    assert "goed" in result.deck.cases
    assert ("fuzz" in result.deck.cases) != any(p.file.endswith("fuzz.toml") for p in result.problems)


def good_case_bytes(illustration_file: str | None = None) -> bytes:
    case = Case(
        illustration=Illustration(file=illustration_file),
        id="goed",
        title=Text(nl="Goed"),
        story=Text(nl="Een verhaal."),
        owner="burgers",
        needs_other=False,
        placement_reason=Text(nl="Het is van het dorp."),
        other_villages=Text(nl="Zo deden anderen het."),
        questions=[Question(nl="Wat nu?")],
    )
    return tomli_w.dumps(case.model_dump(exclude_none=True)).encode()
