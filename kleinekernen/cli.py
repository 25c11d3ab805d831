"""The command line: a thin shell over the content, engine and UI packages."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import paths


def _lang_default() -> str:
    return "en" if os.environ.get("KLEINEKERNEN_LANG", "nl").lower().startswith("en") else "nl"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kleinekernen",
        description="Het Kleine Kernen Spel, digitaal / the Small Villages Game.",
    )
    parser.add_argument("--lang", choices=("nl", "en"), default=_lang_default(), help="language (default nl)")
    sub = parser.add_subparsers(dest="command")

    play = sub.add_parser("play", help="play the game (the default)")
    play.add_argument("--seed", type=int, default=None)

    check = sub.add_parser("check", help="check scenario files and report every error with its line")
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: scenarios/)")

    schema = sub.add_parser("schema", help="write the JSON Schemas of the scenario files")
    schema.add_argument("outdir", nargs="?", type=Path, default=None, help="default: scenarios/schema/")

    bench = sub.add_parser("bench", help="print the project's speed figures, one per line")
    bench.add_argument("--quick", action="store_true", help="fewer repetitions")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "play"
    if command == "check":
        return _check(args.paths, args.lang)
    if command == "schema":
        return _schema(args.outdir)
    if command == "bench":
        from .bench import run_bench

        return run_bench(quick=args.quick)
    return _play(args.lang)


def _check(targets: list[Path], lang: str) -> int:
    from .content.check import check

    report = check(targets, root=paths.scenarios(), assets=paths.assets(), lang=lang)
    for line in report.lines(lang):
        print(line)
    return 0 if report.ok else 1


def _schema(outdir: Path | None) -> int:
    from .content.schema import write_schemas

    for path in write_schemas(outdir or paths.scenarios() / "schema"):
        print(path)
    return 0


def _play(lang: str) -> int:
    message = {
        "nl": "Het speelscherm is er nog niet. Probeer: kleinekernen check, kleinekernen schema.",
        "en": "The game screen does not exist yet. Try: kleinekernen check, kleinekernen schema.",
    }
    print(message[lang], file=sys.stderr)
    return 2
