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
        return _balance(args)
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
    from .ui.preview import load_with_case, open_preview
    from .ui.preview_picks import PicksError, parse_picks

    try:
        picks = parse_picks(args.moves, load_with_case(args.case, args.lang)[0], args.lang) if args.moves else None
    except PicksError as error:
        raise SystemExit(f"kleinekernen: --moves: {error}") from None
    size = _size(args.size, args.lang)
    if args.png is not None:
        from .ui.screenshots import render_case

        for path in render_case(args.case, args.png, size=size, lang=args.lang, picks=picks):
            print(path)
        return 0
    open_preview(args.case, lang=args.lang, size=size, picks=picks).run()
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
    from .content.warnings import position_of

    report = check(targets, root=paths.scenarios(), assets=paths.assets(), lang=lang)
    deck = report.result.deck
    wanted = {display_name(p) for p in targets if p.is_file()}
    checked = [
        (display_name(deck.case_files[cid]), case)
        for cid, case in deck.cases.items()
        if cid in deck.case_files and (not wanted or display_name(deck.case_files[cid]) in wanted)
    ]
    files = {display_name(path): path for path in deck.case_files.values()}
    try:
        found = fit_warnings(checked, lambda file, loc: position_of(files[file], loc))
        warnings = [warning.line(lang) for warning in found]
    except Unmeasurable as error:
        warnings = [Catalog(lang)("cli.fit_unmeasured", detail=str(error))]
    for line in report.lines(lang, targets, warnings):
        print(line)
    warnings.extend(str(warning) for warning in report.warnings)
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


def _chosen(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The deck and cases `balance` looks at, or None after saying that `--pack` names nothing."""
    from .cli_cases import choose_cases, installed_packs

    chosen = choose_cases(args.path, args.lang, args.pack)
    if chosen is None:
        t = Catalog(args.lang)
        known = ", ".join(installed_packs()) or t("cli.no_packs_installed")
        _refused("balance", t("cli.unknown_pack", name=args.pack, known=known))
    return chosen


def _strategies(args: argparse.Namespace) -> int:
    from .analysis.study_report import format_study, study
    from .engine.setup import MIN_CASES

    chosen = _chosen(args)
    if chosen is None:
        return 2
    deck, case_ids = chosen.deck, chosen.case_ids
    if len(case_ids) < MIN_CASES:
        if chosen.own and case_ids:
            from .analysis.case_strategies import case_strategies, format_case_strategies

            found = case_strategies(deck, case_ids, games=min(args.sessions, 200), seed=args.seed)
            sys.stdout.write(format_case_strategies(deck, found, args.lang))
            return 0
        too_few = Catalog(args.lang)("cli.too_few_cases", count=len(case_ids), needed=MIN_CASES)
        return _refused("balance", too_few)
    source = chosen.source
    installed = source is not None and paths.scenarios().resolve() in source.resolve().parents
    pack = source if chosen.own and not installed else None
    root = None if chosen.own else args.path
    result = study(deck, root, case_ids, sessions=args.sessions, seed=args.seed, pack=pack)
    sys.stdout.write(format_study(deck, result, args.lang))
    if args.html is not None:
        from .analysis.study_html import strategies_html

        args.html.write_text(strategies_html(deck, result, args.lang), encoding="utf-8")
        print(args.html)
    return 0


def _balance(args: argparse.Namespace) -> int:
    from .analysis.balance import balance_deck, format_balance
    from .analysis.playthroughs import play_through

    chosen = _chosen(args)
    if chosen is None:
        return 2
    deck, case_ids, lang, seed, html_out = chosen.deck, chosen.case_ids, args.lang, args.seed, args.html
    outcome = balance_deck(deck, case_ids, seed=seed, lang=lang, whole_deck=not chosen.own)
    sys.stdout.write(format_balance(deck, outcome, lang))
    if html_out is not None:
        from .analysis.balance_html import balance_html
        from .analysis.case_strategies import case_strategies
        from .persistence.output import write_output_text

        playthroughs = play_through(deck, case_ids, sessions=args.runs, seed=seed)
        per_case = case_strategies(deck, case_ids, games=min(args.runs, 40), seed=seed) if chosen.own else None
        source = str(chosen.source) if chosen.source is not None else ""
        try:
            write_output_text(html_out, balance_html(deck, outcome, playthroughs, lang, per_case, source))
        except OSError as error:
            return _cannot_write("balance", html_out, error, lang)
        print(html_out)
    return 1 if outcome.warnings else 0


def _pack(args: argparse.Namespace) -> int:
    from .content.packs import PackError, make_pack, zip_destination

    t = Catalog(args.lang)
    try:
        output = zip_destination(args.folder, args.output, paths.scenarios(), args.lang)
        written = make_pack(args.folder, output, args.lang, scenarios=paths.scenarios(), assets=paths.assets())
    except PackError as error:
        return _refused("pack", str(error))
    except OSError as error:
        return _cannot_write("pack", output, error, args.lang)
    print(t("cli.pack_written", path=written.resolve(), name=written.name))
    return 0


def _install_pack(args: argparse.Namespace) -> int:
    from .content.packs import PackError, UpgradeNeeded, install_pack

    t = Catalog(args.lang)
    upgrade = args.upgrade
    while True:
        try:
            target = install_pack(args.zip, paths.scenarios(), paths.assets(), args.lang, upgrade=upgrade)
            break
        except UpgradeNeeded as error:
            question = t("cli.upgrade_ask", pack=error.pack, old=error.old, new=error.new)
            if not sys.stdin.isatty() or not _agrees(question, t):
                return _refused("install-pack", str(error))
            upgrade = True
        except PackError as error:
            return _refused("install-pack", str(error))
    folder = Path(paths.scenarios().name, target.parent.name, target.name).as_posix()
    print(t("cli.pack_installed", zip=args.zip.name, folder=folder))
    return 0


def _agrees(question: str, t: Catalog) -> bool:
    """The trainer's answer to a yes/no question on the terminal; no unless a yes ('j', 'ja', 'y', 'yes')."""
    try:
        answer = input(f"{question} [{t('cli.yes_no')}] ")
    except EOFError:
        return False
    return answer.strip().lower() in t("cli.yes_words").split()


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
