"""The cue lexicon: reporting verbs and nouns, and which complements they take.

A lemma in the lexicon is only a candidate: the dependency parse decides (a clausal complement,
an adjacent quotation, a prepositional or object complement of the right kind). The lexicon is
general English reporting vocabulary; the learned scorer (model.py) covers the long tail.
"""

from __future__ import annotations

import logging

from .lexicon import words

log = logging.getLogger(__name__)

SPEECH_VERBS = words("""
say tell add state claim deny insist stress emphasize emphasise warn note explain argue assert
allege announce report confirm acknowledge admit suggest write reply respond answer declare
reiterate repeat maintain contend comment remark observe mention recall concede predict promise
pledge vow threaten urge demand accuse charge blame criticize criticise condemn reject dismiss
complain lament boast estimate assess conclude find indicate reveal disclose testify tweet post
reassure assure inform advise caution speculate hint signal quote cite describe brief agree
disagree question dispute refute verify underline highlight reaffirm voice express propose
recommend order instruct request plead appeal counter retort joke quip shout exclaim whisper
recount relate affirm proclaim certify attest forecast calculate show prove demonstrate
announce notify alert remind convince persuade lobby say predict speak talk
""")

BELIEF_VERBS = words("""
believe think hope fear expect feel know guess doubt suspect wonder worry understand assume
presume imagine reckon consider realize realise recognize recognise
""")

# raising and light verbs: "X seems to …" reports no one's words
NOT_CUES = words("seem appear look sound be have do get become")

# verbs whose direct object can be the content ("denied the reports", "confirmed the deal")
OBJECT_VERBS = words("""
deny reject confirm dismiss announce repeat reiterate voice express acknowledge admit dispute
refute echo predict promise pledge demand condemn criticize criticise question welcome
emphasize emphasise stress highlight underline reaffirm
""")

# verbs whose object with its predicate is the content ("called the plan a farce")
PREDICATIVE_VERBS = words("""
call describe declare label brand term dub characterize characterise deem denounce hail
""")

# verbs whose infinitive complement is the content ("urged X to ...", "vowed to ...")
XCOMP_VERBS = words("""
urge call ask demand vow promise pledge threaten warn tell order instruct advise request plead
appeal encourage invite claim refuse decline
""")

# verbs whose object is the one spoken to, not what is spoken of ("told reporters that …")
ADDRESSEE_VERBS = words("tell inform assure reassure remind notify brief")

# verbs whose "of"/"about"/"on" complement is the content ("accused X of ...", "warned of ...")
PREP_VERBS = {
    "accuse": ("of",), "warn": ("of", "about", "against"), "speak": ("of", "about"),
    "talk": ("about", "of"), "complain": ("about", "of"), "boast": ("about", "of"),
    "write": ("about", "of"), "testify": ("about", "to"), "charge": ("with",),
    "criticize": ("for",), "criticise": ("for",), "blame": ("for",), "call": ("for",),
    "comment": ("on",), "insist": ("on",), "argue": ("for", "against"), "hint": ("at",),
    "caution": ("against",), "agree": ("on", "with"),
}

CUE_NOUNS = words("""
claim accusation allegation statement assertion denial insistence warning report belief
suggestion argument assurance promise pledge charge contention admission announcement
declaration prediction view opinion position conclusion finding assessment estimate
remark comment testimony threat demand insinuation speculation hope fear concern
""")

# a noun heading "made the claim that", "issued a warning that": the verb's subject speaks
LIGHT_VERBS = words("make issue repeat reiterate voice express offer give deliver")



# verbs that introduce a quotation right beside them but report no clause of their own
# ("“Why now?” she asked", "“Not again,” he sighed")
QUOTE_VERBS = words("""
ask inquire enquire beg cry yell scream chant mutter sigh laugh continue interject interrupt
muse marvel text email
""")


def is_speech_verb(lemma: str) -> bool:
    """A lemma that reports speech, writing or belief."""
    return lemma in SPEECH_VERBS or lemma in BELIEF_VERBS


def is_cue_lemma(lemma: str) -> bool:
    """A lemma that reports speech, belief or a judgement ("called X a fraud")."""
    return is_speech_verb(lemma) or lemma in PREDICATIVE_VERBS or lemma in OBJECT_VERBS


def clause_cue_score(lemma: str) -> float:
    """How likely a verb with a clause complement is an attribution cue, 0..1 (the rules' prior;
    the learned scorer in model.py weighs the parse around it)."""
    if lemma in SPEECH_VERBS:
        return 0.9
    if lemma in BELIEF_VERBS:
        return 0.6
    return 0.0
