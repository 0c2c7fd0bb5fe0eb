"""Small text helpers shared by indexing and `ask`: the text a claim is embedded by, word keys."""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d{4}")
STOP = frozenset("""a an the of to in on at for by with from and or but as that this these those
it its is are was were be been being has have had do does did not no than then there their they
them he she his her we our you your i me my into over under about after before during while which
who whom whose what when where why how also such any some each other more most very can could
would should may might will shall said says say""".split())


def claim_key_text(text: str) -> str:
    """The text a claim is embedded by: its evidence with quote marks and spacing normalised."""
    text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    return " ".join(text.split())[:600]


def content_words(text: str) -> list[str]:
    """Lower-cased content words (stop words dropped)."""
    return [w.lower().strip("'’-") for w in WORD.findall(text) if w.lower() not in STOP]


def same_word(a: str, b: str) -> bool:
    """Equal, or one a derived form of the other ('Iran'/'Iranian', 'China'/'Chinese')."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= max(4, min(len(a), len(b)) - 2)
