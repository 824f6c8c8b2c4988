"""Benchmark: typing in the search box and opening a large file, in the real window (offscreen).

Run from the repository: python -m tests.benchmarks.bench_ui [--events N] [--people N]
Prints, for a synthetic briefing (default 50,000 events, 20,000 people):
- each keystroke's work (search, the roster's filter and model) and the repaint after it, median,
  95th percentile and worst, typing several names letter by letter (target: the work under 16 ms),
  and the update of the timeline and drill that follows once typing pauses;
- while the file loads in the background, the longest time the event loop went without running a
  10 ms timer (target: under 100 ms), beside the same figure for an idle event loop.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="briefing-bench-")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402

from briefing_app.ui.run import make_app, open_window  # noqa: E402

from ..synthetic import make_briefing  # noqa: E402


class GapMeter:
    """A 10 ms timer; the longest gap between its ticks is how long the event loop was blocked."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.worst = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.worst = max(self.worst, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        return self.worst


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    return (f"median {statistics.median(ordered):6.2f} ms, 95th percentile {ordered[int(len(ordered) * 0.95)]:6.2f} ms, "
            f"worst {ordered[-1]:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--names", type=int, default=30, help="names typed letter by letter")
    args = parser.parse_args()
    app = make_app([])
    window = open_window(None)
    window.show()
    # The tabs are built when first shown: build the four that were always built before, so that the
    # open refills them all and each keystroke filters the roster, as for a user who has looked at them.
    built = [window.tab("roster"), window.tab("drill"), window.tab("sources")]
    assert all(tab.isHidden() for tab in built)
    app.processEvents()

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "large.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(make_briefing(args.events, args.people))
        meter = GapMeter()
        meter.start()
        deadline = time.perf_counter() + 1.0
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        idle = meter.stop()
        meter.start()
        start = time.perf_counter()
        window.open_path(path)
        while window.loading:
            app.processEvents()
            time.sleep(0.001)
        load_seconds = time.perf_counter() - start
        blocked = meter.stop()
    print(f"synthetic briefing: {args.events:,} events, {args.people:,} people")
    print(f"open in the background: {load_seconds:.2f} s; longest event-loop gap {blocked} ms "
          f"(idle event loop: {idle} ms; target < 100 ms)")

    rng = random.Random(3)
    briefing = window.briefing
    assert briefing is not None
    work: list[float] = []
    paint: list[float] = []
    follow: list[float] = []
    for _ in range(args.names):
        name = rng.choice(rng.choice(briefing.people).names).text
        words = name.split()
        typed = " ".join(reversed(words)) if rng.random() < 0.5 else name
        window.search.clear()
        app.processEvents()
        for n in range(1, len(typed) + 1):
            t0 = time.perf_counter()
            window.search.setText(typed[:n])  # textChanged runs the search and every filter
            t1 = time.perf_counter()
            window.repaint()
            app.processEvents()
            t2 = time.perf_counter()
            work.append((t1 - t0) * 1000)
            paint.append((t2 - t1) * 1000)
        t0 = time.perf_counter()
        window.flush_search()  # what runs once typing pauses: the timeline and drill follow
        follow.append((time.perf_counter() - t0) * 1000)
    print(f"keystrokes: {len(work)} over {args.names} names typed letter by letter")
    print(f"  work (search, filters, models): {summary(work)}   (target < 16 ms)")
    print(f"  repaint of the window after it: {summary(paint)}")
    print(f"when typing pauses, the timeline and drill follow: {summary(follow)}")
    window.close()


if __name__ == "__main__":
    main()
