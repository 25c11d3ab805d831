"""Load a whole deck (cases, move cards, role cards, attitudes) and check it across files.

A broken file is skipped with its problems reported; every other file still loads.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from .hints import id_hint, same_name_but_case
from .illustrations import check_image, resolve_illustration
from .manifest import MANIFEST, read_manifest
from .messages import say
from .models import Attitude, AttitudeDeck, Case, Corner, Move, MoveDeck, Role, RoleDeck
from .positions import Path as KeyPath
from .positions import locate
from .problems import Problem, field_path
from .tomlfile import Parsed, read_content, read_toml, validate

CARD_FOLDERS = ("moves", "roles", "attitudes")
M = TypeVar("M", bound=BaseModel)


@dataclass
class Deck:
    """Everything the engine plays with. Dictionaries keep the order the files were read in."""

    cases: dict[str, Case] = field(default_factory=dict)
    case_files: dict[str, Path] = field(default_factory=dict)
    moves: dict[str, Move] = field(default_factory=dict)
    move_corner: dict[str, Corner] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    role_corner: dict[str, Corner] = field(default_factory=dict)
    attitudes: dict[Corner, dict[str, Attitude]] = field(default_factory=dict)
    illustrations: dict[str, Path] = field(default_factory=dict)
    _cache: dict[tuple[str, str, int], list[Move] | list[Role]] = field(default_factory=dict, repr=False, compare=False)
    packs: dict[str, Any] = field(default_factory=dict)
    """Pack folder name → its PackManifest (from pack.toml)."""
    memo: dict[object, Any] = field(default_factory=dict, repr=False, compare=False)
    """Derived data other layers keep per deck (the engine's prepared card effects); never content."""

    def moves_of(self, corner: Corner) -> list[Move]:
        """The move cards of one corner, in file order."""
        key = ("moves", corner, len(self.moves))
        if key not in self._cache:
            self._cache[key] = [move for move_id, move in self.moves.items() if self.move_corner[move_id] == corner]
        return list(self._cache[key])  # type: ignore[arg-type]

    def roles_of(self, corner: Corner) -> list[Role]:
        """The role cards of one corner, in file order."""
        key = ("roles", corner, len(self.roles))
        if key not in self._cache:
            self._cache[key] = [role for role_id, role in self.roles.items() if self.role_corner[role_id] == corner]
        return list(self._cache[key])  # type: ignore[arg-type]

    def identity(self) -> str:
        """A short fingerprint of the deck's content, to tell whether a saved session still fits it."""
        key = ("identity", len(self.cases), len(self.moves), len(self.roles))
        if key in self.memo:
            return str(self.memo[key])
        digest = hashlib.sha256()
        for model in [*self.cases.values(), *self.moves.values(), *self.roles.values()]:
            digest.update(model.model_dump_json().encode())
        for corner in sorted(self.attitudes):
            for attitude in self.attitudes[corner].values():
                digest.update(attitude.model_dump_json().encode())
        self.memo[key] = digest.hexdigest()[:16]
        return str(self.memo[key])


@dataclass
class LoadResult:
    deck: Deck
    problems: list[Problem]
    files: list[Path]

    @property
    def broken_files(self) -> set[str]:
        return {problem.file for problem in self.problems}


def display_name(path: Path) -> str:
    """A path as a person would type it: relative to the working folder when inside it."""
    try:
        return os.path.relpath(path) if path.resolve().is_relative_to(Path.cwd().resolve()) else str(path)
    except ValueError:
        return str(path)


def case_files(folder: Path) -> list[Path]:
    """Every case file below a folder (sub-folders are packs, with a pack.toml manifest), in a fixed order.

    A pipe, a device or a link named .toml is listed too, so that the loader refuses it with a message
    rather than leave it out without a word.
    """
    return sorted(path for path in folder.rglob("*.toml") if path.name != "pack.toml" and not path.is_dir())


class _Loader:
    def __init__(self, assets: Path, lang: str) -> None:
        self.assets = assets
        self.lang = lang
        self.deck = Deck()
        self.problems: list[Problem] = []
        self.files: list[Path] = []
        self.origins: dict[str, str] = {}

    def read(self, path: Path, model: type[M]) -> tuple[M, Parsed] | None:
        name = display_name(path)
        self.files.append(path)
        parsed = read_toml(path, name, self.lang)
        if isinstance(parsed, list):
            self.problems.extend(parsed)
            return None
        result = validate(name, parsed, model, self.lang)
        if isinstance(result, list):
            self.problems.extend(result)
            return None
        return result, parsed

    def problem(self, path: Path, parsed: Parsed, loc: KeyPath, key: str, **values: object) -> Problem:
        line, col = locate(parsed.positions, loc)
        return Problem(display_name(path), line, col, field_path(loc), say(key, self.lang, **values))

    def load_moves(self, path: Path) -> None:
        found = self.read(path, MoveDeck)
        if found is None:
            return
        deck, parsed = found
        problems = [
            self.problem(path, parsed, ("moves", n, "id"), "duplicate_id", id=move.id, other=self.origin(move.id))
            for n, move in enumerate(deck.moves)
            if move.id in self.deck.moves or [m.id for m in deck.moves].index(move.id) != n
        ]
        if self.keep(problems):
            for move in deck.moves:
                self.deck.moves[move.id] = move
                self.deck.move_corner[move.id] = deck.corner
                self.origins[move.id] = display_name(path)

    def load_roles(self, path: Path) -> None:
        found = self.read(path, RoleDeck)
        if found is None:
            return
        deck, parsed = found
        problems = [
            self.problem(path, parsed, ("roles", n, "id"), "duplicate_id", id=role.id, other=self.origin(role.id))
            for n, role in enumerate(deck.roles)
            if role.id in self.deck.roles or [r.id for r in deck.roles].index(role.id) != n
        ]
        if self.keep(problems):
            for role in deck.roles:
                self.deck.roles[role.id] = role
                self.deck.role_corner[role.id] = deck.corner
                self.origins[role.id] = display_name(path)

    def load_attitudes(self, path: Path) -> None:
        found = self.read(path, AttitudeDeck)
        if found is None:
            return
        deck, parsed = found
        problems: list[Problem] = []
        for n, attitude in enumerate(deck.attitudes):
            for role_id in attitude.roles:
                loc: KeyPath = ("attitudes", n, "roles", role_id)
                if role_id not in self.deck.roles:
                    problems.append(self.unknown(path, parsed, loc, role_id, field="role"))
                elif self.deck.role_corner[role_id] != deck.corner:
                    corner = self.deck.role_corner[role_id]
                    problems.append(
                        self.problem(
                            path, parsed, loc, "wrong_corner_role", id=role_id, corner=corner, expected=deck.corner
                        )
                    )
            known = self.deck.attitudes.get(deck.corner, {})
            if attitude.id in known or [a.id for a in deck.attitudes].index(attitude.id) != n:
                problems.append(
                    self.problem(
                        path,
                        parsed,
                        ("attitudes", n, "id"),
                        "duplicate_id",
                        id=attitude.id,
                        other=self.origin(attitude.id),
                    )
                )
        if self.keep(problems):
            for attitude in deck.attitudes:
                self.deck.attitudes.setdefault(deck.corner, {})[attitude.id] = attitude
                self.origins[attitude.id] = display_name(path)

    def load_case(self, path: Path) -> None:
        found = self.read(path, Case)
        if found is None:
            return
        case, parsed = found
        if case.id is None:
            case = case.model_copy(update={"id": slug(path.stem)})
        case_id = case.case_id
        problems: list[Problem] = []
        if case_id in self.deck.cases:
            other = display_name(self.deck.case_files[case_id])
            problems.append(self.problem(path, parsed, ("id",), "duplicate_id", id=case_id, other=other))
        for n, effect in enumerate(case.effects):
            if effect.move is not None and effect.move not in self.deck.moves:
                problems.append(self.unknown(path, parsed, ("effects", n, "move"), effect.move))
            if effect.role is not None and effect.role not in self.deck.roles:
                problems.append(self.unknown(path, parsed, ("effects", n, "role"), effect.role))
        for n, question in enumerate(case.questions):
            if question.after_move is not None and question.after_move not in self.deck.moves:
                problems.append(self.unknown(path, parsed, ("questions", n, "after_move"), question.after_move, "move"))
        for n, role_id in enumerate(case.judgement.roles):
            if role_id not in self.deck.roles:
                problems.append(self.unknown(path, parsed, ("judgement", "roles", n), role_id, field="role"))
        image: Path | None = None
        if case.illustration.file is not None:
            written = case.illustration.file
            resolved = resolve_illustration(written, path.parent, self.assets)
            issue = check_image(resolved, written) if isinstance(resolved, Path) else resolved
            if issue is not None:
                line, col = locate(parsed.positions, ("illustration", "file"))
                message = issue.message(self.lang)
                if issue.key == "image_missing" and (real := same_name_but_case(written, path.parent, self.assets)):
                    message += f"; {say('case_differs', self.lang, suggestion=real)}"
                problems.append(Problem(display_name(path), line, col, "illustration.file", message))
            elif isinstance(resolved, Path):
                image = resolved
        if self.keep(problems):
            self.deck.cases[case_id] = case
            self.deck.case_files[case_id] = path
            if image is not None:
                self.deck.illustrations[case_id] = image

    def unknown(self, path: Path, parsed: Parsed, loc: KeyPath, wanted: str, field: str = "") -> Problem:
        """An effect or judgement naming a move or role that does not exist, with the id it probably meant."""
        field = field or str(loc[-1])
        found = self.problem(path, parsed, loc, f"unknown_{field}", id=wanted)
        hint = id_hint(wanted, field, self.deck.moves, self.deck.roles, self.lang)
        return Problem(found.file, found.line, found.col, found.field, found.message + hint)

    def origin(self, item_id: str) -> str:
        return self.origins.get(item_id, say("this_file", self.lang))

    def keep(self, problems: list[Problem]) -> bool:
        self.problems.extend(problems)
        return not problems


def slug(stem: str) -> str:
    """A valid id made from a file name: 'Laatste Winkel' becomes 'laatste-winkel'."""
    text = re.sub(r"[^a-z0-9_-]+", "-", stem.lower()).strip("-_")
    return text[:64] or "case"


def load_deck(
    root: Path,
    *,
    assets: Path,
    lang: str = "nl",
    extra_cases: Iterable[Path] = (),
    builtin_cases: bool = True,
) -> LoadResult:
    """Load the cards under `root` (moves/, roles/, attitudes/) and the cases under root/cases/.

    `extra_cases` are case files being checked (from a trainer's folder, or some of the built-in ones),
    loaded after all other cases so that an id they repeat is reported on them.
    """
    loader = _Loader(assets, lang)
    for path in _files(root / "moves"):
        loader.load_moves(path)
    for path in _files(root / "roles"):
        loader.load_roles(path)
    for path in _files(root / "attitudes"):
        loader.load_attitudes(path)
    extras = list(extra_cases)
    later = {path.resolve() for path in extras}
    builtin = case_files(root / "cases") if builtin_cases and (root / "cases").is_dir() else []
    seen: set[Path] = set()
    for path in [*(p for p in builtin if p.resolve() not in later), *extras]:
        real = path.resolve()
        if real not in seen:
            seen.add(real)
            loader.load_case(path)
    if builtin_cases and (root / "cases").is_dir():
        for manifest in sorted((root / "cases").rglob(MANIFEST)):
            loader.files.append(manifest)
            unreadable = read_content(manifest, display_name(manifest), lang)
            if isinstance(unreadable, list):  # a pipe or a link in place of a manifest: refused before it is read
                loader.problems.extend(unreadable)
                continue
            found = read_manifest(manifest.parent, lang, display_name(manifest))
            if isinstance(found, list):
                loader.problems.extend(found)
            else:
                loader.deck.packs[manifest.parent.name] = found
    return LoadResult(loader.deck, loader.problems, loader.files)


def _files(folder: Path) -> Sequence[Path]:
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []
