"""The actors' mentions of one doc, indexed for the resolver: what stands where, before
which token, inside which quotation, as whose subject.

:class:`Mentions` is the base of the resolver (:class:`~.resolver.SpeakerResolver`): it
holds the doc, the actors, their mentions sorted by position and the lists the resolution
fills as it goes (descriptions linked to actors, unnamed sources that look like names).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Container, Iterator, Sequence
from functools import partial

from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import token_texts
from claimex.components.entities import is_org_description, is_role_word
from claimex.components.labels import (
    APPOSITION,
    CONJUNCT,
    GENITIVE,
    NAME_PART,
    PREPOSITIONAL,
    SUBJECT,
)
from claimex.components.linking import Referent
from claimex.components.speakers.agreement import (
    Gender,
    genitive_base,
    lex_list,
    org_compound,
    referent_genders,
)
from claimex.components.speakers.sources import (
    ByPosition,
    Candidate,
    SourceRef,
    candidate_start,
    is_initial,
    mention_position,
    name_words,
    sentence_index,
)
from claimex.components.word_checks import wiktionary_nouns
from claimex.lexicon import words


class Mentions(ABC):
    """The actors' mentions of one doc and the state of its resolution (the base of
    :class:`~.resolver.SpeakerResolver`, which documents the arguments)."""

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
        # the sentence of each token (``sentence_index`` read once per token)
        self._sentence_at: list[int] = []
        starts = self.sentence_starts
        for k, first in enumerate(starts):
            last = starts[k + 1] if k + 1 < len(starts) else len(doc)
            self._sentence_at.extend([k] * (last - first))
        if starts and starts[0] > 0:
            self._sentence_at[:0] = [0] * starts[0]
        if len(self._sentence_at) != len(doc) or starts != sorted(starts):
            self._sentence_at = []  # not a partition of the doc: bisect every look-up
        self.genders = [referent_genders(ref) for ref in self.actors]
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
        self._candidates: list[Candidate] = []
        for i, ref in enumerate(self.actors):
            for span in ref.spans:
                self._candidates.append(
                    Candidate(i, span.start, span.end, self.sentence_of(span.start))
                )
        self._candidates.sort(key=lambda c: (c.start, c.end))
        # Indexes built once, so that each look-up reads only the mentions near it.
        self._starts = [c.start for c in self._candidates]
        self._longest = max((c.end - c.start for c in self._candidates), default=0)
        self._by_actor: dict[int, list[Candidate]] = defaultdict(list)
        for cand in self._candidates:
            self._by_actor[cand.actor].append(cand)
        self._excluded_ranges: list[tuple[int, int]] = []  # sorted copy of ``excluded``
        self._longest_excluded = 0
        self._bases: set[str] | None = None
        self._by_name_word: dict[str, list[Candidate]] | None = None
        self._full_names: dict[int, int] | None = None
        self._fullest: dict[str, str] = {}
        self._source_names: dict[int, tuple[int, str]] = {}  # actor -> (full actor, name)
        # per-token look-ups of the mentions, dropped whenever a mention or an excluded
        # range is added (the parse-only ``_subjects`` never are)
        self._before_at: dict[int, list[Candidate]] = {}
        self._antecedents_at: dict[tuple[int, int], list[tuple[int, Span, bool]]] = {}
        self._subjects: dict[tuple[int, int], bool] = {}
        self._attributes: dict[tuple[int, int], bool] = {}
        # source spans cut to their noun phrase (a function of the parse): (start, end)
        self._phrases: dict[tuple[int, int], tuple[int, int]] = {}
        # SpeakerResolver.verb_free of a span by its words and parse alone: (start, end)
        self._verb_reads: dict[tuple[int, int], tuple[bool, int]] = {}
        self._by_word_before: dict[str, list[Candidate]] | None = None
        # subject pronouns resolved while following a chain ("er … Er war es … lenkte er")
        self._chain: dict[int, list[SourceRef]] = {}
        # the positions of the subject pronouns (``subject_pronouns``), found on first use
        self._subject_pronouns: list[int] | None = None
        # is_person_noun by word and noun_type by token (functions of the words and the
        # pipeline's word forms: worked out once per doc)
        self._person_nouns: dict[str, bool] = {}
        self._noun_types: dict[int, str | None] = {}
        # a function of the starts only: a bound method would tie the index to the
        # resolver (and its doc) in a reference cycle that outlives release()
        sentence_of = partial(sentence_index, self.sentence_starts)
        self._named_index: ByPosition[tuple[int, SourceRef]] = ByPosition(sentence_of)
        self._description_index: ByPosition[tuple[int, str, SourceRef]] = ByPosition(sentence_of)
        # Unnamed singular person descriptions resolved as sources, with the genders
        # they allow: a later "er" nearer to one than to any actor is that person ("Ein
        # Sprecher der US-Armee sagte … Er sagte aber").
        self.person_sources: list[tuple[int, SourceRef, frozenset[str]]] = []
        self._person_index: ByPosition[tuple[int, SourceRef, frozenset[str]]] = ByPosition(
            sentence_of
        )

    def sentence_of(self, token_i: int) -> int:
        if 0 <= token_i < len(self._sentence_at):
            return self._sentence_at[token_i]
        return sentence_index(self.sentence_starts, token_i)

    def add_mention(self, actor: int, span: Span) -> None:
        """Record a description resolved to ``actor`` (``added``, which the quote stage
        makes one of its mentions) and take it as one of the actor's mentions from now
        on: a later description or pronoun may refer to the actor through it ("Die
        Umweltschutzorganisation WWF … der Umweltschutzorganisation … Die
        Umweltschutzorganisation fordert", the title out of the window by then)."""
        self.added.append((actor, span))
        self._before_at.clear()
        self._antecedents_at.clear()
        cand = Candidate(actor, span.start, span.end, self.sentence_of(span.start), True)
        k = bisect_right(self._candidates, mention_position(cand), key=mention_position)
        self._candidates.insert(k, cand)
        self._starts.insert(k, cand.start)
        self._longest = max(self._longest, cand.end - cand.start)
        insort(self._by_actor[actor], cand, key=candidate_start)
        if self._by_word_before is not None and cand.start > 0:
            word = self.doc[cand.start - 1].text
            insort(self._by_word_before[word], cand, key=candidate_start)

    def exclude(self, start: int, end: int) -> None:
        """Token range (direct quotation content) whose mentions are not antecedents."""
        self.excluded.append((start, end))
        self._before_at.clear()
        self._antecedents_at.clear()
        insort(self._excluded_ranges, (start, end))
        self._longest_excluded = max(self._longest_excluded, end - start)

    def _overlapping(self, start: int, end: int) -> Iterator[Candidate]:
        """The mentions overlapping the token range, in text order."""
        lo = bisect_left(self._starts, start - self._longest + 1)
        for k in range(lo, bisect_left(self._starts, end)):
            cand = self._candidates[k]
            if start < cand.end:
                yield cand

    def _starting_in(self, start: int, end: int) -> list[Candidate]:
        """The mentions that start inside the token range, in text order."""
        return self._candidates[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def actor_at(self, start: int, end: int) -> list[int]:
        """Actors with a mention overlapping the token range, in text order."""
        found: list[tuple[int, int]] = []
        for cand in self._overlapping(start, end):
            if cand.actor not in [a for _, a in found]:
                found.append((cand.start, cand.actor))
        return [a for _, a in sorted(found)]

    def _excluded(self, cand: Candidate) -> bool:
        # a range holding the mention starts between its end less the longest range and
        # its start
        ranges = self._excluded_ranges
        lo = bisect_left(ranges, (cand.end - self._longest_excluded,))
        hi = bisect_left(ranges, (cand.start + 1,))
        return any(cand.end <= e for _, e in ranges[lo:hi])

    def _before(self, token_i: int) -> list[Candidate]:
        """The mentions that end before token ``token_i`` within the window, outside the
        excluded ranges, nearest first (cached until a mention or a range is added; the
        callers only read the list)."""
        found = self._before_at.get(token_i)
        if found is None:
            found = self._before_at[token_i] = self._before_uncached(token_i)
        return found

    def _before_uncached(self, token_i: int) -> list[Candidate]:
        sent = self.sentence_of(token_i)
        first = self.sentence_starts[sent - self.window] if sent - self.window > 0 else 0
        window = self._candidates[
            bisect_left(self._starts, first) : bisect_left(self._starts, token_i)
        ]
        return [c for c in window if c.end <= token_i and not self._excluded(c)][::-1]

    def source(self, actor: int, span: Span | None) -> SourceRef:
        named = self._source_names.get(actor)
        if named is None:
            # a function of the actors and the words, which do not change: worked out once
            full = self.full_named(actor)
            ref = self.actors[full]
            name = self.fullest_form(ref.name) if ref.label == "PER" else ref.name
            named = self._source_names[actor] = (full, name)
        return SourceRef(name=named[1], actor=named[0], span=span)

    def fullest_form(self, name: str) -> str:
        """The fullest form of a person's name in the text: ``name`` with the given
        names, initials and name particles written right before one of its occurrences
        ("Guttenberg" -> "Karl-Theodor zu Guttenberg", "Warrington" -> "George D.
        Warrington"); ``name`` itself where no occurrence has a given name of
        ``lexicon/first_names.txt`` before it. The gold convention names a speaker by the
        fullest name the article gives (models/gold/README.md, W3)."""
        found = self._fullest.get(name)
        if found is not None:
            return found
        parts = name.split()
        texts = token_texts(self.doc)
        best: list[str] = []
        if parts:
            last = len(texts) - len(parts)
            for i in self._positions_of(parts[0]):
                if not 1 <= i <= last or texts[i : i + len(parts)] != parts:
                    continue
                before = self._given_names_before(i)
                if len(before) > len(best):
                    best = before
        self._fullest[name] = found = " ".join([*best, name]) if best else name
        return found

    def _positions_of(self, text: str) -> Iterator[int]:
        """The tokens whose text is ``text``, in text order (``list.index`` scans in C)."""
        texts = token_texts(self.doc)
        i = -1
        while True:
            try:
                i = texts.index(text, i + 1)
            except ValueError:
                return
            yield i

    def _given_names_before(self, i: int) -> list[str]:
        """The given names and initials right before token ``i`` (at most three words),
        with the particles of ``surname_particles`` right before the surname ("zu"), the
        first of them a given name of ``lexicon/first_names.txt``; an empty list where
        there is none."""
        doc = self.doc
        given = words("first_names")
        particles = lex_list("surname_particles")
        run: list[Token] = []
        j = i - 1
        while j >= 0 and len(run) < 3:
            token = doc[j]
            text = token.text
            if text in particles:
                if any(t.text not in particles for t in run):
                    break  # a particle stands between a given name and the surname
            elif not (
                is_initial(text)
                or (
                    text[:1].isupper()
                    and all(part in given for part in text.split("-"))
                    and not is_role_word(text)
                    and token.ent_type_ not in ("ORG", "MISC")
                )
            ):
                break
            run.insert(0, token)
            j -= 1
        while run and (run[0].text in particles or is_initial(run[0].text)):
            run = run[1:]  # it opens with a given name, not a particle or an initial
        return [t.text for t in run]

    def full_named(self, actor: int) -> int:
        """The person actor of the doc whose full name an initialled name abbreviates ("R.
        Kelly" -> "Robert Kelly": same surname, a given name with that initial) or a
        one-word name is part of ("Thaksin" -> "Thaksin Shinawatra", "Ban" -> "Ban
        Ki-moon"), where exactly one does; else ``actor`` itself. The gold convention
        names a speaker by the fullest name the article gives."""
        if self._full_names is None:
            self._full_names = {}
            people = [
                (k, ref.name.split()) for k, ref in enumerate(self.actors) if ref.label == "PER"
            ]
            for k, names in people:
                if not names:
                    continue  # a blank name (whitespace only) abbreviates nothing
                if len(names) == 1:
                    # "Thaksin", "Ban" beside "Thaksin Shinawatra", "Ban Ki-moon"
                    fuller = [
                        other
                        for other, full in people
                        if other != k and len(full) >= 2 and names[0] in name_words(full)
                    ]
                elif is_initial(names[0]):
                    fuller = [
                        other
                        for other, full in people
                        if other != k
                        and len(full) >= len(names)
                        and full[-1] == names[-1]
                        and not is_initial(full[0])
                        and full[0].startswith(names[0].rstrip("."))
                    ]
                else:
                    continue
                if len(fuller) == 1:
                    self._full_names[k] = fuller[0]
        return self._full_names.get(actor, actor)

    def antecedents(self, token_i: int, *, limit: int = 3) -> list[tuple[int, Span, bool]]:
        """The ``limit`` most recent distinct actors mentioned before token ``token_i``
        within the window (mentions in direct quotations skipped), nearest first: each
        actor, its latest mention and whether that mention stands as a subject. The
        speaker ranker scores them as referents of a pronoun or description."""
        cached = self._antecedents_at.get((token_i, limit))
        if cached is not None:
            return list(cached)
        found: list[tuple[int, Span, bool]] = []
        self._antecedents_at[token_i, limit] = found
        for cand in self._before(token_i):
            if any(actor == cand.actor for actor, _, _ in found):
                continue
            mention = Span(self.doc, cand.start, cand.end)
            found.append((cand.actor, mention, self._is_subject(cand)))
            if len(found) >= limit:
                break
        return list(found)

    def actor_genders(self, actor: int) -> frozenset[Gender]:
        """The actor's gender where it is known (role nouns, first name), else empty."""
        return self.genders[actor]

    def _first_mention(
        self, actor: int, start: int, end: int, *, overlap: bool
    ) -> Candidate | None:
        """The actor's first mention that starts in [start, end) or, with ``overlap``,
        that overlaps it."""
        cands = self._by_actor.get(actor, [])
        lo = bisect_left(
            cands, start - self._longest + 1 if overlap else start, key=candidate_start
        )
        for k in range(lo, len(cands)):
            cand = cands[k]
            if cand.start >= end:
                return None
            if cand.start >= start or (overlap and cand.end > start):
                return cand
        return None

    def _starting(self, actor: int, span: Span) -> list[Candidate]:
        """The actor's mentions that start inside ``span``, in text order."""
        cands = self._by_actor.get(actor, [])
        lo = bisect_left(cands, span.start, key=candidate_start)
        return cands[lo : bisect_left(cands, span.end, lo=lo, key=candidate_start)]

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

    def _is_subject(self, cand: Candidate) -> bool:
        """Whether a mention stands as (part of) its clause's subject, by the parse."""
        key = (cand.start, cand.end)
        found = self._subjects.get(key)
        if found is None:
            found = self._subjects[key] = self._subject_by_parse(cand)
        return found

    def _subject_by_parse(self, cand: Candidate) -> bool:
        token = Span(self.doc, cand.start, cand.end).root
        for _ in range(4):
            if token.dep_ in SUBJECT:
                return True
            if token.dep_ not in APPOSITION | NAME_PART | {"compound"} or token.head is token:
                return False
            token = token.head
        return False

    def _in_attribute(self, cand: Candidate) -> bool:
        """Whether a mention is a prepositional or genitive attribute or adverbial, by
        the parse (UD ``obl:agent`` counts by its base label ``obl``)."""
        key = (cand.start, cand.end)
        found = self._attributes.get(key)
        if found is None:
            found = self._attributes[key] = self._attribute_by_parse(cand)
        return found

    def _attribute_by_parse(self, cand: Candidate) -> bool:
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

    def _after_word(self, word: str) -> list[Candidate]:
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
        return self._last_group_at(token_i)[1]

    def _last_group_at(self, token_i: int) -> tuple[int, list[int]]:
        """Where the last coordination of actors before ``token_i`` starts, and its
        actors; (-1, []) where there is none in the window."""
        cands = self._before(token_i)
        for i, cand in enumerate(cands):
            for other in cands[i + 1 : i + 4]:
                if other.actor == cand.actor:
                    continue
                between = self.doc[other.end : cand.start]
                if 0 < len(between) <= 2 and between[-1].lower_ in ("und", "sowie", ","):
                    return other.start, [other.actor, cand.actor]
        return -1, []

    def is_person_noun(self, word: str) -> bool:
        """A noun for a person: a role word, an age ("der 69-Jährige"), a person-noun
        ending ("Arbeitsrechtler"), or a noun with a feminine form in -in whose plural the
        lemma table knows ("Kollege": "Kolleginnen") or that ``lexicon/wiktionary_nouns.txt``
        lists, singular or plural ("Beobachter": "Beobachterin", "Wissenschafter":
        "Wissenschafterin")."""
        known = self._person_nouns.get(word)
        if known is None:
            known = self._person_nouns[word] = self._is_person_noun(word)
        return known

    def _is_person_noun(self, word: str) -> bool:
        if word.endswith(("Jährige", "Jähriger", "jährige", "jähriger")) or is_role_word(word):
            return True
        if word.lower().endswith(tuple(lex_list("person_suffixes"))):
            return True
        if not word[:1].isupper() or word.endswith("in") or len(word) < 4:
            return False
        stem = word[:-1] if word.endswith("e") else word
        if f"{stem}innen" in self.word_forms:
            return True
        # a feminine form that Wiktionary lists where the lemma table has none
        nouns = wiktionary_nouns()
        return f"{stem}in" in nouns or f"{stem}innen" in nouns

    def noun_type(self, head: Token) -> str | None:
        """ "PER" for a person noun, "ORG" for an organisation noun, else None; a noun in
        the genitive is read without its ending ("eines US-Forschers")."""
        if head.doc is not self.doc:
            return self._noun_type(head)
        i = head.i
        if i in self._noun_types:
            return self._noun_types[i]
        found = self._noun_types[i] = self._noun_type(head)
        return found

    def _noun_type(self, head: Token) -> str | None:
        for word in dict.fromkeys((head.text, head.lemma_ or head.text, genitive_base(head))):
            if self.is_person_noun(word):
                return "PER"
            if is_org_description(word) or org_compound(word):
                return "ORG"
        return None

    @abstractmethod
    def resolve(
        self,
        span: Span,
        *,
        verb: Token | None = None,
        content: tuple[int, int] | None = None,
    ) -> list[SourceRef]:
        """Resolve one source span (:meth:`.resolver.SpeakerResolver.resolve`)."""
