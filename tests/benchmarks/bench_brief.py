"""Benchmark: the one-page brief of the bundled briefing, from the command line and in process.

Run from the repository: python -m tests.benchmarks.bench_brief [--runs N]
Targets (issue 4): `briefing-app brief` within 1 s from launch to a closed file; the in-process
rendering of the page within 200 ms. The baseline beside them: a Python process that only starts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "brief.pdf")
        bare, cli = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True, env=env)
            bare.append(time.perf_counter() - start)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "briefing_app", "brief", "--output", out], check=True, env=env)
            cli.append(time.perf_counter() - start)

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from briefing_app.brief_pdf import ensure_gui, write_brief_pdf
        from briefing_app.loader import load_bundled

        ensure_gui()
        briefing = load_bundled()
        write_brief_pdf(briefing, out)  # warm up fonts
        render = []
        for _ in range(args.runs):
            start = time.perf_counter()
            write_brief_pdf(briefing, out)
            render.append(time.perf_counter() - start)
    print(f"{args.runs} runs each, medians")
    print(f"python -c pass (the floor):                 {statistics.median(bare) * 1000:7.1f} ms")
    print(f"briefing-app brief, launch to closed file:  {statistics.median(cli) * 1000:7.1f} ms   (target <= 1000 ms)")
    print(f"in-process layout, render and atomic write: {statistics.median(render) * 1000:7.1f} ms   (target <= 200 ms)")


if __name__ == "__main__":
    main()
