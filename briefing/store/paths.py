"""Where briefing keeps its cache and its data, per the XDG spec or the platform's custom.

Cache (disposable, re-creatable): `cache_dir(override)` picks, first that is set,
`--cache-dir` (the `override` argument), `$BRIEFING_CACHE_DIR`, `$XDG_CACHE_HOME/briefing`,
then `~/Library/Caches/briefing` on macOS, `%LOCALAPPDATA%\\briefing\\Cache` on Windows and
`~/.cache/briefing` elsewhere.

Data (kept: read state and last position): `data_dir()` picks `$XDG_DATA_HOME/briefing`, then
`~/Library/Application Support/briefing` on macOS, `%APPDATA%\\briefing` on Windows and
`~/.local/share/briefing` elsewhere.

Nothing here creates a directory; the stores do that when they first write.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "briefing"
CACHE_ENV = "BRIEFING_CACHE_DIR"


def _env_dir(name: str) -> Path | None:
    # The XDG spec says a relative path in these variables is invalid and must be ignored.
    value = os.environ.get(name)
    if value and os.path.isabs(value):
        return Path(value)
    return None


def cache_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The directory for the briefing cache (see the module docstring for the order)."""
    if override:
        return Path(override).expanduser()
    if env := os.environ.get(CACHE_ENV):
        return Path(env).expanduser()
    if xdg := _env_dir("XDG_CACHE_HOME"):
        return xdg / APP
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP
    if sys.platform == "win32" and (local := os.environ.get("LOCALAPPDATA")):
        return Path(local) / APP / "Cache"
    return Path.home() / ".cache" / APP


def data_dir() -> Path:
    """The directory for what must survive: read state and the last position."""
    if xdg := _env_dir("XDG_DATA_HOME"):
        return xdg / APP
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP
    if sys.platform == "win32" and (roaming := os.environ.get("APPDATA")):
        return Path(roaming) / APP
    return Path.home() / ".local" / "share" / APP


def legacy_state_json() -> Path:
    """Where the reader kept its JSON state before the state store; imported once, then unused."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP / "state.json"
