"""The scenes by name: the only place that knows every scene class.

A scene asks for another by name (`app.push("confirm", question=..., ...)`); the window looks the name up here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..i18n import Catalog
from .base import Host, Scene
from .case import CaseScene
from .end import EndScene
from .overlays import BlankOverlay, ConfirmOverlay, EndTalkOverlay, HelpOverlay
from .review import ReviewScene
from .room import RoomScene
from .sessions import SessionListScene
from .setup import SetupScene
from .title import TitleScene

SceneFactory = Callable[..., Scene]

SCENES: dict[str, SceneFactory] = {
    "title": TitleScene,
    "sessions": SessionListScene,
    "setup": SetupScene,
    "case": CaseScene,
    "end": EndScene,
    "review": ReviewScene,
    "room": RoomScene,
    "help": HelpOverlay,
    "blank": BlankOverlay,
    "confirm": ConfirmOverlay,
    "end_talk": EndTalkOverlay,
}


class UnknownScene(KeyError):
    def __init__(self, name: str) -> None:
        super().__init__(Catalog("nl")("scene.unknown", name=repr(name), known=", ".join(sorted(SCENES))))


def make_scene(table: dict[str, SceneFactory], name: str, host: Host, **options: Any) -> Scene:
    try:
        factory = table[name]
    except KeyError:
        raise UnknownScene(name) from None
    return factory(host, **options)
