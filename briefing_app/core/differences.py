"""How each kind of difference is worded, the same in the panes, tooltips, tables, brief and exports.

An error is printed as the right form with the slip beside it ("printed in error as …"), never as an
"other version"; a convention is a note; variants and disagreements are the disputes marked ⚑.
Plain text only: callers escape it where they build HTML."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.core.words import QT_TRANSLATE_NOOP, Words, english

if TYPE_CHECKING:  # the panes import this before the model is loaded with the data
    from briefing_app.core.model import Discrepancy, Version


# Words for the interface's language: the window and the brief pass their translator (see words.py).
__all__ = ["Words", "english"]


# The kinds as model.DIFFERENCE_KINDS spells them.
ERROR, CONVENTION, VARIANT, DISAGREEMENT = "error", "convention", "variant", "disagreement"

HEADINGS = {
    ERROR: QT_TRANSLATE_NOOP("Differences", "Error in a source"),
    CONVENTION: QT_TRANSLATE_NOOP("Differences", "Note"),
    VARIANT: QT_TRANSLATE_NOOP("Differences", "Sources disagree"),
    DISAGREEMENT: QT_TRANSLATE_NOOP("Differences", "Sources disagree"),
}
KIND_LABELS = {ERROR: QT_TRANSLATE_NOOP("Differences", "error"), CONVENTION: QT_TRANSLATE_NOOP("Differences", "naming note"),
               VARIANT: QT_TRANSLATE_NOOP("Differences", "variant"), DISAGREEMENT: QT_TRANSLATE_NOOP("Differences", "disagreement")}
WHY = {ERROR: QT_TRANSLATE_NOOP("Differences", "Why it is an error"), CONVENTION: QT_TRANSLATE_NOOP("Differences", "About the names")}


def heading(d: Discrepancy, words: Words = english) -> str:
    """"Sources disagree: …", "Error in a source: …" or "Note: …"."""
    return words(QT_TRANSLATE_NOOP("Differences", "%1: %2")).replace("%1", words(HEADINGS[d.kind])).replace("%2", d.topic)


def why_label(d: Discrepancy, words: Words = english) -> str:
    return words(WHY.get(d.kind, QT_TRANSLATE_NOOP("Differences", "Why preferred")))


def version_prefix(d: Discrepancy, v: Version, words: Words = english) -> str:
    """The words before a version's text: what that version is, by the kind of difference."""
    if d.kind == ERROR:
        return "" if v.preferred else words(QT_TRANSLATE_NOOP("Differences", "printed in error as "))
    if d.kind == CONVENTION:
        return "" if v.preferred else words(QT_TRANSLATE_NOOP("Differences", "also called "))
    return words(QT_TRANSLATE_NOOP("Differences", "preferred: ")) if v.preferred else words(QT_TRANSLATE_NOOP("Differences", "other version: "))


def version_text(d: Discrepancy, v: Version) -> str:
    """A version's own words, quoted when they are a slip so no one takes them for a name."""
    return f"“{v.text}”" if d.kind == ERROR and not v.preferred else v.text


def version_line(d: Discrepancy, v: Version, words: Words = english) -> str:
    """One version as plain text, with its sources in brackets, so that a part ("herald-002 (body)")
    is not a second pair of parentheses: "printed in error as “Moon Suk-yeol” [jiji-000]"."""
    return f"{version_prefix(d, v, words)}{version_text(d, v)} [{', '.join(d.source_labels(v))}]"


def others_summary(d: Discrepancy, words: Words = english) -> str:
    """The versions other than the preferred one, for a table cell."""
    return " | ".join(f"{version_prefix(d, v, words)}{version_text(d, v)}" for v in d.others)
