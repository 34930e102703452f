"""SpkAtt-2023 Bundestag speeches as training examples for the speaker ranker.

Reads the speeches of SpkAtt-2023 Task 1 (``shared/data/quotes/spkatt2023/{train,dev,trial}``,
19th Bundestag 2017-2021, annotations CC BY-SA 4.0, transcripts public domain; Rehbein,
Ruppenhofer, Brunner, Ponzetto, LREC-COLING 2024). Only this folder is read: the SpkAtt news
file (``spkatt2023-news``, NonCommercial) is never opened here.

Each speech is one JSON file of tokenised sentences and annotated speech, thought and writing
events whose roles (``Cue``, ``PTC``, ``Source``, ``Message``, ...) are lists of
``"sentenceId:tokenIndex"`` strings. :func:`read_speech` rebuilds the speech as one text and
keeps each token's character range, so that every role becomes a character span of that text;
:func:`gold_document` writes the events as a claimex gold document (``quotes`` with ``start``,
``end``, ``kind``, ``cue``), which ``models/train_speakers.py`` runs claimex over exactly as it
runs the Wikinews gold; :func:`label_speakers` then names each event's gold speaker from
claimex's own parse of the rebuilt text.

Conventions:

- Text: sentences joined by one space, tokens by one space, except no space before closing
  punctuation and quotation marks (``NO_SPACE_BEFORE``) and before tokens that begin with a
  hyphen or an apostrophe and a letter ("CO 2 -Emissionen" -> "CO 2-Emissionen", "macht
  's" -> "macht's"), and none after opening brackets and marks (``NO_SPACE_AFTER``). The
  token text is kept verbatim, so ``text[start:end]`` is the token.
- A quote is an event with a ``Message``; its span runs from the first message token to the
  last (a message cut by an inserted cue, "Das, sagte er, ist falsch", is one span). Events
  without a message (nominal cues such as "Antrag", "Debatte") are not quotes and are dropped.
- ``cue``: the cue tokens' text, lowercased, with the particle (``PTC``) after them
  ("stellen fest"); the cue span covers the cue tokens only.
- ``kind``: ``direct`` where a quotation mark opens or closes the message (the token before or
  the first message token is an opening mark, the last or the next one a closing mark);
  ``according_to`` where the cue word is one of claimex's according-to words
  (``lexicon/cues.json``: laut, gemäß, zufolge, nach, so); otherwise ``indirect`` where the
  message holds a finite verb in claimex's parse and ``reported`` where it holds none.
- Speaker (:func:`label_speakers`, from claimex's doc of the rebuilt text): no ``Source``
  tokens -> ``None`` (the format has no marker for an implicit source, so an event without
  Source tokens is an event without a speaker). A Source without a noun or name in
  claimex's parse (pronouns, determiners, particles: "ich", "Sie", "wir", "man", "er",
  "die", "Wer", "niemand", "auch Sie") -> excluded (``exclude``: no training row, not
  scored): the annotation marks the pronoun but not whom it refers to, and first and second
  person sources (most of them) are the member of parliament speaking or addressed, who is
  not named in the text. Any other Source is named as claimex names a source span:
  ``SpeakerResolver.resolve`` (an actor's name, or an unnamed description such as
  "Bundesregierung"); where it resolves to nothing, the Source text without its leading
  determiners.

Counts (events and quotes: ``python -m models.spkatt_bundestag``; speakers by source, which
need claimex's parse: ``python -m models.train_speakers --spkatt``, 2026-12-02 code state):

| | train | dev | trial |
|---|---|---|---|
| speeches | 177 | 18 | 3 |
| events | 5,399 | 515 | 88 |
| events without a message (dropped) | 2,157 | 225 | 30 |
| quotes (events with a message) | 3,242 | 290 | 58 |
| kind direct / according_to (the rest: indirect or reported) | 92 / 25 | 12 / 0 | 4 / 1 |
| no Source: speaker None | 851 | 101 | 17 |
| Source without a noun: excluded | 1,841 | 133 | |
| Source named: actor / description / text | 257 / 274 / 19 | 31 / 23 / 2 | |
| quotes trained on or scored (not excluded) | 1,401 | 157 | |
| of them with a claimex cue word (``speech_cue``) | 551 | 68 | |

Trial is not used. Claimex finds few of these messages itself: on train 449 pipeline quotes
outside excluded events, 250 of them matching a gold message; most SpkAtt rows are those of
the gold message spans.

Run: ``python -m models.spkatt_bundestag [--split train] [--show 5]``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from claimex.components.labels import DETERMINERS, NOUNS
from claimex.components.speakers import SpeakerResolver, joined_names
from claimex.gold import find_shared
from claimex.lexicon import table

FOLDER = ("data", "quotes", "spkatt2023")
SPLITS = ("train", "dev", "trial")
NO_SPACE_BEFORE = frozenset(
    {
        ",",
        ".",
        "!",
        "?",
        ":",
        ";",
        ")",
        "…",
        "...",
        "\N{LEFT DOUBLE QUOTATION MARK}",
        "\N{LEFT SINGLE QUOTATION MARK}",
        "\N{RIGHT SINGLE QUOTATION MARK}",
    }
)
NO_SPACE_AFTER = frozenset(
    {"(", "\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{SINGLE LOW-9 QUOTATION MARK}"}
)
OPENING_MARKS = frozenset(
    {"\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{SINGLE LOW-9 QUOTATION MARK}", '"'}
)
# a token that begins with one of these and a letter joins the one before ("CO 2
# -Emissionen", "macht 's")
ATTACHED_PREFIXES = frozenset({"-", "'", "\N{RIGHT SINGLE QUOTATION MARK}"})
CLOSING_MARKS = frozenset({"\N{LEFT DOUBLE QUOTATION MARK}", "\N{LEFT SINGLE QUOTATION MARK}", '"'})

TokenRef = tuple[int, int]  # (sentence id, token index)
CharSpan = tuple[int, int]


@dataclass(frozen=True)
class Event:
    """One annotated event with a message, as character spans of the speech text."""

    message: CharSpan
    kind: str  # "direct", "according_to", or "clause" (indirect or reported: needs a parse)
    cue: str | None
    cue_span: CharSpan | None
    source: CharSpan | None
    source_text: str | None


@dataclass(frozen=True)
class Speech:
    """A rebuilt speech: its text, each token's character range, its events."""

    id: str
    text: str
    offsets: dict[TokenRef, CharSpan]
    events: tuple[Event, ...]
    without_message: int  # events dropped: no message


