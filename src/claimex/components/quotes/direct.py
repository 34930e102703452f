"""Direct quotations: text in quotation marks, attributed by a cue after it
(``direct.cue_after``), before it (``direct.cue_before``), a headline source
(``direct.headline``) or nothing (``direct.uncued``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.tokens import Span

from claimex.components.labels import DEPENDENT_CLAUSE, SUBJECT
from claimex.components.quotemarks import MARKS, QuotePair, outermost
from claimex.components.quotes.lexicon import FINITE_TAGS, SENT_END
from claimex.components.quotes.quoted_names import named_in_marks
from claimex.components.quotes.sentence import headline_source
from claimex.components.quotes.spans import QuoteSpan
from claimex.components.quotes.state import Analysis, Candidate
from claimex.components.speakers import SourceRef
from claimex.lexicon import words


# ----- direct quotations ---------------------------------------------------------------
def _content_tokens(state: Analysis, pair: QuotePair) -> tuple[int, int] | None:
    span = state.doc.char_span(pair.content_start, pair.content_end, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end


def _is_name_like(state: Analysis, lo: int, hi: int) -> bool:
    """Title-case words without a verb: "Institute for the Study of War"."""
    tokens = [t for t in state.doc[lo:hi] if not t.is_punct]
    if not tokens:
        return True
    if any(t.text in SENT_END or t.text == "," for t in state.doc[lo:hi]):
        return False
    content = [t for t in tokens if t.lower_ not in words("acronym_stopwords")]
    if sum(1 for t in content if t.text[:1].isupper()) == len(content):
        return True
    if state.has_pos and any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    return sum(1 for t in tokens if t.ent_type_) >= len(tokens) - 1


def direct_quotes(state: Analysis) -> list[Candidate]:
    """Quotations in marks (patterns ``direct.*``), attributed by a cue after or before
    them or a headline source; marks the tokens inside them in ``state.inside``.

    The sources are left unresolved (each candidate's ``resolve``): the sentence loop
    (:func:`~claimex.components.quotes.continuation.indirect_quotes`) resolves every
    source in text order, so a pronoun can refer to a name learned in an earlier
    sentence whatever pattern found it, in one pass."""
    doc = state.doc
    pairs, unpaired = state.tokens.quote_marks()
    for offset in unpaired:
        line = state.text.count("\n", 0, offset) + 1
        state.warnings.append(
            f"unpaired quotation mark {state.text[offset]!r} at offset {offset} (line {line}) "
            "was skipped"
        )
    found: list[tuple[QuotePair, int, int]] = []
    fragment_ends: set[int] = set()
    for pair in outermost(pairs):
        tokens = _content_tokens(state, pair)
        if tokens is None:
            continue
        lo, hi = tokens
        n_words = sum(1 for t in doc[lo:hi] if t.is_alpha or t.like_num)
        before = state.text[max(0, pair.open - 80) : pair.open].rstrip()
        if _quoted_name(state, pair) or (
            _embedded(state, pair, lo, fragment_ends)
            and not _statement(state, pair, lo, hi)
            and _after_cue(state, pair, lo, hi) is None
        ):
            # a fragment inside a sentence ('nannte dies einen „Militärputsch“', a title):
            # no direct quote; the sentence's own pattern makes its quote (FORMAT.md)
            fragment_ends.add(pair.close_end)
            continue
        cued = _has_cue_nearby(state, pair, lo, hi) or (
            before.endswith(",") and any(m in before for m in MARKS)
        )
        if not cued and _subject_of_verb(state, pair) and _statement(state, pair, lo, hi):
            # "„Ich habe fertig“ ist ein geflügeltes Wort": a quotation named, no quote;
            # its sentence reports nothing either
            for i in range(max(lo - 1, 0), min(hi + 1, len(doc))):
                state.inside[i] = True
            continue
        if n_words < state.min_words and not cued:
            continue
        if not cued and _is_name_like(state, lo, hi):
            continue
        if n_words < 2 and not (_interrupted_start(state, pair) or _colon_cue(state, pair, lo)):
            continue  # a one-word quotation is kept only after its cue: 'Er sagte: „Ja.“'
        for i in range(max(lo - 1, 0), min(hi + 1, len(doc))):
            state.inside[i] = True
        found.append((pair, lo, hi))
    for _, lo, hi in found:
        state.resolver.exclude(lo, hi)
    quotes: list[Candidate] = []
    k = 0
    enabled = state.patterns.enabled
    while k < len(found):
        pair, lo, hi = found[k]
        parts = [(pair, lo, hi)]
        attribution = _after_cue(state, pair, lo, hi) if enabled("direct.cue_after") else None
        pattern = "direct.cue_after"
        # „Wir …“, sagte er, „werden …“: one quote interrupted by its cue.
        while (
            attribution is not None
            and k + 1 < len(found)
            and _interrupts(state, parts[-1][0], found[k + 1][0])
        ):
            k += 1
            parts.append(found[k])
        if attribution is None and enabled("direct.cue_before"):
            attribution, pattern = _before_cue(state, pair, lo), "direct.cue_before"
        if (
            attribution is None
            and lo >= 2
            and doc[lo - 2].text == ":"
            and enabled("direct.headline")
        ):
            # a headline 'Heino: „…“': the source before the colon, no cue
            source = headline_source(state, state.sent_bounds(lo - 2)[0], lo - 2)
            if source is not None:
                attribution = (None, None, partial(state.resolve, source, None))
                pattern = "direct.headline"
        if (
            attribution is None
            and lo >= 2
            and doc[lo - 2].text == ":"
            and enabled("direct.colon_subject")
        ):
            attribution = _colon_subject(state, lo - 2)
            pattern = "direct.colon_subject"
        # text is always text[start:end]; an interrupted quote lists its parts
        stretches = [
            _strip_content(state.text, p.content_start, p.content_end) for p, _, _ in parts
        ]
        stretches = [(a, b) for a, b in stretches if b > a]
        k += 1
        if not stretches:
            continue
        start, end = stretches[0][0], stretches[-1][1]
        text = state.text[start:end]
        pieces = [(a, b, state.text[a:b]) for a, b in stretches] if len(stretches) > 1 else []
        if attribution is None and _after_title_noun(state, pair):
            continue  # "dem Lied „Für dich soll's rote Rosen regnen“": a work's title
        if attribution is None and _name_after_colon(state, pair, lo, hi):
            continue  # "findet ein Schachfestival statt: „Мемориал Михаила Таля“": a name
        cue_span, lemma, resolve = attribution or (None, None, _no_source)
        pattern = pattern if attribution is not None else "direct.uncued"
        if not enabled(pattern):
            continue  # a switched-off pattern (``disabled`` in the pattern file)
        quote = QuoteSpan(
            start, end, text, "direct", [], lemma, cue_span,
            state.patterns.precision(pattern), pieces, pattern,
        )  # fmt: skip
        quotes.append(Candidate(quote, resolve))
    return quotes


def _quoted_name(state: Analysis, pair: QuotePair) -> bool:
    """A name in marks after an article ("Wie die „Aktion Deutschland hilft“ heute
    mitteilte", "der Chefredakteur der „New York Times“, bekräftigt"): the head of a
    noun phrase of its sentence, no quote, whatever verb it holds or cue follows it."""
    if not state.has_pos:
        return False
    doc = state.doc
    opener = doc.char_span(pair.open, pair.open + 1, alignment_mode="expand")
    closer = doc.char_span(pair.close, pair.close_end, alignment_mode="expand")
    if opener is None or closer is None:
        return False
    return named_in_marks(doc, state.tokens.text, opener.start, closer.start)


def _embedded(state: Analysis, pair: QuotePair, lo: int, fragment_ends: set[int]) -> bool:
    """Whether the quotation stands inside its sentence's syntax: a word of the sentence
    right before the opening mark ('nannte dies einen „Militärputsch“', 'sei er
    „existenziell enttäuscht“', 'das Motto „…“'), or a comma or "und"/"oder" after such a
    fragment (a list of titles). A direct quote opens its sentence, follows a colon, a
    comma or its cue's "dass" ('kam zu dem Schluss, dass „…“')."""
    doc = state.doc
    opener = lo - 1
    while opener >= 0 and not state.is_mark(doc[opener]):
        opener -= 1
    j = opener - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or state.sent_of[j] != state.sent_of[max(opener, 0)]:
        return False
    prev = doc[j]
    if prev.text == "," or prev.lower_ in words("list_conjunctions"):
        k = j - 1 if prev.text == "," else j
        while k >= 0 and (doc[k].is_space or doc[k].text == ","):
            k -= 1
        return k >= 0 and doc[k].idx + len(doc[k].text) in fragment_ends
    if prev.text == ":":
        # "(etwa: „Partei der Volksmacht“)": a gloss inside a parenthesis
        s_lo = state.sent_bounds(j)[0]
        opened = [t.text for t in doc[s_lo:j] if t.text in ("(", ")")]
        return bool(opened) and opened[-1] == "("
    if not (prev.is_alpha or prev.like_num):
        return False
    if prev.lower_ == "dass":
        return False
    # "…, ob „…“" opens a clause; "Themen wie „…“" compares
    return prev.lower_ not in state.lex.question_words or doc[j - 1].text != ","


def _statement(state: Analysis, pair: QuotePair, lo: int, hi: int) -> bool:
    """Whether a quotation is a sentence of its own: a finite verb, and a capital first
    letter or a closing full stop ('skandierten Parolen wie „Stoppt den Wahn“', 'die
    Feststellung „Mit diesem Ziel stellt die Zeitung …“'), not a piece of its host
    sentence's syntax ('dass Cannabis „in 95 Prozent der Fälle nicht schadet“', 'das
    Motto „Der Verkehrsknoten Dresden“')."""
    if not state.has_pos:
        return True
    doc = state.doc
    if not any(t.tag_ in FINITE_TAGS or t.tag_ == "VVIMP" for t in doc[lo:hi]):
        return False
    content = state.text[pair.content_start : pair.content_end].strip()
    letter = next((c for c in content if c.isalpha()), "")
    return letter.isupper() or content.endswith((".", "!", "?"))


def _subject_of_verb(state: Analysis, pair: QuotePair) -> bool:
    """Whether a finite verb other than a cue follows the closing mark directly: the
    quotation is the subject of its sentence, a saying talked about, not said ("„Ich
    habe fertig“ ist seit damals ein geflügeltes Wort")."""
    doc = state.doc
    close = doc.char_span(pair.close, pair.close_end, alignment_mode="expand")
    opener = doc.char_span(pair.open, pair.open + 1, alignment_mode="expand")
    if close is None or close.end >= len(doc) or opener is None or not state.has_pos:
        return False
    if state.sent_bounds(opener.start)[0] != opener.start:
        return False  # only a quotation that opens its sentence is its subject
    nxt = doc[close.end]
    if nxt.is_space:
        # white space (a line break after the quotation: a cell's or a paragraph's end)
        # is no verb, whatever tag the tagger gave it (it tags "\n" VAFIN after „…“)
        return False
    return nxt.tag_ in FINITE_TAGS and state.verb_cue(nxt, len(doc)) is None


def _colon_cue(state: Analysis, pair: QuotePair, lo: int) -> bool:
    """A cue and a colon right before the opening mark ('Scholz sagte: „Ja.“'): the
    quotation is a statement whatever its length (a title or a name in marks has no
    cue before a colon)."""
    before = state.text[max(0, pair.open - 2) : pair.open].strip()
    return before.endswith(":") and _before_cue(state, pair, lo) is not None


def _colon_subject(state: Analysis, colon: int) -> Attribution | None:
    """'Ali bekannte sich zu einem Dialog mit dem Islam: „Ich begrüße …“': a quotation
    after the colon that closes a clause without a cue; the clause's subject speaks where
    it names a person or a body (not 'Die Regeln sind klar: „…“')."""
    s_lo = state.sent_bounds(colon)[0]
    c_lo = state.clause_start(colon, s_lo)
    doc = state.doc
    verb = next((j for j in range(colon - 1, c_lo - 1, -1) if doc[j].tag_ in FINITE_TAGS), None)
    subject = None if verb is None else state.subject_of(verb, verb + 1, s_lo, colon)
    if (subject is None or not state.animate(subject)) and c_lo > s_lo:
        # the colon closes a clause the main clause frames ("X wandte sich gegen die
        # Behauptung, die Sorte werde nicht … gelangen: „…“"): the main clause's subject
        main = _main_subject(state, s_lo, c_lo)
        verb, subject = (None, None) if main is None else main
    if verb is None or subject is None or not state.animate(subject):
        return None
    return None, None, partial(state.resolve, subject, doc[verb])


def _main_subject(state: Analysis, s_lo: int, c_lo: int) -> tuple[int, Span] | None:
    """The first finite verb of sentence tokens [s_lo, c_lo) outside quotation marks that
    heads no relative or adverbial clause, and its subject's noun phrase before it by the
    parse (the main clause's speaker), or None."""
    doc = state.doc
    if not state.has_dep:
        return None
    verb = next(
        (
            j
            for j in range(s_lo, c_lo)
            if doc[j].tag_ in FINITE_TAGS
            and not state.inside[j]
            and doc[j].dep_ not in DEPENDENT_CLAUSE
        ),
        None,
    )
    if verb is None:
        return None
    subject = next((t for t in doc[verb].children if t.dep_ in SUBJECT and t.i < verb), None)
    if subject is None or subject.left_edge.i < s_lo:
        return None
    return verb, doc[subject.left_edge.i : min(subject.right_edge.i + 1, verb)]


def _interrupted_start(state: Analysis, pair: QuotePair) -> bool:
    """A one-word first part of an interrupted quote: „Wir“, sagte er, „werden …“."""
    after = state.text[pair.close_end : pair.close_end + 80]
    return after.lstrip().startswith(",") and any(m in after[1:] for m in MARKS)


def _strip_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Content bounds without surrounding white space and commas: „, und dann nicht.“."""
    while start < end and (text[start].isspace() or text[start] == ","):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _has_cue_nearby(state: Analysis, pair: QuotePair, lo: int, hi: int) -> bool:
    return _after_cue(state, pair, lo, hi) is not None or state.text[
        max(0, pair.open - 2) : pair.open
    ].strip().endswith(":")


def _interrupts(state: Analysis, first: QuotePair, second: QuotePair) -> bool:
    text = state.text
    inner = text[first.content_start : first.content_end].rstrip()
    between = text[first.close_end : second.open]
    if inner.endswith((".", "!", "?")) or "\n" in between:
        return False
    stripped = between.strip()
    return stripped.startswith(",") and stripped.endswith((",", ":")) and len(between) < 80


_NAMING_AUX = frozenset({"wird", "wurde", "werden", "wurden"})
"""Passive auxiliaries: "wie er genannt wird" names, it reports no statement."""

Attribution = tuple[Span | None, str | None, Callable[[], list[SourceRef]]]
"""A direct quote's cue span, cue lemma and its sources, resolved when called."""


def _after_title_noun(state: Analysis, pair: QuotePair) -> bool:
    """Whether the word right before the opening mark is a noun for a named work
    (``cues.json`` title_nouns, also as the end of a compound): "der ARD-Fernsehserie
    „In aller Freundschaft“", "Enzyklika „Deus caritas est“", "mit dem Titel „…“"."""
    before = state.text[max(0, pair.open - 40) : pair.open].split()
    if not before:
        return False
    word = before[-1].lower()
    return any(word.endswith(noun) for noun in state.lex.title_nouns)


def _name_after_colon(state: Analysis, pair: QuotePair, lo: int, hi: int) -> bool:
    """Whether a quotation without a cue after a colon is a name, not a statement: no
    finite verb and a name's shape (:func:`_is_name_like`): "Vom 5. bis zum 9. November
    findet in Moskau ein Schachfestival statt: „Мемориал Михаила Таля“". A colon with a
    cue before it ('Er sagte: „Ja.“') or a headline source gives an attribution first."""
    before = state.text[max(0, pair.open - 2) : pair.open].strip()
    return (
        before.endswith(":")
        and not _statement(state, pair, lo, hi)
        and _is_name_like(state, lo, hi)
    )


def _no_source() -> list[SourceRef]:
    return []


def _after_cue(state: Analysis, pair: QuotePair, lo: int, hi: int) -> Attribution | None:
    """„…“, sagte er / „…“, so die Denkfabrik / „…“, teilte das Amt mit."""
    doc = state.doc
    close = doc.char_span(pair.close, pair.close_end, alignment_mode="expand")
    if close is None:
        return None
    i = close.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    elif not state.text[pair.close - 1 : pair.close].strip(" ").endswith((",", "!", "?")):
        return None
    end = i
    while end < len(doc) and end < i + 15 and not state.is_mark(doc[end]):
        if doc[end].text in SENT_END or doc[end].is_space:
            break
        end += 1
    if i >= end:
        return None
    first = doc[i]
    if first.lower_ == "so":
        subject = state.np_after(i + 1, end)
        return doc[i : i + 1], "so", partial(state.resolve, subject, None)
    if first.lower_ == "wie":
        if any(t.lower_ in _NAMING_AUX for t in doc[i + 1 : end]):
            return None  # "„Trap“, wie er genannt wird": a name, no statement
        for j in range(i + 1, end):
            lemma = state.verb_cue(doc[j], end)
            if lemma:
                subject = state.np_after(i + 1, j)
                return doc[j : j + 1], lemma, partial(state.resolve, subject, doc[j])
    phrase = state.phrase_cue(i, end)
    if phrase is not None:
        subject = state.np_after(i + phrase[1], end)
        return doc[i : i + phrase[1]], phrase[0], partial(state.resolve, subject, None)
    for j in range(i, min(i + 3, end)):
        lemma = state.verb_cue(doc[j], end)
        if lemma is None:
            continue
        subject = state.subject_of(j, j + 1, i, end)
        return doc[j : j + 1], lemma, partial(state.resolve, subject, doc[j])
    return None


def _before_cue(state: Analysis, pair: QuotePair, lo: int) -> Attribution | None:
    """Er sagte: „…“ / … kam zu dem Schluss, dass „…“."""
    doc = state.doc
    opener = lo - 1
    while opener >= 0 and not state.is_mark(doc[opener]):
        opener -= 1
    if opener < 0:
        return None
    s_lo, _ = state.sent_bounds(opener)
    j = opener - 1
    while j >= s_lo and doc[j].is_space:
        j -= 1
    if j < s_lo:
        # the quote opens its sentence: a colon ending the previous sentence
        prev = s_lo - 1
        while prev >= 0 and doc[prev].is_space:
            prev -= 1
        if prev < 0 or doc[prev].text != ":":
            return None
        s_lo, _ = state.sent_bounds(prev)
        j = prev
    last = doc[j]
    if last.text not in (":", ",") and last.lower_ not in state.lex.question_words | {"dass"}:
        return None
    start = s_lo
    for k in range(j, s_lo - 1, -1):
        if state.inside[k] and k < opener - 1:
            start = k + 1
            break
    cues = state.cues_in(start, j + 1)
    if not cues and last.text == ":":
        # a phrase that is a cue only before a colon: "brachte X zum Ausdruck: „…“"
        phrase = state.colon_phrase_before(j, start)
        cues = [phrase] if phrase is not None else []
    if not cues:
        return None
    c_start, c_end, lemma = cues[-1]
    subject = state.subject_of(c_start, c_end, start, j + 1)
    if subject is None and c_start > start:
        subject = state.np_after(state.clause_start(c_start, start), c_start)
    if lemma in state.lex.speech_subject:
        # "Die Kernaussage von Jerry Larson lautete: „…“": the statement's owner speaks
        noun = next((t for t in subject or () if t.lower_.endswith(state.lex.speech_nouns)), None)
        if subject is None or noun is None:
            return None
        k = noun.i + 1
        if k < c_start and doc[k].lower_ in state.lex.owner_prepositions:
            k += 1
        owner = state.np_after(k, c_start) if k < c_start else None
        if owner is None or owner.end < subject.end:
            owner = doc[k : max(subject.end, owner.end if owner is not None else k)]
        resolve = partial(state.resolve, owner, None) if len(owner) else _no_source
        return doc[c_start:c_end], lemma, resolve
    return doc[c_start:c_end], lemma, partial(state.resolve, subject, doc[c_start])
