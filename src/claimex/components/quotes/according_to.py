"""According-to statements: "laut X" (``according_to.laut``), "X zufolge"
(``according_to.zufolge``), "nach Angaben von X", "gemäß seiner Aussage", "nach
Behördenangaben" (``according_to.nach_angaben``), "wie X mitteilte" (``according_to.wie``),
"…, so X", "…, so X aus Y, verbunden mit …", "…, so heißt es in X", "…, so X …, …" inserted
into a Konjunktiv sentence
(``according_to.so``), "Demnach …"
(``according_to.demnach``)."""

from __future__ import annotations

from functools import partial

from spacy.tokens import Span, Token

from claimex.components.labels import CASE_MARKER, NOUN_KERNEL, NOUNS
from claimex.components.namewords import is_org_description
from claimex.components.quotes.fields import source_phrase
from claimex.components.quotes.lexicon import FINITE_TAGS, GENITIVE_ARTICLES
from claimex.components.quotes.reported import clause_end_over_parentheses
from claimex.components.quotes.so_clause import (
    apposition_to_end,
    attribute_to_end,
    inserted_end,
    so_verb,
)
from claimex.components.quotes.state import Analysis, Candidate, make_candidate, unnamed
from claimex.components.speakers import SourceRef, is_personal_pronoun, speaker_lexicon
from claimex.lexicon import words

# how many tokens a quoted name in such an attribute may run to its closing mark
QUOTED_NAME_REACH = 12


