"""Reported speech: a cue verb with a noun-phrase or prepositional object
(``reported.object``: after the verb and its middle-field adjuncts, before it in the
field the verb follows, or in a relative clause the cue closes), a participle cue with
the object before it (``reported.perfect``), or a passive cue with a "von X" agent
(``reported.passive``)."""

from __future__ import annotations

from functools import partial

from spacy.tokens import Span, Token

from claimex.components.labels import (
    ADJUNCT_LEAD_TAGS,
    COMMON_NOUN_TAGS,
    PROPER_NOUN_TAGS,
    VERB_PARTICLE_TAGS,
)
from claimex.components.quotes.clauses import passive_agent
from claimex.components.quotes.cue_analysis import PARTICLE_CONJUNCTIONS
from claimex.components.quotes.lexicon import (
    ACCUSATIVE,
    DATIVE,
    FINITE_TAGS,
    MONTHS,
    PASSIVE_AUX,
    PERFECT_AUX,
)
from claimex.components.quotes.state import (
    Analysis,
    Candidate,
    make_candidate,
    unnamed,
)
from claimex.components.speakers import is_personal_pronoun


def reported(
    state: Analysis, lo: int, end: int, c_start: int, c_end: int, lemma: str
) -> Candidate | None:
    """``reported.object``: a cue verb with a noun-phrase or prepositional object
    ("betonte Putin die engen Beziehungen", "warnte vor einem Einmarsch")."""
    doc = state.doc
    lex = state.lex
    c_hi = clause_end_over_parentheses(state, c_end, end)
    particle = lex.particles.get(lemma)
    if particle:
        c_hi = clause_end_over_insertions(state, c_hi, end, particle)
    subject = state.subject_of(c_start, c_end, lo, end)
    if subject is not None and subject.text.lower() == "man":
        return None  # "Rechnet man mit acht Tonnen pro Wagen, …": generic, no source
    preps = lex.object_prepositions.get(lemma, frozenset())
    k = state.skip_adverbs(c_end, c_hi)
    if subject is not None and subject.start >= c_end:
        k = state.skip_adverbs(subject.end, c_hi)
    if (k >= c_hi and c_end >= c_hi) or (
        k < c_hi and all(t.lower_ in PASSIVE_PARTICIPLE_AUX for t in doc[k:c_hi])
    ):
        # the cue closes its clause: "hat … das Urteil bezeichnet", "war Widerspruch gegen
        # … geäußert worden"
        return reported_verb_final(state, lo, c_start, c_end, lemma, subject)
    if k >= c_hi or (doc[c_end].lower_ == "sich" and lemma not in lex.reflexive):
        return None
    if c_start == lo + 1 and anaphoric_object(state, doc[lo], doc[k]):
        # "Das teilten die beiden Sängerinnen auf Twitter mit": the demonstrative is the
        # object, the sentence before the statement (indirect.anaphoric_cue); what
        # follows the cue is its subject
        return None
    if all(t.lower_ in PERFECT_AUX | PASSIVE_AUX for t in doc[k:c_hi]):
        return None  # a verb-final cue: "…, der die Ablöse verlangt hatte, soll …"
    after = subject if subject is not None and subject.start >= c_end else None
    fronted = fronted_object(state, lo, (c_start, c_end, c_hi), preps, after)
    if fronted is not None:
        # "Von „mutwilliger Täuschung“ sprechen Medienberichte", "Den Anstieg bezifferte
        # die Behörde auf 27,5 Prozent": the object before the verb
        return make_candidate(
            state, fronted, c_start, "reported", doc[c_start:c_end], lemma,
            partial(state.resolve, subject, doc[c_start]), "reported.object",
        )  # fmt: skip
    k = skip_adjuncts(state, c_end, c_hi, preps, after)
    k = skip_insertion(state, k, c_hi, preps, after)
    if k >= c_hi:
        return None
    first = doc[k]
    if first.lower_ in preps:
        pass
    elif first.lower_ in OBJECT_PRONOUNS and c_hi - k >= 3:
        pass  # "würdigte ihn für seinen Einsatz als Soldat"
    elif (
        preps
        and lemma in lex.preposition_only
        and any(t.lower_ in preps for t in doc[k + 1 : min(c_hi, k + 3)])
    ):
        pass  # "geht die BWB vor allem von einem Binnenmarktproblem aus"
    elif lemma in lex.preposition_only or not (
        opens_object(state, first)
        or state.is_adjective(first)
        or (first.text[:1].isupper() and not is_personal_pronoun(first))
    ):
        return None
    stop = end
    if particle:
        stop = particle_end(state, k, end, particle)
    stop = coordinated_clause_start(state, c_start, k, stop)
    one = lone_noun(state, k, stop)
    if stop - k < 2 and not one:
        return None
    cue = doc[c_start]
    return make_candidate(
        state, k, stop, "reported", doc[c_start:c_end], lemma,
        partial(state.resolve, subject, cue), "reported.object", 1 if one else 2,
    )  # fmt: skip