def spkatt_folder(shared: Path | None = None) -> Path | None:
    """The SpkAtt-2023 Bundestag folder under ``shared`` (found as claimex finds it)."""
    base = shared if shared is not None else find_shared(Path(__file__).resolve().parent.parent)
    if base is None:
        return None
    path = base.joinpath(*FOLDER)
    return path if path.is_dir() else None


def rebuild(sentences: Sequence[Sequence[str]]) -> tuple[str, list[list[CharSpan]]]:
    """Join tokenised sentences into one text; each token's (start, end) in it.

    Example:
        >>> text, spans = rebuild([["Er", "sagte", ":", "\N{DOUBLE LOW-9 QUOTATION MARK}",
        ...                         "Nein", "\N{LEFT DOUBLE QUOTATION MARK}", "."],
        ...                        ["CO", "2", "-Emissionen", "!"]])
        >>> text.endswith("Nein\N{LEFT DOUBLE QUOTATION MARK}. CO 2-Emissionen!")
        True
        >>> text.startswith("Er sagte: \N{DOUBLE LOW-9 QUOTATION MARK}Nein")
        True
        >>> text[slice(*spans[0][4])]
        'Nein'
    """
    parts: list[str] = []
    spans: list[list[CharSpan]] = []
    length = 0
    previous: str | None = None
    for tokens in sentences:
        sentence: list[CharSpan] = []
        for token in tokens:
            if previous is not None and _space_between(previous, token):
                parts.append(" ")
                length += 1
            parts.append(token)
            sentence.append((length, length + len(token)))
            length += len(token)
            previous = token
        spans.append(sentence)
    return "".join(parts), spans


def _space_between(previous: str, token: str) -> bool:
    if previous in NO_SPACE_AFTER or token in NO_SPACE_BEFORE:
        return False
    return not (len(token) > 1 and token[0] in ATTACHED_PREFIXES and token[1].isalpha())


