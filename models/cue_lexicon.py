"""Cue verbs learned from annotated data: the candidates ``lexicon/cues.json`` lacks.

Two sources are read:

- SpkAtt-2023 task 1 train (``shared/data/quotes/spkatt2023/train``, Bundestag speeches,
  annotations CC BY-SA 4.0; see its SOURCES.md): every speech event has its cue tokens
  (``Cue``, with a split particle in ``PTC``). The SpkAtt *news* file (NonCommercial) is
  never opened.
- The ``cue`` field of the Wikinews gold train split (``models/gold/wikinews/train.jsonl``,
  our annotations, CC BY 4.0): the lemma of each quote's attributing word. The token is
  not marked; the script looks for a token of that lemma in the quote's sentences.

Both are parsed with the bundled pipeline (its tagger, morphologizer, parser and
lemmatizer; a verb's lemma takes its separated particle: "kündigte … an" -> "ankündigen").
For every verb lemma annotated as a cue the script counts, per source, its cue uses and all
its occurrences (the cue share: cue uses / occurrences), and the constructions its cue uses
head there (the frames of ``cues.json``: ``direct`` a quotation, ``dass`` a dass/ob/w-clause,
``konj`` a comma + Konjunktiv clause, ``trailing`` a cue after its content, ", sagte er",
``object`` a noun-phrase or prepositional object, whose preposition is counted too).

Candidates are the verbs absent from ``cues.json`` (its ``verbs``, ``phrases`` and
``colon_phrases``) that pass the fixed thresholds below, written before anything was
measured (round 15, cuelex15). They are ordered by evidence: the verb's share of all cue
uses in each source, summed over the two sources, so that neither the larger Bundestag set
nor the in-domain news set rules alone. For each the script proposes frames, an object
preposition, a particle and the inflected forms (those seen with that lemma in the two
corpora and the UD German GSD/PUD treebanks, CC BY-SA 4.0, plus the regular weak
paradigm where the past is seen weak), and the entry's provenance. Multiword cues
(several cue tokens in SpkAtt, several words in a Wikinews ``cue``) are listed apart, and so
are the frames a listed verb's cue uses show that its entry lacks, and the listed verbs that
are a cue in neither source. A verb listed within a multiword entry ("es heißt") counts as
listed. A share above 1 means the parse missed a particle that SpkAtt's ``PTC`` gives.

Round 15 (cuelex15): of the 64 candidates (52 with a frame) and the lacking frames none
passed the keep rule on the Wikinews splits; the numbers are in ``docs/entity_rules.md``
("Round 15: cuelex15").

Run: ``python -m models.cue_lexicon [--cache DIR] [--json OUT]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span, Token

import claimex
from claimex.gold import find_shared, read_gold
from claimex.lexicon import table

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS_TRAIN = ROOT / "models" / "gold" / "wikinews" / "train.jsonl"
SPKATT = ("data", "quotes", "spkatt2023", "train")
UD = (
    ("data", "ud", "UD_German-GSD"),
    ("data", "ud", "UD_German-PUD"),
)
# the bundled pipeline's components that give tags, morphology, parse and lemmas
PARSE_PIPES = ("tok2vec", "tagger", "morphologizer", "sentencizer", "parser", "lemmatizer")

# --- fixed thresholds (written before any measurement, round 15) ---------------------------
# a candidate needs, in at least one source, this many cue uses and this cue share
MIN_CUES = {"wikinews": 2, "spkatt": 5}
MIN_SHARE = 0.2
# a frame is proposed where at least this many cue uses (both sources) show it
MIN_FRAME_USES = 2
# an object preposition is proposed where it opens at least this share of the object uses
MIN_PREPOSITION_SHARE = 0.5
# a form is left out where the corpora show its text this often with another lemma, and
# more often than with the verb ("äußerst": the adverb)
MIN_HOMOGRAPH = 3

FRAMES = ("direct", "dass", "konj", "trailing", "object")
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
QUOTATION_MARKS = frozenset(
    '"\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}'
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
CLAUSE_WORDS = frozenset({"dass", "daß", "ob"})
INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "wider")
SEPARABLE_PARTICLES = (
    "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "frei", "her",
    "heraus", "hervor", "hin", "hinzu", "los", "mit", "nach", "nieder", "statt", "teil",
    "um", "vor", "voran", "voraus", "vorbei", "weg", "weiter", "wieder", "zu", "zurück",
    "zusammen", "bekannt", "klar", "kund",
)  # fmt: skip


@dataclass
class Stats:
    """One lemma's counts in one source."""

    cues: int = 0
    occurrences: int = 0
    frames: Counter[str] = field(default_factory=Counter)
    prepositions: Counter[str] = field(default_factory=Counter)
    objects: int = 0

    @property
    def share(self) -> float:
        return self.cues / self.occurrences if self.occurrences else 0.0


