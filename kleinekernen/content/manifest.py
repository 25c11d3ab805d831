"""A pack's manifest (pack.toml): its name, author, language, version and licence.

Its own module so that the deck (which reads the manifests of installed packs) and the pack installer
(which loads a deck to check a pack) both call down to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from .models import Model
from .problems import Problem
from .tomlfile import read_toml, validate

MANIFEST = "pack.toml"


class PackManifest(Model):
    format: Literal[1] = 1
    name: str = Field(min_length=1, max_length=80)
    """The pack's name, as the setup shows it."""
    author: str = Field("", max_length=120)
    language: Literal["nl", "en", "nl+en"] = "nl+en"
    version: str = Field("1.0", max_length=20)
    licence: str = Field("", max_length=80)
    """Under which licence others may use the cases."""


def read_manifest(folder: Path, lang: str = "nl", name: str | None = None) -> PackManifest | list[Problem]:
    """The folder's pack.toml, or its problems located as `name` (the path as the trainer knows it) at line
    and column: `mijn-pakket/pack.toml:3:1: versie: onbekend veld 'versie'; veldnamen zijn Engels: ...`."""
    path = folder / MANIFEST
    shown = name or str(path)
    parsed = read_toml(path, shown, lang)
    if isinstance(parsed, list):
        return parsed
    return validate(shown, parsed, PackManifest, lang)
