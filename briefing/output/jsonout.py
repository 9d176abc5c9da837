"""The JSON output: the serialize contract, with text kept exact."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.core.model import Briefing, LoadError
from briefing.core.serialize import document

if TYPE_CHECKING:
    from briefing.core.digest_model import Digest

# json.dumps(ensure_ascii=False) leaves DEL, C1 controls, bidi controls and the Unicode line
# separators raw; as \u escapes they stay exact for a parser but inert in a terminal or pager.
_RAW_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def render_json(
    briefings: Sequence[Briefing], errors: Sequence[LoadError], digest: Digest | None = None
) -> str:
    """The whole run as one JSON document (schema 1), ending in a newline.

    With a `digest`, the document also carries its `"stories"` and, under `"digest"`, the
    folder's `today`, merged agenda, cast and disagreements.
    """
    doc = document(briefings, errors)
    if digest is not None:
        from briefing.core.digest import digest_to_dict

        folder = digest_to_dict(digest)
        doc["stories"] = folder.pop("stories")
        doc["digest"] = folder
    dumped = json.dumps(doc, ensure_ascii=False, indent=2)
    return _RAW_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", dumped) + "\n"
