"""Do two names name the same actor? Gated, transliteration-aware comparisons.

A person's surname must agree (same romanisation key, or the same consonant skeleton for long
names, or a near-identical key for very long ones); given names, where both sides have them, must
agree as well, an initial agreeing with any name that starts with it. So "J. Doe" and "John Doe"
meet, "John Doe" and "Jane Doe" never do, and neither do "Dan Ross" and "Don Ross" (short names
share skeletons, so the skeleton needs at least five letters).
"""

from __future__ import annotations

from rapidfuzz.distance import Indel, Levenshtein

from .normalize import name_tokens, skeleton, token_key

SKELETON_MIN = 5  # letters a token key needs before its consonant skeleton may decide
FUZZY_MIN = 8  # letters a token key needs before a one-letter slip is forgiven
PARTICLES = {"bin", "ibn", "ben", "bint", "abu", "de", "da", "di", "del", "der", "van", "von",
             "la", "le", "du", "dos", "das"}


def is_initial(token: str) -> bool:
    """A one-letter token such as "J" (from "J.")."""
    return len(token) == 1 and token.isalpha()


def tokens_match(a: str, b: str) -> bool:
    """Two full name tokens are spellings of one name."""
    ka, kb = token_key(a), token_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if ka + "a" == kb or kb + "a" == ka:
        return False  # "Robert" / "Roberta", "Daniel" / "Daniela": a gendered pair
    if ka[0] != kb[0] and not {ka[0], kb[0]} <= {"e", "i", "a", "o", "u"}:
        return False
    if min(len(ka), len(kb)) >= SKELETON_MIN and skeleton(a) == skeleton(b):
        return _vowels_close(ka, kb)
    if min(len(ka), len(kb)) >= FUZZY_MIN:
        # one letter more or less in the consonants (a dropped or added sound), never a swap
        return Indel.distance(skeleton(a), skeleton(b)) == 1 and Levenshtein.distance(ka, kb) <= 2
    return False


def near_spelling(a: str, b: str) -> bool:
    """One consonant written differently in a long name ("Karapetian" / "Karabetian"): a slip or a
    variant, trusted only inside one document where one person fits."""
    ka, kb = token_key(a), token_key(b)
    if len(ka) != len(kb) or len(ka) < FUZZY_MIN or ka[0] != kb[0]:
        return False
    diff = [(x, y) for x, y in zip(ka, kb, strict=True) if x != y]
    return len(diff) == 1 and not set(diff[0]) & set("aeiou")


def ends_joined(short: list[str], long_: list[str]) -> bool:
    """A name of three or more parts ends a longer one, spaces aside ("Reza Gol Zadeh" /
    "Ali Reza Golzadeh")."""
    if len(short) < 3:
        return False
    ks, kl = token_key("".join(short)), token_key("".join(long_))
    return len(kl) > len(ks) and kl.endswith(ks)


def _vowels_close(ka: str, kb: str) -> bool:
    """Same skeleton: allow vowel drift but not a different syllable count by more than one."""
    va = sum(c in "aeiou" for c in ka)
    vb = sum(c in "aeiou" for c in kb)
    return abs(va - vb) <= 1


def given_match(a: str, b: str) -> bool:
    """Given names agree: same name, or an initial that starts the other."""
    if is_initial(a) or is_initial(b):
        return token_key(a)[:1] == token_key(b)[:1] or a[:1] == b[:1]
    return tokens_match(a, b)


def split_name(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(given names, surname parts): the surname is the last token plus leading particles."""
    if not tokens:
        return [], []
    i = len(tokens) - 1
    while i > 0 and tokens[i - 1] in PARTICLES:
        i -= 1
    return tokens[:i], tokens[i:]


def surname_match(a: list[str], b: list[str]) -> bool:
    """Surnames agree, also when one side writes a compound as one word ("Mir-Hosseinpour")."""
    sa = [t for t in a if t not in PARTICLES]
    sb = [t for t in b if t not in PARTICLES]
    if not sa or not sb:
        return False
    return tokens_match(sa[-1], sb[-1]) or tokens_match("".join(sa), "".join(sb))


def person_match(a: str | list[str], b: str | list[str]) -> bool:
    """Two person names are the same person's (see the module docstring)."""
    ta = name_tokens(a) if isinstance(a, str) else a
    tb = name_tokens(b) if isinstance(b, str) else b
    if not ta or not tb:
        return False
    if len(ta) != len(tb) and tokens_match("".join(ta), "".join(tb)):
        return given_match(ta[0], tb[0])
    ga, sa = split_name(ta)
    gb, sb = split_name(tb)
    if surname_match(sa, sb):
        return _givens_agree(ga, gb)
    # a hyphenated or two-word surname against one word: "Mir Hosseinpour" / "Mirhosseinpour"
    return len(ga) >= 1 and len(gb) >= 1 and _joined_surname(ga, sa, gb, sb)


def _givens_agree(ga: list[str], gb: list[str]) -> bool:
    """Every given name of the shorter list agrees, in order, with one of the longer list."""
    if not ga or not gb:
        return True
    if not given_match(ga[0], gb[0]):
        return False
    short, long_ = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    j = 0
    for tok in short:
        while j < len(long_) and not given_match(tok, long_[j]):
            j += 1
        if j == len(long_):
            return False
        j += 1
    return True


def _joined_surname(ga: list[str], sa: list[str], gb: list[str], sb: list[str]) -> bool:
    if len(ga) > 1 and tokens_match(ga[-1] + sa[-1], sb[-1]):
        return given_match(ga[0], gb[0])
    if len(gb) > 1 and tokens_match(gb[-1] + sb[-1], sa[-1]):
        return given_match(ga[0], gb[0])
    return False


def short_matches_full(short: list[str], full: list[str]) -> bool:
    """A short form ("Talebi", "Hosseini", "M. Doe") names the person with this full name."""
    if not short or not full:
        return False
    if len(short) == 1:
        return any(tokens_match(short[0], t) for t in full[1:]) or (
            len(full) >= 2 and tokens_match(short[0], "".join(full[1:])))
    if is_initial(short[0]) and len(short) == 2:
        return given_match(short[0], full[0]) and tokens_match(short[1], full[-1])
    return person_match(short, full)
