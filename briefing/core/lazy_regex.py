"""Regexes compiled on first use instead of at import.

The extractors hold many large patterns; compiling them all costs more than the rest of importing
the core, and the cheap gates in front of them mean most articles never need some of them.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("finditer", "findall", "fullmatch", "match", "search", "split", "sub", "subn")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached while an attribute is missing: the first use compiles the pattern and
        # binds its methods here, so later calls cost what they cost on a compiled pattern.
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def compile_lazily(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that behaves as `re.compile(pattern, flags)` and compiles when first used."""
    return cast(re.Pattern[str], _LazyPattern(pattern, flags))
