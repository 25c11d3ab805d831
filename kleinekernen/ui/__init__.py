"""The game on screen: pygame-ce scenes on top of the engine, which they only call down to."""

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# SDL would turn SIGTERM and Ctrl+C into a window-close event, which asks "stop playing?" and so never
# ends a process that the system or a terminal wants to stop.
os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")
