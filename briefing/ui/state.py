"""What the reader remembers between runs: which articles were opened, and the theme."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


def data_dir() -> Path:
    """The user's data directory for briefing, following the XDG base directory spec."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "briefing"


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` so a reader never sees half a file: temporary file, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class ReaderState:
    """Read marks and the chosen theme, stored as a small JSON file."""

    path: Path
    read: set[str] = field(default_factory=set)
    theme: str | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> ReaderState:
        """Load the state, or start afresh if the file is missing or damaged."""
        path = path or data_dir() / "state.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)
        if not isinstance(raw, dict):
            return cls(path)
        read = raw.get("read", [])
        theme = raw.get("theme")
        return cls(
            path,
            read={p for p in read if isinstance(p, str)} if isinstance(read, list) else set(),
            theme=theme if isinstance(theme, str) else None,
        )

    def save(self) -> None:
        """Persist the state; a read-only home must not crash the reader."""
        body = json.dumps({"read": sorted(self.read), "theme": self.theme}, indent=1)
        with contextlib.suppress(OSError):
            write_atomically(self.path, body)

    @staticmethod
    def key(path: str) -> str:
        """Read marks are kept by absolute path, so the same file counts from any folder."""
        return os.path.abspath(path)

    def is_read(self, path: str) -> bool:
        return self.key(path) in self.read

    def mark_read(self, path: str) -> bool:
        """Mark an article read; True when this changed anything."""
        key = self.key(path)
        if key in self.read:
            return False
        self.read.add(key)
        return True
