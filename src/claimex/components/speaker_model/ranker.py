"""Candidates and their features for one quote (:class:`SpeakerRanker`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress

from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import (
    feature_values,
    feature_values_at,
)
from claimex.components.labels import APPOSITION, CONJUNCT, GENITIVE, NOUNS, SUBJECT
from claimex.components.namewords import is_org_description
from claimex.components.speaker_model.columns import DocColumns
from claimex.components.speaker_model.feature_ids import FEATURE_IDS as F
from claimex.components.speaker_model.features import (
    AFTER_SENTENCES,
    BEFORE_SENTENCES,
    CUE_KEYS,
    KIND_KEYS,
    SPAN_KEYS,
    bucket,
    cue_class_of,
    cue_forms,
    first_names,
    is_speaker_noun,
    link_keys,
    previous_features,
)
from claimex.components.speaker_model.model import Candidate, QuoteLike
from claimex.components.speakers import (
    SourceRef,
    SpeakerResolver,
    pronoun_features,
)
from claimex.components.speakers.agreement import personal_pronoun_positions


def _within(found: list[int], lo: int, hi: int) -> list[int]:
    """The token indices of ``found`` (in text order) in ``[lo, hi)``: all of them, without
    a test each, where the first and the last are (a quote's window runs from sentence
    start to sentence start, so a sentence's finds lie inside it)."""
    if not found or (lo <= found[0] and found[-1] < hi):
        return found
    return [i for i in found if lo <= i < hi]


class _QuoteContext:
    """What every candidate of one quote reads of the quote and its cue (computed once)."""

    __slots__ = (
        "cue_class",
        "cue_heads",
        "cue_i",
        "cue_sent",
        "hi",
        "kind",
        "lo",
        "pattern",
        "q_first",
        "q_last",
    )

    def __init__(
        self, ranker: SpeakerRanker, quote: QuoteLike, lo: int, hi: int, cue: Token | None
    ) -> None:
        self.lo, self.hi, self.kind = lo, hi, quote.kind
        self.pattern: str | None = getattr(quote, "pattern", None)
        self.cue_class = cue_class_of(quote, cue)
        self.q_first = ranker.sentence_of(lo)
        self.q_last = ranker.sentence_of(max(lo, hi - 1))
        self.cue_i = -1 if cue is None else cue.i
        self.cue_sent = -1
        self.cue_heads: frozenset[int] = frozenset()
        if cue is not None:
            i = cue.i
            self.cue_sent = ranker.sentence_of(i)
            heads = {i}
            if (
                ranker.dep[i] in ("oc", "xcomp", "aux", "ccomp")
                or ranker.pos[ranker.heads[i]] == "AUX"
            ):
                heads.add(ranker.heads[i])
            self.cue_heads = frozenset(heads)


class SpeakerRanker(DocColumns):
    """Candidates and their features for the quotes of one doc.

    The doc's token columns (texts, part of speech, dependency labels and heads) are read
    once, and what a candidate span's features need of the parse alone (its head, its
    sentence, the features of the head word) once per span, not once per quote.
    """

    def __init__(self, doc: Doc, resolver: SpeakerResolver) -> None:
        super().__init__(doc, resolver)
        self.mentions: list[tuple[int, int, int]] = sorted(
            (span.start, span.end, k) for k, ref in enumerate(resolver.actors) for span in ref.spans
        )
        self._mention_starts = [start for start, _, _ in self.mentions]
        counts: dict[int, int] = {}
        for _, _, k in self.mentions:
            counts[k] = counts.get(k, 0) + 1
        self.mention_counts = counts
        self._covered = {i for s, e, _ in self.mentions for i in range(s, e)}
        # the pronouns and descriptions of each sentence, found when a quote's window
        # first reaches the sentence (one pass over its tokens for both)
        self._scanned: dict[int, tuple[list[int], list[int]]] = {}
        self.excluded = sorted(resolver.excluded)
        self._resolved: dict[tuple[int, int, int], list[SourceRef]] = {}
        self._description_spans: dict[int, tuple[int, int]] = {}
        # the sources of the actors' mentions by (actor, start, end), as name candidates
        # and as links (read by every quote whose window holds them; never edited)
        self._sources: dict[tuple[int, int, int], SourceRef] = {}
        self._span_features: dict[tuple[int, int, str], tuple[int, bool, list[int]]] = {}
        self._first_names: dict[str, bool] = {}  # an actor's name -> its first word a given name
        self._link_targets: dict[
            tuple[int, int, str, int], tuple[frozenset[str], bool, str | None]
        ] = {}

    @property
    def pronouns(self) -> list[int]:
        """The third-person pronouns of the doc (token indices, in order)."""
        return self._in_window(0, len(self.doc))[0]

    @property
    def descriptions(self) -> list[int]:
        """The heads of the doc's person and organisation descriptions outside the actors'
        mentions (token indices, in order)."""
        return self._in_window(0, len(self.doc))[1]

    def _in_window(self, w_lo: int, w_hi: int) -> tuple[list[int], list[int]]:
        """The pronouns and description heads in tokens ``[w_lo, w_hi)``, in order."""
        pronouns: list[int] = []
        descriptions: list[int] = []
        sent = self.sentence_of(w_lo) if w_lo > 0 else 0
        while sent < len(self.starts) and self._sentence_start(sent) < w_hi:
            found = self._scanned.get(sent)
            if found is None:
                found = self._scanned[sent] = self._scan(
                    self._sentence_start(sent), self._sentence_start(sent + 1)
                )
            pronouns.extend(_within(found[0], w_lo, w_hi))
            descriptions.extend(_within(found[1], w_lo, w_hi))
            sent += 1
        return pronouns, descriptions

    def _scan(self, start: int, end: int) -> tuple[list[int], list[int]]:
        """The pronouns and the description heads of tokens [start, end), in order (the
        tests run over the token columns in C-level passes; names only for the nouns)."""
        pronouns = personal_pronoun_positions(self.lowers, start, end)  # is_personal_pronoun
        texts, covered = self.texts, self._covered
        descriptions = [
            i
            for i in compress(range(start, end), map(NOUNS.__contains__, self.pos[start:end]))
            if i not in covered and is_speaker_noun(texts[i])
        ]
        return pronouns, descriptions

    def cue_token(self, quote: QuoteLike, lo: int, hi: int) -> Token | None:
        """The quote's cue word: its own cue, else the nearest cue word in its sentences."""
        if quote.cue_span is not None and len(quote.cue_span):
            return quote.cue_span.root
        first, last = self.sentence_of(lo), self.sentence_of(max(lo, hi - 1))
        s_lo, s_hi = self._sentence_start(first), self._sentence_start(last + 1)
        forms = cue_forms()
        lowers = self.lowers
        found = [
            i
            for i in range(max(0, s_lo), min(s_hi, len(lowers)))
            if not lo <= i < hi and lowers[i] in forms
        ]
        best = min(found, key=lambda i: min(abs(i - lo), abs(i - hi)), default=None)
        return None if best is None else self.doc[best]

    def _resolve(self, start: int, end: int, cue: Token | None) -> list[SourceRef]:
        """The resolver's sources of ``doc[start:end]`` with the cue as its verb, once per
        span and cue, and once per span for the cues it does not read (-2 in the key:
        :meth:`~.SpeakerResolver.verb_free`)."""
        if cue is None:
            key = (start, end, -1)
        elif self.resolver.verb_free(start, end, cue):
            key = (start, end, -2)
        else:
            key = (start, end, cue.i)
        found = self._resolved.get(key)
        if found is None:
            span = Span(self.doc, start, end)
            found = self._resolved[key] = self.resolver.resolve(span, verb=cue)
        return found

    def _description_span(self, i: int) -> tuple[int, int]:
        """The token range of the description headed by token ``i`` (once per head)."""
        known = self._description_spans.get(i)
        if known is not None:
            return known
        head = self.doc[i]
        start, end = head.left_edge.i, head.i + 1
        for child in head.rights:
            if child.dep_ in GENITIVE or child.dep_ in ("pg", "nk"):
                end = max(end, child.right_edge.i + 1)
        sent = self.sentence_of(head.i)
        start = max(start, self._sentence_start(sent))
        end = min(end, self._sentence_start(sent + 1), head.i + 8)
        self._description_spans[head.i] = (start, end)
        return start, end

    # -- candidates
    def candidates(
        self,
        quote: QuoteLike,
        *,
        previous: Sequence[SourceRef] = (),
        previous_end: int | None = None,
        offer_previous: bool = True,
    ) -> list[Candidate]:
        """Every candidate speaker of ``quote`` with its features, "none" last.

        ``previous`` is the speaker chosen for the quote before (``previous_end``: where
        that quote ends, a character offset): with ``offer_previous`` a candidate of its own
        ("previous") where no other candidate names it.
        """
        lo, hi = self.token_range(quote)
        cue = self.cue_token(quote, lo, hi)
        first, last = self.sentence_of(lo), self.sentence_of(max(lo, hi - 1))
        w_lo = self._sentence_start(first - BEFORE_SENTENCES)
        w_hi = self._sentence_start(last + 1 + AFTER_SENTENCES)
        cands: list[Candidate] = []
        starts = self._mention_starts
        named = self._sources
        for start, end, actor in self.mentions[
            bisect_left(starts, w_lo) : bisect_left(starts, w_hi)
        ]:
            source = named.get((actor, start, end))
            if source is None:
                span = Span(self.doc, start, end)
                source = named[actor, start, end] = self.resolver.source(actor, span)
            cands.append(Candidate("name", [source], start, end))
        pronouns, descriptions = self._in_window(w_lo, w_hi)
        for i in descriptions:
            start, end = self._description_span(i)
            sources = self._resolve(start, end, cue)
            if sources:
                cands.append(Candidate("description", sources, start, end))
                cands.extend(self._links("description", start, end, sources, cue))
        for i in pronouns:
            if not lo <= i < hi:
                sources = self._resolve(i, i + 1, cue)
                if sources:
                    cands.append(Candidate("pronoun", sources, i, i + 1))
                cands.extend(self._links("pronoun", i, i + 1, sources, cue))
        names = [c.name for c in cands]  # each candidate's name, read once
        rule = list(quote.sources)
        rule_name = Candidate("rule", rule).name
        if rule and rule_name not in names:
            rule_span = next((s.span for s in rule if s.span is not None), None)
            if rule_span is not None:
                cands.append(Candidate("rule", rule, rule_span.start, rule_span.end))
            else:
                cands.append(Candidate("rule", rule))
            names.append(rule_name)
        prev_name = Candidate("previous", list(previous)).name if previous else None
        prev_k = -1
        if offer_previous and prev_name is not None and prev_name not in names:
            prev_k = len(cands)
            cands.append(Candidate("previous", list(previous)))
            names.append(prev_name)
        cands.append(Candidate("none", []))
        names.append(cands[-1].name)
        prev_names = {s.name for s in previous}
        rule_spans = [(s.span.start, s.span.end) for s in rule if s.span is not None]
        ranks = self._before_ranks(cands, names, lo)
        context = _QuoteContext(self, quote, lo, hi, cue)
        for k, cand in enumerate(cands):
            if k == prev_k:
                gap = None if previous_end is None else quote.start - previous_end
                features = previous_features(
                    context.kind,
                    context.cue_class,
                    context.pattern,
                    gap,
                    rule_name=rule_name,
                )
                cand.ids = [F[name] for name in features]
                continue
            # a link's own features, then the candidate's and the context's: one list
            ids = cand.ids
            if ids is None:
                ids = cand.ids = []
            self._features(ids, context, cand, names[k], rule_name, prev_names, len(cands))
            self._context_features(ids, cand, rule_spans, ranks.get(k))
        return cands

    def _links(
        self, kind: str, start: int, end: int, resolved: Sequence[SourceRef], cue: Token | None
    ) -> list[Candidate]:
        """A pronoun or description as each of the recent actors it may refer to: the
        ranker, not the resolver alone, picks the referent (by agreement, recency and
        salience features), so the speaker is the named actor."""
        chosen = {s.actor for s in resolved if s.actor is not None}
        wanted, plural, want_label = self._link_target(kind, start, end, cue)
        links: list[Candidate] = []
        sent = self.sentence_of(start)
        resolver = self.resolver
        firsts = self._first_names
        for rank, (actor, mention, subject) in enumerate(resolver.antecedents(start)):
            ref = resolver.actors[actor]
            known = resolver.actor_genders(actor)
            if kind == "pronoun" and plural:
                agree = "plural"
            elif not known or not wanted:
                agree = "unknown"
            else:
                agree = "yes" if known & wanted else "no"
            label = ref.label
            first_name = firsts.get(ref.name)
            if first_name is None:
                # the first word of the name a given name (a name may be blank)
                first_name = firsts[ref.name] = next(iter(ref.name.split()), "") in first_names()
            ids = link_keys(
                (
                    kind,
                    rank,
                    agree,
                    label,
                    actor in chosen,
                    subject,
                    bucket(sent - self.sentence_of(mention.start)),
                    None if want_label is None else want_label == label,
                    label == "PER" and first_name,
                )
            )
            source = self._sources.get((actor, mention.start, mention.end))
            if source is None:
                source = resolver.source(actor, mention)
                self._sources[actor, mention.start, mention.end] = source
            links.append(Candidate("link", [source], start, end, ids=list(ids)))
        return links

    def _link_target(
        self, kind: str, start: int, end: int, cue: Token | None
    ) -> tuple[frozenset[str], bool, str | None]:
        """The genders, number and label a pronoun or description wants of its referent
        (by the words and the parse alone: once per span, and per cue for a pronoun)."""
        key = (start, end, kind, cue.i if cue is not None and kind == "pronoun" else -1)
        known = self._link_targets.get(key)
        if known is not None:
            return known
        head = self.doc[self._root(start, end)]
        want_label: str | None = None
        if kind == "pronoun":
            feats = pronoun_features(head, cue)
            wanted: frozenset[str] = feats.genders
            plural = bool(feats.plural)
        else:
            wanted = frozenset(feature_values(head, "Gender"))
            plural = "Plur" in feature_values(head, "Number")
            want_label = (
                "PER"
                if self.resolver.is_person_noun(head.text)
                else "ORG"
                if is_org_description(head.text)
                else None
            )
        known = self._link_targets[key] = (wanted, plural, want_label)
        return known

    def _before_ranks(
        self, cands: Sequence[Candidate], names: Sequence[str | None], lo: int
    ) -> dict[int, int]:
        """For candidates before the quote: the rank of their speaker among the distinct
        speakers named before it, nearest first (the last-named actor is rank 0)."""
        before = sorted(
            (k for k, c in enumerate(cands) if c.start >= 0 and c.end <= lo and names[k]),
            key=lambda k: -cands[k].end,
        )
        seen: list[str | None] = []
        ranks: dict[int, int] = {}
        for k in before:
            name = names[k]
            if name not in seen:
                seen.append(name)
            ranks[k] = seen.index(name)
        return ranks

    def _context_features(
        self,
        ids: list[int],
        cand: Candidate,
        rule_spans: Sequence[tuple[int, int]],
        rank: int | None,
    ) -> None:
        """Recency rank among the speakers named before the quote, nearness to the rule
        resolver's source span ("Fed-Chef Ben Bernanke": the name beside the description)
        and whether the candidate heads its sentence's subject, added to ``ids``."""
        if rank is not None:
            ids.append(F[f"before_rank={min(rank, 3)}"])
            ids.append(F[f"before_rank={min(rank, 3)}|type={cand.kind}"])
        if cand.start >= 0 and cand.kind not in ("rule", "none"):
            for s, e in rule_spans:
                if cand.start < e + 1 and s < cand.end + 1 and (cand.start, cand.end) != (s, e):
                    ids.append(F[f"touches_rule_span|type={cand.kind}"])
                    break
            if self.dep[self._root(cand.start, cand.end)] in SUBJECT:
                ids.append(F["sentence_subject"])

    def _inside_direct(self, i: int) -> bool:
        return any(s <= i < e for s, e in self.excluded)

    def _head_features(self, start: int, end: int, kind: str) -> tuple[int, bool, list[int]]:
        """The candidate span's sentence, whether it starts inside a direct quotation, and
        the features of its head word that depend on the parse alone (dependency, part of
        speech, case, attribute of a noun), in the order :meth:`_features` adds them; once
        per span and type."""
        key = (start, end, kind)
        known = self._span_features.get(key)
        if known is not None:
            return known
        h = self._root(start, end)
        dep, pos = self.dep, self.pos
        keys = [F[f"dep={dep[h]}|type={kind}"], F[f"pos={pos[h]}"]]
        if "Gen" in feature_values_at(self.doc, h, "Case"):  # = token.morph.get("Case")
            keys.append(F["genitive"])
        if dep[h] in APPOSITION:
            keys.append(F["apposition"])
        if dep[h] in CONJUNCT:
            keys.append(F["conjunct"])
        if h > 0 and h - 1 >= start and pos[h - 1] == "ADP":
            keys.append(F["after_prep"])
        parent = self.heads[h]
        owner = self.heads[parent] if pos[parent] == "ADP" else parent
        if owner != h and pos[owner] in NOUNS and not start <= owner < end:
            # "ein Sprecher von Tesla", "Vertreter des Ministeriums": an attribute
            keys.append(F["attribute_of_noun"])
            if is_speaker_noun(self.texts[owner]):
                keys.append(F[f"attribute_of_speaker_noun|type={kind}"])
        sent = self.sentence_of(start)
        if start == self._sentence_start(sent):
            keys.append(F["sent_initial"])
        known = self._span_features[key] = (sent, self._inside_direct(start), keys)
        return known

    def _features(
        self,
        ids: list[int],
        quote: _QuoteContext,
        cand: Candidate,
        name: str | None,
        rule_name: str | None,
        prev_names: set[str],
        n_cands: int,
    ) -> None:
        """The candidate's features, added to ``ids`` as column ids (``F[name]``: a new
        feature is one more ``add(F["its_name"])`` here; the model weighs it by name).

        The ids are those of the same names, in the same order, as formatting each one
        anew would give: the formatted ones come from small tables keyed by the values
        they are formatted from (a few hundred entries at most, filled once per process).
        """
        add = ids.append
        cue_class = quote.cue_class
        kind = cand.kind
        kind_keys = KIND_KEYS.get((kind, quote.kind, cue_class))
        if kind_keys is None:
            kind_keys = KIND_KEYS[kind, quote.kind, cue_class] = (
                (
                    F[f"type={kind}"],
                    F[f"type={kind}|qkind={quote.kind}"],
                    F[f"type={kind}|cue={cue_class}"],
                ),
                F[f"is_rule|type={kind}"],
                F[f"unnamed|type={kind}"],
            )
        ids.extend(kind_keys[0])
        if kind == "none":
            add(F[f"none|rule_empty={rule_name is None}"])
            add(F[f"none|ncands={bucket(n_cands - 1)}"])
            return
        if rule_name is not None and name == rule_name:
            add(F["is_rule"])
            add(kind_keys[1])
        elif rule_name is None:
            add(F["rule_empty"])
        if name is not None and name in prev_names:
            add(F["prev_same"])
        actor = None
        for source in cand.sources:
            if source.actor is not None:
                actor = source.actor
                break
        if actor is not None:
            ref = self.resolver.actors[actor]
            add(F[f"label={ref.label}"])
            add(F[f"mentions={bucket(self.mention_counts.get(actor, 0))}"])
        else:
            add(kind_keys[2])
        start, end = cand.start, cand.end
        if start < 0:
            add(F["no_span"])
            return
        lo, hi = quote.lo, quote.hi
        head = start if end - start == 1 else self._root(start, end)
        # the side of the quote the candidate stands on, its gap to the quote and the
        # tokens between them
        if start >= lo and end <= hi:
            side, gap, b_lo, b_hi = "inside", 0, hi, start
        elif start < lo:
            side, gap, b_lo, b_hi = "before", lo - end, end, lo
        else:
            side, gap, b_lo, b_hi = "after", start - hi, hi, start
        sent, in_direct, head_keys = self._head_features(start, end, kind)
        q_first, q_last = quote.q_first, quote.q_last
        rel = sent - q_first if sent < q_first else sent - q_last if sent > q_last else 0
        span_key = (kind, side, rel, bucket(max(0, gap)))
        span_keys = SPAN_KEYS.get(span_key)
        if span_keys is None:
            span_keys = SPAN_KEYS[span_key] = (
                (F[f"side={side}"], F[f"side={side}|type={kind}"]),
                (
                    F[f"gap={span_key[3]}|{side}"],
                    F[f"sent={rel}"],
                    F[f"sent={rel}|type={kind}"],
                ),
                F[f"colon_between|{side}"],
                F[f"mark_between|{side}"],
            )
        ids.extend(span_keys[0])
        if in_direct:
            add(F["in_direct"])
        ids.extend(span_keys[1])
        b_lo, b_hi = max(b_lo, 0), min(b_hi, len(self.texts))
        if b_hi > b_lo:  # a colon or quotation mark among the tokens between
            if self._colons[b_hi] > self._colons[b_lo]:
                add(span_keys[2])
            if self._marks[b_hi] > self._marks[b_lo]:
                add(span_keys[3])
        ids.extend(head_keys)
        cue = quote.cue_i
        if cue < 0:
            add(F["nocue"])
            return
        cue_key = (kind, sent == quote.cue_sent, bucket(abs(cue - head)), head < cue, cue_class)
        cue_keys = CUE_KEYS.get(cue_key)
        if cue_keys is None:
            cue_keys = CUE_KEYS[cue_key] = (
                F[f"cue_sent={cue_key[1]}|type={kind}"],
                F[f"cue_dist={cue_key[2]}"],
                F[f"cue_side={'before' if head < cue else 'after'}|{cue_class}"],
            )
        ids.extend(cue_keys)
        cue_heads = quote.cue_heads
        heads, pos = self.heads, self.pos
        if heads[head] in cue_heads and head != cue:
            dep = self.dep[head]
            add(F[f"dep_to_cue={dep}"])
            add(F[f"dep_to_cue={dep}|{cue_class}"])
            if dep in SUBJECT:
                add(F["cue_subject"])
                add(F[f"cue_subject|type={kind}"])
        depth, via_prep = 0, False
        token = head
        while heads[token] != token and depth < 6:
            depth += 1
            token = heads[token]
            if pos[token] == "ADP":
                via_prep = True
            if token in cue_heads:
                add(F[f"cue_ancestor={min(depth, 3)}"])
                if via_prep and depth > 1:
                    add(F["cue_ancestor_via_prep"])
                break
        if start <= cue < end:
            add(F["contains_cue"])
