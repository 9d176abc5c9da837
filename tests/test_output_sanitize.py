"""visible(): terminal controls in article text are shown, never obeyed, never dropped."""

from __future__ import annotations

import pytest

from briefing.output.sanitize import visible, visible_line


def test_plain_text_is_unchanged() -> None:
    text = "Gdańsk — “quoted” 60% [bold] 한국어 مرحبا\tand a tab\nand a line"
    assert visible(text) == text


def test_csi_colour_code_is_shown_not_sent() -> None:
    assert visible("\x1b[31mred\x1b[0m") == "␛[31mred␛[0m"


@pytest.mark.parametrize(
    "sequence",
    [
        "\x1b]52;c;ZWNobyBwd25lZA==\x07",  # OSC 52: write the clipboard
        "\x1b]0;fake title\x07",  # OSC 0: window title
        "\x1b]2;fake title\x1b\\",  # OSC 2 ended by ST
        "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    ],
)
def test_osc_sequences_lose_every_control_byte(sequence: str) -> None:
    shown = visible(sequence)
    assert "\x1b" not in shown and "\x07" not in shown
    assert shown.count("␛") == sequence.count("\x1b")


def test_c1_control_is_shown_as_a_hex_escape() -> None:
    assert visible("a\x9b31mb") == "a\\x9b31mb"


def test_bell_backspace_and_carriage_return_are_shown() -> None:
    assert visible("ding\x07 over\x08\x08 safe\rEVIL") == "ding␇ over␈␈ safe␍EVIL"


def test_other_c0_controls_and_del_are_shown() -> None:
    assert visible("\x00\x0b\x0c\x7f") == "␀␋␌␡"


@pytest.mark.parametrize(
    "code", [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
)
def test_bidi_controls_are_shown_by_code_point(code: int) -> None:
    assert visible(f"invoice{chr(code)}fdp.exe") == f"invoice<U+{code:04X}>fdp.exe"


def test_newline_is_kept_in_text_but_shown_in_a_line() -> None:
    assert visible("a\nb") == "a\nb"
    assert visible_line("a\nbriefing: fake error") == "a\\nbriefing: fake error"
