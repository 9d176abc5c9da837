"""Launch to first paint: `briefing seeds/` against a bare Textual app, both under tmux.

`--articles N` (N > 1) times a folder of N articles instead (the seed and the development
articles, copied under new names): the reader opens on the digest, so its first paint is the
digest screen and its last mark the digest of every article.

Each run starts the program in a fresh detached tmux session and polls `capture-pane` until
the screen shows what that program paints: for briefing, the first article's text and then
its briefing; for the bare app, its one line. A third program, a Textual app with no logic that
draws a screen laid out like the reader's (a list, four bordered panes and the seed's text),
shows how much of the gap is only drawing a full screen rather than one line. briefing runs
twice per round: with a cold cache (an empty cache directory each time, so the extractors are
imported and run) and with a warm one (filled once before the rounds, so the briefing comes
from SQLite without importing the extractors). The programs run as an installed user's would,
with bytecode caches: an untimed round first writes them, even where PYTHONDONTWRITEBYTECODE is
set (then every edited module would be compiled afresh in every timed run). Prints the medians;
asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
RUNS = 15
TIMEOUT = 20.0

BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("bare app ready")

Bare().run()
"""

# Textual alone, drawing what the reader's first frame draws, and nothing else: no state, no
# cache, no threads. Its marker is a name in the seed's text, as for the reader.
FULL_SCREEN_APP = """
from pathlib import Path
from textual.app import App
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static

TEXT = Path("seeds/000_5520211c78aac45f.txt").read_text(encoding="utf-8")

class FullScreen(App):
    CSS = "Static { border: round white; } #list { width: 40; } #panes { width: 60; }"

    def compose(self):
        yield Static("title")
        with Horizontal():
            yield OptionList("one", "two", id="list")
            with Vertical(id="panes"):
                for name in ("Summary", "Actors", "Agenda", "Open questions"):
                    yield Static(name)
            yield Static(TEXT)
        yield Static("footer")

FullScreen().run()
"""

BRIEFING = Path(PYTHON).parent / "briefing"
# A private tmux server, kept alive by an idle session for the whole run: when the last
# session of a server closes the server exits, and the next run would race its shutdown.
TMUX = ["tmux", "-L", f"bench-startup-{os.getpid()}"]


def time_to_paint(
    command: str, markers: list[str], size: tuple[int, int], timeout: float = TIMEOUT
) -> list[float]:
    """Seconds from starting `command` in tmux until each marker first appears on its screen."""
    session = f"bench-startup-{os.getpid()}"
    width, height = size
    seen: dict[str, float] = {}
    start = time.perf_counter()
    subprocess.run(
        [*TMUX, "new-session", "-d", "-s", session, "-x", str(width), "-y", str(height), command],
        check=True,
        cwd=ROOT,
    )
    try:
        while time.perf_counter() - start < timeout:
            screen = subprocess.run(
                [*TMUX, "capture-pane", "-p", "-t", session],
                capture_output=True,
                text=True,
            ).stdout
            now = time.perf_counter() - start
            for marker in markers:
                if marker in screen:
                    seen.setdefault(marker, now)
            if len(seen) == len(markers):
                return [seen[m] for m in markers]
            time.sleep(0.005)
        missing = [m for m in markers if m not in seen]
        raise TimeoutError(f"{missing!r} never appeared")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)


def make_folder(root: Path, count: int) -> Path:
    """`count` articles: the seed and the development articles, copied under new names."""
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "fixtures" / "dev").glob("dev0*")
    )
    folder = root / f"folder-{count}"
    folder.mkdir()
    for i in range(count):
        source = sources[i % len(sources)]
        shutil.copyfile(source, folder / f"{i:05d}_{source.name}")
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1, help="articles in the folder (default 1)")
    ap.add_argument(
        "--runs",
        type=int,
        default=RUNS,
        help=f"rounds (default {RUNS}; fewer than 15 do not tell 1.2x from 1.3x on a busy machine)",
    )
    args = ap.parse_args()
    subprocess.run([*TMUX, "new-session", "-d", "-s", "keeper", "sleep 3600"], check=True)
    try:
        run_all(args.articles, args.runs)
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)


def run_all(count: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        target = "seeds/" if count == 1 else str(make_folder(root, count))
        env = f"env -u PYTHONDONTWRITEBYTECODE XDG_DATA_HOME={shlex.quote(str(root / 'data'))} "
        bare = env + f"{shlex.quote(PYTHON)} -c {shlex.quote(BARE_APP)}"
        full = env + f"{shlex.quote(PYTHON)} -c {shlex.quote(FULL_SCREEN_APP)}"
        warm_dir = root / "warm-cache"
        subprocess.run(
            [str(BRIEFING), target, "--format", "json", "--cache-dir", str(warm_dir)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )

        def reader(cache: Path) -> str:
            return env + " ".join(
                shlex.quote(str(part)) for part in (BRIEFING, target, "--cache-dir", cache)
            )

        if count == 1:
            # The reader paints in two steps: the first article's text as soon as it is read
            # ("Ryabkov", a name in the seed), then its briefing ("mentions" only appears in
            # the Actors pane, which the 160-column layout shows beside the text).
            markers, steps = ["Ryabkov", "mentions"], ["article text", "briefing panes"]
        else:
            # A folder opens on the digest: its screen first, then the digest of every article.
            markers = ["Morning digest", f"from {count} articles"]
            steps = ["digest screen", "full digest"]
        timeout = TIMEOUT if count == 1 else TIMEOUT + count / 20
        results: dict[str, list[float]] = {"bare textual app": []}
        if count == 1:
            results["full-screen textual app"] = []
        for name in ("cold cache", "warm cache"):
            for step in steps:
                results[f"{name}: {step}"] = []
        time_to_paint(bare, ["bare app ready"], (160, 48))
        time_to_paint(full, ["Ryabkov"], (160, 48))
        time_to_paint(reader(warm_dir), markers, (160, 48), timeout)
        for round_number in range(runs):
            # Interleaved, so a slow moment of the machine hits all alike.
            (bare_time,) = time_to_paint(bare, ["bare app ready"], (160, 48))
            results["bare textual app"].append(bare_time)
            if count == 1:
                (full_time,) = time_to_paint(full, ["Ryabkov"], (160, 48))
                results["full-screen textual app"].append(full_time)
            cold = reader(root / f"cold-cache-{round_number}")
            for name, command in (("cold cache", cold), ("warm cache", reader(warm_dir))):
                times = time_to_paint(command, markers, (160, 48), timeout)
                for step, seconds in zip(steps, times, strict=True):
                    results[f"{name}: {step}"].append(seconds)
    print_results(results, runs)


def print_results(results: dict[str, list[float]], runs: int) -> None:
    bare_median = statistics.median(results["bare textual app"])
    for name, times in results.items():
        median = statistics.median(times)
        print(
            f"{name:<26} median {median * 1000:7.1f} ms  "
            f"min {min(times) * 1000:7.1f} ms  ({median / bare_median:.2f}x bare, {runs} runs)"
        )


if __name__ == "__main__":
    main()