def anaphoric_object(state: Analysis, token: Token, after: Token) -> bool:
    """Whether ``token``, alone before the finite cue, is its object: a demonstrative of
    ``cues.json`` ``anaphors`` right before the verb (so no article: "Das teilte X mit",
    not "Das Ministerium teilte … mit"), with no accusative or dative phrase opening
    what follows the cue (``after``), which would make the demonstrative the subject:
    "Diese baten ihn um Zigaretten"."""
    if token.lower_ not in state.lex.anaphors:
        return False
    return after.lower_ not in ACCUSATIVE | DATIVE | DATIVE_PRONOUNS | ACCUSATIVE_PRONOUNS


def lone_noun(state: Analysis, k: int, hi: int) -> bool:
    """Whether tokens [k, hi) are one common noun, a whole object (STTS NN): "Die CDU hatte
    zu dem Thema Aufklärung gefordert", "kündigten Untersuchungen an"."""
    return hi - k == 1 and state.has_pos and state.doc[k].tag_ == "NN"


def coordinated_clause_start(state: Analysis, cue: int, k: int, stop: int) -> int:
    """Where a coordinated predicate ends the object of the cue at ``cue``: "nennt das
    Programm eine „Zeitenwende“ und will es schnell umsetzen" (a coordinating conjunction,
    STTS KON, before a finite verb or before a word the parser joins to the cue as ``conj``:
    "nannte die Sanktionen … in Tripolis und rief die Armee auf"); ``stop`` where there is
    none or no tags."""
    if not state.has_pos:
        return stop
    doc = state.doc
    for j in range(k + 1, stop - 1):
        if doc[j].tag_ != "KON":
            continue
        after = doc[j + 1]
        if after.tag_ in FINITE_TAGS or (
            state.has_dep and after.dep_ == "conj" and after.head.i == cue
        ):
            return j
    return stop


DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT"})
"""STTS tags of words that open a noun phrase: articles, possessives ("kündigte seinen
Film an"), indefinites ("schloss jegliche Koalition aus"), demonstratives."""


def opens_object(state: Analysis, token: Token) -> bool:
    """Whether ``token`` is a determiner that opens the cue's noun-phrase object."""
    return state.is_determiner(token) or (state.has_pos and token.tag_ in DETERMINER_TAGS)


SEPARATORS = frozenset({",", ";", ":", "(", ")"})
"""Punctuation that ends a clause (quotation marks do not)."""
NEGATIONS = frozenset({"nicht", "nie", "niemals", "keineswegs"})
"""Negations right before a passive cue: what was not confirmed was not said."""
DATIVE_PRONOUNS = frozenset({"ihm", "ihnen", "mir", "uns"})
"""Dative personal pronouns: the addressee before the object ("warf ihm Verrat vor")."""
OBJECT_PRONOUNS = frozenset({"ihn", "sie", "dies"})
"""Pronouns that open an object with more after it ("würdigte ihn für seinen Einsatz")."""
ACCUSATIVE_PRONOUNS = frozenset({"ihn", "mich", "dich", "euch"})
"""Personal pronouns that are accusative only: an object after the cue ("baten ihn")."""


