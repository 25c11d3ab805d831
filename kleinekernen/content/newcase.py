"""`kleinekernen new`: a new case file from the commented template, ready to fill in and to pass `check`.

The file lands in scenarios/cases/ or in one pack's folder there, named after its id, with its `#:schema`
line right for that folder. It is written in one step and never over an existing file; an id that is not
valid, or that a case already has, is refused with the reason.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from ..files.atomic import write_text_new
from ..i18n import Catalog
from .deck import display_name, load_deck
from .models import ID_MAX_LENGTH, ID_PATTERN
from .warnings import schema_path

TEMPLATES = "templates"


class NewCaseError(ValueError):
    """A new case that cannot be written, e.g. NewCaseError("'Speeltuin' is geen geldige id: …")."""


def _refused(lang: str, key: str, /, **values: object) -> NewCaseError:
    return NewCaseError(Catalog(lang)(f"new.{key}", **values))


def template(lang: str) -> str:
    """The commented template of a case, its comments in `lang` (Dutch for anything but "en")."""
    name = f"case.{'en' if lang == 'en' else 'nl'}.toml"
    return resources.files(__package__).joinpath(TEMPLATES, name).read_text(encoding="utf-8")


def is_valid_id(case_id: str) -> bool:
    return len(case_id) <= ID_MAX_LENGTH and re.fullmatch(ID_PATTERN, case_id) is not None


def target_folder(scenarios: Path, pack: str | None, lang: str) -> Path:
    """scenarios/cases/, or the folder of the pack named `pack` in it (which must exist; no other path)."""
    cases = scenarios / "cases"
    if pack is None:
        return cases
    packs = sorted(p.name for p in cases.iterdir() if p.is_dir() and not p.is_symlink()) if cases.is_dir() else []
    folder = cases / pack
    inside = folder.resolve().parent == cases.resolve()
    if pack not in packs or not inside or folder.is_symlink():
        known = ", ".join(packs) or Catalog(lang)("new.no_packs")
        raise _refused(lang, "no_pack", pack=pack, folder=display_name(cases), packs=known)
    return folder


def new_case(case_id: str, scenarios: Path, assets: Path, lang: str = "nl", pack: str | None = None) -> Path:
    """Write the template as a new case `case_id` and return its path; NewCaseError says why it cannot."""
    if not is_valid_id(case_id):
        raise _refused(lang, "bad_id", id=case_id, limit=ID_MAX_LENGTH)
    folder = target_folder(scenarios, pack, lang)
    path = folder / f"{case_id}.toml"
    if path.exists() or path.is_symlink():
        raise _refused(lang, "exists", path=display_name(path))
    deck = load_deck(scenarios, assets=assets, lang=lang)  # every case, built-in and in packs
    if case_id in deck.deck.case_files:
        raise _refused(lang, "id_taken", id=case_id, path=display_name(deck.deck.case_files[case_id]))
    schema = schema_path(folder, scenarios / "schema" / "case.schema.json")
    text = template(lang).replace("@SCHEMA@", schema).replace("@ID@", case_id)
    try:
        write_text_new(path, text)
    except FileExistsError:
        raise _refused(lang, "exists", path=display_name(path)) from None
    return path
