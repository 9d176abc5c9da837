"""The JSON output: the serialize contract, with text kept exact."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from briefing.core.model import Briefing, LoadError
from briefing.core.serialize import document

# json.dumps(ensure_ascii=False) leaves DEL, C1 controls, bidi controls and the Unicode line
# separators raw; as \u escapes they stay exact for a parser but inert in a terminal or pager.
_RAW_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def render_json(briefings: Sequence[Briefing], errors: Sequence[LoadError]) -> str:
    """The whole run as one JSON document (schema 1), ending in a newline."""
    dumped = json.dumps(document(briefings, errors), ensure_ascii=False, indent=2)
    return _RAW_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", dumped) + "\n"
