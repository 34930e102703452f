"""Group entity mentions of one document into referents (actors and places).

A mention joins a referent when, in this order:

1. its base form is the same (case-insensitive): the German genitive -s is stripped where
   the morphology says genitive or where the bare form occurs too ("Putins" -> "Putin");
   or (persons) it is the other name the text gives a person after a word for an alias
   ("Bounty Killer, der mit bürgerlichen Namen Rodney Basil Price heißt":
   :func:`~claimex.components.name_aliases.person_aliases`), where one person has it;
2. (persons, organisations) its tokens are a contiguous part of the referent's fullest name
   that includes the last word ("Putin" in "Wladimir Putin", "Bundestag" in "Deutscher
   Bundestag"; words compared by :func:`word_key`, so "Gaddafi" is part of "Muammar
   al-Gaddafi"); or (persons) the first and last word of a name with middle names ("Oliver
   Jufer" for "Oliver Rudolf Jufer"); or (organisations) one word that is the head of a
   name made of it and a place or name ("Universität" for "Universität Bayreuth"), the
   name without its legal form ("Wiener Linien" for "Wiener Linien GmbH & Co KG", by
   ``lexicon/company_words.txt``), the end of a one-word compound name
   ("Kartellamt" for "Bundeskartellamt"), or the place word that begins or ends a known
   sports club's name ("Nürnberg" for "Nürnberg Ice Tigers");
3. (organisations) it is the acronym of the name ("ISW" for "Institute for the Study of
   War"), or the text introduces it as one ("... War (ISW)"; also with small letters,
   :func:`abbreviates`: "Gewerkschaft der Flugsicherung (GdF)"), or such an acronym with
   a listed place after it ("GEW Niedersachsen" for "Gewerkschaft Erziehung und
   Wissenschaft": :func:`_is_placed_acronym`), or it is another name
   of it in parentheses right after it or before it
   (:func:`~claimex.components.name_aliases.bracketed_org_names`:
   "Linksfront (Front de Gauche)");
4. (places) it is the name without a place designator ("Moldau" for "Republik Moldau"), or
   another name of the same place by ``lexicon/knowledge.tsv`` ("USA" for "Vereinigte
   Staaten", "Birma" for "Myanmar");
5. its base form is close in spelling: a RapidFuzz ratio of at least ``fuzzy_cutoff``
   ("Selenski" / "Selenskyj").

When a short form fits several referents, the one mentioned last before it wins.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from rapidfuzz import fuzz, process
from spacy.tokens import Span

from claimex.components.acronyms import acronym, acronym_fits, is_acronym
from claimex.components.doctokens import doc_text, feature_values_at, token_view
from claimex.components.knowledge import lookup
from claimex.components.known_orgs import (
    club_place_word,
    club_without_place,
    known_org,
    same_known_org,
)
from claimex.components.name_aliases import (
    bracketed_org_names,
    introduced_acronyms,
    person_aliases,
)
from claimex.components.name_forms import base_form
from claimex.components.namewords import gazetteer_places, without_name_particle
from claimex.lexicon import words

DEFAULT_FUZZY_CUTOFF = 88.0


class Scorer(Protocol):
    """A RapidFuzz-style similarity scorer returning 0-100."""

    def __call__(self, s1: str, s2: str, *, score_cutoff: float | None = None) -> float: ...


@dataclass
class Referent:
    """One real-world actor or place with the spans that mention it."""

    label: str
    spans: list[Span] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    name: str = ""

    def add(self, span: Span, base: str) -> None:
        self.spans.append(span)
        self.bases.append(base)

    @property
    def first_start(self) -> int:
        return min(span.start_char for span in self.spans)


def _contains_sequence(long: Sequence[str], short: Sequence[str]) -> bool:
    n = len(short)
    return any(list(long[i : i + n]) == list(short) for i in range(len(long) - n + 1))


class Linker:
    """Cluster spans into :class:`Referent` objects with one shared strategy."""

    def __init__(
        self,
        *,
        fuzzy_cutoff: float = DEFAULT_FUZZY_CUTOFF,
        scorer: Scorer = fuzz.ratio,
        naming: Callable[[Referent], str] | None = None,
        places: bool = False,
    ) -> None:
        self.fuzzy_cutoff = fuzzy_cutoff
        self.scorer = scorer
        self.naming = naming or fullest_name
        self.places = places

    def link(self, spans: Sequence[Span]) -> list[Referent]:
        views = [token_view(span.doc) for span in spans]
        texts = [v.span_text(span.start, span.end) for span, v in zip(spans, views, strict=True)]
        last_lowers = [v.lowers[span.end - 1] for span, v in zip(spans, views, strict=True)]
        known = frozenset(text.lower() for text in texts) | frozenset(
            lower for span, lower in zip(spans, last_lowers, strict=True) if len(span) > 1
        )
        nominative = frozenset(
            lower
            for span, lower in zip(spans, last_lowers, strict=True)
            if "Gen" not in feature_values_at(span.doc, span.end - 1, "Case")
        )
        acronyms = bracketed_org_names(spans) | introduced_acronyms(spans)
        aliases = {} if self.places else person_aliases(spans)
        # Longest names first, so that short forms find the full name already there.
        order = sorted(
            range(len(spans)), key=lambda i: (-len(spans[i]), -len(texts[i]), spans[i].start)
        )
        referents: list[Referent] = []
        by_base: dict[str, int] = {}  # a lower-cased base -> its first referent
        index = _ReferentIndex(self, referents)
        for i in order:
            span = spans[i]
            base = base_form(span, known, nominative)
            lower = base.lower()
            target = by_base.get(lower)
            if target is None:
                target = _alias_owner(span, aliases, referents)
            if target is None:
                target = self._find(span, base, index, acronyms)
            if target is None:
                target = len(referents)
                referents.append(Referent(label=span.label_))
            referents[target].add(span, base)
            index.add(target, base)
            by_base.setdefault(lower, target)
        for referent in referents:
            order_in_doc = sorted(
                zip(referent.spans, referent.bases, strict=True), key=lambda p: p[0].start
            )
            referent.spans = [s for s, _ in order_in_doc]
            referent.bases = [b for _, b in order_in_doc]
            referent.label = _majority_label(referent)
            referent.name = nominative_name(referent, self.naming(referent))
        referents.sort(key=lambda r: r.first_start)
        return referents

    def _find(
        self, span: Span, base: str, index: _ReferentIndex, acronyms: dict[str, str]
    ) -> int | None:
        """The referent (by position) the mention joins, or None for a new one."""
        lower = base.lower()
        tokens = base.split()
        referents = index.referents
        candidates = [
            k
            for k in index.candidates(span, tokens, lower, acronyms)
            if self._compatible(span, tokens, lower, referents[k], acronyms, index.bases[k])
        ]
        if not candidates:
            return _sole_inner_word_owner(span, tokens, index)
        if len(candidates) == 1:
            return candidates[0]

        # Several fit: take the one mentioned last before this span.
        def last_before(k: int) -> int:
            before = [s.start for s in referents[k].spans if s.start < span.start]
            return max(before) if before else -1

        return max(candidates, key=last_before)

    def _compatible(
        self,
        span: Span,
        tokens: list[str],
        lower: str,
        referent: Referent,
        acronyms: dict[str, str],
        bases: Iterable[str] | None = None,
    ) -> bool:
        """Whether the mention may join ``referent``; ``bases``: its distinct base forms
        where known (else ``referent.bases``)."""
        same_kind = (span.label_ == "LOC") == (referent.label == "LOC")
        if not same_kind:
            return False
        canonical = known_place(" ".join(tokens)) if self.places else None
        joined = "".join(tokens)
        for base in referent.bases if bases is None else bases:
            ref_tokens = base.split()
            if self.places:
                designators = place_name_designators()
                core = [t for t in ref_tokens if t not in designators]
                own = [t for t in tokens if t not in designators]
                if core and core == own:
                    return True
                if canonical is not None and known_place(base) == canonical:
                    return True
            elif len(tokens) < len(ref_tokens) and (
                _contains_sequence([word_key(t) for t in ref_tokens], [word_key(t) for t in tokens])
                and word_key(ref_tokens[-1]) == word_key(tokens[-1])
            ):
                return True
            if (
                span.label_ == "PER"
                and referent.label == "PER"
                and _is_middle_names_left_out(tokens, ref_tokens)
            ):
                return True
            if (
                span.label_ == "ORG"
                and referent.label == "ORG"
                and (
                    _is_head_of_named(tokens, ref_tokens)
                    or _is_name_without_legal_form(tokens, ref_tokens)
                    or _is_compound_tail(tokens, ref_tokens)
                    or same_known_org(" ".join(tokens), base)
                    or club_place_word(" ".join(tokens), base)
                    or club_without_place(" ".join(tokens), base)
                )
            ):
                return True
            if (
                referent.label == "ORG"
                and span.label_ == "ORG"
                and not is_acronym(base)
                and (is_acronym(joined) or lower in acronyms)
                and (acronym_fits(joined, base) or acronyms.get(lower) == base)
            ):
                return True
            if (
                referent.label == "ORG"
                and _is_placed_acronym(span, tokens)
                and not is_acronym(base)
                and (acronym_fits(tokens[0], base) or acronyms.get(tokens[0].lower()) == base)
            ):
                return True
            if len(lower) >= 5 and len(base) >= 5 and not other_first_part(lower, base.lower()):
                score = self.scorer(lower, base.lower(), score_cutoff=self.fuzzy_cutoff)
                if score >= self.fuzzy_cutoff:
                    return True
        return False


def _alias_owner(span: Span, aliases: dict[str, str], referents: Sequence[Referent]) -> int | None:
    """The one person (by position) with a mention that the text gives as another name of
    this person mention (:func:`~claimex.components.name_aliases.person_aliases`), or
    None."""
    alias = aliases.get(span.text.lower()) if aliases and span.label_ == "PER" else None
    if alias is None:
        return None
    owners = [
        k
        for k, referent in enumerate(referents)
        if referent.label == "PER" and any(s.text == alias for s in referent.spans)
    ]
    return owners[0] if len(owners) == 1 else None


def _is_placed_acronym(span: Span, tokens: Sequence[str]) -> bool:
    """Whether an organisation mention is an acronym and a listed place: a branch named by
    the organisation's acronym and its region ("GEW Niedersachsen", "SPD Bayern"), which
    the text also calls by the organisation's name."""
    return (
        span.label_ == "ORG"
        and len(tokens) == 2
        and is_acronym(tokens[0])
        and tokens[1] in gazetteer_places()
    )


