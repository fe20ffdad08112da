"""Untrusted text stays text: spreadsheet cells that would run as formulas, terminal output.

Article text comes from anyone on the web. A CSV cell that begins with ``=``, ``+``, ``-``,
``@``, tab or carriage return is run as a formula by spreadsheet programs (OWASP "CSV
injection"); such a cell gets a leading apostrophe. Control characters and escape sequences
(``\\x1b[2J`` clears a screen, ``\\x1b]0;…`` retitles a window) are shown as visible escapes
before text reaches a terminal.
"""

from __future__ import annotations

import re
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# C0 and C1 controls but tab and newline, DEL, and the bidi overrides that reorder a line
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def csv_cell(value: Any) -> Any:
    """``value`` safe for a CSV cell: text that a spreadsheet would run gets a leading ``'``.

    Numbers stay numbers (a negative count is data, not a formula)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def terminal_text(text: str) -> str:
    """``text`` with every control character (but tab and newline) shown as an escape."""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def terminal_line(text: str) -> str:
    """One line for a terminal: like :func:`terminal_text`, line breaks escaped too."""
    return terminal_text(text).replace("\n", "\\n").replace("\t", "\\t")
