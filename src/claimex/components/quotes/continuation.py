"""Statements without a cue of their own: the sentence loop over the doc, a sentence
that the next one attributes ("Dies gab X bekannt": ``indirect.anaphoric_cue``, in
:mod:`.anaphoric`), the statement before a colon quotation (:func:`lead_in`), Konjunktiv
continuations (``indirect.konjunktiv_continuation``, ``indirect.konjunktiv``; the subject
of the sentence's own main clause before a dass-clause speaks where it names a person or a
body, else the speaker of the quote before),
first-person continuations (``indirect.first_person``), remarks between two statements of
one speaker (``indirect.between_same_speaker``), and cue-less direct quotes' speakers. A
sentence of two coordinated main clauses, or of two coordinated predicates of one subject
(:mod:`.coordination`), makes a statement for each."""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Sequence

from spacy.tokens import Span

from claimex.components.doctokens import fine_tags, has_feature, pos_tags
from claimex.components.labels import COORDINATING, NOUNS
from claimex.components.quotes.anaphoric import anaphoric_quote, announcer
from claimex.components.quotes.clauses import (
    has_finite_clause,
    has_subjunctive,
    listed_subjunctive_1,
    reportative,
)
from claimex.components.quotes.coordination import after_first_finite, coordinated_predicate
from claimex.components.quotes.interview import answer_quote, labelled_interview
from claimex.components.quotes.lexicon import (
    ACCUSATIVE,
    DATIVE,
    FINITE_TAGS,
    PREPOSITION_TAGS,
)
from claimex.components.quotes.sentence import dependency_statement, sentence_quote
from claimex.components.quotes.spans import QuoteSpan
from claimex.components.quotes.state import Analysis, Candidate, make_quote
from claimex.components.quotes.unsourced import first_finite, unsourced
from claimex.components.speakers import SourceRef


def indirect_quotes(state: Analysis, direct: Sequence[Candidate]) -> list[QuoteSpan]:
    """Statements without quotation marks, sentence by sentence: a sentence pattern
    (:func:`~claimex.components.quotes.sentence.sentence_quote`), else a continuation of
    the quote before it.

    The direct quotes' sources are resolved here too, each when the loop reaches the
    sentence its quotation ends in: every source is resolved in text order, so the
    names the resolver learns on the way ("erklärte Lukaschenko", a name the NER missed)
    are known to every later pronoun, in one pass."""
    quotes: list[QuoteSpan] = []
    previous: QuoteSpan | None = None
    previous_sent = -2
    # the sentences a direct quote touches; a sentence whose quotation marks made none
    # (a name, title or scare quote: "rief die Muslime zum „Heiligen Krieg“ auf") is read
    # by the sentence patterns
    direct_sents: set[int] = set()
    direct_by_sent: dict[int, QuoteSpan] = {}
    direct_starts: dict[int, int] = {}  # sentence -> first content token of its first quotation
    direct_first: dict[int, QuoteSpan] = {}  # sentence -> the quote that opens first in it
    pending: deque[tuple[int, Candidate]] = deque()
    for cand in direct:
        q = cand.quote
        span = state.doc.char_span(q.start, q.end, alignment_mode="expand")
        end_sent = state.sent_of[span.end - 1] if span is not None else -1
        if span is not None:
            direct_by_sent[end_sent] = q
            first_sent = state.sent_of[span.start]
            if span.start < direct_starts.get(first_sent, len(state.doc)):
                direct_starts[first_sent] = span.start
                direct_first[first_sent] = q
            direct_sents.update(range(state.sent_of[span.start], end_sent + 1))
        pending.append((end_sent, cand))
    interview = labelled_interview(state)
    if interview is not None:
        state.asked.update(interview.asked)
    turn: list[SourceRef] = []  # the interviewee whose answers these are
    for k, (lo, hi) in enumerate(state.sents):
        while pending and pending[0][0] <= k:
            _, cand = pending.popleft()
            cand.quote.sources = cand.resolve()
        if interview is not None and k in interview.speakers:
            turn = state.resolve(interview.speakers[k], None)
        if k in direct_sents:
            lead = lead_in(
                state, lo, direct_starts.get(k), previous, k - previous_sent, direct_first.get(k)
            )
            if lead is not None:
                quotes.append(lead)
                previous, previous_sent = lead, k
            if k in direct_by_sent:
                previous, previous_sent = direct_by_sent[k], k
            continue
        if interview is not None and k in interview.asked:
            continue  # an interview's questions are no statements
        if interview is not None and k in interview.answers:
            # the sentences of an answer are the interviewee's
            answer = answer_quote(state, k, interview, turn)
            if answer is not None:
                quotes.append(answer)
                previous, previous_sent = answer, k
            continue
        back = anaphoric_quote(state, k, quotes, direct_sents)
        if back is not None:
            # "… wird neuer Trainer. Dies gab die Vereinsführung bekannt.": the sentence
            # before is the statement, this one its cue
            if quotes and quotes[-1].start >= state.doc[state.sents[k - 1][0]].idx:
                quotes.pop()  # a cue-less guess for the sentence before gives way
            quotes.append(back)
            previous, previous_sent = back, k
            continue
        quote = sentence_quote(state, lo, hi)
        patterned = quote
        # a sentence without a rule anchor has none in its parts either: no pair of
        # clauses or predicates can make two statements there
        anchored = state.tokens.has_anchor(lo, hi)
        split = coordinated_main_clause(state, lo, hi) if anchored else None
        if split is not None:
            # "A kritisierte, …, und B forderte …": each main clause makes its own statement
            first = sentence_quote(state, lo, split[0])
            second = sentence_quote(state, split[1], hi)
            if first is not None and second is not None:
                quotes.append(first)
                quote = second
        elif anchored:
            quote = _shared_subject_pair(state, lo, hi, quote, quotes)
        gap = k - previous_sent
        same_voice = (
            quote is None
            and previous is not None
            and gap <= 4
            and speaks_alone(state, previous, previous_sent + 1, k)
        )
        if quote is None and previous is not None and gap <= 2:
            quote = continuation(state, lo, hi, previous, next_to=gap == 1)
            narrator = narrated_subject(state, k - 1) if quote is not None and gap == 2 else None
            if quote is not None and narrator is not None:
                # "Staatspräsident Georgi Parwanow ist besorgt. Der Konflikt … sei nicht
                # ethnisch …": the person the sentence between names speaks on
                quote.sources = state.resolve(narrator, None)
        elif same_voice and previous is not None:
            # "Larson gab sich optimistisch. Man sei …": Konjunktiv I further on, with
            # no one else named in between
            quote = continuation(state, lo, hi, previous, present_only=True)
        if quote is None and same_voice and previous is not None:
            # stripped marks (10kGNAD): "… zu fliehen: Ich hatte nur noch Angst."
            quote = first_person(state, lo, hi, previous)
        if quote is None:
            # a Konjunktiv-I sentence further on, or with no quote before it
            quote = reported_mood(state, lo, hi, previous if gap <= 4 else None)
            if quote is not None and not quote.sources:
                # "Die EU-Kommission schlug vor, zu prüfen, ob … geschlossen werden
                # könne": a Konjunktiv reading with no speaker, whose own cue verb frames
                # the clause and names its subject
                framed = dependency_statement(state, lo, hi)
                if framed is not None and framed.sources:
                    quote = framed
        if quote is None:
            quote = dependency_statement(state, lo, hi)
            patterned = None
        if (
            quote is not None
            and quote.pattern == "according_to.demnach"
            and not quote.sources
            and previous is not None
            and gap <= 3
        ):
            quote.sources = list(previous.sources)  # "Demnach …": the source named before
        elif quote is not None and quote.pattern == "according_to.demnach" and not quote.sources:
            quote.sources = announcer(state, k)
        if quote is not None:
            quotes.append(quote)
            previous, previous_sent = quote, k
        if quote is not None and quote is patterned:
            second = dependency_statement(state, lo, hi, quote)
            if second is not None:
                # "…, Annabi sei tot, doch … erklärte, den Tod … nicht bestätigen zu
                # können": another cue verb with its own clause
                quotes.append(second)
                if second.start > quote.start:
                    previous = second
    for _, cand in pending:
        cand.quote.sources = cand.resolve()
    return quotes


