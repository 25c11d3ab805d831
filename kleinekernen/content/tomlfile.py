"""Read one TOML file into plain data and validate it against a model, with located errors."""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..files.reading import FileTooLarge, LinkRefused, NotPlainFile, read_bytes_bounded
from .limits import MAX_NAME_CHARS, Excess, data_excess, text_excess
from .messages import say
from .positions import Path, Position, key_positions, locate, trouble_spot
from .problems import Problem, field_path

MAX_FILE_BYTES = 256 * 1024
_TOML_AT = re.compile(r"^(?P<detail>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")
_TOML_AT_END = re.compile(r"^(?P<detail>.*?)\s*\(at end of document\)$")
_KEY_ON_LINE = re.compile(r"\s*+\[*+\s*+([A-Za-z0-9_.\"' -]++)\s*+[=\]]")
"""The key a line starts with. Possessive throughout, so a line that is no key fails at once (no backtracking)."""


M = TypeVar("M", bound=BaseModel)

DUTCH_KEYS = {
    # field names a Dutch trainer types → the names the files use (field names are English, texts Dutch)
    "titel": "title",
    "verhaal": "story",
    "eigenaar": "owner",
    "heeft_ander_nodig": "needs_other",
    "ander_nodig": "needs_other",
    "reden": "reason",
    "uitleg": "placement_reason",
    "plaatje": "illustration",
    "afbeelding": "illustration",
    "illustratie": "illustration",
    "bestand": "file",
    "motief": "motif",
    "andere_dorpen": "other_villages",
    "vragen": "questions",
    "vraag": "questions",
    "effecten": "effects",
    "effect": "effects",
    "oordeel": "judgement",
    "rollen": "roles",
    "rol": "role",
    "zet": "move",
    "zetten": "moves",
    "soort": "kind",
    "hoek": "corner",
    "spinnenweb": "web",
    "web_label": "web",
    "energie": "energy",
    "eigenaarschap": "ownership",
    "tekst": "text",
    "past_bij": "fits",
    "houdingen": "attitudes",
    "versie": "version",
    "naam": "name",
    "auteur": "author",
    "taal": "language",
    "licentie": "licence",
}


@dataclass
class Parsed:
    """A TOML file that parsed: its data, and where each key stands (worked out only when asked)."""

    data: dict[str, Any]
    text: str

    @functools.cached_property
    def positions(self) -> dict[Path, Position]:
        return key_positions(self.text)


def read_toml(path: FilePath, name: str, lang: str) -> Parsed | list[Problem]:
    """A content file read within bounds and parsed, or why it cannot be (see `read_content`)."""
    raw = read_content(path, name, lang)
    if isinstance(raw, list):
        return raw
    return parse(name, raw, lang)


def read_content(path: FilePath, name: str, lang: str) -> bytes | list[Problem]:
    """The bytes of a plain file of at most MAX_FILE_BYTES; a link, a FIFO or a device is refused unread."""
    try:
        return read_bytes_bounded(path, MAX_FILE_BYTES)
    except FileTooLarge as error:
        message = say("too_big", lang, size=error.size, limit=MAX_FILE_BYTES)
    except LinkRefused:
        message = say("is_link", lang)
    except NotPlainFile:
        message = say("not_plain_file", lang)
    except OSError as error:
        message = say("unreadable", lang, detail=error.strerror or error)
    return [Problem(name, 1, 1, say("file_field", lang), message)]


