"""Make article text safe to show in a terminal: control characters become visible escapes.

Article text is data. An escape sequence in it must not recolour the terminal, rewrite the
clipboard (OSC 52), retitle the window or hide a hyperlink (OSC 8); a carriage return or
backspace must not overwrite what was printed; a bidi override must not reverse what follows.
Nothing is dropped: each such character is replaced by a visible stand-in, so a reader can see
that the article contained it. No Rich import here, so the TUI can use the same function.
"""

from __future__ import annotations

import re

# Control Pictures (U+2400 block) show C0 controls as one visible glyph each: ESC is "␛".
_C0_PICTURE = {code: chr(0x2400 + code) for code in range(0x20)}
_C0_PICTURE[0x7F] = "\u2421"  # DEL as "␡"

# C0 (except tab and newline), DEL, C1 and the bidi embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_KEEP_NEWLINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _replacement(match: re.Match[str]) -> str:
    ch = match.group(0)
    code = ord(ch)
    if code == 0x0A:
        return "\\n"
    if code < 0x20 or code == 0x7F:
        return _C0_PICTURE[code]
    if code <= 0x9F:
        return f"\\x{code:02x}"
    return f"<U+{code:04X}>"


def visible(text: str, *, keep_newlines: bool = True) -> str:
    """Return `text` with every terminal-unsafe character replaced by a visible stand-in.

    Tab is kept; a newline is kept unless `keep_newlines` is False (file names and one-line
    messages, where a newline could forge a second line of output), then it shows as `\\n`.
    """
    pattern = _UNSAFE_KEEP_NEWLINES if keep_newlines else _UNSAFE
    return pattern.sub(_replacement, text)


def visible_line(text: str) -> str:
    """`visible` for a one-line value such as a file name in an error message."""
    return visible(text, keep_newlines=False)
