"""Reading a briefing file into what the window shows: the briefing, its search index, its timeline marks.

`build` does the work and runs anywhere: on the GUI thread for a small file, in the background helper
(background.py) for a large one, with progress and a checkpoint that stops every step. The network is not built
here: the Network tab builds it when it is first shown (in the background for a large file), so that
opening a file never waits for a tab that may not be looked at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from briefing_app.core.cancel import Checkpoint, Progress, never, no_progress
from briefing_app.core.model import Briefing
from briefing_app.timeline.data import TimelineData
from briefing_app.i18n.translation import date_text

if TYPE_CHECKING:  # imported by the step that builds them: a small file shows its first tab before
    from briefing_app.library.catalog import Fingerprint
    from briefing_app.search.fulltext import TextIndex
    from briefing_app.search.names import SearchIndex

PARSE_SHARE = 0.9  # of the progress bar: the parse; the rest is the index and the marks


class Loaded(NamedTuple):
    """A briefing, its timeline marks and its search indexes, all built before the window sees them,
    except that the indexes of a small file are built by `search_indexes` once its first tab shows."""

    briefing: Briefing
    marks: TimelineData
    name_index: SearchIndex | None = None  # not `index`, which would hide the tuple's own
    text_index: TextIndex | None = None
    fingerprint: Fingerprint | None = None  # of the file read, when the library is in use
    from_library: bool = False  # read from the library's entry, not parsed from the file
    library_problem: str = ""  # why the library could not be used for this load, if it could not


def search_indexes(loaded: Loaded) -> tuple[SearchIndex, TextIndex]:
    """The name and text indexes of `loaded`: those built with it, or built now."""
    from briefing_app.search.fulltext import TextIndex
    from briefing_app.search.names import SearchIndex

    b = loaded.briefing
    return (SearchIndex(b) if loaded.name_index is None else loaded.name_index,
            TextIndex(b) if loaded.text_index is None else loaded.text_index)


def warm(briefing: Briefing, checkpoint: Checkpoint) -> None:
    """Compute the briefing's derived lookups now, off the GUI thread, before the tabs ask for them."""
    for name in ("person_by_id", "event_by_id", "organization_by_id", "tag_by_id", "source_by_id", "vessel_by_id",
                 "discrepancies_by_record", "events_by_person", "position", "citations_by_source", "sides"):
        checkpoint()
        getattr(briefing, name)


def _parse(path: str, progress: Progress, checkpoint: Checkpoint) -> Briefing:
    # YAML and the loader are imported only when a file is parsed: a briefing the library holds opens without them.
    from briefing_app.reading.files import read_text
    from briefing_app.reading.loader import load_text

    return load_text(read_text(path), path, progress, checkpoint)


def build(path: str, checkpoint: Checkpoint = never, progress: Progress = no_progress, background: bool = False,
          library: str | None = None) -> Loaded:
    """Everything the window needs from one file. Raises BriefingError for a bad file and Cancelled
    at a checkpoint once the user cancels; anything else is a bug.
    In the `background`, the search indexes and the briefing's lookups too; else the indexes wait for
    `search_indexes` and each lookup for its first use.
    With the path of a `library`, the briefing comes from its entry when that matches the file."""
    parse_progress: Progress = lambda done: progress(done * PARSE_SHARE)  # noqa: E731
    fingerprint, from_library, problem = None, False, ""
    if library is None:
        briefing = _parse(path, parse_progress, checkpoint)
    else:
        from briefing_app.library.catalog import Library
        from briefing_app.library.store import LibraryUnavailable

        try:
            opened_library = Library(library)
        except LibraryUnavailable as exc:
            problem = str(exc)
            briefing = _parse(path, parse_progress, checkpoint)
        else:
            try:
                opened = opened_library.open(path, checkpoint, parse_progress)
            finally:
                opened_library.close()
            briefing, fingerprint, from_library = opened.briefing, opened.fingerprint, opened.from_library
    checkpoint()
    index = text_index = None
    if background:
        from briefing_app.search.fulltext import TextIndex
        from briefing_app.search.names import SearchIndex

        index = SearchIndex(briefing, checkpoint)
        checkpoint()
        index.warm(checkpoint)  # the one-letter answers pay off only in a large file, where a keystroke is costly
        text_index = TextIndex(briefing, checkpoint)
        checkpoint()
    marks = TimelineData.of(briefing, checkpoint, date_text)
    if background:  # on the GUI thread, each lookup is made when a tab first asks for it, or never
        warm(briefing, checkpoint)
    progress(1.0)
    return Loaded(briefing, marks, index, text_index, fingerprint, from_library, problem)
