"""Organisation names that their context gives away (round 8, ORG errors of train_a).

- ``described_org_mentions``: a name that a word for a kind of organisation introduces is an
  ORG in its other mentions too ("die Automarke Borgward ... Borgward tritt an").
- ``acronym_names``: the words before an acronym in brackets whose initials it fits are one
  ORG ("Kriminologischen Forschungsinstitut Niedersachsen (KFN)").
- ``club_places``: the place word of a sports club the document names stands for the club
  ("1. FC Köln ... Köln ist einer der Absteiger").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from claimex.components.acronyms import acronym_fits, is_acronym
from claimex.components.common_nouns import noun_stems
from claimex.components.doctokens import has_feature, token_view
from claimex.components.knowledge import knowledge_entries, lookup
from claimex.components.namewords import genitive_place, is_org_description
from claimex.components.quotemarks import CLOSERS
from claimex.components.town_names import is_town
from claimex.components.word_checks import WordCheck
from claimex.lexicon import table, words

_MIN_ORG_STEM = 3  # letters an organisation word keeps without its inflection ending
_APPOSITION_ARTICLES = frozenset({"ein", "eine", "einer", "eines", "der", "die", "das"})
_OPENING_QUOTES = frozenset(CLOSERS)  # CLOSERS maps each opening mark to its closers
_GENITIVE_ARTICLES = frozenset({"der", "des"})  # before a noun that owns the next name


def org_word(text: str) -> bool:
    """Whether ``text`` is a capitalised organisation word, bare or inflected
    ("Nähmaschinenherstellers", "Agentennetzwerkes", "Autobauer").

    Example:
        >>> org_word("Nähmaschinenherstellers"), org_word("Hauptstadt")
        (True, False)
    """
    if not text[:1].isupper():
        return False
    if is_org_description(text):
        return True
    return any(is_org_description(stem) for stem in noun_stems(text, min_stem=_MIN_ORG_STEM)[1:])


def _word_before(doc: Doc, span: Span) -> str | None:
    """The word before ``span``, past an opening quotation mark and a name article."""
    texts = token_view(doc).texts
    k = span.start - 1
    if k >= 0 and texts[k] in _OPENING_QUOTES:
        k -= 1
    if k >= 1 and texts[k] in words("name_articles"):
        k -= 1
    return texts[k] if k >= 0 else None


def _apposition_after(doc: Doc, span: Span) -> bool:
    """Whether an organisation word heads an apposition right after ``span``:
    "Arriva, ein Tochterunternehmen der Deutschen Bahn"."""
    texts = token_view(doc).texts
    k = span.end
    if k + 2 >= len(texts) or texts[k] != "," or texts[k + 1].lower() not in _APPOSITION_ARTICLES:
        return False
    k += 2
    while k < len(texts) - 1 and texts[k][:1].islower() and texts[k].isalpha():
        k += 1  # adjectives: "ein großer Autokonzern"
    return org_word(texts[k])


def described_org(doc: Doc, span: Span) -> bool:
    """Whether ``span`` is an ORG right after a capitalised organisation word, with a name
    article between or not ("die Automarke Borgward", "Agentur The Associated Press"); a
    PER, LOC or MISC name there is one too ("des Nähmaschinenherstellers Pfaff"), or
    where an organisation word heads its apposition ("Arriva, ein Tochterunternehmen"),
    but not a place the knowledge tables list ("des Landes Niedersachsen"), a genitive
    place ("die Regierung Indonesiens") nor a person's name of more than one word that
    may name a role holder ("Chef der Behörde Roberto Rodriguez")."""
    if span.start == 0:
        return False
    before = _word_before(doc, span)
    described = before is not None and org_word(before)
    if span.label_ == "ORG":
        return described
    if not (described or _apposition_after(doc, span)):
        return False
    view = token_view(doc)
    texts = view.texts
    text = view.span_text(span.start, span.end)
    known = lookup(text)
    if (known is not None and known.label != "ORG") or (
        span.label_ == "LOC" and (genitive_place(span) or is_town(text) or compass_name(text))
    ):
        # "des Landeskriminalamtes Nordrhein-Westfalen", "Regierung Indonesiens", a town of
        # lexicon/towns.txt ("die Landgerichte Pfarrkirchen und Simbach am Inn"), a place
        # named with a compass point ("des Zweigvereins Nordeck")
        return False
    # a person's full name stays ("der Behörde Roberto Rodriguez")
    return not (span.label_ == "PER" and len(span) > 1 and _role_holder(texts, span.start))


def compass_name(text: str) -> bool:
    """A one-word name whose first member is a cardinal point (lexicon/compass_prefixes.txt)
    before a lower-case rest: a geographical name ("Nordeck", "Ostpreußen").

    Example:
        >>> compass_name("Nordeck"), compass_name("Nord"), compass_name("Nord Stream")
        (True, False, False)
    """
    if " " in text:
        return False
    return any(
        text.startswith(point) and text[len(point) : len(point) + 1].islower()
        for point in words("compass_prefixes")
    )


def _role_holder(texts: list[str], start: int) -> bool:
    """Whether a person's full name at ``start`` may name the holder of a role at an
    organisation: no organisation word right before it, or one right after a genitive
    article ("Chef der Behörde Roberto Rodriguez"); "die Drogenbande Comando Vermelho" and
    "der berühmte Club Hawley Arms" are none."""
    k = start - 1
    while k >= 0 and (texts[k] in _OPENING_QUOTES or texts[k] in words("name_articles")):
        k -= 1
    return k < 1 or not is_org_description(texts[k]) or texts[k - 1] in _GENITIVE_ARTICLES


def described_org_mentions(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name that an organisation word introduces is an ORG, and so are its other
    mentions: "die chinesische Automarke Borgward ... Borgward tritt mit den Ambitionen an"
    (the second "Borgward" tagged PER by the NER)."""
    view = token_view(doc)
    names = {view.span_text(s.start, s.end) for s in spans if described_org(doc, s)}
    if not names:
        return spans
    result = []
    for span in spans:
        text = view.span_text(span.start, span.end)
        if span.label_ in _RELABELLED and (
            text in names or (text[-1:] == "s" and text[:-1] in names)
        ):
            span = Span(doc, span.start, span.end, label="ORG")
        result.append(span)
    return result


