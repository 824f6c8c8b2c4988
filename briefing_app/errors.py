"""The one exception a briefing file can cause, with file, line, column and field path."""

from __future__ import annotations


class BriefingError(Exception):
    """A briefing file that cannot be used. str() is one line: FILE:LINE:COLUMN: field.path: what is wrong."""

    def __init__(self, file: str, line: int, column: int, path: str, message: str) -> None:
        # Keys and values quoted from a file may hold line breaks or other control characters;
        # they are shown escaped so the message stays one line.
        path, message = one_line(path), one_line(message)
        self.file, self.line, self.column, self.path, self.message = file, line, column, path, message
        super().__init__(f"{file}:{line}:{column}: {path}: {message}")


def one_line(text: str) -> str:
    """Text with control characters escaped (a newline becomes \\n)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