def according_to(state: Analysis, lo: int, end: int) -> Candidate | None:
    """The first according-to marker of tokens [lo, end) with its source, as a candidate
    of its pattern (``according_to.laut``, ``.zufolge``, ``.nach_angaben``, ``.opinion``,
    ``.wie``, ``.so``, ``.demnach``; the last has no source here: the sentence loop gives
    it the source of the quote before)."""
    doc = state.doc
    lex = state.lex
    marker = state.tokens.marker_candidate
    for i in range(lo, end):
        if state.inside[i] or not marker[i]:
            continue
        token = doc[i]
        low = token.lower_
        cue: tuple[int, int] | None = None
        source: Span | None = None
        lemma, pattern = low, ""
        inserted: int | None = None  # the comma closing an inserted "so X"
        dated = False  # "nach ersten Angaben": the text names no source
        angaben = _angaben_noun(state, i, end) if low in lex.angaben_prepositions else None
        laut = _laut_source(state, i, end) if low in lex.before_source else None
        if laut is not None and angaben is None:
            source = laut
            cue, pattern = (i, source.end), "according_to.laut"
        elif low in lex.before_source and angaben is None:
            continue  # "gemäß dem Vergleich": an agreement, no source
        elif angaben is not None:
            # nach Angaben (von) X / nach Schätzung der X / aus Sicht der X / nach eigenen
            # Worten (the clause's own subject) / gemäß seiner Aussage (its possessive)
            noun = angaben
            lemma, pattern = f"{low} {doc[noun].text}", "according_to.nach_angaben"
            modifiers = [t.lower_ for t in doc[i + 1 : noun]]
            if any(m in lex.own_modifiers for m in modifiers):
                source = _own_subject(state, lo, i, end)
                cue = (i, noun + 1)
            elif (
                any(m in lex.possessive_modifiers for m in modifiers)
                # "Nach deren Angaben": the demonstrative's antecedent
                or (
                    noun > i + 1
                    and doc[i + 1].lower_ in speaker_lexicon("possessive_demonstratives")
                )
            ) and not (noun + 1 < end and doc[noun + 1].lower_ in lex.owner_prepositions):
                source, cue = doc[i + 1 : i + 2], (i, noun + 1)  # "nach seiner Aussage"
            elif noun == i + 1 and doc[noun].text not in lex.angaben:
                source, cue = doc[noun : noun + 1], (i, noun + 1)  # "nach Behördenangaben"
            elif _dated_statement(state, i, noun, end):
                source, cue, dated = None, (i, noun + 1), True
            elif (described := _described_statement(state, i, noun, end)) is not None:
                # "nach israelischen Angaben", "nach offiziellen chinesischen Angaben":
                # no owner named, the described statement is the source (FORMAT.md)
                source, cue = described, (i, noun + 1)
            else:
                k = noun + 1
                if k < end and doc[k].lower_ in lex.owner_prepositions:
                    k += 1
                source = state.np_after(k, end) if k < end else None
                if source is None and doc[k - 1].lower_ in lex.owner_prepositions:
                    continue
                cue = (i, source.end if source is not None else noun + 1)
        elif low in lex.after_source and low != "nach":
            source = _zufolge_source(state, i, lo)
            if source is None:
                continue
            cue, pattern = (source.start, i + 1), "according_to.zufolge"
        elif low in lex.opinion_markers:
            found = _opinion_holder(state, lo, i, end)
            if found is None:
                continue
            source, copula = found
            cue, pattern = (i, copula), "according_to.opinion"
        elif low == "wie" and (i == lo or doc[i - 1].text == ","):
            # (read over a short parenthesis: "wie aus einer Verlautbarung der
            # Internationalen Sicherheitsunterstützungstruppe (ISAF) hervorgeht")
            hi = clause_end_over_parentheses(state, i + 1, end)
            # the verb closes the clause; a particle written apart joins it ("wie der
            # Hersteller am Morgen bekannt gab": bekanntgab)
            verb_at = hi - 1
            joined = "".join(t.lower_ for t in doc[hi - 2 : hi]) if hi - 2 > i else ""
            if hi - 1 > i and (state.verb_cue(doc[hi - 1], end) or doc[hi - 1].lower_ in lex.forms):
                lemma = state.verb_cue(doc[hi - 1], end) or lex.forms[doc[hi - 1].lower_]
            elif joined in lex.forms:
                lemma, verb_at = lex.forms[joined], hi - 2
            elif hi - 1 > i and doc[hi - 1].lemma_ in lex.wie_source_verbs:
                lemma = doc[hi - 1].lemma_  # "wie aus einer Verlautbarung der ISAF hervorgeht"
            else:
                continue
            if lemma in lex.wie_source_verbs:
                has_phrase, source = source_phrase(
                    state, i + 1, verb_at, lex.wie_source_verbs[lemma]
                )
                if not has_phrase:
                    continue
            elif lemma not in lex.wie_verbs:
                continue
            else:
                source = state.np_after(i + 1, verb_at)
            cue, pattern = (i, hi), "according_to.wie"
        elif low in lex.anaphoric_markers:
            # "Demnach …": the source named before (the sentence loop gives it)
            cue, pattern = (i, i + 1), "according_to.demnach"
        elif low == "so" and i > lo and doc[i - 1].text == "," and i + 1 < end:
            verb = so_verb(state, i, end)
            if verb is not None:
                # "…, so heißt es in einer Erklärung des X", "…, so schätzen die Forscher"
                source = state.subject_of(verb[0], verb[1], i + 1, end)
                cue = (i, state.clause_end(verb[1], end))
            else:
                source = state.np_after(i + 1, end)
                if source is None:
                    continue
                after = source.end
                if after < end and doc[after].lower_ in lex.adverbs:
                    after += 1  # "…, so Obama weiter, …"
                if after < end - 4 and apposition_to_end(state, after, end):
                    after = end - 1  # "…, so Frank Karl, Leiter der Abteilung … bei der FES."
                if after < end - 4:
                    inserted = inserted_end(state, lo, i, after, end)
                if after < end - 4 and inserted is None and attribute_to_end(state, after, end):
                    after = end - 1  # "…, so das Ergebnis einer Studie …, in der … hat."
                if after < end - 4 and inserted is None:
                    continue
                cue = (i, after)
            pattern = "according_to.so"
        if cue is None:
            continue
        c_lo, c_hi = cue
        if source is not None and state.patterns.source_attribute(pattern):
            widened = _place_attribute(state, source, end)
            if widened.end > source.end and c_hi == source.end:
                c_hi = widened.end
            source = widened
        if source is not None and low in lex.before_source:
            source = _document_owner(state, source)
        listed: list[SourceRef] = []
        if source is not None and source.end < end and doc[source.end].text == "(":
            # "laut den Organisatoren (Bundeskanzleramt, HVB und Arbeiterkammer Wien)"
            listed, close = _listed_sources(state, source.end, end)
            if listed and c_hi == source.end:
                c_hi = close + 1
        if pattern == "according_to.demnach" or inserted is not None:
            q_lo, q_hi = lo, end  # (an inserted "so X" is part of the statement's sentence)
        elif c_lo <= lo + 1:
            q_lo, q_hi = c_hi, end
            if q_lo < end and doc[q_lo].text == ",":
                q_lo += 1
        elif c_hi >= end - 1 or (c_hi < end and doc[c_hi].text in (",", ".")):
            q_lo, q_hi = lo, c_lo
            if c_hi < end and doc[c_hi].text == "," and c_lo - lo < 3:
                q_lo, q_hi = c_hi + 1, end
        else:
            q_lo, q_hi = lo, end
        cue_hi = i + 1
        if pattern == "according_to.nach_angaben" and angaben is not None:
            cue_hi = angaben + 1  # the cue mention covers the phrase its lemma names
        candidate = make_candidate(
            state, q_lo, q_hi, "according_to", doc[i:cue_hi], lemma,
            partial(_sources, state, source, listed, c_hi, end, low), pattern,
        )  # fmt: skip
        return unnamed(candidate) if dated else candidate
    return None


