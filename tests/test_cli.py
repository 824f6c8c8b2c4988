"""The headless command: validate, search and usage errors, run as a user runs it, from any folder."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from .conftest import plain_load, dump


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing_app", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_validate_the_bundled_briefing_from_another_folder(tmp_path: Path) -> None:
    result = run("validate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("OK: 11 people, 24 events, 3 vessels, 6 sources, 10 disagreements")
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
