"""The game on screen: pygame-ce scenes on top of the engine, which they only call down to."""

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
