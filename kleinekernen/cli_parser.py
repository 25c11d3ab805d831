"""The command line's arguments: the sub-commands, and the options that may stand before or after one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from .i18n import Catalog


def _lang_default() -> str:
    return "en" if os.environ.get("KLEINEKERNEN_LANG", "nl").lower().startswith("en") else "nl"


def typed_lang(argv: Sequence[str]) -> str | None:
    """The language typed anywhere on the line (`--lang en` or `--lang=en`), read before the parser is built so
    its --help speaks that language; None when not typed (or not a language: the parser then refuses it)."""
    for index, word in enumerate(argv):
        value = argv[index + 1] if word == "--lang" and index + 1 < len(argv) else word.removeprefix("--lang=")
        if (word == "--lang" or word.startswith("--lang=")) and value in ("nl", "en"):
            return value
    return None


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


def _add_shared(parser: argparse.ArgumentParser, names: Sequence[str], t: Catalog) -> None:
    """The shared options on one parser, without defaults: a value is set only where it is typed, so one
    typed before the sub-command is not overwritten by the sub-command's default."""
    hidden = argparse.SUPPRESS
    parser.add_argument("--lang", choices=("nl", "en"), default=hidden, help=t("cli.help.lang"))
    if "seed" in names:
        parser.add_argument("--seed", type=int, default=hidden, help=t("cli.help.seed"))
    if "size" in names:
        parser.add_argument("--size", default=hidden, help=t("cli.help.size"))
    if "fullscreen" in names:
        parser.add_argument("--fullscreen", action="store_true", default=hidden, help=t("cli.help.fullscreen"))


def _subcommand(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, t: Catalog) -> Command:
    parser = _speaking(
        sub.add_parser(
            name,
            help=t(f"cli.help.{name}"),
            description=t(f"cli.help.{name}"),
            add_help=False,
            formatter_class=_formatter(t),
        ),
        t,
    )
    _add_shared(parser, [option for option, commands in SHARED_OPTIONS.items() if name in commands], t)
    return Command(parser, name, t)


class Command:
    """A sub-command's parser whose options take their help from the catalogue: cli.help.COMMAND.OPTION."""

    def __init__(self, parser: argparse.ArgumentParser, name: str, t: Catalog) -> None:
        self.parser, self.name, self.t = parser, name, t

    def add(self, *flags: str, **options: object) -> None:
        key = f"cli.help.{self.name}.{flags[-1].lstrip('-')}"
        self.parser.add_argument(*flags, help=self.t(key), **options)  # type: ignore[arg-type]


def _speaking(parser: argparse.ArgumentParser, t: Catalog) -> argparse.ArgumentParser:
    """argparse's own words (the headings, -h's help) in the catalogue's language; the usage prefix is in
    the formatter (_Formatter)."""
    parser._positionals.title = t("cli.help.positionals")
    parser._optionals.title = t("cli.help.optionals")
    parser.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=t("cli.help.help"))
    return parser


def _formatter(t: Catalog) -> type[argparse.HelpFormatter]:
    class Formatter(argparse.HelpFormatter):
        def add_usage(
            self,
            usage: str | None,
            actions: Iterable[argparse.Action],
            groups: Iterable[argparse._MutuallyExclusiveGroup],
            prefix: str | None = None,
        ) -> None:
            super().add_usage(usage, actions, groups, prefix if prefix is not None else t("cli.help.usage") + " ")

    return Formatter


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments with the shared options resolved: typed before or after the sub-command, refused
    with the parser's message for a command that does not take them, else the command's default."""
    words = list(sys.argv[1:] if argv is None else argv)
    lang = typed_lang(words) or _lang_default()
    t = Catalog(lang)
    parser = build_parser(lang)
    args = parser.parse_args(words)
    command = args.command or "play"
    if not hasattr(args, "lang"):
        args.lang = lang
    for option, commands in SHARED_OPTIONS.items():
        if hasattr(args, option) and command not in commands:
            parser.error(t("cli.option_not_taken", command=command, option=option))
        if not hasattr(args, option) and command in commands:
            if (option, command) not in SHARED_DEFAULTS:
                parser.error(t("cli.option_needed", command=command, option=option))
            setattr(args, option, SHARED_DEFAULTS[(option, command)])
    return args


def build_parser(lang: str = "nl") -> argparse.ArgumentParser:
    """The parser, its help in `lang`."""
    t = Catalog(lang)
    parser = _speaking(
        argparse.ArgumentParser(
            prog="kleinekernen", description=t("cli.help.description"), add_help=False, formatter_class=_formatter(t)
        ),
        t,
    )
    _add_shared(parser, tuple(SHARED_OPTIONS), t)
    sub = parser.add_subparsers(dest="command", title=t("cli.help.commands"))

    play = _subcommand(sub, "play", t)
    play.add("--trace", type=Path, default=None)
    play.add("--watch", action="store_true")
    play.add("--presenter", action=argparse.BooleanOptionalAction, default=None)

    preview = _subcommand(sub, "preview", t)
    preview.add("case", type=Path)
    preview.add("--png", type=Path, default=None)
    preview.add("--moves", default=None)

    shots = _subcommand(sub, "screenshots", t)
    shots.add("outdir", type=Path)
    shots.add("--presenter", action="store_true")

    check = _subcommand(sub, "check", t)
    check.add("paths", nargs="*", type=Path)
    check.add("--stats", action="store_true")
    check.add("--strict", action="store_true")

    schema = _subcommand(sub, "schema", t)
    schema.add("outdir", nargs="?", type=Path, default=None)

    new = _subcommand(sub, "new", t)
    new.add("case_id", metavar="CASE-ID")
    new.add("--pack", default=None)

    simulate = _subcommand(sub, "simulate", t)
    simulate.add("--cases", type=int, default=5)
    simulate.add("--deck", type=Path, default=None)
    simulate.add("--policy", default="random")
    simulate.add("--choices", type=Path, default=None)
    simulate.add("--json", action="store_true")

    balance = _subcommand(sub, "balance", t)
    balance.add("path", nargs="?", type=Path, default=None)
    balance.add("--html", type=Path, default=None)
    balance.add("--runs", type=int, default=200)
    balance.add("--strategies", action="store_true")
    balance.add("--sessions", type=int, default=2000)
    balance.add("--pack", default=None)

    export = _subcommand(sub, "export", t)
    export.add("save", type=Path)
    export.add("-o", "--output", type=Path, default=None)
    export.add("--names", action="store_true")
    export.add("--notes", action="store_true")

    imp = _subcommand(sub, "import", t)
    imp.add("file", type=Path)

    report = _subcommand(sub, "report", t)
    report.add("save", type=Path)
    report.add("--format", choices=("html", "pdf", "md"), default="html")
    report.add("-o", "--output", type=Path, default=None)

    pack = _subcommand(sub, "pack", t)
    pack.add("folder", type=Path)
    pack.add("-o", "--out", "--output", dest="output", type=Path, default=None)

    install = _subcommand(sub, "install-pack", t)
    install.add("zip", type=Path)
    install.add("--upgrade", action="store_true")

    bench = _subcommand(sub, "bench", t)
    bench.add("--quick", action="store_true")
    return parser
