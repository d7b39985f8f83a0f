"""The small words around a title: modifiers ("former", "then"), articles, the words that
make it another office ("Deputy"), descriptors that may stand between a modifier and the
title ("former longtime President"), and honorifics before a name."""

from __future__ import annotations

MODIFIERS = {
    "former": "former",
    "ex": "former",
    # "Retired Pope Benedict XVI", "retired Justice Stephen Breyer": a holder who has left.
    "retired": "former",
    "then": "then",
    "late": "late",
    "outgoing": "outgoing",
    "incoming": "incoming",
    "next": "incoming",  # "Germany's likely next chancellor Friedrich Merz": a term to come
    "incumbent": "current",
    "sitting": "current",
    "current": "current",
    # "fired FBI Director James Comey", "firing FBI Director James Comey", "businessman
    # turned President Trump", "disgraced Senator X": the title as it was at the firing, the
    # turn or the disgrace, not a claim about the office today.
    "fired": "then",
    "firing": "then",
    "sacked": "then",
    "sacking": "then",
    "turned": "then",
    "disgraced": "then",
    # "Ousted Ukrainian President Viktor Yanukovych said": named by the office lost, which
    # the sources may date a few days apart from the ousting.
    "ousted": "then",
    "deposed": "then",
    "toppled": "then",
    "overthrown": "then",
}
ARTICLES = {"the", "a", "an"}
# A word before a title that makes it another office ("Deputy Prime Minister", "Vice
# Chancellor", "Shadow Chancellor", "Lord Chancellor"): the mention is not of the title.
OTHER_OFFICE = {
    "deputy",
    "vice",
    "shadow",
    "assistant",
    "associate",
    "acting",
    "lord",
    "junior",
    "sub",
    "co",
    "alternate",  # Israel's "Alternate Prime Minister"
}
# Ranks that make another office only before "Secretary" ("Under Secretary of Defense"):
# before another title the word is a preposition ("Under President Obama, ...").
SECRETARY_RANKS = {"under"}
# Words that may stand between a modifier and a title ("former longtime President X"),
# besides capitalised words ("former Republican President") and hyphenated ones
# ("former pro-Russian Ukrainian President", "former two-term Prime Minister").
DESCRIPTORS = {
    "longtime",
    "embattled",
    "ousted",
    "disgraced",
    "deposed",
    "jailed",
    "exiled",
    "populist",
    "veteran",
    "conservative",
    "liberal",
    "socialist",
    "centrist",
    "hardline",
    "nationalist",
    "reformist",
    "moderate",
    "beleaguered",
}
LEANINGS = {"pro", "anti"}
# Words of rank or courtesy before a name ("Prince Norodom Ranariddh", "Sir Keir").
HONORIFICS = {"prince", "princess", "sheikh", "sir", "dame", "dr", "pastor", "reverend", "rev"}
