"""Names inside and around unnamed-source descriptions: a name after a title the NER
missed ("Musiker Heino"), the organisation a compound or a following name gives
("OSZE-Bericht", "des Nachrichtenmagazins DER SPIEGEL"), and the actor whose name a bare
noun heads ("der Übergangsrat" for "Nationaler Übergangsrat"). A layer of
:class:`~.descriptions.DescriptionResolver`."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Span, Token

from claimex.components.entities import is_org_description, is_role_word
from claimex.components.labels import APPOSITION
from claimex.components.speakers.agreement import (
    genitive_base,
    lex_list,
    morph,
)
from claimex.components.speakers.phrases import nominative
from claimex.components.speakers.pronouns import PronounResolver
from claimex.components.speakers.sources import (
    Candidate,
    SourceRef,
    name_words,
)
from claimex.lexicon import words


def _ends_in(word: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a name word ends in one of the nouns, also in the genitive ("Landgerichts
    Mannheim" for "Gericht")."""
    low = word.lower()
    return low.endswith(suffixes) or (
        low.endswith("s") and (low[:-1].endswith(suffixes) or low[:-2].endswith(suffixes))
    )


class NamedDescriptions(PronounResolver):
    """Name lookups of description resolution (a layer of
    :class:`~.descriptions.DescriptionResolver`)."""

    def _name_without_epithets(
        self, tokens: Sequence[Token], head: Token, det: Token
    ) -> str | None:
        """The name that ends a description after adjectives that only describe it ("der
        englische Independent", "das finanziell angeschlagene Venezuela"), in the
        nominative; None where the last word is no name (a proper noun by the tagger, a
        place or organisation by the NER, or a compound with an acronym before its
        hyphen) or a word before it is no lower-case adjective or adverb (capitalised
        adjectives belong to names: "Nationaler Übergangsrat", and a place adjective stays
        by the gold convention: "Berliner Verfassungsschutz")."""
        first, _, _ = head.text.partition("-")
        if not (
            head.pos_ == "PROPN"
            or head.ent_type_ in ("ORG", "LOC", "MISC")
            or ("-" in head.text and len(first) >= 2 and first.isupper())
        ):
            return None
        if not all(t.text[:1].islower() and t.pos_ in ("ADJ", "ADV") for t in tokens[:-1]):
            return None
        return nominative(self.doc[head.i : head.i + 1], head, det)

    def _actor_named(self, name: str) -> int | None:
        """The one actor whose name is ``name``; None where none or several are."""
        found = [k for k, ref in enumerate(self.actors) if ref.name == name]
        return found[0] if len(found) == 1 else None

    def _compound_owner(self, tokens: Sequence[Token]) -> int | None:
        """The organisation whose mention is the first part of a one-word hyphen compound
        of a statement or document noun (``statement_nouns``, ``document_nouns``): "Der
        OSZE-Bericht" -> the actor mentioned as "OSZE"; None for any other phrase."""
        if len(tokens) != 1 or "-" not in tokens[0].text:
            return None
        first, _, last = tokens[0].text.rpartition("-")
        if last not in lex_list("statement_nouns") and last not in lex_list("document_nouns"):
            return None
        found = {
            cand.actor
            for cand in self._candidates
            if self.actors[cand.actor].label == "ORG"
            and not cand.described
            and self.doc[cand.start : cand.end].text == first
        }
        return found.pop() if len(found) == 1 else None

    def _org_named_after(self, span: Span) -> int | None:
        """The organisation whose name follows a span cut before it, right after its
        noun or after an opening quotation mark ("des Nachrichtenmagazins DER SPIEGEL");
        None where no organisation's mention starts there."""
        doc = self.doc
        start = span.end
        if start < len(doc) and doc[start].is_quote and doc[start].is_left_punct:
            start += 1
        if start < len(doc) and doc[start].pos_ == "DET" and doc[start].text[:1].isupper():
            start += 1  # the name's own article: "DER SPIEGEL"
        for cand in self._starting_in(start, start + 1):
            if self.actors[cand.actor].label == "ORG":
                return cand.actor
        return None

    def _name_word(self, token: Token, *, tagged: bool = True) -> bool:
        """A word that may be (part of) a person's name: capitalised, a proper noun by
        the tagger (with ``tagged``), no role or organisation word, no organisation by
        the NER."""
        return (
            token.text[:1].isupper()
            and (not tagged or token.tag_ == "NE" or token.pos_ == "PROPN")
            and token.ent_type_ not in ("ORG", "MISC")
            and not is_role_word(token.text)
            and not is_org_description(token.text)
        )

    def _person_named(self, token: Token) -> int | None:
        """The one person of the article with a name of several words one of which is
        ``token`` ("Thaksin" -> "Thaksin Shinawatra", "Gaddafi" -> "Muammar
        al-Gaddafi"); None where no person or several have it."""
        found = {
            self.full_named(k)
            for k, ref in enumerate(self.actors)
            if ref.label == "PER"
            and len(ref.name.split()) >= 2
            and token.text in name_words(ref.name.split())
        }
        return found.pop() if len(found) == 1 else None

    def _name_headed(self, head: Token, exclude: frozenset[int]) -> int | None:
        """The organisation mentioned last before a singular description's noun whose
        name has a word that ends in the noun ("das Gericht" -> "Landgericht Mannheim",
        "der Übergangsrat" -> "Nationaler Übergangsrat", "die Fraktion" ->
        "SPD-Landtagsfraktion"), anywhere before it in the text (a name is specific, so
        no window); mentions in direct quotations are skipped. None where none fits.
        An organisation noun asks it only where no organisation in the window fits
        (:meth:`_antecedent`: "Ärzte ohne Grenzen … der Organisation", not the
        "Weltgesundheitsorganisation" named before)."""
        if "Plur" in morph(head, "Number"):
            return None
        forms = {genitive_base(head).lower(), head.lemma_.lower()}
        if head.text.endswith("es") and len(head.text) > 5:
            forms.add(head.text[:-2].lower())  # "des Verbandes"
        suffixes = tuple(form for form in forms if len(form) >= 4)
        if not suffixes:
            return None
        before = bisect_left(self._starts, head.i)
        # the last mention before the noun, else the first after it ("Der Übergangsrat
        # kündigte an" before "der Nationale Übergangsrat")
        order = [*range(before - 1, -1, -1), *range(before, len(self._candidates))]
        for k in order:
            cand: Candidate = self._candidates[k]
            ref = self.actors[cand.actor]
            if (
                ref.label != "ORG"
                or cand.actor in exclude
                or cand.start <= head.i < cand.end
                or self._excluded(cand)
            ):
                continue
            if any(_ends_in(word, suffixes) for word in ref.name.replace("-", " ").split()):
                return cand.actor
        return None

    def _name_after_title(self, tokens: Sequence[Token], kind: str | None) -> list[Token]:
        """The proper-name tokens after a leading title noun, or an empty list."""
        if len(tokens) < 2 or kind != "PER":
            return []
        tail: list[Token] = []
        for token in reversed(tokens[1:]):
            proper = (
                token.pos_ == "PROPN"
                if self.doc.has_annotation("POS")
                else (token.text[:1].isupper() and not is_role_word(token.text))
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
        if all(t.text[:1].isupper() and (is_role_word(t.text) or t.pos_ == "NOUN") for t in titles):
            return tail
        return []

    def _apposition_name(self, span: Span, kind: str, exclude: frozenset[int]) -> int | None:
        """The actor of the description's type ("PER" or "ORG") named in apposition to a
        description: after its comma ("des Generalanwalts des Europäischen Gerichtshofes,
        Damazo Ruiz-Jarabo Colomer,"), by the parse (an ``appos`` child of its head, or
        the head's governor where the head is one), or before it, a name that opens its
        clause right before the description's comma ("Rob Mueller, Klub-Sekretär der
        Buitenboys sagte"); never a genitive name ("ein Sprecher Merkels"), an actor of
        ``exclude`` or a description resolved to an actor before."""
        doc = self.doc

        def fits(cand: Candidate) -> bool:
            return (
                cand.actor not in exclude
                and self.actors[cand.actor].label == kind
                and not self.is_genitive_name(doc[cand.end - 1])
            )

        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            start = self._after_titles(span.end + 1)
            for cand in self._starting_in(start, start + 1):
                if fits(cand) and (cand.end >= len(doc) or doc[cand.end].is_punct):
                    return cand.actor
        if doc.has_annotation("DEP"):
            root = span.root
            linked = [child for child in root.children if child.dep_ in APPOSITION]
            if root.dep_ in APPOSITION and not span.start <= root.head.i < span.end:
                linked.append(root.head)
            for token in linked:
                for cand in self._overlapping(token.i, token.i + 1):
                    if fits(cand) and not cand.described:
                        return cand.actor
        if span.start >= 2 and doc[span.start - 1].text == ",":
            for cand in self._overlapping(span.start - 2, span.start - 1):
                if (
                    cand.end == span.start - 1
                    and fits(cand)
                    and not cand.described
                    and (
                        cand.start == 0
                        or doc[cand.start].is_sent_start
                        or doc[cand.start - 1].is_punct
                        or doc[cand.start - 1].is_sent_start
                    )
                ):
                    return cand.actor
        return None

    def _after_titles(self, start: int) -> int:
        """The first token at or after ``start`` that is no academic title of
        ``name_titles`` ("laut Klinikdirektor Prof. Dr. Matthias W. Beckmann")."""
        titles = lex_list("name_titles")
        while start < len(self.doc) - 1 and self.doc[start].text in titles:
            start += 1
        return start

    def _unknown_name_after(self, span: Span) -> SourceRef | None:
        """A person's name the NER missed in commas after a span whose first noun is a
        person noun ("der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise,"): see
        :meth:`given_name_run`; named by the name, no actor. A parenthesis may stand before
        the comma ("Der Kommissionspräsident der Afrikanischen Union (AU), Alpha Omar
        Konaré,"): there a person the NER found is that actor."""
        doc = self.doc
        nouns = [t for t in span if t.pos_ == "NOUN"]
        comma = span.end
        if comma < len(doc) and doc[comma].text == "(":
            close = next(
                (j for j in range(comma + 1, min(len(doc), comma + 6)) if doc[j].text == ")"),
                None,
            )
            comma = close + 1 if close is not None else comma
        if (
            comma + 2 >= len(doc)
            or doc[comma].text != ","
            or not nouns
            or self.noun_type(nouns[0]) != "PER"
        ):
            return None
        start = self._after_titles(comma + 1)
        if comma > span.end:
            # the NER's person, its mention in the commas (perhaps without a given name
            # it missed: "Alpha Omar Konaré" found as "Omar Konaré")
            for cand in self._starting_in(start, start + 2):
                if (
                    self.actors[cand.actor].label == "PER"
                    and cand.end < len(doc)
                    and doc[cand.end].text == ","
                ):
                    return self.source(cand.actor, span)
        run = self.given_name_run(start, min(len(doc), start + 4))
        if not run or run[-1].i + 1 >= len(doc) or doc[run[-1].i + 1].text != ",":
            return None
        return SourceRef(name=doc[run[0].i : run[-1].i + 1].text, actor=None, span=span)

    def given_name_run(self, start: int, stop: int) -> list[Token]:
        """A person's name the NER missed at ``start``, before ``stop``: a given name of
        ``lexicon/first_names.txt`` (also hyphenated: "Hans-Peter") or a word the tagger
        takes for a proper noun, then one to three surname words ("Verhandlungsführer
        Hans-Peter Lafos", "des stellvertretenden Gouverneurs Nasser Baoum der Provinz
        Schabwa"); an empty list where none stands there."""
        doc = self.doc
        if start >= stop or start >= len(doc):
            return []
        first = doc[start]
        given = words("first_names")
        if not (
            first.text in given
            or all(part in given for part in first.text.split("-"))
            or first.tag_ == "NE"
        ) or not self._surname_like(first):
            return []
        run = [first]
        for j in range(start + 1, min(stop, start + 4)):
            if not self._surname_like(doc[j]):
                break
            run.append(doc[j])
        return run if len(run) >= 2 else []

    def _surname_like(self, token: Token) -> bool:
        """A capitalised word that may be part of a person's name: no role or
        organisation word, no place or organisation by the NER ("W." counts)."""
        text = token.text
        return (
            text[:1].isupper()
            and not text.isupper()
            and all(part[:1].isupper() for part in text.rstrip(".").split("-") if part)
            and token.ent_type_ not in ("LOC", "ORG", "MISC")
            and not is_role_word(text)
            and not is_org_description(text)
        )
