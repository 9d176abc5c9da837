"""Text whose wrapped lines hang under their first word, not under the bullet."""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text


class Hanging:
    """Rows of a marker (a bullet, a label, an indent) and a body wrapped beside it.

    Textual wraps a prompt flush to the left edge, so a long "- point" or "Who   name" would
    continue under the bullet; each row here wraps its body at the body's own column and
    re-wraps at whatever width the pane has, after a resize too.
    """

    def __init__(self, rows: Iterable[tuple[str | Text, str | Text]]) -> None:
        self.rows = [
            (Text(m) if isinstance(m, str) else m, Text(b) if isinstance(b, str) else b)
            for m, b in rows
        ]

    def __str__(self) -> str:
        return "\n".join(marker.plain + body.plain for marker, body in self.rows)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        for marker, body in self.rows:
            indent = cell_len(marker.plain)
            if indent >= width:
                # Too narrow to hang anything: fall back to plain wrapping.
                yield from Text.assemble(marker, body).wrap(console, max(1, width))
                continue
            for n, line in enumerate(body.wrap(console, width - indent)):
                yield Text.assemble(marker if n == 0 else " " * indent, line)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max(
            (cell_len(m.plain) + b.cell_len for m, b in self.rows),
            default=0,
        )
        return Measurement(min(widest, 8), widest)