def _refs(values: Sequence[str]) -> list[TokenRef]:
    refs = []
    for value in values:
        sent, _, token = value.partition(":")
        refs.append((int(sent), int(token)))
    return sorted(refs)


def _covering(refs: Sequence[TokenRef], offsets: dict[TokenRef, CharSpan]) -> CharSpan | None:
    spans = [offsets[r] for r in refs if r in offsets]
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


@cache
def speech_cue_words() -> frozenset[str]:
    """claimex's cue words (``lexicon/cues.json``: verb forms, according-to words, cue
    nouns), lowercased."""
    data: dict[str, Any] = table("cues")
    forms = {f.lower() for entry in data["verbs"].values() for f in entry["forms"]}
    forms |= {n.lower() for n in data["nouns"]}
    return frozenset(forms | according_to_words())


@cache
def according_to_words() -> frozenset[str]:
    """claimex's according-to words (``lexicon/cues.json``), lowercased."""
    data: dict[str, Any] = table("cues")
    words = data["according_to"]
    return frozenset(
        w.lower() for kind in ("before_source", "after_source", "trailing") for w in words[kind]
    )


def _kind(message: Sequence[TokenRef], cue: str | None, tokens: dict[TokenRef, str]) -> str:
    first, last = message[0], message[-1]
    before = tokens.get((first[0], first[1] - 1))
    after = tokens.get((last[0], last[1] + 1))
    if (
        before in OPENING_MARKS
        or tokens[first] in OPENING_MARKS
        or tokens[last] in CLOSING_MARKS
        or after in CLOSING_MARKS
    ):
        return "direct"
    if cue is not None and cue.split()[0] in according_to_words():
        return "according_to"
    return "clause"


def read_speech(path: Path) -> Speech:
    """One speech file as text, token offsets and events with a message."""
    data = json.loads(path.read_text(encoding="utf-8"))
    sentences = sorted(data["Sentences"], key=lambda s: int(s["SentenceId"]))
    text, spans = rebuild([s["Tokens"] for s in sentences])
    offsets: dict[TokenRef, CharSpan] = {}
    tokens: dict[TokenRef, str] = {}
    for sentence, sentence_spans in zip(sentences, spans, strict=True):
        sid = int(sentence["SentenceId"])
        for k, (token, span) in enumerate(zip(sentence["Tokens"], sentence_spans, strict=True)):
            offsets[(sid, k)] = span
            tokens[(sid, k)] = token
    events: list[Event] = []
    dropped = 0
    for annotation in data["Annotations"]:
        message = [r for r in _refs(annotation.get("Message", [])) if r in offsets]
        if not message:
            dropped += 1
            continue
        cue_refs = [r for r in _refs(annotation.get("Cue", [])) if r in offsets]
        ptc_refs = [r for r in _refs(annotation.get("PTC", [])) if r in offsets]
        words = [tokens[r] for r in cue_refs] + [tokens[r] for r in ptc_refs]
        cue = " ".join(words).lower() or None
        source_refs = [r for r in _refs(annotation.get("Source", [])) if r in offsets]
        source = _covering(source_refs, offsets)
        message_span = _covering(message, offsets)
        if message_span is None:  # unreachable: message is non-empty and inside offsets
            continue
        events.append(
            Event(
                message=message_span,
                kind=_kind(message, cue, tokens),
                cue=cue,
                cue_span=_covering(cue_refs, offsets),
                source=source,
                source_text=text[source[0] : source[1]] if source else None,
            )
        )
    events.sort(key=lambda e: (e.message[0], -e.message[1]))
    return Speech(path.stem, text, offsets, tuple(events), dropped)


def read_split(split: str, *, shared: Path | None = None) -> list[Speech]:
    """All speeches of one split (``train``, ``dev`` or ``trial``), by file name.

    Raises:
        FileNotFoundError: the SpkAtt-2023 Bundestag folder is not under ``shared``.
    """
    folder = spkatt_folder(shared)
    if folder is None or not (folder / split).is_dir():
        raise FileNotFoundError(
            f"SpkAtt-2023 Bundestag split {split!r} not found (set CLAIMEX_SHARED)"
        )
    return [read_speech(path) for path in sorted((folder / split).glob("*.json"))]


