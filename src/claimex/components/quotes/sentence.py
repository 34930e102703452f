"""Sentences without quotation marks: each sentence pattern makes a candidate, and the
precedence table of ``quote_patterns.json`` decides between them (:func:`choose`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from spacy.tokens import Span

from claimex.components.namewords import is_org_description
from claimex.components.quotes.according_to import according_to
from claimex.components.quotes.clauses import (
    clause_stop,
    comma_clause,
    has_finite_clause,
    has_subjunctive,
    no_source,
    passive_cue,
    trailing,
    zu_infinitive,
)
from claimex.components.quotes.dependency import dependency_clause
from claimex.components.quotes.fields import impersonal_cue
from claimex.components.quotes.lexicon import FINITE_TAGS, GENITIVE_ARTICLES, SENT_END
from claimex.components.quotes.nonreports import reports
from claimex.components.quotes.reported import reported
from claimex.components.quotes.source_verbs import source_verb_clause
from claimex.components.quotes.spans import QuoteSpan
from claimex.components.quotes.state import Analysis, Candidate, make_candidate, unnamed


def sentence_quote(state: Analysis, lo: int, hi: int) -> QuoteSpan | None:
    """The statement of sentence [lo, hi) with no quotation marks: every sentence pattern
    makes its candidate, the precedence table picks one, and only that one is resolved."""
    if not state.tokens.has_anchor(lo, hi):
        return None  # no pattern anchor (cue, marker, colon) in the sentence
    end = state.tokens.content_end(lo, hi)
    if end - lo < 3:
        return None
    candidates = reports(state, sentence_candidates(state, lo, end))
    winner = choose(state, candidates, lo, end)
    if winner is None:
        return None
    winner.quote.sources = winner.resolve()
    return winner.quote


def sentence_candidates(state: Analysis, lo: int, end: int) -> list[Candidate]:
    """The candidate of each sentence pattern for tokens [lo, end), in priority order."""
    found: list[Candidate | None] = [headline(state, lo, end)]
    cues = state.cues_in(lo, end)
    found.append(dass_clause(state, lo, end, cues))
    found.append(according_to(state, lo, end))
    found.append(comma_clause(state, lo, end, cues))
    found.append(trailing(state, lo, end, cues))
    found.append(noun_clause(state, lo, end))
    found.append(source_verb_clause(state, lo, end))
    lex = state.lex
    for c_start, c_end, lemma in cues:
        if "object" not in lex.frames.get(lemma, frozenset()):
            continue
        candidate = reported(state, lo, end, c_start, c_end, lemma)
        if candidate is not None:
            found.append(candidate)
            break
    return [c for c in found if c is not None]


def choose(state: Analysis, candidates: Sequence[Candidate], lo: int, end: int) -> Candidate | None:
    """The precedence table of ``quote_patterns.json``: going up from the lowest priority,
    a candidate is kept unless it yields to a kept candidate (its ``yields_to`` rule);
    the kept candidate of the highest priority wins (ties: the first)."""
    table = state.patterns
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: table[c.pattern].priority):
        rules = table[cand.pattern].yields_to
        if not any(
            other.pattern == pid and _yields(state, cand, other, when, lo, end)
            for other in kept
            for pid, when in rules
        ):
            kept.append(cand)
    return max(kept, key=lambda c: table[c.pattern].priority, default=None)


def _yields(
    state: Analysis, cand: Candidate, other: Candidate, when: str, lo: int, end: int
) -> bool:
    """Whether ``cand`` gives way to ``other`` under the overlap rule ``when``."""
    if when == "same_sentence":
        return True
    cue, other_cue = cand.quote.cue_span, other.quote.cue_span
    if cue is None or other_cue is None:
        return False
    if when == "cue_inside":
        # "sagte am Sonntag, sie befürchte, dass …": the outer cue's statement
        return other_cue.start < cue.start and (other.quote.start <= cue[0].idx < other.quote.end)
    # same_clause: "sagte Kurz laut einer Aussendung": the marker leaves it to the verb
    return same_clause(state, other_cue.start, cue.start, lo, end)


def noun_clause(state: Analysis, lo: int, end: int) -> Candidate | None:
    """``indirect.noun``: a noun of saying (``cues.json`` clause_nouns), a comma and its
    content, a dass-clause, a Konjunktiv clause or a zu-infinitive: "auf die Forderung
    des CSU-Vorsitzenden Edmund Stoiber, in der Gesundheitspolitik auf die SPD
    zuzugehen", "Auf den Vorwurf der CDU, es handele sich um …, entgegnete …". The noun's
    genitive or von-owner speaks, else the subject of its clause where it names a person
    or a body ("Die Staatsanwaltschaft hegt den Verdacht, …"); with neither, no quote
    (measured on the Wikinews train halves: a noun quote without a named source lost
    attribution). (Issue 15, Wikinews train errors.)"""
    nouns = state.lex.clause_nouns
    if not nouns or not state.has_pos:
        return None
    doc = state.doc
    texts, lower = state.tokens.text, state.lower
    for i in range(lo, end - 3):
        if lower[i] not in nouns or doc[i].tag_ != "NN" or state.inside[i]:
            continue
        comma = next(
            (j for j in range(i + 1, min(end - 2, i + 10)) if texts[j] in CLAUSE_PUNCT), None
        )
        if comma is None or texts[comma] != ",":
            continue
        if any(doc[k].tag_.startswith("V") or state.inside[k] for k in range(i + 1, comma)):
            # "war das Landgericht der Einschätzung gefolgt, …": the comma ends the noun's
            # own clause
            continue
        nxt = _after_apposition(state, comma + 1, end)
        if nxt + 2 >= end:
            continue
        hi = clause_stop(state, nxt, end)
        if lower[nxt] == "dass":
            pass
        elif doc[nxt].tag_ in RELATIVE_TAGS | {"KOUS", "KON"} or (
            doc[nxt].tag_ == "APPR"
            and (
                doc[nxt + 1].tag_ in RELATIVE_TAGS
                or (
                    doc[nxt + 1].lower_ in RELATIVE_AFTER_PREPOSITION
                    and doc[nxt + 2].tag_ not in ("NN", "NE", "ADJA")
                )
            )
        ):
            # "die Forderung, die …", "ein Hinweis, auf den die Behörden …", "ein Hinweis
            # auf eine Lagerhalle, in dem angeblich …": a relative clause, no content
            continue
        elif not (
            zu_infinitive(state, nxt, hi)
            or (
                has_finite_clause(state, nxt, hi)
                and has_subjunctive(
                    state, nxt, _first_clause_end(state, nxt, hi), present_only=False
                )
            )
        ):
            continue
        cut = _first_clause_end(state, nxt, hi)
        rest = next((k for k in range(cut + 1, hi) if texts[k] == ","), hi)
        if not any(doc[k].tag_ in FINITE_TAGS for k in range(state.clause_start(i, lo), i)) or (
            not any(doc[k].tag_ in FINITE_TAGS for k in range(cut + 1, rest))
        ):
            # the noun in the field before its verb, or the rest of the noun's clause after
            # the content: the content ends at its comma ("Auf den Vorwurf der CDU, es
            # handele sich um …, entgegnete …", "trat dem Vorwurf …, das Gericht sei nicht
            # legitim, mit den Worten entgegen")
            hi = cut
        source = _noun_owner(state, i, comma)
        if source is None:
            verb = next(
                (k for k in range(i - 1, state.clause_start(i, lo) - 1, -1)
                 if doc[k].tag_ in FINITE_TAGS),
                None,
            )  # fmt: skip
            if verb is not None:
                subject = state.subject_of(verb, verb + 1, lo, end)
                if subject is not None and state.animate(subject):
                    source = subject
        if source is None:
            # "37 Prozent sind der gegenteiligen Auffassung, dass …" (a poll), "Trotz der
            # Ankündigung ihres Trainers, …": no one named who says it
            continue
        return make_candidate(
            state, nxt, hi, "indirect", doc[i : i + 1], doc[i].lemma_ or doc[i].text,
            partial(state.resolve, source, doc[i], content=(nxt, hi)), "indirect.noun",
        )  # fmt: skip
    return None


CLAUSE_PUNCT = frozenset({",", ";", ":", ".", "!", "?", "(", ")"})
"""Punctuation that ends the phrase of a noun of saying before its content."""
RELATIVE_TAGS = frozenset({"PRELS", "PRELAT", "PWS", "PWAV"})
"""STTS tags of relative and interrogative pronouns and adverbs."""
RELATIVE_AFTER_PREPOSITION = frozenset({"der", "dem", "den", "denen", "deren", "dessen"})
"""Relative pronouns after a preposition, where no noun follows ("auf den die …")."""


def _after_apposition(state: Analysis, k: int, end: int) -> int:
    """Token ``k``, or the token after a name in commas that starts there ("die
    Ankündigung ihres Trainers, Greg Poss, die Zusammenarbeit … zu beenden")."""
    doc = state.doc
    j = k
    while j < end and j - k < 4 and doc[j].tag_ == "NE":
        j += 1
    if j > k and j + 1 < end and doc[j].text == ",":
        return j + 1
    return k


def _first_clause_end(state: Analysis, lo: int, hi: int) -> int:
    """The first comma after the first finite verb or zu-infinitive of tokens [lo, hi),
    or ``hi``."""
    doc = state.doc
    seen = False
    for k in range(lo, hi):
        tag = doc[k].tag_
        if (
            tag in FINITE_TAGS
            or tag == "VVIZU"
            or (tag.endswith("INF") and k > lo and doc[k - 1].tag_ == "PTKZU")
        ):
            seen = True
        elif seen and state.tokens.text[k] == "," and not state.inside[k]:
            return k
    return hi


def _noun_owner(state: Analysis, i: int, comma: int) -> Span | None:
    """The genitive or von-owner right after the noun at ``i`` ("die Forderung des
    CSU-Vorsitzenden Edmund Stoiber", "der Vorwurf von Amnesty"), where it names a person
    or a body."""
    doc = state.doc
    k = i + 1
    if k < comma and doc[k].lower_ in state.lex.owner_prepositions:
        k += 1
    elif not (k < comma and doc[k].lower_ in GENITIVE_ARTICLES):
        return None
    owner = state.np_after(k, comma)
    if owner is None or not state.animate(owner):
        return None
    return owner


def headline(state: Analysis, lo: int, end: int) -> Candidate | None:
    """``headline.colon``: "Sprecher: Jedes Lager besser als …" (no cue)."""
    texts = state.tokens.text
    colon = next((k for k in range(lo + 1, min(end, lo + 5)) if texts[k] == ":"), None)
    if colon is None or end - colon <= 3:
        return None
    source = headline_source(state, lo, colon)
    if source is None:
        return None
    return make_candidate(
        state, colon + 1, end, "indirect", None, None,
        partial(state.resolve, source, None), "headline.colon",
    )  # fmt: skip


def dass_clause(
    state: Analysis, lo: int, end: int, cues: Sequence[tuple[int, int, str]]
) -> Candidate | None:
    """``indirect.dass``: the first cue with a dass/ob/w-clause ("Er sagte, dass …")."""
    doc = state.doc
    lex = state.lex
    texts, lower = state.tokens.text, state.lower
    for c_start, c_end, lemma in cues:
        if "dass" not in lex.frames.get(lemma, frozenset({"dass"})):
            continue
        for j in range(c_end, min(end - 1, c_end + 10)):
            if texts[j] == "," and (lower[j + 1] in lex.question_words or lower[j + 1] == "dass"):
                if lower[j + 1] in ("wie", "was", "wer", "welche") and lemma not in (
                    "sagen", "erklären", "fragen", "erläutern", "schildern", "beschreiben",
                ):  # fmt: skip
                    break
                subject = state.subject_of(c_start, c_end, lo, end)
                agentless = no_source(state, c_start, lo, end, subject)
                if agentless and not (
                    # "Gestern war berichtet worden, dass …": a cue of cues.json
                    # agentless_passive reports with its source unnamed
                    lemma in lex.agentless_passive
                    and passive_cue(state, c_start, lo)
                    and "man" not in lower[state.clause_start(c_start, lo) : j]
                ):
                    break  # "Es wird vermutet, dass …", "kann man sagen, dass …"
                cue = doc[c_start]
                candidate = make_candidate(
                    state, j + 1, clause_stop(state, j + 1, end), "indirect",
                    doc[c_start:c_end], lemma,
                    partial(state.resolve, None if agentless else subject, cue),
                    "indirect.dass",
                )  # fmt: skip
                if agentless or impersonal_cue(state, c_start, c_end, subject, lo, end):
                    return unnamed(candidate)
                return candidate
            if texts[j] in (",", ":", ";") or texts[j] in SENT_END:
                break
    return None


def headline_source(state: Analysis, lo: int, colon: int) -> Span | None:
    """The source of a headline quote "Heino: …", "Sprecher: …": a short name, person or
    organisation word alone before the colon that opens its sentence."""
    doc = state.doc
    span = doc[lo:colon]
    comma = next((t.i for t in span if t.text == ","), None)
    named = False
    if comma is not None:
        # "Erkki Tuomioja, Präsident des Rats der EU: „…“": a name and its apposition
        if not _apposition(state, comma + 1, colon):
            return None
        span, named = doc[lo:comma], True
    if not 1 <= len(span) <= 4 or not span[0].text[:1].isupper():
        return None
    if colon > 0 and doc[colon - 1].is_punct and doc[colon - 1].text != ".":
        return None
    for token in span:
        if not (token.text[:1].isupper() or token.text in (".", "-")):
            return None
        if state.has_pos and token.pos_ in ("VERB", "AUX", "ADV", "ADP"):
            return None
    resolver = state.resolver
    last = span[-1].text
    if named and not (
        resolver.actor_at(span.start, span.end) or any(t.ent_type_ in ("PER", "ORG") for t in span)
    ):
        return None
    if not (
        resolver.actor_at(span.start, span.end)
        or any(t.ent_type_ in ("PER", "ORG") for t in span)
        or any(resolver.is_person_noun(t.text) for t in span)  # "BKA-Präsident Ziercke"
        or is_org_description(last)
    ):
        return None
    if state.tokens.prefixed_lines() >= 3:
        return None  # an interview transcript ("R. Kelly: …" line after line)
    if not resolver.actor_at(span.start, span.end):
        # "BKA-Präsident Ziercke": the name after the title the NER missed
        title = 0
        while title < len(span) - 1 and resolver.is_person_noun(span[title].text):
            title += 1
        if title > 0 and not resolver.is_person_noun(last):
            return span[title:]
    return span


def _apposition(state: Analysis, lo: int, colon: int) -> bool:
    """Whether tokens [lo, colon) are a short apposition to a name: no verb, no further
    comma ("Präsident des Rats der Europäischen Union")."""
    span = state.doc[lo:colon]
    if not 1 <= len(span) <= 10:
        return False
    return not any(
        t.text == "," or t.tag_ in FINITE_TAGS or (state.has_pos and t.pos_ in ("VERB", "AUX"))
        for t in span
    )


def same_clause(state: Analysis, cue: int, marker: int, lo: int, end: int) -> bool:
    """Whether ``marker`` stands in the clause of the cue verb at ``cue``."""
    return state.clause_start(cue, lo) <= marker < state.clause_end(cue + 1, end)


def dependency_statement(
    state: Analysis, lo: int, hi: int, first: QuoteSpan | None = None
) -> QuoteSpan | None:
    """The statement of the dependency frame (``indirect.dependency``, the lowest priority:
    called for a sentence [lo, hi) no other pattern, continuation or Konjunktiv reading
    took), or with ``first``, a second statement in a sentence whose quote ``first`` a
    sentence pattern made: another cue verb's clause that does not overlap it ("…, Annabi
    sei tot, doch UN-Pressesprecher Nicholas Birnback erklärte, den Tod Annabis bislang
    nicht bestätigen zu können")."""
    if not state.tokens.has_anchor(lo, hi):
        return None  # no cue verb or phrase (each is a rule anchor)
    doc = state.doc
    end = state.tokens.content_end(lo, hi)
    cues = state.cues_in(lo, end)
    if first is not None:
        taken = first.cue_span
        cues = [
            c
            for c in cues
            if (taken is None or not (c[0] < taken.end and taken.start < c[1]))
            and not first.start <= doc[c[0]].idx < first.end
        ]
    if not cues:
        return None
    candidates = reports(state, [c for c in [dependency_clause(state, lo, end, cues)] if c])
    if not candidates:
        return None
    quote = candidates[0].quote
    if first is not None and quote.start < first.end and first.start < quote.end:
        return None
    quote.sources = candidates[0].resolve()
    return quote
