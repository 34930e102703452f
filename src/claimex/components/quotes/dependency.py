"""``indirect.dependency``: one generic frame over the dependency parse, the fallback of the
hand-written cue patterns (issue 15, "candidates as data").

A cue of ``cues.json`` (``Analysis.cues_in``: its sense restrictions applied) whose verb
has a clausal complement after it reports that clause: a dass/ob-clause (a ``MARKER``
child "dass"/"ob", whatever label the parser gave the clause; the cue's ``dass`` frame), a
clause whose finite verb or auxiliary is in the Konjunktiv (morph ``Mood=Sub``; a
``CLAUSAL_COMPLEMENT`` without a conjunction; its ``konj`` frame) or a zu-infinitive (its
``dass`` or ``object`` frame, as ``indirect.infinitive``). Labels come from
:mod:`claimex.components.labels`, so the frame reads TIGER (``oc``, ``cp``) and UD
(``ccomp``, ``xcomp``, ``mark``; the bundled pipeline) parses alike. The statement runs
from the clause's first token to :func:`clause_stop`, as the comma and dass patterns cut
it; the speaker is the cue's subject, or the von-agent of a passive cue; an agentless
passive speaks only for a cue of ``agentless_passive`` (as ``indirect.dass``).

The pattern has the lowest priority of the precedence table: it makes a quote only where
no other pattern made a candidate in the sentence; and it may add a second statement to a
sentence whose quote a sentence pattern made, with another cue verb and a clause that
does not overlap the first (:func:`~claimex.components.quotes.sentence.dependency_statement`:
"…, Annabi sei tot, doch UN-Pressesprecher Nicholas Birnback erklärte, den Tod Annabis
bislang nicht bestätigen zu können").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from spacy.tokens import Span, Token

from claimex.components.doctokens import has_feature
from claimex.components.labels import CLAUSAL_COMPLEMENT, MARKER
from claimex.components.quotes.clauses import clause_stop, no_source, passive_agent, passive_cue
from claimex.components.quotes.lexicon import FINITE_TAGS
from claimex.components.quotes.state import Analysis, Candidate, make_candidate, unnamed

COMPLEMENTIZERS = frozenset({"dass", "ob"})
"""Complementizers (TIGER ``cp``, UD ``mark``) that open a reported clause."""
CLAUSE_VERB_POS = frozenset({"VERB", "AUX"})
"""Universal POS of a cue's verbs, whose children are read."""
_ZU_INFINITIVE_TAGS = frozenset({"VVIZU", "VAIZU"})
"""STTS tags of a zu-infinitive written as one word ("vorzugehen", "zuzustimmen")."""
COMPLEMENT_LABELS = CLAUSAL_COMPLEMENT - {"xcomp"}
"""Clausal complements that may be a Konjunktiv clause (UD xcomp is an infinitive's or a
predicate's: "Annabi sei tot", tot/xcomp, is read by the comma pattern)."""


def dependency_clause(
    state: Analysis, lo: int, end: int, cues: Sequence[tuple[int, int, str]]
) -> Candidate | None:
    """``indirect.dependency``: the first cue in [lo, end) whose verb has a clausal
    complement after it that heads a reported clause."""
    if not state.has_dep or not state.has_pos:
        return None
    doc = state.doc
    frames = state.lex.frames
    for c_start, c_end, lemma in cues:
        cue_frames = frames.get(lemma, frozenset())
        found = _complement(state, doc[c_start:c_end], end, cue_frames)
        if found is None:
            continue
        verb, pattern = found
        start = verb.left_edge.i
        if start < c_end or state.inside[start]:
            continue
        if doc[start].is_punct:
            start += 1
        hi = clause_stop(state, start, end)
        c_lo = state.clause_start(c_start, lo)
        subject = state.subject_of(c_start, c_end, lo, end)
        passive = passive_cue(state, c_start, lo) or passive_cue(state, c_end - 1, lo)
        if passive:
            subject = passive_agent(state, c_lo, c_start)
            agentless = subject is None
        else:
            agentless = no_source(state, c_start, lo, end, subject)
        if agentless and not (
            # as indirect.dass: only a cue of cues.json agentless_passive reports with its
            # source unnamed ("Aus Hamburg wird gemeldet, dass …"); "man befürchtete" and
            # "es wird befürchtet" are the article's narration
            passive
            and lemma in state.lex.agentless_passive
            and "man" not in state.lower[c_lo:start]
        ):
            continue
        cue = doc[c_start]
        candidate = make_candidate(
            state, start, hi, "indirect", doc[c_start:c_end], lemma,
            partial(state.resolve, None if agentless else subject, cue, content=(start, hi)),
            pattern,
        )  # fmt: skip
        if candidate is None:
            continue
        return unnamed(candidate) if agentless else candidate
    return None


def _complement(
    state: Analysis, cue: Span, end: int, cue_frames: frozenset[str]
) -> tuple[Token, str] | None:
    """The head of the cue's reported clause: a child of a verb of the cue, after the cue
    and in the sentence, that opens a dass/ob-clause (any label: "…, dass keines der
    Stadien ausreichend war", war/dep), a Konjunktiv clause or a zu-infinitive, as the
    cue's frames allow."""
    for head in cue:
        if head.pos_ not in CLAUSE_VERB_POS:
            continue
        for child in head.children:
            if child.i < cue.end or child.i >= end:
                continue
            dep = child.dep_
            if any(t.dep_ in MARKER and t.lower_ in COMPLEMENTIZERS for t in child.children):
                if "dass" in cue_frames:
                    return child, "indirect.dependency"
                continue
            if dep in COMPLEMENT_LABELS and "konj" in cue_frames and _subjunctive_clause(child):
                return child, "indirect.dependency"
            if (
                dep in CLAUSAL_COMPLEMENT
                and cue_frames & {"dass", "object"}
                and _zu_infinitive(child)
            ):
                return child, "indirect.dependency"
            if dep in COMPLEMENT_LABELS and "dass" in cue_frames and _interrogative(state, child):
                return child, "indirect.dependency.interrogative"
    return None


def _interrogative(state: Analysis, verb: Token) -> bool:
    """Whether ``verb`` heads a finite w-clause: its first word (after a comma) a question
    word of cues.json ("berichtet, wie Mair die Parlamentarierin … attackierte")."""
    first = verb.left_edge
    if first.is_punct and first.i + 1 < verb.i:
        first = first.nbor()
    return first.lower_ in state.lex.question_words and verb.tag_ in FINITE_TAGS


def _subjunctive_clause(verb: Token) -> bool:
    """Whether the clause headed by ``verb`` has a finite verb in the Konjunktiv (morph
    ``Mood=Sub``): the verb itself or one of its auxiliaries."""
    if any(t.dep_ in MARKER for t in verb.children):
        return False  # "weil …", "wenn …": an adverbial clause
    finite = [verb] + [t for t in verb.children if t.pos_ == "AUX"]
    return any(t.tag_ in FINITE_TAGS and has_feature(t, "Mood", "Sub") for t in finite)


def _zu_infinitive(verb: Token) -> bool:
    """Whether ``verb`` heads a zu-infinitive ("den Tod … nicht bestätigen zu können",
    "vorzugehen"): STTS VVIZU, or an infinitive with "zu" (PTKZU) right before it or
    before its infinitive auxiliary."""
    if verb.tag_ == "VVIZU":
        return True
    return any(
        t.tag_ == "PTKZU" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_.endswith("INF")
        for t in verb.children
    ) or any(t.tag_ in _ZU_INFINITIVE_TAGS for t in verb.children)
