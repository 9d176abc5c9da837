"""The morning digest across a folder's briefings: stories, one agenda, one cast, disagreements."""

from __future__ import annotations

from briefing.core.digest.build import build_digest
from briefing.core.digest.serialize import digest_to_dict

__all__ = ["build_digest", "digest_to_dict"]
