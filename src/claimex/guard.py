"""A tokenizer guard: time per character stays bounded for any input.

spaCy's rule-based tokenizer splits each whitespace-free chunk by stripping one prefix or
suffix at a time and searching the rest again, so a chunk of ``n`` punctuation marks
(``„“"«»„“"«»...``, ``€€€...``, ``)))...``) costs time in ``n²``: 8,000 quotation marks
without a space take 10 s, 50,000 take minutes. :class:`GuardedTokenizer` wraps the
pipeline's tokenizer: a whitespace-free run longer than :data:`MAX_RUN` characters is cut
into pieces of at most :data:`PIECE` characters (preferably between two punctuation
marks, where the tokenizer splits anyway), each stretch of text is tokenised on its own
and the docs are joined with :meth:`Doc.from_docs <spacy.tokens.Doc.from_docs>`. The
doc's text is the input, unchanged, so every offset stays true.

Ordinary text has no such runs (the longest chunk in the 10kGNAD test articles has 140
characters) and goes to the wrapped tokenizer whole, its cache included: its tokens do
not change.

Example:
    >>> import spacy
    >>> nlp = install(spacy.blank("de"))
    >>> text = "Er sagte: " + "\\N{DOUBLE LOW-9 QUOTATION MARK}" * 1000
    >>> doc = nlp(text)
    >>> len(doc), doc.text == text
    (1003, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise, repeat
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from claimex._version import __version__
from claimex.convert import SentenceIndex, doc_to_extraction, get_record, release
from claimex.records import (
    Actor,
    Entity,
    Extraction,
    ExtractionWarning,
    Figure,
    Mention,
    Place,
    Quote,
    QuotePart,
)
from claimex.text import split_points

MAX_RUN = 200
"""Whitespace-free runs up to this many characters are tokenised whole.

A run of this length costs the tokenizer at most about 50 µs per character (``€`` or
``.,`` repeated), less than the rest of the pipeline spends on the run's tokens."""

PIECE = 64
"""A longer run is tokenised in pieces of at most this many characters (~10 µs each)."""


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def run_cuts(text: str, start: int, end: int, piece: int = PIECE) -> list[int]:
    """Offsets at which to cut the run ``text[start:end]`` into pieces of ``<= piece``.

    A cut goes between two punctuation marks where one lies in the second half of a
    piece, else between a punctuation mark and a letter or digit, else ``piece``
    characters on.

    Example:
        >>> run_cuts("x" * 10, 0, 10, piece=4)
        [4, 8]
        >>> run_cuts("abc.,def.,ghi", 0, 13, piece=6)
        [4, 9]
    """
    if piece < 2:
        raise ValueError("piece must be at least 2")
    cuts: list[int] = []
    at = start
    while end - at > piece:
        cut, next_to = at + piece, -1
        for i in range(at + piece, at + piece // 2 - 1, -1):
            before, after = _is_word_char(text[i - 1]), _is_word_char(text[i])
            if not (before or after):
                break
            if next_to < 0 and before != after:
                next_to = i
        else:
            i = next_to if next_to > 0 else cut
        cuts.append(i)
        at = i
    return cuts


def cut_points(text: str, max_run: int = MAX_RUN, piece: int = PIECE) -> list[int]:
    """Offsets inside the whitespace-free runs of ``text`` longer than ``max_run``.

    Example:
        >>> cut_points("ab " + "." * 10, max_run=8, piece=4)
        [7, 11]
        >>> cut_points("Ein ganz normaler Satz.")
        []
    """
    if not _may_have_run(text, max_run):
        return []
    # a run is matched from its first character only: linear in len(text)
    pattern = re.compile(rf"(?<!\S)\S{{{max_run + 1},}}")
    points: list[int] = []
    for match in pattern.finditer(text):
        points.extend(run_cuts(text, match.start(), match.end(), piece))
    return points


_WHITESPACE = re.compile(r"\s")


def _may_have_run(text: str, max_run: int) -> bool:
    """False where ``text`` surely has no whitespace-free run over ``max_run`` characters.

    Such a run holds two of the offsets ``0, step, 2 * step, ...`` (``step`` = half of
    ``max_run + 1``, rounded down), and the ``step + 1`` characters from the first of them
    on hold no whitespace: a text where every such stretch has whitespace has no long
    run. In prose a space comes within a few characters, so this reads a few characters
    per ``step`` instead of trying a match at every character (cut_points' regex took
    ~75 µs per 1,400-character Wikinews article, the test ~5).

    Example:
        >>> _may_have_run("Ein ganz normaler Satz. " * 50, 200), _may_have_run("." * 201, 200)
        (False, True)
    """
    step = (max_run + 1) // 2
    if step < 1:
        return True
    # search(text, at, at + step + 1) for each such offset, in one C-level pass (map)
    starts = range(0, len(text) - step, step)
    return None in map(
        _WHITESPACE.search, repeat(text), starts, range(step + 1, len(text) + step + 1, step)
    )


class GuardedTokenizer:
    """A tokenizer that cuts overlong whitespace-free runs before the wrapped one sees them.

    It calls the wrapped tokenizer (``base``) on the whole text when the text has no run
    over ``max_run`` characters, else on each stretch between the cuts that split such
    runs into pieces of at most ``piece`` characters, and joins the docs.
    Everything else (``explain``, ``rules``, serialisation) is the wrapped tokenizer's.
    """

    def __init__(
        self, base: Callable[[str], Doc], *, max_run: int = MAX_RUN, piece: int = PIECE
    ) -> None:
        if not 2 <= piece <= max_run:
            raise ValueError("need 2 <= piece <= max_run")
        self.base = base
        self.max_run = max_run
        self.piece = piece

    def __call__(self, text: str) -> Doc:
        cuts = cut_points(text, self.max_run, self.piece)
        if not cuts:
            return self.base(text)
        bounds = [0, *cuts, len(text)]
        docs = [self.base(text[a:b]) for a, b in pairwise(bounds)]
        # every stretch but the last ends inside a run: no whitespace to add or lose
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenise a stream of texts, as spaCy's ``Tokenizer.pipe`` does."""
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        # only called for names not found on the guard: explain, rules, to_disk...
        if name in ("base", "max_run", "piece"):  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.base, name)

    def __repr__(self) -> str:
        return f"GuardedTokenizer({self.base!r}, max_run={self.max_run}, piece={self.piece})"


