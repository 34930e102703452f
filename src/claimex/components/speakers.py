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
  mentions;
- an apposition beside a name ("der US-amerikanischen Denkfabrik ISW") is the name's actor;
- any other noun phrase is an unnamed source, named by its description without the
  determiner ("der Geheimdienstchef Moldaus" -> "Geheimdienstchef Moldaus").

What it does not do: no world knowledge (it cannot know that "der Kremlchef" is Putin unless
the text says so), no cataphora, no gender for persons without a role noun or a pronoun
(their gender stays unknown), no first/second person ("ich", "wir" inside quotes are left
alone), no split antecedents except a coordination, no ranking by syntactic salience beyond
recency within a window of ``window`` sentences, and no resolution of possessives ("seine
Sprecherin") to the possessor.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Generic, TypeVar

from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import feature_values, has_feature, token_texts
from claimex.components.entities import is_org_description, is_role_word
from claimex.components.labels import (
    APPOSITION,
    CONJUNCT,
    GENITIVE,
    NAME_PART,
    NOUNS,
    PREPOSITIONAL,
    RELATIVE,
    SUBJECT,
)
from claimex.components.linking import Referent
from claimex.lexicon import table, words

Gender = str  # "Masc", "Fem", "Neut"
_AGE = ("-Jährige", "-Jähriger", "-Jährigen")
_T = TypeVar("_T")
# parts of speech that open no noun phrase: dropped from a source span's start
_LEADING = frozenset({"VERB", "AUX", "ADV", "SCONJ", "CCONJ", "PART", "ADP", "PUNCT"})


@dataclass
class SourceRef:
    """One resolved source of a quote: an actor (by index) or an unnamed description."""

    name: str
    actor: int | None = None
    span: Span | None = None


@dataclass
class _Candidate:
    actor: int
    start: int
    end: int
    sentence: int


def distinct_sources(sources: Iterable[SourceRef]) -> list[SourceRef]:
    """The sources with distinct names, the first of each kept ("Putin und Putin" is one)."""
    seen: set[str] = set()
    distinct = []
    for source in sources:
        if source.name not in seen:
            seen.add(source.name)
            distinct.append(source)
    return distinct


def joined_names(sources: Iterable[SourceRef]) -> str | None:
    """The sources' distinct names joined with "; " (the gold format's speaker), or None."""
    return "; ".join(source.name for source in distinct_sources(sources)) or None


def _sentence_of(starts: Sequence[int], token_i: int) -> int:
    """Index of the sentence (by its sorted start tokens) that holds token ``token_i``."""
    return max(0, bisect_right(starts, token_i) - 1)


class _ByPosition(Generic[_T]):
    """The entries of an append-only list by the sentence of their token position, so that
    "the last entry appended before token i, within the window" reads only the window's
    sentences instead of the whole list (the list stays the public, ordered record)."""

    def __init__(self, sentence_of: Callable[[int], int]) -> None:
        self._sentence_of = sentence_of
        self._source: Sequence[_T] | None = None
        self._seen = 0
        self._by_sentence: dict[int, list[tuple[int, _T]]] = defaultdict(list)

    def last(
        self,
        entries: Sequence[_T],
        start: Callable[[_T], int],
        sentences: range,
        before: int,
        keep: Callable[[_T], bool],
    ) -> _T | None:
        """The entry appended last to ``entries`` whose ``start`` lies before token
        ``before`` and in ``sentences`` and that ``keep`` accepts.

        The entries appended since the last call are indexed first (all of them where
        ``entries`` is another list: quotes replace ``named_sources`` for a second pass).
        """
        if entries is not self._source:
            self._source, self._seen = entries, 0
            self._by_sentence.clear()
        for position in range(self._seen, len(entries)):
            entry = entries[position]
            self._by_sentence[self._sentence_of(start(entry))].append((position, entry))
        self._seen = len(entries)
        best: tuple[int, _T] | None = None
        for sent in sentences:
            for position, entry in self._by_sentence.get(sent, ()):
                if start(entry) < before and (best is None or position > best[0]) and keep(entry):
                    best = (position, entry)
        return best[1] if best is not None else None


def _start(cand: _Candidate) -> int:
    return cand.start


def _first(entry: tuple[int, object] | tuple[int, str, object]) -> int:
    return entry[0]


def _any(_: object) -> bool:
    return True


def _number_fits(entry: tuple[int, SourceRef], *, plural: bool) -> bool:
    """Whether a named source ends in a name that agrees in number with a pronoun
    ("Beobachter werten", "das Vorhaben" are no antecedent of "er")."""
    span = entry[1].span
    if span is None or not len(span):
        return True
    if span[0].lower_ in _lex_list("determiners"):
        return False  # a description: "das Vorhaben"
    number = feature_values(span[-1], "Number")
    return not number or (number[0] == "Plur") == plural


@dataclass
class PronounFeatures:
    """Number and possible genders of a pronoun or description."""

    plural: bool | None
    genders: frozenset[Gender] = field(default_factory=frozenset)


def _lex() -> dict[str, object]:
    data: dict[str, object] = table("speakers")
    return data


def _lex_map(key: str) -> dict[str, str]:
    value = _lex()[key]
    return dict(value) if isinstance(value, dict) else {}


def speaker_lexicon(key: str) -> list[str]:
    """A word list of ``lexicon/speakers.json``."""
    return _lex_list(key)


def _lex_list(key: str) -> list[str]:
    value = _lex()[key]
    return [str(v) for v in value] if isinstance(value, list) else []


def noun_gender(word: str) -> Gender | None:
    """Grammatical gender of a German noun by lexicon and suffix rules.

    Example:
        >>> noun_gender("Denkfabrik"), noun_gender("Geheimdienstchef"), noun_gender("Ministerin")
        ('Fem', 'Masc', 'Fem')
    """
    word = word.split("-")[-1] if "-" in word and not word.endswith("-") else word
    nouns = _lex_map("noun_genders")
    if word in nouns:
        return nouns[word]
    lower = word.lower()
    for suffix, gender in sorted(
        _lex_map("suffix_genders").items(), key=lambda kv: -len(kv[0])
    ):
        if lower.endswith(suffix):
            return gender
    if is_role_word(word):
        return "Fem" if lower.endswith(("in", "innen")) else "Masc"
    return None


def _org_compound(word: str) -> bool:
    """A compound ending in an organisation word ("Umweltschutzorganisation") or in a
    body noun of ``body_suffixes`` ("Expertengremium", "Gremium")."""
    lower = word.lower()
    if lower.endswith(tuple(_lex_list("body_suffixes"))):
        return True
    return any(
        lower.endswith(entry.lower()) and len(lower) > len(entry) + 2
        for entry in _lex_list("org_compound_heads")
    )


def _morph(token: Token, key: str) -> list[str]:
    return list(feature_values(token, key))


def is_personal_pronoun(token: Token) -> bool:
    return token.lower_ in _lex_map("pronouns")


def pronoun_features(token: Token, verb: Token | None) -> PronounFeatures:
    """Number and gender of a third-person pronoun, by morphology or by the word."""
    spec = _lex_map("pronouns").get(token.lower_, "")
    genders = frozenset(g for g in ("Masc", "Fem", "Neut") if g in spec)
    plural: bool | None = None
    if spec == "Plur":
        plural = True
    elif "Plur" not in spec:
        plural = False
    number = _morph(token, "Number")
    if token.lower_ == "sie" and verb is not None and _morph(verb, "Number"):
        number = _morph(verb, "Number")  # the verb's agreement decides "sie"
    if number and token.lower_ == "sie":
        plural = number[0] == "Plur"
    if plural is None and verb is not None:
        verb_number = _morph(verb, "Number")
        if verb_number:
            plural = verb_number[0] == "Plur"
        else:
            plural = verb.lower_.endswith("en") and verb.lower_ not in ("kam", "nahm")
    # A possessive reading ("ihr Buch") carries the possessed noun's gender, not the
    # referent's: keep the word's own features then ("Ihr zufolge").
    gender = (
        _morph(token, "Gender")
        if not has_feature(token, "Poss", "Yes") and token.pos_ in ("PRON", "")
        else []
    )
    if gender and not plural:
        genders = frozenset(gender)
    if plural:
        genders = frozenset()
    return PronounFeatures(plural=plural, genders=genders)


def _actor_genders(referent: Referent) -> frozenset[Gender]:
    found: set[Gender] = set()
    if referent.label == "PER":
        for role in referent.roles:
            head = role.split()[-1] if role.split() else role
            if is_role_word(head):
                found.add("Fem" if head.lower().endswith("in") else "Masc")
        first = referent.name.split()[0] if len(referent.name.split()) > 1 else ""
        if first.endswith("a") and first[:1].isupper():
            found.add("Fem")
        # a description's noun ("die Ministerin"); names carry no reliable morphology
        for span in referent.spans:
            if span[0].pos_ == "NOUN" and not span[0].ent_type_:
                found.update(g for g in _morph(span[0], "Gender") if g != "Neut")
    else:
        for role in referent.roles:
            words = role.split()
            if not words:
                continue
            gender = noun_gender(words[-1])
            if gender:
                found.add(gender)
        for word in referent.name.split():
            if is_org_description(word):
                gender = noun_gender(word)
                if gender:
                    found.add(gender)
        if not found:
            gender = noun_gender(referent.name.split()[-1]) if referent.name.split() else None
            if gender and referent.name in _lex_map("noun_genders"):
                found.add(gender)
    return frozenset(found) if len(found) == 1 else frozenset()


_STRONG_ENDINGS = {"Masc": "er", "Fem": "e", "Neut": "es", "Plur": "e"}


def _nominative(span: Span, head: Token, first: Token) -> str:
    """A genitive or dative description in the nominative, by its morphology and simple
    adjective endings: "(des) griechischen Stabs für …" -> "griechischer Stab für …",
    "(nach Berichten) griechischer Medien" -> "griechische Medien". The article is
    dropped, so adjectives take the strong ending; attributes after the head stay."""
    case = _morph(first, "Case") or _morph(head, "Case")
    if not case or case[0] not in ("Gen", "Dat") or not span.start <= head.i < span.end:
        return span.text
    source = first if first.i < head.i or first.i == span.start - 1 else head
    number = _morph(source, "Number") or _morph(head, "Number")
    gender = _morph(source, "Gender") or _morph(head, "Gender")
    key = "Plur" if number[:1] == ["Plur"] else (gender[0] if gender else "")
    ending = _STRONG_ENDINGS.get(key)
    words: list[str] = []
    for token in span:
        word = token.text
        if token.i < head.i and token.tag_ in ("ADJA",) and ending is not None:
            lemma = token.lemma_
            if lemma and word.startswith(lemma) and 0 < len(word) - len(lemma) <= 2:
                word = lemma + ending
        elif token.i == head.i and key != "Plur":
            lemma = token.lemma_
            if lemma and word != lemma and word.startswith(lemma) and len(word) - len(lemma) <= 2:
                word = lemma
            elif first.lower_ in ("des", "eines") and word.endswith("s") and len(word) > 4:
                # the genitive -s the lemma table does not know: "Ökologie-Instituts"
                word = word[:-2] if word.endswith(("ses", "ßes", "zes", "xes")) else (
                    word if word.endswith("ss") else word[:-1]
                )
        words.append(word + token.whitespace_)
    return "".join(words).strip()


def _not_attribute(token: Token) -> bool:
    """A noun the parse hung on the source as an attribute without a preposition, whose
    determiner opens no genitive: "die", "das", "den", "dem", "ein"..., or "der" before a
    masculine or neuter singular ("laut Verfassung der Parlamentspräsident"). Not after a
    comma or conjunction, where it is a conjunct the parse misattached ("…, die Grünen")."""
    if token.dep_ not in GENITIVE or token.pos_ != "NOUN":
        return False
    doc = token.doc
    det = doc[token.left_edge.i]
    if det.pos_ != "DET" or det.i == 0 or doc[det.i - 1].is_punct or doc[det.i - 1].pos_ in (
        "CCONJ", "ADP"
    ):
        return False
    if det.lower_ in _lex_list("non_genitive_determiners"):
        return True
    genders = set(_morph(token, "Gender"))
    return det.lower_ == "der" and "Sing" in _morph(token, "Number") and bool(
        genders & {"Masc", "Neut"}
    )


def _extended_attribute(span: Span) -> Span:
    """The noun after a span cut inside an extended attribute of measure: "Bericht" after
    "der 330 Seiten" of "der 330 Seiten starke Bericht", "Politiker" after "der 69 Jahre"
    of "der 69 Jahre alte Politiker" (parsers take the measure noun as the head; the
    description keeps no figure). The span itself where none follows."""
    doc = span.doc
    last = span[-1]
    if last.pos_ != "NOUN" or not any(t.like_num for t in span[:-1]):
        return span
    for k in range(span.end, min(span.end + 3, len(doc))):
        token = doc[k]
        if token.pos_ == "NOUN" and k > span.end:
            return doc[k : k + 1]
        if token.pos_ != "ADJ" or token.is_punct:
            return span
    return span


def _relative_pronoun(token: Token) -> bool:
    """A relative pronoun after a comma that opens a relative clause (by the parse where
    there is one: ", die Grünen" in a list is no relative clause)."""
    if token.tag_ not in _lex_list("relative_tags") or token.doc[token.i - 1].text != ",":
        return False
    return not token.doc.has_annotation("DEP") or token.head.dep_ in RELATIVE


def _clause_word(token: Token) -> bool:
    """A word no noun phrase holds: a verb, or a bare noun in a case no attribute has."""
    if token.pos_ in ("VERB", "AUX") and not token.tag_.startswith("ADJ"):
        return True
    return token.doc.has_annotation("DEP") and _not_attribute(token)


def noun_phrase(span: Span) -> Span:
    """The source span cut to its noun phrase (models/gold/README.md, W7 and W15).

    A source marker inside the span ends it ("der Behörden des Landes laut taz"), and so
    do a relative clause ("C.Y. Leung, der am Montag … war"), a verb and a bare noun in
    the nominative or accusative that the parse hung on the source as an attribute
    ("laut Verfassung der Parlamentspräsident"); leading verbs and adverbs go ("zwar
    Fehler"). Genitive and prepositional attributes stay ("Sprecher der Polizei",
    "Regierungssprecher in Berlin"). A span cut inside an extended attribute of measure
    gives the noun that follows ("der 330 Seiten starke Bericht" -> "Bericht").
    """
    doc = span.doc
    start, end = span.start, span.end
    while end - start > 1 and doc[start].pos_ in _LEADING:
        start += 1
    breaks = _lex_list("span_breaks")
    for token in doc[start + 1 : end]:
        if token.lower_ in breaks:
            end = token.i
        elif _relative_pronoun(token):
            end = token.i - 1
        elif _clause_word(token):
            end = token.left_edge.i if start < token.left_edge.i < token.i else token.i
        else:
            continue
        break
    while end - start > 1 and doc[end - 1].is_punct:
        end -= 1
    cut = doc[start:end]
    if end == span.end and doc.has_annotation("POS"):
        return _extended_attribute(cut)
    return cut


class SpeakerResolver:
    """Resolve source spans of one doc to actors; see the module docstring."""

    def __init__(
        self,
        doc: Doc,
        actors: Sequence[Referent],
        sentence_starts: Sequence[int],
        *,
        window: int = 4,
        word_forms: Container[str] = frozenset(),
    ) -> None:
        self.doc = doc
        # inflected forms the pipeline's lemma table knows: "Kolleginnen" makes "Kollege"
        # a person noun
        self.word_forms = word_forms
        self.actors = list(actors)
        self.sentence_starts = list(sentence_starts)
        self.window = window
        self.genders = [_actor_genders(ref) for ref in self.actors]
        self.excluded: list[tuple[int, int]] = []
        self.added: list[tuple[int, Span]] = []
        # Unnamed sources that look like names (a missed entity): later pronouns may
        # refer to them.
        self.named_sources: list[tuple[int, SourceRef]] = []
        # Whether a pronoun was looked up among them: if none was, a second pass that
        # starts with all of them known would run exactly as the first.
        self.named_sources_read = False
        # Unnamed descriptions by head noun: a later "der Bericht" is "ein interner
        # Untersuchungsbericht des Ministeriums".
        self.descriptions: list[tuple[int, str, SourceRef]] = []
        self._candidates: list[_Candidate] = []
        for i, ref in enumerate(self.actors):
            for span in ref.spans:
                self._candidates.append(
                    _Candidate(i, span.start, span.end, self.sentence_of(span.start))
                )
        self._candidates.sort(key=lambda c: (c.start, c.end))
        # Indexes built once, so that each look-up reads only the mentions near it.
        self._starts = [c.start for c in self._candidates]
        self._longest = max((c.end - c.start for c in self._candidates), default=0)
        self._by_actor: dict[int, list[_Candidate]] = defaultdict(list)
        for cand in self._candidates:
            self._by_actor[cand.actor].append(cand)
        self._excluded_ranges: list[tuple[int, int]] = []  # sorted copy of ``excluded``
        self._longest_excluded = 0
        self._bases: set[str] | None = None
        self._by_name_word: dict[str, list[_Candidate]] | None = None
        self._by_word_before: dict[str, list[_Candidate]] | None = None
        # subject pronouns resolved while following a chain ("er … Er war es … lenkte er")
        self._chain: dict[int, list[SourceRef]] = {}
        # a function of the starts only: a bound method would tie the index to the
        # resolver (and its doc) in a reference cycle that outlives release()
        sentence_of = partial(_sentence_of, self.sentence_starts)
        self._named_index: _ByPosition[tuple[int, SourceRef]] = _ByPosition(sentence_of)
        self._description_index: _ByPosition[tuple[int, str, SourceRef]] = _ByPosition(
            sentence_of
        )

    def sentence_of(self, token_i: int) -> int:
        return _sentence_of(self.sentence_starts, token_i)

    def exclude(self, start: int, end: int) -> None:
        """Token range (direct quotation content) whose mentions are not antecedents."""
        self.excluded.append((start, end))
        insort(self._excluded_ranges, (start, end))
        self._longest_excluded = max(self._longest_excluded, end - start)

    def _overlapping(self, start: int, end: int) -> Iterator[_Candidate]:
        """The mentions overlapping the token range, in text order."""
        lo = bisect_left(self._starts, start - self._longest + 1)
        for k in range(lo, bisect_left(self._starts, end)):
            cand = self._candidates[k]
            if start < cand.end:
                yield cand

    def _starting_in(self, start: int, end: int) -> list[_Candidate]:
        """The mentions that start inside the token range, in text order."""
        return self._candidates[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def actor_at(self, start: int, end: int) -> list[int]:
        """Actors with a mention overlapping the token range, in text order."""
        found: list[tuple[int, int]] = []
        for cand in self._overlapping(start, end):
            if cand.actor not in [a for _, a in found]:
                found.append((cand.start, cand.actor))
        return [a for _, a in sorted(found)]

    def _excluded(self, cand: _Candidate) -> bool:
        # a range holding the mention starts between its end less the longest range and
        # its start
        ranges = self._excluded_ranges
        lo = bisect_left(ranges, (cand.end - self._longest_excluded,))
        hi = bisect_left(ranges, (cand.start + 1,))
        return any(cand.end <= e for _, e in ranges[lo:hi])

    def _before(self, token_i: int) -> list[_Candidate]:
        sent = self.sentence_of(token_i)
        first = self.sentence_starts[sent - self.window] if sent - self.window > 0 else 0
        window = self._candidates[
            bisect_left(self._starts, first) : bisect_left(self._starts, token_i)
        ]
        return [c for c in window if c.end <= token_i and not self._excluded(c)][::-1]

    def source(self, actor: int, span: Span | None) -> SourceRef:
        return SourceRef(name=self.actors[actor].name, actor=actor, span=span)

    def antecedents(self, token_i: int, *, limit: int = 3) -> list[tuple[int, Span, bool]]:
        """The ``limit`` most recent distinct actors mentioned before token ``token_i``
        within the window (mentions in direct quotations skipped), nearest first: each
        actor, its latest mention and whether that mention stands as a subject. The
        speaker ranker scores them as referents of a pronoun or description."""
        found: list[tuple[int, Span, bool]] = []
        for cand in self._before(token_i):
            if any(actor == cand.actor for actor, _, _ in found):
                continue
            found.append(
                (cand.actor, self.doc[cand.start : cand.end], self._is_subject(cand))
            )
            if len(found) >= limit:
                break
        return found

    def actor_genders(self, actor: int) -> frozenset[Gender]:
        """The actor's gender where it is known (role nouns, first name), else empty."""
        return self.genders[actor]

    def resolve(
        self,
        span: Span,
        *,
        verb: Token | None = None,
        content: tuple[int, int] | None = None,
    ) -> list[SourceRef]:
        """Resolve one source span; an empty list when nothing fits.

        ``content`` is the token range of the statement itself: its mentions are
        antecedents of a pronoun only where they stand as a subject.
        """
        if len(span) == 0:
            return []
        span = noun_phrase(span)
        first = span[0]
        if len(span) == 1 and first.tag_ in _lex_list("relative_tags"):
            return self._relative(first, verb)
        actors = self.actor_at(span.start, span.end)
        attributes = [a for a in actors if self._attribute_only(a, span)]
        if attributes and len(attributes) == len(actors):
            # "Sprecher der Polizei", "Der Doktorvater zu Guttenbergs": the attribute's
            # actor is not the source; the described person is
            return self._description(span, speaks=verb is not None)
        actors = [a for a in actors if a not in attributes]
        if actors and self._unnamed_member(span):
            # "ein Sprecher von Tesla", "ein AUA-Sprecher": a description, not the org
            return self._description(span, speaks=verb is not None)
        if actors:
            possessors = [a for a in actors if self._possessor(a, span)]
            kept = self._coordinated([a for a in actors if a not in possessors], span)
            if kept:
                return [self.source(a, span) for a in kept]
            # "Badawis Ehefrau": the possessed description, never the possessor
            # (every actor here is a possessor, with its mentions inside the span: the
            # first actor's mention is kept by _coordinated even where it begins before)
            rest_start = max(c.end for a in possessors for c in self._starting(a, span))
            rest = self.doc[rest_start : span.end]
            if len(rest) and rest[0].text[:1].isupper():
                return self._description(
                    rest, definite=True, exclude=frozenset(possessors), speaks=verb is not None
                )
            return [self.source(a, span) for a in actors]
        if len(span) == 1 and is_personal_pronoun(first):
            return self._pronoun(first, verb, content)
        if len(span) == 1 and first.lower_ in ("diese", "jene") and (
            "Plur" in _morph(first, "Number")
        ):
            return self._plural_demonstrative(first)
        part = self._name_part(span)
        if part is None:
            part = self._compound_name(span)
        if part is not None:
            return [self.source(part, span)]
        return self._description(span, speaks=verb is not None)

    def _compound_name(self, span: Span) -> int | None:
        """The organisation whose mention ends a hyphen compound that heads the span
        ("der Landes-SPD" -> SPD, "die Bundes-CDU"): a part of the party, which the gold
        conventions give as the party itself; the last such actor mentioned before it."""
        words = [t for t in span if t.text[:1].isupper()]
        if len(words) != 1 or "-" not in words[0].text:
            return None
        last = words[0].text.rsplit("-", 1)[1]
        if not last[:1].isupper() or words[0].text.split("-", 1)[0].lower() not in (
            _lex_list("compound_part_prefixes")
        ):
            return None
        found = [
            cand
            for cand in self._candidates
            if self.actors[cand.actor].label == "ORG"
            and self.doc[cand.start : cand.end].text == last
        ]
        before = [cand for cand in found if cand.start < span.start]
        if before:
            return before[-1].actor
        return found[0].actor if found else None

    def _relative(self, token: Token, verb: Token | None) -> list[SourceRef]:
        """A relative pronoun as the source ("die Aussage eines thailändischen Jungen, der
        angab, …"): the noun phrase its relative clause qualifies, by the parse."""
        clause = token.head
        noun = clause.head
        if clause.dep_ not in RELATIVE or noun is clause or noun.i >= token.i:
            return []
        start, end = noun.left_edge.i, noun.i + 1
        if start > noun.i or self.doc[start].tag_ in _lex_list("relative_tags"):
            return []
        return self.resolve(self.doc[start:end], verb=verb)

    def _unnamed_member(self, span: Span) -> bool:
        """An indefinite person description whose named actors are only its attribute:
        "ein Vertreter des Außenministeriums", "ein Sprecher von Tesla", "ein AUA-Sprecher"
        (the unnamed person speaks, not the organisation)."""
        if len(span) < 2 or span[0].lower_ not in _lex_list("indefinite_determiners"):
            return False
        head_i = span.start + 1
        while head_i < span.end and not span.doc[head_i].text[:1].isupper():
            head_i += 1  # adjectives: "ein hochrangiger Vertreter"
        if head_i >= span.end:
            return False
        head = self.doc[head_i]
        last_part = head.text.rsplit("-", 1)[-1]
        if not last_part[:1].isupper() or not self.is_person_noun(last_part):
            return False
        if head.ent_type_ == "PER":
            return False
        for cand in self._starting_in(span.start, span.end):
            if cand.start == head_i and cand.end == head_i + 1 and "-" in head.text:
                continue  # the compound's first part: "AUA-Sprecher"
            if cand.start > head_i + 1 and self.doc[head_i + 1].lower_ in _lex_list(
                "attribute_openers"
            ):
                continue  # "des Außenministeriums", "von Tesla"
            return False
        return True

    def _attribute_only(self, actor: int, span: Span) -> bool:
        """Whether every mention of ``actor`` that starts inside ``span`` is a genitive or
        prepositional attribute of a person noun before it in the span, by the parse ("der
        Doktorvater zu Guttenbergs, Peter Häberle", "der Sprecher der Polizei"): the
        attribute names whom the person belongs to, never the source of the cue. A name
        right after its title ("die Gewerkschaft ver.di"), a conjunct after a comma and an
        organisation after ``attribute_sources`` ("Vertreter von Amnesty International",
        the gold convention) are no such attribute."""
        if not self.doc.has_annotation("DEP"):
            return False
        mentions = self._starting(actor, span)
        if not mentions or mentions[0].start == span.start:
            return False
        return all(self._attribute_mention(cand, span) for cand in mentions)

    def _attribute_mention(self, cand: _Candidate, span: Span) -> bool:
        doc = self.doc
        root = doc[cand.start : cand.end].root
        head = root.head
        if (
            root.dep_ not in GENITIVE | PREPOSITIONAL
            or not span.start <= head.i < cand.start
            or head.pos_ not in NOUNS
        ):
            return False
        between = doc[head.i + 1 : cand.start]
        if not len(between) or any(
            t.pos_ not in ("ADP", "DET", "ADJ") or t.lower_ in _lex_list("attribute_sources")
            for t in between
        ):
            return False
        det = doc[head.left_edge.i] if head.left_edge.i < head.i else head
        return self.is_person_noun(head.text) or self._animate(head, det)

    def _name_part(self, span: Span) -> int | None:
        """The actor one of whose name words a one-word span is: a later "M" or "Husam"
        the NER missed after "Husam M."; the last such actor mentioned before it."""
        if len(span) != 1 or not span[0].text[:1].isupper() or span[0].ent_type_:
            return None
        word = span[0].text.rstrip(".")
        if len(word) < 1 or is_role_word(word):
            return None
        if self._by_name_word is None:
            self._by_name_word = defaultdict(list)
            for cand in self._candidates:
                ref = self.actors[cand.actor]
                names = ref.name.split()
                if len(names) >= 2 and ref.label == "PER":
                    for name_word in dict.fromkeys(n.rstrip(".") for n in names):
                        self._by_name_word[name_word].append(cand)
        # the latest mention ending before the span; the first in text order on ties
        cands = self._by_name_word.get(word, [])
        best: _Candidate | None = None
        for k in range(bisect_left(cands, span.start, key=_start) - 1, -1, -1):
            cand = cands[k]
            if best is not None and cand.start < best.start:
                break
            if cand.end <= span.start:
                best = cand
        return best.actor if best is not None else None

    def _coordinated(self, actors: list[int], span: Span) -> list[int]:
        """The first actor and those coordinated with it ("Putin und Lukaschenko"), not
        names inside its apposition ("Andreas Schoo, Chef der Bauer Media Group").

        The first actor's mention may begin before the span, as :meth:`actor_at` finds
        it: a subject cut out of a longer name ("Leary" of "Michael O' Leary")."""
        kept: list[int] = []
        last_end = span.start
        for actor in actors:
            mention = self._first_mention(actor, last_end, span.end, overlap=not kept)
            if mention is None:
                continue
            between = {t.lower_ for t in self.doc[last_end : mention.start]}
            if not kept or between & {"und", "sowie", "&"}:
                kept.append(actor)
                last_end = mention.end
        return kept

    def _first_mention(
        self, actor: int, start: int, end: int, *, overlap: bool
    ) -> _Candidate | None:
        """The actor's first mention that starts in [start, end) or, with ``overlap``,
        that overlaps it."""
        cands = self._by_actor.get(actor, [])
        lo = bisect_left(cands, start - self._longest + 1 if overlap else start, key=_start)
        for k in range(lo, len(cands)):
            cand = cands[k]
            if cand.start >= end:
                return None
            if cand.start >= start or (overlap and cand.end > start):
                return cand
        return None

    def _starting(self, actor: int, span: Span) -> list[_Candidate]:
        """The actor's mentions that start inside ``span``, in text order."""
        cands = self._by_actor.get(actor, [])
        lo = bisect_left(cands, span.start, key=_start)
        return cands[lo : bisect_left(cands, span.end, lo=lo, key=_start)]

    def _possessor(self, actor: int, span: Span) -> bool:
        """Whether every mention of ``actor`` in ``span`` is a prenominal genitive
        ("Badawis Ehefrau", "Prieths Anwalt Mathias Kapferer")."""
        mentions = [c for c in self._starting(actor, span) if c.end <= span.end]
        if not mentions:
            return False
        bases = self._name_bases()
        for cand in mentions:
            last = self.doc[cand.end - 1]
            if cand.end >= span.end or not last.text.endswith(("s", "'")) or len(last) < 3:
                return False
            if last.text[:-1] not in bases:
                return False  # a name that ends in -s: "Avramopoulos"
            nxt = self.doc[cand.end]
            if nxt.text[:1].isupper():
                if nxt.ent_type_ or (self.doc.has_annotation("POS") and nxt.pos_ != "NOUN"):
                    return False
            elif nxt.lower_ in ("und", "sowie", "oder") or not nxt.is_alpha or not any(
                t.text[:1].isupper() and not t.ent_type_ for t in self.doc[cand.end : span.end]
            ):
                return False  # "Badawis nach Kanada geflüchtete Ehefrau": a noun follows
        return True

    def _name_bases(self) -> set[str]:
        """The last words of the actors' names and mentions ("Badawi", "Haidar"), collected
        once (the actors' mentions do not change while the resolver runs)."""
        if self._bases is None:
            texts = token_texts(self.doc)
            self._bases = set()
            for ref in self.actors:
                self._bases.update(ref.name.split()[-1:])
                self._bases.update(texts[span.end - 1] for span in ref.spans if len(span))
        return self._bases

    def is_genitive_name(self, token: Token) -> bool:
        """A known name in the Saxon genitive: "Badawis" ("Badawis Ehefrau")."""
        text = token.text
        return len(text) > 3 and text.endswith("s") and text[:-1] in self._name_bases()

    def _is_subject(self, cand: _Candidate) -> bool:
        """Whether a mention stands as (part of) its clause's subject, by the parse."""
        token = self.doc[cand.start : cand.end].root
        for _ in range(4):
            if token.dep_ in SUBJECT:
                return True
            if token.dep_ not in APPOSITION | NAME_PART | {"compound"} or token.head is token:
                return False
            token = token.head
        return False

    def _pronoun(
        self,
        token: Token,
        verb: Token | None,
        content: tuple[int, int] | None = None,
        *,
        depth: int = 0,
    ) -> list[SourceRef]:
        features = pronoun_features(token, verb)
        span = self.doc[token.i : token.i + 1]
        if features.plural:
            group = self._last_group(token.i)
            if group or token.lower_ != "sie":
                return [self.source(a, span) for a in group]
            # no coordination to refer to: read "sie" as feminine singular
            features = PronounFeatures(plural=False, genders=frozenset({"Fem"}))
        best: _Candidate | None = None
        best_key = (False, False, False)
        for cand in self._before(token.i):
            if best is not None and cand.sentence < best.sentence:
                break
            inside = content is not None and content[0] <= cand.start < content[1]
            subject = self._is_subject(cand)
            if inside and not subject and self.doc.has_annotation("DEP"):
                continue
            known = self.genders[cand.actor]
            if token.lower_ == "es" and self.actors[cand.actor].label == "PER":
                continue
            if not known and self.actors[cand.actor].label != "PER":
                continue  # "er"/"sie" go to an organisation only by its known gender
            if known and features.genders and not known & features.genders:
                continue
            # a subject first, then an argument, an attribute ("der Inanspruchnahme der
            # Bundeswehr", "zusammen mit seinen Kollegen … Michael Collins") last
            attribute = self._in_attribute(cand)
            key = (subject and not attribute, not attribute, bool(known))
            if best is None or key > best_key:
                best, best_key = cand, key
        sent = self.sentence_of(token.i)
        self.named_sources_read = True
        named = self._named_index.last(
            self.named_sources,
            _first,
            self._window_of(sent),
            token.i,
            partial(_number_fits, plural=bool(features.plural)),
        )
        # an earlier subject pronoun nearer than the subject found continues its chain
        bound = max(best.start if best and best_key[0] else -1, named[0] if named else -1)
        chained = self._chained(token, features, bound, depth)
        if chained:
            return [SourceRef(name=ref.name, actor=ref.actor, span=span) for ref in chained]
        if best is not None and (named is None or best.start > named[0]):
            return [self.source(best.actor, span)]
        # a name the NER missed, resolved as a source before ("C.Y. Leung, der …, sagte")
        return [SourceRef(name=named[1].name, actor=None, span=span)] if named else []

    def _chained(
        self, token: Token, features: PronounFeatures, after: int, depth: int = 0
    ) -> list[SourceRef]:
        """What the nearest earlier subject pronoun that agrees with ``token`` refers to,
        where it stands after token ``after`` (the best subject mention): a pronoun
        continues the chain of the one before it ("Er war es, der … Nach einem Flug mit
        seinen Kollegen Edwin Aldrin und Michael Collins lenkte er …": Armstrong)."""
        if depth > 3 or not self.doc.has_annotation("DEP"):
            return []
        sent = self.sentence_of(token.i)
        first = self.sentence_starts[max(0, sent - self.window)]
        for j in range(token.i - 1, max(first, after) , -1):
            other = self.doc[j]
            if (
                other.lower_ not in _lex_list("subject_pronouns")
                or other.dep_ not in SUBJECT
                or self._excluded(_Candidate(-1, j, j + 1, 0))
            ):
                continue
            verb = other.head if other.head is not other else None
            theirs = pronoun_features(other, verb)
            if bool(theirs.plural) != bool(features.plural) or (
                theirs.genders and features.genders and not theirs.genders & features.genders
            ):
                continue
            if j not in self._chain:
                self._chain[j] = []  # no cycle through this pronoun
                self._chain[j] = self._pronoun(other, verb, None, depth=depth + 1)
            return self._chain[j]
        return []

    def _in_attribute(self, cand: _Candidate) -> bool:
        """Whether a mention is a prepositional or genitive attribute or adverbial, by
        the parse (UD ``obl:agent`` counts by its base label ``obl``)."""
        if not self.doc.has_annotation("DEP"):
            return False
        doc = self.doc
        before = cand.start - 1
        while before >= 0 and doc[before].pos_ == "NOUN" and doc[before].dep_ == "compound":
            before -= 1  # a title: "von Präsident Kennedy"
        if before >= 0 and doc[before].pos_ == "ADP":
            return True
        token = doc[cand.start : cand.end].root
        for _ in range(3):
            dep = token.dep_
            if dep in GENITIVE | PREPOSITIONAL or dep.split(":")[0] in PREPOSITIONAL:
                return True
            if dep not in APPOSITION | NAME_PART | CONJUNCT or token.head is token:
                return False
            token = token.head
        return False

    def _window_of(self, sent: int) -> range:
        """The sentences whose mentions a word in sentence ``sent`` may refer to."""
        return range(max(0, sent - self.window), sent + 1)

    def _plural_demonstrative(self, token: Token) -> list[SourceRef]:
        """Plural "Diese haben erklärt": the last coordination, else the nearest actor
        mention in the plural in this or the previous sentence ("der Republikaner")."""
        span = self.doc[token.i : token.i + 1]
        group = self._last_group(token.i)
        if group:
            return [self.source(a, span) for a in group]
        sent = self.sentence_of(token.i)
        for cand in self._before(token.i):
            if cand.sentence < sent - 1:
                break
            if "Plur" in _morph(self.doc[cand.end - 1], "Number"):
                return [self.source(cand.actor, span)]
        # no actor: the nearest plural person noun before it ("der Republikaner")
        lo = self.sentence_starts[max(0, sent - 1)]
        for j in range(token.i - 1, lo - 1, -1):
            noun = self.doc[j]
            if (
                noun.pos_ == "NOUN"
                and "Plur" in _morph(noun, "Number")
                and self.is_person_noun(noun.text)
            ):
                return [SourceRef(name=noun.text, actor=None, span=span)]
        return []

    def _candidate_start(self, actor: int, before: int) -> int:
        starts = [c.start for c in self._by_actor.get(actor, []) if c.end <= before]
        return max(starts) if starts else 0

    def _after_word(self, word: str) -> list[_Candidate]:
        """The mentions right after the word ``word``, in text order."""
        if self._by_word_before is None:
            texts = token_texts(self.doc)
            self._by_word_before = defaultdict(list)
            for cand in self._candidates:
                if cand.start > 0:
                    self._by_word_before[texts[cand.start - 1]].append(cand)
        return self._by_word_before.get(word, [])

    def _last_group(self, token_i: int) -> list[int]:
        """Actors of the last coordination before ``token_i`` ("Putin und Lukaschenko")."""
        cands = self._before(token_i)
        for i, cand in enumerate(cands):
            for other in cands[i + 1 : i + 4]:
                if other.actor == cand.actor:
                    continue
                between = self.doc[other.end : cand.start]
                if 0 < len(between) <= 2 and between[-1].lower_ in ("und", "sowie", ","):
                    return [other.actor, cand.actor]
        return []

    def _description(
        self,
        span: Span,
        *,
        definite: bool | None = None,
        exclude: frozenset[int] = frozenset(),
        speaks: bool = False,
    ) -> list[SourceRef]:
        """An unnamed source, or the actor a definite description refers to; ``speaks``:
        the span is the subject of a verb of saying, which wants a person ("erzählt der
        Bub")."""
        tokens = [t for t in span if not t.is_punct or t.text == "-"]
        while tokens and tokens[0].lower_ in _lex_list("determiners"):
            tokens = tokens[1:]
        if not tokens:
            return []
        doc = self.doc
        heads = [t for t in tokens if t.text[:1].isupper() or t.text.endswith(_AGE)]
        if not heads:
            return []
        head = heads[0]
        root = span.root
        if (
            doc.has_annotation("DEP")
            and root.i > head.i
            and root.pos_ == "NOUN"
            and root.text[:1].isupper()
            and tokens[0].i <= root.i <= tokens[-1].i
            and any(t.pos_ == "ADP" for t in doc[tokens[0].i : root.i])
        ):
            # "(ein) am Mittwoch veröffentlichter interner Bericht": the parse's head noun;
            # the extended attribute goes up to its participle
            head = root
            run = head.i
            while run - 1 > tokens[0].i and doc[run - 1].is_alpha and doc[run - 1].is_lower:
                run -= 1
            if run < head.i and run > tokens[0].i:
                run += 1  # the participle that governs "am Mittwoch"
            tokens = [t for t in tokens if t.i >= run]
        kind = self._description_type(head)
        # "Musiker Heino", "EU-Kommissar Dimitris Avramopoulos": a name the NER missed
        # after its title is the source's name
        name = self._name_after_title(tokens, kind)
        if name:
            tokens = name
        text = doc[tokens[0].i : tokens[-1].i + 1].text
        if not name:
            text = _nominative(doc[tokens[0].i : tokens[-1].i + 1], head, span[0])
        # A bare definite description ("die Denkfabrik", "der 69-Jährige") corefers.
        if definite is None:
            definite = span[0].lower_ in _lex_list("definite_determiners")
        bare = head.i == tokens[-1].i
        if kind is None and speaks and definite and bare and self._animate(head, span[0]):
            kind = "PER"
        if definite and bare and not name:
            earlier = self._earlier_description(head)
            if earlier is not None:
                return [SourceRef(name=earlier.name, actor=None, span=span)]
        if definite and bare and kind and not name:
            actor = self._antecedent(head, kind, span[0], exclude=exclude)
            if actor is not None:
                desc = doc[tokens[0].i : head.i + 1]
                self.added.append((actor, desc))
                return [self.source(actor, span)]
        if (
            kind is None
            and doc.has_annotation("POS")
            and not any(t.pos_ in ("NOUN", "PROPN") for t in tokens)
        ):
            return []
        ref = SourceRef(name=text, actor=None, span=span)
        if not name and not bare:
            self.descriptions.append((span.start, head.text.lower(), ref))
        if name or (
            all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in tokens) and kind != "ORG"
        ):
            self.named_sources.append((span.start, ref))
        return [ref]

    def _earlier_description(self, head: Token) -> SourceRef | None:
        """The last fuller unnamed description before ``head`` whose head noun ends in
        it ("interner Untersuchungsbericht …" for "der Bericht"), within the window."""
        word = head.text.lower()
        if len(word) < 4:
            return None
        earlier = self._description_index.last(
            self.descriptions,
            _first,
            self._window_of(self.sentence_of(head.i)),
            head.i,
            lambda entry: entry[1].endswith(word),
        )
        return earlier[2] if earlier is not None else None

    def _name_after_title(self, tokens: Sequence[Token], kind: str | None) -> list[Token]:
        """The proper-name tokens after a leading title noun, or an empty list."""
        if len(tokens) < 2 or kind != "PER":
            return []
        tail: list[Token] = []
        for token in reversed(tokens[1:]):
            proper = token.pos_ == "PROPN" if self.doc.has_annotation("POS") else (
                token.text[:1].isupper() and not is_role_word(token.text)
            )
            if not proper or is_role_word(token.text):
                break
            tail.insert(0, token)
        if not tail or len(tail) == len(tokens):
            return []
        if any(t.ent_type_ in ("LOC", "ORG", "MISC") for t in tail) or (
            len(tail) == 1 and tail[0].text.endswith("s")
        ):
            return []  # a genitive attribute: "Geheimdienstchef Litauens"
        titles = tokens[: len(tokens) - len(tail)]
        if all(t.text[:1].isupper() and (is_role_word(t.text) or t.pos_ == "NOUN")
               for t in titles):
            return tail
        return []

    def _titled(self, cand: _Candidate, head: Token) -> bool:
        """Whether the mention carries the description's noun as its title, inside it
        or right before it ("Die Umweltschutzorganisation WWF")."""
        lo = max(0, cand.start - 1)
        return any(
            t.lemma_ == head.lemma_ or t.text == head.text
            for t in self.doc[lo : cand.end - 1]
            if t.text[:1].isupper()
        )

    def _description_type(self, head: Token) -> str | None:
        if self.is_person_noun(head.text):
            return "PER"
        if is_org_description(head.text) or _org_compound(head.text):
            return "ORG"
        return None

    def is_person_noun(self, word: str) -> bool:
        """A noun for a person: a role word, an age ("der 69-Jährige"), a person-noun
        ending ("Arbeitsrechtler"), or a noun with a feminine form in -in whose plural the
        lemma table knows ("Kollege": "Kolleginnen")."""
        if word.endswith(("Jährige", "Jähriger", "jährige", "jähriger")) or is_role_word(word):
            return True
        if word.lower().endswith(tuple(_lex_list("person_suffixes"))):
            return True
        if not word[:1].isupper() or word.endswith("in") or len(word) < 4:
            return False
        stem = word[:-1] if word.endswith("e") else word
        return f"{stem}innen" in self.word_forms

    def _animate(self, head: Token, det: Token) -> bool:
        """A masculine or feminine noun that is no abstract or organisation word: as the
        subject of a verb of saying, a person ("der Bub", "die Seniorin")."""
        genders = set(_morph(head, "Gender")) or {
            g for g in ("Masc", "Fem") if g in _lex_map("determiner_genders").get(det.lower_, "")
        }
        if (
            not genders & {"Masc", "Fem"}
            or "Neut" in genders
            or "Plur" in _morph(head, "Number")
            or (self.doc.has_annotation("POS") and head.pos_ != "NOUN")
            or is_org_description(head.text)
        ):
            return False
        lower = head.text.lower()
        return not lower.endswith(tuple(_lex_list("inanimate_suffixes"))) and (
            head.text not in _lex_list("inanimate_nouns")
        )

    def _antecedent(
        self, head: Token, kind: str, det: Token, *, exclude: frozenset[int] = frozenset()
    ) -> int | None:
        wanted = _lex_map("determiner_genders").get(det.lower_, "")
        morph_gender = _morph(head, "Gender")
        genders = frozenset(morph_gender) if morph_gender else frozenset(
            g for g in ("Masc", "Fem", "Neut") if g in wanted
        )
        if kind == "PER" and head.text.lower().endswith("in"):
            genders = frozenset({"Fem"})
        base = head.text.lower()
        stem = base[:-2] if base.endswith("in") else base
        # "Ehefrau Ensaf Haidar", later "Badawis Ehefrau": a relational noun with its
        # possessor is the person it stood before as a title, anywhere before
        titled = self._after_word(head.text) if exclude else []
        for k in range(bisect_left(titled, head.i, key=_start) - 1, -1, -1):
            cand = titled[k]
            if (
                cand.end <= head.i
                and cand.actor not in exclude
                and self.actors[cand.actor].label == kind
            ):
                return cand.actor
        fallback: int | None = None
        # "die Ärztezeitung" is an outlet of its own, not any organisation before it;
        # a compound type word refers only to an actor it stood before as a title
        compound = kind == "ORG" and head.text not in words("org_descriptions")
        for cand in self._before(head.i):
            ref = self.actors[cand.actor]
            if ref.label != kind or cand.actor in exclude:
                continue
            roles = " ".join(ref.roles).lower()
            if base in roles or (len(stem) > 4 and stem in roles):
                return cand.actor
            if kind == "ORG" and self._titled(cand, head):
                # "Die Umweltschutzorganisation WWF", later "der Umweltschutzorganisation"
                return cand.actor
            known = self.genders[cand.actor]
            if compound:
                continue
            if kind == "ORG":
                # a synonym need not share the name's gender: "Bosch ... der Konzern"
                if fallback is None:
                    fallback = cand.actor
                continue
            if fallback is None and (not known or not genders or known & genders):
                fallback = cand.actor
        return fallback
