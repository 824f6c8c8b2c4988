"""Files an attacker of a file-opening app would try: pipes and devices, files just past the limit,
one field holding the whole file, messages full of escapes. Each is refused in one line, at once."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefing_app.core.cancel import Cancelled
from briefing_app.core.errors import MESSAGE_LIMIT, PATH_LIMIT, BriefingError
from briefing_app.reading.loader import load_file, load_text, read_text

# The reproduction of issue 25: one flat list of 15,950,001 items in one field, 31.9 MB.
FLAT_LIST = b"title: [" + b"x," * 15_950_000 + b"x]\n"


def finishes(call: Callable[[], object]) -> BaseException | None:
    """Run `call` in a thread and give what it raised; a call that never returns fails the test
    (a blocked open() cannot be interrupted, so the thread is left behind as a daemon)."""
    raised: list[BaseException | None] = []

    def target() -> None:
        try:
            call()
            raised.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            raised.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(30)
    assert not thread.is_alive(), "the read blocked"
    return raised[0]


def cli(*args: str) -> tuple[int, str]:
    """The command as a user runs it, in a process of its own: exit code and error output. The
    timeout stands for "for ever": a blocked read would never return."""
    result = subprocess.run([sys.executable, "-m", "briefing_app", *args], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return result.returncode, result.stderr


@pytest.fixture()
def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "p.yaml"
    os.mkfifo(path)
    return path


def test_a_named_pipe_is_refused_at_once_not_waited_on(pipe: Path) -> None:
    error = finishes(lambda: load_file(pipe))
    assert isinstance(error, BriefingError)
    assert str(error) == f"{pipe}:1:1: (file): this is a named pipe, not a briefing file"


@pytest.mark.parametrize("command", [("validate", "{}"), ("search", "Park", "--file", "{}"), ("links", "Park", "--file", "{}"),
                                     ("export", "csv", "--output", "{out}", "--file", "{}"),
                                     ("brief", "--output", "{out}", "--file", "{}")])
def test_every_command_refuses_a_named_pipe_in_one_line(pipe: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    args = [a.replace("{}", str(pipe)).replace("{out}", str(tmp_path / "out.csv")) for a in command]
    code, err = cli(*args)
    assert code == 1
    assert err.strip().splitlines() == [f"{pipe}:1:1: (file): this is a named pipe, not a briefing file"]


@pytest.mark.parametrize(("target", "kind"), [("folder", "a folder"), ("/dev/null", "a device")])
def test_a_folder_or_a_device_is_named_for_what_it_is(tmp_path: Path, target: str, kind: str) -> None:
    path = tmp_path if target == "folder" else Path(target)
    with pytest.raises(BriefingError, match=f"this is {kind}, not a briefing file"):
        load_file(path)


def test_a_pipe_swapped_in_after_the_check_does_not_block_the_open(pipe: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regular = os.stat(__file__)
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda path, *a, **k: regular if str(path) == str(pipe) else real_stat(path, *a, **k))
    error = finishes(lambda: read_text(pipe))  # a blocking open() of a pipe with no writer waits for ever
    assert isinstance(error, BriefingError) and "this is a named pipe" in str(error)


def test_the_size_limit_is_told_as_the_readme_tells_it(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with open(path, "wb") as handle:
        handle.truncate(33 * 1024 * 1024)  # sparse: 33 MiB that take no disk
    with pytest.raises(BriefingError) as info:
        load_file(path)
    assert info.value.message == "the file is 33.0 MB; a briefing file may be at most 32 MB"


def test_a_message_is_cut_after_escaping_so_it_keeps_its_cap(bundled_data: Any, write: Callable[..., Path]) -> None:
    bundled_data["people"][0]["\x1b" * 900] = 1  # an unknown key: named in the path and quoted in the message
    with pytest.raises(BriefingError) as info:
        load_file(write(bundled_data))
    error = info.value
    assert "\x1b" not in str(error) and "\\x1b" in str(error)  # escaped, on one line
    assert len(error.path) <= PATH_LIMIT + 1 and len(error.message) <= MESSAGE_LIMIT + 1  # each with its "…"
    assert len(str(error)) < 700  # escaping after the cut made 1,663 characters of a 400-character cap


def test_one_huge_field_is_refused_while_it_streams(tmp_path: Path) -> None:
    path = tmp_path / "flat.yaml"
    path.write_bytes(FLAT_LIST)
    # In a process of its own, to read its peak memory: composing the field whole took 1,944 MiB.
    code = ("import resource, sys\nfrom briefing_app.reading.loader import load_file\nfrom briefing_app.core.errors import BriefingError\n"
            "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            f"try:\n    load_file({str(path)!r})\nexcept BriefingError as e:\n    print(e)\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    message, grown_kib = result.stdout.strip().splitlines()
    assert message.endswith("title[10000]: more than 10,000 items in one list")
    assert int(grown_kib) * 1024 < 8 * len(FLAT_LIST), grown_kib  # the bound: 8 times the file's size


@pytest.mark.parametrize("size", [1_001, 5_000_000])
def test_a_value_longer_than_its_field_is_refused(size: int) -> None:
    with pytest.raises(BriefingError, match=f"is {size:,} characters long; this field may have at most 1,000"):
        load_text("format: 1\ntitle: " + "x" * size + "\n")


def test_a_long_text_may_be_longer_than_a_title() -> None:
    text = "y" * (19_999)
    with pytest.raises(BriefingError) as info:  # refused later, for what the file lacks
        load_text(f"format: 1\nsummary: {{text: {text}, sources: [a]}}\n")
    assert "characters long" not in info.value.message


def test_a_mapping_of_too_many_keys_is_refused_while_it_streams() -> None:
    keys = ", ".join(f"k{n}: 1" for n in range(10_005))
    with pytest.raises(BriefingError, match="more than 10,000 keys in one mapping"):
        load_text(f"format: 1\nsummary: {{{keys}}}\n")


def test_cancel_reaches_the_inside_of_one_field() -> None:
    asked: list[int] = []

    def checkpoint() -> None:
        asked.append(1)
        raise Cancelled()

    # One field of 9,000 items: under every limit, and no top-level list to report progress from.
    with pytest.raises(Cancelled):
        load_text("title: [" + "x, " * 9_000 + "x]\n", checkpoint=checkpoint)
    assert asked == [1]


def test_billion_laughs_deep_nesting_and_a_huge_scalar_stay_cheap_to_refuse() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for text, words in (("a: &a [x, x]\nb: [*a, *a]\n", "aliases"), ("title: " + "[" * 100_000 + "]" * 100_000, "nest"),
                        ("title: '" + "z" * 30_000_000 + "'\n", "characters long")):
        with pytest.raises(BriefingError, match=words):
            load_text(text)
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024 < 8 * 30_000_000