def fronted_object(
    state: Analysis,
    lo: int,
    cue: tuple[int, int, int],
    preps: frozenset[str],
    after: Span | None,
) -> int | None:
    """The start of the cue's object where it fills the field before the finite cue and
    the subject follows the cue (German verb-second): a phrase of the cue's object
    preposition ("Vor einer Katastrophe warnte …") or an accusative noun phrase ("Den
    Anstieg bezifferte die Behörde …") or a noun phrase that names no speaker before a
    subject that does (:meth:`Analysis.subject_after_object`: "Weitere individuelle
    Forderungen lehnt die Bundesregierung ab"); None otherwise. ``cue`` is the cue's
    start, end and clause end. Quotation marks inside the field do not end it ("Von
    „absichtlicher“ oder „mutwilliger Täuschung“ sprechen …")."""
    c_start, c_end, c_hi = cue
    if after is None or c_start - lo < 2:
        return None
    doc = state.doc
    texts = state.tokens.text
    start = lo
    for j in range(c_start - 1, lo - 1, -1):
        if texts[j] in (",", ";", ":") or (state.inside[j] and not state.is_mark(doc[j])):
            start = j + 1
            break
    if c_start - start < 2:
        return None
    first = doc[start].lower_
    if (first in preps and preps) or first in ACCUSATIVE:
        return start
    field = state.field_phrase(start, c_start)
    if field is not None and state.subject_after_object(field, c_end, c_hi) is not None:
        return start  # "Weitere individuelle Forderungen lehnt die Bundesregierung ab"
    return None


PASSIVE_PARTICIPLE_AUX = frozenset({"worden", "werden", "sein", "gewesen"})
"""Auxiliaries after a participle cue that still close its clause ("geäußert worden")."""


def finite_aux_before(state: Analysis, lo: int, c_start: int) -> int | None:
    """The finite auxiliary of a participle cue: the nearest finite verb before it, read
    over commas ("hat die Kritik des Vorsitzenden, Gregor Gysi, am Erscheinungsbild
    zurückgewiesen"), when it is a perfect or passive auxiliary; None where another verb
    comes first (the cue then closes a clause of its own)."""
    doc = state.doc
    for j in range(c_start - 1, lo - 1, -1):
        if state.inside[j] or state.tokens.text[j] in (":", ";"):
            return None
        if doc[j].tag_ in FINITE_TAGS or doc[j].lower_ in PERFECT_AUX | PASSIVE_AUX:
            return j if doc[j].lower_ in PERFECT_AUX | PASSIVE_AUX else None
    return None


def reported_verb_final(
    state: Analysis, lo: int, c_start: int, c_end: int, lemma: str, subject: Span | None
) -> Candidate | None:
    """A participle cue that closes its clause: with a perfect auxiliary
    (:func:`reported_perfect`) or a passive one (:func:`reported_passive`)."""
    doc = state.doc
    if state.has_pos and doc[c_start].tag_ not in ("VVPP", "VVFIN", ""):
        # (a participle the tagger read as finite: "hat … das Urteil bedauert")
        return None
    aux = finite_aux_before(state, lo, c_start)
    if aux is None:
        return reported_relative(state, lo, c_start, c_end, lemma)
    if doc[aux].lower_ in PERFECT_AUX:
        return reported_perfect(state, lo, aux, c_start, c_end, lemma, subject)
    return reported_passive(state, lo, aux, c_start, c_end, lemma)


def reported_relative(
    state: Analysis, lo: int, c_start: int, c_end: int, lemma: str
) -> Candidate | None:
    """``reported.object`` in a relative clause that the finite cue closes: "Der oberste
    Führer, der zunächst Ahmadinedschads Wahlsieg als „Fest“ bezeichnete, ordnete …";
    the object follows the relative pronoun, the source is the noun phrase the clause
    qualifies."""
    doc = state.doc
    if not state.has_pos or doc[c_start].tag_ != "VVFIN":
        return None
    c_lo = next(
        (j + 1 for j in range(c_start - 1, lo - 1, -1) if state.tokens.text[j] in SEPARATORS),
        lo,
    )  # the clause read over quotation marks: "der … als „Fest“ bezeichnete"
    if c_lo <= lo or doc[c_lo - 1].text != "," or doc[c_lo].tag_ != "PRELS":
        return None
    antecedent = state.np_before(c_lo - 1, lo)
    if antecedent is None or not state.animate(antecedent):
        return None
    preps = state.lex.object_prepositions.get(lemma, frozenset())
    k = skip_adjuncts(state, c_lo + 1, c_start, preps, None)
    if c_start - k < 2:
        return None
    first = doc[k]
    if not (first.lower_ in preps or state.is_determiner(first) or state.is_adjective(first)
            or (first.tag_ in ("NN", "NE") and first.text[:1].isupper())):  # fmt: skip
        return None
    return make_candidate(
        state, k, c_start, "reported", doc[c_start:c_end], lemma,
        partial(state.resolve, antecedent, doc[c_start]), "reported.object",
    )  # fmt: skip


