"""`kleinekernen check`: every problem in the given content files, and a summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .deck import CARD_FOLDERS, LoadResult, case_files, display_name, load_deck
from .manifest import MANIFEST, read_manifest
from .messages import count, say
from .problems import Problem
from .warnings import case_warnings, skip_message, skipped_files


@dataclass(frozen=True)
class CheckReport:
    problems: list[Problem]
    files: int
    result: LoadResult
    warnings: list[Problem] = field(default_factory=list)
    """What loads but will not do what was meant (content/warnings.py); printed after the summary."""

    @property
    def ok(self) -> bool:
        return not self.problems and self.files > 0

    def lines(self, lang: str, targets: Sequence[Path] = (), more_warnings: Sequence[str] = ()) -> list[str]:
        """The errors, then the warnings (this report's and `more_warnings`, e.g. text that will not fit), then
        one summary line counting files, errors and warnings ('1 waarschuwing', '3 waarschuwingen')."""
        warned = [*(str(warning) for warning in self.warnings), *more_warnings]
        lines = [*(str(problem) for problem in self.problems), *warned]
        if self.files == 0:
            shown = ", ".join(str(path) for path in targets) or "scenarios/"
            return [*lines, say("no_files", lang, paths=shown)]
        warnings = {"warnings": count(len(warned), "warning", lang)} if warned else {}
        deck = self.result.deck
        if self.ok:
            key = "summary_ok_warned" if warned else "summary_ok"
            attitudes = sum(len(a) for a in deck.attitudes.values())
            files = count(self.files, "file", lang)
            cases, moves, roles = len(deck.cases), len(deck.moves), len(deck.roles)
            values = {"files": files, "cases": cases, "moves": moves, "roles": roles, "attitudes": attitudes}
            return [*lines, say(key, lang, **values, **warnings)]
        broken = len({problem.file for problem in self.problems})
        key = "summary_bad_warned" if warned else "summary_bad"
        problems = count(len(self.problems), "error", lang)
        files, broken_files = count(self.files, "file", lang), count(broken, "file", lang)
        return [*lines, say(key, lang, files=files, problems=problems, broken=broken_files, **warnings)]


def is_scenarios_folder(path: Path) -> bool:
    return path.is_dir() and any((path / name).is_dir() for name in ("cases", *CARD_FOLDERS))


def check(paths: Sequence[Path], *, root: Path, assets: Path, lang: str) -> CheckReport:
    """Check a scenarios folder whole, or case files against the cards and cases under `root`.

    A folder is checked with the pack.toml of every pack in it; a pack.toml named by itself is checked with the
    cases of its pack, and a card file with its whole deck (neither is read as a case). A file the game would skip
    (`huisarts.toml.txt`) named by itself is an error: the game would never show it."""
    if not paths:
        result = load_deck(root, assets=assets, lang=lang)
        warnings = _warnings(result, list(result.deck.case_files.values()), [root / "cases"], [], root, lang)
        return CheckReport(sorted(result.problems), len(result.files), result, warnings)
    paths = [path.parent if _is_manifest(path) else _deck_of_card(path) or path for path in paths]
    roots = [path for path in paths if is_scenarios_folder(path)]
    cases: list[Path] = []
    manifests: list[Path] = []
    for path in paths:
        if path in roots:
            continue
        cases.extend(case_files(path) if path.is_dir() else [path])
        manifests.extend(sorted(path.rglob(MANIFEST)) if path.is_dir() else [])
    problems: list[Problem] = []
    files = 0
    result = load_deck(root, assets=assets, lang=lang, extra_cases=[p for p in cases if not _skipped(p)])
    if cases:
        wanted = {display_name(path) for path in cases}
        problems.extend(p for p in result.problems if p.file in wanted)
        problems.extend(_skipped_problem(path, lang) for path in cases if _skipped(path))
        files += len(cases)
    for manifest in dict.fromkeys(manifests):
        found = read_manifest(manifest.parent, lang, display_name(manifest))
        problems.extend(found if isinstance(found, list) else [])
        files += 1
    for folder in roots:
        result = load_deck(folder, assets=assets, lang=lang)
        problems.extend(result.problems)
        files += len(result.files)
    folders = [path / "cases" if path in roots else path for path in paths if path.is_dir()]
    checked = cases if cases else list(result.deck.case_files.values())
    named = [path for path in paths if path.is_file() and not _skipped(path)]
    warnings = _warnings(result, checked, folders, named, root, lang)
    return CheckReport(sorted(set(problems)), files, result, warnings)


def _deck_of_card(path: Path) -> Path | None:
    """The scenarios folder of a move, role or attitude card named by itself (`scenarios/attitudes/burgers.toml`):
    a card is checked with the deck it belongs to, never read as a case."""
    folder = path.parent
    if path.is_file() and folder.name in CARD_FOLDERS and is_scenarios_folder(folder.parent):
        return folder.parent
    return None


def _is_manifest(path: Path) -> bool:
    return path.name.lower() == MANIFEST and path.is_file()


def _skipped(path: Path) -> bool:
    """A file named to check that the game will not read: it does not end in .toml (small letters)."""
    return path.is_file() and path.suffix != ".toml"


def _skipped_problem(path: Path, lang: str) -> Problem:
    return Problem(display_name(path), 1, 1, say("file_field", lang), skip_message(path, lang))


def _warnings(
    result: LoadResult, cases: Sequence[Path], folders: Sequence[Path], targets: Sequence[Path], root: Path, lang: str
) -> list[Problem]:
    found = case_warnings(result.deck, cases, root, lang)
    return sorted(found) + skipped_files([f for f in folders if f.is_dir()], targets, lang)