def install(nlp: Language, *, max_run: int = MAX_RUN, piece: int = PIECE) -> Language:
    """Put a :class:`GuardedTokenizer` around ``nlp``'s tokenizer (once) and return ``nlp``.

    Example:
        >>> import spacy
        >>> nlp = install(install(spacy.blank("de")))
        >>> type(nlp.tokenizer).__name__, type(nlp.tokenizer.base).__name__
        ('GuardedTokenizer', 'Tokenizer')
    """
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer, max_run=max_run, piece=piece)
    return nlp


# ---- long documents: bounded pieces, one merged record -------------------------------

# Texts longer than this run in pieces. The model's time per token grows on very long
# docs (benchmarks/scaling.py: a 93,000-character text took 2.36x the time of one of
# 47,000, CPU time) and its memory is ~18 KB a token; news articles are far shorter
# (the longest of 1,028 10kGNAD test articles: 32,600 characters).
PIECE_CHARS = 50_000
# ... and texts with more tokens than this (about 10,000 tokens is 60,000 characters of
# news, but only 10,000 characters of punctuation, where every character is a token).
PIECE_TOKENS = 10_000
_TOKENISH = re.compile(r"\w+|[^\w\s]")


def chunked_warning(
    text: str, size: int, piece_chars: int, *, given: int | None = None
) -> ExtractionWarning:
    """The W004 warning of a text processed in pieces of at most ``size`` characters: it
    names the limit the text is over (characters, or else tokens: a shorter text of many
    punctuation marks). ``text`` is the copy the pipeline reads; ``given`` the length of
    the text as the caller passed it, named first where the two differ (markup removed,
    characters normalised: :func:`claimex.markup.for_pipeline`).

    Example:
        >>> chunked_warning("„“" * 6_000, 10_004, 50_000).message[:64]
        'text of 12000 characters has over 10000 tokens (estimated): proc'
        >>> chunked_warning("x" * 60_000, 50_000, 50_000, given=61_000).message[:70]
        'text of 61000 characters (60000 in the cleaned copy the pipeline read)'
    """
    if len(text) > piece_chars:
        limit = f"is long (over {piece_chars} characters)"
    else:
        limit = f"has over {PIECE_TOKENS} tokens (estimated)"
    length = f"{len(text)} characters"
    if given is not None and given != len(text):
        length = f"{given} characters ({len(text)} in the cleaned copy the pipeline read)"
    return ExtractionWarning(
        code="W004",
        message=f"text of {length} {limit}: processed in pieces of at most "
        f"{size} characters of that copy, cut at paragraph or sentence ends; actors and "
        "places are merged by name across pieces.",
    )


