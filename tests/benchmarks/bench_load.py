"""Benchmark: load and search a large synthetic briefing and print each figure beside its baseline.

Run from the repository: python -m tests.benchmarks.bench_load [--plain] [--events N] [--people N]

The file is tests.synthetic.make_large() (50,000 events of which 3,000 eras, 20,000 people with
four or five name forms, long texts, 2,000 disagreements, 103 ships, 206 sources; about 22 MB),
or with --plain the older plain file of --events and --people. Figures, each against a baseline
measured in the same run:
- `briefing-app validate` of the bundled file (target < 300 ms) against `python -c pass`;
- the whole load with the garbage collector left on, as the app runs it, against a bare
  `yaml.load` with CSafeLoader and the collector off (target <= 0.9x);
- resident memory (VmRSS after the load, VmHWM the peak), each in a fresh process, against the
  live model's size (target: RSS growth <= 2.5x the model) and against a bare parse's;
- the median search over 20,000 people (target <= 2 ms).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

import yaml

from briefing_app.reading.loader import load_text, read_text
from briefing_app.search.names import SearchIndex

from ..synthetic import make_briefing, make_large


def timed(work: object) -> tuple[float, float]:
    """Wall and CPU seconds of one run, after a collection so that no earlier garbage is paid for."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    work()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu


def _best(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return min(s[0] for s in samples), min(s[1] for s in samples)


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


def _status() -> dict[str, float]:
    """This process's VmRSS and VmHWM in MiB."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(("VmRSS:", "VmHWM:")):
                found[line.split(":")[0]] = int(line.split()[1]) / 1024
    return found


def model_size(root: object) -> int:
    """Bytes of every object reachable from root, each once (tracemalloc would slow the load twentyfold)."""
    seen = {id(root)}
    todo = [root]
    size = 0
    while todo:
        obj = todo.pop()
        size += sys.getsizeof(obj)
        for ref in gc.get_referents(obj):
            if id(ref) not in seen and not isinstance(ref, type):
                seen.add(id(ref))
                todo.append(ref)
    return size


def measure(path: str, how: str) -> None:
    """In a fresh process: read the file, then load it (`how`), and print the memory figures as JSON."""
    text = read_text(path)
    before = _status()
    if how == "model":  # the live model's size: every object it holds, each counted once
        briefing = load_text(text, path)
        print(json.dumps({"model": model_size(briefing) / 2**20}))
        return
    if how == "load":
        kept: object = load_text(text, path)
    else:
        gc.disable()
        kept = yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506 - CSafeLoader is the safe loader
        gc.enable()
    after = _status()
    print(json.dumps({"before": before["VmRSS"], "after": after["VmRSS"], "peak": after["VmHWM"]}))
    del kept


def _child(path: str, how: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_load", "--measure", how, path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plain", action="store_true", help="the plain file of --events and --people instead of the large one")
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--measure", nargs=2, metavar=("HOW", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure[1], args.measure[0])
        return

    floor, validate = validate_command(5)
    print(f"briefing-app validate (bundled briefing), launch to exit: {validate * 1000:6.1f} ms "
          f"(python -c pass: {floor * 1000:.1f} ms; target < 300 ms)")

    text = make_briefing(args.events, args.people) if args.plain else make_large()
    print(f"synthetic briefing: {'plain' if args.plain else 'large'}, {len(text.encode()) / 1e6:.1f} MB")

    # Interleaved, so that a busy machine slows all alike; best of each, in wall time and in CPU
    # time (steadier when other processes share the cores).
    bare, bare_gc, whole = [], [], []
    for _ in range(args.runs):
        bare.append(timed(lambda: bare_parse(text, collector=False)))
        bare_gc.append(timed(lambda: bare_parse(text, collector=True)))
        whole.append(timed(lambda: load_text(text, "synthetic.yaml")))
    (bare_wall, bare_cpu), (gc_wall, gc_cpu), (whole_wall, whole_cpu) = (_best(bare), _best(bare_gc), _best(whole))
    print(f"bare yaml.load(CSafeLoader), collector on:   {gc_wall:7.3f} s wall, {gc_cpu:7.3f} s CPU")
    print(f"bare yaml.load(CSafeLoader), collector off:  {bare_wall:7.3f} s wall, {bare_cpu:7.3f} s CPU   (the baseline)")
    print(f"whole load, collector on, as the app runs it: {whole_wall:7.3f} s wall, {whole_cpu:7.3f} s CPU   "
          f"= {whole_wall / bare_wall:.2f}x / {whole_cpu / bare_cpu:.2f}x the baseline (target <= 0.90x)")

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "large.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        model = _child(path, "model")["model"]
        load = _child(path, "load")
        parse = _child(path, "parse")
    grown, peak = load["after"] - load["before"], load["peak"] - load["before"]
    print(f"live model (every object it holds, each once):       {model:7.1f} MiB   (the baseline)")
    print(f"RSS grown by the load, after it / at its peak:       {grown:7.1f} / {peak:.1f} MiB = {grown / model:.2f}x / "
          f"{peak / model:.2f}x the model (target after <= 2.5x)")
    print(f"  the process: {load['before']:.1f} MiB with the text read, {load['after']:.1f} MiB after the load, "
          f"peak {load['peak']:.1f} MiB")
    print(f"  a bare yaml.load keeping its result: {parse['after'] - parse['before']:.1f} MiB grown, "
          f"peak {parse['peak'] - parse['before']:.1f} MiB")

    briefing = load_text(text, "synthetic.yaml")
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
