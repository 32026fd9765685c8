"""A main clause interrupted after its subject, told again without the interruption.

"The Harlan Bridge, which carries 42,000 vehicles a day between Cincinnati and Covington,
Kentucky, was closed on Monday after X" and "Unemployment, meanwhile, climbed to 5.6% after X":
the clause reader loses the main verb behind a relative clause with commas of its own ("Local
farmers, many of whom rely on the river, lost ..." too), or
behind a sentence adverb set off by commas, and the reason after it is asked of nothing. Told
again as "The Harlan Bridge was closed on Monday after X" and "Unemployment climbed to 5.6%
after X", the cause rules read it; the answers are kept only where they are spans of the
sentence as written.
"""

from __future__ import annotations

import re

#: The subject, the interruption, and the verb group that follows it: a non-restrictive
#: relative clause (which may hold commas of its own: "Covington, Kentucky") ended by the
#: first comma that a verb group follows, or a sentence adverb between commas.
_INTERRUPTED = re.compile(
    r"(?P<subject>[A-Z][^,;:\"“”()]{1,60}?),\s+(?:(?:(?:many|most|some|all|several|few|"
    r"none|one|both|each)\s+of\s+)?(?:which|who|whom)\s+[^;:\"“”()]{3,140}?|"
    r"(?P<who>(?!(?:which|who|and|but|as|it)\b)[^,;:\"“”()]{2,40}?)\s+(?:said|says|say|"
    r"believe|believes|argued|argue|argues|claimed|claims|warned|warn|warns|insisted|"
    r"insists)|"
    r"(?:meanwhile|however|though|too|also|in\s+turn|for\s+its\s+part|by\s+contrast|"
    r"in\s+contrast|for\s+example|for\s+instance|in\s+particular|in\s+addition|moreover|"
    r"nonetheless|nevertheless|still|once\s+again|again|similarly|likewise))"
    r",\s+(?=(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|"
    r"did|does|do|[a-z]{3,}ed|rose|fell|grew|sank|shrank|won|lost|fled|left|went|came|"
    r"struck|broke|began|became|took|made|paid|cut|shut|hit|quit)\b)")
#: What a sentence must hold to have an interruption to remove (a cheap test first).
_CUE = re.compile(r",\s(?:(?=[wmhtafbinsol])(?:which|who|(?:many|most|some|all|several|few|"
                  r"none|one|both|each)\s+of(?=\s+wh)|meanwhile|however|though|too|also|"
                  r"in\s|for\s|by\s|moreover|nonetheless|nevertheless|still|once|again|"
                  r"similarly|likewise)\b|[^,]{2,40}?\s(?=[sbacwi])(?:said|says|say|believe|"
                  r"believes|argued|argue|argues|claimed|claims|warned|warn|warns|insisted|"
                  r"insists),)")


def interrupted(text: str) -> bool:
    """Whether ``text`` may hold an interruption after its subject (see ``uninterrupted``)."""
    return _CUE.search(text) is not None


def uninterrupted(text: str) -> tuple[str, int, str] | None:
    """``text`` with the interruption after its opening subject removed, where the verb
    group after it starts in ``text``, and who speaks in the interruption ("The glacier,
    scientists say, is melting": "scientists"; else ""); ``None`` when it opens with no
    subject so interrupted."""
    found = _INTERRUPTED.match(text)
    if found is None:
        return None
    who = found.group("who") or ""
    return f"{found.group('subject')} {text[found.end():]}", found.end(), who