def piece_size(text: str, *, chars: int | None = None, tokens: int | None = None) -> int | None:
    """The piece size in characters for ``text``, or None where it runs whole.

    A text runs in pieces when it has more than ``chars`` characters or more than
    ``tokens`` tokens (estimated: words and punctuation marks); the pieces then hold about
    ``tokens`` tokens each, so that the model's time and memory per piece are bounded
    whatever the text is made of.

    Example:
        >>> piece_size("Merkel sagte, es gehe voran. " * 10) is None
        True
        >>> piece_size("„“" * 30_000) <= PIECE_TOKENS
        True
    """
    chars = PIECE_CHARS if chars is None else chars
    tokens = PIECE_TOKENS if tokens is None else tokens
    if len(text) <= min(chars, tokens):
        return None  # short enough, and a token has at least one character
    estimate = sum(1 for _ in _TOKENISH.finditer(text))
    if len(text) <= chars and estimate <= tokens:
        return None
    chars_per_token = len(text) / max(estimate, 1)
    return max(1, min(chars, int(tokens * chars_per_token)))


"""A text over the pipeline's ``max_length`` is processed in pieces of at most this many
characters (fewer if ``max_length`` is smaller): the whole pipeline runs on one piece at a
time, so time grows linearly with the text and memory with the largest piece."""

_SpannedT = TypeVar("_SpannedT", Entity, Figure, Mention, Quote, QuotePart)

_OFFSET_IN_MESSAGE = re.compile(r"\b(offset )(\d+)")
_LINE_IN_MESSAGE = re.compile(r"\b(line )(\d+)")


@dataclass(frozen=True)
class Piece:
    """One piece's record and where the piece lies in the whole text."""

    start: int
    """Offset of the piece's first character in the whole text."""
    sentence: int
    """Sentences of the whole text before the piece."""
    line: int
    """Line breaks of the whole text before the piece."""
    record: Extraction


