"""The one exception a briefing file can cause, with file, line, column and field path."""

from __future__ import annotations

QUOTE_LIMIT = 80  # characters of a bad value a message quotes: enough to recognise it, never a page
PATH_LIMIT = 160
MESSAGE_LIMIT = 400  # a last guard: no message, whatever it quotes, grows past this


class BriefingError(Exception):
    """A briefing file that cannot be used. str() is one line: FILE:LINE:COLUMN: field.path: what is wrong."""

    def __init__(self, file: str, line: int, column: int, path: str, message: str) -> None:
        # Keys and values quoted from a file may hold line breaks or other control characters;
        # they are shown escaped so the message stays one line, and shortened so that a megabyte
        # of bad value cannot make a megabyte of message. Shortened after escaping: an escape is up to
        # ten characters ("\U0001f600"), so shortening first let a message grow past its cap fourfold.
        path, message = shorten(one_line(path), PATH_LIMIT), shorten(one_line(message), MESSAGE_LIMIT)
        self.file, self.line, self.column, self.path, self.message = file, line, column, path, message
        super().__init__(f"{file}:{line}:{column}: {path}: {message}")


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The text, or its first `limit` characters and "…"."""
    return text if len(text) <= limit else text[:limit] + "…"


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A value from the file as a message quotes it: in single quotes, at most `limit` characters."""
    return f"'{shorten(str(value), limit)}'"


def one_line(text: str) -> str:
    """Text with control characters escaped (a newline becomes \\n)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
