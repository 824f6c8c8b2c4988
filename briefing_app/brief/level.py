"""How much the one-page brief holds: the levels of detail the layout tries (pdf.py), the limits of
each list, and the page's style at a font size. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

# What folds off a crowded page, lightest first: the spelling and wording variants with the naming
# notes (their ⚑ marks go with them), then the errors of one text. Each leaves a count in one line.
FOLD_VARIANTS, FOLD_ERRORS = 1, 2
MOST_FOLDED = FOLD_ERRORS


@dataclass(frozen=True)
class Level:
    """How much the page holds: a font size, how many of the lightest blocks are folded into one line,
    how many run-up events show (None: as many as RUN_UP_MOST), and a share (0 to 1) of each list.

    A share below 1 trims every list in proportion, each ending with "and N more"; a few items of
    each always stay.

    The two columns hold one flow of blocks, read down the left column and on at the top of the
    right: the meeting, the exercise, the run-up's heading, each run-up event, then the context
    (or the context before the run-up). `left` says where the right column
    starts, so that both end at about the same height: the run-up, one block per event, lets the
    split fall within a line or two of the middle.
    """

    font_pt: float
    detail: float = 1.0
    folded: int = 0
    run_up: int | None = None
    left: int | None = None  # how many blocks of the columns' flow the left column takes (None: the meeting and the exercise)
    context_first: bool = False  # the context before the run-up in the flow, not after it
    short_versions: bool = False  # each version's first VERSION_CROWDED characters, not VERSION_MOST

    def cap(self, total: int, floor: int, most: int | None = None) -> int:
        full = total if most is None else min(total, most)
        return full if self.detail >= 1 else min(full, max(floor, int(full * self.detail)))


MAX_FONT_PT = 9.5
MIN_FONT_PT = 7.0  # never smaller: below this a printed page stops being readable
FIRST = Level(MAX_FONT_PT)
FONT_STEP = 0.1
# The most each list shows, however much room is left: a page to carry into a meeting stays a
# summary, and a list of thousands cannot crowd out the others (they are trimmed by the same share).
RUN_UP_MOST = 24  # the latest dates before the day
RUN_UP_FEW = 6  # the newest events, which the font shrinks to keep: the weeks that led to the day
DISAGREEMENTS_MOST = 30
NOTES_MOST = 10
SHIPS_MOST = 20
SOURCES_MOST = 30
DISCUSSED_MOST = 2  # the agenda in one line: the file lists its points heaviest first
QUOTE_MOST = 140  # characters of a quotation "on the record"; the rest is in the panes, marked "…"
REASON_MOST = 40  # characters: a reason's first sentence printed when it is a few words
VERSION_MOST = 110  # characters of each version on the page; the annex and the Sources tab give it whole
# On a crowded page, each version's first words: enough to tell the versions apart ("served as an
# opportunity" against "agreed to"), and a larger font for the rest of the page.
VERSION_CROWDED = 70


# Qt rounds a font to whole device pixels: at 300 dpi, 7 pt prints as 6.96 pt. An eighth of a point
# more keeps every printed size at or above its nominal one at 288 dpi and finer.
_ROUNDING_PT = 0.125


def page_css(font_pt: float) -> str:
    small = max(MIN_FONT_PT, font_pt * 0.9) + _ROUNDING_PT
    return f"""
    body {{ font-family: 'DejaVu Sans', 'Helvetica', 'Arial', sans-serif; font-size: {font_pt + _ROUNDING_PT:.3f}pt; }}
    h1 {{ font-size: {font_pt * 1.75:.1f}pt; margin: 0 0 2pt 0; }}
    h2 {{ font-size: {font_pt * 1.2:.1f}pt; margin: {font_pt * 0.8:.1f}pt 0 {font_pt * 0.25:.1f}pt 0; color: #1f3a5f; }}
    p {{ margin: 0 0 {font_pt * 0.3:.1f}pt 0; }}
    p.event, p.quote {{ margin: 0 0 {font_pt * 0.15:.1f}pt 0; }}
    p.agenda {{ margin: {font_pt * 0.5:.1f}pt 0 0 0; }}
    ul {{ margin-top: 0; margin-bottom: 0; -qt-list-indent: 1; }}
    li {{ margin: 0; }}
    .sub {{ color: #444444; }}
    .marking {{ text-align: center; font-weight: bold; letter-spacing: 1pt; }}
    .why {{ color: #555555; font-style: italic; }}
    p.note {{ margin: 0 0 {font_pt * 0.15:.1f}pt 0; }}
    .bottom {{ background-color: #eef2f7; }}
    .more, .small, .foot, .src {{ color: #555555; font-size: {small:.3f}pt; }}
    th {{ text-align: left; background-color: #dde4ee; }}
    """
