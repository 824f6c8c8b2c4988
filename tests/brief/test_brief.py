"""The one-page brief: always one page, the facts a reader carries in, escaped text, whole-or-nothing files."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest

from briefing_app.brief.content import brief_html
from briefing_app.brief.level import MIN_FONT_PT
from briefing_app.brief.pdf import BriefWriteError, write_brief_pdf
from briefing_app.reading.loader import load_text

from tests.conftest import dump, plain_load
from tests.synthetic import make_briefing

# The window's tests need a QApplication; let pytest-qt make it before the brief makes a QGuiApplication.
pytestmark = pytest.mark.usefixtures("qapp")


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


@pytest.fixture(scope="module")
def synthetic() -> Any:
    return load_text(make_briefing(events=5_000, people=500), "synthetic.yaml")


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_the_bundled_brief_is_one_page_with_the_officials_ships_and_date(briefing: Any, tmp_path: Path, page_size: str) -> None:
    out = tmp_path / "brief.pdf"
    level = write_brief_pdf(briefing, out, page_size)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == ((595, 842) if page_size == "A4" else (612, 792))
    text = _text(out)
    for name in ("Seo Min-jung", "Woo Kyoung-suk", "Takehiro Funakoshi", "Atsushi Ando"):
        assert name in text
    for ship in ("Yulgok Yi I", "USS Benfold", "JS Atago"):
        assert ship in text
    assert "17 Apr 2023" in text
    # The error fits the page in full, or is counted in the line of what was folded off.
    assert "Bottom line" in text and ("Moon Suk-yeol" in text or "1 error in a source" in text)
    assert level.font_pt >= MIN_FONT_PT


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_a_large_briefing_still_fits_one_page_and_says_what_it_left_out(synthetic: Any, tmp_path: Path, page_size: str) -> None:
    out = tmp_path / "big.pdf"
    level = write_brief_pdf(synthetic, out, page_size)
    assert len(pypdf.PdfReader(out).pages) == 1
    assert level.font_pt >= MIN_FONT_PT
    assert "and 4" in _text(out) and "earlier events" in _text(out)


def _font_sizes(path: Path) -> list[float]:
    """The printed size, in points, of every piece of text on the PDF's page (its font size times the text and page matrices)."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            a, b, c, d = pypdf.mult(tm, cm)[:4]
            sizes.append(size * abs(a * d - b * c) ** 0.5)

    pypdf.PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return sizes


@pytest.fixture(scope="module")
def large() -> Any:
    """What makes real files long: 50,000 events with eras, 2,000 disagreements, 103 ships and 206 sources."""
    return load_text(make_briefing(50_000, 2_000, eras=3_000, disagreements=2_000, vessels=103, sources=206), "large.yaml")


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_a_large_briefing_trims_every_list_and_prints_nothing_under_the_smallest_font(large: Any, tmp_path: Path, page_size: str) -> None:
    out = tmp_path / "large.pdf"
    level = write_brief_pdf(large, out, page_size)
    assert len(pypdf.PdfReader(out).pages) == 1
    sizes = _font_sizes(out)
    assert len(sizes) > 50 and min(sizes) >= MIN_FONT_PT  # the page is trimmed, never scaled below the floor
    text = _text(out)
    for trimmed in ("more ships", "more sources", "more disagreements", "earlier events"):
        assert trimmed in text
    assert "Ship One" in text and "s1: Synthetic Wire" in text  # the first of each list stay
    assert level.font_pt == MIN_FONT_PT and level.detail < 1


def test_the_bundled_brief_prints_nothing_under_the_smallest_font(briefing: Any, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    write_brief_pdf(briefing, out, "Letter")
    assert min(_font_sizes(out)) >= MIN_FONT_PT


@pytest.fixture(scope="module")
def crowded(synthetic: Any) -> Any:
    """500 people and no meeting: the brief lists everyone with a role, which cannot fit as it is. The
    synthetic briefing without its meeting, as the loader would give that file (the same model, without
    writing and reading 5,000 events again through PyYAML's pure-Python dumper and loader: 8 s)."""
    return synthetic.replaced(meeting=None)


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_too_much_content_tightens_then_trims_but_stays_on_one_page(crowded: Any, tmp_path: Path, page_size: str) -> None:
    out = tmp_path / "crowded.pdf"
    level = write_brief_pdf(crowded, out, page_size)
    assert len(pypdf.PdfReader(out).pages) == 1
    assert level.font_pt == MIN_FONT_PT  # it tightened as far as readable first
    shown = level.cap(500, 4)
    assert 4 <= shown < 500
    assert f"and {500 - shown} more people" in _text(out)


def test_data_text_is_escaped_and_loads_nothing(bundled_text: str, tmp_path: Path) -> None:
    data = plain_load(bundled_text)
    data["people"][0]["names"][0]["text"] = '<img src="/etc/passwd">'
    data["summary"]["text"] = '<a href="file:///etc/shadow">x</a> <style>body{color:red}</style>'
    b = load_text(dump(data), "hostile.yaml")
    html = brief_html(b)
    assert "<img" not in html and "&lt;img src=&quot;/etc/passwd&quot;&gt;" in html
    assert "<a href" not in html and "<style>body" not in html
    out = tmp_path / "hostile.pdf"
    write_brief_pdf(b, out)
    text = _text(out)
    assert '<img src="/etc/passwd">' in text
    assert "root:" not in text


def test_a_failed_write_leaves_the_earlier_file_untouched(briefing: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"the earlier brief")

    def broken(*args: Any, **kwargs: Any) -> None:
        raise BriefWriteError("the printer caught fire")

    monkeypatch.setattr("briefing_app.brief.pdf.paint_brief", broken)
    with pytest.raises(BriefWriteError):
        write_brief_pdf(briefing, out)
    assert out.read_bytes() == b"the earlier brief"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]  # no temporary file left behind