_RELABELLED = frozenset({"PER", "LOC", "MISC"})


_MAX_NAME_WORDS = 10  # words of a name an acronym in brackets can stand for


def acronym_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The words before an acronym in brackets whose initials it fits are one ORG name,
    in place of the spans the NER made of them: "Kriminologischen Forschungsinstitut
    Niedersachsen (KFN)" (tagged LOC + LOC) and "Senderketten National Public Radio (NPR)"
    (the common noun before the name left out) -> one ORG each. Only where the acronym or a
    span of the name is an ORG, and not over a person ("Heiko Maas (SPD)") or a MISC."""
    view = token_view(doc)
    texts = view.texts
    result = list(spans)
    for i in range(1, len(texts) - 2):
        if texts[i] != "(" or texts[i + 2] != ")" or not is_acronym(texts[i + 1]):
            continue
        start = _fitting_start(doc, i, texts[i + 1])
        if start is None:
            continue
        inside = [s for s in result if s.start < i and s.end > start]
        labels = {s.label_ for s in inside}
        if (
            (start, i) in {(s.start, s.end) for s in inside}
            or labels & {"PER", "MISC"}
            or not inside
            or not ("ORG" in labels or _label_at(result, i + 1) == "ORG")
        ):
            continue
        result = [s for s in result if s not in inside]
        result.append(Span(doc, start, i, label="ORG"))
    return sorted(result, key=lambda s: s.start)


def _label_at(spans: list[Span], i: int) -> str | None:
    return next((s.label_ for s in spans if s.start <= i < s.end), None)


def _fitting_start(doc: Doc, end: int, short: str) -> int | None:
    """The first token of the longest run of name words before ``end`` whose initials
    ``short`` fits (:func:`acronyms.acronym_fits`), or None."""
    stop = words("acronym_stopwords")
    view = token_view(doc)
    texts = view.texts
    best = None
    for start in range(end - 1, max(-1, end - 1 - _MAX_NAME_WORDS), -1):
        token = doc[start]
        text = texts[start]
        capital = text[:1].isupper() and any(ch.isalpha() for ch in text)
        if not capital and text.lower() not in stop:
            break
        if (
            capital
            and token.pos_ not in ("DET", "ADP", "PRON")
            and text.lower() not in stop
            and text.lower() not in words("german_function_words")
            and acronym_fits(short, view.span_text(start, end))
        ):
            best = start  # a name does not begin with an article ("Das Institute for ...")
        if token.is_sent_start:
            break
    return best


def club_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """The place word of a sports club that the document names (a ``sports_club`` of
    lexicon/knowledge.tsv; its last word, or its first where that is a known place) stands
    for the club where no preposition of place
    (lexicon/place_prepositions.txt) or designator (lexicon/place_designators.txt) puts it:
    after "1. FC Köln", "Köln ist einer der diesjährigen Absteiger" and "Kölns Präsident"
    are the club (ORG); "in Köln" and "die Stadt Köln" stay LOC."""
    view = token_view(doc)
    places = set()
    for span in spans:
        entry = lookup(view.span_text(span.start, span.end))
        if span.label_ == "ORG" and entry is not None and entry.type == "sports_club":
            last = view.texts[span.end - 1]
            if last[:1].isupper() and last.isalpha():
                places.add(last)
            first = view.texts[span.start]
            if span.end - span.start > 1 and _known_place(first):
                places.add(first)  # "Nürnberg Ice Tigers", "Hamburg Freezers"
    if not places:
        return spans
    result = []
    for span in spans:
        text = view.span_text(span.start, span.end)
        if (
            span.label_ == "LOC"
            and (text in places or (text.endswith("s") and text[:-1] in places))
            and not (span.start > 0 and _placed(view.texts[span.start - 1]))
        ):
            span = Span(doc, span.start, span.end, label="ORG")
        result.append(span)
    return result


def _known_place(text: str) -> bool:
    """Whether the knowledge tables list ``text`` as a place ("Nürnberg")."""
    entry = lookup(text)
    return entry is not None and entry.label == "LOC" and text[:1].isupper() and text.isalpha()


def _placed(before: str) -> bool:
    """A preposition of place or a place designator ("in Köln", "die Stadt Cottbus")."""
    return before.lower() in words("place_prepositions") or before in words("place_designators")


_MAX_QUOTED_NAME = 10  # tokens of a quoted name that an ORG inside it stands for


def quoted_org_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name in quotation marks of which the NER tagged only a part as an ORG is one
    ORG: "„Allianz zur Europäischen Integration“", "„Ener1 Group Inc.“". Only where every
    word inside is capitalised, a name particle (lexicon/name_particles.txt) or a legal
    form, and no person or MISC span lies inside."""
    texts = token_view(doc).texts
    result = list(spans)
    for span in spans:
        if span.label_ != "ORG":
            continue
        bounds = _quote_around(texts, span.start, span.end)
        if bounds is None or bounds == (span.start, span.end):
            continue
        start, end = bounds
        inside = [s for s in result if s.start < end and s.end > start]
        if any(s.start < start or s.end > end or s.label_ in ("PER", "MISC") for s in inside):
            continue
        if not all(_name_word(texts[k]) for k in range(start, end)):
            continue
        result = [s for s in result if s not in inside]
        result.append(Span(doc, start, end, label="ORG"))
    return sorted(result, key=lambda s: s.start)


