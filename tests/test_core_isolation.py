"""The core is headless: importing and running it loads nothing that draws."""

import subprocess
import sys

CODE = """
import sys
from briefing.core.loader import parse_text
from briefing.core.pipeline import extract
extract(parse_text("Title\\n\\nThe council met on Monday in Leeds. It voted.", "a.md"))
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
print(",".join(bad))
"""


def test_core_imports_no_textual_or_rich() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