def test_a_successful_write_replaces_the_earlier_file(briefing: Any, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"the earlier brief")
    write_brief_pdf(briefing, out)
    assert out.read_bytes().startswith(b"%PDF")
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # like any new file, not private to the writer
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_the_footer_says_when_it_was_generated(briefing: Any) -> None:
    html = brief_html(briefing, generated=datetime.date(2026, 11, 21))
    assert "Generated 2026-11-21" in html and "Data as of 17 Apr 2023" in html


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing_app", "brief", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_cli_writes_a_pdf_without_a_display(tmp_path: Path) -> None:
    result = _cli("--output", "out.pdf", "--page-size", "Letter", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(pypdf.PdfReader(tmp_path / "out.pdf").pages) == 1


@pytest.mark.parametrize(("output", "words"), [("no/such/folder/out.pdf", "does not exist"), ("/proc/brief.pdf", "cannot write")])
def test_cli_errors_are_one_line_and_exit_1(tmp_path: Path, output: str, words: str) -> None:
    result = _cli("--output", output, cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.stderr


def test_cli_brief_of_a_bad_file(tmp_path: Path, write: Callable[..., Path]) -> None:
    bad = write("format: 1\n", "bad.yaml")
    result = _cli("--output", "out.pdf", "--file", str(bad), cwd=tmp_path)
    assert result.returncode == 1 and result.stderr.startswith(f"{bad}:")
    assert not (tmp_path / "out.pdf").exists()


def test_cli_usage_error(tmp_path: Path) -> None:
    assert _cli("--page-size", "A3", "--output", "x.pdf", cwd=tmp_path).returncode == 2


def test_each_numbered_mark_points_to_its_line_and_never_wraps_alone(briefing: Any) -> None:
    html = brief_html(briefing)
    marks = {n for group in re.findall(r"&nbsp;⚑([\d,]+)", html) for n in group.split(",")}
    lines = set(re.findall(r'<p class="note">⚑(\d+)&nbsp;', html))
    assert marks and marks <= lines  # every mark has its line under "Where the sources disagree"
    assert "Atsushi Ando</b>&nbsp;⚑" in html  # tied to the name by a no-break space
    # Disagreements on substance come before spelling variants; the error is printed as an error.
    assert html.index("Why the security talks stopped") < html.index("Spelling of Seo Min-jung")
    assert "<b>Error in a source: The South Korean president&#x27;s name:</b>" in html
    assert "printed in error as “Moon Suk-yeol” [jiji-000]" in html and "other version: Moon" not in html
    assert "<b>Note: The name of the sea" in html  # the editors' convention is a note, without ⚑
    assert re.search(r"Trilateral ballistic missile exercise in the East Sea</p>", html)  # no ⚑ for the sea's name
    assert '<td width="4%"></td>' in html  # a gutter of about 7 mm between the columns on A4


def test_a_marking_line_is_printed_at_the_top_and_the_foot(bundled_data: Any, tmp_path: Path) -> None:
    assert "marking" not in bundled_data  # the bundled file has none
    bundled_data["marking"] = "FOR OFFICIAL USE ONLY <b>"
    marked = load_text(dump(bundled_data), "marked.yaml")
    out = tmp_path / "marked.pdf"
    write_brief_pdf(marked, out, "Letter")
    text = _text(out)
    assert text.count("FOR OFFICIAL USE ONLY <b>") == 2  # as plain text, once at each end
    assert text.index("FOR OFFICIAL USE ONLY") < text.index("Bottom line") < text.rindex("FOR OFFICIAL USE ONLY")