def _sole_inner_word_owner(span: Span, tokens: Sequence[str], index: _ReferentIndex) -> int | None:
    """The one person whose fuller name has a one-word person mention that no other rule
    links as a word before its last: "Ban" after "Ban Ki-moon" (a family name written
    first), "Hirsi" beside "Ayaan Hirsi Ali". None where no person or several share
    that word ("Klaus" beside "Klaus Kleinfeld" and "Klaus Volk")."""
    if span.label_ != "PER" or len(tokens) != 1:
        return None
    key = word_key(tokens[0])
    owners = [
        k
        for k, referent in enumerate(index.referents)
        if referent.label == "PER"
        and any(
            len(words_of) > 1 and key in {word_key(word) for word in words_of[:-1]}
            for words_of in (base.split() for base in index.bases[k])
        )
    ]
    return owners[0] if len(owners) == 1 else None


def other_first_part(a: str, b: str) -> bool:
    """Whether two spellings are compounds of one tail with another first part: they
    differ in their first letter and share their last five or more ("Landeskriminalamt",
    "Bundeskriminalamt"); close in spelling, they name different bodies. (Misspelt or
    transliterated names differ inside or at the end: "Lukaschenko", "Lukashenko".)

    Example:
        >>> other_first_part("landeskriminalamt", "bundeskriminalamt")
        True
        >>> other_first_part("lukaschenko", "lukashenko")
        False
    """
    if not a or not b or a[0] == b[0]:
        return False
    shared = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        shared += 1
    return shared >= 5


