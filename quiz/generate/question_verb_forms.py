"""Whether a do-support question joins its base verb to a second verb still in the past
("did the recount take 31 hours and involved more than 60 staff?", "did commuters walk to
work or crammed onto buses?")."""

from __future__ import annotations

import re

#: The auxiliary of do-support, whose verbs must all be in the base form.
_DO = re.compile(r"\b(?:did|does|do)\s")
#: A verb joined by "and"/"or" ("and involved more", "and was replaced", "or crammed onto"),
#: with the word after it:
#: a past participle read as an adjective ("and allied groups") is followed by its noun.
_AND_VERB = re.compile(r"\b(?:and|or)\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b"
                       r"(?:\s+([\w'’-]+))?")
#: Words after a verb that show it is a verb, not an adjective before its noun.
_OBJECT_START = frozenset("the a an its their his her this that these those more less about "
                          "over under nearly almost some all up down out off in into onto on "
                          "to with from by at for as several many no across through around "
                          "towards back away".split())
#: Words after a present "-s" verb that show it is one ("and includes a meal"), not a plural
#: noun ("and residents from the town").
_DETERMINERS = frozenset("the a an its their his her this that these those more less about "
                         "some all several many no".split())
#: Words ending in "s" that are no present verb.
_NOT_S_VERBS = frozenset("its this his hers ours yours theirs thus plus less unless whereas "
                         "perhaps always others news".split())
#: Finite forms of "be" and "have", past or present: never a base form after do-support.
_FINITE_AUX = frozenset("was were is are has had".split())


def mixed_verb_forms(question: str) -> bool:
    """Whether ``question`` asks with "did"/"does"/"do" and its verb goes on, after "and", in
    a finite form ("How long did the recount take and involved more than 60 staff?" - the
    transform turned the first verb of "took ... and involved" only). A finite verb between
    the auxiliary and the "and" begins a clause of its own, whose verbs may be finite ("When
    did the council say the recount took 31 hours and involved ...?")."""
    if " and " not in question and " or " not in question:
        return False
    do = _DO.search(question)
    if do is None:
        return False
    from quiz.generate.clauses import is_simple_past

    for joined in _AND_VERB.finditer(question, do.end()):
        written = joined.group(2) or ""
        verb, after = joined.group(1), written.lower()
        if verb in _FINITE_AUX:
            finite = True
        elif verb.endswith("ed"):
            # (a name after it is its object: "and ordered Kayseri Spor to play")
            finite = is_simple_past(verb) and (after in _OBJECT_START or after[:1].isdigit()
                                               or written[:1].isupper())
        elif verb.endswith("s") and not verb.endswith("ss") and verb not in _NOT_S_VERBS:
            finite = after in _DETERMINERS or after[:1].isdigit()
        else:
            finite = is_simple_past(verb)
        if not finite:
            continue
        between = question[do.end():joined.start()].split()
        return not any(word in _FINITE_AUX or not word.endswith("eed") and
                       is_simple_past(word.strip(",")) for word in between[1:])
    return False
