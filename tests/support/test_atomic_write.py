"""The one writer: a file is replaced whole or not at all, non-files are refused without being
opened, and no temporary file outlives its writer."""

from __future__ import annotations

import errno
import os
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.support import atomic_write
from briefing_app.support.atomic_write import TEMP_MARK, WriteError, check_target, write_atomic


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if TEMP_MARK in p.name)


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_new_file_gets_exactly_the_bytes_and_the_usual_permissions(tmp_path: Path) -> None:
    out = tmp_path / "new.bin"
    write_atomic(out, b"\x00abc" * 1000)
    assert out.read_bytes() == b"\x00abc" * 1000
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    assert leftovers(tmp_path) == []


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "old.txt"
    out.write_bytes(b"old")
    out.chmod(0o640)
    write_atomic(out, b"new")
    assert out.read_bytes() == b"new" and stat.S_IMODE(out.stat().st_mode) == 0o640


@pytest.mark.parametrize("failure, reason", [
    (errno.ENOSPC, "the disk is full"),
    (errno.EFBIG, "the file is larger than the system allows here"),
    (errno.EDQUOT, "the disk quota is used up"),
    (errno.EIO, "cannot write: Input/output error"),
])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: int, reason: str) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"the earlier brief")
    real_write = os.write
    calls = []

    def fails_on_the_second_write(fd: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(failure, os.strerror(failure))
        return real_write(fd, bytes(data[:10]))  # a short write first: the writer must go on

    monkeypatch.setattr(atomic_write.os, "write", fails_on_the_second_write)
    with pytest.raises(WriteError) as caught:
        write_atomic(out, b"x" * 100)
    assert str(caught.value) == f"{out}: {reason}; the file was left as it was"
    assert out.read_bytes() == b"the earlier brief"
    assert leftovers(tmp_path) == []


def test_a_failed_fsync_counts_as_a_failed_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"old")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "fsync", no_space)
    with pytest.raises(WriteError, match="the disk is full"):
        write_atomic(out, b"new")
    assert out.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_non_files_are_refused_before_anything_is_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "sock"))
        cases = {
            str(fifo): f"{fifo}: a named pipe (FIFO) is there, not a regular file; nothing was written",
            str(tmp_path / "sock"): f"{tmp_path / 'sock'}: a socket is there, not a regular file; nothing was written",
            str(tmp_path): f"{tmp_path}: a folder is there, not a regular file; nothing was written",
            "/dev/null": "/dev/null: a device is there, not a regular file; nothing was written",
            f"{tmp_path}/sub/": f"{tmp_path}/sub/: is a folder name (it ends in '/'), not a file name",
            f"{tmp_path}/none/x.pdf": f"{tmp_path}/none/x.pdf: the folder {tmp_path}/none does not exist",
            "": "no file name given",
        }
        for target, message in cases.items():
            with pytest.raises(WriteError) as caught:
                write_atomic(target, b"data")
            assert str(caught.value) == message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "sock"]


def test_a_symlink_stays_a_link_and_its_target_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    assert check_target(link) == str(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"


def test_a_dangling_symlink_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "made.pdf")
    write_atomic(link, b"new")
    assert link.is_symlink() and (tmp_path / "made.pdf").read_bytes() == b"new"


def test_a_symlink_loop_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(WriteError, match="^.*a: Too many levels of symbolic links$"):
        write_atomic(tmp_path / "a", b"x")


def test_a_read_only_file_is_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"old")
    out.chmod(0o444)
    # Root may write anything, so the tests (which may run as root) ask the check as a user would.
    monkeypatch.setattr(atomic_write.os, "access", lambda path, mode: False)
    with pytest.raises(WriteError) as caught:
        write_atomic(out, b"new")
    assert str(caught.value) == f"{out}: the file is read-only; nothing was written"
    assert out.read_bytes() == b"old"


def test_stale_temporaries_of_dead_writers_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    dead = tmp_path / f".brief.pdf{TEMP_MARK}{dead_pid()}.0badc0de"
    dead.write_bytes(b"half a PDF")
    alive = tmp_path / f".brief.pdf{TEMP_MARK}{os.getppid()}.12345678"  # our parent: alive, not us
    alive.write_bytes(b"another writer's work in progress")
    unrelated = tmp_path / ".notes.txt"
    unrelated.write_bytes(b"mine")
    write_atomic(tmp_path / "other.pdf", b"new")
    assert not dead.exists() and alive.exists() and unrelated.exists()


def test_a_killed_writer_leaves_a_temporary_that_the_next_write_removes(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"old")
    # The writer is killed (SIGKILL: no handler can run) after its data is in the temporary file.
    code = (
        "import os, signal, sys\n"
        "from briefing_app.support import atomic_write\n"
        "atomic_write.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
        "atomic_write.write_atomic(sys.argv[1], b'new' * 1000)\n"
    )
    killed = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, timeout=60)
    assert killed.returncode == -signal.SIGKILL
    assert out.read_bytes() == b"old" and len(leftovers(tmp_path)) == 1
    write_atomic(out, b"newer")
    assert out.read_bytes() == b"newer" and leftovers(tmp_path) == []


def test_an_interrupted_writer_cleans_up_after_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic_write.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, b"new")
    assert out.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_an_unwritable_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def denied(path: str, flags: int, mode: int = 0o777) -> int:
        if TEMP_MARK in str(path):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, mode)

    monkeypatch.setattr(atomic_write.os, "open", denied)
    with pytest.raises(WriteError) as caught:
        write_atomic(tmp_path / "x.pdf", b"x")
    assert str(caught.value) == f"{tmp_path / 'x.pdf'}: cannot write in {tmp_path}: Permission denied"