def parse(name: str, raw: bytes, lang: str) -> Parsed | list[Problem]:
    """The file's data and key positions, or the problems that stop it from being read.

    Every step is linear in the size of the file, which is capped, so any bytes are answered quickly.
    """
    if len(raw) > MAX_FILE_BYTES:
        return [Problem(name, 1, 1, say("file_field", lang), say("too_big", lang, size=len(raw), limit=MAX_FILE_BYTES))]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return [Problem(name, line, col, say("file_field", lang), say("not_utf8", lang))]
    text = text.removeprefix("\ufeff")
    if excess := text_excess(text):
        return [_excess_in_text(name, text, excess, lang)]
    try:
        data = tomllib.loads(text)
    except ValueError as error:  # TOMLDecodeError; any other ValueError is kept from tomllib by text_excess
        return [_syntax_problem(name, text, str(error), lang)]
    if not data:  # nothing but blank lines and comments: one message, not one per missing field
        return [Problem(name, 1, 1, say("file_field", lang), say("empty_file", lang))]
    parsed = Parsed(data, text)
    if excesses := data_excess(data):
        return sorted({_excess_in_data(name, parsed, excess, lang) for excess in excesses})
    return parsed


def _excess_in_text(name: str, text: str, excess: Excess, lang: str) -> Problem:
    line = text.count("\n", 0, excess.index) + 1
    col = excess.index - (text.rfind("\n", 0, excess.index) + 1) + 1
    return Problem(name, line, col, _field_on_line(text, line), say(excess.key, lang, **excess.values))


def _excess_in_data(name: str, parsed: Parsed, excess: Excess, lang: str) -> Problem:
    line, col = locate(parsed.positions, excess.path)
    shown = excess.path[:-1] if excess.in_name else excess.path
    return Problem(name, line, col, field_path(shown), say(excess.key, lang, **excess.values))


