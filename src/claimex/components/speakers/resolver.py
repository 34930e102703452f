"""The speaker resolver: a source span to the actors or unnamed sources it names.

See the package docstring (:mod:`claimex.components.speakers`) for what it does and does
not do.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

from spacy.tokens import Span, Token

from claimex.components.doctokens import token_view
from claimex.components.entities import is_role_word
from claimex.components.labels import (
    CASE_MARKER,
    GENITIVE,
    INDIRECT_OBJECT,
    NOUNS,
    OBJECT,
    PREPOSITIONAL,
    RELATIVE,
    SUBJECT,
)
from claimex.components.speakers.agreement import (
    genitive_base,
    is_personal_pronoun,
    lex_list,
    lex_map,
    morph,
    noun_gender,
    number_by_word,
)
from claimex.components.speakers.descriptions import DescriptionResolver
from claimex.components.speakers.phrases import noun_phrase
from claimex.components.speakers.sources import Candidate, SourceRef, candidate_start
from claimex.lexicon import words

# how many tokens before its comma a relative pronoun's noun may stand
RELATIVE_REACH = 8


class SpeakerResolver(DescriptionResolver):
    """Resolve source spans of one doc to actors; see the package docstring.

    Args:
        doc: the parsed doc.
        actors: its actors (``doc._.claimex_actors``), whose spans are their mentions.
        sentence_starts: the first token of each sentence, sorted.
        window: how many sentences back a pronoun or description may refer.
        word_forms: inflected forms the pipeline's lemma table knows ("Kolleginnen" makes
            "Kollege" a person noun).
    """

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
        start, end = self._cut(span.start, span.end)
        span = Span(self.doc, start, end)  # (= doc[start:end], without the slice's checks)
        if self._no_nominal(span, verb):
            return []
        first = span[0]
        if len(span) == 1 and (
            first.tag_ in lex_list("relative_tags") or self._relative_subject(first)
        ):
            return self._relative(first, verb)
        owner = self._statement_owner(span)
        if owner is not None:
            # "laut Angaben des Spiegel", "einem Bericht des Magazins zufolge": the owner
            return self.resolve(owner, verb=verb, content=content)
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
                lead = self._coordinated_description(kept, span, speaks=verb is not None)
                return lead + [self.source(a, span) for a in kept]
            # "Badawis Ehefrau": the possessed description, never the possessor
            # (every actor here is a possessor, with its mentions inside the span: the
            # first actor's mention is kept by _coordinated even where it begins before)
            rest_start = max(c.end for a in possessors for c in self._starting(a, span))
            rest = self.doc[rest_start : span.end]
            if len(rest) and rest[0].text[:1].isupper():
                described = self._description(
                    rest, definite=True, exclude=frozenset(possessors), speaks=verb is not None
                )
                owner = self.doc[span.start : rest_start]
                if (
                    len(described) == 1
                    and described[0].actor is None
                    and len(owner)
                    and owner[-1].text.endswith("s")
                    and all(t.pos_ in NOUNS and t.text[:1].isupper() for t in owner)
                ):
                    # "Demjanjuks Sohn": an unnamed source keeps the name that says whose
                    # (its description, models/gold FORMAT)
                    ref = described[0]
                    return [SourceRef(name=f"{owner.text} {ref.name}", actor=None, span=span)]
                return described
            return [self.source(a, span) for a in actors]
        if len(span) == 1 and is_personal_pronoun(first):
            return self._pronoun(first, verb, content)
        if len(span) == 1 and first.lower_ in lex_map("demonstratives"):
            return self._demonstrative(first, verb)
        pair = self._pair(span)
        if pair:
            return pair
        part = self._name_part(span)
        if part is None:
            part = self._compound_name(span)
        if part is None:
            part = self._name_after_span(span)
        if part is not None:
            return [self.source(part, span)]
        return self._description(span, speaks=verb is not None)

    def _cut(self, start: int, end: int) -> tuple[int, int]:
        """The token range of ``doc[start:end]`` cut to its noun phrase, once per span."""
        cut = self._phrases.get((start, end))
        if cut is None:
            phrase = noun_phrase(Span(self.doc, start, end))
            cut = self._phrases[start, end] = (phrase.start, phrase.end)
        return cut

    def verb_free(self, start: int, end: int, verb: Token) -> bool:
        """Whether :meth:`resolve` gives ``doc[start:end]`` (a non-empty span) the same
        sources with ``verb`` as with any other verb of which the same holds. The verb is
        read by :meth:`_no_nominal` where the phrase's root is a noun that depends on it,
        by the relative and demonstrative pronouns' paths and the statement owner's
        resolution (none of which may apply), and by :meth:`_pronoun` only through
        :func:`~.agreement.pronoun_features` (where the word decides the number)."""
        known = self._verb_reads.get((start, end))
        if known is None:
            known = self._verb_reads[start, end] = self._verb_read(start, end)
        free, noun_head = known
        return free and noun_head != verb.i

    def _verb_read(self, start: int, end: int) -> tuple[bool, int]:
        """:meth:`verb_free` of a span by its words and parse alone (once per span):
        whether it may hold for a verb, and the head of the phrase's root where that root
        is a noun (-1 where not), the one verb of which it does not."""
        cut_start, cut_end = self._cut(start, end)
        phrase = Span(self.doc, cut_start, cut_end)
        root = phrase.root
        noun_head = root.head.i if root.pos_ == "NOUN" else -1
        if cut_end - cut_start > 1:
            return self._statement_owner(phrase) is None, noun_head
        if root.tag_ in lex_list("relative_tags") or self._relative_subject(root):
            return False, noun_head
        if is_personal_pronoun(root):
            return number_by_word(root), noun_head
        return root.lower_ not in lex_map("demonstratives"), noun_head

    def _no_nominal(self, span: Span, verb: Token | None) -> bool:
        """Whether a source span is no speaker by its words and role: a clause adverb
        the tagger took for a noun at a sentence start (``clause_adverbs``: "Demnach",
        "Monatelang", "Des Weiteren"), or a bare dative plural object of the cue verb
        ("sagte Reportern", by its -n ending; a singular dative looks like a nominative the
        tagger misread): the addressee, never the speaker, who is the verb's subject."""
        lowers = token_view(self.doc).lowers  # = Token.lower_, without a Token per word
        determiners = lex_list("determiners")
        content = [w for w in lowers[span.start : span.end] if w not in determiners]
        if len(content) == 1 and content[0] in words("clause_adverbs"):
            return True
        if verb is None or not self.doc.has_annotation("DEP"):
            return False
        root = span.root
        if not (
            root.pos_ == "NOUN"
            and root.head.i == verb.i
            and verb.pos_ in ("VERB", "AUX")
            and (span.start == 0 or self.doc[span.start - 1].pos_ != "ADP")
            and not any(child.dep_ in CASE_MARKER for child in root.children)
        ):
            return False
        return (
            root.dep_ in OBJECT | INDIRECT_OBJECT
            and morph(root, "Case") == ["Dat"]
            and morph(root, "Number") == ["Plur"]
            and root.lower_.endswith("n")
        )

    def _statement_owner(self, span: Span) -> Span | None:
        """The owner of a statement noun (``statement_nouns``) that heads the span, by its
        genitive or von-attribute (``statement_owner_openers``): "Angaben des Spiegel" ->
        "des Spiegel", "einem Artikel von „BBC News“" -> "„BBC News“"; None where the
        span is no such phrase. The gold convention names the owner as the source."""
        view = token_view(self.doc)  # the words, without a Token per look
        texts, lowers = view.texts, view.lowers
        determiners = lex_list("determiners")
        k = span.start
        while k < span.end and (lowers[k] in determiners or not texts[k][:1].isupper()):
            k += 1  # determiners and adjectives: "einem ausführlichen Bericht"
        if k + 1 >= span.end or texts[k] not in lex_list("statement_nouns"):
            return None
        opener = lowers[k + 1]
        if opener not in lex_list("statement_owner_openers"):
            return None
        start = k + 2 if opener in ("von", "vom") else k + 1
        if start >= span.end or not any(texts[j][:1].isupper() for j in range(start, span.end)):
            return None
        return self.doc[start : span.end]

    def _coordinated_description(
        self, kept: list[int], span: Span, *, speaks: bool
    ) -> list[SourceRef]:
        """An unnamed source coordinated before the first actor of the span ("Der
        Landesbeauftragte für Datenschutz, die Grünen und die Linken"): the noun phrase
        before the last "," / "und" ahead of the actor's mention, where it is a
        coordination (an "und" there, or a comma with more actors joined after it) and
        not an apposition ("Die Fraktionsvorsitzende der Linkspartei, Petra Pau")."""
        mention = self._first_mention(kept[0], span.start, span.end, overlap=True)
        if mention is None or mention.start - span.start < 2:
            return []
        before = self.doc[span.start : mention.start]
        separators = [t for t in before if t.lower_ in lex_list("coordinators") or t.text == ","]
        if not separators:
            return []
        sep = separators[-1]
        if (sep.text == "," and len(kept) < 2) or self.doc[mention.start - 1].pos_ in NOUNS:
            return []  # an apposition, or titles of one name ("Abgeordnete und Bürgermeisterin X")
        desc = self.doc[span.start : sep.i]
        if (
            not len(desc)
            or self.actor_at(desc.start, desc.end)
            or not any(t.pos_ == "NOUN" and self.noun_type(t) is not None for t in desc)
        ):
            return []
        return self._description(desc, speaks=speaks)

    def _name_after_span(self, span: Span) -> int | None:
        """The person named right after a span that a person noun heads, where the span
        was cut from the name: the title before it ("Fed-Chef Ben Bernanke hatte
        angekündigt": "Fed-Chef" as the subject) or the apposition after a comma ("Nach
        den Worten der innenpolitischen Sprecherin der FDP-Bundesfraktion, Gisela Piltz,
        fehle …"); not a name in the genitive ("ein Sprecher Merkels")."""
        doc = self.doc
        last = span[-1]
        if last.pos_ in ("NOUN", "") and self.noun_type(last) == "PER":
            start = span.end
        elif span.end + 1 < len(doc) and doc[span.end].text == "," and self._person_headed(span):
            start = span.end + 1
        else:
            return None
        adjacent = start == span.end
        start = self._after_titles(start)
        for cand in self._starting_in(start, start + 1):
            if self.actors[cand.actor].label != "PER" or self.is_genitive_name(doc[cand.end - 1]):
                continue
            if adjacent or (cand.end < len(doc) and doc[cand.end].text == ","):
                return cand.actor
        return None

    def _person_headed(self, span: Span) -> bool:
        """Whether the first noun of the span is a person noun ("der innenpolitischen
        Sprecherin der FDP-Bundesfraktion")."""
        nouns = [t for t in span if t.pos_ == "NOUN"]
        return bool(nouns) and self.noun_type(nouns[0]) == "PER"

    def _compound_name(self, span: Span) -> int | None:
        """The organisation whose mention ends a hyphen compound that heads the span
        ("der Landes-SPD" -> SPD, "die Bundes-CDU"): a part of the party, which the gold
        conventions give as the party itself; the last such actor mentioned before it."""
        texts = token_view(self.doc).texts
        words = [texts[j] for j in range(span.start, span.end) if texts[j][:1].isupper()]
        if len(words) != 1 or "-" not in words[0]:
            return None
        last = words[0].rsplit("-", 1)[1]
        if not last[:1].isupper() or words[0].split("-", 1)[0].lower() not in (
            lex_list("compound_part_prefixes")
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
        angab, …"): the noun phrase its relative clause qualifies."""
        noun = self._relative_noun(token)
        if noun is None:
            return []
        start = noun.left_edge.i
        while start < noun.i and self.doc[start].pos_ in ("ADP", "PUNCT"):
            start += 1
        if self.doc[start].tag_ in lex_list("relative_tags"):
            return []
        return self.resolve(self.doc[start : noun.i + 1], verb=verb)

    def _relative_subject(self, token: Token) -> bool:
        """A relative pronoun the tagger took for an article: "der", "die", "das" right
        after a comma as the subject of the clause that follows."""
        return (
            token.lower_ in lex_map("relative_pronouns")
            and token.i > 0
            and self.doc[token.i - 1].text == ","
            and token.dep_ in SUBJECT
        )

    def _relative_noun(self, token: Token) -> Token | None:
        """The noun a subject relative pronoun refers to: the one its clause hangs on
        by the parse where it agrees in gender and number, else the nearest noun
        before the comma that does ("eines thailändischen Jungen, der angab": not
        "die Aussage" the parse chose)."""
        wanted = frozenset(lex_map("relative_pronouns").get(token.lower_, "").split())
        clause = token.head
        noun = clause.head
        if (
            clause.dep_ in RELATIVE
            and noun is not clause
            and noun.i < token.i
            and self._agrees(noun, wanted)
        ):
            return noun
        sent_start = self.sentence_starts[self.sentence_of(token.i)]
        for j in range(token.i - 2, max(sent_start, token.i - RELATIVE_REACH) - 1, -1):
            other = self.doc[j]
            if other.pos_ in NOUNS and self._agrees(other, wanted):
                return other
        return None

    def _agrees(self, noun: Token, wanted: frozenset[str]) -> bool:
        """Whether a noun may take a pronoun of the genders (and "Plur") in ``wanted``,
        by its own, its determiner's and its suffix's features; any noun where the
        pronoun gives none."""
        if not wanted:
            return True
        found = set(morph(noun, "Gender"))
        if "Plur" in morph(noun, "Number"):
            found.add("Plur")
        det = self.doc[noun.left_edge.i]
        if det.i < noun.i and det.pos_ == "DET":
            found.update(lex_map("determiner_genders").get(det.lower_, "").split())
        gender = noun_gender(genitive_base(noun))
        if gender:
            found.add(gender)
        return not found or bool(found & wanted)

    def _unnamed_member(self, span: Span) -> bool:
        """An indefinite person description whose named actors are only its attribute:
        "ein Vertreter des Außenministeriums", "ein Sprecher von Tesla", "ein AUA-Sprecher"
        (the unnamed person speaks, not the organisation)."""
        if len(span) < 2 or span[0].lower_ not in lex_list("indefinite_determiners"):
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
            if cand.start > head_i + 1 and self.doc[head_i + 1].lower_ in lex_list(
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
        organisation after ``attribute_sources`` that follows a member noun of
        ``member_nouns`` ("Vertreter von Amnesty International", the gold convention) are
        no such attribute; after any other person noun it is ("Der Bürgermeister von
        Orleans", "der Sportchef von Bayer 04 Leverkusen")."""
        if not self.doc.has_annotation("DEP"):
            return False
        mentions = self._starting(actor, span)
        if not mentions or mentions[0].start == span.start:
            return False
        return all(self._attribute_mention(cand, span) for cand in mentions)

    def _attribute_mention(self, cand: Candidate, span: Span) -> bool:
        """Whether one mention is a genitive or prepositional attribute of a person noun
        before it in the span: by the parse, or by the words where the parse hung the
        name after it on the mention ("Die Vorsitzende der Linken Gesine Lötzsch")."""
        doc = self.doc
        root = doc[cand.start : cand.end].root
        head = root.head
        if self._genitive_after_person(cand, span):
            return True
        if (
            root.dep_ not in GENITIVE | PREPOSITIONAL
            or not span.start <= head.i < cand.start
            or head.pos_ not in NOUNS
        ):
            return False
        between = doc[head.i + 1 : cand.start]
        member = head.text in lex_list("member_nouns")
        if not len(between) or any(
            t.pos_ not in ("ADP", "DET", "ADJ")
            or (member and t.lower_ in lex_list("attribute_sources"))
            for t in between
        ):
            return False
        det = doc[head.left_edge.i] if head.left_edge.i < head.i else head
        return self.is_person_noun(head.text) or self._animate(head, det)

    def _genitive_after_person(self, cand: Candidate, span: Span) -> bool:
        """A mention right after a genitive article that follows a person noun in the
        span, with a person's name right after it: "Die Vorsitzende der Linken Gesine
        Lötzsch" (the name is the person's; the party only says whose)."""
        doc = self.doc
        at = cand.start - 1
        if at - 1 < span.start or doc[at].lower_ not in lex_list("genitive_articles"):
            return False
        noun = doc[at - 1]
        if noun.pos_ != "NOUN" or self.noun_type(noun) != "PER":
            return False
        return any(
            self.actors[other.actor].label == "PER"
            for other in self._starting_in(cand.end, cand.end + 1)
        )

    def _name_part(self, span: Span) -> int | None:
        """The actor one of whose name words a one-word span is: a later "M" or "Husam"
        the NER missed after "Husam M."; the last such actor mentioned before it. A name
        particle before the word is read with it ("de Maizière" after "Thomas de
        Maizière")."""
        if len(span) == 2 and span[0].lower_ in words("name_particles"):
            span = span[1:]
        if len(span) != 1 or not span[0].text[:1].isupper() or span[0].ent_type_:
            return None
        word = span[0].text.rstrip(".")
        if len(word) < 1 or is_role_word(word):
            return None
        if self._by_name_word is None:
            self._by_name_word = defaultdict(list)
            for cand in self._candidates:
                ref = self.actors[cand.actor]
                if cand.described:
                    continue
                names = ref.name.split()
                if len(names) >= 2 and ref.label == "PER":
                    for name_word in dict.fromkeys(n.rstrip(".") for n in names):
                        self._by_name_word[name_word].append(cand)
        # the latest mention ending before the span; the first in text order on ties
        cands = self._by_name_word.get(word, [])
        best: Candidate | None = None
        for k in range(bisect_left(cands, span.start, key=candidate_start) - 1, -1, -1):
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
            between = set(token_view(self.doc).lowers[last_end : mention.start])
            if (
                not kept
                or between & {"und", "sowie", "&"}
                or self._listed(between, mention.end, span)
            ):
                kept.append(actor)
                last_end = mention.end
        return kept

    def _listed(self, between: set[str], after: int, span: Span) -> bool:
        """Whether only a comma (and an article) stands between a mention and the actor
        before it (``between``: those words), and a conjunction follows the mention's end
        ``after`` in the span: a conjunct of an enumeration
        ("Transparency International, Campact und LobbyControl"), not an apposition
        ("Andreas Schoo, Chef der Bauer Media Group")."""
        if "," not in between or not between <= {","} | set(lex_list("determiners")):
            return False
        lowers = token_view(self.doc).lowers
        conjunctions = words("list_conjunctions")
        return any(lowers[j] in conjunctions for j in range(after, span.end))

    def _pair(self, span: Span) -> list[SourceRef]:
        """The last coordination of two actors before the span, for the dual (``pair_words``
        of lexicon/speakers.json) alone ("die beiden") or before a person noun in the plural
        ("Die Politiker Peter Danckert und Max Straubinger … nach Meinung der beiden
        Politiker"); an empty list for any other span, and where no coordination stands in
        the window."""
        tokens = [t for t in span if t.lower_ not in lex_list("determiners")]
        if not tokens or tokens[0].lower_ not in lex_list("pair_words"):
            return []
        cut = next((k for k, t in enumerate(tokens) if t.pos_ == "ADP"), len(tokens))
        tokens = tokens[:cut]  # an adjunct the cut kept: "der beiden Politiker in Zukunft"
        nouns = [t for t in tokens[1:] if t.text[:1].isupper()]
        if len(tokens) > 1 and not (
            len(nouns) == 1
            and nouns[0].i == tokens[-1].i
            and "Sing" not in morph(nouns[0], "Number")
            and self.noun_type(nouns[0]) == "PER"
        ):
            return []  # "die beiden Länder": no pair of persons
        return [self.source(a, span) for a in self._last_group(span.start)]

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
            elif (
                nxt.lower_ in words("list_conjunctions")
                or not nxt.is_alpha
                or not any(
                    t.text[:1].isupper() and not t.ent_type_ for t in self.doc[cand.end : span.end]
                )
            ):
                return False  # "Badawis nach Kanada geflüchtete Ehefrau": a noun follows
        return True
