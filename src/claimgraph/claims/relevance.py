"""Is a claim about the question's proposition? Strict checks beyond embedding similarity.

A claim must name the question's actors (proper names, with derived forms: Iran/Iranian), must
not swap their roles (the question's agent after its patient, outside a passive 'by'), and must
not be dated outside the question's years (a different war). First-person claims ('I ordered
...') may leave the agent implicit.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from ..places import state_of
from .cues import CLAIM_NOUNS
from .text import STOP, same_word

log = logging.getLogger(__name__)

WORDS = re.compile(r"[A-Za-z][\w'’-]*")
ALTERNATIVE = re.compile(r",?\s+\b(?:rather than|instead of)\b\s+", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
PAREN = re.compile(r"\([^)]*\)")
CAP = re.compile(r"[A-Z][\w'’.-]*")
EXAMPLE = re.compile(r"\b[A-Z][\w-]*")
# words for armed men: one kind of agent by any of them ('foreign troops', 'foreign fighters')
FORCE_NOUNS = frozenset("""forces troops soldiers fighters militants mercenaries elements units
personnel militias militiamen combatants servicemen""".split())
# a maker or supplier named in a compound adjective: 'Iranian-made', 'US-supplied'
MAKER = re.compile(r"-(?:made|built|manufactured|produced|designed|supplied|provided)$")
FIRST_PERSON = re.compile(r"\b(I|we|We|our|Our|us|my|My)\b")
UNSPECIFIED = re.compile(r"\b(foreign|external|unknown|unidentified|outside)\b", re.I)
PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?(?:\w+ed|made|sent|"
                     r"given|sold|brought|built|taken|held|paid|led|set|shot|known|seen)\b", re.I)
PLACEHOLDER = re.compile(r"\b(it|its|they|their|them|the (?:country|government|state|republic|"
                         r"kingdom|nation|company|group|party|ministry))\b", re.I)
PRONOUN_START = re.compile(r"(?:that |)(?:it|they|he|she)\b(?! (?:is|was|seems|appears)\b)",
                           re.I)  # not an expletive 'it is unlikely that ...'
POSSESSIVE = re.compile(r"['’]s$")
NEG = re.compile(r"\b(not|never|no)\b|n't\b", re.I)
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
GENERIC = frozenset("war conflict first second third us u.s".split())
LOOSE = 0.62  # similarity at which a claim may leave the question's agent unnamed
SUBJECT_WINDOW = 4  # words at the start of a claim taken as its subject
LOOSE_SOFT = 0.5  # the same when the agent's name is only an adjective ('an Indian bride')
# words that open a new clause or a passive agent: roles before and after them are not compared
CLAUSE_BREAK = frozenset("""by from that which who after before when while because since as
although though now if but and""".split())


@dataclass
class Question:
    """A proposition as typed: its core text, actors (anchor phrases) and years."""

    text: str
    core: str
    anchors: list[list[str]] = field(default_factory=list)
    years: tuple[int, int] | None = None
    negated: bool = False
    agents: list[int] = field(default_factory=lambda: [0])  # anchors in the subject
    soft_agent: bool = False  # the agent's names only qualify a common noun ('Russian man')
    main: str = ""  # the proposition without its stated alternative
    alternative: str = ""  # 'Y' in 'X rather than Y' / 'X instead of Y'
    modifiers: list[int] = field(default_factory=list)  # names only qualifying a noun: no role
    verdict: str = ""  # 'are false' in 'Reports that C are false': the act judged on a claim/act
    category_agent: bool = False  # the agent is a kind named only by examples in brackets
    category: str = ""  # that kind, as the question words it ('foreign forces')
    person_agent: bool = False  # the agent is a person: 'we'/'I' is them only in their words


def parse_question(text: str, nlp: Any | None = None) -> Question:
    """Anchors are the question's proper names: runs of PROPN tokens or named entities (with a
    parser), else runs of capitalised words."""
    core = " ".join(PAREN.sub(" ", text).split())
    anchors: list[list[str]] = []
    agents: list[int] = []
    prev_end = -2
    tokens, subject, soft, mods, persons = _name_tokens(core, nlp)
    person = False
    modifiers: list[int] = []
    for start, end, word in tokens:
        word = word.strip(".’'").lower()
        if word in STOP or word in GENERIC or len(word) < 2:
            prev_end = -2
            continue
        if start <= prev_end + 1 and anchors:
            anchors[-1].append(word)
        else:
            anchors.append([word])
            if subject[0] <= start < subject[1]:
                agents.append(len(anchors) - 1)
                person = person or start in persons
            elif start in mods:
                modifiers.append(len(anchors) - 1)
        prev_end = end
    years = [int(y) for y in YEAR.findall(text)]
    span = (min(years), max(years)) if years else None
    if nlp is None:
        agents = [0]
    category = _add_examples(text, core, nlp, anchors, agents)
    main, alternative = _split_alternative(core)
    kind = _subject_text(core, nlp) if category else ""
    return Question(text, core, anchors, span, bool(NEG.search(main)), agents, soft, main,
                    alternative, modifiers, verdict_of(main, nlp), category, kind, person)


def _add_examples(text: str, core: str, nlp: Any | None, anchors: list[list[str]],
                  agents: list[int]) -> bool:
    """Names in brackets after the agent ('Foreign forces (Norwegian or Danish units)', 'the
    state leadership (the President or the Palace)') are other names for it: they join the
    agent's anchor, or become it when the agent has no name of its own (then True: a kind
    known only by examples)."""
    if nlp is None:
        return False
    lo, hi = _subject_span(core, nlp)
    category = False
    for m in PAREN.finditer(text):
        at = len(" ".join(PAREN.sub(" ", text[:m.start()]).split()))
        names = [w.lower() for w in EXAMPLE.findall(m.group(0))
                 if w.isupper() or len(w) > 4]  # not a short word of a name ('Unit', 'Army')
        names = [w for w in names if w not in STOP and w not in GENERIC and len(w) > 1]
        if not names or not lo < at <= hi + 1:
            continue
        if agents:
            anchors[agents[0]].extend(n for n in names if n not in anchors[agents[0]])
        else:
            anchors.append(names)
            agents.append(len(anchors) - 1)
            category = True
    return category


def _subject_text(core: str, nlp: Any) -> str:
    """The subject phrase's head with its adjectives, lower-cased ('foreign forces')."""
    root = next(iter(nlp(core).sents)).root
    subj = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if not subj:
        return ""
    words = [c for c in subj[0].lefts if c.dep_ == "amod"] + [subj[0]]
    return " ".join(t.lower_ for t in words)


