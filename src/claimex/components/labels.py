"""Dependency and part-of-speech label sets of the pipelines claimex runs on.

spaCy's de_core_news_* pipelines use TIGER dependency labels (``sb``, ``oa``, ``oc``...);
claimex's bundled pipeline and other UD-trained pipelines use Universal Dependencies
(``nsubj``, ``obj``, ``ccomp``...). Every stage reads labels from here, never from a
literal, so no stage assumes one scheme.

Example:
    >>> "sb" in SUBJECT and "nsubj" in SUBJECT
    True
"""

from __future__ import annotations

# Subjects (TIGER sb, sbp; UD nsubj, nsubj:pass, csubj).
SUBJECT = frozenset({"sb", "sbp", "nsubj", "nsubj:pass", "csubj", "csubj:pass"})
# Accusative / direct objects.
OBJECT = frozenset({"oa", "oa2", "obj", "og"})
# Dative and other indirect objects.
INDIRECT_OBJECT = frozenset({"da", "iobj"})
# Clausal complements: dass/ob-clauses and reported clauses.
CLAUSAL_COMPLEMENT = frozenset({"oc", "ccomp", "xcomp", "parataxis", "re"})
# Appositions ("Putin, der Präsident"; "die Denkfabrik ISW").
APPOSITION = frozenset({"app", "appos"})
# Relative clauses ("C.Y. Leung, der am Montag … war").
RELATIVE = frozenset({"rc", "acl:relcl"})
# Clauses that depend on a word: relative, adnominal, adverbial and subject clauses (TIGER
# "mo" on a finite verb is an adverbial clause).
DEPENDENT_CLAUSE = frozenset({"rc", "mo", "acl", "acl:relcl", "advcl", "csubj", "csubj:pass"})
# Prepositional and nominal modifiers.
PREPOSITIONAL = frozenset({"mo", "op", "pg", "obl", "nmod", "mnr"})
# Genitive attributes ("des Kremls").
GENITIVE = frozenset({"ag", "nmod:poss", "nmod"})
# Noun kernel elements: determiners and adjectives inside a noun phrase.
NOUN_KERNEL = frozenset({"nk", "det", "amod", "det:poss", "nummod"})
# Proper-noun chains ("Wladimir Putin").
NAME_PART = frozenset({"pnc", "flat", "flat:name"})
# Subordinating conjunctions / markers of a clause ("dass", "ob").
MARKER = frozenset({"cp", "mark"})
# Case markers: a preposition as a dependent of its noun (UD case; in TIGER the preposition
# heads its phrase, so no label marks it).
CASE_MARKER = frozenset({"case"})
# Coordination.
CONJUNCT = frozenset({"cj", "conj"})
COORDINATOR = frozenset({"cd", "cc"})

# Universal POS tags (both schemes fill ``token.pos_``).
NOUNS = frozenset({"NOUN", "PROPN"})
ADJECTIVES = frozenset({"ADJ"})
DETERMINERS = frozenset({"DET"})
COORDINATING = frozenset({"CCONJ"})
# STTS fine tags (``token.tag_`` of de_core_news_*): the attributive adjective, which the
# coarse tag sometimes calls a noun when it is capitalised ("die Zweite Bundesliga").
ATTRIBUTIVE_ADJECTIVE = frozenset({"ADJA"})
# Adverbs, among them the pronominal adverbs ("dagegen", "damit": STTS PAV).
ADVERBS = frozenset({"ADV"})
# Prepositions and postpositions ("aus", "vor", "zufolge").
PREPOSITIONS = frozenset({"ADP"})
# Numerals ("256 Megabyte").
NUMERALS = frozenset({"NUM"})
# STTS tags of a preposition fused with an article ("zum", "im"; spaCy writes APPR_ART).
CONTRACTED_ARTICLE = frozenset({"APPRART", "APPR_ART"})
# The STTS tag of a bare preposition ("in", "von").
BARE_PREPOSITION_TAGS = frozenset({"APPR"})
# STTS tags of a preposition, bare or fused with an article ("von", "zum").
PREPOSITION_TAGS = BARE_PREPOSITION_TAGS | CONTRACTED_ARTICLE
# STTS tags of determiners before a noun (article, demonstrative, possessive, indefinite).
DETERMINER_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "PWAT"})
# STTS tags of prepositions, articles and conjunctions: closed classes that hold no name word.
FUNCTION_WORD_TAGS = CONTRACTED_ARTICLE | frozenset(
    {"APPR", "APPO", "APZR", "ART", "KON", "KOUS", "KOUI", "KOKOM"}
)
# The STTS tag of a common noun (NN), which the coarse tag at times calls PROPN.
COMMON_NOUN_TAGS = frozenset({"NN"})
# The STTS tag of a proper noun (NE).
PROPER_NOUN_TAGS = frozenset({"NE"})
# STTS tags that may stand between a preposition and the noun of its phrase (article,
# possessive, indefinite, demonstrative, attributive adjective, cardinal, adverb).
ADJUNCT_LEAD_TAGS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT", "ADJA", "CARD", "ADV"})
# STTS tags of adjectives, attributive and adverbial/predicative ("gehandelten", "hoch").
ADJECTIVE_TAGS = frozenset({"ADJA", "ADJD"})
# UD parts of speech that end a noun phrase read forward (a genitive after a noun of number).
NOUN_PHRASE_ENDS = frozenset({"PUNCT", "VERB", "AUX", "NUM", "SCONJ", "PRON"})
# The STTS tag of a separated verb particle ("kündigte ... an").
VERB_PARTICLE_TAGS = frozenset({"PTKVZ"})
# STTS tags of a relative pronoun ("der", "dessen"), which opens a relative clause.
RELATIVE_PRONOUN_TAGS = frozenset({"PRELS", "PRELAT"})
# STTS tags the tagger gives a d-word that may open a relative clause after a preposition
# ("in der Autorin …": article, substituting demonstrative).
D_WORD_TAGS = frozenset({"ART", "PDS"})
# The STTS tag of a full verb's past participle ("verbunden").
PAST_PARTICIPLE_TAGS = frozenset({"VVPP"})