def known_place(name: str) -> str | None:
    """The canonical name of a place that ``lexicon/knowledge.tsv`` knows ("Vereinigte
    Staaten" for "USA", "Myanmar" for "Birma"), or None.

    (Places only: the list's organisation names include generic ones whose canonical form
    holds in one country, "Außenministerium" for "Auswärtiges Amt".)

    Example:
        >>> known_place("USA"), known_place("Putin")
        ('Vereinigte Staaten', None)
    """
    entry = lookup(name)
    return entry.canonical if entry is not None and entry.label == "LOC" else None


def _is_head_of_named(tokens: Sequence[str], ref_tokens: Sequence[str]) -> bool:
    """Whether a one-word organisation mention is the head noun of a name that adds a
    place or name to it: "Universität" for "Universität Bayreuth", "Staatsanwaltschaft"
    for "Staatsanwaltschaft Hof", "Daimler" for "Daimler AG", an acronym too: "HSV" for
    "HSV Hamburg" (two words, the second capitalised; not "Tesla" for "Tesla Grohmann
    Automation", another company)."""
    return (
        len(tokens) == 1
        and len(ref_tokens) == 2
        and ref_tokens[0] == tokens[0]
        and all(t[:1].isupper() for t in ref_tokens[1:])
    )


def word_key(word: str) -> str:
    """A name word as mentions of one person share it: lower-cased, without a lower-case
    name particle joined by a hyphen to a capitalised word ("al-Gaddafi" -> "gaddafi";
    :func:`~claimex.components.namewords.without_name_particle`). A capitalised particle
    is kept ("Al-Hassani" -> "al-hassani"), so "Al-Hassani" at the start of a sentence
    does not share its key with "al-Hassani" elsewhere (making it do so was measured in
    round 7: neutral outside train_a).

    Example:
        >>> word_key("al-Gaddafi"), word_key("Al-Hassani")
        ('gaddafi', 'al-hassani')
    """
    return without_name_particle(word).lower()


