"""`check`'s warnings: what loads, but will not do on screen what the trainer meant.

A warning is printed like an error (`FILE:LINE:COL: field: waarschuwing: ...`) but does not fail `check`
unless `--strict` is given.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .deck import Deck, display_name
from .manifest import MANIFEST, read_manifest
from .messages import say
from .models import Case, Text
from .positions import Path as KeyPath
from .positions import locate
from .problems import Problem, field_path
from .tomlfile import Parsed, read_toml

SCHEMA_LINE = "#:schema "
_GLUED = re.compile(r"[^\s\\]\\$")
"""A line ending in a letter and a backslash: TOML joins it to the next line without a space ("metpensioen")."""


def case_warnings(deck: Deck, paths: Iterable[Path], root: Path, lang: str) -> list[Problem]:
    """The warnings for the cases loaded from `paths`."""
    by_path = {path.resolve(): case_id for case_id, path in deck.case_files.items()}
    found: list[Problem] = []
    for path in paths:
        case_id = by_path.get(path.resolve())
        parsed = read_toml(path, display_name(path), lang)
        if case_id is None or isinstance(parsed, list):
            continue
        where = _Where(display_name(path), parsed, lang)
        case = deck.cases[case_id]
        found.extend(_effect_warnings(case, deck, where))
        if _promises_english(path, root):
            found.extend(_missing_english(case, where))
        found.extend(_glued_lines(parsed.text, where))
        found.extend(_schema_line(path, parsed.text, root / "schema" / "case.schema.json", where))
    return found


def position_of(path: Path, loc: KeyPath) -> tuple[int, int]:
    """Where the field at `loc` stands in the file at `path` (line, column); (1, 1) when it cannot be read."""
    parsed = read_toml(path, display_name(path), "nl")
    return (1, 1) if isinstance(parsed, list) else locate(parsed.positions, loc)


class _Where:
    def __init__(self, name: str, parsed: Parsed, lang: str) -> None:
        self.name, self.parsed, self.lang = name, parsed, lang

    def warn(self, loc: KeyPath, key: str, **values: object) -> Problem:
        line, col = locate(self.parsed.positions, loc)
        return self.at(line, col, field_path(loc), key, **values)

    def at(self, line: int, col: int, field: str, key: str, **values: object) -> Problem:
        return Problem(self.name, line, col, field, say("warning", self.lang, text=say(key, self.lang, **values)))


def _effect_warnings(case: Case, deck: Deck, where: _Where) -> Iterator[Problem]:
    seen: dict[tuple[str | None, ...], int] = {}
    for n, effect in enumerate(case.effects):
        target = (effect.move, effect.role, effect.kind, effect.corner)
        if target in seen:
            yield where.warn(("effects", n), "warn_twice", first=seen[target] + 1)
        seen.setdefault(target, n)
        if not effect.changes() and effect.web is None:
            yield where.warn(("effects", n), "warn_no_change")
        if effect.web is not None:
            move = deck.moves.get(effect.move or "")
            if move is None or move.kind != "rules":
                yield where.warn(("effects", n, "web"), "warn_web_ignored")
            elif any(value > 0 for value in effect.changes().values()):
                yield where.warn(("effects", n, "web"), "warn_web_helps")


def _texts(case: Case) -> Iterator[tuple[KeyPath, Text]]:
    yield ("title",), case.title
    yield ("story",), case.story
    yield ("placement_reason",), case.placement_reason
    yield ("other_villages",), case.other_villages
    if case.illustration.alt is not None:
        yield ("illustration", "alt"), case.illustration.alt
    for n, question in enumerate(case.questions):
        yield ("questions", n), question
    for n, effect in enumerate(case.effects):
        yield ("effects", n, "reason"), effect.reason
        if effect.web is not None:
            yield ("effects", n, "web"), effect.web


def _missing_english(case: Case, where: _Where) -> Iterator[Problem]:
    for loc, text in _texts(case):
        if not text.en:
            line, col = locate(where.parsed.positions, (*loc, "nl"))
            yield where.at(line, col, field_path((*loc, "en")), "warn_no_english", manifest=MANIFEST)


def _promises_english(path: Path, root: Path) -> bool:
    """Whether the case lies in a pack whose pack.toml says nl+en."""
    cases = (root / "cases").resolve()
    for folder in path.resolve().parents:
        if (folder / MANIFEST).is_file():
            manifest = read_manifest(folder)
            return not isinstance(manifest, list) and manifest.language == "nl+en"
        if folder == cases or folder.parent == folder:
            return False
    return False


def _glued_lines(text: str, where: _Where) -> Iterator[Problem]:
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if _GLUED.search(line) and not line.lstrip().startswith("#") and number < len(lines):
            following = lines[number].lstrip()
            if following[:1].isalnum():
                word = line.split()[-1].rstrip("\\")
                glued = word + following.split()[0]
                yield where.at(number, len(line), _field_above(lines, number), "warn_glued", glued=glued)


def _field_above(lines: list[str], number: int) -> str:
    """The key of the multi-line text a line stands in: the nearest line above it that starts one."""
    for line in reversed(lines[:number]):
        if '"""' in line and "=" in line:
            return line.split("=", 1)[0].strip()
    return "(syntax)"


def _schema_line(path: Path, text: str, schema: Path, where: _Where) -> Iterator[Problem]:
    first = text.removeprefix("\ufeff").split("\n", 1)[0].rstrip("\r")
    if not first.startswith(SCHEMA_LINE):
        return
    written = first.removeprefix(SCHEMA_LINE).strip()
    if "://" in written or (path.parent / written).is_file():
        return
    right = schema_path(path.parent, schema)
    yield where.at(1, 1, "#:schema", "warn_schema", written=written, right=right)


def schema_path(folder: Path, schema: Path) -> str:
    """The `#:schema` path from a folder to a schema file, written with / as editors want it."""
    return Path(os.path.relpath(schema.resolve(), folder.resolve())).as_posix()


def skipped_files(folders: Iterable[Path], targets: Iterable[Path], lang: str) -> list[Problem]:
    """Files the game will pass over without a word: a case saved as .toml.txt or .TOML, and checked by name."""
    found: list[Problem] = []
    named = [path for path in targets if path.is_file() and path.suffix != ".toml"]
    for folder in folders:
        named.extend(sorted(p for p in folder.rglob("*") if p.is_file() and _looks_like_a_case(p.name)))
    for path in dict.fromkeys(named):
        message = say("warning", lang, text=skip_message(path, lang))
        found.append(Problem(display_name(path), 1, 1, say("file_field", lang), message))
    return found


def skip_message(path: Path, lang: str) -> str:
    """That the game reads only files ending in .toml, and the name to give this one ('huisarts.toml')."""
    stem = path.name[: path.name.lower().find(".toml")] if ".toml" in path.name.lower() else path.stem
    return say("warn_skipped", lang, right=f"{stem}.toml")


def _looks_like_a_case(name: str) -> bool:
    lower = name.lower()
    return not name.endswith(".toml") and (lower.endswith(".toml") or lower.endswith(".toml.txt"))