def _shared_subject_pair(
    state: Analysis, lo: int, hi: int, quote: QuoteSpan | None, quotes: list[QuoteSpan]
) -> QuoteSpan | None:
    """Sentence [lo, hi) with two coordinated predicates of one subject, each with its
    own statement (:func:`.coordination.coordinated_predicate`): the first predicate's
    quote is added to ``quotes`` and the second's returned, speaking with the first's
    sources; ``quote`` (the whole sentence's) where the sentence has no such pair."""
    cut = coordinated_predicate(state, lo, hi)
    if cut is None:
        return quote
    first = sentence_quote(state, lo, cut)
    second = sentence_quote(state, cut + 1, hi)
    if first is None or second is None:
        return quote
    quotes.append(first)
    second.sources = list(first.sources)
    return second


def coordinated_main_clause(state: Analysis, lo: int, hi: int) -> tuple[int, int] | None:
    """Where sentence [lo, hi) holds a second main clause coordinated with its first: a
    coordinating conjunction, a noun phrase (its subject) and right after it an indicative
    finite verb ("Fritz Tack … kritisierte, die EU-Kommission habe sich … untergeordnet und
    die Fraktion der Grünen … forderte vom … Minister die Durchsetzung eines
    Anbaustopps"): (the conjunction, the start of the second clause); None where there is
    none (issue 15, Wikinews train)."""
    if not state.has_pos:
        return None
    doc = state.doc
    inside = state.inside
    pos, tags = pos_tags(doc), fine_tags(doc)
    for j in after_first_finite(state, lo, hi):
        if pos[j] not in COORDINATING:
            continue
        subject = state.np_after(j + 1, hi)
        if subject is None:
            continue
        end = subject.end
        for _ in range(2):  # its attributes: "die Fraktion der Grünen im Landtag von …"
            attribute = (
                state.np_after(end + 1, hi) if end < hi and tags[end] in PREPOSITION_TAGS else None
            )
            if attribute is None:
                break
            end = attribute.end
        if (
            end + 1 < hi
            and tags[end] in FINITE_TAGS
            and not doc[end + 1].is_punct  # verb second, no clause-final verb: "und … betrifft,"
            and has_feature(doc[end], "Mood", "Ind")
            and not any(inside[i] for i in range(j + 1, end + 1))
        ):
            return j, j + 1
    return None


def lead_in(
    state: Analysis,
    lo: int,
    start: int | None,
    previous: QuoteSpan | None,
    gap: int,
    quotation: QuoteSpan | None = None,
) -> QuoteSpan | None:
    """The indirect statement that leads into a quotation after a colon in its sentence,
    the tokens [lo, colon) before the quotation that opens at token ``start``, which the
    sentence loop skipped: an indirect quote of the sentence patterns (a cue's dass- or
    comma clause) or a Konjunktiv continuation of the quote before ("Die Pflichten der Union
    … seien im Vertrag … klar festgelegt: „Daraus ergibt sich …“", "… wagte die Prognose,
    bei der Kanzlerwahl würden nicht alle … stimmen: „Ich gehe mal davon aus, …“"; issue 15,
    Wikinews train). Only an indirect quote that states something: a reported object
    before the colon is the quotation's cue ("betonte die Bedeutung …: „…“"), as is a cue
    after its subject right before the colon, and an indirect question announces the
    quotation. A reported object is a statement of its own where ``quotation``, the quote
    that opens there, has another cue ("Zuvor hatte … Gaddafi mit dem Einsatz von Gewalt …
    gedroht, sollte …: „…“, sagte Gaddafi"; issue 15, round 20). None where there is
    none."""
    if start is None:
        return None
    doc = state.doc
    colon = start - 1
    while colon > lo and (state.is_mark(doc[colon]) or doc[colon].is_space):
        colon -= 1
    if colon - lo < 4 or doc[colon].text != ":" or any(state.inside[lo:colon]):
        return None
    quote = sentence_quote(state, lo, colon)
    if quote is None and previous is not None and gap <= 2:
        quote = continuation(state, lo, colon, previous, next_to=gap == 1)
    if quote is None or quote.pattern == "indirect.trailing":
        return None  # (a cue right before the colon is the quotation's: "X, Y, sagte: „…“")
    if quote.kind != "indirect" and not (quote.kind == "reported" and _other_cue(quote, quotation)):
        # a reported object before the colon is the quotation's cue ("betonte die
        # Bedeutung …: „…“"), unless the quotation has a cue of its own ("hatte … mit
        # dem Einsatz von Gewalt … gedroht, sollte …: „…“, sagte Gaddafi")
        return None
    first = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if first is not None and first[0].lower_ in state.lex.question_words:
        return None  # an indirect question announces the quotation: "erklärt, warum …: „…“"
    return quote


