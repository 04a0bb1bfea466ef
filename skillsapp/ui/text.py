"""Filling translated sentences with values.

A translated sentence marks its values as %1, %2, ... so that each language may put them
where its word order wants them. ``fill`` puts them in, all in one pass, so a value that
itself holds "%2" (a name typed by a trainer, say) is never replaced again.
"""

from __future__ import annotations

import re

PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2, ... replaced by ``values`` (as text); other marks stay."""

    def value(found: re.Match[str]) -> str:
        number = int(found.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else found.group(0)

    return PLACE.sub(value, template)
