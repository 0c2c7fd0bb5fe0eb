"""Closed word classes the attribution rules use: pronouns, person roles, organisation nouns."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def words(text: str) -> frozenset[str]:
    """The white-space separated words of a word list."""
    return frozenset(text.split())

FIRST_PERSON = words("i we me us")
THIRD_PERSON = words("he she it they him her them")
PRONOUNS = words("he she it they him her them its their his i we you")

# nouns that describe a person by role: "the spokesman said" refers back to a person
PERSON_ROLES = words("""
spokesman spokeswoman spokesperson official minister president commander general leader
chief director head secretary ambassador envoy diplomat senator congressman congresswoman
governor mayor lawmaker legislator representative deputy adviser advisor analyst expert
officer prosecutor judge lawyer attorney chairman chairwoman chair ceo founder author
candidate premier chancellor king queen prince cleric ayatollah mullah colonel captain
lieutenant sergeant admiral marshal professor researcher scientist economist journalist
reporter editor correspondent source witness man woman politician activist negotiator
manager executive owner member veteran pilot soldier doctor actor actress friend host
moderator anchor businessman businesswoman tycoon person narrator commentator pundit pollster
lady gentleman wife husband mother father son daughter brother sister girl boy widow victim
nurse aide architect priest pastor imam rabbi nominee hopeful
""")

# nouns that describe an organisation: "the ministry said" refers back to an organisation
ORG_NOUNS = words("""
ministry embassy agency government company firm office department council committee
commission army military party parliament court bank group organization organisation union
administration cabinet campaign newspaper channel station network service authority board
foundation institute university coalition alliance bloc force corps guard police regime
fund bureau association federation watchdog panel senate assembly caucus
""")

# a definite "the country" speaks as the state last named
STATE_NOUNS = words("country nation state kingdom republic")

# documents that speak for whoever issued them: "the statement added"
DOC_NOUNS = words("""
statement communique communiqué release announcement letter memo note report declaration
""")

# groups, media and documents that can be the source of a statement
SOURCE_NOUNS = words("""
people critics supporters opponents residents citizens voters experts analysts observers
officials sources insiders aides allies rivals lawmakers leaders authorities investigators
scientists researchers historians economists diplomats activists protesters media press
report reports statement study survey poll polls data document documents memo memoir memoirs
letter book article paper newspaper website post tweet interview video footage record
records filing complaint lawsuit indictment analysis review audit investigation inquiry
story news account version accounts rumours rumors intelligence figures evidence results
ad ads advert email emails law bill resolution ruling verdict filing survey surveys polling
slide slides chart charts graph map photo photograph photographs image images picture numbers
average averages
pollsters census statistics estimates estimate projections forecast forecasts tally tallies
""")


# shares of a polled group: "47 percent said", "half of the voters think", "a majority say"
QUANTITY_NOUNS = words("""
percent per cent half majority majorities plurality third thirds quarter quarters fifth
proportion share minority
""")

AGENT_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "ee", "al")


def can_speak(head: Token) -> bool:
    """Whether a noun can name a source: a name, a role, an organisation, a group, a document."""
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = head.lemma_.lower()
    lower = head.lower_
    if lemma in PERSON_ROLES | ORG_NOUNS | SOURCE_NOUNS or lower in SOURCE_NOUNS | QUANTITY_NOUNS:
        return True
    if head.tag_ == "NNS" and lemma.endswith(AGENT_SUFFIXES):
        return True  # "environmentalists", "voters", "republicans"
    return any(c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for c in head.lefts)


def human_noun(head: Token) -> bool:
    """A noun that can name a person by what they do ("reader", "visitor", "commentator")."""
    lemma = head.lemma_.lower()
    return lemma in PERSON_ROLES or lemma.endswith(AGENT_SUFFIXES)


def noun_type(lemma: str) -> str | None:
    """The entity type a descriptor noun stands for, if it is clear."""
    if lemma in ORG_NOUNS:
        return "ORG"
    if lemma in PERSON_ROLES:
        return "PERSON"
    return None

# words that cannot end a name ("Ministry of Foreign Affairs of")
DANGLING = words("of and the in for on at to")

# words that open a title before a person's name ("Defense Secretary Jane Roe")
TITLE_WORDS = PERSON_ROLES | words("""
mr mrs ms dr sen rep gov gen col lt sgt adm prof rev defense defence foreign interior affairs
state presidential administration prime deputy vice former late acting senior top national
security chief strategic communications coordinator press white house
""")