def _opinion_holder(state: Analysis, lo: int, i: int, end: int) -> tuple[Span, int] | None:
    """The holder of an opinion stated with "für X" and the copula: a person's name after
    the "für" that opens its clause, right before the copula, judges what the rest of the
    clause says ("Für Bastian Schweinsteiger war die Schiedsrichterleistung der
    Hauptgrund, …"); (the name, the copula), or None. Other verbs after "für X" make no
    opinion ("Für Reinke kam Tim Wiese ins Tor": instead of)."""
    doc = state.doc
    if i != lo and doc[i - 1].tag_ != "KON":
        return None
    source = state.np_after(i + 1, end)
    if source is None or not any(t.ent_type_ == "PER" for t in source):
        return None
    k = source.end
    if k < end and doc[k].text == "(":
        k = next((j + 1 for j in range(k, min(end, k + 8)) if doc[j].text == ")"), k)
    if k >= end - 2 or doc[k].tag_ != "VAFIN" or doc[k].lemma_ not in state.lex.opinion_copulas:
        return None
    return source, k


def _sources(
    state: Analysis, source: Span | None, listed: list[SourceRef], c_hi: int, end: int, low: str
) -> list[SourceRef]:
    """The marker's sources: the source phrase, or the sources it lists in parentheses;
    after "laut", also those of a second "laut" in the sentence."""
    doc = state.doc
    sources = state.resolve(source, None)
    if listed:
        sources = listed
    if low in state.lex.before_source:
        # "laut Anklage 270, laut Urteil zumindest 262": one sentence, both sources
        for k in range(c_hi, end):
            if doc[k].lower_ == low and not state.inside[k] and k + 1 < end:
                more = state.np_after(k + 1, end)
                if more is not None:
                    sources = sources + [
                        ref
                        for ref in state.resolve(more, None)
                        if ref.name not in [old.name for old in sources]
                    ]
    return sources


def _document_owner(state: Analysis, span: Span) -> Span:
    """The author of a document noun after "laut": "laut Studie des Ökologie-Instituts"
    -> "des Ökologie-Instituts" (the institute is the source, not its paper)."""
    doc = state.doc
    k = span.start
    while k < span.end and not doc[k].text[:1].isupper():
        k += 1
    if k + 2 >= span.end or doc[k].text not in speaker_lexicon("document_nouns"):
        return span
    if doc[k + 1].lower_ not in GENITIVE_ARTICLES and doc[k + 1].lower_ not in (
        state.lex.owner_prepositions
    ):
        return span
    skip = 1 if doc[k + 1].lower_ in GENITIVE_ARTICLES else 2
    owner = doc[k + skip : span.end]
    return owner if len(owner) else span


def _listed_sources(state: Analysis, open_i: int, end: int) -> tuple[list[SourceRef], int]:
    """The sources listed in parentheses after a source ("(A, B und C)") and the index
    of the closing parenthesis; nothing for fewer than two items."""
    doc = state.doc
    depth = 0
    items: list[tuple[int, int]] = []
    start = open_i + 1
    close = -1
    for k in range(open_i, min(end, open_i + 40)):
        text = doc[k].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
            if depth == 0:
                close = k
                break
        elif depth == 1 and (text == "," or doc[k].lower_ in ("und", "sowie")):
            items.append((start, k))
            start = k + 1
    if close < 0:
        return [], open_i
    items.append((start, close))
    refs: list[SourceRef] = []
    for lo, hi in items:
        while hi > lo and doc[hi - 1].text == ")":  # "… Buchhandels (HVB)"
            inner = (
                max(j for j in range(lo, hi) if doc[j].text == "(")
                if any(doc[j].text == "(" for j in range(lo, hi))
                else hi
            )
            if inner == hi:
                break
            hi = inner
        if hi <= lo or not doc[lo].text[:1].isupper():
            return [], open_i
        refs.extend(state.resolve(doc[lo:hi], None))
    return (refs, close) if len(refs) >= 2 else ([], open_i)


