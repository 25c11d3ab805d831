"""The screen code passes no `True`/`False` by position: `draw.text(surface, ts, ..., True, "center")` says nothing
of what True means. Everywhere in kleinekernen/ui a flag goes by keyword (`bold=True`, `focused=...`); the drawing
and measuring helpers (draw.py, the Painter, the Typesetter, placing.py) take their flags keyword-only, so mypy
refuses a positional one too. Only pygame's own API, which we cannot rename, is left alone."""

from __future__ import annotations

import ast
from pathlib import Path

import kleinekernen

UI = Path(kleinekernen.__file__).parent / "ui"
PYGAME_FLAGS = {"render"}
"""pygame methods whose positional flag is pygame's own signature: Font.render(text, antialias, colour)."""


def _root(func: ast.expr) -> str | None:
    """The first name of a call's chain: `pygame` in pygame.draw.lines(...), `self` in self.painter(s).text(...)."""
    while isinstance(func, ast.Attribute | ast.Call):
        func = func.value if isinstance(func, ast.Attribute) else func.func
    return func.id if isinstance(func, ast.Name) else None


def _is_pygame(call: ast.Call) -> bool:
    if _root(call.func) == "pygame":
        return True
    func = call.func
    receiver = func.value if isinstance(func, ast.Attribute) else None
    font = isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute) and receiver.func.attr == "font"
    return isinstance(func, ast.Attribute) and func.attr in PYGAME_FLAGS and font


def positional_booleans(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _is_pygame(node):
            continue
        if isinstance(node.func, ast.Name) and node.func.id == "getattr":
            continue  # getattr(scene, "overlay", False): the default value, not a flag
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, bool):
                found.append(f"line {node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_the_scan_finds_a_positional_boolean() -> None:
    assert positional_booleans('draw.text(surface, ts, "x", pos, 20, INK, True, "center")')
    assert positional_booleans("self.painter(surface).paragraph(words, rect, 20, True)")
    assert positional_booleans("line_size(ts, header, room, m.heading, True)")
    assert positional_booleans('Briefing("title", "", False)')
    assert not positional_booleans('paint.text("x", pos, 20, bold=True, anchor="center")')
    assert not positional_booleans("pygame.draw.lines(surface, colour, False, points, width)")
    assert not positional_booleans("self.font(size, bold=bold).render(text, True, colour)")


def test_no_module_of_the_screen_passes_a_boolean_by_position() -> None:
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 40
    found = {str(path.relative_to(UI)): positional_booleans(path.read_text(encoding="utf-8")) for path in files}
    assert {name: lines for name, lines in found.items() if lines} == {}
