"""The first article, read in a thread while Textual starts, so the first frame can show it.

Every message a worker posts before the first frame costs another full layout of the screen;
when the folder is listed and the first article read before the screen is mounted, the reader
draws them in its first frame instead. Its briefing, cached or not, comes after that frame:
the first frame shows the text and placeholders for the panes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.core.model import Article


@dataclass(frozen=True)
class FirstRead:
    """The folder's listing and the article to open first."""

    listed: list[str]
    index: int
    # None when the folder holds no articles; a string says why the file could not be read.
    article: Article | str | None


class FirstReader:
    """Runs `read` once in a daemon thread; the UI may wait a little for it, the worker fully."""

    def __init__(self, read: Callable[[], FirstRead]) -> None:
        self._read = read
        self._done = threading.Event()
        self._result: FirstRead | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="briefing-first-read", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = self._read()
        except BaseException as exc:  # handed to the worker, which reports it as its own
            self._error = exc
        finally:
            self._done.set()

    def ready(self, timeout: float) -> FirstRead | None:
        """The result if it arrives within `timeout` seconds and the read did not fail."""
        self._done.wait(timeout)
        return self._result if self._done.is_set() else None

    def result(self) -> FirstRead:
        """Wait for the read to finish; raises what it raised."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result