def _field_on_line(text: str, line: int) -> str:
    """The key a line of the text starts with, for a problem on that line; "(syntax)" when there is none."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return "(syntax)"
    end = text.find("\n", start)
    found = _KEY_ON_LINE.match(text, start, len(text) if end < 0 else end)
    key = found.group(1).strip().strip("\"'") if found else ""
    return key if 0 < len(key) <= MAX_NAME_CHARS else "(syntax)"


def _syntax_problem(name: str, text: str, message: str, lang: str) -> Problem:
    lines = text.split("\n")
    line, col, detail = len(lines), len(lines[-1]) + 1, message
    if found := _TOML_AT.match(message):
        line, col, detail = int(found["line"]), int(found["col"]), found["detail"]
    elif found := _TOML_AT_END.match(message):
        detail = found["detail"]
    if found is None or "end of document" in message or detail.startswith("Cannot overwrite"):
        spot = trouble_spot(text)
        if spot is not None:
            line, col = spot
    hinted = _hinted(detail, _line_text(text, line), col)
    line, col = _where_to_fix(text, hinted, line, col)
    detail = _translate(hinted, lang)
    return Problem(name, line, col, _field_on_line(text, line), say("syntax", lang, detail=detail))


def _where_to_fix(text: str, hinted: str, line: int, col: int) -> tuple[int, int]:
    """Where the trainer must change something, rather than where tomllib stopped reading: the backslash of a
    path, the quote that ends a title early, the `[effects]` written with one pair of brackets."""
    at = _line_text(text, line)
    if hinted.startswith(("Unescaped '\\'", "Invalid hex value", "Unrecognized escape")):
        backslash = at.rfind("\\", 0, max(col, 1))
        return line, (backslash + 1 if backslash >= 0 else col)
    if hinted == "quote_in_text":
        return line, col - 1
    if hinted == "table_not_array" and (found := _KEY_ON_LINE.match(at)):
        single = f"[{found.group(1).strip()}]"
        for number, row in enumerate(text.split("\n"), 1):
            if row.split("#", 1)[0].strip() == single:
                return number, 1
    return line, col


def _line_text(text: str, line: int) -> str:
    lines = text.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else ""


_CAPITAL_BOOL = re.compile(r"(?:True|False|TRUE|FALSE|Waar|waar|Onwaar|onwaar|Ja|ja|Nee|nee)\b")


def _hinted(detail: str, line: str, col: int) -> str:
    """A tomllib message made more precise by what stands on its line: the mistakes trainers make most."""
    at = line[col - 1 :] if col > 0 else ""
    if detail.startswith("Invalid value") and _CAPITAL_BOOL.match(at):
        return "capital_bool"
    if (
        detail.startswith("Expected newline or end of document after a statement")
        and col >= 2
        and line[col - 2 : col - 1] == '"'
    ):
        return "quote_in_text"
    if detail.startswith(("Cannot declare", "Cannot overwrite")) and line.lstrip().startswith("["):
        return "table_not_array"
    return detail


_TOML_DETAILS = {
    # tomllib's own English messages (matched, never shown) → the catalogue's plain text, loader.toml.*
    "Invalid value": "invalid_value",
    "Expected '=' after a key in a key/value pair": "expected_equals",
    "Unclosed array": "unclosed_array",
    "Unclosed inline table": "unclosed_table",
    "Unterminated string": "unterminated_string",
    "Cannot overwrite a value": "twice",
    "Expected newline or end of document after a statement": "expected_newline",
    "Invalid statement": "invalid_statement",
    "Illegal character": "illegal_character",
    "Cannot declare": "table_twice",
    "Invalid initial character for a key part": "bad_key_start",
    "Unescaped '\\'": "backslash",
    "Invalid hex value": "backslash_code",
    "Unrecognized escape": "backslash",
    "capital_bool": "capital_bool",
    "quote_in_text": "quote_in_text",
    "table_not_array": "table_not_array",
}


def _translate(detail: str, lang: str) -> str:
    for english, key in _TOML_DETAILS.items():
        if detail.startswith(english):
            return say(f"toml.{key}", lang)
    return detail


def validate(name: str, parsed: Parsed, model: type[M], lang: str) -> M | list[Problem]:
    """The validated model, or every validation error located at its line."""
    try:
        return model.model_validate(parsed.data)
    except ValidationError as error:
        problems = [_validation_problem(name, parsed, model, item, lang) for item in error.errors()]
        return sorted(set(problems))


def _validation_problem(name: str, parsed: Parsed, model: type[BaseModel], item: Any, lang: str) -> Problem:
    loc: tuple[str | int, ...] = tuple(item["loc"])
    kind: str = item["type"]
    if kind == "missing":
        line, col = locate(parsed.positions, loc[:-1])
    else:
        line, col = locate(parsed.positions, loc)
    return Problem(name, line, col, field_path(loc), _message(model, loc, item, lang))


def _message(model: type[BaseModel], loc: tuple[str | int, ...], item: Any, lang: str) -> str:
    kind: str = item["type"]
    ctx: dict[str, Any] = dict(item.get("ctx") or {})
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = _allowed_fields(model, loc[:-1])
        text = say(kind, lang, key=key)
        english = DUTCH_KEYS.get(key.lower())
        if english is not None and english in allowed:
            return f"{text}; {say('english_key', lang, suggestion=english)}"
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        if close:
            return f"{text}; {say('did_you_mean', lang, suggestion=close[0])}"
        if allowed:
            return f"{text}; {say('known_fields', lang, fields=', '.join(allowed))}"
        return text
    if kind in ("int_parsing", "int_type", "int_from_float"):
        kind = "int_type"
    if kind in ("bool_parsing", "bool_type"):
        kind = "bool_type"
    if kind in ("dict_type",) and loc and loc[-1] in ("title", "text", "story", "reason"):
        kind = "model_type"
    if kind == "literal_error":  # pydantic lists the choices as "'a', 'b' or 'c'"
        ctx["expected"] = str(ctx.get("expected", "")).replace(" or ", f" {say('or', lang)} ")
    if kind == "too_short":
        ctx["count"] = ctx.get("min_length")
    try:
        return say(kind, lang, **ctx)
    except KeyError:
        return str(item["msg"])


def _allowed_fields(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The field names of the (nested) model at `loc`, to suggest a fix for a misspelt key."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        field = current.model_fields.get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
    if current is None or not hasattr(current, "model_fields"):
        return []
    return list(current.model_fields)


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
