"""Cue verbs with a clause: a comma or colon clause (``indirect.comma``,
``indirect.colon``), a trailing cue (``indirect.trailing``), and the clause and mood tests
the other patterns share."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from spacy.tokens import Span, Token

from claimex.components.doctokens import feature_values, fine_tags, has_feature
from claimex.components.namewords import is_org_description
from claimex.components.quotemarks import MARKS
from claimex.components.quotes.fields import impersonal_cue
from claimex.components.quotes.lexicon import (
    ACCUSATIVE,
    AUXILIARY_TAGS,
    CLAUSE_BREAK,
    COMMA_OR_DASH,
    DATIVE,
    DEFINITE_ARTICLES,
    FINITE_TAGS,
    PASSIVE_AUX,
    PREPOSITION_TAGS,
    PREPOSITIONAL_RELATIVES,
    RELATIVE,
    SEPARABLE_PARTICLES,
)
from claimex.components.quotes.state import Analysis, Candidate, make_candidate, unnamed


def comma_clause(
    state: Analysis, lo: int, end: int, cues: Sequence[tuple[int, int, str]]
) -> Candidate | None:
    """``indirect.comma`` / ``indirect.colon``: cue + comma or colon clause: erklärte
    Lukaschenko, Minsk und Moskau blieben …; sagte er der Zeitung: Wenn …"""
    doc = state.doc
    lex = state.lex
    texts = state.tokens.text
    for c_start, c_end, lemma in cues:
        frames = lex.frames.get(lemma, frozenset())
        c_hi = state.clause_end(c_end, end)
        if c_hi >= end or texts[c_hi] not in (",", ":") or not state.tokens.space_after[c_hi]:
            continue
        if texts[c_hi] == ",":
            # "sagte Kristina Mena, Professorin an der Universität: …": an apposition
            # before the colon that opens the statement
            for k in range(c_hi + 1, min(end - 1, c_hi + 16)):
                if doc[k].tag_ in FINITE_TAGS or texts[k] in MARKS:
                    break
                if texts[k] == ":" and state.tokens.space_after[k]:
                    c_hi = k
                    break
        colon = texts[c_hi] == ":"
        nxt = c_hi + 1
        if nxt >= end:
            continue
        clause_hi = clause_stop(state, nxt, end)
        # "appellierte sie, den Helfern Unterstützung zukommen zu lassen" (FORMAT.md W14)
        infinitive = not colon and zu_infinitive(state, nxt, clause_hi)
        if not (
            "konj" in frames
            or (colon and "direct" in frames)
            or (infinitive and frames & {"dass", "object"})
        ):
            continue
        konj = has_subjunctive(state, nxt, clause_hi, present_only=False)
        if (
            c_start != state.clause_start(c_start, lo)
            and c_start - lo > 12
            and not (_closes_clause(state, c_end, c_hi) and (konj or infinitive))
        ):
            continue  # a cue far into its clause, unless it closes it: "hatte … angekündigt, …"
        # a passive cue speaks through its "von X" agent ("Zudem wurde die Bundesregierung
        # vom LSVD aufgefordert, dafür Sorge zu tragen, …"), or unnamed for a cue of
        # cues.json agentless_passive ("Als Begründung wurde angegeben, …"; issue 15,
        # Wikinews train); never before a colon: "Die Listen wurden bestätigt: …"
        passive = passive_cue(state, c_start, lo)
        agent = passive_agent(state, state.clause_start(c_start, lo), c_start) if passive else None
        spoken = agent is not None or (
            lemma in lex.agentless_passive and (konj or infinitive)
        )  # (agentless: "Bislang werden 325 km/h … angegeben, Ziel ist …" is narration)
        if _subordinate_cue(state, c_start, lo) or (passive and (colon or not spoken)):
            continue  # "X, der … verlangt hatte, soll …"
        if c_start - 1 > lo and doc[c_start - 1].text == "," and not konj and not colon:
            continue  # "…, sagte Jan Möller, Chef der …": a trailing cue
        if not konj and not colon and not infinitive and _conjunction_clause(state, c_start, lo):
            # "nachdem sie den Fehler bemerkt hatten, noch eine Notbremsung …"; a
            # zu-infinitive is still the cue's: "da die PDM angekündigt hatte, … verhandeln
            # zu wollen"
            continue
        if _coordinated_predicate(state, c_end, c_hi):
            continue  # "rief … auf und beschloss auch, den Fall …": the second verb's clause
        # "Greenpeace fordert, die Firma … haftbar zu machen": an article, no relative
        # pronoun ("…, das zu rechtfertigen" is none)
        article = doc[nxt].lower_ in DEFINITE_ARTICLES and (
            konj
            or (
                infinitive
                and nxt + 1 < clause_hi
                and doc[nxt + 1].tag_ != "PTKZU"
                and not doc[nxt + 1].tag_.startswith("V")
            )
        )
        # (a blocker the tagger reads as a preposition opens a zu-infinitive's adjunct,
        # no clause: "warf … vor, seit 2014 Vorschriften … verletzt zu haben"; issue 15)
        adjunct = infinitive and doc[nxt].tag_ in PREPOSITION_TAGS
        if doc[nxt].lower_ in lex.blockers and not article and not colon and not adjunct:
            continue
        if not colon and doc[nxt].tag_ in ("PRELS", "PWAV") and doc[nxt].lower_ != "die":
            continue  # "kritisierte er die Rolle von X, was eine Reaktion … zur Folge hat"
        if not konj and not has_finite_clause(state, nxt, clause_hi):
            # (a Konjunktiv form is a finite verb whatever word class the tagger gives it:
            # "sagte …, er freue sich …", freue/ADJ; issue 15, Wikinews train)
            continue
        subject = agent if passive else state.subject_of(c_start, c_end, lo, end)
        if no_source(state, c_start, lo, end, subject) and not passive:
            continue  # "Alles in allem kann man sagen, …"
        if passive and "man" in state.lower[state.clause_start(c_start, lo) : c_hi]:
            continue
        cue, content = doc[c_start], (nxt, clause_hi)
        candidate = make_candidate(
            state, nxt, clause_hi, "indirect", doc[c_start:c_end], lemma,
            partial(state.resolve, subject, cue, content=content),
            "indirect.colon" if colon else (
                "indirect.infinitive" if infinitive else "indirect.comma"
            ),
        )  # fmt: skip
        if (passive and agent is None) or _misread_passive(state, c_start, lo):
            return unnamed(candidate)
        impersonal = impersonal_cue(state, c_start, c_end, subject, lo, end)
        return unnamed(candidate) if impersonal else candidate
    return None


def _closes_clause(state: Analysis, c_end: int, c_hi: int) -> bool:
    """Whether the cue ending at ``c_end`` closes its clause, which ends at ``c_hi``:
    nothing or only auxiliaries after it ("da die PDM angekündigt hatte, mit allen
    Parteien … verhandeln zu wollen"; issue 15, Wikinews train)."""
    return all(state.doc[k].tag_ in AUXILIARY_TAGS for k in range(c_end, c_hi))


def zu_infinitive(state: Analysis, lo: int, hi: int) -> bool:
    """Whether the clause [lo, hi) is a zu-infinitive: its first verb is an infinitive
    with "zu" ("seine Bemühungen zu verstärken", "stärken zu wollen", "mitzuteilen"),
    no finite verb before it."""
    if not state.has_pos:
        return False
    doc = state.doc
    for k in range(lo, hi):
        tag = doc[k].tag_
        if tag == "VVIZU" or (tag == "PTKZU" and k + 1 < hi and doc[k + 1].tag_.endswith("INF")):
            return True
        if tag.startswith("VV") and _particle_zu_form(doc[k].lower_):
            return True  # "kurzfristig zurückzutreten" read as VVFIN
        if tag in FINITE_TAGS and not (k + 1 < hi and doc[k + 1].tag_ == "PTKZU"):
            return False  # (an infinitive right before "zu" the tagger read as finite)
    return False


def _particle_zu_form(word: str) -> bool:
    """Whether ``word`` is a separable verb's zu-infinitive: a particle of
    ``SEPARABLE_PARTICLES``, "zu" and an infinitive of at least four letters ending in
    -en/-n ("zurückzutreten", "vorzugehen", "einzuleiten")."""
    if not word.isalpha() or not word.endswith("n"):
        return False
    for particle in SEPARABLE_PARTICLES:
        rest = word[len(particle) :]
        if word.startswith(particle) and rest.startswith("zu") and len(rest) >= 6:
            return True
    return False


def _subordinate_cue(state: Analysis, c_start: int, lo: int) -> bool:
    """Whether the cue verb closes a relative clause ("Dobesberger, der die Ablöse
    verlangt hatte, soll …"): what follows the comma is the main clause, not speech."""
    c_lo = state.clause_start(c_start, lo)
    if c_lo == lo or state.doc[c_lo - 1].text != ",":
        return False
    first = state.doc[c_lo]
    if first.tag_ in PREPOSITION_TAGS and c_lo + 1 < c_start:
        # a relative pronoun after its preposition: "…, von denen er verlangt hatte, …",
        # "…, in dessen Folge das Gericht festgestellt hatte, …" (no article has these
        # forms, whatever the tagger reads)
        first = state.doc[c_lo + 1]
        if first.lower_ in PREPOSITIONAL_RELATIVES:
            return True
    return first.tag_ in ("PRELS", "PRELAT") or (
        not state.has_pos and first.lower_ in DEFINITE_ARTICLES | {"welche", "welcher"}
    )


def _coordinated_predicate(state: Analysis, c_end: int, c_hi: int) -> bool:
    """Whether a coordinating conjunction and a finite verb (STTS KON, then V*FIN) stand
    between the cue and the comma: the comma clause belongs to that second verb ("Der
    Sicherheitsrat rief die libysche Regierung zur Beendigung … auf und beschloss auch, den
    Fall … weiterzuleiten"; issue 15, Wikinews train)."""
    doc = state.doc
    return any(
        doc[k].tag_ == "KON" and doc[k + 1].tag_ in FINITE_TAGS for k in range(c_end, c_hi - 1)
    )


def _conjunction_clause(state: Analysis, c_start: int, lo: int) -> bool:
    """Whether the cue verb stands in a clause a subordinating conjunction opens
    ("nachdem sie den Fehler bemerkt hatten, …", "als er davon erfuhr, …"): an indicative
    comma clause after it is the main clause, not the cue's content (a Konjunktiv one
    still is: "weil er sagte, er komme nicht")."""
    if not state.has_pos:
        return False
    return state.doc[state.clause_start(c_start, lo)].tag_ == "KOUS"


def passive_cue(state: Analysis, c_start: int, lo: int) -> bool:
    """A participle cue with a passive auxiliary ("Die Listen wurden bestätigt: …"): the
    clause names no speaker, and what follows the colon is no statement of its subject.
    A cue the tagger read as finite after a finite auxiliary is a participle too ("Es
    wird vermutet, dass …": vermutet/VVFIN; a clause has one finite verb)."""
    doc = state.doc
    cue = doc[c_start]
    if cue.tag_ not in ("VVPP", "VVFIN") if state.has_pos else cue.lower_.endswith("en"):
        return False
    if (
        state.has_pos
        and cue.tag_ == "VVFIN"
        and has_feature(cue, "Tense", "Past")
        and feature_values(cue, "Person")
    ):
        # a preterite with a person is finite, no participle: "Podolski war ebenfalls
        # anwesend und sagte …, er freue sich …" (issue 15, Wikinews train)
        return False
    c_lo = state.clause_start(c_start, lo)
    return any(t.lower_ in PASSIVE_AUX for t in doc[c_lo:c_start])


def _misread_passive(state: Analysis, c_start: int, lo: int) -> bool:
    """A participle cue that the tagger read as an infinitive (VVINF, but its form is not
    its lemma) after a passive auxiliary in its clause, with no "von" agent: werden with
    the participle is the passive (Duden-Grammatik, Vorgangspassiv), whose subject or
    dative is not the speaker: "Dem Berater Prem Tinsulanonda, einem ehemaligen
    Ministerpräsidenten, wird vorgeworfen, den Putsch … verantwortet zu haben"
    (vorgeworfen/VVINF; train_b spkatt-news-56998, gold speaker null). The quote keeps
    its clause and names no speaker; :func:`passive_cue` is left as it is, since reading
    these as its passives, which drop the clause of a cue outside ``agentless_passive``,
    lost 2 train_a and 1 train_b gold quotes (issue 15, round 24)."""
    cue = state.doc[c_start]
    if not state.has_pos or cue.tag_ != "VVINF" or not cue.lemma_:
        return False
    if cue.lower_ == cue.lemma_.lower():
        return False
    c_lo = state.clause_start(c_start, lo)
    if not any(t.lower_ in PASSIVE_AUX for t in state.doc[c_lo:c_start]):
        return False
    return passive_agent(state, c_lo, c_start) is None


def passive_agent(state: Analysis, c_lo: int, c_start: int) -> Span | None:
    """The agent of a passive cue: "von"/"vom" and a noun phrase naming a person or a
    body in tokens [c_lo, c_start) ("wurde von den Wahlverlierern angezweifelt"; not
    "die Speicherung von Fingerabdrücken")."""
    for j in range(c_lo, c_start):
        if state.lower[j] in state.lex.owner_prepositions and not state.inside[j]:
            phrase = state.np_after(j + 1, c_start)
            if phrase is not None and (
                state.animate(phrase)
                or (
                    not _noun_attribute(state, j, c_lo, phrase.root, c_start)
                    and agent_noun(state, phrase.root, c_start)
                )
            ):
                return phrase
    return None


def _noun_attribute(state: Analysis, j: int, c_lo: int, head: Token, cue: int) -> bool:
    """Whether the "von" at ``j`` follows a noun, which it qualifies ("die Diskriminierung
    von Frauen"), rather than opening the agent, which the parse then attaches to the cue
    ("wurde die Aktion von den Veranstaltern als Erfolg gewertet")."""
    return (
        state.has_pos
        and j > c_lo
        and state.doc[j - 1].tag_ in ("NN", "NE")
        and not _attached_to(state, head, cue)
    )


def agent_noun(state: Analysis, head: Token, cue: int) -> bool:
    """Whether the head noun of a "von" phrase before a passive cue names a speaker by its
    base form (:meth:`Analysis.speaker_head`: "von politischen Beobachtern"), or is a
    masculine agent noun in "-er" in the dative plural ("-ern") that the parse attaches
    to the cue itself ("von Musikkennern … bezeichnet")."""
    if not state.has_pos or head.tag_ != "NN":
        return False
    if state.speaker_head(head):
        return True
    return (
        head.text.endswith("ern")
        and "Dat" in head.morph.get("Case", [])
        and "Plur" in head.morph.get("Number", [])
        and "Masc" in head.morph.get("Gender", [])
        and _attached_to(state, head, cue)
    )


def _attached_to(state: Analysis, head: Token, cue: int) -> bool:
    """Whether the parse attaches the noun ``head`` to the cue as an oblique argument."""
    return state.has_dep and head.head.i == cue and head.dep_.startswith("obl")


def no_source(state: Analysis, c_start: int, lo: int, end: int, subject: Span | None) -> bool:
    """Whether the cue at ``c_start`` names no source at all: a generic "man" ("Alles in
    allem kann man sagen, dass …") or an agentless passive ("Es wird vermutet, dass …",
    "war damit begründet worden, dass …"); the article's own narration, not a quote."""
    c_lo = state.clause_start(c_start, lo)
    if "man" in state.lower[c_lo : state.clause_end(c_start + 1, end)]:
        return True
    return passive_cue(state, c_start, lo) and passive_agent(state, c_lo, c_start) is None


def trailing(
    state: Analysis, lo: int, end: int, cues: Sequence[tuple[int, int, str]]
) -> Candidate | None:
    """``indirect.trailing``: …, sagte er. / …, sagte Schiessling, die im Dezember gewählt wurde."""
    doc = state.doc
    lex = state.lex
    texts = state.tokens.text
    for c_start, c_end, lemma in reversed(cues):
        if "trailing" not in lex.frames.get(lemma, frozenset()):
            continue
        if c_start - 1 <= lo or (
            texts[c_start - 1] != "," and not _bare_trailing(state, lo, c_start, c_end, end)
        ):
            continue
        stop = c_start - 1 if texts[c_start - 1] == "," else c_start
        comma = next((j for j in range(c_end, end) if texts[j] in COMMA_OR_DASH), None)
        if comma is not None and texts[comma] != "," and comma - c_end <= 4:
            comma = None  # "…, erklärte Entholzer, dash, mit der Auflage, …": an addition
        if comma is not None and not _attribute_clause(state, comma + 1, end):
            continue
        if doc[lo].ent_type_ == "PER" and not has_finite_clause(state, lo, c_start - 1):
            continue  # "Elon Musk, der Milliardär hinter der Firma, kündigte …": no statement
        if state.has_pos and verbless_subject(state, lo, stop):
            continue  # "Die Vorsitzende der Partei, Petra Pau, forderte …": the subject
        if state.has_pos and fronted_adjunct(state, lo, stop):
            continue  # "Wenn er verurteilt werden sollte, droht …": no statement
        subject = state.subject_of(c_start, c_end, c_start, end)
        cue, content = doc[c_start], (lo, stop)
        candidate = make_candidate(
            state, lo, stop, "indirect", doc[c_start:c_end], lemma,
            partial(state.resolve, subject, cue, content=content), "indirect.trailing",
        )  # fmt: skip
        impersonal = impersonal_cue(state, c_start, c_end, subject, lo, end)
        return unnamed(candidate) if impersonal else candidate
    return None


SUBORDINATE_TAGS = frozenset({"PRELS", "PRELAT", "KOUS", "PWS", "PWAV", "PWAT"})
"""STTS tags of the words that open a subordinate clause (relative, conjunction, w-word)."""


def verbless_subject(state: Analysis, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) are a subject with its appositions, not a statement: no
    verb outside the comma-bounded subordinate clauses, and a first part that names a
    person or a body. "Die Vorsitzende der Partei, Petra Pau, forderte …" and "Sadiq Khan,
    eines der Mitglieder, die den Brief unterschrieben, verurteilte …" open with the
    subject of the cue, which is the sentence's main verb; "Schade, dass …, sagte sie"
    and "Ja, und: zwei neue Finger, sagt er" are statements without a verb."""
    doc = state.doc
    segments: list[tuple[int, int]] = []
    segment_start = lo
    for j in range(lo, hi + 1):
        if j == hi or state.tokens.text[j] == ",":
            first = next((k for k in range(segment_start, j) if not doc[k].is_punct), None)
            if first is not None and doc[first].tag_ not in SUBORDINATE_TAGS:
                segments.append((first, j))
            segment_start = j + 1
    if not segments or any(
        doc[k].pos_ in ("VERB", "AUX") for a, b in segments for k in range(a, b)
    ):
        return False
    a, b = segments[0]
    return any(
        doc[k].ent_type_ in ("PER", "ORG")
        or state.resolver.is_person_noun(doc[k].text)
        or is_org_description(doc[k].text)
        for k in range(a, b)
    )


def fronted_adjunct(state: Analysis, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) before a trailing cue are an adverbial clause or phrase that
    fills the field before the cue verb, not a statement: a subordinate clause ("Falls
    das Unternehmen Insolvenz anmelden muss, droht …", "Da er …, bat er") or a
    prepositional phrase whose only verbs stand in relative clauses ("In seiner
    „Thronrede“, die … verlesen wurde, mahnte Harper …", "Am 31. Mai, dem …, informierten").
    A main clause after it makes a statement ("Wenn sie mir jemand abkaufen will, dann
    soll er sich bei mir melden, sagte Prieth")."""
    doc = state.doc
    if doc[lo].tag_ not in PREPOSITION_TAGS and doc[lo].tag_ not in ("KOUS", "PWAV"):
        return False
    if doc[lo].tag_ in PREPOSITION_TAGS and "," not in state.tokens.text[lo:hi]:
        return False  # one phrase and a verb the tagger may miss ("Bei … trafen US-Truppen")
    segment_start, main = lo, False
    for j in range(lo, hi + 1):
        if j == hi or state.tokens.text[j] == ",":
            first = next((k for k in range(segment_start, j) if not doc[k].is_punct), None)
            if first is not None and doc[first].tag_ not in SUBORDINATE_TAGS:
                main = main or any(doc[k].pos_ in ("VERB", "AUX") for k in range(first, j))
            segment_start = j + 1
    return not main


def _bare_trailing(state: Analysis, lo: int, c_start: int, c_end: int, end: int) -> bool:
    """A trailing cue without its comma: "Das ist kein Gewinn sagte ein Sprecher zur APA."
    A finite cue verb after a complete main clause (its own finite verb in second
    position), followed by its subject: two finite verbs cannot share one main clause."""
    doc = state.doc
    cue = doc[c_start]
    before = doc[c_start - 1]
    if not state.has_pos or cue.tag_ not in FINITE_TAGS or c_start - lo < 5:
        return False
    if not before.is_alpha or before.tag_ in ("KON", "KOUS", "PRELS", "PWAV", "PWS"):
        return False
    if doc[lo].tag_ in ("KOUS", "PWAV", "PWS", "PRELS", "KON"):
        return False
    tokens = state.tokens
    # a finite verb among the first five tokens, and no , : ; before the cue (prefix
    # counts: a sentence with many cues is not scanned once per cue)
    if not any(i in tokens.finite for i in range(lo, min(c_start, lo + 5))):
        return False
    if tokens.clause_marks[c_start] != tokens.clause_marks[lo]:
        return False
    subject = state.np_after(c_end, end)
    if subject is None or subject[0].lower_ in ACCUSATIVE | DATIVE:
        return False
    return subject[0].tag_ in ("ART", "PPER", "NE") or bool(subject[0].ent_type_)


def _attribute_clause(state: Analysis, i: int, end: int) -> bool:
    """What follows a trailing cue's subject after a comma describes the speaker: a
    relative or adverbial clause ("…, die im Dezember gewählt worden war") or an
    apposition without a verb ("…, Chef der Bauer Media Group")."""
    doc = state.doc
    if i >= end:
        return True
    first = doc[i]
    if first.tag_ in ("PRELS", "PRELAT", "KOUS") or first.lower_ in RELATIVE:
        return not (
            first.lower_ in DEFINITE_ARTICLES and has_subjunctive(state, i, end, present_only=True)
        )
    if has_subjunctive(state, i, end, present_only=False):
        return False
    if state.has_pos:
        return not any(t.pos_ in ("VERB", "AUX") for t in doc[i:end])
    return first.text[:1].isupper() or state.is_determiner(first)


def clause_stop(state: Analysis, i: int, end: int) -> int:
    """End of a reported clause: the sentence end, a trailing ", sagte er", or a
    coordinating conjunction that opens another speaker's statement ("…, die EU-Kommission
    habe sich … untergeordnet und die Fraktion der Grünen … forderte …")."""
    texts = state.tokens.text
    for j in range(i, end - 1):
        if texts[j] == "," and state.verb_cue(state.doc[j + 1], end):
            return j
        if j > i and _next_statement(state, j, end):
            return j
    return end


def _next_statement(state: Analysis, j: int, end: int) -> bool:
    """Whether the coordinating conjunction at token ``j`` opens a main clause of its own
    whose finite verb, in the indicative, is a cue verb after its subject: "und die
    Fraktion der Grünen im Landtag … forderte …"."""
    if not state.has_pos:
        return False
    doc = state.doc
    tags, texts, inside = fine_tags(doc), state.tokens.text, state.inside  # (no Token per word)
    if tags[j] != "KON" or inside[j]:
        return False
    for k in range(j + 2, min(end, j + 16)):
        if texts[k] in (",", ";", ":") or inside[k]:
            return False
        if tags[k] in FINITE_TAGS:
            token = doc[k]
            return (
                tags[k] == "VVFIN"
                and has_feature(token, "Mood", "Ind")
                and state.verb_cue(token, end) is not None
                and not has_subjunctive(state, k, k + 1, present_only=False)
            )
    return False


def has_finite_clause(state: Analysis, lo: int, hi: int) -> bool:
    if hi - lo < 3:
        return False
    if state.has_pos:
        return any(t.pos_ in ("VERB", "AUX") for t in state.doc[lo:hi])
    return True


def has_subjunctive(
    state: Analysis, lo: int, hi: int, *, present_only: bool, trust_morph: bool = True
) -> bool:
    """Whether tokens [lo, hi) outside quotes hold a Konjunktiv form: a listed form, a
    regular Konjunktiv I ("obliege"), or (``trust_morph``) the morphologizer's Mood=Sub."""
    lex = state.lex
    tokens = state.tokens
    lower = tokens.lower
    for i in range(lo, hi):
        if state.inside[i]:
            continue
        low = lower[i]
        if listed_subjunctive_1(state, i, hi):
            return True
        if not present_only and low in lex.subjunctive_2:
            return True
        if (
            trust_morph
            and tokens.subjunctive_mood[i]
            and (not present_only or low not in lex.subjunctive_2)
        ):
            return True
        if tokens.konjunktiv_1(i) and not any(w in ("ich", "wir", "du") for w in lower[lo:hi]):
            return True
    return False


def listed_subjunctive_1(state: Analysis, i: int, hi: int) -> bool:
    """Token ``i`` is a listed Konjunktiv-I form (``cues.json``), not in a formula: "es sei
    denn", "…, sei es aus Angst oder …" report nothing ("Ziel sei es, …" does), nor a
    capitalised noun of the same letters inside its sentence ("die Spiele", "im Falle")."""
    lower = state.lower
    if lower[i] not in state.lex.subjunctive_1:
        return False
    text = state.tokens.text[i]
    if text[:1].isupper() and i > 0 and state.sent_of[i - 1] == state.sent_of[i]:
        return False  # a noun inside its sentence: "die Spiele", "im Falle"
    if lower[i] != "sei" or i + 1 >= hi:
        return True
    if lower[i + 1] == "denn":
        return False
    opens_clause = i == 0 or state.tokens.text[i - 1].endswith(tuple(CLAUSE_BREAK))
    return not (lower[i + 1] == "es" and opens_clause)


CLAUSE_END = CLAUSE_BREAK | {".", "!", "?"}
"""Tokens that close a clause: its punctuation and dashes."""


def reportative(state: Analysis, lo: int, hi: int) -> bool:
    """Whether sentence [lo, hi) reports hearsay with a present form of "sollen" whose
    clause ends in a perfect or copula infinitive (``cues.json`` ``reportative``): "Er
    soll am letzten Freitag … zwei Menschen illegal in die USA eingeschleust haben, …",
    "Das Motiv für den Doppelmord soll eine Kränkung der Familienehre sein." (after a
    statement: its speaker's; issue 15, Wikinews train). Not a plan: "sollen … erreicht
    werden". Needs tags."""
    modals, infinitives = state.lex.reportative
    if not state.has_pos or not modals:
        return False
    doc, lower, inside = state.doc, state.lower, state.inside
    for i in range(lo, hi):
        if inside[i] or lower[i] not in modals or doc[i].tag_ != "VMFIN":
            continue
        for j in range(i + 1, hi):
            if inside[j]:
                continue
            if lower[j] in infinitives and (j + 1 >= hi or doc[j + 1].text in CLAUSE_END):
                # (read over a comma insertion: "am Freitag, dem 17. März 2006, …"; the
                # tagger may take the infinitive for a finite verb: "eingeschleust haben")
                return doc[j].tag_ in ("VAINF", "VAFIN")
            if doc[j].tag_ in FINITE_TAGS:
                break  # another verb's clause: "…, da dort … eingeschlossen sind"
        return False
    return False
