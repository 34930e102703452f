"""Noun phrases without a name as sources: unnamed sources, and the actors that definite
descriptions refer to.

A definite description ("der Politiker", "die Denkfabrik", "der 69-Jährige") goes to the
most recent actor whose roles contain the noun, else the most recent actor of the fitting
type (role noun -> person, organisation noun -> organisation) that agrees in gender; the
resolved description is then added to the actor's spans. Any other noun phrase is an
unnamed source, named by its description without the determiner ("der Geheimdienstchef
Moldaus" -> "Geheimdienstchef Moldaus").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Span, Token

from claimex.components.doctokens import pos_tags, token_texts
from claimex.components.entities import is_org_description
from claimex.components.knowledge import lookup
from claimex.components.labels import APPOSITION
from claimex.components.speakers.agreement import (
    AGE_ENDINGS,
    genitive_base,
    lex_list,
    lex_map,
    morph,
)
from claimex.components.speakers.named_descriptions import NamedDescriptions
from claimex.components.speakers.phrases import nominative, noun_phrase
from claimex.components.speakers.sources import (
    Candidate,
    SourceRef,
    candidate_start,
    first_item,
)
from claimex.lexicon import table, words

# how many sentences after an indefinite description the person it introduces may be named
CATAPHORA_SENTENCES = 2
# the article's lead, where a description may introduce a person named after it
LEAD_SENTENCES = 3


def statement_compound_source(tokens: Sequence[Token]) -> str | None:
    """The source a one-word compound of a statement noun names in its first part, by the
    gold convention (``statement_compound_suffixes`` of ``lexicon/speakers.json``): "nach
    Polizeiangaben" -> "Polizei", "UNO-Angaben" -> "UNO", "Regierungsangaben" ->
    "Regierung" (a linking -s after ``linking_s_endings`` dropped); None for any other
    phrase, or for the statement noun alone ("Angaben")."""
    if len(tokens) != 1:
        return None
    text = tokens[0].text
    for suffix in lex_list("statement_compound_suffixes"):
        if not text.lower().endswith(suffix) or len(text) - len(suffix) < 2:
            continue
        stem = text[: len(text) - len(suffix)].rstrip("-")
        if stem.lower().endswith(tuple(lex_list("linking_s_endings"))):
            stem = stem[:-1]
        return stem if len(stem) >= 2 and stem[:1].isupper() else None
    return None


class DescriptionResolver(NamedDescriptions):
    """Description resolution (a layer of :class:`~.resolver.SpeakerResolver`)."""

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
        while tokens and tokens[0].lower_ in lex_list("determiners"):
            tokens = tokens[1:]
        if not tokens:
            return []
        owner = self._compound_owner(tokens)
        if owner is not None:
            # "Der OSZE-Bericht", "UNO-Angaben": the organisation the first part names
            return [self.source(owner, span)]
        stem = statement_compound_source(tokens)
        if stem is not None:
            return [SourceRef(name=stem, actor=None, span=span)]
        unknown = self._unknown_name_after(span)
        if unknown is not None:
            return [unknown]
        doc = self.doc
        heads = [t for t in tokens if t.text[:1].isupper() or t.text.endswith(AGE_ENDINGS)]
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
        kind = self.noun_type(head)
        # "Musiker Heino", "EU-Kommissar Dimitris Avramopoulos": a name the NER missed
        # after its title is the source's name
        name = self._name_after_title(tokens, kind)
        if not name and kind == "PER":
            name = self.given_name_run(head.i + 1, tokens[-1].i + 1)
        if not name and kind is not None:
            appositive = self._apposition_name(span, kind, exclude)
            if appositive is not None:
                # "Gabriel Entcha-Ebia, der Justizminister des Landes, sagte": the name in
                # apposition is the source (FORMAT.md: the actor's name; a description
                # only for an unnamed source), and the description one of its mentions
                self.add_mention(appositive, doc[tokens[0].i : tokens[-1].i + 1])
                return [self.source(appositive, span)]
        if name:
            tokens = name
        text = doc[tokens[0].i : tokens[-1].i + 1].text
        if not name:
            text = nominative(doc[tokens[0].i : tokens[-1].i + 1], head, span[0])
        # A bare definite description ("die Denkfabrik", "der 69-Jährige") corefers.
        if definite is None:
            definite = span[0].lower_ in lex_list("definite_determiners")
        bare = head.i == tokens[-1].i
        if kind is None and speaks and definite and bare and self._animate(head, span[0]):
            kind = "PER"
        if kind == "ORG" and bare and not name:
            named = self._org_named_after(span)
            if named is not None:
                # "des Nachrichtenmagazins DER SPIEGEL", "die staatliche
                # Nachrichtenagentur „Sana“": the name that follows the noun
                return [self.source(named, span)]
        if bare and not name and tokens[0].i == head.i == span.start:
            # "Laut Polizei" after "die Berliner Polizei": the fuller earlier form
            fuller = self._earlier_place_form(head)
            if fuller is not None:
                return [SourceRef(name=fuller, actor=None, span=span)]
        if definite and bare and not name:
            # "der Übergangsrat" after "Nationaler Übergangsrat": the organisation whose
            # name the noun ends (an organisation noun asks it after the window's actors)
            actor = self._name_headed(head, exclude) if kind != "ORG" else None
            if actor is not None:
                self.add_mention(actor, doc[tokens[0].i : head.i + 1])
                return [self.source(actor, span)]
            earlier = self._earlier_description(head)
            if earlier is None and kind == "PER":
                earlier = self._earlier_compound(head)
            if earlier is not None:
                return [SourceRef(name=earlier.name, actor=None, span=span)]
        if (
            kind == "PER"
            and bare
            and not name
            and span[0].lower_ in lex_list("indefinite_determiners")
        ):
            actor = self._cataphoric(span, head)
            if actor is not None:
                self.add_mention(actor, doc[tokens[0].i : head.i + 1])
                return [self.source(actor, span)]
        if definite and bare and kind and not name:
            actor = self._antecedent(head, kind, span[0], exclude=exclude)
            if actor is None and kind == "ORG":
                actor = self._name_headed(head, exclude)
            if (
                actor is None
                and kind == "PER"
                and self.noun_type(head) == "PER"
                and self._description_genders(head, span[0])
            ):
                # "Der deutsche Bundespräsident hat … Köhler warb": the lead names later
                # one person (a singular person noun, not "die Schüler", nor a noun only
                # taken for a speaker: "der Staat")
                actor = self._cataphoric(span, head, titled=False)
            if actor is not None:
                desc = doc[tokens[0].i : head.i + 1]
                self.add_mention(actor, desc)
                return [self.source(actor, span)]
        if (
            kind is None
            and doc.has_annotation("POS")
            and not any(t.pos_ in ("NOUN", "PROPN") for t in tokens)
        ):
            return []
        if kind is None and not name and all(self._name_word(t, tagged=False) for t in tokens):
            # "Thaksin" (tagged a place) after "Thaksin Shinawatra"; "Guttenberg" where
            # the article writes "Karl-Theodor zu Guttenberg": the fullest name
            person = (
                self._person_named(tokens[0])
                if len(tokens) == 1 and self._name_word(tokens[0])
                else None
            )
            if person is not None:
                return [self.source(person, span)]
            text = self.fullest_form(text)
        if not name and len(tokens) > 1 and self.noun_type(tokens[-1]) != "PER":
            bare_name = self._name_without_epithets(tokens, tokens[-1], span[0])
            if bare_name is not None:
                # "der englische Independent", "verschiedener US-Medien": the name without
                # the adjectives that describe it (an actor where one has it)
                actor = self._actor_named(bare_name)
                if actor is not None:
                    return [self.source(actor, span)]
                text = bare_name
        ref = SourceRef(name=text, actor=None, span=span)
        if kind == "PER" and not name and "Plur" not in morph(head, "Number"):
            genders = self._description_genders(head, span[0])
            self.person_sources.append((span.start, ref, genders))
        if not name and len(tokens) > 1:
            # fuller than its noun: a later bare "der Bericht", "den Beobachtern" names it
            self.descriptions.append((span.start, genitive_base(head).lower(), ref))
        if name or (
            all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in tokens) and kind != "ORG"
        ):
            self.named_sources.append((span.start, ref))
        return [ref]

    def _cataphoric(self, span: Span, head: Token, *, titled: bool = True) -> int | None:
        """The person an indefinite description introduces before the text names them:
        "Nach Berechnungen eines US-Forschers sind … Der Biologe Jody Hey von der Rutgers
        University …". Only in the article's lead (its first ``LEAD_SENTENCES``
        sentences), where no person is mentioned before the description (it opens the
        article's cast), and only the first person named after it, within
        ``CATAPHORA_SENTENCES`` sentences, who stands beside a person noun of their own
        ("Der Biologe Jody Hey", "Jody Hey, ein Biologe") and agrees in gender; without
        ``titled`` (a definite description with no antecedent: "Der deutsche
        Bundespräsident hat … Köhler warb"), the person need not stand beside one."""
        if self.sentence_of(span.start) >= LEAD_SENTENCES or any(
            self.actors[cand.actor].label == "PER"
            for cand in self._candidates
            if cand.start < span.start
        ):
            return None
        last = self.sentence_of(span.start) + CATAPHORA_SENTENCES
        genders = self._description_genders(head, span[0])
        for cand in self._candidates:
            if (
                cand.start < span.end
                or self.actors[cand.actor].label != "PER"
                or not self._proper(cand)
            ):
                continue
            if cand.sentence > last or self._excluded(cand):
                return None
            known = self.genders[cand.actor]
            if known and genders and not known & genders:
                return None
            return cand.actor if not titled or self._person_titled(cand) else None
        return None

    def _proper(self, cand: Candidate) -> bool:
        """Whether a mention holds a proper noun (not a common noun the NER took for a
        person: "300 Jäger und Sammlerinnen")."""
        mention = self.doc[cand.start : cand.end]
        return not self.doc.has_annotation("POS") or any(t.pos_ == "PROPN" for t in mention)

    def _person_titled(self, cand: Candidate) -> bool:
        """Whether a mention stands beside a person noun: right after it ("Der Biologe
        Jody Hey") or with it in apposition, by the parse ("Jody Hey, ein Biologe")."""
        doc = self.doc
        if (
            cand.start > 0
            and doc[cand.start - 1].pos_ == "NOUN"
            and self.is_person_noun(doc[cand.start - 1].text)
        ):
            return True
        root = doc[cand.start : cand.end].root
        related = [root.head] if root.dep_ in APPOSITION else []
        related += [t for t in root.children if t.dep_ in APPOSITION]
        return any(t.pos_ == "NOUN" and self.is_person_noun(t.text) for t in related)

    def _description_genders(self, head: Token, det: Token) -> frozenset[str]:
        """The genders a person description allows: feminine by "-in", else by the
        noun's or its determiner's morphology; empty where unknown or plural."""
        if "Plur" in morph(head, "Number"):
            return frozenset()
        if head.text.lower().endswith(("in", "innen")):
            return frozenset({"Fem"})
        found = set(morph(head, "Gender")) or set(morph(det, "Gender"))
        return frozenset(found & {"Masc", "Fem"})

    def _earlier_place_form(self, head: Token) -> str | None:
        """The last form of a bare noun before ``head`` in the window with a place
        adjective before it ("die Berliner Polizei" for "Laut Polizei"): "Berliner
        Polizei"; None where there is none. A place adjective is capitalised and ends in
        -er ("Berliner", "Münchner"), and is not the first word of its sentence."""
        doc = self.doc
        sent = self.sentence_of(head.i)
        lo = self.sentence_starts[max(0, sent - self.window)]
        texts = token_texts(doc)  # the words, without a Token per look
        for j in range(head.i - 1, lo, -1):
            if texts[j] != head.text or self._excluded(Candidate(-1, j, j + 1, 0)):
                continue
            adjective = doc[j - 1]
            if (
                adjective.text[:1].isupper()
                and adjective.text.endswith("er")
                and adjective.is_alpha
                and adjective.lower_ not in lex_list("determiners")
                and not adjective.is_sent_start
                and adjective.ent_type_ != "PER"
            ):
                return f"{adjective.text} {head.text}"
        return None

    def _earlier_description(self, head: Token) -> SourceRef | None:
        """The last fuller unnamed description before ``head`` whose head noun ends in
        it or its lemma ("interner Untersuchungsbericht …" for "der Bericht", "politischer
        Beobachter" for "den Beobachtern"), within the window."""
        variants = (head.text, head.lemma_, genitive_base(head))
        forms = tuple({form.lower() for form in variants if len(form) >= 4})
        if not forms:
            return None
        earlier = self._description_index.last(
            self.descriptions,
            first_item,
            self._window_of(self.sentence_of(head.i)),
            head.i,
            lambda entry: entry[1].endswith(forms),
        )
        return earlier[2] if earlier is not None else None

    def _earlier_compound(self, head: Token) -> SourceRef | None:
        """The noun phrase of the last compound before ``head`` within the window that
        ends in its noun ("Klimaforscher der University of Colorado" for
        "Die Forscher"): the bare description is that group, shortened; none where the
        compound is the title of a person named beside it ("Bundeskanzlerin Angela
        Merkel" … "die Kanzlerin" is hers, found as her antecedent)."""
        word = genitive_base(head)
        lower = word.lower()
        if len(lower) < 4:
            return None
        sent = self.sentence_of(head.i)
        texts, pos = token_texts(self.doc), pos_tags(self.doc)  # (no Token per word)
        for j in range(head.i - 1, self.sentence_starts[max(0, sent - self.window)] - 1, -1):
            if len(texts[j]) <= len(word) + 2 or pos[j] != "NOUN":
                continue  # too short for a compound, also without a genitive ending
            noun = self.doc[j]
            text = genitive_base(noun)
            if (
                len(text) <= len(word) + 2
                or not text.lower().endswith(lower)
                or self._excluded(Candidate(-1, j, j + 1, 0))
            ):
                continue
            if any(
                self.actors[cand.actor].label == "PER"
                for cand in self._overlapping(j, noun.right_edge.i + 3)
            ):
                return None  # a named person's title: "Bundeskanzlerin Angela Merkel"
            phrase = noun_phrase(self.doc[j : noun.right_edge.i + 1])
            return SourceRef(name=nominative(phrase, noun, phrase[0]), actor=None, span=phrase)
        return None

    def _titled(self, cand: Candidate, head: Token) -> bool:
        """Whether the mention carries the description's noun as its title, inside it
        or right before it ("Die Umweltschutzorganisation WWF"), or is that noun, as a
        description linked to the actor before ("der Umweltschutzorganisation")."""
        lo = max(0, cand.start - 1)
        tokens = self.doc[cand.start : cand.end] if cand.described else self.doc[lo : cand.end - 1]
        return any(
            t.lemma_ == head.lemma_ or t.text == head.text for t in tokens if t.text[:1].isupper()
        )

    def _animate(self, head: Token, det: Token) -> bool:
        """A masculine or feminine noun that is no abstract or organisation word: as the
        subject of a verb of saying, a person ("der Bub", "die Seniorin")."""
        genders = set(morph(head, "Gender")) or {
            g for g in ("Masc", "Fem") if g in lex_map("determiner_genders").get(det.lower_, "")
        }
        if (
            not genders & {"Masc", "Fem"}
            or "Neut" in genders
            or "Plur" in morph(head, "Number")
            or (self.doc.has_annotation("POS") and head.pos_ != "NOUN")
            or is_org_description(head.text)
        ):
            return False
        lower = head.text.lower()
        return not lower.endswith(tuple(lex_list("inanimate_suffixes"))) and (
            head.text not in lex_list("inanimate_nouns")
        )

    def _medium(self, actor: int) -> bool:
        """Whether an organisation is a news outlet or agency by ``lexicon/knowledge.tsv``
        (its name or one of its mentions: "CNN", "Der Spiegel")."""
        ref = self.actors[actor]
        return any(
            entry is not None and entry.type in ("media", "news_agency")
            for entry in map(lookup, dict.fromkeys([ref.name, *(s.text for s in ref.spans)]))
        )

    def _org_kind(self, actor: int) -> str | None:
        """The kind of an organisation by ``lexicon/knowledge.tsv`` (its name or one of
        its mentions: "Reuters" a news agency, "Bundesregierung" a government); None where
        it is not known."""
        ref = self.actors[actor]
        for entry in map(lookup, dict.fromkeys([ref.name, *(s.text for s in ref.spans)])):
            if entry is not None:
                return entry.type
        return None

    def _kind_fits(self, actor: int, noun: str) -> bool:
        """Whether an organisation may be what a definite organisation noun refers back
        to by its kind (``lexicon/org_noun_kinds.json``): "die Regierung" not the news
        agency named before it, "das Gericht" not the government, "die
        Nachrichtenagentur" not an armed group; a noun not listed there fits any."""
        kinds = table("org_noun_kinds")
        allowed = kinds["kinds"].get(noun)
        if allowed is None:
            return True
        known = self._org_kind(actor)
        if known is not None:
            return known in allowed
        if noun in kinds["strict"]:
            return False
        # "das Amtsgericht Berlin-Charlottenburg" is no "Verein": a name headed by
        # another organisation noun
        lower = noun.lower()
        return not any(
            is_org_description(word) and not word.lower().endswith(lower)
            for word in self.actors[actor].name.replace("-", " ").split()
        )

    def _antecedent(
        self, head: Token, kind: str, det: Token, *, exclude: frozenset[int] = frozenset()
    ) -> int | None:
        if "Plur" in morph(head, "Number") and "Sing" not in morph(det, "Number"):
            return None  # "die Forscher" are no one actor
        wanted = lex_map("determiner_genders").get(det.lower_, "")
        morph_gender = morph(head, "Gender")
        genders = (
            frozenset(morph_gender)
            if morph_gender
            else frozenset(g for g in ("Masc", "Fem", "Neut") if g in wanted)
        )
        if kind == "PER" and head.text.lower().endswith("in"):
            genders = frozenset({"Fem"})
        base = genitive_base(head).lower()
        stem = base[:-2] if base.endswith("in") else base
        # "Ehefrau Ensaf Haidar", later "Badawis Ehefrau": a relational noun with its
        # possessor is the person it stood before as a title, anywhere before
        titled = self._after_word(head.text) if exclude else []
        for k in range(bisect_left(titled, head.i, key=candidate_start) - 1, -1, -1):
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
        # "die Website des amerikanischen Fernsehsenders" after "berichtet CNN": an outlet
        # noun refers to the last outlet named (by lexicon/knowledge.tsv)
        outlet = kind == "ORG" and genitive_base(head) in lex_list("media_nouns")
        for cand in self._before(head.i):
            ref = self.actors[cand.actor]
            if ref.label != kind or cand.actor in exclude:
                continue
            if outlet and self._medium(cand.actor):
                return cand.actor
            roles = " ".join(ref.roles).lower()
            if (
                base in roles
                or (len(stem) > 4 and stem in roles)
                or (
                    kind == "PER"
                    and any(base.endswith(word) for word in roles.split() if len(word) > 4)
                )
            ):  # "der Rechtsanwalt" for a person known as "Anwalt"
                return cand.actor
            if kind == "ORG" and self._titled(cand, head):
                # "Die Umweltschutzorganisation WWF", later "der Umweltschutzorganisation"
                return cand.actor
            known = self.genders[cand.actor]
            if compound:
                continue
            if kind == "ORG":
                # a synonym need not share the name's gender: "Bosch ... der Konzern";
                # its kind must fit the noun ("das Gericht" is no government)
                if fallback is None and self._kind_fits(cand.actor, head.text):
                    fallback = cand.actor
                continue
            if fallback is None and (not known or not genders or known & genders):
                fallback = cand.actor
        return fallback