def _other_cue(quote: QuoteSpan, quotation: QuoteSpan | None) -> bool:
    """Whether the direct ``quotation`` has a cue, and not the cue of ``quote``."""
    if quotation is None or quotation.cue_span is None or quote.cue_span is None:
        return False
    return quotation.cue_span.start != quote.cue_span.start


_DOUBLE_MARKS = (
    "\N{DOUBLE LOW-9 QUOTATION MARK}",
    "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{RIGHT DOUBLE QUOTATION MARK}",
    '"',
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
)
_FIRST_PERSON = frozenset({
    "ich", "mir", "mich", "mein", "meine", "meinen", "meinem", "meiner", "meines",
})  # fmt: skip


def first_person(state: Analysis, lo: int, hi: int, previous: QuoteSpan) -> QuoteSpan | None:
    """A sentence in the first person without marks continues the last speaker's words
    (ANNOTATION.md rule 17); after a narrating colon, only the part after it (rule 21)."""
    doc = state.doc
    actors = state.resolver.actors
    if len(previous.sources) != 1 or any(
        source.actor is None or actors[source.actor].label != "PER" for source in previous.sources
    ):
        return None  # one person speaks in the first person singular
    if any(mark in state.text for mark in _DOUBLE_MARKS):
        return None  # a text that keeps its quotation marks marks its speech
    lowers, inside = state.lower, state.inside  # (= Token.lower_, without a Token per word)
    first = next(
        (i for i in range(lo, hi) if lowers[i] in _FIRST_PERSON and not inside[i]),
        None,
    )
    if first is None or any(state.is_mark(t) for t in doc[lo:hi]):
        return None
    colon = max((i for i in range(lo, first) if doc[i].text == ":"), default=None)
    start = colon + 1 if colon is not None else lo
    if not has_finite_clause(state, start, hi):
        return None
    return make_quote(
        state, start, hi, "indirect", None, None, list(previous.sources), "indirect.first_person"
    )


def narrated_subject(state: Analysis, k: int) -> Span | None:
    """The subject of sentence ``k``'s first finite verb outside quotation marks where it
    ends in a person's or an organisation's name (NER PER/ORG): the one a Konjunktiv sentence
    right after it goes on quoting, rather than a statement before it ("Staatspräsident
    Georgi Parwanow ist besorgt. Der Konflikt in Katuniza sei nicht ethnisch …"; issue 15,
    Wikinews train)."""
    lo, hi = state.sents[k]
    verb = first_finite(state, lo, hi)
    if verb is None:
        return None
    subject = state.subject_of(verb, verb + 1, lo, hi)
    if subject is None or subject[-1].ent_type_ not in ("PER", "ORG"):
        return None  # (the name ends the phrase: "Staatspräsident Georgi Parwanow")
    return subject


def speaks_alone(state: Analysis, previous: QuoteSpan, first: int, stop: int) -> bool:
    """Whether sentences [first, stop) name no source but the previous quote's speaker."""
    own = {source.actor for source in previous.sources}
    if not own or None in own:
        return False
    lo, hi = state.sents[first][0], state.sents[stop - 1][1]
    names = state.tokens.person_orgs  # in text order: read from the first at lo
    for k in range(bisect_left(names, (lo,)), len(names)):
        start, end = names[k]
        if start >= hi:
            break
        if end <= hi and not set(state.resolver.actor_at(start, end)) <= own:
            return False
    return True