def reported_passive(
    state: Analysis, lo: int, aux: int, c_start: int, c_end: int, lemma: str
) -> Candidate | None:
    """``reported.passive``: a participle cue with a passive auxiliary; the statement is
    its passive subject ("Dieses Ergebnis wurde von den Wahlverlierern angezweifelt",
    "Außerdem wurde eine bessere Jugendarbeit gefordert") and the source the agent of
    "von"/"vom", which the clause must name: an agentless passive ("Im Juni wurde bei ihm
    Krebs festgestellt", "Der Antrag wurde abgelehnt") is narration far more often than
    speech (Wikinews dev: 2 of 12), except for the cues of cues.json marked
    ``agentless_passive`` ("Ihm wird Totschlag vorgeworfen", "Als Ursache wurde ein
    Computerproblem angegeben"), whose source is then unnamed."""
    doc = state.doc
    if doc[c_start - 1].lower_ in NEGATIONS:
        return None  # "Von der Fluggesellschaft wurden diese Angaben nicht bestätigt"
    c_lo = state.clause_start(aux, lo)
    agent = passive_agent(state, c_lo, c_start)
    if agent is None and (
        lemma not in state.lex.agentless_passive
        or not _participle(state, doc[c_start], lemma)  # "…, der ihr vorwarf"
        or doc[c_lo].lower_ == "so"  # "so werden die Anhänger genannt": a name
    ):
        return None  # "Im Juni wurde bei ihm Krebs festgestellt": narration, no speech
    p_lo = state.skip_adverbs(c_lo, aux)  # "Auch die Haltung der Hamas wurde … kritisiert"
    prefield = state.np_after(p_lo, aux) if p_lo < aux else None
    if (
        prefield is not None
        and prefield.end == aux
        and not is_personal_pronoun(prefield[0])
        and prefield[0].lower_ not in DATIVE  # "Dem Mann wird … Totschlag vorgeworfen"
    ):
        q_lo, q_hi = p_lo, aux  # "Dieses Ergebnis wurde … angezweifelt"
    else:
        q_lo = skip_adjuncts(state, state.skip_adverbs(aux + 1, c_start), c_start,
                             frozenset(), agent)  # fmt: skip
        q_hi = agent.start - 1 if agent is not None and agent.start > q_lo else c_start
        q_hi = max(q_hi, q_lo)
        if agent is not None and agent.start <= q_lo:
            # the agent before the object, in the middle field or the prefield ("Von
            # politischen Beobachtern wird dieser Schritt … gewertet")
            q_lo = skip_adjuncts(state, max(agent.end, q_lo), c_start, frozenset(), None)
            q_hi = c_start
    if q_hi - q_lo < 1 or not any(state.is_nounish(t) or t.like_num for t in doc[q_lo:q_hi]):
        return None
    cue = doc[c_start]
    candidate = make_candidate(
        state, q_lo, q_hi, "reported", doc[c_start:c_end], lemma,
        partial(state.resolve, agent, cue), "reported.passive",
    )  # fmt: skip
    return unnamed(candidate) if agent is None else candidate


def _participle(state: Analysis, token: Token, lemma: str) -> bool:
    """Whether the cue ``token`` is a past participle ("genannt", "vorgeworfen"), by its
    tag or its ge- prefix after the verb's particle (taggers read some as finite)."""
    if state.has_pos and token.tag_ == "VVPP":
        return True
    particle = state.lex.particles.get(lemma, "")
    return token.lower_.startswith(particle + "ge")