def gold_document(speech: Speech) -> dict[str, Any]:
    """The speech as a claimex gold document: ``id``, ``text`` and ``quotes``, each with its
    message span, kind, cue, whether the cue is one of claimex's cue words (``speech_cue``)
    and the Source's character span (``source``; the speaker is named later, from claimex's
    parse, by :func:`label_speakers`)."""
    return {
        "id": f"spkatt-bundestag-{speech.id}",
        "text": speech.text,
        "quotes": [
            {
                "start": e.message[0],
                "end": e.message[1],
                "kind": e.kind,
                "cue": e.cue,
                "speaker": None,
                "source": list(e.source) if e.source else None,
                "speech_cue": e.cue is not None
                and any(w in speech_cue_words() for w in e.cue.split()),
                "source_text": e.source_text,
            }
            for e in speech.events
        ],
    }


def _without_noun(span: Span) -> bool:
    """A source of pronouns, determiners and particles only ("ich", "auch Sie", "man")."""
    return not any(token.pos_ in NOUNS for token in span)


def _has_finite_verb(span: Span) -> bool:
    """Whether the span holds a finite verb (STTS ``V*FIN`` or UD ``VerbForm=Fin``)."""
    return any(
        token.tag_.endswith("FIN") or "Fin" in token.morph.get("VerbForm", []) for token in span
    )


def _without_determiners(span: Span) -> str:
    words = list(span)
    while words and words[0].pos_ in DETERMINERS:
        words.pop(0)
    return " ".join(t.text for t in words) if words else span.text


def label_speakers(gold: dict[str, Any], doc: Doc, resolver: SpeakerResolver) -> None:
    """Name each quote's gold speaker and settle its kind from claimex's ``doc``, in place.

    Sets ``speaker`` (see the module docstring), ``source_type`` (``none``, ``pronoun``,
    ``actor``, ``description`` or ``text``), ``exclude`` (pronoun sources: no training row)
    and turns the kind ``clause`` into ``indirect`` or ``reported``.
    """
    for quote in gold["quotes"]:
        message = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
        if quote["kind"] == "clause":
            has_verb = message is not None and _has_finite_verb(message)
            quote["kind"] = "indirect" if has_verb else "reported"
        quote["exclude"] = False
        if not quote.get("source"):
            quote["speaker"], quote["source_type"] = None, "none"
            continue
        start, end = quote["source"]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            quote["speaker"], quote["source_type"] = quote["source_text"], "text"
            continue
        if _without_noun(span):
            quote["speaker"], quote["source_type"], quote["exclude"] = None, "pronoun", True
            continue
        sources = resolver.resolve(span)
        name = joined_names(sources)
        if name is not None:
            named = any(s.actor is not None for s in sources)
            quote["speaker"], quote["source_type"] = name, "actor" if named else "description"
        else:
            quote["speaker"], quote["source_type"] = _without_determiners(span), "text"


def event_counts(speeches: Sequence[Speech]) -> Counter[str]:
    """Speeches, quotes (events with a message), events without one, quotes without a
    Source, quotes with a Source, and quotes by provisional kind."""
    counts: Counter[str] = Counter()
    for speech in speeches:
        counts["speeches"] += 1
        counts["events without a message"] += speech.without_message
        for event in speech.events:
            counts["quotes"] += 1
            counts["with a source" if event.source else "without a source"] += 1
            counts[f"kind {event.kind}"] += 1
    return counts


def _examples(speech: Speech) -> Iterator[str]:
    for e in speech.events:
        source = e.source_text or "-"
        yield f"  [{e.kind}] {e.cue} | {source} | {speech.text[e.message[0] : e.message[1]][:90]}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, nargs="*", default=list(SPLITS))
    parser.add_argument("--show", type=int, default=0, help="print the events of N speeches")
    args = parser.parse_args(argv)
    for split in args.split:
        speeches = read_split(split)
        print(split, dict(sorted(event_counts(speeches).items())))
        for speech in speeches[: args.show]:
            print(speech.id)
            for line in _examples(speech):
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