def continuation(
    state: Analysis,
    lo: int,
    hi: int,
    previous: QuoteSpan,
    *,
    next_to: bool = False,
    present_only: bool = False,
) -> QuoteSpan | None:
    """A Konjunktiv-I sentence right after reported speech continues it (cue None); so
    does a Konjunktiv-II one right after any statement: indirect or reported speech ("…
    verweisen auf eine fehlende rechtliche Grundlage. Befehle müssten gewissenhaft …
    ausgeführt werden."; issue 15, Wikinews train), an according-to statement ("…, so
    Gerlach. Eine Gesetzesänderung wäre der richtige Weg.") or a direct quote ("„…“
    Zurzeit würden alle Daten ausgewertet."); and hearsay "soll … haben" after a
    statement made with a cue (:func:`~.clauses.reportative`: "Die Behörden werfen Luna
    Menschenhandel vor. Er soll … eingeschleust haben"; issue 15, Wikinews train)."""
    present_only = present_only or not next_to
    # (after an according-to source or a cue-less continuation, hearsay is the
    # narrator's: "Laut Zeugenaussagen … Die ersten drei Opfer sollen … gewesen sein")
    hearsay = (
        previous.cue is not None
        and previous.kind in ("indirect", "reported")
        and reportative(state, lo, hi)
    )
    # with no cue, the form itself must show the mood: the morphologizer's Mood=Sub alone
    # ("So sollte sich Österreich …", even "sind") marked no continuation in dev/test
    if not hearsay and not has_subjunctive(
        state, lo, hi, present_only=present_only, trust_morph=False
    ):
        return None
    verbatim = previous.kind == "direct" or (previous.pattern or "").startswith("headline.")
    if hypothetical(state, lo, hi) and not verbatim:
        # (after words given as spoken, "R. Kelly: Für sehr unwahrscheinlich. Sollte es zu
        # einem Krieg kommen, würde …", the speaker weighs the case)
        return None
    if (
        not hearsay
        and indicative_main_clause(state, lo, hi)
        and not state.cues_in(lo, main_clause_end(state, lo, hi))
        and not reported_clause_after_comma(state, lo, hi)
    ):
        # "Thaksin bemühte sich, …, die Regierung könnte …": narration (a cue whose
        # pattern missed the clause still speaks: "sprachen auch davon, dass …")
        return None
    sources = own_speaker(state, lo, hi) or list(previous.sources)
    return make_quote(
        state, lo, hi, "indirect", None, None, sources, "indirect.konjunktiv_continuation",
    )  # fmt: skip


def hypothetical(state: Analysis, lo: int, hi: int) -> bool:
    """Whether sentence [lo, hi) opens with a verb-first conditional clause and its
    consequence stands in the Konjunktiv II alone ("Sollte der Antrag angenommen werden,
    könnte wikipedia.de vorläufig wieder online gehen"): the narrator weighs a case, no one
    is quoted after a report; a Konjunktiv I would mark it as reported (issue 15, Wikinews
    train)."""
    if not state.has_pos or has_subjunctive(state, lo, hi, present_only=True, trust_morph=False):
        return False
    first = state.doc[lo]
    # (the tagger may read a capitalised first verb as a noun: "Sollte" NN with Mood=Sub)
    if first.tag_ not in FINITE_TAGS and not first.morph.get("Mood", []):
        return False
    return any(state.doc[i].text == "," and not state.inside[i] for i in range(lo + 1, hi))


