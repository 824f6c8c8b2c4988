"""Benchmark: the one-page brief, of the bundled briefing and of the large synthetic one, each beside a baseline.

Run from the repository: python -m tests.benchmarks.bench_brief [--runs N] [--large-runs N]
Targets: `briefing-app brief` of the bundled file within 1 s from launch to a closed file, and its
in-process rendering within 200 ms (baseline: a Python process that only starts); `briefing-app
brief` of the large file (tests.synthetic.make_large: 50,000 events, 103 ships, 206 sources,
2,000 disagreements) within 1.2x `briefing-app validate` of the same file (the baseline: the load
both share). Wall time and CPU time (the children's user + system time, steadier on a busy machine)
are both printed; runs alternate so that a busy machine slows both alike, and the ratio is the
median of each brief against the validation run just before it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from ..synthetic import make_large


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large-runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = [sys.executable, "-m", "briefing_app"]
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "brief.pdf")
        bare, cli = [], []
        for _ in range(args.runs):
            bare.append(_run([sys.executable, "-c", "pass"], env))
            cli.append(_run([*app, "brief", "--output", out], env))

        large = os.path.join(folder, "large.yaml")
        with open(large, "w", encoding="utf-8") as handle:
            handle.write(make_large())
        size = os.path.getsize(large)
        validate, brief = [], []
        for _ in range(args.large_runs):
            validate.append(_run([*app, "validate", large], env))
            brief.append(_run([*app, "brief", "--file", large, "--output", out], env))

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from briefing_app.brief.pdf import ensure_gui, write_brief_pdf
        from briefing_app.reading.loader import load_bundled

        ensure_gui()
        briefing = load_bundled()
        write_brief_pdf(briefing, out)  # warm up fonts
        render = []
        for _ in range(args.runs):
            start = time.perf_counter()
            write_brief_pdf(briefing, out)
            render.append(time.perf_counter() - start)
    (bare_wall, _), (cli_wall, _) = _medians(bare), _medians(cli)
    (validate_wall, validate_cpu), (brief_wall, brief_cpu) = _medians(validate), _medians(brief)
    print(f"bundled briefing, {args.runs} runs each, medians")
    print(f"python -c pass (the floor):                 {bare_wall * 1000:7.1f} ms")
    print(f"briefing-app brief, launch to closed file:  {cli_wall * 1000:7.1f} ms   (target <= 1000 ms)")
    print(f"in-process layout, render and atomic write: {statistics.median(render) * 1000:7.1f} ms   (target <= 200 ms)")
    print(f"large briefing ({size / 1e6:.0f} MB), {args.large_runs} runs each, medians")
    print(f"briefing-app validate (the baseline):       {validate_wall:7.2f} s wall, {validate_cpu:6.2f} s CPU")
    # Each brief against the validation run just before it: this machine's speed drifts by a third
    # from minute to minute, so a ratio of two medians can pair a fast minute with a slow one.
    pairs = sorted(b[0] / v[0] for v, b in zip(validate, brief))
    cpu_pairs = sorted(b[1] / v[1] for v, b in zip(validate, brief))
    print(f"briefing-app brief:                         {brief_wall:7.2f} s wall, {brief_cpu:6.2f} s CPU")
    print(f"each brief against the validation just before it: median {statistics.median(pairs):.2f}x wall, "
          f"{statistics.median(cpu_pairs):.2f}x CPU (target <= 1.2x); each pair: {', '.join(f'{x:.2f}' for x in pairs)}")


if __name__ == "__main__":
    main()
