"""General English lexicons for stance: reporting, denial, accusation and hedging cues.

These are closed-class and common-verb lists from the linguistics of reported speech (no names,
outlets or phrases from any corpus). `stance_of` combines the cue's class with negation and hedges
found in the content.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

log = logging.getLogger(__name__)

REPORT = frozenset("""say tell state claim assert announce report add note write explain argue
insist stress maintain declare confirm reveal acknowledge admit allege warn affirm testify
disclose indicate emphasize emphasise reiterate believe think describe recall remark mention
boast concede contend complain predict promise vow pledge assure reassure inform show find
conclude assess estimate charge quote cite announce publish post tweet agree recount
suggest speculate suspect wonder question doubt share""".split())
DENY = frozenset("""deny reject dismiss refute rebut disprove debunk dispute contest repudiate
disavow disclaim deride ridicule negate scoff discredit""".split())
ACCUSE = frozenset("accuse blame charge condemn criticize criticise fault".split())
HEDGE_VERBS = frozenset("suggest speculate suspect wonder question".split())
# nouns that carry someone's proposition: "the claims that ...", "X's accusation of ..."
CLAIM_NOUNS = frozenset("""claim accusation allegation report assertion charge statement
suggestion rumor rumour news speculation contention insinuation""".split())
# words that brand a proposition false ("dismissed as groundless", "called it risible")
FALSE_WORDS = frozenset("""false baseless groundless unfounded untrue risible absurd ridiculous
lie lies fabrication fabricated fake nonsense propaganda disinformation slander hoax myth
misinformation bogus fiction fictitious invented concocted debunked incorrect inaccurate
erroneous misleading satire satirical figment prank""".split())
HEDGE_WORDS = frozenset("""allegedly reportedly apparently purportedly supposedly possibly
perhaps maybe alleged purported suspected unconfirmed rumored rumoured speculated
unverified so-called possible potential doubtful unclear uncertain questionable whether
unknown doubt doubts""".split())
# verdicts that reject a claim without calling it false ('the charges are unacceptable')
REJECT_WORDS = frozenset("""impermissible unacceptable outrageous slanderous unsubstantiated
unproven politicized politicised""".split())
POLITICAL = frozenset("political politically politicized politicised".split())
IMPROBABLE = frozenset("unlikely improbable implausible impossible inconceivable".split())
HEDGE_MODALS = frozenset("may might could".split())
HEDGE_LEMMAS = frozenset("appear seem".split())
NEG_WORDS = frozenset("not n't no never neither nor none nothing nobody nowhere without".split())
DOUBT_PAT = re.compile(
    r"\b(not (?:be )?(?:clear|known|confirmed|certain|sure)|unclear whether|no confirmation|"
    r"not been confirm\w*|could not (?:be )?(?:rule|ruled) out|cannot rule out|"
    r"if (?:it|this|that|the \w+) (?:is|was|were|are) (?:in fact |indeed )?true|"
    r"if true|remains? to be seen|roughly even chance|(?:is|are) to be believed)\b", re.I)
# the writer's reservation about a claim it reports: 'there has been no confirmation of this',
# 'which could not be independently verified', 'the report has not been confirmed'
UNVERIFIED = re.compile(
    r"(?:\bno|\bnot been(?: any)?|n't been(?: any)?|\bwithout(?: any)?) (?:independent |official )?"
    r"(?:confirmation|verification|corroboration)\b"
    r"|\b(?:has|have|had|was|were|is|are)(?: not|n't) (?:yet )?(?:been )?(?:independently |"
    r"officially )?(?:confirmed|verified|corroborated)\b"
    r"|\b(?:could|can|was|were)(?:not| not|n't) (?:be )?(?:able to )?(?:independently )?"
    r"(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed))\b"
    r"|\bunable to (?:independently )?(?:verify|confirm|corroborate)\b", re.I)
DENY_PAT = re.compile(r"\b(very |highly |extremely )?unlikely\b|\bno evidence\b", re.I)
# headline conventions: a source or rumour named in the headline keeps the author uncommitted
HEADLINE_HEDGE = re.compile(
    r"^(?:report|reports|rumou?r|unconfirmed|exclusive)\s*:|\b(?:said|rumou?red|reported|"
    r"believed|thought|expected|set) to\b|\bin talks\b|\b(?:probes?|investigat\w+)\b|"
    r"\b(?:rumou?rs?|claims?|reports?|allegations?)\b"
    r"(?!\s+(?:of|that)\b.*\b(?:false|fake|untrue|hoax)\b)|\?", re.I)


def is_negated(tok: Token) -> bool:
    """Is this verb (or its clause) negated: 'did not help', 'never sent', 'there are no X'?"""
    for child in tok.children:
        if child.dep_ == "neg" or child.lower_ in {"never", "not", "n't"}:
            return True
        if child.dep_ in {"attr", "dobj", "nsubj", "nsubjpass"} and any(
                g.lower_ in {"no", "none"} and g.dep_ == "det" for g in child.children):
            return True
        if child.dep_ in {"dobj", "nsubj", "attr"} and child.lower_ in {"nothing", "none",
                                                                          "nobody"}:
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and any(
                g.lower_ == "neither" for g in child.children):  # 'neither A nor B did it'
            return True
    return False


def root_false(content: Span) -> bool:
    """Is the content's own main clause a verdict of falsehood ('it is unlikely that C',
    'the report is baseless', 'the accusations are unacceptable')?"""
    root = content.root
    words = [root] + [c for c in root.children if c.dep_ in {"acomp", "attr", "oprd"}]
    if _claim_subject(root) and (any(w.lower_ in REJECT_WORDS for w in words)
                                 or _political(root)):
        return True
    for w in words:
        if w.lower_ in FALSE_WORDS or w.lower_ in IMPROBABLE:
            return True
        if any(g.lower_ in IMPROBABLE and g.dep_ in {"amod", "advmod"} for g in w.children):
            return True
    return False


def _claim_subject(root: Token) -> bool:
    """Is the clause's subject someone's claim ('the accusations', 'these reports')?"""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in CLAIM_NOUNS
               for c in root.children)


def _political(root: Token) -> bool:
    """'(the reports) are politically motivated / have political aims': a claim dismissed as a
    political move (the words outside the clause's subject)."""
    subject = {t.i for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    return any(t.lower_ in POLITICAL for t in root.subtree if t.i not in subject)


def rejects_claims(text: str) -> bool:
    """Does a verdict brand a claim false or a political move ('are lies', 'are politically
    motivated disinformation')?"""
    words = {w.strip(".,;:").lower() for w in text.split()}
    return bool(words & (FALSE_WORDS | REJECT_WORDS | POLITICAL))


def hedged(span: Span) -> bool:
    """Does the content only weigh or report the proposition ('allegedly', 'may have', ...)?"""
    for tok in span:
        low = tok.lower_
        if low in HEDGE_WORDS or tok.lemma_.lower() in HEDGE_LEMMAS and tok.pos_ == "VERB":
            return True
        if low in HEDGE_MODALS and tok.dep_ == "aux" and tok.head.i >= tok.i:
            return True
    return bool(DOUBT_PAT.search(span.text))


def branded_false(span: Span) -> bool:
    """Does this span call something false ('as groundless', 'lies', 'very unlikely')?"""
    return any(t.lower_ in FALSE_WORDS for t in span) or bool(DENY_PAT.search(span.text))


def cue_class(tok: Token) -> str | None:
    """'deny', 'accuse', 'hedge' or 'report' for a cue verb, by lemma; None otherwise."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    for cls, words in (("deny", DENY), ("accuse", ACCUSE), ("hedge", HEDGE_VERBS),
                       ("report", REPORT)):
        if lemma in words or low.rstrip("s") in words or low.rstrip("d").rstrip("e") in words:
            return cls
    return None


def flip(stance: str) -> str:
    """The stance on a negated proposition, as a stance on the proposition itself."""
    return {"assert": "deny", "deny": "assert"}.get(stance, stance)


def combine(cue: str, cue_negated: bool, content_negated: bool, content_hedged: bool,
            content_false: bool) -> str:
    """The holder's stance on the content's positive proposition."""
    if cue == "deny":
        stance = "hedge" if cue_negated else "deny"
    elif cue == "hedge":
        stance = "hedge"
    else:
        stance = "hedge" if cue_negated else "assert"
    if content_false and stance == "assert":
        return "hedge" if content_hedged else "deny"  # 'groundless and not confirmed': no flip
    if content_hedged and stance == "assert":
        return "hedge"  # 'it is not clear whether C', 'C may not have happened': uncommitted
    if content_negated:
        stance = flip(stance)
    if content_hedged and stance == "assert":
        stance = "hedge"
    return stance


def cue_class_word(cue: str) -> str:
    """The class of a cue given as text ('denied', 'according to'); 'report' by default."""
    words = cue.lower().split()
    if not words:
        return "report"
    w = words[0]
    for cls, lex in (("deny", DENY), ("hedge", HEDGE_VERBS)):
        if any(w.startswith(x[:-1] if x.endswith("e") else x) for x in lex):
            return cls
    return "report"


def clause_stance(sent: Span, headline: bool = False) -> str:
    """The writer's stance on a sentence's own main clause: negated or branded false -> deny;
    hedged or a question -> hedge; else assert. Headlines also hedge on named rumours, claims
    and reports ('Report: ...', '... said to ...')."""
    root = sent.root
    stance = "assert"
    if is_negated(root) or any(is_negated(t) for t in root.children
                               if t.dep_ in {"ccomp", "conj", "xcomp"}):
        stance = "deny"
    if branded_false(sent) and stance == "assert":
        stance = "deny"
    text = sent.text.strip()
    if hedged(sent) or text.endswith("?"):
        return "hedge"
    if stance == "assert" and headline and HEADLINE_HEDGE.search(text):
        return "hedge"
    return stance