def _subject_span(core: str, nlp: Any) -> tuple[int, int]:
    """Character range of the question's subject phrase (0, 0 when it has none)."""
    root = next(iter(nlp(core).sents)).root
    subj = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if not subj:
        return 0, 0
    return subj[0].left_edge.idx, subj[0].right_edge.idx + len(subj[0].right_edge)


EVENT_SUBJECT_TAGS = frozenset({"VBG"})


def verdict_of(main: str, nlp: Any | None) -> str:
    """For a question that judges a claim or an act ('Reports that A helped B are false', 'The
    shooting down of the plane was unlawful'), its verdict: the copula and what follows. A claim
    about the question must state that verdict, not only the claim or act it judges. '' for
    any other question (a copula over a concrete subject classifies it: 'the ship was a
    tanker')."""
    if nlp is None or not main:
        return ""
    doc = nlp(main)
    root = next(iter(doc.sents)).root
    if root.lemma_.lower() != "be" or not any(c.dep_ in {"attr", "acomp"} for c in root.children):
        return ""
    subj = [c for c in root.children if c.dep_ in {"nsubj", "csubj"}]
    if not subj or not _judged(subj[0]):
        return ""
    return str(doc[root.i:].text).strip(" .")


def _judged(subj: Any) -> bool:
    """Is the subject a claim or an act rather than a thing: a clause ('shooting down the
    plane'), a claim noun ('accusations that ...') or a verbal noun with its participant ('the
    sinking of the ferry', 'the invasion by ...')?"""
    low = subj.lower_
    nominal = low.endswith(("ing", "tion", "sion", "ment")) and any(
        c.dep_ == "prep" and c.lower_ in {"of", "by"} for c in subj.children)
    return subj.dep_ == "csubj" or subj.tag_ in EVENT_SUBJECT_TAGS or nominal or \
        subj.lemma_.lower() in CLAIM_NOUNS or low.rstrip("s") in CLAIM_NOUNS


