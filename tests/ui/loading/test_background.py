"""Work off the GUI thread: a job ends in exactly one of done, failed or cancelled, an unexpected error
is reported with its details, a result nobody wants any more is dropped, and the switch interval comes
back once the last job ends."""

from __future__ import annotations

import sys
import threading
from typing import Any

import pytest

from briefing_app.core.cancel import Checkpoint, Progress
from briefing_app.core.errors import BriefingError
from briefing_app.ui.loading.background import SWITCH_INTERVAL, Callbacks, Runner, Work, gui_first


def _callbacks(seen: list[tuple[str, object]]) -> Callbacks:
    return Callbacks(done=lambda result: seen.append(("done", result)),
                     failed=lambda summary, details: seen.append(("failed", (summary, details))),
                     cancelled=lambda: seen.append(("cancelled", None)),
                     progress=lambda percent: seen.append(("progress", percent)))


def _run(qtbot: Any, work: Work, cancel: bool = False, expected: tuple[type[Exception], ...] = ()) -> list[tuple[str, object]]:
    runner = Runner()
    seen: list[tuple[str, object]] = []
    runner.start(work, "testing", _callbacks(seen), expected)
    if cancel:
        runner.request_cancel()
    qtbot.waitUntil(lambda: any(kind != "progress" for kind, _ in seen), timeout=10_000)
    runner.wait()
    return [entry for entry in seen if entry[0] != "progress"]


def test_a_job_gives_its_result(qtbot: Any) -> None:
    assert _run(qtbot, lambda checkpoint, progress: 42) == [("done", 42)]


def test_an_unexpected_error_is_reported_with_its_details(qtbot: Any) -> None:
    def broken(checkpoint: Checkpoint, progress: Progress) -> object:
        raise ZeroDivisionError("division by zero")

    [(outcome, (summary, details))] = _run(qtbot, broken)  # type: ignore[misc]
    assert outcome == "failed" and "ZeroDivisionError" in summary and "broken" in details


def test_an_expected_error_is_its_message_alone(qtbot: Any) -> None:
    def bad_file(checkpoint: Checkpoint, progress: Progress) -> object:
        raise BriefingError("a.yaml", 3, 1, "title", "must be text")

    assert _run(qtbot, bad_file, expected=(BriefingError,)) == [("failed", ("a.yaml:3:1: title: must be text", ""))]


def test_a_cancelled_job_stops_at_its_next_checkpoint(qtbot: Any) -> None:
    def long(checkpoint: Checkpoint, progress: Progress) -> object:
        while True:
            checkpoint()

    assert _run(qtbot, long, cancel=True) == [("cancelled", None)]


def test_a_result_of_an_earlier_request_is_dropped(qtbot: Any) -> None:
    """The first job finishes after the second was asked for: only the second's result is heard."""
    release = threading.Event()

    def slow(checkpoint: Checkpoint, progress: Progress) -> object:
        release.wait(10)
        return "old"  # no checkpoint after the wait: it finishes as if the cancel came too late

    runner = Runner()
    seen: list[tuple[str, object]] = []
    runner.start(slow, "first", _callbacks(seen))
    runner.start(lambda checkpoint, progress: "new", "second", _callbacks(seen))
    release.set()
    qtbot.waitUntil(lambda: ("done", "new") in seen, timeout=10_000)
    runner.wait()
    qtbot.wait(50)  # let anything the first job still sends arrive
    assert [entry for entry in seen if entry[0] != "progress"] == [("done", "new")]


def test_after_shutdown_nothing_is_heard_and_no_thread_runs(qtbot: Any) -> None:
    started = threading.Event()

    def long(checkpoint: Checkpoint, progress: Progress) -> object:
        started.set()
        while True:
            checkpoint()

    runner = Runner()
    seen: list[tuple[str, object]] = []
    runner.start(long, "long", _callbacks(seen))
    assert started.wait(10)
    runner.shutdown()
    assert not runner._jobs or all(job.isFinished() for job in runner._jobs)
    runner.start(lambda checkpoint, progress: 1, "after", _callbacks(seen))  # refused while stopping
    qtbot.wait(50)
    assert seen == []


def test_the_switch_interval_comes_back_when_the_last_job_ends() -> None:
    before = sys.getswitchinterval()
    with gui_first():
        with gui_first():  # a network built while a file loads
            assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)  # the other job still runs
    assert sys.getswitchinterval() == pytest.approx(before)
