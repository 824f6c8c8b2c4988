"""How each kind of difference is worded, the same in the panes, tooltips, tables, brief and exports.

An error is printed as the right form with the slip beside it ("printed in error as …"), never as an
"other version"; a convention is a note; variants and disagreements are the disputes marked ⚑.
Plain text only: callers escape it where they build HTML."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the panes import this before the model is loaded with the data
    from .model import Discrepancy, Version

# The kinds as model.DIFFERENCE_KINDS spells them.
ERROR, CONVENTION, VARIANT, DISAGREEMENT = "error", "convention", "variant", "disagreement"

HEADINGS = {
    ERROR: "Error in a source",
    CONVENTION: "Note",
    VARIANT: "Sources disagree",
    DISAGREEMENT: "Sources disagree",
}
KIND_LABELS = {ERROR: "error", CONVENTION: "naming note", VARIANT: "variant", DISAGREEMENT: "disagreement"}
WHY = {ERROR: "Why it is an error", CONVENTION: "About the names"}


def heading(d: Discrepancy) -> str:
    """"Sources disagree: …", "Error in a source: …" or "Note: …"."""
    return f"{HEADINGS[d.kind]}: {d.topic}"


def why_label(d: Discrepancy) -> str:
    return WHY.get(d.kind, "Why preferred")


def version_prefix(d: Discrepancy, v: Version) -> str:
    """The words before a version's text: what that version is, by the kind of difference."""
    if d.kind == ERROR:
        return "" if v.preferred else "printed in error as "
    if d.kind == CONVENTION:
        return "" if v.preferred else "also called "
    return "preferred: " if v.preferred else "other version: "


def version_text(d: Discrepancy, v: Version) -> str:
    """A version's own words, quoted when they are a slip so no one takes them for a name."""
    return f"“{v.text}”" if d.kind == ERROR and not v.preferred else v.text


def version_line(d: Discrepancy, v: Version) -> str:
    """One version as plain text, with its sources in brackets, so that a part ("herald-002 (body)")
    is not a second pair of parentheses: "printed in error as “Moon Suk-yeol” [jiji-000]"."""
    return f"{version_prefix(d, v)}{version_text(d, v)} [{', '.join(d.source_labels(v))}]"


def others_summary(d: Discrepancy) -> str:
    """The versions other than the preferred one, for a table cell."""
    return " | ".join(f"{version_prefix(d, v)}{version_text(d, v)}" for v in d.others)