def _split_alternative(core: str) -> tuple[str, str]:
    """('X', 'Y') for 'X rather than Y' / 'X instead of Y'; (core, '') otherwise."""
    parts = ALTERNATIVE.split(core, maxsplit=1)
    if len(parts) == 2:
        return parts[0].strip(" ,"), parts[1].strip(" ,.")
    return core, ""


NameTokens = tuple[list[tuple[int, int, str]], tuple[int, int], bool, set[int], set[int]]


def _name_tokens(core: str, nlp: Any | None) -> NameTokens:
    """The question's name tokens (start, end, text), the character range of its agent, and
    whether the agent's names are only adjectives on a common noun ('an Indian bride'), and the
    starts of names that only qualify a common noun ('the Kessler poisoning'), and the starts
    of person names."""
    if nlp is None:
        caps = [(m.start(), m.end(), m.group(0)) for m in CAP.finditer(core)]
        return caps, (0, 0), False, set(), set()
    doc = nlp(core)
    agent = _agent_tokens(next(iter(doc.sents)).root)
    names = [(t.idx, t.idx + len(t), t.text) for t in doc
             if t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_ in NAME_TYPES)]
    starts = [t.idx for t in agent]
    soft = bool(agent) and all(t.dep_ == "amod" and t.head.pos_ == "NOUN" for t in agent)
    mods = {t.idx for t in doc if t.dep_ in {"compound", "amod", "poss"}
            and t.head.pos_ == "NOUN" and t.head.dep_ not in {"nsubj", "nsubjpass"}}
    mods |= {t.idx for t in doc if _describes_subject(t)}
    persons = {t.idx for t in doc if t.ent_type_ == "PERSON"}
    return names, (min(starts), max(starts) + 1) if starts else (0, 0), soft, mods, persons


def _describes_subject(tok: Any) -> bool:
    """A name inside a clause that describes the subject ('the balloon that crossed Canada was
    a spy craft'): part of which thing the question is about, not a role in its act."""
    return any(a.dep_ in {"relcl", "acl"} and a.head.dep_ in {"nsubj", "nsubjpass"}
               for a in tok.ancestors)


def _agent_tokens(root: Any) -> list[Any]:
    """The name tokens that fill the question's agent role: the subject's head and its
    conjuncts, appositions and adjectives ('Russian leadership'), or a passive's 'by' object;
    a compound modifier ('the Lisbon syndrome', 'the Kessler suspects') is not the agent."""
    heads = [c for c in root.children if c.dep_ in {"nsubj", "csubj"}]
    for c in root.children:
        if c.dep_ == "agent":
            heads += [o for o in c.children if o.dep_ == "pobj"]
    if not heads and not any(c.dep_ == "nsubjpass" for c in root.children):
        heads = [c for c in root.children if c.dep_ == "expl"]
    out = []
    for head in heads:
        group = [head] + [c for c in head.children if c.dep_ in {"conj", "appos"}]
        for tok in group:
            out.append(tok)
            out += [c for c in tok.children if c.dep_ in {"amod", "compound"} and
                    (c.dep_ == "amod" or tok.pos_ == "PROPN") and c.pos_ in {"PROPN", "ADJ"}]
            out += [c for c in tok.subtree if c.dep_ == "flat"]
    return [t for t in out if t.text[:1].isupper()  # not a common word capitalised first
            and (t.i > 0 or t.pos_ == "PROPN" or t.ent_type_ in NAME_TYPES)]


