"""Feature helpers of the speaker ranker: the "previous" candidate's features, cue classes,
speaker nouns, distance buckets and the per-process caches of formatted feature names."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Token

from claimex.components.namewords import is_org_description, is_role_word
from claimex.components.quotemarks import MARKS
from claimex.components.speaker_model.feature_ids import FEATURE_IDS
from claimex.components.speaker_model.model import QuoteLike
from claimex.lexicon import table, words

BEFORE_SENTENCES = 2
AFTER_SENTENCES = 1
COMMON_CUES = frozenset(
    {
        "sagen",
        "erklären",
        "laut",
        "zufolge",
        "so",
        "berichten",
        "mitteilen",
        "betonen",
        "meinen",
        "sprechen",
        "fordern",
        "kritisieren",
        "nach",
        "Angabe",
        "warnen",
        "äußern",
    }
)
DISTANCE_BUCKETS = (0, 1, 2, 4, 8, 16, 32)


def previous_features(
    qkind: str,
    cue_class: str,
    pattern: str | None,
    gap: int | None,
    *,
    rule_name: str | None,
) -> dict[str, float]:
    """The features of the "previous" candidate: the speaker of the quote before, offered
    where no candidate in the window names it (a quote continued in the next sentences,
    "Der Airbus sei erst ... zu Boden gebracht worden", whose speaker was named further up).
    ``qkind``, ``cue_class`` and ``pattern``: the quote's kind, cue class and quote
    pattern; ``gap``: characters from the end of the quote before to this one's start.
    Training (``models/train_speakers.py``) computes them with the same function.

    Example:
        >>> sorted(previous_features("indirect", "nocue", None, 10, rule_name=None))[:3]
        ['prev_same', 'previous|gap=0', 'previous|rule_empty']
    """
    f = {
        "type=previous": 1.0,
        f"type=previous|qkind={qkind}": 1.0,
        f"type=previous|cue={cue_class}": 1.0,
        f"type=previous|pattern={pattern}": 1.0,
        "prev_same": 1.0,
    }
    if gap is not None:
        f[f"previous|gap={bucket(max(0, gap) // 40)}"] = 1.0
    if rule_name is None:
        f["previous|rule_empty"] = 1.0
    return f


def cue_class_of(quote: QuoteLike, cue: Token | None) -> str:
    """The cue class a quote's features name: a common cue word, "other", "found" (a cue
    word near a quote that has none of its own) or "nocue"."""
    if quote.cue:
        return quote.cue if quote.cue in COMMON_CUES else "other"
    return "found" if cue is not None else "nocue"


@cache
def _speaker_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = words("speaker_nouns")
    return (
        frozenset(e for e in entries if not e.startswith("-")),
        tuple(e[1:] for e in entries if e.startswith("-")),
    )


@lru_cache(maxsize=1 << 16)
def is_speaker_noun(word: str) -> bool:
    """A noun that may head a source description ("Sprecher", "Polizei", "Ministerin"):
    a function of the word lists, remembered for the process's most recent 65,536 words
    (the ranker asks of every noun in its windows; a stream repeats its nouns).

    Example:
        >>> is_speaker_noun("Polizeisprecherin"), is_speaker_noun("Haus")
        (True, False)
    """
    plain, suffixes = _speaker_nouns()
    return (
        word in plain
        or word.lower().endswith(suffixes)
        or is_role_word(word)
        or is_org_description(word)
    )


@cache
def cue_forms() -> dict[str, str]:
    data: dict[str, Any] = table("cues")
    forms: dict[str, str] = {}
    for lemma, entry in data["verbs"].items():
        for form in entry["forms"]:
            forms.setdefault(form, lemma)
    for kind in ("before_source", "after_source", "trailing"):
        for word in data["according_to"][kind]:
            forms.setdefault(word, word)
    return forms


@cache
def first_names() -> frozenset[str]:
    return frozenset(words("first_names"))


@cache
def quote_marks() -> frozenset[str]:
    return frozenset(MARKS)


def bucket(n: int) -> str:
    if 0 <= n <= DISTANCE_BUCKETS[-1]:
        return BUCKET_OF[n]
    return "0" if n < 0 else "many"


# The column ids of the feature names SpeakerRanker._features formats (FEATURE_IDS), by
# the values formatted into them (candidate type, quote kind, cue class, side, sentence
# distance, buckets), grouped as _features adds them: bounded by those values'
# combinations (a few thousand at most), so filled once per process.
KIND_KEYS: dict[tuple[str, str, str], tuple[tuple[int, int, int], int, int]] = {}
SPAN_KEYS: dict[
    tuple[str, str, int, str], tuple[tuple[int, int], tuple[int, int, int], int, int]
] = {}
CUE_KEYS: dict[tuple[str, bool, str, bool, str], tuple[int, int, int]] = {}
# SpeakerRanker._links's: (kind, rank, agree, label, resolved, antecedent subject, sentence
# bucket, label match or None, first name) -> the link's ids, in the order it adds them
LinkKey = tuple[str, int, str, str, bool, bool, str, bool | None, bool]
LINK_KEYS: dict[LinkKey, tuple[int, ...]] = {}

# the bucket of each distance up to the largest limit, read by bucket
BUCKET_OF = tuple(
    str(next(limit for limit in DISTANCE_BUCKETS if n <= limit))
    for n in range(DISTANCE_BUCKETS[-1] + 1)
)


def link_keys(key: LinkKey) -> tuple[int, ...]:
    """The column ids of a link candidate's own features (:data:`LINK_KEYS`, filled on
    first use), the names and order :meth:`~.ranker.SpeakerRanker._links` gives them."""
    known = LINK_KEYS.get(key)
    if known is not None:
        return known
    kind, rank, agree, label, resolved, subject, back, label_match, first_name = key
    names = [
        f"link|{kind}",
        f"link|{kind}|rank={rank}",
        f"link|{kind}|agree={agree}",
        f"link|{kind}|label={label}",
        f"link|{kind}|resolved={resolved}",
        f"link|antecedent_subject={subject}",
        f"link|sent_back={back}",
    ]
    if label_match is not None:
        names.append(f"link|{kind}|label_match={label_match}")
    if first_name:
        names.append(f"link|{kind}|first_name")
    known = LINK_KEYS[key] = tuple(FEATURE_IDS[name] for name in names)
    return known
