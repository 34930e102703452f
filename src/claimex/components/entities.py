"""``claimex_entities``: bring the NER's spans to claimex's entity conventions.

Whatever German pipeline runs underneath, its entity spans are normalised the same way
(gold FORMAT.md): quotation marks and punctuation at the edges are outside the span, and
currencies ("Euro") or lower-case adjectives ("russische") are no entities. Every rule has
an id (:func:`rule_ids`; one line each in docs/entity_rules.md) and can be switched off
with the ``disabled_rules`` option, which ``benchmarks/rule_ablation.py`` uses to measure
what each rule adds. The rules themselves, in order, are the tables of
:mod:`claimex.components.entity_rule_table`.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import partial

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from claimex.components.common_phrases import drop_common_phrase
from claimex.components.doctokens import token_view
from claimex.components.entity_check import record_ner_spans
from claimex.components.entity_drops import (
    drop_common_compound,
    drop_common_noun,
    drop_common_word_misc,
    drop_listed,
    drop_lowercase_word,
    drop_non_place_word,
    drop_title_phrase,
)
from claimex.components.entity_rule_table import (
    NORMALIZATION,
    STAGE_RULES,
    rule_ids,
)
from claimex.components.entity_rule_table import (
    SpanRule as SpanRule,  # re-exported
)
from claimex.components.entity_rule_table import (
    Step as Step,  # re-exported
)
from claimex.components.entity_rule_table import rules as rules  # re-exported
from claimex.components.entity_spans import (
    fit_name,
    split_open_bracket,
    strip_titles,
    trim_edges,
)
from claimex.components.gazetteer_matcher import articled_town, gazetteer_matcher
from claimex.components.namewords import (
    gazetteer_entries,
    lemma_forms,
    lemma_words,
)
from claimex.components.namewords import (
    is_org_description as is_org_description,  # re-exported
)
from claimex.components.namewords import (
    is_role_word as is_role_word,  # re-exported
)
from claimex.components.word_checks import WordCheck, german_word_check, lowercase_word_check

ENTITY_LABELS = frozenset({"PER", "LOC", "ORG", "MISC"})
# Labels of other schemes mapped onto claimex's (WikiNER / CoNLL / OntoNotes style).
LABEL_MAP = {
    "PERSON": "PER",
    "GPE": "LOC",
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "FAC": "LOC",
}


class EntityNormalizer:
    """Trim and filter ``doc.ents`` to claimex's conventions, apply the gazetteer and the
    name repairs.

    Each span of the NER is mapped to claimex's labels, cut at punctuation and quotation
    marks at its edges (the gold conventions), then normalised by the rules of
    :data:`~claimex.components.entity_rule_table.NORMALIZATION`; the doc's spans then pass
    the rules of :data:`~claimex.components.entity_rule_table.STAGE_RULES` in order
    (gazetteer, the repairs of :mod:`~claimex.components.name_repair`, names found from
    context). ``disabled_rules`` switches rules off by id, for measuring them
    (``benchmarks/rule_ablation.py``).

    A gazetteer name (countries, major cities and regions as LOC; governments, parties,
    institutions as ORG) that the NER tagged with the exact span gets the gazetteer's label;
    one the NER missed is added; one that extends an NER span ("Institute for" ->
    "Institute for the Study of War") replaces it, and so does one that covers several NER
    spans whole ("Girondins" + "Bordeaux" -> "Girondins Bordeaux"). Names inside a longer
    NER span ("Bank of England") are left alone.

    Raises:
        ValueError: ``disabled_rules`` names a rule that does not exist.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "claimex_entities",
        *,
        disabled_rules: Iterable[str] = (),
    ) -> None:
        self.name = name
        self.disabled_rules = frozenset(disabled_rules)
        unknown = self.disabled_rules - set(rule_ids())
        if unknown:
            raise ValueError(
                f"unknown entity rule(s) {sorted(unknown)}; the rules are {rule_ids()}"
            )
        known = german_word_check(nlp)
        self.known_word: WordCheck | None = known
        # the lemma table alone: Wiktionary lists the loanwords that name models ("Roadster")
        self.table_word: WordCheck | None = german_word_check(nlp, wiktionary=False)
        # the lemma table's forms as they stand, no compound heads ("Rudolfsheim" is no word)
        exact = lowercase_word_check(nlp)
        self.exact_word: WordCheck | None = exact
        common = lemma_forms(nlp)
        self.common_forms: Container[str] = common  # the lemma table's word forms
        self._span_rules = [
            partial(strip_titles, known=known)
            if r.id == "strip_titles"
            else partial(
                drop_common_compound,
                common=common,
                lemmas=lemma_words(nlp),
                known=known,
                exact=exact,
            )
            if r.id == "drop_common_compounds"
            else partial(drop_common_noun, known=known, exact=exact)
            if r.id == "drop_common_nouns"
            else partial(drop_common_word_misc, known=known)
            if r.id == "drop_common_word_miscs"
            else partial(drop_lowercase_word, known=exact)
            if r.id == "drop_lowercase_words"
            else partial(drop_title_phrase, known=exact)
            if r.id == "drop_title_phrases"
            else partial(drop_common_phrase, known=known)
            if r.id == "drop_common_phrases"
            else r.apply
            for r in NORMALIZATION
            if r.id not in self.disabled_rules
        ]
        self._steps = [r.apply for r in STAGE_RULES if r.id not in self.disabled_rules]
        self.matcher: PhraseMatcher | None = None
        if "gazetteer" not in self.disabled_rules:
            self.matcher = gazetteer_matcher(nlp, gazetteer_entries())

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents
        record_ner_spans(doc, ents)
        kept: list[Span] = []
        split = "split_brackets" not in self.disabled_rules
        for ent in ents:
            for piece in split_open_bracket(ent) if split else [ent]:
                span = self._normalize(piece)
                if span is not None:
                    kept.append(span)
        for step in self._steps:
            kept = step(self, doc, kept)
        if "drop_listed" not in self.disabled_rules:
            # a listed word is no entity whichever rule proposed it (the gazetteer's
            # "Mitte", a national-body compound "Staatsanwaltschaft")
            kept = [s for s in kept if drop_listed(doc, s.start, s.end, s.label_) is not None]
        if "drop_non_place_words" not in self.disabled_rules:
            # nor is an office, a language or a counted noun a place ("Hebräisch" that
            # ``repeated_preposition_places`` found after "in")
            kept = [
                s for s in kept if drop_non_place_word(doc, s.start, s.end, s.label_) is not None
            ]
        if "\n" in doc.text:
            # no name runs over a line break: the soft breaks of hard-wrapped text are
            # spaces in the copy the pipeline reads (claimex.linebreaks), so one left ends
            # a paragraph, a heading or a table cell (claimex.tables: „Jungle\tWorld“ in
            # two cells was one MISC name)
            kept = [s for s in kept if not any("\n" in t.text for t in s)]
        doc.ents = kept
        return doc

    def apply_gazetteer(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """The gazetteer's names over ``ents`` (rule ``gazetteer``, see the class)."""
        found = self.matcher(doc, as_spans=True) if self.matcher else []
        matches = filter_spans([m for m in found if not articled_town(m)])
        match_starts = [m.start for m in matches]  # filter_spans sorts them
        result = list(ents)
        # the spans of ``result`` never overlap (the NER's do not, a match joins only
        # where it overlaps none, and a fit stays inside the one it overlaps): each token
        # has at most one owner, the position of its span in ``result``
        owner: dict[int, int] = {}
        gone: set[int] = set()  # the slots of pieces a joined match replaced
        for k, ent in enumerate(result):
            owner.update(dict.fromkeys(range(ent.start, ent.end), k))
        for match in matches:
            overlapping = list(
                dict.fromkeys(owner[i] for i in range(match.start, match.end) if i in owner)
            )
            if not overlapping:
                owner.update(dict.fromkeys(range(match.start, match.end), len(result)))
                result.append(match)
                continue
            if len(overlapping) > 1 and all(
                match.start <= result[k].start and result[k].end <= match.end for k in overlapping
            ):
                # a listed name the NER split into pieces ("Girondins" + "Bordeaux" LOC
                # -> "Girondins Bordeaux" ORG): the match takes the first piece's slot
                first, *rest = overlapping
                for k in rest:
                    gone.add(k)
                result[first] = match
                owner.update(dict.fromkeys(range(match.start, match.end), first))
                continue
            if len(overlapping) == 1:
                k = overlapping[0]
                ent = result[k]
                fixed = fit_name(ent, match, matches, match_starts)
                if fixed is not None:
                    for i in range(ent.start, ent.end):
                        del owner[i]
                    for n, span in enumerate(fixed):
                        slot = k if n == 0 else len(result) + n - 1
                        owner.update(dict.fromkeys(range(span.start, span.end), slot))
                    result[k] = fixed[0]
                    result.extend(fixed[1:])
        return filter_spans([span for k, span in enumerate(result) if k not in gone])

    def _normalize(self, ent: Span) -> Span | None:
        label = LABEL_MAP.get(ent.label_, ent.label_)
        if label not in ENTITY_LABELS:
            return None
        doc = ent.doc
        bounds: tuple[int, int] | None = trim_edges(doc, ent.start, ent.end)
        for rule in self._span_rules:
            if bounds is None or bounds[0] >= bounds[1]:
                return None
            bounds = rule(doc, *bounds, label)
        if bounds is None or bounds[0] >= bounds[1]:
            return None
        start, end = bounds
        if not any(ch.isalnum() for ch in token_view(doc).span_text(start, end)):
            return None
        return Span(doc, start, end, label=label)


@Language.factory(
    "claimex_entities",
    requires=["doc.ents"],
    assigns=["doc.ents"],
    default_config={"disabled_rules": []},
)
def make_entity_normalizer(nlp: Language, name: str, disabled_rules: list[str]) -> EntityNormalizer:
    """Create the ``claimex_entities`` component (``disabled_rules``: rule ids to skip,
    see :func:`rule_ids`)."""
    return EntityNormalizer(nlp, name, disabled_rules=disabled_rules)