def own_speaker(state: Analysis, lo: int, hi: int) -> list[SourceRef]:
    """The subject of sentence [lo, hi)'s indicative main clause, where a dass-clause or a
    verb-second Konjunktiv clause follows its first comma and the subject names a person
    or a body: the sentence reports that subject's words with a verb or phrase the cue
    lexicon lacks ("Ein Sprecher des Weißen Hauses … schränkte … jedoch dahingehend ein,
    dass …", "Günter Metzges … ist der Meinung, dass …"), not the speaker of the quote
    before it. Empty where the sentence has no such clause."""
    if not state.has_pos or not indicative_main_clause(state, lo, hi):
        return []
    doc = state.doc
    verb = first_finite(state, lo, hi)
    comma = next((i for i in range(lo, hi) if doc[i].text == "," and not state.inside[i]), None)
    if verb is None or comma is None or comma + 1 >= hi or comma < verb:
        return []
    if state.lower[comma + 1] != "dass" and not reported_clause_after_comma(state, lo, hi):
        return []
    closing = doc[comma - 1]
    if closing.pos_ in NOUNS and closing.lower_ not in state.lex.clause_nouns:
        # the clause hangs on a noun phrase, not on the main clause's verb: "folgte dem …
        # Eilantrag des … John Demjanjuk, dass er nicht verhandlungsfähig sei" (the
        # noun's owner speaks); a noun of saying that ends the clause is its content's
        # frame ("ist der Meinung, dass …")
        return []
    subject = state.subject_of(verb, verb + 1, lo, comma)
    if subject is None or not state.animate(subject):
        # the noun phrase that fills the field before the verb, where the parse took a
        # predicate for the subject ("… ist der Meinung")
        subject = state.np_after(lo, verb) if lo < verb else None
        if subject is None or subject[0].lower_ in ACCUSATIVE | DATIVE:
            return []
    if subject.end > comma or not state.animate(subject):
        return []
    return state.resolve(subject, doc[verb])


def indicative_main_clause(state: Analysis, lo: int, hi: int) -> bool:
    """Whether sentence [lo, hi) opens with a main clause whose finite verb is indicative
    beyond doubt: its first finite verb, outside quotes, before any comma, is the
    morphologizer's Mood=Ind, no listed Konjunktiv form, not built as a Konjunktiv I, nor
    a modal's past ("wollten" is the Konjunktiv II too). The Konjunktiv then stands only in
    a later subordinate or coordinated clause ("Zu brisant sind die Zahlen, die … machen
    würden", "Die Polizei brachte … und habe …"): the sentence narrates (issue 15,
    Wikinews train)."""
    if not state.has_pos:
        return False
    doc = state.doc
    lex = state.lex
    for i in range(lo, hi):
        token = doc[i]
        if state.inside[i]:
            continue
        if token.text in (",", ";", ":") or token.tag_ == "KOUS":
            return False  # a subordinate clause first: "Während …, hat Abdullah …"
        if token.tag_ not in FINITE_TAGS:
            continue
        if token.tag_ == "VMFIN" and has_feature(token, "Tense", "Past"):
            return False
        return (
            has_feature(token, "Mood", "Ind")
            and not state.tokens.subjunctive_mood[i]
            and token.lower_ not in lex.subjunctive_1
            and token.lower_ not in lex.subjunctive_2
            and not state.tokens.konjunktiv_1(i)
        )
    return False


def main_clause_end(state: Analysis, lo: int, hi: int) -> int:
    """Where the main clause that opens sentence [lo, hi) ends: its first comma,
    semicolon or colon, or subordinating conjunction (STTS KOUS), outside quotes; a cue
    verb after it speaks in a subordinate clause ("…, weil sich tausende Fahrgäste …
    informieren wollten"), not for the sentence."""
    doc = state.doc
    for i in range(lo, hi):
        if not state.inside[i] and (doc[i].text in (",", ";", ":") or doc[i].tag_ == "KOUS"):
            return i
    return hi


_CLAUSE_OPENERS = frozenset({"PRELS", "PRELAT", "KOUS", "PWS", "PWAV", "PWAT", "KON"})
"""STTS tags of words that open a subordinate or coordinated clause, not a reported one."""


def reported_clause_after_comma(state: Analysis, lo: int, hi: int) -> bool:
    """Whether the first comma of sentence [lo, hi) opens a verb-second clause whose finite
    verb is a Konjunktiv, as after a verb of saying the lexicon lacks: "Am Vormittag hatte
    es zunächst geheißen, die Opposition hätte die Demonstration abgesagt" (not a relative
    or conjunction clause: "…, die … machen würden")."""
    doc = state.doc
    comma = next((i for i in range(lo, hi) if doc[i].text == "," and not state.inside[i]), None)
    if comma is None or comma + 1 >= hi or doc[comma + 1].tag_ in _CLAUSE_OPENERS:
        return False
    for j in range(comma + 1, min(hi, comma + 7)):
        if doc[j].text in (",", ";", ":") or doc[j].tag_ in _CLAUSE_OPENERS:
            return False
        if doc[j].tag_ in FINITE_TAGS:
            return j > comma + 1 and has_subjunctive(state, j, j + 1, present_only=False)
    return False