def _is_middle_names_left_out(tokens: Sequence[str], ref_tokens: Sequence[str]) -> bool:
    """Whether a person mention has the first and last word of a longer name and others of
    its words in order ("Oliver Jufer" for "Oliver Rudolf Jufer")."""
    return (
        2 <= len(tokens) < len(ref_tokens)
        and tokens[0] == ref_tokens[0]
        and tokens[-1] == ref_tokens[-1]
        and _is_subsequence_of(tokens, ref_tokens)
    )


def _is_subsequence_of(short: Sequence[str], long: Sequence[str]) -> bool:
    items = iter(long)
    return all(item in items for item in short)


def _is_name_without_legal_form(tokens: Sequence[str], ref_tokens: Sequence[str]) -> bool:
    """Whether an organisation mention is the referent's name up to a legal form or company
    word ("PNE Wind" for "PNE Wind AG", "Wiener Linien" for "Wiener Linien GmbH & Co KG")."""
    n = len(tokens)
    return (
        0 < n < len(ref_tokens)
        and list(ref_tokens[:n]) == list(tokens)
        and ref_tokens[n] in words("company_words")
    )


_MIN_COMPOUND_TAIL = 8  # letters of a one-word name that may stand for a compound of it


def _compound_tails(word: str) -> list[str]:
    """The lower-cased endings of a one-word name that may stand for it ("kartellamt" of
    "Bundeskartellamt"), at least ``_MIN_COMPOUND_TAIL`` letters long."""
    lower = word.lower()
    return [lower[k:] for k in range(1, len(lower) - _MIN_COMPOUND_TAIL + 1)]


def _is_compound_tail(tokens: Sequence[str], ref_tokens: Sequence[str]) -> bool:
    """Whether a one-word organisation mention ends a one-word name ("Kartellamt" for
    "Bundeskartellamt", "Verfassungsgericht" for "Bundesverfassungsgericht")."""
    return (
        len(tokens) == 1
        and len(ref_tokens) == 1
        and tokens[0].isalpha()
        and len(tokens[0]) >= _MIN_COMPOUND_TAIL
        and tokens[0].lower() in _compound_tails(ref_tokens[0])
    )


