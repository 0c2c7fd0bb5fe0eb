"""Build the name-variant regression suite from invented names and public romanisation rules.

    .venv/bin/python tests/resolve/data/make_name_variants.py > tests/resolve/data/name_variants.tsv

Each line: `label<TAB>name a<TAB>name b<TAB>rule`, label 1 for two spellings of one person, 0 for
two different people (a hard negative: a shared surname, a gendered pair, a short given name one
vowel apart, a surname one consonant apart). The names are made up from syllables; the rules are
the usual variations of Persian, Arabic, Turkic and Russian romanisation.
"""

from __future__ import annotations

import random
import sys

GIVEN = ["Farzan", "Behrouz", "Qadir", "Khosrow", "Jamshid", "Mousa", "Rahim", "Sadegh",
         "Youssef", "Hassan", "Mohammad", "Kamran", "Dariush", "Nourollah", "Abbas", "Gholam",
         "Teymour", "Ashkan", "Shahram", "Vahid", "Mehdi", "Soheil", "Yevgeny", "Dmitry",
         "Sergei", "Aleksandr", "Nikolai", "Arkady", "Timur", "Rustam", "Ilgar", "Elnur",
         "Fuad", "Tahir", "Javad", "Qasem", "Reza", "Ahmad", "Majid", "Hamid"]
STEMS = ["Haqi", "Zar", "Kourosh", "Mirza", "Tabar", "Gol", "Sepah", "Dehqan", "Shir", "Khal",
         "Nour", "Bagh", "Qorb", "Rahim", "Sadeq", "Yazdan", "Mokht", "Rouh", "Feyz", "Kazem",
         "Shokr", "Ghaff", "Zaman", "Ardal", "Verd", "Temir", "Bulat", "Kerim", "Askar", "Seyed"]
SUFFIXES = ["pour", "zadeh", "ov", "yev", "yan", "i", "ee", "nejad", "ani", "lou", "abadi", "ian",
            "enko", "ski", "dar", "far"]


def romanise(name: str, rnd: random.Random) -> tuple[str, str] | None:
    """One variant spelling of a name by a romanisation rule, or None if no rule applies."""
    rules = [
        ("q/gh", lambda s: s.replace("q", "gh").replace("Q", "Gh") if "q" in s.lower() else None),
        ("gh/q", lambda s: s.replace("gh", "q").replace("Gh", "Q") if "gh" in s.lower() else None),
        ("ou/u", lambda s: s.replace("ou", "u") if "ou" in s else None),
        ("ee/i", lambda s: s[:-2] + "i" if s.endswith("ee") else None),
        ("i/ee", lambda s: s[:-1] + "ee" if s.endswith("i") and s[-2] not in "aeiou" else None),
        ("ei/ey", lambda s: s.replace("ey", "ei") if "ey" in s else None),
        ("kh/h", lambda s: s.replace("Kh", "H").replace("kh", "h") if "kh" in s.lower() else None),
        ("double", lambda s: _undouble(s)),
        ("y/i", lambda s: s.replace("yan", "ian").replace("yev", "ev") if "y" in s[1:] else None),
        ("e/a", lambda s: s.replace("ad", "ed", 1) if "ad" in s else None),
        ("o/u", lambda s: s.replace("o", "u", 1) if "o" in s[1:] and "ou" not in s else None),
        ("x/ks", lambda s: s.replace("ks", "x") if "ks" in s else None),
        ("diacritic", lambda s: s.replace("a", "á", 1) if "a" in s else None),
    ]
    rnd.shuffle(rules)
    for rule, fn in rules:
        out = fn(name)
        if out and out != name:
            return rule, out
    return None


def _undouble(s: str) -> str | None:
    for i in range(1, len(s)):
        if s[i] == s[i - 1]:
            return s[:i] + s[i + 1:]
    for i in range(2, len(s) - 1):
        if s[i] in "slmnrd" and s[i - 1] in "aeiou" and s[i + 1] in "aeiou":
            return s[:i] + s[i] + s[i:]
    return None


def positives(rnd: random.Random, people: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    out = []
    for given, sur in people:
        full = f"{given} {sur}"
        v = romanise(sur, rnd)
        if v:
            out.append((full, f"{given} {v[1]}", f"surname {v[0]}"))
        g = romanise(given, rnd)
        if g and v:
            out.append((full, f"{g[1]} {v[1]}", f"both {g[0]}+{v[0]}"))
        out.append((full, f"{given[0]}. {sur}", "initial"))
        if rnd.random() < 0.3:
            out.append((full, f"{given} al-{sur}", "al-"))
            out.append((f"{given} el-{sur}", f"{given} al-{sur}", "el-/al-"))
    return out


def negatives(rnd: random.Random, people: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    out = []
    for idx, (given, sur) in enumerate(people):
        other = GIVEN[(GIVEN.index(given) + 7 + idx) % len(GIVEN)]
        if other != given:
            out.append((f"{given} {sur}", f"{other} {sur}", "shared surname"))
        if idx % 3 == 0 and not given.endswith("a"):
            out.append((f"{given} {sur}", f"{given}a {sur}", "gendered pair"))
        if idx % 4 == 0:
            swapped = _one_consonant(sur, rnd)
            if swapped:
                out.append((f"{given} {sur}", f"{given} {swapped}", "surname one consonant"))
    for a, b in [("Dan", "Don"), ("Jan", "Jon"), ("Ali", "Alo"), ("Omar", "Umar"), ("Rafi", "Rafa"),
                 ("Sami", "Sima"), ("Lev", "Lav"), ("Lina", "Lana")]:
        sur = rnd.choice(STEMS) + rnd.choice(SUFFIXES)
        out.append((f"{a} {sur}", f"{b} {sur}", "short given names"))
    return out


def _one_consonant(word: str, rnd: random.Random) -> str | None:
    spots = [i for i, ch in enumerate(word) if i > 0 and ch in "bdfkmnprstvz"]
    if not spots:
        return None
    i = rnd.choice(spots)
    repl = {"b": "d", "d": "b", "f": "s", "k": "t", "m": "r", "n": "r", "p": "t", "r": "m",
            "s": "f", "t": "k", "v": "b", "z": "r"}[word[i]]
    return word[:i] + repl + word[i + 1:]


def main() -> None:
    rnd = random.Random(20240611)
    people = sorted({(rnd.choice(GIVEN), rnd.choice(STEMS) + rnd.choice(SUFFIXES))
                     for _ in range(120)})
    sys.stdout.write("label\ta\tb\trule\n")
    for a, b, rule in positives(rnd, people):
        sys.stdout.write(f"1\t{a}\t{b}\t{rule}\n")
    for a, b, rule in negatives(rnd, people):
        sys.stdout.write(f"0\t{a}\t{b}\t{rule}\n")


if __name__ == "__main__":
    main()
