"""Removing lines that are not reporting (promotional teasers) before chunking.

Removed lines are replaced by spaces of the same length, so that every chunk's character offsets
still point at the same place in the original file.
"""

import re

# A teaser starts with a pictograph (🔥, 🚨 ...) or a shouted label such as "EXCLUSIVE:" or
# "CRISIS ALERT:"; a line of reporting does neither.
_PROMO = re.compile(r"^\s*(?:[\U0001F000-\U0001FAFF\u2600-\u27BF]|[A-Z][A-Z !&'-]{5,}:\s)")


def is_promotional(line: str) -> bool:
    return bool(_PROMO.match(line))


def blank_promotional_lines(text: str) -> tuple[str, int]:
    """``text`` with teaser lines blanked out (same length), and how many were blanked."""
    out, removed = [], 0
    for line in text.split("\n"):
        if is_promotional(line):
            out.append(" " * len(line))
            removed += 1
        else:
            out.append(line)
    return "\n".join(out), removed
