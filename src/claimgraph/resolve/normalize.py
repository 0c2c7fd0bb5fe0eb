"""Name keys: a normal form under which spellings of one name meet."""

from __future__ import annotations

import re
import unicodedata


def name_key(name: str) -> str:
    """Lower case, no diacritics, no punctuation, no leading article or possessive."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    s = re.sub(r"^(the|former|late|mr|mrs|ms|dr) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()
