"""Without a font for Hangul or kana (fonts hidden with a fontconfig file that lists only DejaVu), the
window falls back to English and says why, and `brief --language ko|ja` refuses in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DEJAVU = "/usr/share/fonts/truetype/dejavu"

WINDOW = """
import sys
from briefing_app.ui.run import make_app, open_window
from briefing_app.i18n import translation
app = make_app([])
window = open_window(None)
print(translation.current())
print(window.statusBar().currentMessage())
print(window.menuBar().actions()[0].text())
"""


def _env(tmp_path: Path, language: str, hide: bool) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE=language, LC_ALL="C.UTF-8",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"))
    if hide:
        conf = tmp_path / "fonts.conf"
        conf.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>{DEJAVU}</dir>'
                        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n", encoding="utf-8")
        env["FONTCONFIG_FILE"] = str(conf)
    return env


needs_fonts = pytest.mark.skipif(not os.path.isdir(DEJAVU), reason="DejaVu fonts are not installed")


@needs_fonts
@pytest.mark.parametrize("language", ["ko", "ja"])
def test_without_a_cjk_font_the_window_is_english_and_says_why(tmp_path: Path, language: str) -> None:
    done = subprocess.run([sys.executable, "-c", WINDOW], env=_env(tmp_path, language, hide=True),
                          capture_output=True, text=True, timeout=120)
    current, message, file_menu = done.stdout.splitlines()[-3:]
    assert current == "en" and file_menu == "&File"
    assert message.startswith("Showing English: no font for") and "fonts-noto-cjk" in message


@needs_fonts
@pytest.mark.parametrize("language", ["ko", "ja"])
def test_brief_in_korean_or_japanese_refuses_without_the_font(tmp_path: Path, language: str) -> None:
    out = tmp_path / "brief.pdf"
    done = subprocess.run([sys.executable, "-m", "briefing_app", "brief", "--language", language, "--output", str(out)],
                          env=_env(tmp_path, language, hide=True), capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and not out.exists()
    [line] = done.stderr.strip().splitlines()
    assert "fonts-noto-cjk" in line and ("Hangul" if language == "ko" else "kana") in line