def _source_like(state: Analysis, span: Span) -> bool:
    """A noun phrase that can be a source: a name, a person or an organisation word."""
    if any(t.ent_type_ in ("PER", "ORG") for t in span) or state.resolver.actor_at(
        span.start, span.end
    ):
        return True
    heads = [t for t in span if t.text[:1].isupper()]
    resolver = state.resolver
    return any(resolver.is_person_noun(t.text) or is_org_description(t.text) for t in heads)


def _laut_source(state: Analysis, i: int, end: int) -> Span | None:
    """The source after "laut"/"gemäß" at token ``i``: its noun phrase ("laut Polizei",
    "laut einem Bericht"); after "gemäß" only one that names a person or a body
    ("gemäß dem Vergleich" is an agreement)."""
    doc = state.doc
    any_source = doc[i].lower_ in state.lex.any_source
    if i + 1 >= end:
        return None
    source = state.np_after(i + 1, end)
    if source is None:
        # a phrase the word-level reading does not span: "laut ihrer Presseerklärung",
        # "Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP"
        source = _governed_phrase(state, i, end)
        if source is not None and state.has_pos and source[0].tag_ == "PPOSAT":
            return source[:1]  # the possessive names the source ("nach seiner Aussage")
    if any_source and source is None and not doc[i + 1].text[:1].isupper():
        return None
    if source is None or (not any_source and not _source_like(state, source)):
        return None
    return _statement_owner(state, source, end)


def _governed_phrase(state: Analysis, i: int, end: int) -> Span | None:
    """The noun phrase that the preposition at token ``i`` governs in the parse (the noun
    it is the case marker of, or its noun kernel), from after the preposition to the
    noun's last dependent, stopping at a comma, a finite verb or an article that opens
    another noun phrase; None without a parse or a noun."""
    if not (state.has_pos and state.has_dep):
        return None
    doc = state.doc
    token = doc[i]
    noun: Token | None
    if token.dep_ in CASE_MARKER:
        noun = token.head if token.head.i > i else None
        if noun is not None and noun.dep_ in NOUN_KERNEL and noun.head.i > noun.i:
            noun = noun.head  # the marker hung on the article: "Laut einer … Mitteilung"
    else:
        noun = next((c for c in token.children if c.dep_ in NOUN_KERNEL and _noun(c)), None)
    if noun is None or not _noun(noun) or noun.i >= end:
        return None
    hi = i + 1
    for j in range(i + 1, min(noun.right_edge.i + 1, end)):
        if doc[j].text in (",", ";", ":") or doc[j].tag_ in FINITE_TAGS:
            break
        if j > noun.i and doc[j].tag_ == "ART" and doc[j].lower_ not in GENITIVE_ARTICLES:
            break  # a new noun phrase: "laut Greenpeace-Experte Christoph Then eine …"
        hi = j + 1
    return doc[i + 1 : hi] if hi > noun.i else None


def _noun(token: Token) -> bool:
    """A noun by its word class or its STTS tag (the parse calls some compounds verbs)."""
    return token.pos_ in NOUNS or token.tag_ in ("NN", "NE")


def _zufolge_source(state: Analysis, i: int, lo: int) -> Span | None:
    """The noun phrase before "zufolge" at token ``i``: with the noun it is the genitive
    of ("Der Ergebnisauswertung der Einzelstudien zufolge" is the evaluation's, not only
    "der Einzelstudien"), and only the last of two common nouns side by side, where the
    first ends the clause's subject ("nimmt die Organisation Schätzungen zufolge … ein":
    the estimates). (Issue 15.)"""
    doc = state.doc
    source = state.np_before(i, lo)
    if source is None:
        return None
    if state.has_pos:
        for k in range(source.end - 1, source.start, -1):
            if doc[k].tag_ == "NN" and doc[k - 1].tag_ == "NN" and not doc[k].ent_type_:
                return doc[k : source.end]
    if doc[source.start].lower_ in GENITIVE_ARTICLES and source.start - 1 > lo:
        head = state.np_before(source.start, lo)
        if head is not None and state.has_pos and doc[head.end - 1].tag_ == "NN":
            return doc[head.start : source.end]
    return source


