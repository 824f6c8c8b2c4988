"""Benchmark: each export of a synthetic briefing of 5,000 events and 500 people, in process.

Run from the repository: python -m tests.benchmarks.bench_exports [--events N] [--people N] [--runs N]
Each figure is the median time to render the bytes and write them atomically. The baselines beside
them, in the same run: loading the same file, and json.dumps of the events as plain dicts (what any
JSON export has to pay at least).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable

from briefing_app.support.atomic_write import write_atomic
from briefing_app.exports.formats import FORMATS, ExportOptions, render
from briefing_app.reading.loader import load_file
from tests.synthetic import make_briefing


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "synthetic.yaml")
        with open(source, "w", encoding="utf-8") as f:
            f.write(make_briefing(events=args.events, people=args.people))
        b = load_file(source)
        plain = [{"id": e.id, "when": e.when.iso(), "title": e.title, "text": e.text, "sources": list(e.sources)} for e in b.events]
        print(f"{args.events} events, {args.people} people; {args.runs} runs each, medians")
        print(f"  baseline: load the file                   {_median_ms(lambda: load_file(source), args.runs):8.1f} ms")
        print(f"  baseline: json.dumps of the events       {_median_ms(lambda: json.dumps(plain, ensure_ascii=False), args.runs):8.1f} ms")
        cases = [(name, ExportOptions()) for name in FORMATS]
        cases += [("csv", ExportOptions(what="events")), ("ics", ExportOptions(include_all=True))]
        for name, options in cases:
            out = os.path.join(folder, f"out.{FORMATS[name].extension}")
            size = len(render(b, name, options))
            label = name + (" --what events" if options.what == "events" else "") + (" --all" if options.include_all else "")
            ms = _median_ms(lambda: write_atomic(out, render(b, name, options)), args.runs)  # noqa: B023 - used at once
            print(f"  export {label:<33}{ms:8.1f} ms   {size / 1024:8.0f} KB")


if __name__ == "__main__":
    main()