Corpus = dict[str, Stats]


# the UD treebanks' verb lemmas by form, set by main(): the pipeline's lemmatizer keeps
# some finite forms as their own lemma ("weiß", "sage", "halte")
UD_LEMMAS: dict[str, str] = {}


def base_lemma(token: Token) -> str:
    """The pipeline's lemma; a form kept as its own lemma is looked up in the UD lemmas."""
    lemma = token.lemma_.lower()
    if lemma == token.lower_ and not lemma.endswith("n"):
        return UD_LEMMAS.get(lemma, lemma + "n" if lemma.endswith("e") else lemma)
    return lemma


def verb_lemma(token: Token) -> str:
    """The lemma with its separated particle ("kündigte … an" -> "ankündigen")."""
    lemma = base_lemma(token)
    for child in token.children:
        if child.dep_ == "svp" and child.text.isalpha():
            return child.text.lower() + lemma
    return lemma


def parser() -> Language:
    """The bundled pipeline (only its parse pipes are run)."""
    return claimex.load().nlp


def parse(nlp: Language, docs: Iterable[Doc], name: str, cache: Path | None) -> list[Doc]:
    """Run the parse pipes over pre-made docs; keep them in ``cache`` if given."""
    path = cache / f"{name}.spacy" if cache else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    out = []
    pipes = [(n, p) for n, p in nlp.pipeline if n in PARSE_PIPES]
    for doc in docs:
        for _name, proc in pipes:
            doc = proc(doc)
        out.append(doc)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(
            attrs=["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START"], docs=out
        ).to_disk(path)
    return out


def count_occurrences(docs: Iterable[Doc], corpus: Corpus, forms: dict[str, Counter[str]]) -> None:
    """Occurrences of every verb lemma; the surface forms seen with each lemma."""
    for doc in docs:
        for token in doc:
            if token.pos_ not in ("VERB", "AUX"):
                forms[token.text.lower()]["<" + token.pos_ + ">"] += 1
                continue
            corpus.setdefault(verb_lemma(token), Stats()).occurrences += 1
            forms[token.text.lower()][base_lemma(token)] += 1


def _is_finite(span: Iterable[Token]) -> bool:
    return any(t.tag_ in FINITE_TAGS for t in span)


def _konjunktiv(span: Iterable[Token]) -> bool:
    return any("Sub" in t.morph.get("Mood", []) for t in span if t.tag_ in FINITE_TAGS)


def frames_of(doc: Doc, cue: Token, message: tuple[int, int] | None, direct: bool) -> list[str]:
    """The constructions a cue use heads, from its message's token range (end exclusive)."""
    if message is None:
        return []
    start, end = message
    span = doc[start:end]
    before = doc[start - 1] if start > 0 else None
    frames: list[str] = []
    if (
        direct
        or span[0].text in QUOTATION_MARKS
        or (before is not None and before.text in QUOTATION_MARKS)
    ):
        return ["direct"]
    first = span[0].lower_
    question_words = {w.lower() for w in table("cues")["question_words"]}
    if (
        first in CLAUSE_WORDS
        or first in question_words
        or (before is not None and before.lower_ in CLAUSE_WORDS)
    ):
        frames.append("dass")
    elif _is_finite(span):
        if _konjunktiv(span):
            frames.append("konj")
    else:
        frames.append("object")
    if cue.i >= end and all(t.is_punct for t in doc[end : cue.i]) and "object" not in frames:
        frames.append("trailing")
    return frames


def preposition(doc: Doc, message: tuple[int, int]) -> str | None:
    first = doc[message[0]]
    return first.lower_ if first.tag_ in ("APPR", "APPRART") else None


def record(
    stats: Stats, doc: Doc, cue: Token, message: tuple[int, int] | None, direct: bool
) -> None:
    stats.cues += 1
    found = frames_of(doc, cue, message, direct)
    stats.frames.update(found)
    if "object" in found and message is not None:
        stats.objects += 1
        prep = preposition(doc, message)
        if prep:
            stats.prepositions[prep] += 1


# --- SpkAtt-2023 Bundestag ------------------------------------------------------------------


