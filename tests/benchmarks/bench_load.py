"""Benchmark: load and search a synthetic briefing (50,000 events, 20,000 people) and print the figures.

Run from the repository: python -m tests.benchmarks.bench_load [--events N] [--people N]
Targets (issue 2): `briefing-app validate` of the bundled file under 0.3 s; the whole load within
1.3x the bare CSafeLoader parse of the same text; the median search under 2 ms over 20,000 people;
peak memory is printed for the record.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import subprocess
import sys
import time
import tracemalloc

import yaml

from briefing_app.loader import load_text
from briefing_app.search import SearchIndex

from ..synthetic import make_briefing


def best_of(runs: int, work: object) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def bare_parse(text: str, collector: bool) -> None:
    if not collector:
        gc.disable()
    try:
        yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506 - CSafeLoader is the safe loader
    finally:
        gc.enable()


def validate_command(runs: int) -> tuple[float, float]:
    """Median seconds of `python -c pass` and of `briefing-app validate` on the bundled briefing."""
    bare, validate = [], []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefing_app", "validate"], check=True, stdout=subprocess.DEVNULL)
        validate.append(time.perf_counter() - start)
    return statistics.median(bare), statistics.median(validate)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=2_000)
    args = parser.parse_args()

    floor, validate = validate_command(5)
    print(f"briefing-app validate (bundled briefing), launch to exit: {validate * 1000:6.1f} ms "
          f"(python -c pass: {floor * 1000:.1f} ms; target < 300 ms)")

    text = make_briefing(args.events, args.people)
    print(f"synthetic briefing: {args.events:,} events, {args.people:,} people, {len(text.encode()) / 1e6:.1f} MB")

    bare_gc = best_of(args.runs, lambda: bare_parse(text, collector=True))
    bare = best_of(args.runs, lambda: bare_parse(text, collector=False))
    whole = best_of(args.runs, lambda: load_text(text, "synthetic.yaml"))
    print(f"bare yaml.load(CSafeLoader), garbage collector on:  {bare_gc:7.3f} s")
    print(f"bare yaml.load(CSafeLoader), garbage collector off: {bare:7.3f} s   (the baseline)")
    print(f"whole load (parse, checks, model):                   {whole:7.3f} s   = {whole / bare:.2f}x the baseline (target <= 1.30x)")

    tracemalloc.start()
    briefing = load_text(text, "synthetic.yaml")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"peak memory of the whole load (tracemalloc):        {peak / 2**20:7.1f} MiB")

    start = time.perf_counter()
    index = SearchIndex(briefing)
    print(f"search index over {len(index):,} name forms built in   {time.perf_counter() - start:7.3f} s")

    rng = random.Random(1)
    queries: list[str] = []
    for _ in range(args.queries):
        form = rng.choice(rng.choice(briefing.people).names).text
        words = form.split()
        style = rng.randrange(4)
        if style == 0:
            queries.append(form)
        elif style == 1:
            queries.append(" ".join(reversed(words)).upper())
        elif style == 2:
            queries.append(words[0][: rng.randrange(1, len(words[0]) + 1)])
        else:
            queries.append(" ".join(w[:3] for w in words[:2]).lower())
    times = []
    found = 0
    for q in queries:
        start = time.perf_counter()
        found += bool(index.search(q))
        times.append(time.perf_counter() - start)
    times.sort()
    median = statistics.median(times) * 1000
    p95 = times[int(len(times) * 0.95)] * 1000
    print(f"search over {len(briefing.people):,} people: median {median:.3f} ms, 95th percentile {p95:.3f} ms, "
          f"{found}/{len(queries)} queries matched (target: median <= 2 ms)")


if __name__ == "__main__":
    main()
