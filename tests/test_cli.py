"""The `briefing-app` command as a user runs it, from any folder: validate, search, brief and its
writes, usage errors, a missing display, and text from files that must not drive the terminal."""

from __future__ import annotations

import os
import resource
import shlex
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import plain_load, dump


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing_app", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_validate_the_bundled_briefing_from_another_folder(tmp_path: Path) -> None:
    result = run("validate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("OK: 11 people, 26 events, 3 vessels, 6 sources, 10 disagreements")
    assert result.stderr == ""


def test_validate_a_bad_file_prints_one_line_and_exits_1(tmp_path: Path, write: Callable[..., Path], bundled_text: str) -> None:
    data = plain_load(bundled_text)
    data["people"][2]["names"][0]["text"] = 7
    path = write(dump(data))
    result = run("validate", str(path), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith(f"{path}:") and ": people[2].names[0].text: expected text" in lines[0]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("validate", "--no-such-option", cwd=tmp_path).returncode == 2
    assert run("search", cwd=tmp_path).returncode == 2


def test_version_and_help(tmp_path: Path) -> None:
    version = run("--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("briefing-app ")
    help_text = run("--help", cwd=tmp_path)
    assert help_text.returncode == 0 and "validate" in help_text.stdout and "search" in help_text.stdout


def test_search_lines_start_with_the_name_then_role_then_the_matched_form(tmp_path: Path) -> None:
    result = run("search", "jeong min seo", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "Seo Min-jung — director-general for Asia and Pacific affairs, Foreign Ministry (South Korea) (matched “Seo Min-jeong”) [all words]"
    ]
    moon = run("search", "Moon Suk-yeol", cwd=tmp_path).stdout.splitlines()
    assert moon[0].startswith("Yoon Suk Yeol — President, South Korean government (matched “Moon Suk-yeol”")
    assert "error in jiji-000" in moon[0]


def test_search_without_a_match_exits_1(tmp_path: Path) -> None:
    result = run("search", "nobody-at-all", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")


def test_search_in_another_file(tmp_path: Path, write: Callable[..., Path], bundled_text: str) -> None:
    path = write(bundled_text.replace("Hirokazu Matsuno", "Hirokazu Matsunoh"))
    assert run("search", "matsunoh", "--file", str(path), cwd=tmp_path).returncode == 0


def test_headless_commands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from briefing_app.app import main; "
        "rc = main(['validate']); rc |= main(['search', 'ando']) ; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


# Writing the brief: whole or not at all, one line on failure ------------------------------------

OLD = b"%PDF-1.4 the earlier brief, which must survive a failed write\n" * 10


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def pages(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(path).pages)


def test_brief_writes_a_one_page_pdf(tmp_path: Path) -> None:
    result = run("brief", "--output", "brief.pdf", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert pages(tmp_path / "brief.pdf") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


def test_brief_to_dev_full_is_refused(tmp_path: Path) -> None:
    # Through a link: a writer that renamed over its target as root would replace the link here,
    # not the machine's /dev/full (the code before this test did exactly that).
    link = tmp_path / "full.pdf"
    link.symlink_to("/dev/full")
    line = one_line_error(run("brief", "--output", "full.pdf", cwd=tmp_path))
    assert line == "full.pdf: a device is there, not a regular file; nothing was written"
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_brief_to_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    line = one_line_error(run("brief", "--output", str(fifo), cwd=tmp_path))  # run() times out rather than hang
    assert line == f"{fifo}: a named pipe (FIFO) is there, not a regular file; nothing was written"


def test_brief_to_a_folder_or_a_name_ending_in_slash_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    assert one_line_error(run("brief", "--output", "briefs", cwd=tmp_path)) == (
        "briefs: a folder is there, not a regular file; nothing was written")
    assert one_line_error(run("brief", "--output", "new/", cwd=tmp_path)) == (
        "new/: is a folder name (it ends in '/'), not a file name")
    assert one_line_error(run("brief", "--output", "missing/brief.pdf", cwd=tmp_path)) == (
        f"missing/brief.pdf: the folder {tmp_path / 'missing'} does not exist")
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["briefs"]


def test_brief_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "store" / "brief.pdf"
    real.parent.mkdir()
    real.write_bytes(OLD)
    link = tmp_path / "latest.pdf"
    link.symlink_to(real)
    result = run("brief", "--output", "latest.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real
    assert pages(real) == 1


def test_brief_over_the_file_size_limit_leaves_the_old_file_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(OLD)

    def limit_file_size() -> None:  # Python ignores SIGXFSZ, so the write fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    result = subprocess.run([sys.executable, "-m", "briefing_app", "brief", "--output", str(out)], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120, preexec_fn=limit_file_size)
    assert one_line_error(result) == f"{out}: the file is larger than the system allows here; the file was left as it was"
    assert out.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def _can_mount_in_a_namespace() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "--map-root-user", "--mount", "sh", "-c", "mount -t tmpfs -o size=4k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_in_a_namespace(), reason="no user namespaces here to mount a small tmpfs in; "
                    "the ENOSPC path is covered by tests/test_atomic_write.py")
def test_brief_on_a_full_disk_leaves_the_old_file_byte_identical(tmp_path: Path) -> None:
    # A real 64 KiB tmpfs, mounted in a private namespace (no root needed, nothing left mounted),
    # holding the old brief and a filler that leaves less room than the new brief needs.
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (
        'set -e; mount -t tmpfs -o size=64k tmpfs "$1"; cp "$2" "$1/brief.pdf"; '
        'head -c 40000 /dev/zero > "$1/filler"; '
        'set +e; "$3" -m briefing_app brief --output "$1/brief.pdf"; rc=$?; '
        'cmp -s "$2" "$1/brief.pdf" && echo "old file intact" >&2; ls -A "$1" >&2; exit $rc'
    )
    old = tmp_path / "old.pdf"
    old.write_bytes(OLD)
    result = subprocess.run(["unshare", "--map-root-user", "--mount", "sh", "-c", script, "sh", str(disk), str(old), sys.executable],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [
        f"{disk}/brief.pdf: the disk is full; the file was left as it was", "old file intact", "brief.pdf", "filler",
    ]


def test_a_stale_temporary_of_a_dead_writer_is_removed_by_the_next_brief(tmp_path: Path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = tmp_path / f".brief.pdf.briefing-app-tmp-{gone.pid}.0badc0de"
    stale.write_bytes(OLD[:100])
    result = run("brief", "--output", "brief.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


# The command line -------------------------------------------------------------------------------

def test_a_mistyped_command_is_a_usage_error_not_the_window(tmp_path: Path) -> None:
    result = run("valdiate", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "briefing-app: unknown command 'valdiate' (did you mean 'validate'?)\n"
    other = run("frobnicate", "x", cwd=tmp_path)
    assert other.returncode == 2 and other.stderr.startswith("briefing-app: unknown command 'frobnicate' (commands: validate, search, brief")


def headless_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


def test_without_a_display_the_window_says_what_is_missing(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "briefing_app"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120, env=headless_env())
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "briefing-app: cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "the subcommands validate, search and brief need none\n"
    )


def test_an_existing_file_named_like_a_word_is_opened_not_taken_for_a_command(tmp_path: Path) -> None:
    (tmp_path / "valdiate").write_text("format: 1\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "briefing_app", "valdiate"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120, env=headless_env(QT_QPA_PLATFORM="xcb"))
    assert result.returncode == 1 and "unknown command" not in result.stderr
    assert result.stderr == "briefing-app: cannot open the window with QT_QPA_PLATFORM=xcb: DISPLAY is not set\n"


def test_a_display_nobody_serves_is_named(tmp_path: Path) -> None:
    number = next(n for n in range(700, 800) if not os.path.exists(f"/tmp/.X11-unix/X{n}"))
    result = subprocess.run([sys.executable, "-m", "briefing_app"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120, env=headless_env(DISPLAY=f":{number}"))
    assert (result.returncode, result.stderr) == (1, f"briefing-app: cannot open the window: no X server answers on DISPLAY=:{number}\n")


# Nothing from a file reaches the terminal unescaped ---------------------------------------------

HOSTILE = "\x1b]0;owned\x07\x1b[2J\u202eevil\u009b31m\u2066x\u2069\r\n"


def assert_inert(text: str) -> None:
    for c in "\x1b\x07\u202e\u009b\u2066\u2069\r":
        assert c not in text, repr(text)
    assert "\\x1b" in text


def test_search_escapes_control_and_bidi_characters_from_the_file(tmp_path: Path, write: Callable[..., Path], bundled_text: str) -> None:
    data = plain_load(bundled_text)
    data["people"][2]["names"][0]["text"] = "Zed " + HOSTILE
    data["organizations"][0]["name"] = "Ministry " + HOSTILE
    path = write(dump(data))
    result = run("search", "zed", "--file", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert_inert(result.stdout)
    assert "\\u202eevil\\x9b31m" in result.stdout


def test_validate_escapes_the_file_name_and_the_error(tmp_path: Path, write: Callable[..., Path], bundled_text: str) -> None:
    data = plain_load(bundled_text)
    data["people"][2]["names"][0]["text"] = 7
    data["people"][2][HOSTILE] = "unknown field"
    path = write(dump(data), name="brief\x1b[31m\u202e.yaml")
    result = run("validate", str(path), cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert_inert(result.stderr)
    good = write(bundled_text, name="ok\x1b[31m.yaml")
    ok = run("validate", str(good), cwd=tmp_path)
    assert ok.returncode == 0 and len(ok.stdout.splitlines()) == 1
    assert_inert(ok.stdout)


def test_a_closed_pipe_is_not_a_traceback(tmp_path: Path) -> None:
    command = f"{shlex.quote(sys.executable)} -m briefing_app search a | head -c 1 >/dev/null"
    result = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "Broken pipe" not in result.stderr, result.stderr


def test_brief_without_a_system_library_for_qt_names_it(tmp_path: Path) -> None:
    # As on a bare system without libEGL: importing QtGui fails the way the dynamic loader fails.
    code = (
        "import sys\n"
        "class NoEGL:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6.QtGui':\n"
        "            raise ImportError('libEGL.so.1: cannot open shared object file: No such file or directory')\n"
        "sys.meta_path.insert(0, NoEGL())\n"
        "from briefing_app.app import main\n"
        "sys.exit(main(['brief', '--output', 'out.pdf']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert one_line_error(result) == ("briefing-app: the brief (Qt) needs the system library libEGL.so.1, which is not installed "
                                      "(Debian, Ubuntu: sudo apt-get install libegl1)")
    assert list(tmp_path.iterdir()) == []


def test_brief_terminated_mid_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(OLD)
    # SIGTERM arrives while the temporary file is being flushed, as when a session ends mid-write.
    code = (
        "import os, signal, sys\n"
        "from briefing_app.support import atomic_write\n"
        "atomic_write.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGTERM)\n"
        "from briefing_app.app import main\n"
        "sys.exit(main(['brief', '--output', sys.argv[1]]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(out)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 128 + 15 and "Traceback" not in result.stderr, result.stderr
    assert out.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]
