"""The bundled brief read back from its PDF, as its reader reads it, on A4 and Letter and in English,
Korean and Japanese: every ⚑ resolves to a printed line, what a minister asks first is there, the
page is filled before anything is cut, and nothing is printed under 7 pt."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from briefing_app.brief.content import Brief
from briefing_app.brief.level import MIN_FONT_PT, Level
from briefing_app.brief.order import numbers
from briefing_app.brief.pdf import write_brief_pdf
from briefing_app.core.model import Briefing, Discrepancy
from briefing_app.reading.loader import load_text

from tests.conftest import dump

LANGUAGES = ("en", "ko", "ja")
PAPERS = ("A4", "Letter")
MARGIN_PT = 13 / 25.4 * 72


class Page:
    """One PDF page's text, its fragments with their printed size and height on the page."""

    def __init__(self, path: Path) -> None:
        reader = pypdf.PdfReader(path)
        self.pages = len(reader.pages)
        page = reader.pages[0]
        self.height, self.width = float(page.mediabox.height), float(page.mediabox.width)
        self.fragments: list[tuple[str, float, float]] = []  # text, size in points, baseline from the bottom
        self.starts: list[float] = []  # where each fragment starts, from the left edge

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
            if text.strip():
                a, b, c, d, e, f = pypdf.mult(tm, cm)
                self.fragments.append((text, size * abs(a * d - b * c) ** 0.5, f))
                self.starts.append(e)

        # Some fonts map CJK glyphs to compatibility code points ("⾷" for "食"): NFKC reads them as written.
        self.raw = unicodedata.normalize("NFKC", page.extract_text(visitor_text=visit))
        # Words are split by tabs and a script change starts a new fragment: compare without spaces.
        self.text = re.sub(r"\s+", "", self.raw)

    def line(self) -> float:
        """The distance from one line of body text to the next (taller in Korean and Japanese)."""
        baselines = sorted({round(y, 1) for _, _, y in self.fragments}, reverse=True)
        steps = sorted(upper - lower for upper, lower in zip(baselines, baselines[1:]) if upper - lower > 1)
        return steps[len(steps) // 2]

    def baseline_of(self, heading: str) -> float:
        """The baseline of a heading: the first fragment in a heading's size that starts with its first word."""
        sizes = sorted(s for _, s, _ in self.fragments)
        body = sizes[len(sizes) // 2]
        lines: dict[float, str] = {}  # the heading-size text on each baseline, read left to right, without spaces
        for (text, size, y), x in sorted(zip(self.fragments, self.starts), key=lambda f: (-f[0][2], f[1])):
            if size > 1.1 * body:
                lines[y] = lines.get(y, "") + re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
        words = re.sub(r"\s+", "", unicodedata.normalize("NFKC", heading))
        return next(y for y, text in lines.items() if text.startswith(words))

    def bands(self, columns_from: str, columns_to: str) -> dict[str, float]:
        """The blank bands, in lines of body text, measured on the page as printed: in each column of
        the two-column part (from the heading `columns_from` down to the heading `columns_to`),
        between its lines and under its last line down to where the other column ends; elsewhere,
        between lines across the whole width; and from the page's last line to the bottom margin."""
        line = self.line()
        top, bottom = self.baseline_of(columns_from), self.baseline_of(columns_to)
        middle = self.width / 2
        found: dict[str, float] = {}

        sizes: dict[float, float] = {}  # the largest text on each baseline
        for _, size, y in self.fragments:
            sizes[round(y, 1)] = max(size, sizes.get(round(y, 1), 0.0))
        body = sorted(sizes.values())[len(sizes) // 2]

        def gaps(name: str, baselines: list[float]) -> None:
            ordered = sorted(set(baselines), reverse=True)
            for upper, lower in zip(ordered, ordered[1:]):
                # From one baseline to the next: a line's height in the larger text of a heading,
                # mostly that of the lower line (its ascent), a little that of the upper (its descent).
                advance = line * (0.2 * sizes[upper] + 0.8 * sizes[lower]) / body
                found[f"{name} above {lower:.0f} pt"] = (upper - lower - advance) / line

        inside = [(round(y, 1), x) for (_, _, y), x in zip(self.fragments, self.starts) if bottom + 0.1 < y < top + 0.1]
        left = [y for y, x in inside if x < middle]
        right = [y for y, x in inside if x >= middle]
        gaps("left column", left)
        gaps("right column", right)
        if left and right:  # under the shorter column, down to where the taller one ends
            found["under the left column"] = (min(left) - min(right)) / line
            found["under the right column"] = (min(right) - min(left)) / line
        # Above the columns and below them (each with the heading it borders), across the whole width.
        gaps("across the page", [round(y, 1) for _, _, y in self.fragments if round(y, 1) >= top - 0.1])
        gaps("across the page", [round(y, 1) for _, _, y in self.fragments if round(y, 1) <= bottom + 0.1])
        found["at the foot"] = (min(y for _, _, y in self.fragments) - MARGIN_PT) / line
        return found


def _install(language: str) -> None:
    from briefing_app.i18n import translation

    translation.install(language)


@pytest.fixture(scope="module")
def pages(briefing: Briefing, tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> Iterator[dict[tuple[str, str], Page]]:
    folder = tmp_path_factory.mktemp("pages")
    made = {}
    try:
        for language in LANGUAGES:
            _install(language)
            for paper in PAPERS:
                out = folder / f"{language}-{paper}.pdf"
                write_brief_pdf(briefing, out, paper)
                made[language, paper] = Page(out)
    finally:
        _install("en")
    yield made


def _words(language: str, context: str, text: str) -> str:
    """A label as the page prints it in `language`, without spaces."""
    from PySide6.QtCore import QCoreApplication

    _install(language)
    try:
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", QCoreApplication.translate(context, text)))
    finally:
        _install("en")


def _label(language: str, text: str) -> str:
    """A label of the brief as the page prints it in `language`."""
    from PySide6.QtCore import QCoreApplication

    _install(language)
    try:
        return QCoreApplication.translate("Brief", text)
    finally:
        _install("en")


CASES = [(language, paper) for language in LANGUAGES for paper in PAPERS]


@pytest.mark.parametrize(("language", "paper"), CASES)
def test_every_mark_has_its_line_and_no_mark_is_bare(pages: dict[tuple[str, str], Page], briefing: Briefing, language: str, paper: str) -> None:
    page = pages[language, paper]
    assert page.pages == 1
    kinds = {_words(language, "Differences", "Sources disagree"), _words(language, "Differences", "%1: %2").split("%")[0]}
    heading = _words(language, "Differences", "Sources disagree")
    lines = {int(n) for n in re.findall(r"⚑(\d+)" + re.escape(heading), page.text)}
    assert lines and kinds  # the disagreements are printed with their numbers
    marks = {int(n) for group in re.findall(r"⚑(\d+(?:,\d+)*)", page.text) for n in group.split(",")}
    assert marks <= lines, f"marks without a line: {marks - lines}"
    # Every numbered line is pointed at from the page's body, and none is a bare ⚑ ("⚑n" is the key).
    body = page.text.replace("⚑n", "")
    assert not re.search(r"⚑(?!\d)", body), "a bare ⚑"
    for n in lines:
        assert len(re.findall(rf"⚑(?:\d+,)*{n}(?!\d)", page.text)) >= 2, f"line ⚑{n} has no mark in the body"
    # The substantive disagreements keep their numbers, the lowest.
    assert lines == set(range(1, len(lines) + 1)) and numbers(briefing)["hiatus-cause"] in lines


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _what_it_marks(b: Briefing, d: Discrepancy) -> list[str]:
    """What a line carrying the dispute's mark ends with: one of its versions as the line states it, or
    the name or title of a record it is about that prints as one line (a person, an event, an era)."""
    ends = [_squash(v.text) for v in d.versions]
    for r in d.about:
        if r in b.person_by_id:
            ends.append(_squash(b.person_by_id[r].display_name))
        if r in b.event_by_id:
            ends.append(_squash(b.event_by_id[r].title))
    return ends


@pytest.mark.parametrize(("language", "paper"), CASES)
def test_each_mark_stands_on_the_line_that_states_the_disputed_thing(pages: dict[tuple[str, str], Page], briefing: Briefing,
                                                                    language: str, paper: str) -> None:
    text = pages[language, paper].text
    body = text[:text.index(_words(language, "Brief", "Where the sources disagree"))]
    by_number = {n: d for d, n in ((d, numbers(briefing).get(d.id)) for d in briefing.discrepancies) if n is not None}
    found = list(re.finditer(r"⚑(\d+(?:,\d+)*)", body))
    assert found
    for mark in found:
        before = body[:mark.start()]
        for n in mark.group(1).split(","):
            ends = _what_it_marks(briefing, by_number[int(n)])
            # The words just before the mark: the disputed line itself (an era's dates may follow its title).
            assert any(re.search(re.escape(end) + r"(\(.{0,40}\))?$", before) for end in ends), (
                f"⚑{n} stands after “…{before[-40:]}”, not on a line that states it")


@pytest.mark.parametrize(("language", "paper"), CASES)
def test_what_a_minister_asks_first_is_on_the_page(pages: dict[tuple[str, str], Page], briefing: Briefing, language: str, paper: str) -> None:
    text = pages[language, paper].text
    assert briefing.exercise is not None and briefing.meeting is not None
    for procedure in briefing.exercise.procedures:  # all of them, "sharing information" included
        assert re.sub(r"\s+", "", procedure.text) in text
    assert _words(language, "Brief", "Discussed:") + "ThesecurityenvironmentinNortheastAsia" in text  # the agenda
    assert "HirokazuMatsuno" in text and "ourdefenseauthoritieswillcontinuetocommunicateclosely" in text
    assert "regularizemissiledefense" in text  # the 14 April agreement
    assert "UnitedStatesandChina" in text and "closelyconsultinadvance" in text
    assert "Detecting" in text and "Trackingit" not in text


@pytest.mark.parametrize(("language", "paper"), CASES)
def test_the_page_is_filled_before_anything_is_cut_and_nothing_is_small(pages: dict[tuple[str, str], Page], language: str, paper: str) -> None:
    page = pages[language, paper]
    if "..." in page.raw:  # "… and N more" in every language ("…" read through NFKC)
        bands = page.bands(_label(language, "The meeting"), _label(language, "Where the sources disagree"))
        where, worst = max(bands.items(), key=lambda band: band[1])
        assert worst <= 2, f"a blank band of {worst:.1f} lines {where} while something is left out"
    assert min(size for _, size, _ in page.fragments) >= MIN_FONT_PT


def test_the_run_up_dates_stand_apart_from_their_titles(pages: dict[tuple[str, str], Page]) -> None:
    raw = " ".join(pages["en", "A4"].raw.split())
    assert "13 Apr 2023 · North Korea's first test launch" in raw
    assert not re.search(r"20\d\d[A-Z][a-z]", raw)  # "Early Apr 2023Trilateral…"


def test_variants_fold_into_one_line_before_a_disagreement_is_cut(briefing: Briefing) -> None:
    brief = Brief(briefing)
    folded = brief.html(Level(8.0, folded=1))
    assert "Also 5 spelling or wording variants and 1 naming notes: see the Sources tab." in folded
    assert "⚑4" not in folded and "⚑3" in folded  # the variants' marks go with them; the disagreements stay
    assert "Why the security talks stopped" in folded and "Spelling of Seo" not in folded


def test_the_furniture_comes_from_the_file(bundled_data: Any, tmp_path: Path) -> None:
    assert not {"prepared_for", "prepared_by", "marking"} & set(bundled_data)  # the bundled file sets none
    bundled_data |= {"prepared_for": "The Minister <b>", "prepared_by": "Desk officer", "marking": "RESTRICTED"}
    b = load_text(dump(bundled_data), "furnished.yaml")
    out = tmp_path / "furnished.pdf"
    write_brief_pdf(b, out, "A4")
    page = Page(out)
    raw = " ".join(page.raw.split())
    assert "Prepared for The Minister <b>" in raw and "Prepared by Desk officer" in raw
    assert "RESTRICTED · " in raw and "Page 1 of 1" in raw and page.pages == 1


def test_the_annex_follows_the_one_page_brief(briefing: Briefing, tmp_path: Path) -> None:
    plain, annexed = tmp_path / "brief.pdf", tmp_path / "annex.pdf"
    write_brief_pdf(briefing, plain, "A4")
    write_brief_pdf(briefing, annexed, "A4", annex=True)
    first, with_annex = pypdf.PdfReader(plain), pypdf.PdfReader(annexed)
    assert len(first.pages) == 1 and len(with_annex.pages) == 2
    assert with_annex.pages[0].extract_text() == first.pages[0].extract_text()  # the brief itself unchanged
    annex = " ".join(unicodedata.normalize("NFKC", with_annex.pages[1].extract_text()).split())  # "ﬁ" read as "fi"
    for d in briefing.discrepancies:  # every difference with its reason, every version in full
        assert " ".join(d.reason.split())[:40] in annex
    assert "deputy director-general for international affairs at the Defense Ministry's Defense Policy Bureau" in annex
    for s in briefing.sources:
        assert re.search(rf"{re.escape(s.id)}\s?: {re.escape(s.credit)}", annex)


def test_the_preview_offers_the_annex_and_the_pdf_is_named_like_every_export(briefing: Briefing, qapp: Any) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QCheckBox, QWidget

    from briefing_app.ui.window.printing import preview_brief, suggested_pdf_name

    window = QWidget()
    dialog = preview_brief(window, briefing)
    assert dialog is not None
    try:
        box, preview = dialog.findChild(QCheckBox, "brief-annex"), dialog.findChild(QPrintPreviewWidget)
        assert box is not None and preview is not None and not box.isChecked()
        preview.updatePreview()
        assert preview.pageCount() == 1
        box.setChecked(True)  # the preview redraws with the annex after the page
        assert preview.pageCount() == 2
        box.setChecked(False)
    finally:
        dialog.close()
        window.deleteLater()
    assert suggested_pdf_name(briefing) == "12th-south-korea-japan-security-policy-consultation-2023-04-17-brief.pdf"


def test_no_disagreement_is_left_off_while_a_variant_stays(bundled_data: Any) -> None:
    """More disagreements than the page lists (30): the variants fold even at the first level."""
    hiatus = next(d for d in bundled_data["discrepancies"] if d["id"] == "hiatus-cause")
    bundled_data["discrepancies"] += [copy.deepcopy(hiatus) | {"id": f"more-{n}"} for n in range(31)]
    b = load_text(dump(bundled_data), "many.yaml")
    brief = Brief(b)
    kinds = {d.id: d.kind for d in b.discrepancies}
    printed = brief.printed(Level(9.5))
    assert any(off and kinds[i] == "disagreement" for i, off in printed)
    assert not any(not off and kinds[i] == "variant" for i, off in printed)


def test_the_markdown_notes_stand_on_the_lines_the_page_marks(briefing: Briefing) -> None:
    from briefing_app.exports.markdown import brief_markdown

    text = brief_markdown(briefing)
    number = numbers(briefing)
    assert briefing.meeting is not None
    heading = next(line for line in text.splitlines() if line.startswith("## The meeting"))
    assert "[^" not in heading  # every dispute about the meeting is stated on a line of its own
    outcome = next(line for line in text.splitlines() if "served as an opportunity" in line and line.startswith("- "))
    assert outcome.endswith(f"[^{number['perceptions-wording']}]")
    assert f"**South Korea's Defense and Foreign ministries**[^{number['statement-issuer']}]:" in text
