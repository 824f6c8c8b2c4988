"""Benchmark: hostile files. From Cancel to idle, the memory and time to refuse one huge field, and
what the GUI thread spends on a file at the threshold where loads go to the background.

Run from the repository: python -m tests.benchmarks.bench_hostile [--baseline DIR]
With --baseline, the same figures are printed for the package in DIR (a checkout of an earlier
commit, e.g. /tmp/ci-base), run just before in a process of its own, so both sit in one run.
Figures:
- cancel to idle: a background load (the window's Runner and Job) is cancelled 0.5 s after it
  starts; the time until its outcome reaches the GUI thread, and the outcome. Target: 200 ms.
- refusing the 31.9 MB flat list `title: [x, x, …]`: time and peak memory grown, against 8x the file.
- the GUI thread: build() of a synthetic file of the size SYNC_LIMIT allows. Target: 50 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

FLAT_LIST = b"title: [" + b"x," * 15_950_000 + b"x]\n"


def _cancel_to_idle(path: str) -> tuple[float, str]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from briefing_app.core.errors import BriefingError
    from briefing_app.ui.loading.background import Callbacks, Runner
    from briefing_app.ui.loading.build import build

    app = QCoreApplication.instance() or QCoreApplication([])
    loop = QEventLoop()
    runner = Runner()
    outcome: list[str] = []
    asked = [0.0]

    def end(what: str) -> None:
        outcome.append(what)
        loop.quit()

    runner.start(lambda checkpoint, progress: build(path, checkpoint, progress, background=True), "bench",
                 Callbacks(done=lambda _r: end("loaded"), failed=lambda m, d: end("failed"), cancelled=lambda: end("cancelled")),
                 expected=(BriefingError,))

    def cancel() -> None:
        asked[0] = time.perf_counter()
        runner.request_cancel()

    QTimer.singleShot(500, cancel)
    loop.exec()
    took = time.perf_counter() - asked[0] if asked[0] else float("nan")
    runner.shutdown()
    del app
    return took * 1000, outcome[0]


def _refuse(path: str) -> tuple[float, float]:
    code = ("import resource, time, sys\nfrom briefing_app.reading.loader import load_file\n"
            "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\nstart = time.perf_counter()\n"
            f"try:\n    load_file({path!r})\nexcept Exception as e:\n    pass\n"
            "print(time.perf_counter() - start, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ)).stdout.split()
    return float(out[0]), float(out[1])


def figures(folder: str) -> None:
    from briefing_app.ui.loading import controller
    from briefing_app.ui.loading.build import build
    from tests.synthetic import make_briefing

    flat = os.path.join(folder, "flat.yaml")
    with open(flat, "wb") as f:
        f.write(FLAT_LIST)
    large = os.path.join(folder, "large.yaml")
    with open(large, "w", encoding="utf-8") as f:
        f.write(make_briefing(events=50_000, people=20_000, eras=3_000, disagreements=2_000, forms=4, text_words=16, busy=5))
    seconds, mib = _refuse(flat)
    print(f"  refusing the 31.9 MB flat list: {seconds:6.2f} s, peak memory grown {mib:7.0f} MiB "
          f"(8x the file: {8 * len(FLAT_LIST) / 2**20:.0f} MiB)")
    for name, path in (("the flat list", flat), (f"the large briefing ({os.path.getsize(large) / 1e6:.1f} MB)", large)):
        ms, outcome = _cancel_to_idle(path)
        print(f"  cancel to idle, {name}: {ms:8.1f} ms, ends {outcome}")
    limit = controller.SYNC_LIMIT
    events = 10
    while True:  # the densest synthetic file that still loads on the GUI thread
        text = make_briefing(events=events * 2, people=events, forms=2, text_words=4)
        if len(text.encode("utf-8")) > limit:
            break
        events *= 2
        small = os.path.join(folder, "small.yaml")
        with open(small, "w", encoding="utf-8") as f:
            f.write(text)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        build(small)
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"  GUI thread: build() of {os.path.getsize(small):,} bytes (SYNC_LIMIT {limit:,}): median {times[3] * 1000:.1f} ms, "
          f"worst {times[-1] * 1000:.1f} ms (target 50 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", help="a checkout of an earlier commit, measured first in a process of its own")
    parser.add_argument("--only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline and not args.only:
        print(f"baseline ({args.baseline}):", flush=True)
        subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_hostile", "--only"], cwd=args.baseline,
                       env={**os.environ, "PYTHONPATH": args.baseline})
    print(f"this tree ({os.getcwd()}):" if not args.only else "", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        figures(folder)


if __name__ == "__main__":
    main()