def spkatt(nlp: Language, shared: Path, cache: Path | None, forms: dict[str, Counter[str]],
           multi: Counter[str]) -> Corpus:  # fmt: skip
    folder = shared.joinpath(*SPKATT)
    files = sorted(folder.glob("*.json"))
    datas = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    raw = []
    indexes: list[dict[tuple[int, int], int]] = []
    for data in datas:
        words: list[str] = []
        starts: list[bool | int | None] = []
        index: dict[tuple[int, int], int] = {}
        for sent in data["Sentences"]:
            for k, word in enumerate(sent["Tokens"]):
                index[(sent["SentenceId"], k)] = len(words)
                words.append(word)
                starts.append(k == 0)
        raw.append(Doc(nlp.vocab, words=words, sent_starts=starts))
        indexes.append(index)
    docs = parse(nlp, raw, "spkatt_train", cache)
    corpus: Corpus = {}
    count_occurrences(docs, corpus, forms)
    for doc, data, index in zip(docs, datas, indexes, strict=True):
        for ann in data["Annotations"]:
            cue_ids = sorted(index[_ref(r)] for r in ann["Cue"] if _ref(r) in index)
            ptc = [doc[index[_ref(r)]].lower_ for r in ann.get("PTC", []) if _ref(r) in index]
            verbs = [doc[i] for i in cue_ids if doc[i].pos_ in ("VERB", "AUX")]
            if not verbs:
                continue  # a noun cue ("Antrag", "Debatte") or none
            if len(cue_ids) != 1:
                words = [base_lemma(doc[i]) for i in cue_ids] + ptc
                multi[" ".join(words)] += 1
                continue
            cue = verbs[0]
            lemma = "".join(ptc) + base_lemma(cue) if ptc else verb_lemma(cue)
            msg = sorted(index[_ref(r)] for r in ann["Message"] if _ref(r) in index)
            message = (msg[0], msg[-1] + 1) if msg else None
            record(corpus.setdefault(lemma, Stats()), doc, cue, message, direct=False)
    return corpus


def _ref(value: str) -> tuple[int, int]:
    sent, _, token = value.partition(":")
    return int(sent), int(token)


# --- Wikinews gold --------------------------------------------------------------------------


def wikinews(nlp: Language, cache: Path | None, forms: dict[str, Counter[str]],
             multi: Counter[str]) -> Corpus:  # fmt: skip
    golds = list(read_gold(WIKINEWS_TRAIN))
    docs = parse(nlp, (nlp.make_doc(g["text"]) for g in golds), "wikinews_train", cache)
    corpus: Corpus = {}
    count_occurrences(docs, corpus, forms)
    for doc, gold in zip(docs, golds, strict=True):
        used: set[int] = set()
        for quote in gold["quotes"]:
            cue_lemma = (quote.get("cue") or "").lower()
            if not cue_lemma or quote["kind"] == "according_to":
                continue
            if " " in cue_lemma:
                multi[cue_lemma] += 1
                continue
            span = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
            if span is None:
                continue
            cue = _find_cue(doc, span, cue_lemma, used)
            stats = corpus.setdefault(cue_lemma, Stats())
            if cue is None:
                stats.cues += 1
                stats.frames.update(_gold_frames(quote["kind"], None, span))
                continue
            used.add(cue.i)
            stats.cues += 1
            found = _gold_frames(quote["kind"], cue, span)
            stats.frames.update(found)
            if "object" in found:
                stats.objects += 1
                prep = preposition(doc, (span.start, span.end))
                if prep:
                    stats.prepositions[prep] += 1
    return corpus


def _find_cue(doc: Doc, span: Span, lemma: str, used: set[int]) -> Token | None:
    """The token of the gold cue lemma nearest to the quote in its sentences or next to them."""
    first = span[0].sent.start
    last = span[-1].sent.end
    if first > 0:
        first = doc[first - 1].sent.start
    if last < len(doc):
        last = doc[last].sent.end
    found = [
        t for t in doc[first:last] if verb_lemma(t) == lemma and not (span.start <= t.i < span.end)
    ]
    if not found:
        return None
    fresh = [t for t in found if t.i not in used] or found
    return min(fresh, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))


def _gold_frames(kind: str, cue: Token | None, span: Span) -> list[str]:
    if kind == "direct":
        return ["direct"]
    if kind == "reported":
        return ["object"]
    frames = []
    doc = span.doc
    first = span[0].lower_
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    question_words = {w.lower() for w in table("cues")["question_words"]}
    if first in CLAUSE_WORDS or before in CLAUSE_WORDS or first in question_words:
        frames.append("dass")
    else:
        frames.append("konj")
    if cue is not None and cue.i >= span.end and cue.sent == span[-1].sent:
        frames.append("trailing")
    return frames


