"""Pronouns and demonstratives as sources: the actor or description they refer to.

Personal pronouns (er, sie, ihr, ihm, ihn, es, ihnen) go to the most recent preceding actor
mention that agrees in number and gender, a subject before an argument before an attribute;
mentions inside direct quotations are skipped. A pronoun continues the chain of the subject
pronoun before it. Plural pronouns go to the nearer of the last coordination of actors
("Putin und Lukaschenko") and the last plural subject ("Einige der … Moslems … teilten sie
mit"); the capitalised "Sie" inside a sentence is the polite address and refers to no one.
A demonstrative subject ("Dieser bestätigte") goes to the nearest agreeing actor mention
or person or body noun before it ("vom Wächterrat").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import partial
from itertools import compress

from spacy.tokens import Span, Token

from claimex.components.doctokens import token_view
from claimex.components.labels import SUBJECT
from claimex.components.speakers.agreement import (
    PronounFeatures,
    inanimate,
    lex_list,
    lex_map,
    morph,
    noun_gender,
    pronoun_features,
)
from claimex.components.speakers.mentions import Mentions
from claimex.components.speakers.sources import (
    Candidate,
    SourceRef,
    first_item,
    number_fits,
)


def _entry_start(entry: tuple[int, SourceRef, frozenset[str]]) -> int:
    return entry[0]


class PronounResolver(Mentions):
    """Pronoun resolution over the mentions (a layer of :class:`~.resolver.SpeakerResolver`)."""

    def _pronoun(
        self,
        token: Token,
        verb: Token | None,
        content: tuple[int, int] | None = None,
        *,
        depth: int = 0,
    ) -> list[SourceRef]:
        if token.text == "Sie" and not self._clause_initial(token):
            return []  # the polite address: "Befürchten Sie …?", "Bedenken Sie, dass …"
        features = pronoun_features(token, verb)
        span = Span(self.doc, token.i, token.i + 1)
        if features.plural:
            plural = self._plural_antecedent(token, speaks=verb is not None)
            if plural or token.lower_ != "sie":
                return plural
            # nothing plural to refer to: read "sie" as feminine singular
            features = PronounFeatures(plural=False, genders=frozenset({"Fem"}))
        best: Candidate | None = None
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
            first_item,
            self._window_of(sent),
            token.i,
            partial(number_fits, plural=bool(features.plural)),
        )
        # an earlier subject pronoun nearer than the subject found continues its chain
        bound = max(best.start if best and best_key[0] else -1, named[0] if named else -1)
        chained = self._chained(token, features, bound, depth)
        if chained:
            return [SourceRef(name=ref.name, actor=ref.actor, span=span) for ref in chained]
        person = self._person_index.last(
            self.person_sources,
            _entry_start,
            self._window_of(sent),
            token.i,
            lambda entry: (
                not features.plural
                and token.lower_ != "es"
                and (not entry[2] or not features.genders or bool(entry[2] & features.genders))
            ),
        )
        if person is not None and all(
            other is None or person[0] > other
            for other in (best.start if best else None, named[0] if named else None)
        ):
            # an unnamed person resolved as a source nearer than any actor or name
            return [SourceRef(name=person[1].name, actor=None, span=span)]
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
        positions = self._subject_pronoun_positions()
        lo = max(first, after)  # the pronouns in (lo, token.i), nearest first
        for k in range(bisect_left(positions, token.i) - 1, -1, -1):
            j = positions[k]
            if j <= lo:
                break
            other = self.doc[j]
            if other.dep_ not in SUBJECT or self._excluded(Candidate(-1, j, j + 1, 0)):
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

    def _subject_pronoun_positions(self) -> list[int]:
        """The tokens whose word is one of ``subject_pronouns``, in order (one C-level pass
        over the doc's words, on first use)."""
        if self._subject_pronouns is None:
            lowers = token_view(self.doc).lowers  # the words, without a Token per look
            pronouns = lex_list("subject_pronouns")
            self._subject_pronouns = list(
                compress(range(len(lowers)), map(pronouns.__contains__, lowers))
            )
        return self._subject_pronouns

    def _clause_initial(self, token: Token) -> bool:
        """Whether a token opens a sentence or follows an opening mark or a colon (where
        a capital letter says nothing)."""
        return (
            token.i == 0
            or bool(token.is_sent_start)
            or (self.doc[token.i - 1].is_punct and self.doc[token.i - 1].text not in (",", ";"))
        )

    def _plural_antecedent(self, token: Token, *, speaks: bool = True) -> list[SourceRef]:
        """What a plural pronoun or demonstrative refers to ("sie", "ihnen", "Diese"):
        the nearer of the last coordination of actors ("Putin und Lukaschenko") and the
        last plural subject in this or the previous sentence ("Einige der
        einflussreichsten britischen Moslems … In der Notiz teilten sie mit"; with
        ``speaks``, the subject of a verb of saying, only persons and organisations: not
        "Diese anonymen Zahlenreihen … Ihnen zufolge"), else the nearest actor mention or
        person noun in the plural there ("der Republikaner")."""
        span = Span(self.doc, token.i, token.i + 1)
        start, group = self._last_group_at(token.i)
        subject = self._plural_subject(token, animate=speaks)
        if subject is not None and subject.start > start:
            found = [
                SourceRef(name=ref.name, actor=ref.actor, span=span)
                for ref in self.resolve(subject)
            ]
            if found:
                return found
        if group:
            return [self.source(a, span) for a in group]
        sent = self.sentence_of(token.i)
        for cand in self._before(token.i):
            if cand.sentence < sent - 1:
                break
            if "Plur" in morph(self.doc[cand.end - 1], "Number"):
                return [self.source(cand.actor, span)]
        # no actor: the nearest plural person noun before it ("der Republikaner")
        lo = self.sentence_starts[max(0, sent - 1)]
        for j in range(token.i - 1, lo - 1, -1):
            noun = self.doc[j]
            if (
                noun.pos_ == "NOUN"
                and "Plur" in morph(noun, "Number")
                and self.is_person_noun(noun.text)
                and not (noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].pos_ == "PROPN")
            ):  # a title before a name is one person: "Premierminister Tony Blair"
                return [SourceRef(name=noun.text, actor=None, span=span)]
        return []

    def _plural_subject(self, token: Token, *, animate: bool) -> Span | None:
        """The noun phrase of the last plural subject before ``token`` in its sentence or
        the one before, by the parse; not a pronoun, not inside a quotation; with
        ``animate``, one for persons or organisations."""
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return None
        sent = self.sentence_of(token.i)
        lo = self.sentence_starts[max(0, sent - 1)]
        for j in range(token.i - 1, lo - 1, -1):
            if doc[j].dep_ not in SUBJECT or self._excluded(Candidate(-1, j, j + 1, 0)):
                continue
            # two subjects of one verb are a misparse: the first is the subject
            head = next(t for t in doc[j].head.children if t.dep_ in SUBJECT)
            if (
                head.pos_ not in ("NOUN", "PROPN", "PRON", "DET")
                or head.lower_ in lex_map("pronouns")
                or head.tag_ in lex_list("relative_tags")
                or "Plur" not in morph(head, "Number")
            ):
                continue
            start = head.left_edge.i
            while start < head.i and doc[start].pos_ in ("ADP", "PUNCT", "CCONJ"):
                start += 1
            phrase = doc[start : head.right_edge.i + 1]
            if not animate or self._animate_phrase(phrase, head):
                return phrase
        return None

    def _animate_phrase(self, phrase: Span, head: Token) -> bool:
        """Whether a subject stands for persons or organisations: an actor's mention as
        its head, a person or organisation noun as its head, or, for a pronoun head
        ("Einige der … Moslems"), the first noun after it."""
        if self.actor_at(head.i, head.i + 1):
            return True
        if head.pos_ in ("PRON", "DET"):
            # a quantifier over a group ("Einige der einflussreichsten britischen
            # Moslems"): animate unless its noun is a known thing
            nouns = [t for t in phrase if t.i > head.i and t.pos_ == "NOUN"]
            return bool(nouns) and not inanimate(nouns[0].text)
        return head.pos_ == "NOUN" and self.noun_type(head) is not None

    def _demonstrative(self, token: Token, verb: Token | None) -> list[SourceRef]:
        """A demonstrative pronoun as the subject ("Dieser bestätigte, dass …"): the
        nearest actor mention or person or organisation noun before it in this or the
        previous sentence that agrees in gender ("Unterdessen verlangte Mussawi vom
        Wächterrat die Annullierung der Wahl. Dieser bestätigte" -> Wächterrat); a
        plural one ("Diese haben erklärt") as a plural pronoun."""
        spec = lex_map("demonstratives").get(token.lower_, "")
        plural = "Plur" in spec and (
            "Plur" in morph(verb, "Number")
            if verb is not None and morph(verb, "Number")
            else "Plur" in morph(token, "Number")
        )
        if plural:
            return self._plural_antecedent(token)
        genders = frozenset(spec.split()) - {"Plur"}
        span = Span(self.doc, token.i, token.i + 1)
        noun = self._demonstrative_noun(token, genders)
        cand = next(
            (
                c
                for c in self._before(token.i)
                if c.sentence >= self.sentence_of(token.i) - 1
                and (not self.genders[c.actor] or self.genders[c.actor] & genders)
            ),
            None,
        )
        if cand is not None and (noun is None or cand.end > noun.i):
            return [self.source(cand.actor, span)]
        if noun is None:
            return []
        start = noun.left_edge.i
        while start < noun.i and self.doc[start].pos_ in ("ADP", "PUNCT"):
            start += 1
        return [
            SourceRef(name=ref.name, actor=ref.actor, span=span)
            for ref in self.resolve(self.doc[start : noun.i + 1])
        ]

    def _demonstrative_noun(self, token: Token, genders: frozenset[str]) -> Token | None:
        """The nearest singular noun for a person or an organisation before ``token`` in
        its sentence or the one before whose gender is among ``genders``."""
        sent = self.sentence_of(token.i)
        lo = self.sentence_starts[max(0, sent - 1)]
        for j in range(token.i - 1, lo - 1, -1):
            noun = self.doc[j]
            if (
                noun.pos_ != "NOUN"
                or "Plur" in morph(noun, "Number")
                or self._excluded(Candidate(-1, j, j + 1, 0))
            ):
                continue
            gender = set(morph(noun, "Gender")) or {noun_gender(noun.text) or ""}
            if gender & genders and self.noun_type(noun) is not None:
                return noun
        return None
