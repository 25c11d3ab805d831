"""Screen figures for `kleinekernen bench`: start-up, frame times, idle CPU and peak memory.

Each figure runs in its own process on SDL's dummy video driver, so the machine needs no display.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

FIRST_FRAME = """
import time, os
start = time.perf_counter()
from kleinekernen.ui.app import App
app = App(size=(1280, 720))
app.step([])
print(time.perf_counter() - start)
"""

BARE_WINDOW = """
import time, os
start = time.perf_counter()
import pygame
pygame.display.init()
pygame.font.init()
screen = pygame.display.set_mode((1280, 720))
screen.fill((255, 255, 255))
pygame.display.flip()
print(time.perf_counter() - start)
"""

PREPARE_UNFINISHED = """
import pathlib, sys, pygame
from kleinekernen.ui.app import App
from kleinekernen.ui.driver import press
app = App(size=(1280, 720), seed=5, saves=pathlib.Path(sys.argv[1]))
press(app, pygame.K_RETURN)
app.scene.start()
press(app, pygame.K_PAGEDOWN)
app.context.close()
print("ready")
"""

TITLE_WITH_CONTINUE = """
import pathlib, sys
from kleinekernen.ui.app import App
app = App(size=(1280, 720), saves=pathlib.Path(sys.argv[1]))
for _ in range(100):
    app.step([])
    if app.scene.offering is not None and not app.dirty:
        break
print("continue" if app.scene.offering is not None else "no continue")
"""

FRAMES = """
import json, sys, time
import pygame
from kleinekernen.engine.state import Step
from kleinekernen.ui.app import App
from kleinekernen.ui.driver import press
width, height = map(int, sys.argv[1:3])
app = App(size=(width, height), seed=5)
press(app, pygame.K_RETURN)
app.scene.start()
press(app, pygame.K_PAGEDOWN)
press(app, pygame.K_1)
while app.session.game.step is not Step.OUTCOME:
    press(app, pygame.K_1)
scene = app.scene
times = []
for _ in range(3):
    scene.animation = 0.0
    while scene.animation < 1.0:
        scene.update(1 / 60)
        start = time.perf_counter()
        app.draw()
        times.append(time.perf_counter() - start)
times.sort()
print(json.dumps({"median": times[len(times) // 2], "p95": times[int(len(times) * 0.95)], "frames": len(times)}))
"""

IDLE = """
import time, pygame
from kleinekernen.ui.app import App
app = App(size=(1920, 1080))
app.step([])
app.step([])  # the deck loads after the first frame; idle starts after that
clock = pygame.time.Clock()
wall, cpu = time.perf_counter(), time.process_time()
while time.perf_counter() - wall < 3.0:
    app.step(app.next_events(clock))
print((time.process_time() - cpu) / (time.perf_counter() - wall))
"""

PEAK = """
import resource, sys, tempfile, pathlib
from kleinekernen.ui.screenshots import render_screenshots
with tempfile.TemporaryDirectory() as folder:
    render_screenshots(pathlib.Path(folder), size=(3840, 2160))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _run(code: str, *args: str) -> str:
    """The last line `code` prints, run in a fresh process whose saves/ is a fresh temporary folder: no figure
    continues another's session, and none lands in the group's saves/."""
    with tempfile.TemporaryDirectory(prefix="kleinekernen-bench-") as saves:
        env = {
            **os.environ,
            "SDL_VIDEODRIVER": "dummy",
            "SDL_AUDIODRIVER": "dummy",
            "PYGAME_HIDE_SUPPORT_PROMPT": "1",
            "KLEINEKERNEN_SAVES": saves,
        }
        done = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True, timeout=300
        )
    return done.stdout.strip().splitlines()[-1]


def _best(code: str, runs: int) -> float:
    return min(float(_run(code)) for _ in range(runs))


def _whole_process(code: str, *args: str) -> float:
    """Seconds from starting the interpreter to its exit, as a person starting the game waits."""
    start = time.perf_counter()
    shown = _run(code, *args)
    if shown == "no continue":
        raise RuntimeError("the title did not offer to continue the unfinished session")
    return time.perf_counter() - start


def title_with_continue(runs: int) -> tuple[float, float]:
    """Best whole-process seconds to a complete title (with "continue"), and to a bare pygame-ce window."""
    with tempfile.TemporaryDirectory() as saves:
        _run(PREPARE_UNFINISHED, saves)
        game = min(_whole_process(TITLE_WITH_CONTINUE, saves) for _ in range(runs))
        bare = min(_whole_process(BARE_WINDOW) for _ in range(runs))
    return game, bare


def run_screen_bench(*, quick: bool = False) -> None:
    runs = 2 if quick else 5
    # Byte-compile first, as installing a package does: PYTHONDONTWRITEBYTECODE (set on some machines)
    # would otherwise make every start compile the game's modules again.
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=False, capture_output=True)
    game = _best(FIRST_FRAME, runs)
    bare = _best(BARE_WINDOW, runs)
    print(
        f"start_to_first_frame: {game * 1000:.0f} ms (bare pygame-ce window: {bare * 1000:.0f} ms, {game / bare:.1f}x)"
    )
    game, bare = title_with_continue(runs)
    print(
        f"start_to_title_with_continue_whole_process: {game * 1000:.0f} ms "
        f"(bare pygame-ce window, whole process: {bare * 1000:.0f} ms, {game / bare:.1f}x)"
    )
    for width, height in ((1920, 1080), (3840, 2160)):
        frames = json.loads(_run(FRAMES, str(width), str(height)))
        print(
            f"outcome_animation_frame_{width}x{height}: {frames['median'] * 1000:.1f} ms median, "
            f"{frames['p95'] * 1000:.1f} ms p95 ({frames['frames']} frames)"
        )
    idle = float(_run(IDLE))
    print(f"idle_cpu_1920x1080: {idle * 100:.1f} % of one core")
    if not quick:
        peak = float(_run(PEAK))
        print(f"peak_memory_4k_session: {peak:.0f} MB")
