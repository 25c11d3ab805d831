"""The screen's modules form no circle: scenes know each other by name, and every import is at the top."""

from __future__ import annotations

import ast
from pathlib import Path

import kleinekernen.ui
from kleinekernen.ui.scenes.registry import SCENES

UI = Path(kleinekernen.ui.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(UI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> tuple[set[str], list[int]]:
    """The ui modules this file imports (type-only ones included), and the lines of imports inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path).rsplit(".", 0 if path.name == "__init__.py" else 1)[0]
    found: set[str] = set()
    nested: list[int] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            nested += [n.lineno for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("kleinekernen.ui")}, nested


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in UI.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets, _ = _imports(path)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        path.pop()
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_the_screen_modules_import_each_other_in_no_circle() -> None:
    graph = _graph()
    assert "kleinekernen.ui.scenes.title" in graph and graph["kleinekernen.ui.app"]
    assert _cycle(graph) == []


def test_no_scene_imports_another_scene_or_the_window() -> None:
    graph = _graph()
    scenes = {factory.__module__ for factory in SCENES.values()}
    assert len(scenes) >= 7
    for scene in scenes:
        assert not graph[scene] & (scenes - {scene}), scene
        assert "kleinekernen.ui.app" not in graph[scene], scene


def test_every_import_in_the_screen_is_at_the_top_of_its_module() -> None:
    nested = {path.name: lines for path in UI.rglob("*.py") if (lines := _imports(path)[1])}
    assert nested == {}


def test_no_screen_module_is_over_400_lines() -> None:
    sizes = {
        path.relative_to(UI).as_posix(): len(path.read_text(encoding="utf-8").splitlines()) for path in UI.rglob("*.py")
    }
    assert len(sizes) > 20
    assert {name: lines for name, lines in sizes.items() if lines > 400} == {}
