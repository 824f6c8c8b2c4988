"""Work off the GUI thread: a job ends in exactly one of done, failed or cancelled, an unexpected error
is reported with its details, and the switch interval comes back once the last job ends."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest

from briefing_app.ui.loading.background import SWITCH_INTERVAL, Job, gui_first


def _outcomes(job: Job) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    job.done.connect(lambda result: seen.append(("done", result)))
    job.failed.connect(lambda summary, details: seen.append(("failed", (summary, details))))
    job.cancelled.connect(lambda: seen.append(("cancelled", None)))
    return seen


def _run(qtbot: Any, work: Callable[[Callable[[], None]], object], cancel: bool = False) -> list[tuple[str, object]]:
    job = Job(work, "testing")
    seen = _outcomes(job)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        job.start()
        if cancel:
            job.cancel()
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_a_job_gives_its_result(qtbot: Any) -> None:
    assert _run(qtbot, lambda checkpoint: 42) == [("done", 42)]


def test_an_unexpected_error_is_reported_with_its_details(qtbot: Any) -> None:
    def broken(checkpoint: Callable[[], None]) -> object:
        raise ZeroDivisionError("division by zero")

    [(outcome, (summary, details))] = _run(qtbot, broken)  # type: ignore[misc]
    assert outcome == "failed" and "ZeroDivisionError" in summary and "broken" in details


def test_a_cancelled_job_stops_at_its_next_checkpoint(qtbot: Any) -> None:
    def long(checkpoint: Callable[[], None]) -> object:
        while True:
            checkpoint()

    assert _run(qtbot, long, cancel=True) == [("cancelled", None)]


def test_the_switch_interval_comes_back_when_the_last_job_ends() -> None:
    before = sys.getswitchinterval()
    with gui_first():
        with gui_first():  # a network built while a file loads
            assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)  # the other job still runs
    assert sys.getswitchinterval() == pytest.approx(before)