def reported_mood(
    state: Analysis, lo: int, hi: int, previous: QuoteSpan | None
) -> QuoteSpan | None:
    """A sentence with a listed Konjunktiv-I form and no cue ("Der Lohn der Arbeiter liege
    derzeit 25 bis 30 Prozent unter dem Tariflohn.") reports speech (ANNOTATION.md: cue
    null; the speaker of the quote shortly before it, else null; where its own main clause
    names a person or a body before a dass-clause, that subject: :func:`own_speaker`). Only
    the listed forms count (sei, habe, werde, liege, …): no morphologizer guess, no formula
    ("es sei denn"). With neither, where the text around it names no one who could have
    said it (:func:`~.unsourced.unsourced`), only the speaker of an earlier quote may be
    guessed for it (:attr:`~.spans.QuoteSpan.earlier_speaker_only`)."""
    lower, listed, inside = state.lower, state.lex.subjunctive_1, state.inside
    # a listed form first (what listed_subjunctive_1 checks first), then the full check
    if not any(
        listed_subjunctive_1(state, i, hi)
        for i in range(lo, hi)
        if lower[i] in listed and not inside[i]
    ):
        return None
    sources = own_speaker(state, lo, hi)
    if not sources and previous is not None:
        sources = list(previous.sources)
    quote = make_quote(state, lo, hi, "indirect", None, None, sources, "indirect.konjunktiv")
    if quote is not None and not sources:
        quote.earlier_speaker_only = unsourced(state, lo, hi)
    return quote


def between_same_speaker(state: Analysis, quotes: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    """A sentence without a cue between two statements of the same speaker is that
    speaker's voice (ANNOTATION.md rule 17): "…, sagte Gerlach. Das geht sehr formlos.
    Es könnte …, so Gerlach." """
    by_sent: dict[int, QuoteSpan] = {}
    for quote in quotes:
        span = state.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            by_sent.setdefault(state.sent_of[span.start], quote)
            by_sent[state.sent_of[span.end - 1]] = quote
    found: list[QuoteSpan] = []
    for k, (lo, hi) in enumerate(state.sents):
        before, after = by_sent.get(k - 1), by_sent.get(k + 1)
        if k in by_sent or before is None or after is None or before is after:
            continue
        if k in state.asked:
            continue  # an interviewer's question between two answers
        if not before.speaker or before.speaker != after.speaker or after.kind == "direct":
            continue
        if any(state.inside[i] or state.is_mark(state.doc[i]) for i in range(lo, hi)):
            continue
        if not has_finite_clause(state, lo, hi) or not _commentary(state, lo, hi):
            continue
        remark = make_quote(
            state, lo, hi, "indirect", None, None, list(before.sources),
            "indirect.between_same_speaker",
        )  # fmt: skip
        if remark is not None:
            found.append(remark)
    return found


def _commentary(state: Analysis, lo: int, hi: int) -> bool:
    """A short present-tense sentence that names no one: a remark in the speaker's voice
    ("Das geht sehr formlos."), not background narration."""
    tokens = [t for t in state.doc[lo:hi] if not (t.is_punct or t.is_space)]
    if len(tokens) > 10 or any(t.ent_type_ for t in tokens):
        return False
    return not any(has_feature(t, "Tense", "Past") for t in tokens)


def inherit_speakers(state: Analysis, quotes: Iterable[QuoteSpan]) -> None:
    """A direct quote with no cue takes the speaker of the quote right before it."""
    previous: QuoteSpan | None = None
    for quote in quotes:
        if quote.kind == "direct" and quote.cue is None and not quote.sources and previous:
            gap = state.text[previous.end : quote.start]
            if gap.count("\n") <= 2 and len(gap) < 400 and previous.sources:
                quote.sources = list(previous.sources)
        previous = quote
