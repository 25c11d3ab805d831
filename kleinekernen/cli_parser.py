"""The command line's arguments: the sub-commands, and the options that may stand before or after one."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path


def _lang_default() -> str:
    return "en" if os.environ.get("KLEINEKERNEN_LANG", "nl").lower().startswith("en") else "nl"


SHARED_OPTIONS: dict[str, tuple[str, ...]] = {
    "seed": ("play", "screenshots", "simulate", "balance"),
    "size": ("play", "preview", "screenshots"),
    "fullscreen": ("play",),
}
"""Options that may stand before or after the sub-command (`--lang` goes with every command), and the
commands that take them: `kleinekernen --seed 3 play` and `kleinekernen play --seed 3` are the same."""
SHARED_DEFAULTS: dict[tuple[str, str], object] = {
    ("seed", "play"): None,
    ("seed", "screenshots"): 7,
    ("seed", "balance"): 0,
    ("size", "play"): "1280x720",
    ("size", "preview"): "1280x720",
    ("size", "screenshots"): "1280x720",
    ("fullscreen", "play"): False,
}
"""What a shared option is when not given; a command without an entry (simulate's seed) requires it."""
SHARED_HELP = {
    "seed": "fixes the draw of cases and hands (simulate: required; balance: sampling and playthroughs)",
    "size": "window or picture size, e.g. 1920x1080",
    "fullscreen": "start full screen (F11 toggles)",
}


def _add_shared(parser: argparse.ArgumentParser, names: Sequence[str]) -> None:
    """The shared options on one parser, without defaults: a value is set only where it is typed, so one
    typed before the sub-command is not overwritten by the sub-command's default."""
    hidden = argparse.SUPPRESS
    parser.add_argument(
        "--lang", choices=("nl", "en"), default=hidden, help="language (default nl, or KLEINEKERNEN_LANG)"
    )
    if "seed" in names:
        parser.add_argument("--seed", type=int, default=hidden, help=SHARED_HELP["seed"])
    if "size" in names:
        parser.add_argument("--size", default=hidden, help=SHARED_HELP["size"])
    if "fullscreen" in names:
        parser.add_argument("--fullscreen", action="store_true", default=hidden, help=SHARED_HELP["fullscreen"])


def _subcommand(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str
) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help)
    _add_shared(parser, [option for option, commands in SHARED_OPTIONS.items() if name in commands])
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments with the shared options resolved: typed before or after the sub-command, refused
    with the parser's message for a command that does not take them, else the command's default."""
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "play"
    if not hasattr(args, "lang"):
        args.lang = _lang_default()
    for option, commands in SHARED_OPTIONS.items():
        if hasattr(args, option) and command not in commands:
            parser.error(f"{command} does not take --{option}")
        if not hasattr(args, option) and command in commands:
            if (option, command) not in SHARED_DEFAULTS:
                parser.error(f"{command} needs --{option}")
            setattr(args, option, SHARED_DEFAULTS[(option, command)])
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kleinekernen",
        description="Het Kleine Kernen Spel, digitaal / the Small Villages Game.",
    )
    _add_shared(parser, tuple(SHARED_OPTIONS))
    sub = parser.add_subparsers(dest="command")

    play = _subcommand(sub, "play", "play the game (the default)")
    play.add_argument("--trace", type=Path, default=None, help="write a JSON line per screen change to FILE")
    play.add_argument("--watch", action="store_true", help="reload the scenarios when a file is saved")

    preview = _subcommand(sub, "preview", "open the game on one case file, reloading it when saved")
    preview.add_argument("case", type=Path)
    preview.add_argument("--png", type=Path, default=None, help="render each step of the case to PNG in this folder")

    shots = _subcommand(sub, "screenshots", "render every scene of a scripted session to PNG")
    shots.add_argument("outdir", type=Path)

    check = _subcommand(sub, "check", "check scenario files and report every error with its line")
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: scenarios/)")
    check.add_argument("--stats", action="store_true", help="word counts and readability (B1) per case")
    check.add_argument("--strict", action="store_true", help="fail on warnings too (text that will not fit)")

    schema = _subcommand(sub, "schema", "write the JSON Schemas of the scenario files")
    schema.add_argument("outdir", nargs="?", type=Path, default=None, help="default: scenarios/schema/")

    simulate = _subcommand(sub, "simulate", "play a whole session without a screen and print its log")
    simulate.add_argument("--cases", type=int, default=5)
    simulate.add_argument("--deck", type=Path, default=None, help="a scenarios folder (default: scenarios/)")
    simulate.add_argument("--policy", default="random", help="random, greedy, or an attitude such as communicatief")
    simulate.add_argument("--choices", type=Path, default=None, help="a JSON file of choices to play first")
    simulate.add_argument("--json", action="store_true", help="print the stable JSON form")

    balance = _subcommand(sub, "balance", "best, worst and tempting paths of every case")
    balance.add_argument("path", nargs="?", type=Path, default=None, help="a scenarios folder (default: scenarios/)")
    balance.add_argument("--html", type=Path, default=None, help="also write the balance as an HTML page")
    balance.add_argument("--runs", type=int, default=200, help="random playthroughs (default 200)")
    balance.add_argument("--strategies", action="store_true", help="play named strategies over seeded sessions")
    balance.add_argument("--sessions", type=int, default=2000, help="sessions per strategy (default 2000)")

    export = _subcommand(sub, "export", "write a session's results for other villages (anonymous by default)")
    export.add_argument("save", type=Path, help="a session file in saves/")
    export.add_argument("-o", "--output", type=Path, default=None, help="default: next to the session, .results.json")
    export.add_argument("--names", action="store_true", help="include the village's name")
    export.add_argument("--notes", action="store_true", help="include the group's notes")

    imp = _subcommand(sub, "import", "check a results file from another village and add it to saves/imported/")
    imp.add_argument("file", type=Path)

    report = _subcommand(sub, "report", "the report of a session for the minutes")
    report.add_argument("save", type=Path, help="a session file in saves/")
    report.add_argument("--format", choices=("html", "pdf", "md"), default="html")
    report.add_argument("-o", "--output", type=Path, default=None, help="default: saves/reports/")

    pack = _subcommand(sub, "pack", "zip a pack folder (with its pack.toml) to share")
    pack.add_argument("folder", type=Path)
    pack.add_argument("-o", "--output", type=Path, default=None, help="default: FOLDER.zip beside the folder")

    install = _subcommand(sub, "install-pack", "check a pack zip and install it in scenarios/cases/")
    install.add_argument("zip", type=Path)

    bench = _subcommand(sub, "bench", "print the project's speed figures, one per line")
    bench.add_argument("--quick", action="store_true", help="fewer repetitions")
    return parser
