"""A reason or a time clause right after the date ("is due to start delivering power next year
after delays caused by a shortage of vessels", "turned it down last year so that the film
could be shown first"): when the sentence gives no question as written, it is read again
ending at the date, which the clause after it only explains."""

from __future__ import annotations

import re

#: The words that open such a clause or phrase right after the date (and any time of day).
_TAIL = re.compile(r"(?P<part>\s+(?:night|morning|afternoon|evening))?,?\s+(?:after|because|"
                   r"following|"
                   r"despite|amid|so that|so as to|in order to|as part of|in response to|"
                   r"due to|owing to|thanks to|while|when|before|until|although|though|"
                   r"whereas|(?:only )?if|unless|for(?= [a-z]{2,}ing\b))\s")


def without_tail(text: str, end: int) -> str | None:
    """``text`` ending at the date that ends at ``end`` when a reason or a time clause
    follows it, or ``None``."""
    tail = _TAIL.match(text, end)
    if tail is None:
        return None
    return f"{text[:tail.end('part') if tail.group('part') else end]}."
