"""The step views draw through the painter with keyword arguments: no `True`/`False` passed by position to a
drawing or measuring helper (`draw.text(surface, ts, ..., True, "center")` says nothing of what True means)."""

from __future__ import annotations

import ast
from pathlib import Path

import kleinekernen

STEPS = Path(kleinekernen.__file__).parent / "ui" / "scenes" / "steps"
MIGRATED = ["boxes.py", "card.py", "handover.py", "options.py", "outcome.py", "place.py", "reflect.py", "reveal.py"]
HELPERS = {"draw", "paint", "painter", "ts", "typesetter"}
"""Calls on these names (draw.text, paint.paragraph, self.painter(surface).card, ts.width ...) are checked."""


def _receiver(func: ast.expr) -> str | None:
    """The name a call is made on: `draw` in draw.text(...), `painter` in self.painter(surface).text(...)."""
    if not isinstance(func, ast.Attribute):
        return None
    target = func.value
    if isinstance(target, ast.Call):
        target = target.func
    if isinstance(target, ast.Attribute):
        return target.attr
    return target.id if isinstance(target, ast.Name) else None


def positional_booleans(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _receiver(node.func) in HELPERS:
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, bool):
                    found.append(f"line {node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_the_scan_finds_a_positional_boolean() -> None:
    assert positional_booleans('draw.text(surface, ts, "x", pos, 20, INK, True, "center")')
    assert positional_booleans("self.painter(surface).paragraph(words, rect, 20, True)")
    assert not positional_booleans('paint.text("x", pos, 20, bold=True, anchor="center")')


def test_the_step_views_pass_no_boolean_by_position() -> None:
    found = {name: positional_booleans((STEPS / name).read_text(encoding="utf-8")) for name in MIGRATED}
    assert {name: lines for name, lines in found.items() if lines} == {}