def piece_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the pieces of ``text``, cut at paragraph or sentence ends.

    Example:
        >>> piece_bounds("Erster Absatz.\\n\\nZweiter Absatz.", 20)
        [(0, 16), (16, 31)]
    """
    bounds = [0, *split_points(text, size), len(text)]
    return list(pairwise(bounds))


def extract_in_pieces(
    nlp: Language,
    text: str,
    *,
    size: int = PIECE_CHARS,
    component_cfg: dict[str, dict[str, Any]] | None = None,
) -> Extraction:
    """Run ``nlp`` (with claimex's components) on ``text`` piece by piece; merge the records.

    Pieces go to ``nlp.pipe`` one at a time and only their records are kept, so memory
    stays that of one piece (plus the records). See :func:`merge_pieces` for the merge.

    Raises:
        ValueError: ``size`` is not positive.
    """
    size = min(size, nlp.max_length)
    bounds = piece_bounds(text, size)
    texts = (text[start:end] for start, end in bounds)
    pieces: list[Piece] = []
    sentence = 0
    for (start, _), doc in zip(
        bounds, nlp.pipe(texts, batch_size=1, component_cfg=component_cfg), strict=True
    ):
        record = get_record(doc) or doc_to_extraction(doc, model=None, claimex_version=__version__)
        pieces.append(Piece(start, sentence, text.count("\n", 0, start), record))
        sentence += len(SentenceIndex(doc).starts)
        release(doc)
    return merge_pieces(text, pieces)


def merge_pieces(text: str, pieces: list[Piece]) -> Extraction:
    """One record for ``text`` from the records of its pieces.

    Offsets, sentence indices and the offsets and line numbers that warnings name are
    shifted to the whole text. Actors and places with the same name are one actor or
    place across pieces (ids renumbered in order of first mention, quotes' speakers and
    actors follow). Of each warning code the first two warnings are kept, the second with
    the count of all the others.
    """
    merged = _Merge()
    for piece in pieces:
        merged.add(piece)
    return Extraction(
        text=text,
        entities=merged.entities,
        actors=[Actor(**fields) for fields in merged.actors.values()],
        places=[Place(**fields) for fields in merged.places.values()],
        figures=merged.figures,
        quotes=merged.quotes,
        claimex_version=__version__,
        warnings=_merge_warnings(merged.warnings),
    )


class _Merge:
    """The merged lists, filled piece by piece."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.figures: list[Figure] = []
        self.quotes: list[Quote] = []
        # name -> the fields of its Actor or Place, in order of first mention
        self.actors: dict[str, dict[str, Any]] = {}
        self.places: dict[str, dict[str, Any]] = {}
        self.warnings: list[list[ExtractionWarning]] = []

    def add(self, piece: Piece) -> None:
        shift = _Shift(piece.start, piece.sentence)
        record = piece.record
        self.entities += [shift.span(ent) for ent in record.entities]
        actor_ids = {
            actor.id: _merge_referent(self.actors, actor, shift, "A", type=actor.type, roles=[])
            for actor in record.actors
        }
        for place in record.places:
            _merge_referent(self.places, place, shift, "P")
        first_figure = len(self.figures)
        self.figures += [
            shift.span(fig, sentence=fig.sentence + shift.sentence) for fig in record.figures
        ]
        self.quotes += [
            _shift_quote(quote, shift, actor_ids, first_figure) for quote in record.quotes
        ]
        self.warnings.append(
            [_shift_warning(warning, piece.start, piece.line) for warning in record.warnings]
        )


class _Shift:
    """Moves records of one piece to the whole text."""

    def __init__(self, start: int, sentence: int) -> None:
        self.start = start
        self.sentence = sentence

    def span(self, record: _SpannedT, **update: Any) -> _SpannedT:
        return record.model_copy(
            update={"start": record.start + self.start, "end": record.end + self.start, **update}
        )

    def mention(self, mention: Mention) -> Mention:
        return self.span(mention, sentence=mention.sentence + self.sentence)


def _merge_referent(
    merged: dict[str, dict[str, Any]],
    referent: Actor | Place,
    shift: _Shift,
    prefix: str,
    **first: Any,
) -> str:
    """Add ``referent`` to the one of its name in ``merged``; return its merged id."""
    fields = merged.get(referent.name)
    if fields is None:
        fields = {"id": f"{prefix}{len(merged) + 1}", "name": referent.name, "mentions": []}
        fields.update(aliases=[], **first)
        merged[referent.name] = fields
    fields["mentions"] += [shift.mention(m) for m in referent.mentions]
    fields["aliases"] += [a for a in referent.aliases if a not in fields["aliases"]]
    if isinstance(referent, Actor):
        fields["roles"] += [r for r in referent.roles if r not in fields["roles"]]
    return str(fields["id"])


def _shift_quote(
    quote: Quote, shift: _Shift, actor_ids: dict[str, str], first_figure: int
) -> Quote:
    speaker = [
        source.model_copy(
            update={
                "actor_id": actor_ids.get(source.actor_id) if source.actor_id else None,
                "mention": shift.mention(source.mention) if source.mention else None,
            }
        )
        for source in quote.speaker
    ]
    actors = sorted({actor_ids[a] for a in quote.actors if a in actor_ids}, key=_id_number)
    return shift.span(
        quote,
        speaker=speaker,
        cue_mention=shift.mention(quote.cue_mention) if quote.cue_mention else None,
        parts=[shift.span(part) for part in quote.parts],
        actors=actors,
        figures=[i + first_figure for i in quote.figures],
        sentences=[i + shift.sentence for i in quote.sentences],
    )


def _id_number(record_id: str) -> int:
    return int(record_id[1:])


def _shift_warning(warning: ExtractionWarning, start: int, line: int) -> ExtractionWarning:
    """``warning`` with the offsets and line numbers its message names moved by a piece's."""
    if not start:
        return warning
    message = _OFFSET_IN_MESSAGE.sub(lambda m: f"{m[1]}{int(m[2]) + start}", warning.message)
    message = _LINE_IN_MESSAGE.sub(lambda m: f"{m[1]}{int(m[2]) + line}", message)
    return warning.model_copy(update={"message": message})


def _merge_warnings(per_piece: list[list[ExtractionWarning]]) -> list[ExtractionWarning]:
    """The pieces' warnings, at most two of a code: its first, and its second with the
    count of all the others, so that the count per code is kept but a page of stray
    marks does not give a warning per mark (the :class:`~claimex.Extractor` keeps one
    warning per code in the end)."""
    kept: list[ExtractionWarning] = []
    rest: dict[str, int] = {}  # code -> index in kept of its second warning
    for warning in (w for warnings in per_piece for w in warnings):
        code = warning.code
        if code in rest:
            held = kept[rest[code]]
            kept[rest[code]] = held.model_copy(update={"count": held.count + warning.count})
            continue
        if any(w.code == code for w in kept):
            rest[code] = len(kept)
        kept.append(warning)
    return kept
