"""The quote stage's word lists: the cue lexicon of ``lexicon/cues.json`` as lookup
tables, and the closed-class words the rules read (punctuation, auxiliaries, articles).

Example:
    >>> cue_lexicon().forms["sagte"]
    'sagen'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from claimex.lexicon import table

SENT_END = frozenset({".", "!", "?"})
# Month names: "am 5. Januar" is a date, no sentence end after the ordinal's period.
MONTHS = frozenset({
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "jan.", "feb.", "febr.", "mär.", "apr.",
    "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dez.",
})  # fmt: skip
# Determiners that mark a noun phrase as an accusative object, never a subject.
ACCUSATIVE = frozenset({"einen", "den", "diesen", "jenen", "keinen", "seinen", "ihren"})
DATIVE = frozenset({"dem", "einem"})
DASHES = frozenset({"-", "\N{EN DASH}", "\N{EM DASH}"})
CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")"}) | DASHES
COMMA_OR_DASH = frozenset({","}) | DASHES
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
# STTS tags of auxiliaries and modals, which may follow a participle cue at its clause end
# ("angekündigt hatte", "erklärt worden war").
AUXILIARY_TAGS = frozenset({"VAFIN", "VAINF", "VAPP", "VMFIN", "VMINF", "VMPP"})
# STTS tags of prepositions, alone and fused with an article (the bundled tagger writes
# APPR_ART).
PREPOSITION_TAGS = frozenset({"APPR", "APPRART", "APPR_ART"})
# Words that open a relative or adverbial clause after a trailing cue's subject.
RELATIVE = frozenset({
    "der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher",
    "welches", "welchem", "welchen", "wo", "als", "nachdem", "weil", "da", "wenn", "bevor",
    "während", "obwohl", "seit", "bis", "um", "wobei", "womit", "worauf",
})  # fmt: skip
# Relative pronouns that no article shares: after a comma and a preposition they open a
# relative clause ("…, von denen er verlangt hatte, …", "…, in dessen Folge …").
PREPOSITIONAL_RELATIVES = frozenset({"denen", "dessen", "deren"})
# The definite articles, which are also relative pronouns ("…, die Firma hafte" / "…, die
# haftet"). The clause rules read the words, not STTS ART: the bundled tagger reads many
# an article after a comma as PRELS, and requiring ART lost 8 quotes of the Wikinews train
# split (dev unchanged; issue 15, third round).
DEFINITE_ARTICLES = frozenset({"der", "die", "das"})
# Articles that open a genitive attribute after a noun, its owner ("der Sprecher des
# Ministeriums", "in der Pressemitteilung der Polizei"; German grammar, Duden determiner
# tables): definite "des"/"der" (a word list in state.py and according_to.py before) and,
# since issue 15's third round, indefinite "eines"/"einer" ("die Moderatorin eines
# Lokalsenders": Wikinews dev +1 attribution, train unchanged).
GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})
PASSIVE_AUX = frozenset({
    "wurde", "wurden", "werden", "wird", "worden", "ist", "sind", "war", "waren",
})  # fmt: skip
PERFECT_AUX = frozenset({"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten"})
# STTS tags that open a clause of its own (subordinating conjunction, relative and
# interrogative pronoun or adverb, "um/ohne/statt" before a zu-infinitive): a split cue's
# particle is not searched past one.
CLAUSE_OPENING_TAGS = frozenset({"KOUS", "PRELS", "PWS", "PWAV", "KOUI"})
# The comparative particles (STTS KOKOM), which the tagger reads as KOUS before a noun
# ("kündigte … als Nachfolger an"; issue 15, Wikinews train): they open no clause.
COMPARATIVE_PARTICLES = frozenset({"als", "wie"})
# Separable verb particles, which take the "zu" of an infinitive after them
# ("zurückzutreten", "vorzugehen"; German grammar, Duden separable verbs): a word of the
# form particle + "zu" + infinitive is a zu-infinitive the tagger may read as finite
# ("kurzfristig zurückzutreten/VVFIN"; issue 15, Wikinews train).
SEPARABLE_PARTICLES = (
    "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "frei", "her",
    "heraus", "hervor", "hin", "hinzu", "los", "mit", "nach", "nieder", "statt", "teil",
    "um", "vor", "voran", "voraus", "vorbei", "weg", "weiter", "wieder", "zu", "zurück",
    "zusammen",
)  # fmt: skip


@dataclass(frozen=True)
class CueLexicon:
    """The cue words of ``lexicon/cues.json`` as lookup tables."""

    forms: dict[str, str]
    split_forms: dict[str, str]
    split_lemmas: dict[str, tuple[str, ...]]
    particles: dict[str, str]
    frames: dict[str, frozenset[str]]
    object_prepositions: dict[str, frozenset[str]]
    requires: dict[str, frozenset[str]]
    requires_in_clause: dict[str, frozenset[str]]
    # prepositions that meet a cue's requirement only as the case of a noun the parse
    # attaches to the cue: "Beobachter sehen in dem Gesetz eine Reaktion …"
    requires_argument: dict[str, frozenset[str]]
    preposition_only: frozenset[str]
    not_reflexive: frozenset[str]
    # cues whose agentless passive reports a statement: "Ihm wird Totschlag vorgeworfen"
    agentless_passive: frozenset[str]
    # cues used with "sich", which the object frame reads over: "sprach sich für … aus"
    reflexive: frozenset[str]
    speech_subject: frozenset[str]
    speech_nouns: tuple[str, ...]
    phrases: dict[tuple[str, ...], str]
    phrases_by_first: dict[str, list[tuple[tuple[str, ...], str]]]
    # phrases that are cues only right before a colon: "brachte X zum Ausdruck: „…“"
    colon_phrases: dict[tuple[str, ...], str]
    before_source: frozenset[str]
    after_source: frozenset[str]
    angaben: frozenset[str]
    angaben_prepositions: frozenset[str]
    angaben_modifiers: frozenset[str]
    # before-source markers whose phrase is the source whatever it names ("laut")
    any_source: frozenset[str]
    # "nach eigenen Angaben": the clause's own subject
    own_modifiers: frozenset[str]
    # "nach ersten Angaben": a statement dated, no source named
    time_modifiers: frozenset[str]
    # "nach seiner Aussage": the possessive names the source
    possessive_modifiers: frozenset[str]
    # compounds on an angaben noun: "nach Behördenangaben"
    angaben_suffixes: tuple[str, ...]
    # markers that attribute their sentence to the source named before: "Demnach …"
    anaphoric_markers: frozenset[str]
    # "Für X war …": the marker and the copula of an opinion
    opinion_markers: frozenset[str]
    opinion_copulas: frozenset[str]
    # the preposition before a named owner: "nach Angaben von X"
    owner_prepositions: frozenset[str]
    wie_verbs: frozenset[str]
    # verbs of a wie-clause whose source is a prepositional phrase: "wie aus X hervorgeht"
    wie_source_verbs: dict[str, frozenset[str]]
    subjunctive_1: frozenset[str]
    subjunctive_2: frozenset[str]
    blockers: frozenset[str]
    question_words: frozenset[str]
    adverbs: frozenset[str]
    # document nouns whose owner speaks in "In der Pressemitteilung des WWF heißt es"
    source_documents: frozenset[str]
    # nouns of a document or statement (source_documents, angaben nouns and speakers.json
    # document_nouns) and the same lower-cased, as a compound's end ("Pressemitteilung")
    document_nouns: frozenset[str]
    document_endings: tuple[str, ...]
    # cues whose object is the source after an impersonal "man": "zitierte man X"
    object_source_verbs: frozenset[str]
    # demonstratives that make the sentence before them a cue's content: "Dies teilte …"
    anaphors: frozenset[str]
    # nouns for a named work before a quotation without cue: "dem Lied „…“" (lower case)
    title_nouns: tuple[str, ...]
    # nouns of saying whose content is the clause after their comma: "die Forderung des
    # X, … zuzugehen" (lower case)
    clause_nouns: frozenset[str] = frozenset()
    # cues that also name a court's act ("hat X zu einer Geldstrafe verurteilt", "das
    # Urteil bestätigt"): with a court as subject or agent no statement (gold W17)
    court_acts: frozenset[str] = frozenset()
    # endings of nouns that name a court or a judge ("Amtsgericht", "Richterin")
    court_nouns: tuple[str, ...] = ()
    # hearsay "sollen": its present forms and the infinitives that close its clause ("soll
    # … eingeschleust haben", "soll … sein")
    reportative: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


@cache
def cue_lexicon() -> CueLexicon:
    """Load ``lexicon/cues.json`` once."""
    data: dict[str, Any] = table("cues")
    forms: dict[str, str] = {}
    split_forms: dict[str, str] = {}
    split_lemmas: dict[str, tuple[str, ...]] = {}
    particles: dict[str, str] = {}
    frames: dict[str, frozenset[str]] = {}
    preps: dict[str, frozenset[str]] = {}
    requires: dict[str, frozenset[str]] = {}
    in_clause: dict[str, frozenset[str]] = {}
    argument: dict[str, frozenset[str]] = {}
    for lemma, entry in data["verbs"].items():
        frames[lemma] = frozenset(entry["frames"])
        for form in entry["forms"]:
            forms.setdefault(form, lemma)
        for form in entry.get("split_forms", []):
            split_forms.setdefault(form, lemma)
            split_lemmas[form] = (*split_lemmas.get(form, ()), lemma)
        if entry.get("particle"):
            particles[lemma] = entry["particle"]
        prep = entry.get("object_preposition")
        if prep:
            # one preposition ("vor") or a list of them (["von", "über"])
            preps[lemma] = frozenset([prep] if isinstance(prep, str) else prep)
        if entry.get("requires"):
            requires[lemma] = frozenset(entry["requires"])
        if entry.get("requires_in_clause"):
            in_clause[lemma] = frozenset(entry["requires_in_clause"])
        if entry.get("requires_argument"):
            argument[lemma] = frozenset(entry["requires_argument"])
    phrases = {
        tuple(w.lower() for w in seq): lemma
        for lemma, seqs in data["phrases"].items()
        for seq in seqs
    }
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for seq, lemma in phrases.items():
        by_first.setdefault(seq[0], []).append((seq, lemma))
    acc = data["according_to"]
    documents = (
        frozenset(data.get("source_documents", []))
        | frozenset(acc["angaben_nouns"])
        | frozenset(str(noun) for noun in table("speakers").get("document_nouns", []))
    )
    return CueLexicon(
        forms=forms,
        split_forms=split_forms,
        split_lemmas=split_lemmas,
        particles=particles,
        frames=frames,
        object_prepositions=preps,
        requires=requires,
        requires_in_clause=in_clause,
        requires_argument=argument,
        preposition_only=frozenset(
            lemma for lemma, entry in data["verbs"].items() if entry.get("preposition_only")
        ),
        not_reflexive=frozenset(
            lemma for lemma, entry in data["verbs"].items() if entry.get("not_reflexive")
        ),
        agentless_passive=frozenset(
            lemma for lemma, entry in data["verbs"].items() if entry.get("agentless_passive")
        ),
        reflexive=frozenset(
            lemma for lemma, entry in data["verbs"].items() if entry.get("reflexive")
        ),
        speech_subject=frozenset(
            lemma for lemma, entry in data["verbs"].items() if entry.get("speech_subject")
        ),
        speech_nouns=tuple(noun.lower() for noun in data["nouns"]),
        phrases=phrases,
        phrases_by_first=by_first,
        colon_phrases={
            tuple(w.lower() for w in seq): lemma
            for lemma, seqs in data.get("colon_phrases", {}).items()
            for seq in seqs
        },
        before_source=frozenset(acc["before_source"]),
        after_source=frozenset(acc["after_source"]),
        angaben=frozenset(acc["angaben_nouns"]),
        angaben_prepositions=frozenset(acc["angaben_prepositions"]),
        angaben_modifiers=frozenset(acc["angaben_modifiers"]),
        any_source=frozenset(acc["any_source"]),
        own_modifiers=frozenset(acc["own_modifiers"]),
        time_modifiers=frozenset(acc.get("time_modifiers", [])),
        possessive_modifiers=frozenset(acc.get("possessive_modifiers", [])),
        angaben_suffixes=tuple(acc.get("angaben_suffixes", [])),
        anaphoric_markers=frozenset(acc.get("anaphoric", [])),
        opinion_markers=frozenset(acc.get("opinion_markers", [])),
        opinion_copulas=frozenset(acc.get("opinion_copulas", [])),
        owner_prepositions=frozenset(acc["owner_prepositions"]),
        wie_verbs=frozenset(acc["wie_verbs"]),
        wie_source_verbs={
            verb: frozenset(preps) for verb, preps in acc.get("wie_source_verbs", {}).items()
        },
        subjunctive_1=frozenset(data["subjunctive_1"]),
        subjunctive_2=frozenset(data["subjunctive_2"]),
        blockers=frozenset(data["clause_blockers"]),
        question_words=frozenset(data["question_words"]),
        adverbs=frozenset(data["skippable_adverbs"]),
        source_documents=frozenset(data.get("source_documents", [])),
        document_nouns=documents,
        document_endings=tuple(sorted({noun.lower() for noun in documents})),
        object_source_verbs=frozenset(data.get("object_source_verbs", [])),
        anaphors=frozenset(data.get("anaphors", [])),
        title_nouns=tuple(noun.lower() for noun in data.get("title_nouns", [])),
        clause_nouns=frozenset(data.get("clause_nouns", [])),
        court_acts=frozenset(
            lemma for lemma, entry in data["verbs"].items() if entry.get("court_act")
        ),
        court_nouns=tuple(data.get("court_nouns", [])),
        reportative=(
            frozenset(data.get("reportative", {}).get("modals", [])),
            frozenset(data.get("reportative", {}).get("infinitives", [])),
        ),
    )
