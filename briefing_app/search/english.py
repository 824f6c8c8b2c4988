"""English a text query is forgiving about: the stop words a query of several words does not require, and
British and American spellings, which meet in the query (the data keeps the spelling its article uses).

The Porter stemmer already lets "interception" find "intercepting", but it stems "defence" to "defenc"
and "defense" to "defens": two spellings of one word stay two words, so each word typed is looked up
in its other spelling too, from the table below.
"""

from __future__ import annotations

# Words that carry no meaning of their own in a query of several words: "Sea of Japan" must not find
# every passage with "sea" and "Japan" because nearly all of them also hold "of". A query of stop
# words only ("the", "of the") still looks them up, and inside "a quoted phrase" every word counts.
STOP_WORDS = frozenset({"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it",
                        "its", "of", "on", "or", "that", "the", "to", "was", "were", "with"})

# British → American, whole words whose difference no rule covers. Each pair is looked up both ways.
# Plurals and other endings the stemmer would not join are listed too ("defences" stems to "defenc").
_PAIRS = {
    "defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
    "licence": "license", "licences": "licenses", "pretence": "pretense",
    "programme": "program", "programmes": "programs",
    "centre": "center", "centres": "centers", "centred": "centered", "theatre": "theater", "theatres": "theaters",
    "metre": "meter", "metres": "meters", "kilometre": "kilometer", "kilometres": "kilometers",
    "calibre": "caliber", "fibre": "fiber", "litre": "liter", "litres": "liters",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "manoeuvring": "maneuvering",
    "colour": "color", "colours": "colors", "honour": "honor", "honours": "honors", "labour": "labor",
    "favour": "favor", "favourable": "favorable", "neighbour": "neighbor", "neighbours": "neighbors",
    "neighbouring": "neighboring", "harbour": "harbor", "harbours": "harbors", "behaviour": "behavior",
    "armour": "armor", "armoured": "armored", "rumour": "rumor", "rumours": "rumors", "endeavour": "endeavor",
    "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog",
    "analyse": "analyze", "analysed": "analyzed", "analysing": "analyzing", "paralyse": "paralyze",
    "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled", "cancelling": "canceling",
    "signalled": "signaled", "signalling": "signaling", "labelled": "labeled", "modelling": "modeling",
    "fuelled": "fueled", "levelled": "leveled",
    "practise": "practice", "practised": "practiced", "practises": "practices", "practising": "practicing",
    "judgement": "judgment", "ageing": "aging", "grey": "gray", "enrol": "enroll", "fulfil": "fulfill",
    "jewellery": "jewelry", "storey": "story", "tyre": "tire", "kerb": "curb", "plough": "plow",
}
_OTHER = {**_PAIRS, **{american: british for british, american in _PAIRS.items()}}

# -ise/-ize and -isation/-ization: "organisation" and "organization", "denuclearise" and "denuclearize".
# A rule, not a list; an -ise word that has no -ize spelling ("exercise") only gains an alternative
# nobody wrote, which matches nothing.
_SUFFIXES = (("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"),
             ("ising", "izing"), ("iser", "izer"), ("isers", "izers"))
_SHORTEST = 6  # "size", "rise", "wise": too short to be one of these words


def other_spelling(word: str) -> str | None:
    """The word in the other spelling (British ↔ American), or None: `word` is lower case."""
    found = _OTHER.get(word)
    if found is not None or len(word) < _SHORTEST:
        return found
    for british, american in _SUFFIXES:  # no ending is the end of another
        if word.endswith(british):
            return word[: -len(british)] + american
        if word.endswith(american):
            return word[: -len(american)] + british
    return None