def reported_perfect(
    state: Analysis,
    lo: int,
    aux: int,
    c_start: int,
    c_end: int,
    lemma: str,
    subject: Span | None,
) -> Candidate | None:
    """``reported.perfect``: a participle cue at its clause end takes the object before
    it: "Kurz hat das Urteil als Unrecht bezeichnet". Where the field before the
    auxiliary is no noun phrase ("In Österreich hat bereits der Verband (VÖZ) das Urteil
    bedauert"), the subject opens the middle field and is read over; where it opens with
    the cue's object preposition, it is the object ("Vor einer Katastrophe hat Elizabeth
    Byrs gewarnt")."""
    doc = state.doc
    if (
        state.lex.frames.get(lemma)
        and lemma in state.lex.not_reflexive
        and any(t.lower_ == "sich" for t in doc[aux + 1 : c_start])
    ):
        return None  # "hätten sich … für nicht zuständig erklärt"
    if doc[c_start - 1].lower_ in NEGATIONS:
        return None  # "Er hat die Tat nicht gestanden": what was not said is no statement
    c_lo = state.clause_start(aux, lo)
    prefield = state.np_after(c_lo, aux) if c_lo < aux else None
    inner: Span | None = None
    if state.has_pos and (prefield is None or prefield.end != aux):
        # (without a tagger a subject here cannot be told from the object)
        inner = state.np_after(state.skip_adverbs(aux + 1, c_start), c_start)
        if inner is not None and (
            inner[0].lower_ in ACCUSATIVE
            or not (
                state.animate(inner) or (inner.root.ent_type_ == "LOC" and inner.root.tag_ != "NN")
            )
        ):
            # a country speaks too: "seinerzeit hatte Österreich … abgelehnt"; not a common
            # noun in a place's entity: "hat die Thüringer Erkenntnisse bestätigt"
            inner = None
    source = inner if inner is not None else subject
    if inner is None and prefield is not None and prefield.end == aux and state.animate(prefield):
        source = prefield  # "Die Vorsitzende der Linken Gesine Lötzsch hat …"
    preps = state.lex.object_prepositions.get(lemma, frozenset())
    fronted = c_lo < aux and (doc[c_lo].lower_ in preps or doc[c_lo].lower_ in ACCUSATIVE)
    if fronted and inner is None:
        # "Seinen Ausstieg … hatte Delmare … angekündigt", "Zu den Gegenveranstaltungen
        # hatten über 50 linke Gruppierungen aufgerufen": the subject in the middle field
        inner = middle_subject(state, aux + 1, c_start)
        if inner is not None:
            source = inner
    if fronted and inner is not None:
        q_lo, q_hi = c_lo, aux  # the object in the prefield
    else:
        q_lo, q_hi = skip_adjuncts(state, aux + 1, c_start, preps, inner), c_start
        q_lo = after_last_predicate(state, q_lo, c_start, preps, inner)
        if q_hi - q_lo < 2 and not lone_noun(state, q_lo, q_hi):
            return None
        first = doc[q_lo]
        if first.lower_ in preps:
            pass  # "Die Analysten hatten mit 62 Millionen Euro gerechnet"
        elif (
            lemma in state.lex.preposition_only
            or not (
                state.is_determiner(first)
                or state.is_adjective(first)
                or first.lower_ in ACCUSATIVE  # "hatten bereits ihren Protest … angekündigt"
                or (state.has_pos and first.tag_ in ("NN", "NE") and first.text[:1].isupper())
            )
        ):
            return None
    cue = doc[c_start]
    return make_candidate(
        state, q_lo, q_hi, "reported", doc[c_start:c_end], lemma,
        partial(state.resolve, source, cue), "reported.perfect",
        1 if lone_noun(state, q_lo, q_hi) else 2,
    )  # fmt: skip


def middle_subject(state: Analysis, k: int, hi: int) -> Span | None:
    """The first noun phrase in tokens [k, hi), not an accusative or dative one, read
    over adverbs and numbers ("hatten über 50 linke Gruppierungen"): the subject of a
    clause whose prefield holds the object."""
    doc = state.doc
    while k < hi:
        phrase = state.np_after(k, hi)
        if phrase is not None and phrase[0].lower_ not in ACCUSATIVE | DATIVE:
            return phrase
        if not (state.has_pos and doc[k].tag_ in ADVERB_TAGS | {"CARD"}):
            return None
        k += 1
    return None


