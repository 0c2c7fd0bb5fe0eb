"""Blocking keys: how an in-document cluster finds its corpus candidates through an index.

Every key is a short string stored in `entity_keys(key, entity_id, kind)`; a lookup is one indexed
query per key, so its cost depends on the new document, not on the size of the store.

* persons: `P:sk:<skeleton of surname>` and, for long surnames, the skeleton less one consonant
  (blocking only; the candidates are then compared name by name with `match.person_match`).
  A full name also registers `P:g<c>:<skeleton>`, where <c> is the class of its first given name's
  first letter (as written and after romanisation; vowels are one class): given names must agree
  for two full names to match, so a full name looks up only people with a fitting given name, plus
  `P:so:<skeleton>` — people known by a surname alone (or a surname after a particle). A popular
  surname shared by many people then costs no more than a rare one;
* organisations and media: `O:k:<bag of stems>` (identity), `O:a:<acronym>` (an acronym, or the
  initials of a long name), `O:p:<bag>` for every two-or-more-word part of a long name (a short form
  such as "Revolutionary Guards" finds "Islamic Revolutionary Guards Corps" when only one has it);
* places and groups: `G:<name key>` / `N:<name key>`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .linking import GENERIC, GROUPS, place_key
from .match import FUZZY_MIN, is_initial, split_name
from .normalize import acronym, is_acronym, name_key, name_tokens, org_key, skeleton, token_key


@dataclass
class ClusterNames:
    """The names of one in-document cluster, sorted into full and short forms."""

    group: str  # P | O | G | N
    full: list[list[str]] = field(default_factory=list)  # person token lists / org names
    short: list[list[str]] = field(default_factory=list)
    org_names: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)


def names_of(texts: list[str], kind: str) -> ClusterNames:
    """Sort a cluster's surface forms into full names, short forms and acronyms."""
    out = ClusterNames(GROUPS.get(kind, "O"))
    for text in texts:
        if out.group == "P":
            toks = name_tokens(text)
            if len(toks) >= 2 and not is_initial(toks[0]):
                out.full.append(toks)
            elif toks:
                out.short.append(toks)
        elif is_acronym(text):
            out.acronyms.append(text.replace(".", "").lower())
        else:
            out.org_names.append(text)
    return out


def surname_blocks(tokens: list[str]) -> list[str]:
    """Blocking keys of a person's surname."""
    _, sur = split_name(tokens)
    last = sur[-1] if sur else tokens[-1]
    sk = skeleton(last)
    if not token_key(last) or not sk:
        return []
    keys = [f"P:sk:{sk}"]
    if len(token_key(last)) >= FUZZY_MIN:  # one consonant more or less (SymSpell-style)
        keys += [f"P:sk:{sk[:i] + sk[i + 1:]}" for i in range(1, len(sk))]
    if len(tokens) >= 3:  # "Mir-Hosseinpour" also blocks as the one word "Mirhosseinpour"
        joined = skeleton(tokens[-2] + tokens[-1])
        if joined:
            keys.append(f"P:sk:{joined}")
    return keys


def lookup_keys(names: ClusterNames) -> list[str]:
    """The keys a cluster looks up, strongest first."""
    if names.group == "P":
        if names.full and all(_given(t) for t in names.full):
            return _person_keys(names.full, names.full + names.short)
        return _blocks(names.full + names.short, "P:sk:")
    if names.group == "O":
        keys = [f"O:k:{org_key(n)}" for n in _by_length(names.org_names) if org_key(n)]
        keys += [f"O:a:{a}" for a in names.acronyms]
        keys += [f"O:a:{acronym(n)}" for n in names.org_names if len(acronym(n)) >= 3]
        return list(dict.fromkeys(keys))
    key = place_key if names.group == "G" else name_key
    return list(dict.fromkeys(f"{names.group}:{key(n)}" for n in names.org_names + names.acronyms
                              if key(n)))


def _blocks(names: list[list[str]], prefix: str) -> list[str]:
    return sorted({prefix + k[5:] for toks in names for k in surname_blocks(toks)})


def _given(tokens: list[str]) -> str:
    """The first given name of a full name ("" when only a particle precedes the surname)."""
    given, _ = split_name(tokens)
    return tokens[0] if given else ""


def given_classes(token: str) -> set[str]:
    """The classes a given name's first letter falls in, as written and after romanisation
    (vowels one class): two given names agree only if they share one (`match.given_match`)."""
    key = token_key(token)
    return {"v" if ch in "aeiouy" else ch for ch in (key[:1], token[:1]) if ch}


def _person_keys(full: list[list[str]], all_names: list[list[str]]) -> list[str]:
    """A full-name cluster's keys: people with a fitting given name, and people known by a
    surname alone (`P:so:`)."""
    keys = {f"P:g{cls}:{k[5:]}" for toks in full for cls in given_classes(_given(toks))
            for k in surname_blocks(toks)}
    return sorted(keys) + _blocks(all_names, "P:so:")


def part_keys(names: ClusterNames) -> list[str]:
    """Keys for a short organisation name to find the long name it is part of."""
    names_ = names.org_names + [_drop_owner(n) for n in names.org_names if _drop_owner(n)]
    return list(dict.fromkeys(f"O:p:{org_key(n)}" for n in names_ if org_key(n)))


def _drop_owner(name: str) -> str:
    """"Freedonia's Coast Guard" -> "Coast Guard" (for the part lookup only)."""
    head, sep, rest = name.replace("’", "'").partition("'s ")
    return rest if sep and head[:1].isupper() and len(head.split()) <= 2 else ""


def register_keys(names: ClusterNames, new: bool = False) -> list[tuple[str, str]]:
    """(key, kind) pairs an entity registers for the names of a cluster joined to it (`new`: the
    cluster founds the entity)."""
    if names.group == "P":
        out = [(k, "block") for k in _blocks(names.full + names.short, "P:sk:")]
        given = [t for t in names.full if _given(t)]
        out += [(k, "given") for k in _person_keys(given, []) if given]
        bare = [t for t in names.full if not _given(t)]
        if bare or (new and not names.full):
            out += [(k, "bare") for k in _blocks(bare or names.short, "P:so:")]
        return out
    out = [(k, "full") for k in lookup_keys(names)]
    if names.group == "O":
        for n in names.org_names:
            out += [(f"O:p:{k}", "part") for k in _parts(n)]
    return list(dict.fromkeys(out))


def _parts(name: str) -> set[str]:
    words = name_key(name).split()
    out = set()
    for size in range(2, len(words)):
        for i in range(len(words) - size + 1):
            part = words[i:i + size]
            if part[0] in {"of", "and", "the", "for"} or part[-1] in {"of", "and", "the", "for"}:
                continue
            if all(w in GENERIC for w in part):
                continue
            out.add(org_key(" ".join(part)))
    return {p for p in out if p}


def _by_length(names: list[str]) -> list[str]:
    return sorted(set(names), key=len, reverse=True)