def _positions(words: list[str], anchor: list[str]) -> list[int]:
    return [i for i, w in enumerate(words) if any(same_actor(w, a) for a in anchor)]


def same_actor(word: str, anchor: str) -> bool:
    """The same word or a derived form, or a capital standing for its country (Tehran/Iran)."""
    if same_word(word, anchor):
        return True
    state = state_of(word)
    if state is None:
        return False
    return any(same_word(part, anchor) for part in state.split("-")) or state == state_of(anchor)


def _words(text: str) -> list[str]:
    """Lower-cased words without punctuation or a possessive 's ('Norway’s' -> 'norway')."""
    return [POSSESSIVE.sub("", w.lower().strip(".,;:!?\"'“”‘’()[]")) for w in text.split()]


def _other_names(q: Question, claim_text: str) -> bool:
    """Does the claim name someone the question does not (a capitalised word mid-sentence)?"""
    known = [w for a in q.anchors for w in a]
    words = claim_text.split()
    if sum(1 for w in words if w[:1].isupper()) > 0.6 * max(1, len(words)):
        return False  # title case: capitals tell nothing
    for m in CAP.finditer(claim_text):
        if m.start() == 0 or claim_text[:m.start()].rstrip().endswith((".", ":", "“", '"')):
            continue
        word = m.group(0).strip(".’'").lower()
        if word in STOP or word in GENERIC or word in {"i"}:
            continue
        if not any(same_actor(word, k) for k in known):
            return True
    return False


def check(q: Question, claim_text: str, holder: str = "",
          sim: float | None = None) -> tuple[bool, float]:
    """(relevant?, anchor coverage) for a claim's text against the question. The agent must be
    named, implied (first person, a pronoun subject, the holder: 'Iran denied supplying ...') or,
    for a close paraphrase (similarity >= LOOSE) that names no other actor, left unnamed."""
    words = _words(claim_text)
    if q.years and not _years_ok(q.years, claim_text):
        return False, 0.0
    if not q.anchors:
        return True, 1.0
    pos = [_positions(words, a) for a in q.anchors]
    kind_named = bool(q.category_agent) and names_kind(q.category, words)
    coverage = sum(1 for i, p in enumerate(pos) if p or kind_named and i in q.agents) \
        / len(q.anchors)
    agents = [i for i in q.agents if i < len(pos)]
    patients = [i for i in range(len(pos)) if i not in agents and i not in q.modifiers]
    if agents and not any(pos[i] for i in agents) and not _implied(q, claim_text, holder):
        if q.category_agent and not kind_named:
            return False, coverage  # a kind known by examples: an example or the kind itself
        if q.person_agent and FIRST_PERSON.search(claim_text):
            return False, coverage  # 'we did it' in someone else's words: not that person
        if q.category_agent:
            pass  # 'the foreign troops' for 'Foreign troops (Norwegian or Danish units)'
        elif q.soft_agent and UNSPECIFIED.search(claim_text):
            return False, coverage  # 'a foreign power' leaves open whether it was Danish
        elif q.soft_agent and sim is not None and sim >= LOOSE_SOFT:
            pass  # 'a man' for 'a Macedonian man': the nationality only qualifies the agent
        elif _agentless_passive(claim_text) and sim is not None and sim >= LOOSE_SOFT \
                and not _other_names(q, claim_text):
            pass  # 'a deal was reached with B' leaves the agent unsaid
        elif sim is None or sim < LOOSE or _other_names(q, claim_text):
            return False, coverage
        elif _patient_as_subject(pos, patients):
            return False, coverage  # 'C helped B' for 'A helped B': C is the agent here
    if patients and not any(pos[i] for i in patients) and _other_names(q, claim_text) \
            and not (holder_names(q, holder, patients) and PLACEHOLDER.search(claim_text)):
        return False, coverage  # another actor where the question has its own (the holder
        # may be it when the claim refers to it: 'X denied the country hosts foreign troops')
    if _swapped(words, [pos[i] for i in agents], [pos[i] for i in patients]):
        return False, coverage
    return True, coverage