def _statement_owner(state: Analysis, source: Span, end: int) -> Span:
    """The owner of a statement noun after "laut" (``according_to.angaben_nouns``, or a
    compound on one of its suffixes) named with "von": "laut Informationen von SPIEGEL
    ONLINE" -> "SPIEGEL ONLINE", "Laut einer Schätzung von spanischen Händlern" ->
    "spanischen Händlern" (issue 15, Wikinews train); ``source`` itself otherwise."""
    doc = state.doc
    lex = state.lex
    last = doc[source.end - 1].text
    low = last.lower()
    statement = last in lex.angaben or (
        last[:1].isupper()
        and any(low.endswith(s) and len(low) > len(s) + 2 for s in lex.angaben_suffixes)
    )
    k = source.end
    if not statement or k + 1 >= end or doc[k].lower_ not in lex.owner_prepositions:
        return source
    owner = state.np_after(k + 1, end)
    return owner if owner is not None and not is_personal_pronoun(owner[0]) else source


def _angaben_noun(state: Analysis, i: int, end: int) -> int | None:
    """The noun of "nach (eigenen) Angaben", "aus Sicht", "gemäß seiner Aussage", "nach
    Behördenangaben" at token ``i``, or None."""
    lex = state.lex
    doc = state.doc
    k = i + 1
    if k < end and doc[k].lower_ in lex.angaben_modifiers:
        k += 1
    # "nach einer ersten Analyse", "nach palästinensischen Angaben": adjectives before it
    while (
        k < end
        and k - i <= 3
        and not doc[k].like_num
        and state.is_adjective(doc[k])
        and not state.is_nounish(doc[k])
    ):
        k += 1
    if k >= end:
        return None
    text = doc[k].text
    if doc[i].lower_ == "aus":
        return k if text == "Sicht" else None
    if text in lex.angaben:
        return k
    # "nach Behördenangaben", "nach den Polizeiangaben", "nach UNHCR-Angaben"
    low = text.lower()
    compound = text[:1].isupper() and any(
        low.endswith(suffix) and len(low) > len(suffix) + 2 for suffix in lex.angaben_suffixes
    )
    return k if compound else None


def _described_statement(state: Analysis, i: int, noun: int, end: int) -> Span | None:
    """The statement phrase after the marker at token ``i`` when adjectives describe it and
    no owner follows ("nach israelischen Angaben dem Transport", "Nach palästinensischen
    Angaben sind"): its adjectives and noun, else None. An owner is a genitive or
    von-attribute (``statement_owner_openers``) or a name right after the noun."""
    doc = state.doc
    adjectives = [
        j
        for j in range(i + 1, noun)
        if doc[j].lower_ not in speaker_lexicon("determiners")
        and doc[j].lower_ not in speaker_lexicon("possessive_demonstratives")
        and doc[j].lower_ not in state.lex.possessive_modifiers
        and doc[j].lower_ not in state.lex.own_modifiers
        and not doc[j].text[:1].isupper()
        and state.is_adjective(doc[j])
    ]
    if not adjectives:
        return None
    if _owner_after(state, noun, end):
        return None
    return doc[adjectives[0] : noun + 1]


def _dated_statement(state: Analysis, i: int, noun: int, end: int) -> bool:
    """Whether only articles and adjectives that date it (``time_modifiers``: "nach ersten
    Angaben", "nach einer ersten Analyse") stand between the marker at token ``i`` and the
    statement noun, and no owner follows it: the text names no source."""
    doc = state.doc
    words = [t.lower_ for t in doc[i + 1 : noun]]
    dated = [w for w in words if w in state.lex.time_modifiers]
    if not dated or any(
        w not in state.lex.time_modifiers and w not in speaker_lexicon("determiners") for w in words
    ):
        return False
    return not _owner_after(state, noun, end)