def _quote_around(texts: list[str], start: int, end: int) -> tuple[int, int] | None:
    """The token bounds of the quotation that holds ``start:end``, or None."""
    left = start - 1
    while left >= 0 and start - left <= _MAX_QUOTED_NAME and texts[left] not in _OPENING_QUOTES:
        left -= 1
    if left < 0 or texts[left] not in _OPENING_QUOTES:
        return None
    right = end
    closers = CLOSERS[texts[left]]
    while right < len(texts) and right - left <= _MAX_QUOTED_NAME and texts[right] not in closers:
        right += 1
    if right >= len(texts) or texts[right] not in closers:
        return None
    return left + 1, right


def _name_word(text: str) -> bool:
    """A word that may stand in a quoted name."""
    if not any(ch.isalpha() for ch in text):
        return text in ("&", "-", "\N{EN DASH}")
    return (
        text[:1].isupper()
        or text.lower() in words("name_particles")
        or text in words("company_words")
    )


@cache
def _indefinite() -> frozenset[str]:
    """Indefinite and negative determiners (lexicon/speakers.json): "eine Behörde für ..."
    describes a body, it does not name one."""
    speakers = table("speakers")
    return frozenset(speakers["indefinite_determiners"] + speakers["negative_determiners"])


def complement_org_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """An untagged organisation word (lexicon/org_descriptions.txt, org_name_heads.txt) in
    the singular with a "für" complement without an article is one ORG name: "der Rat für
    nationale Sicherheit", "das Institut für Ur- und Frühgeschichte", "ins Ministerium für
    internationalen Handel" (German names bodies by their remit so; "für den Frieden", "für
    das Attentat" with an article are no part of a name). Not after an indefinite article
    ("eine neue Behörde für ...") nor after a lower-case adjective, where a body of one
    state is described by its remit ("die australische Behörde für Meteorologie")."""
    view = token_view(doc)
    texts = view.texts
    heads = words("org_name_heads")
    taken = {i for span in spans for i in range(span.start, span.end)}
    result = list(spans)
    # the words right before a "für", left to right (a word a name took is in ``taken``)
    for i in (k - 1 for k in view.positions(_FOR) if 2 <= k < len(doc) - 1):
        text = texts[i]
        if not (
            i not in taken
            and text[:1].isupper()
            and (is_org_description(text) or text in heads)
            and not has_feature(doc[i], "Number", "Plur")
            and texts[i - 1].lower() not in _indefinite()
            and not (texts[i - 1][:1].islower() and doc[i - 1].tag_ == "ADJA")
        ):
            continue
        end = _complement_end(doc, i + 2)
        if end is None or any(k in taken for k in range(i, end)):
            continue
        result.append(Span(doc, i, end, label="ORG"))
        taken.update(range(i, end))
    return sorted(result, key=lambda s: s.start)


