"""Write an output file safely: atomically, and never over an existing file unless forced."""

from __future__ import annotations

import contextlib
import os
import tempfile


class OutputExists(Exception):
    """The output file exists and overwriting it was not asked for."""


def write_atomic(path: str, content: str, *, force: bool = False) -> None:
    """Write `content` (UTF-8) to `path` through a temporary file in the same folder.

    Readers see the old file or the whole new one, never half of it. Without `force`, an
    existing `path` raises OutputExists; the check is the link itself, so a file created
    meanwhile is not clobbered either.
    """
    if not force and os.path.lexists(path):
        raise OutputExists(path)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".briefing-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); an export is an ordinary file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        if force:
            os.replace(tmp, path)
        else:
            _link_no_clobber(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _link_no_clobber(tmp: str, path: str) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise OutputExists(path) from None
    except OSError:
        # Some file systems have no hard links; fall back to check-then-rename.
        if os.path.lexists(path):
            raise OutputExists(path) from None
        os.replace(tmp, path)