def _owner_after(state: Analysis, noun: int, end: int) -> bool:
    """Whether a genitive or von-attribute or a name follows the statement noun."""
    after = state.doc[noun + 1] if noun + 1 < end else None
    return after is not None and (
        after.lower_ in speaker_lexicon("statement_owner_openers")
        or after.tag_ == "NE"
        or after.ent_type_ in ("PER", "ORG", "LOC")
    )


def _own_subject(state: Analysis, lo: int, i: int, end: int) -> Span | None:
    """The source of "nach eigenen Worten": the first actor named before it in the sentence,
    else a personal pronoun opening the sentence, else (in the clause the sentence opens)
    the subject before the finite verb ("Die Feuerwehr hat nach eigenen Angaben …") or the
    one after it: "Nach eigenen Angaben erhielt das Bundesamt …"."""
    for j in range(lo, i):
        if not state.inside[j] and state.resolver.actor_at(j, j + 1):
            return state.doc[j : j + 1]
    first = state.doc[lo]
    if is_personal_pronoun(first):
        return state.doc[lo : lo + 1]
    start = state.clause_start(i, lo)
    if start == lo:
        before = _subject_before(state, lo, i)
        return before if before is not None else _subject_after(state, i, end)
    return None


def _subject_before(state: Analysis, lo: int, i: int) -> Span | None:
    """The subject that fills the clause's first place before its finite verb, with the
    marker at token ``i`` after that verb: "Die Feuerwehr hat nach eigenen Angaben …",
    "Helfer konnten nach eigenen Angaben …"; None where the verb is not second."""
    doc = state.doc
    for j in range(lo + 1, i):
        if doc[j].tag_ not in FINITE_TAGS:
            continue
        subject = state.np_after(lo, j)
        if subject is None or subject.end != j:
            return None
        head = subject[-1].text.lower()
        body = any(head.endswith(suffix) for suffix in speaker_lexicon("body_suffixes"))
        return subject if body or state.animate(subject) else None
    return None


def _subject_after(state: Analysis, i: int, end: int) -> Span | None:
    """The subject of the first finite verb after token ``i``: the parse's subject, else
    the noun phrase right after the verb (German verb-second: "… erhielt das Bundesamt")."""
    doc = state.doc
    hi = state.clause_end(i + 1, end)
    for j in range(i + 1, hi):
        if doc[j].tag_ not in FINITE_TAGS:
            continue
        subject = state.dep_subject(doc[j])
        if subject is None or subject.start < j:
            subject = state.np_after(state.skip_adverbs(j + 1, hi), hi)
        return subject if subject is not None and state.animate(subject) else None
    return None


def _place_attribute(state: Analysis, source: Span, end: int) -> Span:
    """``source`` with the prepositional attribute after it that names a place or a body
    (``source_attribute_prepositions``: "der Oppositionsparteien im Berliner
    Abgeordnetenhaus", "Laut einem Artikel von „BBC News“", whose owner then speaks):
    where the source names no one itself (no name in it, a common noun last) and a
    place or organisation name, or a name in quotation marks, follows the preposition
    (after an article or adjectives), the attribute says which body or person spoke and
    belongs to the source (Duden-Grammatik, Präpositionalattribut; the gold convention of
    both Wikinews train halves, round 27). ``source`` itself otherwise."""
    doc = state.doc
    k = source.end
    last = doc[k - 1]
    if (
        k + 1 >= end
        or doc[k].lower_ not in words("source_attribute_prepositions")
        or any(t.ent_type_ for t in source)
        or not last.text[:1].isupper()
        or (state.has_pos and last.pos_ != "NOUN")
    ):
        return source
    j = k + 1
    if doc[j].lower_ in speaker_lexicon("determiners"):
        j += 1
    while j < end and doc[j].ent_type_ not in ("ORG", "LOC") and state.is_adjective(doc[j]):
        j += 1
    if j >= end:
        return source
    if doc[j].ent_type_ in ("ORG", "LOC") and doc[j].ent_iob_ == "B":
        j += 1
        while j < end and doc[j].ent_iob_ == "I":
            j += 1
        return doc[source.start : j]
    if state.is_mark(doc[j]) and j + 1 < end and doc[j + 1].text[:1].isupper():
        close = next(
            (m for m in range(j + 1, min(end, j + QUOTED_NAME_REACH)) if state.is_mark(doc[m])),
            None,
        )
        if close is not None:
            return doc[source.start : close + 1]
    return source
