"""XML that every reader accepts: the one sanitiser for GraphML and both SVG exports (timeline, network).

XML 1.0 forbids most control characters, raw or as character references (section 2.2): one in a
name ("Ministry\x1c of Foreign Affairs") made networkx, lxml and ElementTree refuse the whole file.
ElementTree writes them raw and Qt's SVG generator as references, so the finished document is
cleaned, whoever wrote it: each forbidden character, or reference to one, becomes U+FFFD, which shows
that something was there. No Qt.
"""

from __future__ import annotations

import re

# What XML 1.0's Char production leaves out: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A character reference to one of them, decimal or hexadecimal.
_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
REPLACEMENT = "\ufffd"


def _allowed(code: int) -> bool:
    return (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


def _reference(match: re.Match[str]) -> str:
    code = int(match[1], 16) if match[1] is not None else int(match[2])
    return match[0] if _allowed(code) else REPLACEMENT


def xml_text(text: str) -> str:
    """Text with every character XML 1.0 forbids replaced by U+FFFD."""
    return _FORBIDDEN.sub(REPLACEMENT, text)


def xml_document(data: bytes) -> bytes:
    """A UTF-8 XML document with every forbidden character, raw or referenced, replaced by U+FFFD."""
    text = data.decode("utf-8", errors="surrogateescape")
    cleaned = _REFERENCE.sub(_reference, xml_text(text))
    return data if cleaned == text else cleaned.encode("utf-8", errors="surrogateescape")