def names_kind(category: str, words: list[str]) -> bool:
    """Does the text name the question's kind of agent: its own words, or its qualifier with
    another word for armed men ('foreign elements' for 'foreign forces')?"""
    if not category:
        return False
    if category in " ".join(words):
        return True
    *quals, head = category.split()
    if not quals or head not in FORCE_NOUNS:
        return False
    n = len(quals)
    return any(words[i:i + n] == quals and words[i + n] in FORCE_NOUNS
               for i in range(len(words) - n))


def _agentless_passive(claim_text: str) -> bool:
    """A passive with no 'by' agent ('the arms were delivered to B')."""
    return bool(PASSIVE.search(claim_text)) and not re.search(r"\bby\b", claim_text, re.I)


def _patient_as_subject(pos: list[list[int]], patients: list[int]) -> bool:
    """With the agent unnamed, does a claim open with one of the question's other actors (its
    own subject, so another agent): 'Iran helped B' for 'Israel helped B ... against Iran'?"""
    named = sorted((min(p), i) for i, p in enumerate(pos) if p)
    return bool(named) and named[0][0] < SUBJECT_WINDOW and named[0][1] in patients and \
        sum(1 for i in patients if pos[i]) >= 2


def _implied(q: Question, claim_text: str, holder: str) -> bool:
    """Is the agent the speaker ('we', 'I'), a pronoun subject, or the holder itself? (Not a
    pronoun for a kind of agent known by examples: who 'we' are cannot be checked against it.)"""
    if holder_names(q, holder, q.agents):
        return True
    if q.category_agent:
        return False
    if FIRST_PERSON.search(claim_text):
        return not q.person_agent  # 'I' is the holder, and the holder is not that person
    return bool(PRONOUN_START.match(claim_text))


def holder_names(q: Question, holder: str, roles: list[int]) -> bool:
    """Does the holder's name name one of these question actors?"""
    hw = _words(holder)
    return any(_positions(hw, q.anchors[i]) for i in roles if i < len(q.anchors))


def _swapped(words: list[str], agents: list[list[int]], patients: list[list[int]]) -> bool:
    """The question's patient named before its agent in one clause, outside a passive 'by'.
    An agent named as a thing's maker ('X's attack with Iranian-made drones') is no clause
    agent: its place says nothing of the roles."""
    agents = [[i for i in p if not MAKER.search(words[i])] for p in agents]
    first_agent = min((min(p) for p in agents if p), default=None)
    if first_agent is None:
        return False
    for p in patients:
        if p and min(p) < first_agent:
            between = words[min(p):first_agent]
            if not any(w in CLAUSE_BREAK for w in between):
                return True
    return False


def _years_ok(span: tuple[int, int], text: str) -> bool:
    years = [int(y) for y in YEAR.findall(text)]
    if not years:
        return True
    lo, hi = span
    return any(lo - 1 <= y <= hi + 1 for y in years)


def mask_actors(text: str, q: Question) -> str:
    """The text with every word naming one of the question's actors replaced by 'someone'."""
    known = [w for a in q.anchors for w in a]

    def repl(m: re.Match[str]) -> str:
        word = m.group(0).lower()
        return "someone" if any(same_actor(word, k) for k in known) else m.group(0)

    return WORDS.sub(repl, text)