_FOR = frozenset({"für"})  # the preposition of a body's remit


def _complement_end(doc: Doc, k: int) -> int | None:
    """The end of a noun phrase without an article that begins at ``k``: adjectives,
    truncated compounds and "und" before capitalised nouns ("nationale und religiöse
    Studien", "Informations- und Kommunikationstechnologie", "Kultur und Nationale
    Identität"), or None where no noun comes."""
    end = None
    n = len(doc)
    while k < n:
        token = doc[k]
        text = token.text
        joining = text == "und" and k + 1 < n and doc[k - 1].text != "für"
        if joining or token.tag_ == "ADJA" or (text.endswith("-") and text[:1].isupper()):
            k += 1
        elif text[:1].isupper() and text.isalpha() and token.tag_ in ("NN", "NE"):
            k += 1
            end = k
        else:
            break
    return end


_MEDIA_ARTICLES = frozenset({"der", "die", "das", "the", "le", "la", "el", "il"})


@cache
def articled_media() -> frozenset[str]:
    """The words of listed media outlets (lexicon/knowledge.tsv, type ``media``) named with
    an article and one word ("Spiegel" of "Der Spiegel", "Figaro" of "Le Figaro")."""
    found = set()
    for name, entry in knowledge_entries().items():
        parts = name.split(" ")
        if (
            entry.label == "ORG"
            and entry.type == "media"
            and len(parts) == 2
            and parts[0].lower() in _MEDIA_ARTICLES
            and parts[1][:1].isupper()
        ):
            found.add(parts[1])
    return frozenset(found)


def media_short_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The word of a listed media outlet named with an article (:func:`articled_media`)
    alone is the outlet, an ORG, where it is cited as one: in quotation marks ("dem
    „Figaro“ zufolge"), after "laut" or before "zufolge" ("laut Spiegel"). Elsewhere such
    a word is mostly the common noun ("Spiegel", "Presse", "Standard"), and the knowledge
    tables list these outlets only with their article."""
    texts = token_view(doc).texts
    media = articled_media()
    hits = [i for i, text in enumerate(texts) if text in media]
    if not hits:
        return spans
    # the according-to markers of the quote patterns (lexicon/cues.json): "laut Spiegel",
    # "dem Figaro zufolge"; "nach" after a noun is mostly a direction, as in the pattern file
    according_to = table("cues")["according_to"]
    markers_before = frozenset(according_to["before_source"])
    markers_after = frozenset(according_to["after_source"]) - {"nach"}
    taken = {i for span in spans for i in range(span.start, span.end)}
    result = list(spans)
    for i in hits:
        if i in taken or i == 0:
            continue
        before = texts[i - 1]
        after = texts[i + 1] if i + 1 < len(texts) else ""
        quoted = after in CLOSERS.get(before, frozenset())
        next_word = texts[i + 2] if quoted and i + 2 < len(texts) else after
        if quoted or before.lower() in markers_before or next_word in markers_after:
            result.append(Span(doc, i, i + 1, label="ORG"))
    return sorted(result, key=lambda s: s.start)


def compound_org_names(doc: Doc, spans: list[Span], known: WordCheck | None) -> list[Span]:
    """An untagged hyphen compound of a name and an organisation word (:func:`org_word`,
    also inflected) is one ORG: "die Dschandschawid-Miliz", "die Birthler-Behörde". The
    name is one word that German does not know (the lemma table, ``known``) or an ORG of
    the knowledge tables; not an acronym or a listed place, whose compounds mostly describe
    a body by its country or owner ("US-Regierung", "EU-Behörde", "DGB-Gewerkschaften",
    "Jamaika-Bündnis"), and not after an indefinite article ("einer Thaksin-Partei")."""
    if known is None:
        return spans
    texts = token_view(doc).texts
    taken = {i for span in spans for i in range(span.start, span.end)}
    result = list(spans)
    for i in [i for i, text in enumerate(texts) if "-" in text]:  # (most words have none)
        text = texts[i]
        if i in taken or i == 0 or text.count("-") != 1 or not text[:1].isupper():
            continue
        first, _, last = text.partition("-")
        if not (first.isalpha() and org_word(last)) or is_acronym(first):
            continue
        entry = lookup(first)
        name = entry.label == "ORG" if entry is not None else not known(first)
        if name and texts[i - 1].lower() not in _indefinite():
            result.append(Span(doc, i, i + 1, label="ORG"))
    return sorted(result, key=lambda s: s.start)
