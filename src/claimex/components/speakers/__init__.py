"""Speaker resolution for quotes: a small rule-based German resolver.

Given the span that stands as the source of a statement (the subject of a cue verb, the
object of "laut", the noun phrase before "zufolge"...), :class:`SpeakerResolver` returns
the sources it refers to.

What it does:

- a span that overlaps an actor's mention (``doc._.claimex_actors``) is that actor;
  coordinated names ("Putin und Lukaschenko") give several sources;
- personal pronouns (er, sie, ihr, ihm, ihn, es, ihnen) go to the most recent preceding
  actor mention that agrees in number and gender. The pronoun's gender and number come
  from ``token.morph`` where the tagger gives them, else from the word itself; "sie" is
  plural when the verb it agrees with is plural (by ``morph`` or a plural ending). An
  actor's gender comes from its role nouns ("Ministerin" feminine, "Präsident" masculine;
  an organisation takes its description noun's grammatical gender: "Denkfabrik" feminine,
  by ``morph`` or by noun suffix), from a feminine first name ending in -a, or is unknown
  (compatible with any singular pronoun but never preferred over an agreeing one in the
  same position). Mentions inside direct quotations are skipped as antecedents. Plural
  "sie" goes to the last coordination of actors ("Putin und Lukaschenko");
- definite descriptions ("der Politiker", "die Denkfabrik", "der 69-Jährige") go to the most
  recent actor whose roles contain the noun, else the most recent actor of the fitting type
  (role noun -> person, organisation noun -> organisation) that agrees in gender; the
  resolved description is then added to the actor's spans, so it becomes one of its
  mentions; an organisation noun falls back only on an organisation of its kind
  (``lexicon/org_noun_kinds.json`` against the types of ``lexicon/knowledge.tsv``: "die
  Regierung" is no news agency, "das Gericht" not the government named before);
  a role description links only to an actor with that role or one whose roles are
  unknown ("des Polizeichefs" is not the president named before); a plural one to no
  single actor; a bare one to an earlier fuller unnamed description with its head noun,
  in any case ("politischer Beobachter" … "den Beobachtern zufolge");
- an indefinite person description in the article's lead that opens its cast is the
  person named next beside a person noun ("Nach Berechnungen eines US-Forschers … Der
  Biologe Jody Hey"), a definite one with no antecedent the person named next ("Der
  deutsche Bundespräsident hat … Köhler warb");
- a demonstrative subject ("Dieser bestätigte") is the nearest agreeing actor or person
  or body noun before it ("vom Wächterrat"); plural pronouns and demonstratives the last
  coordination or plural subject ("Einige der … Moslems … teilten sie mit"); a subject
  relative pronoun the nearest agreeing noun before its comma; the capitalised polite
  "Sie" nothing;
- an apposition beside a name ("der US-amerikanischen Denkfabrik ISW") is the name's actor,
  a title the parse cut from its name ("Fed-Chef" of "Fed-Chef Ben Bernanke") the name's;
  so is a description with a person or organisation named in apposition to it: after its
  comma, by the parse's ``appos``, or opening the clause right before its comma ("Gabriel
  Entcha-Ebia, der Justizminister des Landes, sagte"), and the description becomes one of
  that actor's mentions ("…, so der Justizminister");
  a description coordinated with names ("Der Landesbeauftragte für Datenschutz, die
  Grünen und die Linken") one more source;
- a person's name the NER missed after a person noun is the source's name ("laut
  Verhandlungsführer Hans-Peter Lafos", "der Chef der Bundesagentur für Arbeit, Frank-Jürgen
  Weise,"; after a parenthesis also a name the NER found: "Der Vertreter der Arbeitgeber im
  Aufsichtsrat der Bundesagentur für Arbeit (BA), Peter Clever,"): a given name of
  ``first_names.txt`` or a tagged proper noun and surname words;
  academic titles (``name_titles``) between a title and a name are skipped; a statement
  compound names its first part ("nach Polizeiangaben" -> "Polizei",
  ``statement_compound_suffixes``); an initialled name is the article's full name of that
  person ("R. Kelly" -> "Robert Kelly");
- a statement noun with an owner is its owner ("laut Angaben des Spiegel" -> Spiegel,
  ``statement_nouns``); a definite description is the organisation whose name its noun
  ends ("Der Übergangsrat" -> "Nationaler Übergangsrat"), where no organisation in the
  window fits; a one-word person name is the one person whose fuller name holds it
  ("Ban" -> "Ban Ki-moon"); a von-attribute is the source only after a member noun
  (``member_nouns``: "Vertreter von Amnesty International", not "Der Bürgermeister von
  Orleans"); a pronoun nearer to an unnamed person resolved as a source than to any
  actor is that person ("Ein Sprecher der US-Armee … Er sagte aber"); a bare noun
  without a determiner is the earlier form of that noun with a place adjective ("die
  Berliner Polizei" … "Laut Polizei" -> "Berliner Polizei"); a name after lower-case
  adjectives that only describe it is named without them ("der englische Independent" ->
  "Independent", "verschiedener US-Medien" -> "US-Medien"), where the place adjective of
  a name stays ("Berliner Verfassungsschutz");
- any other noun phrase is an unnamed source, named by its description without the
  determiner ("der Geheimdienstchef Moldaus" -> "Geheimdienstchef Moldaus").
- a clause adverb the tagger took for a noun ("Demnach", "Sinngemäß":
  ``lexicon/clause_adverbs.txt``) and a bare dative plural object of the cue ("sagte
  Reportern", the addressee) are no source.

What it does not do: no world knowledge (it cannot know that "der Kremlchef" is Putin unless
the text says so, nor that "das Gremium" is the "Wächterrat"), cataphora only in the lead,
no gender for persons without a role noun, a feminine first name or a pronoun (their
gender stays unknown), no first/second person ("ich", "wir" inside quotes are left alone),
no split antecedents except a coordination, no ranking by syntactic salience beyond
recency within a window of ``window`` sentences, and no resolution of possessives ("seine
Sprecherin") to the possessor.

The modules, by concern: :mod:`.agreement` (gender and number, the word lists of
``lexicon/speakers.json``), :mod:`.phrases` (source spans cut to their noun phrase),
:mod:`.mentions` (the actors' mentions indexed by position), :mod:`.pronouns`,
:mod:`.descriptions` and :mod:`.resolver` (the layers of :class:`SpeakerResolver`).
"""

from __future__ import annotations

from claimex.components.speakers.agreement import (
    Gender,
    PronounFeatures,
    is_personal_pronoun,
    noun_gender,
    pronoun_features,
    speaker_lexicon,
)
from claimex.components.speakers.phrases import noun_phrase
from claimex.components.speakers.resolver import SpeakerResolver
from claimex.components.speakers.sources import SourceRef, distinct_sources, joined_names

__all__ = [
    "Gender",
    "PronounFeatures",
    "SourceRef",
    "SpeakerResolver",
    "distinct_sources",
    "is_personal_pronoun",
    "joined_names",
    "noun_gender",
    "noun_phrase",
    "pronoun_features",
    "speaker_lexicon",
]