# --- forms ---------------------------------------------------------------------------------


def ud_forms(shared: Path) -> dict[str, set[str]]:
    """Verb forms by lemma in the UD German treebanks."""
    out: dict[str, set[str]] = defaultdict(set)
    for folder in UD:
        for path in sorted(shared.joinpath(*folder).glob("*.conllu")):
            for line in path.read_text(encoding="utf-8").splitlines():
                cols = line.split("\t")
                if len(cols) == 10 and cols[3] in ("VERB", "AUX") and cols[0].isdigit():
                    out[cols[2].lower()].add(cols[1].lower())
                    if cols[1].lower() != cols[2].lower():
                        UD_LEMMAS.setdefault(cols[1].lower(), cols[2].lower())
    return out


def split_particle(lemma: str) -> tuple[str, str]:
    """("an", "kündigen") for "ankündigen"; ("", lemma) for a verb without a particle."""
    for particle in sorted(SEPARABLE_PARTICLES, key=len, reverse=True):
        rest = lemma[len(particle) :]
        if lemma.startswith(particle) and len(rest) > 3 and rest.endswith("n"):
            return particle, rest
    return "", lemma


def weak_forms(verb: str) -> set[str]:
    """The regular weak paradigm of an infinitive ("sagen" -> sage, sagst, … gesagt)."""
    stem = verb[:-2] if verb.endswith("en") else verb[:-1]
    # "e" before the ending after d/t and after a consonant + m/n ("rechnet", "atmet"), not
    # after l, r, a nasal or a lengthening h ("stimmt", "mahnt")
    e = "e" if re.search(r"[dt]$|(?:[^aeiouäöülrmnh]|ch)[mn]$", stem) else ""
    forms = {verb, stem + "e", stem + e + "st", stem + e + "t", stem + e + "te", stem + e + "ten",
             stem + e + "test", stem + e + "tet"}  # fmt: skip
    if stem.endswith(("el", "er")):
        forms.discard(stem + "e")
    if verb.endswith("ieren") or verb.startswith(INSEPARABLE):
        forms.add(stem + e + "t")
    else:
        forms.add("ge" + stem + e + "t")
    return forms


def inflected(base: str, seen: dict[str, Counter[str]], ud: dict[str, set[str]]) -> set[str]:
    """Forms of a verb without particle: seen with its lemma, plus the weak paradigm."""
    observed = {f for f, lemmas in seen.items() if lemmas.get(base, 0) > 0 and f.isalpha()}
    observed |= ud.get(base, set())
    # a form shares the verb's first letters (the UD lemmas are not all right: "zugreifen")
    observed = {f for f in observed if f.startswith((base[:2], "ge" + base[:2]))}
    weak = weak_forms(base)
    stem = base[:-2] if base.endswith("en") else base[:-1]
    weak_past = {stem + "te", stem + "ete", stem + "ten", stem + "eten"} - {base}
    if not observed or observed & weak_past:
        observed |= weak
    return observed


def homographs(forms: set[str], lemma: str, seen: dict[str, Counter[str]]) -> set[str]:
    out = set()
    for form in forms:
        counts = seen.get(form, Counter())
        own = counts.get(lemma, 0)
        other = sum(n for key, n in counts.items() if key != lemma)
        if other >= MIN_HOMOGRAPH and other > own:
            out.add(form)
    return out


def entry(lemma: str, frames: Counter[str], preps: Counter[str], objects: int,
          seen: dict[str, Counter[str]], ud: dict[str, set[str]]) -> dict[str, Any]:  # fmt: skip
    """A proposed ``cues.json`` verb entry."""
    particle, base = split_particle(lemma)
    base_forms = inflected(base, seen, ud)
    base_forms -= homographs(base_forms, base, seen)
    proposal: dict[str, Any] = {
        "frames": [
            f
            for f in ("direct", "dass", "konj", "trailing", "object")
            if frames[f] >= MIN_FRAME_USES
        ]
    }
    if particle:
        participles = {f for f in base_forms if f.startswith("ge") and not base.startswith("ge")}
        proposal["particle"] = particle
        proposal["split_forms"] = sorted(base_forms - participles)
        proposal["forms"] = sorted({particle + f for f in base_forms} | {particle + "zu" + base})
    else:
        proposal["forms"] = sorted(base_forms)
    if preps and objects:
        prep, n = preps.most_common(1)[0]
        if n / objects >= MIN_PREPOSITION_SHARE:
            proposal["object_preposition"] = prep
    return proposal


# --- report --------------------------------------------------------------------------------