class _ReferentIndex:
    """The referents of one :meth:`Linker.link` call, indexed by what a mention must
    share with one of a referent's base forms to join it (see ``_compatible``): the last
    word (by :func:`word_key`), the first word, the endings of a one-word organisation
    name, the words without place designators, an acronym's first initial or the name it
    was introduced for, or -- for the fuzzy match -- a spelling of about the same length.

    :meth:`candidates` returns a superset of the referents a mention may join, in order,
    for ``_compatible`` to decide; so a mention is compared with the few referents that
    share a key with it instead of with every referent of the document.
    """

    def __init__(self, linker: Linker, referents: list[Referent]) -> None:
        self.linker = linker
        self.referents = referents  # the caller's list, which grows as it links
        self.bases: list[dict[str, None]] = []  # distinct base forms, first seen first
        self._by_key: dict[tuple[str, bool, object], set[int]] = defaultdict(set)
        # lower-cased base forms of five characters or more, by length, and who has them
        self._spellings: dict[int, list[str]] = defaultdict(list)
        self._spelled_by: dict[str, set[int]] = defaultdict(set)

    def add(self, k: int, base: str) -> None:
        """Record that referent ``k`` has the base form ``base``."""
        while len(self.bases) <= k:
            self.bases.append({})
        if base in self.bases[k]:
            return
        self.bases[k][base] = None
        label = self.referents[k].label  # its first mention's, until linking ends
        is_loc = label == "LOC"
        ref_tokens = base.split()
        if self.linker.places:
            core = _core(ref_tokens)
            if core:
                self._by_key[("core", is_loc, core)].add(k)
            canonical = known_place(base)
            if canonical is not None:
                self._by_key[("canonical", is_loc, canonical)].add(k)
        elif ref_tokens:
            self._by_key[("last", is_loc, word_key(ref_tokens[-1]))].add(k)
            self._by_key[("first", is_loc, ref_tokens[0])].add(k)
            if label == "ORG" and len(ref_tokens) == 1:
                for tail in _compound_tails(ref_tokens[0]):
                    self._by_key[("tail", False, tail)].add(k)
            known = known_org(base) if label == "ORG" else None
            if known is not None:
                self._by_key[("known", False, known)].add(k)
        if label == "ORG" and not is_acronym(base):
            initials = acronym(base).lower()
            if initials:
                self._by_key[("initial", False, initials[:1])].add(k)
            self._by_key[("name", False, base)].add(k)
        if len(base) >= 5:
            spelling = base.lower()
            if spelling not in self._spelled_by:
                self._spellings[len(spelling)].append(spelling)
            self._spelled_by[spelling].add(k)

    def candidates(
        self, span: Span, tokens: list[str], lower: str, acronyms: dict[str, str]
    ) -> list[int]:
        """The referents (by position, in order) the mention may join: a superset."""
        is_loc = span.label_ == "LOC"
        found: set[int] = set()
        if self.linker.places:
            own = _core(tokens)
            if own:
                found |= self._by_key.get(("core", is_loc, own), set())
            canonical = known_place(" ".join(tokens))
            if canonical is not None:
                found |= self._by_key.get(("canonical", is_loc, canonical), set())
        elif tokens:
            found |= self._by_key.get(("last", is_loc, word_key(tokens[-1])), set())
            if len(tokens) == 1 or span.label_ == "ORG":
                found |= self._by_key.get(("first", is_loc, tokens[0]), set())
            if len(tokens) == 1 and span.label_ == "ORG":
                found |= self._by_key.get(("tail", False, tokens[0].lower()), set())
            known = known_org(" ".join(tokens)) if span.label_ == "ORG" else None
            if known is not None:
                found |= self._by_key.get(("known", False, known), set())
        joined = "".join(tokens)
        if _is_placed_acronym(span, tokens):
            found |= self._by_key.get(("initial", False, tokens[0].lower()[:1]), set())
            name = acronyms.get(tokens[0].lower())
            if name is not None:
                found |= self._by_key.get(("name", False, name), set())
        if span.label_ == "ORG" and (is_acronym(joined) or lower in acronyms):
            found |= self._by_key.get(("initial", False, joined.lower()[:1]), set())
            name = acronyms.get(lower)
            if name is not None:
                found |= self._by_key.get(("name", False, name), set())
        if len(lower) >= 5:
            for spelling in self._similar(lower):
                found |= self._spelled_by[spelling]
        return sorted(found)

    def _similar(self, lower: str) -> list[str]:
        """The recorded spellings the linker's scorer may find close to ``lower``."""
        linker = self.linker
        if linker.scorer is not fuzz.ratio:
            return list(self._spelled_by)  # another scorer: no bound is known
        # fuzz.ratio is at most 200 * min(m, n) / (m + n) for lengths m and n (a little
        # slack for rounding; the scorer itself decides in _compatible)
        cutoff = linker.fuzzy_cutoff - 0.5
        n = len(lower)
        pool = [
            spelling
            for m, spellings in self._spellings.items()
            if 200 * min(m, n) >= cutoff * (m + n)
            for spelling in spellings
        ]  # one scorer call for all lengths that may come close
        if not pool:
            return []
        return [
            choice
            for choice, _, _ in process.extract(
                lower, pool, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            )
        ]


@cache
def place_name_designators() -> frozenset[str]:
    """Words before a place's name that a mention of the place may leave out: the
    designators (lexicon/place_designators.txt, "Republik Moldau") and the administrative
    divisions (lexicon/place_divisions.txt, "Bundesstaat New York" / "New York")."""
    return words("place_designators") | words("place_divisions")


