"""The command line: a thin shell over the content, engine and UI packages."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import paths
from .cli_parser import parse_args
from .i18n import Catalog

WRITING_COMMANDS = {"schema", "new", "install-pack", "export", "import", "report"}


def _clean_after_kill() -> None:
    """Remove what writes killed half-way left in saves/ and scenarios/ (the game does this at its start)."""
    from .persistence.output import clean_after_kill

    clean_after_kill(paths.saves(), paths.scenarios())


def _refused(command: str, message: str) -> int:
    """Say on stderr why a command stopped, every line cleaned of control and bidirectional characters."""
    from .files.names import shown

    for line in message.splitlines() or [""]:
        print(f"kleinekernen {command}: {shown(line)}", file=sys.stderr)
    return 2


def _cannot_write(command: str, path: Path, error: OSError, lang: str) -> int:
    return _refused(command, Catalog(lang)("cli.cannot_write", path=path, detail=error.strerror or error))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    command = args.command or "play"
    if command in WRITING_COMMANDS:
        _clean_after_kill()
    if command == "check":
        return _check(args.paths, args.lang, args.stats, args.strict)
    if command == "schema":
        return _schema(args.outdir, args.lang)
    if command == "new":
        return _new(args.case_id, args.pack, args.lang)
    if command == "simulate":
        return _simulate(args)
    if command == "balance":
        if args.strategies:
            return _strategies(args)
        return _balance(args.path, args.seed, args.lang, args.html, args.runs)
    if command == "bench":
        from .bench import run_bench

        return run_bench(quick=args.quick)
    if command == "pack":
        return _pack(args)
    if command == "install-pack":
        return _install_pack(args)
    if command == "export":
        return _export(args)
    if command == "import":
        return _import(args)
    if command == "report":
        return _report(args)
    if command == "preview":
        return _preview(args)
    if command == "screenshots":
        from .ui.presenter.shots import render_presenter_screenshots
        from .ui.screenshots import render_screenshots

        render = render_presenter_screenshots if args.presenter else render_screenshots
        for path in render(args.outdir, size=_size(args.size, args.lang), lang=args.lang, seed=args.seed):
            print(path)
        return 0
    return _play(args)


def _preview(args: argparse.Namespace) -> int:
    if args.png is not None:
        from .ui.screenshots import render_case

        for path in render_case(args.case, args.png, size=_size(args.size, args.lang), lang=args.lang):
            print(path)
        return 0
    from .ui.preview import open_preview

    open_preview(args.case, lang=args.lang, size=_size(args.size, args.lang)).run()
    return 0


def _size(text: str, lang: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return max(320, int(width)), max(240, int(height))
    except ValueError:
        raise SystemExit(f"kleinekernen: {Catalog(lang)('cli.bad_size', size=repr(text))}") from None


def _check(targets: list[Path], lang: str, stats: bool = False, strict: bool = False) -> int:
    """Exit 1 on an error (or with --strict on a warning: text that will not fit), else 0."""
    from .cli_fit import Unmeasurable, fit_warnings
    from .content.check import check
    from .content.deck import display_name

    report = check(targets, root=paths.scenarios(), assets=paths.assets(), lang=lang)
    for line in report.lines(lang, targets):
        print(line)
    deck = report.result.deck
    wanted = {display_name(p) for p in targets if p.is_file()}
    checked = [
        (display_name(deck.case_files[cid]), case)
        for cid, case in deck.cases.items()
        if cid in deck.case_files and (not wanted or display_name(deck.case_files[cid]) in wanted)
    ]
    try:
        found = fit_warnings(checked)
        warnings = [warning.line(lang) for warning in found]
        if found:
            warnings.append(Catalog(lang)("cli.fit_summary", count=len(found)))
    except Unmeasurable as error:
        warnings = [Catalog(lang)("cli.fit_unmeasured", detail=str(error))]
    warnings.extend(str(warning) for warning in report.warnings)  # already printed with the report's lines
    for warning in warnings[: len(warnings) - len(report.warnings)]:
        print(warning)
    if stats:
        from .content.readability import stats_lines

        for line in stats_lines([case for _, case in checked], lang):
            print(line)
    return 0 if report.ok and not (strict and warnings) else 1


def _load_deck(root: Path | None, lang: str):  # type: ignore[no-untyped-def]
    """The deck under `root`, or None after printing why it cannot be played."""
    from .content.deck import load_deck

    result = load_deck(root or paths.scenarios(), assets=paths.assets(), lang=lang)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    return result.deck


def _simulate(args: argparse.Namespace) -> int:
    import json

    from .analysis.simulate import load_choices, simulate, to_json, to_text
    from .engine.errors import EngineError

    deck = _load_deck(args.deck, args.lang)
    try:
        choices = load_choices(args.choices.read_text(encoding="utf-8")) if args.choices else []
        game = simulate(deck, seed=args.seed, cases=args.cases, policy=args.policy, choices=choices)
    except (OSError, ValueError, EngineError) as error:
        return _refused("simulate", error.get(args.lang) if isinstance(error, EngineError) else str(error))
    if args.json:
        print(json.dumps(to_json(game, args.lang), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(to_text(game, args.lang))
    return 0


def _deck_and_cases(root: Path | None, lang: str):  # type: ignore[no-untyped-def]
    """The deck to balance and the case ids to balance: a pack folder is its cases against the built-in cards."""
    from .content.deck import case_files, load_deck

    if _is_pack(root):
        assert root is not None
        pack = case_files(root)
        result = load_deck(paths.scenarios(), assets=paths.assets(), lang=lang, extra_cases=pack)
        for problem in result.problems:
            print(problem, file=sys.stderr)
        wanted = {p.resolve() for p in pack}
        return result.deck, [cid for cid, path in result.deck.case_files.items() if path.resolve() in wanted]
    deck = _load_deck(root, lang)
    return deck, list(deck.cases)


def _is_pack(root: Path | None) -> bool:
    return root is not None and root.is_dir() and not (root / "cases").is_dir()


def _strategies(args: argparse.Namespace) -> int:
    from .analysis.study_report import format_study, study
    from .engine.setup import MIN_CASES

    deck, case_ids = _deck_and_cases(args.path, args.lang)
    if len(case_ids) < MIN_CASES:
        too_few = Catalog(args.lang)("cli.too_few_cases", count=len(case_ids), needed=MIN_CASES)
        return _refused("balance", too_few)
    pack = args.path if _is_pack(args.path) else None
    root = None if pack is not None else args.path
    result = study(deck, root, case_ids, sessions=args.sessions, seed=args.seed, pack=pack)
    sys.stdout.write(format_study(deck, result, args.lang))
    if args.html is not None:
        from .analysis.study_html import strategies_html

        args.html.write_text(strategies_html(deck, result, args.lang), encoding="utf-8")
        print(args.html)
    return 0


def _balance(root: Path | None, seed: int, lang: str, html_out: Path | None = None, runs: int = 200) -> int:
    from .analysis.balance import balance_deck, format_balance
    from .analysis.playthroughs import play_through
    from .content.deck import case_files, load_deck

    if root is not None and root.is_dir() and not (root / "cases").is_dir():
        # a pack folder: its cases against the built-in cards
        pack = case_files(root)
        result = load_deck(paths.scenarios(), assets=paths.assets(), lang=lang, extra_cases=pack)
        for problem in result.problems:
            print(problem, file=sys.stderr)
        deck = result.deck
        wanted = {p.resolve() for p in pack}
        case_ids = [cid for cid, path in deck.case_files.items() if path.resolve() in wanted]
    else:
        deck = _load_deck(root, lang)
        case_ids = list(deck.cases)
    outcome = balance_deck(deck, case_ids, seed=seed, lang=lang)
    sys.stdout.write(format_balance(deck, outcome, lang))
    if html_out is not None:
        from .analysis.balance_html import balance_html
        from .persistence.output import write_output_text

        playthroughs = play_through(deck, case_ids, sessions=runs, seed=seed)
        try:
            write_output_text(html_out, balance_html(deck, outcome, playthroughs, lang))
        except OSError as error:
            return _cannot_write("balance", html_out, error, lang)
        print(html_out)
    return 1 if outcome.warnings else 0


def _pack(args: argparse.Namespace) -> int:
    from .content.packs import PackError, make_pack

    output = args.output or args.folder.with_suffix(".zip")
    try:
        print(make_pack(args.folder, output, args.lang, scenarios=paths.scenarios(), assets=paths.assets()))
    except PackError as error:
        return _refused("pack", str(error))
    except OSError as error:
        return _cannot_write("pack", output, error, args.lang)
    return 0


def _install_pack(args: argparse.Namespace) -> int:
    from .content.packs import PackError, install_pack

    try:
        print(install_pack(args.zip, paths.scenarios(), paths.assets(), args.lang, upgrade=args.upgrade))
    except PackError as error:
        return _refused("install-pack", str(error))
    return 0


def _open_save(path: Path, lang: str):  # type: ignore[no-untyped-def]
    from .persistence.sessions import open_session

    return open_session(path, _load_deck(None, lang), lang)


def _export(args: argparse.Namespace) -> int:
    from .persistence.journal import JournalError
    from .persistence.output import write_output_text
    from .persistence.results import export_results

    try:
        opened = _open_save(args.save, args.lang)
    except JournalError as error:
        return _refused("export", str(error))
    results = export_results(opened.game, names=args.names, notes=args.notes)
    target = args.output or args.save.with_suffix(".results.json")
    try:
        write_output_text(target, results.model_dump_json(indent=1))
    except OSError as error:
        return _cannot_write("export", target, error, args.lang)
    print(target)
    return 0


def _import(args: argparse.Namespace) -> int:
    from .persistence.results import ResultsError, import_results

    try:
        stored = import_results(args.file, paths.saves(), args.lang)
    except ResultsError as error:
        return _refused("import", str(error))
    print(stored)
    return 0


def _report(args: argparse.Namespace) -> int:
    from .persistence.journal import JournalError
    from .persistence.reports import write_report

    try:
        opened = _open_save(args.save, args.lang)
    except JournalError as error:
        return _refused("report", str(error))
    try:
        target = write_report(opened, args.format, args.lang, args.output)
    except OSError as error:
        return _cannot_write("report", args.output or paths.saves() / "reports", error, args.lang)
    print(target)
    return 0


def _schema(outdir: Path | None, lang: str) -> int:
    """The schemas, their id lists from the cards under scenarios/ (refused while those have errors)."""
    from .content.deck import load_deck
    from .content.schema import KnownIds, write_schemas
    from .engine.rules import RULE_NAMES

    cards = load_deck(paths.scenarios(), assets=paths.assets(), lang=lang, builtin_cases=False)
    if cards.problems:
        for problem in cards.problems:
            print(problem, file=sys.stderr)
        return _refused("schema", Catalog(lang)("cli.schema_cards_broken"))
    folder = outdir or paths.scenarios() / "schema"
    try:
        written = write_schemas(folder, KnownIds.of(cards.deck, RULE_NAMES))
    except OSError as error:
        return _cannot_write("schema", folder, error, lang)
    for path in written:
        print(path)
    return 0


def _new(case_id: str, pack: str | None, lang: str) -> int:
    from .content.deck import display_name
    from .content.newcase import NewCaseError, new_case

    try:
        path = new_case(case_id, paths.scenarios(), paths.assets(), lang, pack)
    except NewCaseError as error:
        return _refused("new", str(error))
    except OSError as error:
        return _cannot_write("new", paths.scenarios() / "cases", error, lang)
    print(Catalog(lang)("cli.new_written", path=display_name(path)))
    return 0


def _play(args: argparse.Namespace) -> int:
    from .ui.app import App

    size = _size(getattr(args, "size", "1280x720"), args.lang)
    app = App(
        lang=args.lang,
        seed=getattr(args, "seed", None),
        size=size,
        fullscreen=getattr(args, "fullscreen", False),
        trace=getattr(args, "trace", None),
        presenter=getattr(args, "presenter", None),
    )
    if getattr(args, "watch", False):
        from .ui.preview import DeckWatcher

        app.watcher = DeckWatcher(app)
    app.run()
    return 0
