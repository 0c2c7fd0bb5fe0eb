"""What kind of line a page-dump line is: prose, a heading, a list item, or page furniture.

General page-structure cues only: length, final punctuation, bullets, and the vocabulary that
menus, share bars, comment forms, teasers, captions and footers use on any site.
"""

from __future__ import annotations

import logging
import re
from enum import Enum

from .dates import find_dates, strip_dates

log = logging.getLogger(__name__)


class Kind(Enum):
    """The role a line can play on a page."""

    PROSE = "prose"  # a sentence or paragraph
    HEAD = "head"  # a headline-like line: several words, no closing punctuation
    LIST = "list"  # a bulleted item of several words
    SHORT = "short"  # a menu item, label, name: a few words
    DATELINE = "dateline"  # a date, byline or reading-time line
    CAPTION = "caption"  # a photo caption or credit
    TEASER = "teaser"  # "READ: ...", a truncated link to another story
    BOILER = "boiler"  # share bars, comment forms, subscriptions, legal footers, cookies


_END = tuple(".!?…:;")
_CLOSERS = "\"”’'»)]"
_BULLET = re.compile(r"^[•·▪◦●*–—-]\s*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")

# Words that make a short line (a few words) page furniture.
_SHORT_VOCAB = re.compile(
    r"\b(share[sd]?|sharing|tweet|e-?mail|print|subscribe|subscription|newsletters?|sign (?:up|in)"
    r"|log ?in|log ?out|register|comments?|reply|menu|search|home|close|cookies?|privacy|terms"
    r"|related|popular|trending|recommended|most (?:read|viewed|shared)|latest|advertisement"
    r"|advertising|sponsored|follow us|contact|about us|careers|donate|support us|copyright"
    r"|skip to|scroll|back to top|listen|watch live|tags?|topics|categories|filed under"
    r"|download|facebook|twitter|linkedin|whatsapp|telegram|instagram|youtube|rss)\b",
    re.I,
)
# Phrases that mark furniture in a line of any length.
_PHRASE_VOCAB = re.compile(
    r"(all rights reserved|©|\bcopyright \d{4}|your email address will not be published"
    r"|required fields are marked|leave a (?:comment|reply)|post a comment|already a subscriber"
    r"|log into your account|sign up (?:for|to)|subscribe (?:to|now|for)|our newsletter"
    r"|(?:we|this (?:site|website)) uses? cookies|accept (?:all )?cookies"
    r"|cookie (?:policy|settings)"
    r"|privacy policy|terms of (?:use|service)|skip to (?:main )?content|scroll to top"
    r"|^sharing\b.{0,20}$|share (?:this|on|via)\b|keep up to date with|get the latest"
    r"|you may also like|more from|don'?t miss|in case you missed|editor'?s picks"
    r"|top stories|most popular|most read|read next|recommended for you|become a (?:member|patron)"
    r"|support (?:our|independent) journalism"
    r"|this article is (?:available|also)|click here|download (?:our|the) app"
    r"|enable javascript|trouble loading)",
    re.I,
)
_TEASER = re.compile(
    r"^(?i:read|also read|read more|read also|related|see also|watch|listen|more|recommended)"
    r"\s*[:>|»]|(?:\.\.|…|[a-z.]More)$",
)
_CAPTION = re.compile(
    r"(\((?:left|right|centre|center|top|bottom|pictured|file|l|r|c)\)|\[photo|\bphoto(?:graph)?"
    r"(?:\s+by|\s*:|\s+credit)|\bvia getty\b|getty images|\bfile (?:photo|image)\b"
    r"|^in this (?:photo|image|picture|file|handout)|\bstill image\b|\bpictured\b"
    r"|\b(?:image|photo|picture) (?:credit|source)\b|/(?:AFP|AP|Reuters|EPA)\b)",
    re.I,
)
_BYLINE = re.compile(r"^(?:(?:written|words|reporting) )?[Bb]y:?\s+[A-Z]")
_READ_TIME = re.compile(r"\b\d+\s*(?:min(?:ute)?s?)\.?\s*read\b", re.I)
_BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:,| is\b| was\b| has\b| covers\b| writes\b)"
    r".{0,160}\b(?:correspondent|editor|reporter|journalist|writer|columnist|contributor"
    r"|producer|freelancer?|author of)\b",
)
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|according|asked|stated)\b")
_STAMP = re.compile(r"^(?:published|updated|posted|last updated|first published)\b", re.I)


def words(text: str) -> list[str]:
    """The words of a line (letters first; numbers and symbols left out)."""
    return _WORD.findall(text)


def is_boiler(text: str) -> bool:
    """Share bars, subscription prompts, comment forms, legal footers, cookie notices."""
    n = len(words(text))
    if n <= 6 and _SHORT_VOCAB.search(text):
        return True
    if len(text) <= 300 and _BIO.search(text) and not _SPEECH.search(text):
        return True
    return len(text) <= 300 and bool(_PHRASE_VOCAB.search(text))


def is_caption(text: str) -> bool:
    """A photo caption or credit line."""
    return bool(_CAPTION.search(text))


def is_dateline(text: str) -> bool:
    """A date, byline, time stamp or reading-time line (header furniture)."""
    n = len(words(text))
    if n > 16:
        return False
    if _READ_TIME.search(text) or _STAMP.match(text):
        return True
    sentence = ends_sentence(text)
    if find_dates(text):
        rest = len(words(strip_dates(text)))
        return rest <= 3 or (rest <= 8 and not sentence)
    return n <= 10 and not sentence and bool(_BYLINE.match(strip_dates(text).strip()))


def is_prose(text: str) -> bool:
    """A sentence: enough words and closing punctuation, or a very long line."""
    n = len(words(text))
    return (n >= 5 and ends_sentence(text)) or len(text) >= 220


def ends_sentence(text: str) -> bool:
    """Whether a line closes with sentence punctuation (quotes and brackets after it allowed)."""
    bare = text.rstrip(_CLOSERS)
    if bare != text and text.endswith(")") and not bare.endswith(_END):
        return text.count("(") == text.count(")") and len(text) > 80
    return bare.endswith(_END)


def classify(text: str) -> Kind:
    """The kind of one stripped line."""
    n = len(words(text))
    if is_boiler(text):
        return Kind.BOILER
    if is_caption(text):
        return Kind.CAPTION
    if _TEASER.search(text):
        return Kind.TEASER
    if is_dateline(text):
        return Kind.DATELINE
    if is_prose(text):
        return Kind.PROSE
    if _BULLET.match(text) and n >= 5:
        return Kind.LIST
    return Kind.HEAD if n >= 4 else Kind.SHORT


def title_case_ratio(text: str) -> float:
    """The share of longer words that start with a capital (headlines are often Title Case)."""
    long_words = [w for w in words(text) if len(w) > 3]
    if not long_words:
        return 0.0
    return sum(w[0].isupper() for w in long_words) / len(long_words)


def glued_words(text: str) -> int:
    """How many words run into the next one ("patronSupport"): menus joined without spaces."""
    return len(re.findall(r"[a-z]{2}[A-Z][a-z]", text))