def after_last_predicate(
    state: Analysis, q_lo: int, hi: int, preps: frozenset[str], subject: Span | None
) -> int:
    """Where the object of a participle cue starts when a coordinated predicate stands
    before it in the middle field: after that predicate's verb and the conjunction ("hatten
    sich viele Fans … zusammengefunden, und immer wieder eine Neuveröffentlichung …
    gefordert"); ``q_lo`` where there is none."""
    if not state.has_pos:
        return q_lo
    doc = state.doc
    verbs = [j for j in range(q_lo, hi) if doc[j].tag_.startswith("V") and not state.inside[j]]
    if not verbs:
        return q_lo
    k = verbs[-1] + 1
    while k < hi and (doc[k].text == "," or doc[k].tag_ == "KON"):
        k += 1
    return skip_adjuncts(state, k, hi, preps, subject)


ADVERB_TAGS = frozenset({"ADV", "ADJD", "PAV", "PROAV", "PTKNEG"})  # PAV (HDT) = PROAV (TIGER)
"""STTS tags of adverbs and adverbial adjectives ("allgemein", "scharf", "dabei")."""


def skip_adjuncts(
    state: Analysis, k: int, hi: int, preps: frozenset[str], subject: Span | None
) -> int:
    """The first token from ``k`` on (before ``hi``) that can open the cue's object: the
    middle field's adjuncts before it are skipped, i.e. adverbs ("allgemein"), a
    parenthesis ("(SSC)"), the subject where it stands there, and prepositional phrases
    other than the cue's own object preposition ("forderte das Parlament in Mexiko-Stadt
    die Aushändigung …", "verlangte Mussawi vom Wächterrat die Annullierung …",
    "konstatierte im Zusammenhang mit der Debatte eine wachsende Kluft")."""
    doc = state.doc
    while k < hi:
        token = doc[k]
        if subject is not None and subject.start == k:
            k = subject.end
        elif state.has_pos and _preposition(token):
            if token.lower_ in preps:
                return k
            bare = _bare_object_after(state, k + 1, hi)
            if bare is not None:
                return bare
            phrase = _adjunct_phrase(state, k + 1, hi)
            if phrase is None or is_personal_pronoun(phrase[0]):
                return k
            k = phrase.end
        elif (
            state.has_pos
            and token.tag_ == "KOKOM"
            and token.lower_ == "als"
            and "als" not in preps
            and subject is None
        ):
            # "fordert als Reaktion auf den Vorfall bundeseinheitliche Nummernschilder":
            # an "als" phrase the cue does not take as its object
            phrase = _adjunct_phrase(state, k + 1, hi)
            if phrase is None or is_personal_pronoun(phrase[0]) or phrase.end >= hi:
                return k
            k = phrase.end
        elif token.lower_ in DATIVE_PRONOUNS and k + 1 < hi:
            k += 1  # the addressee: "werfen ihm sogar offen Verrat vor"
        elif token.lower_ in state.lex.adverbs or (
            state.has_pos and token.tag_ in ADVERB_TAGS and token.lower_ not in preps
        ):
            k += 1
        elif token.text == "(":
            close = next((j for j in range(k + 1, min(hi, k + 8)) if doc[j].text == ")"), None)
            if close is None:
                return k
            k = close + 1
        else:
            return k
    return k


_NOUN_TAGS = COMMON_NOUN_TAGS | PROPER_NOUN_TAGS


def _bare_object_after(state: Analysis, i: int, hi: int) -> int | None:
    """Where a prepositional adjunct after the cue runs into a bare common noun that ends
    the clause, the noun: the cue's object without an article ("forderte am Montag
    Lohnerhöhungen", "kündigten für die kommenden Tage Regenfälle an"); None otherwise."""
    if not state.has_pos:
        return None
    doc = state.doc
    j = i
    while j < hi and j - i < 4 and doc[j].tag_ in ADJUNCT_LEAD_TAGS:
        j += 1
    if j + 1 >= hi or doc[j].tag_ not in _NOUN_TAGS or doc[j + 1].tag_ not in COMMON_NOUN_TAGS:
        return None
    noun = doc[j + 1]
    if noun.ent_type_ or noun.lower_ in MONTHS:
        return None  # "von Micheil Saakaschwili", "für den Monat Juli": a name
    after = j + 2
    if after < hi and not (doc[after].tag_ in VERB_PARTICLE_TAGS or doc[after].is_punct):
        return None
    return j + 1