def _core(tokens: Sequence[str]) -> tuple[str, ...]:
    """The words of a place name without its designators ("Republik", "Bundesstaat")."""
    designators = place_name_designators()
    return tuple(t for t in tokens if t not in designators)


def _majority_label(referent: Referent) -> str:
    counts = Counter(span.label_ for span in referent.spans)
    best = max(counts.values())
    # Ties go to the label of the earliest mention among the best.
    for span in referent.spans:
        if counts[span.label_] == best:
            return span.label_
    return referent.label


_INFLECTED = ("en", "em")  # weak, dative and genitive endings of an adjective


# derivational suffixes of German adjectives (Duden grammar: -isch, -lich, -ig, -bar, -sam,
# -haft, -los; loan suffixes -al, -ell, -iv, -är, -ent, -ant): the stem of a weak form the
# lemmatizer does not know ("Hedonistischen") must end in one to be taken for an adjective
_ADJECTIVE_SUFFIXES = (
    "isch",
    "lich",
    "ig",
    "bar",
    "sam",
    "haft",
    "los",
    "al",
    "ell",
    "iv",
    "är",
    "ent",
    "ant",
)


def _inflected_adjective(word: str, lemma: str) -> bool:
    """Whether ``word`` is an adjective's -en/-em form: the lemmatizer gives its -e form
    ("Vereinigten" of "Vereinigte") or lower-case stem, or, where the lemmatizer does not
    know the word (lemma = word, or none), its stem ends in an adjective suffix
    ("Hedonistischen"). A word the tagger took for an adjective but that is a name
    ("Volkswagen") or a noun's plural ("Drohungen" of "Drohung") keeps its ending."""
    stem = word[:-2]
    if lemma and lemma != word:
        return lemma.lower() == stem.lower() + "e" or (lemma.islower() and lemma == stem.lower())
    return stem.lower().endswith(_ADJECTIVE_SUFFIXES)


def nominative_name(referent: Referent, name: str) -> str:
    """The name with its leading adjectives in the nominative, as a name is cited.

    A name made of capitalised adjectives and a noun takes the case of the sentence ("der
    Sudanesischen Befreiungsarmee", "in den Vereinigten Staaten"); it is cited without an
    article, in the nominative: "Sudanesische Befreiungsarmee", "Vereinigte Staaten". Only
    feminine and plural nouns (by the noun's morphology) are changed: their nominative
    ending -e is the same with or without an article. A masculine or neuter noun keeps
    the name as written ("Deutschen Bundestag"): the tagger often confuses the two genders,
    and each takes another ending (-er, -es).
    """
    if referent.label == "PER":
        return name
    span = next((s for s, b in zip(referent.spans, referent.bases, strict=True) if b == name), None)
    if span is None or len(span) < 2:
        return name
    doc = span.doc
    i = span.start
    while i < span.end and doc[i].pos_ == "ADJ" and doc[i].text[:1].isupper():
        i += 1
    if i == span.start or i == span.end:
        return name
    head = doc[i]
    if head.pos_ not in {"NOUN", "PROPN"} or not head.text[:1].isupper():
        return name
    plural = "Plur" in feature_values_at(doc, i, "Number")
    if not plural and feature_values_at(doc, i, "Gender") != ("Fem",):
        return name
    text = doc_text(doc)  # (doc.text joins every token anew)
    prefix = text[span.start_char : head.idx]
    cut = len(prefix)
    changed = False
    for k in range(span.start, i):
        word = doc[k].text
        if word.endswith(_INFLECTED) and _inflected_adjective(word, doc[k].lemma_):
            prefix = prefix.replace(word, word[:-2] + "e", 1)
            changed = True
    original = text[span.start_char : span.end_char]
    if not changed or not original.startswith(name) or len(name) <= cut:
        return name
    return prefix + name[cut:]


def fullest_name(referent: Referent) -> str:
    """The longest base form (by words, then characters); earliest on ties."""
    first = {b: -i for i, b in reversed(list(enumerate(referent.bases)))}
    return max(first, key=lambda b: (len(b.split()), len(b), first[b]))


def most_frequent_name(referent: Referent) -> str:
    """The most frequent base form; the fullest among equally frequent ones."""
    counts = Counter(referent.bases)
    best = max(counts.values())
    top = [b for b in referent.bases if counts[b] == best]
    first = {b: -i for i, b in reversed(list(enumerate(top)))}
    return max(first, key=lambda b: (len(b.split()), len(b), first[b]))
