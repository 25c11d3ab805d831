"""The layers hold: no import cycle below the screen, and the packages below the screen work without pygame."""

from __future__ import annotations

import subprocess
import sys

import grimp

BELOW_THE_SCREEN = ("files", "i18n", "paths", "content", "engine", "analysis", "persistence")

BLOCK_PYGAME = """
import importlib.abc, sys

class NoPygame(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "pygame" or name.startswith("pygame."):
            raise ImportError(f"blocked: {name}")
        return None

sys.meta_path.insert(0, NoPygame())
import pkgutil, importlib
import kleinekernen
for package in sys.argv[1:]:
    module = importlib.import_module(f"kleinekernen.{package}")
    for info in pkgutil.walk_packages(getattr(module, "__path__", []), f"kleinekernen.{package}."):
        importlib.import_module(info.name)
print(sorted(name for name in sys.modules if name.startswith("pygame")))
"""


def cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each an import cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph.find_modules_directly_imported_by(module) & modules:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle_outside_the_screen() -> None:
    graph = grimp.build_graph("kleinekernen")
    outside_ui = {m for m in graph.modules if m.startswith("kleinekernen.") and not m.startswith("kleinekernen.ui")}
    assert cycles(graph, outside_ui) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in ("a", "b", "c"):
        graph.add_module(name)
    graph.add_import(importer="a", imported="b")
    graph.add_import(importer="b", imported="a")
    graph.add_import(importer="b", imported="c")
    assert cycles(graph, {"a", "b", "c"}) == [["a", "b"]]


def test_every_package_below_the_screen_imports_with_pygame_blocked() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_PYGAME, *BELOW_THE_SCREEN],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