def _adjunct_phrase(state: Analysis, i: int, hi: int) -> Span | None:
    """The noun phrase after a preposition at ``i``, read over a possessive, indefinite
    or adverb the noun-phrase reader does not open with ("in ihrer Nachricht", "für ganz
    Äthiopien")."""
    phrase = state.np_after(i, hi)
    if phrase is not None or not state.has_pos:
        return phrase
    doc = state.doc
    j = i
    while j < min(hi, i + 2) and doc[j].tag_ in DETERMINER_TAGS | ADVERB_TAGS:
        j += 1
    return state.np_after(j, hi) if j > i else None


def _preposition(token: Token) -> bool:
    """A preposition, with or without a fused article ("in", "im"; STTS APPR, APPRART,
    which the bundled pipeline writes APPR_ART): not a postposition ("zufolge")."""
    return token.pos_ == "ADP" and token.tag_.startswith("APPR")


def clause_end_over_parentheses(state: Analysis, i: int, end: int) -> int:
    """:meth:`~claimex.components.quotes.state.Analysis.clause_end`, reading over short
    parentheses: "kündigte der Hersteller Shelby SuperCars (SSC) den Bau … an"."""
    texts = state.tokens.text
    hi = state.clause_end(i, end)
    while hi < end and texts[hi] == "(":
        close = next((j for j in range(hi + 1, min(end, hi + 8)) if texts[j] == ")"), None)
        if close is None or any(texts[j] in (",", "(") for j in range(hi + 1, close)):
            break
        hi = state.clause_end(close + 1, end)
    return hi


def particle_end(state: Analysis, k: int, end: int, particle: str) -> int:
    """Where the object of a split cue from ``k`` ends: at its particle where a
    conjunction or punctuation other than a comma follows it ("rief die Regierung zur
    Beendigung … auf und beschloss …", "gibt Herzversagen als Ursache an und …"); ``end``
    otherwise: what follows a comma after the particle still belongs to the statement in
    the Wikinews gold ("kündigte einen Pick-up-Truck an, der …", "wirft … der Polizei vor,
    sich nicht an Absprachen gehalten zu haben")."""
    lower, texts = state.lower, state.tokens.text
    for j in range(k + 1, end):
        if lower[j] != particle:
            continue
        if j + 1 < end and texts[j + 1] == ",":
            return end
        if (
            j + 1 >= end
            or not state.tokens.is_alpha[j + 1]
            or lower[j + 1] in PARTICLE_CONJUNCTIONS
        ):
            return j
    return end


INSERTION = 6
"""The longest comma insertion (in tokens) read over before a split cue's object: "gab am
Montag, dem 27. März, die Einstellung … bekannt"."""


def clause_end_over_insertions(state: Analysis, hi: int, end: int, particle: str) -> int:
    """The clause end of a split cue read over commas that open no clause of their own,
    where its particle follows with no finite verb between
    (:meth:`~claimex.components.quotes.state.Analysis.verbless_to_particle`): "schlug der
    SPD-Fraktionschef Peter Struck den SPD-Obmann im Untersuchungsausschuss, Thomas
    Oppermann, als Nachfolger … vor" (issue 15, Wikinews train)."""
    texts = state.tokens.text
    while hi < end and texts[hi] == "," and state.verbless_to_particle(hi + 1, particle, end):
        hi = state.clause_end(hi + 1, end)
    return hi


def skip_insertion(
    state: Analysis, k: int, hi: int, preps: frozenset[str], subject: Span | None
) -> int:
    """Past a short comma insertion at ``k`` (at most ``INSERTION`` tokens, no verb) and
    the adjuncts after it: "am Montag, dem 27. März, die Einstellung"; ``k`` otherwise."""
    texts = state.tokens.text
    doc = state.doc
    while k < hi and texts[k] == ",":
        close = next((j for j in range(k + 1, min(hi, k + INSERTION + 2)) if texts[j] == ","), None)
        if (
            close is None
            or close == k + 1
            or any(t.tag_ in FINITE_TAGS or t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : close])
        ):
            return k
        k = skip_adjuncts(state, close + 1, hi, preps, subject)
    return k
