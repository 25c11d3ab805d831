"""Checks on a case's illustration file: inside the allowed folders, an image, not too large."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from PIL import Image

from .messages import say

MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_SIDE = 2400
IMAGE_FORMATS = ("PNG", "JPEG")
ASSETS_PREFIX = "assets/"


@dataclass(frozen=True)
class ImageIssue:
    key: str
    values: dict[str, object]

    def message(self, lang: str) -> str:
        return say(self.key, lang, **self.values)


def resolve_illustration(written: str, case_folder: Path, assets_folder: Path) -> Path | ImageIssue:
    """The real path of an illustration as written in a case, or why it may not be used.

    A path is relative: to the case's own folder, or to the game's assets folder when it starts with
    `assets/`. It may not climb out with `..`, be absolute, or lead out through a symbolic link.
    """
    if PurePosixPath(written).is_absolute() or PureWindowsPath(written).is_absolute() or written.startswith("\\"):
        return ImageIssue("image_absolute", {"path": written})
    parts = PurePosixPath(written.replace("\\", "/")).parts
    if ".." in parts:
        return ImageIssue("image_parent", {"path": written})
    base = case_folder
    if written.startswith(ASSETS_PREFIX):
        base, parts = assets_folder, parts[1:]
    candidate = base.joinpath(*parts)
    real = candidate.resolve()
    if not real.is_relative_to(base.resolve()):
        return ImageIssue("image_outside", {"path": written})
    if not real.is_file():
        return ImageIssue("image_missing", {"path": written})
    return real


def check_image(path: Path, written: str) -> ImageIssue | None:
    """None if the file is a PNG or JPEG small enough for a card; else what is wrong."""
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        return ImageIssue("image_too_many_bytes", {"path": written, "size": size, "limit": MAX_IMAGE_BYTES})
    try:
        with Image.open(path) as image:
            width, height = image.size
            kind = image.format
            image.verify()
    except Exception:  # Pillow raises many kinds for a broken file; each means "not an image"
        return ImageIssue("image_not_image", {"path": written})
    if kind not in IMAGE_FORMATS:
        return ImageIssue("image_not_image", {"path": written})
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        return ImageIssue(
            "image_too_many_pixels",
            {"path": written, "width": width, "height": height, "limit": MAX_IMAGE_SIDE},
        )
    return None
