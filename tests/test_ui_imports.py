"""What the reader imports before its first frame: nothing it only needs for several articles."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_reader_leaves_the_digest_unimported() -> None:
    code = "import sys, briefing.ui.app\nprint(sorted(m for m in sys.modules if 'digest' in m))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_importing_the_reader_leaves_what_follows_the_first_frame_unimported() -> None:
    later = [
        "briefing.ui.widgets.pane",
        "briefing.ui.widgets.key_footer",
        "briefing.ui.widgets.search_bar",
        "briefing.ui.messages",
        "textual.widgets._footer",
        "textual.widgets._tabs",
    ]
    code = f"import sys, briefing.ui.app\nprint([m for m in {later!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