def listed(data: dict[str, Any]) -> set[str]:
    names = set(data["verbs"]) | set(data["phrases"]) | set(data.get("colon_phrases", {}))
    return {n.lower().replace(" ", "") for n in names} | {n.lower() for n in names}


def candidates(sources: dict[str, Corpus], known: set[str]) -> list[str]:
    totals = {name: sum(s.cues for s in corpus.values()) for name, corpus in sources.items()}
    chosen = []
    for lemma in set().union(*sources.values()):
        if lemma in known or not lemma.isalpha():
            continue
        if any(
            (st := corpus.get(lemma)) is not None
            and st.cues >= MIN_CUES[name]
            and st.share >= MIN_SHARE
            for name, corpus in sources.items()
        ):
            chosen.append(lemma)

    def evidence(lemma: str) -> float:
        return sum(
            corpus[lemma].cues / totals[name] for name, corpus in sources.items() if lemma in corpus
        )

    return sorted(chosen, key=lambda lemma: (-evidence(lemma), lemma))


def describe(lemma: str, sources: dict[str, Corpus]) -> str:
    parts = []
    for name, corpus in sources.items():
        st = corpus.get(lemma, Stats())
        parts.append(f"{name} {st.cues}/{st.occurrences} ({st.share:.2f})")
    return ", ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--cache", type=Path, help="keep the parsed corpora here")
    args.add_argument("--json", type=Path, help="write the proposals here")
    opts = args.parse_args(argv)
    shared = find_shared(ROOT)
    if shared is None:
        print("no shared data folder", file=sys.stderr)
        return 1
    nlp = parser()
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    multi: dict[str, Counter[str]] = {"spkatt": Counter(), "wikinews": Counter()}
    ud = ud_forms(shared)
    sources = {
        "wikinews": wikinews(nlp, opts.cache, seen, multi["wikinews"]),
        "spkatt": spkatt(nlp, shared, opts.cache, seen, multi["spkatt"]),
    }
    data = table("cues")
    # a verb listed within a multiword entry ("es heißt") is known under its verb's lemma
    aliases = {name: nlp(name)[-1].lemma_.lower() for name in data["verbs"] if " " in name}
    known = listed(data) | set(aliases.values())
    proposals: dict[str, dict[str, Any]] = {}
    print("# candidates (absent from cues.json), by evidence")
    for rank, lemma in enumerate(candidates(sources, known), 1):
        frames: Counter[str] = Counter()
        preps: Counter[str] = Counter()
        objects = 0
        for corpus in sources.values():
            if lemma in corpus:
                frames.update(corpus[lemma].frames)
                preps.update(corpus[lemma].prepositions)
                objects += corpus[lemma].objects
        proposal = entry(lemma, frames, preps, objects, seen, ud)
        proposal["provenance"] = "cue uses / occurrences (share): " + describe(lemma, sources)
        proposals[lemma] = proposal
        print(f"{rank:3d} {lemma:18s} {describe(lemma, sources)}  frames {dict(frames)}"
              f"  preps {dict(preps.most_common(3))}")  # fmt: skip
        print(f"    -> {proposal['frames']} {proposal.get('object_preposition', '')}"
              f" particle={proposal.get('particle', '')} forms={proposal['forms']}")  # fmt: skip
    print("\n# multiword cues (not in cues.json)")
    for name, counter in multi.items():
        for phrase, n in counter.most_common():
            if n >= MIN_CUES[name] and phrase.replace(" ", "") not in known and phrase not in known:
                print(f"{name:9s} {n:4d} {phrase}")
    print("\n# listed verbs: frames their cue uses show that the entry lacks")
    for verb, listed_entry in data["verbs"].items():
        seen_frames: Counter[str] = Counter()
        for corpus in sources.values():
            if verb in corpus:
                seen_frames.update(corpus[verb].frames)
        lacking = [
            f
            for f in FRAMES
            if seen_frames[f] >= MIN_FRAME_USES and f not in listed_entry["frames"]
        ]
        if lacking:
            by_source = {n: dict(c[verb].frames) for n, c in sources.items() if verb in c}
            print(f"  {verb}: {lacking} ({describe(verb, sources)}; frames {by_source})")
    print("\n# listed verbs that are a cue in neither source")
    for verb in data["verbs"]:
        names = (verb, verb.replace(" ", ""), aliases.get(verb, verb))
        if not any(c[n].cues for c in sources.values() for n in names if n in c):
            print(f"  {verb}: {describe(verb, sources)}")
    if opts.json:
        opts.json.write_text(json.dumps(proposals, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
