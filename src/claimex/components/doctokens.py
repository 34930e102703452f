"""Token texts read once per doc and shared by claimex's stages.

``doc[i]`` builds a new ``Token`` object on every access, and each stage scans every token
several times; the stages read the texts from one list instead. The list lives in
``doc.user_data`` under a ``claimex_`` extension key, so the record stage and
:func:`claimex.convert.release` drop it with claimex's other per-doc values (it never
travels in a serialised doc). It is rebuilt whenever the doc's length no longer matches
(a component that retokenised the doc in between).
"""

from __future__ import annotations

from typing import Any, cast

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

TEXTS_KEY = ("._.", "claimex_token_texts", None, None)
TEXT_KEY = ("._.", "claimex_doc_text", None, None)


def token_texts(doc: Doc) -> list[str]:
    """The text of every token of ``doc``, in order (read once, then cached on the doc).

    Example:
        >>> import spacy
        >>> token_texts(spacy.blank("de")("Putin sagte das."))
        ['Putin', 'sagte', 'das', '.']
    """
    data = _user_data(doc)
    cached = data.get(TEXTS_KEY)
    if isinstance(cached, list) and len(cached) == len(doc):
        return cached
    strings = doc.vocab.strings
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()] if len(doc) else []
    data[TEXTS_KEY] = texts
    return texts


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once from :func:`token_texts` and cached on the doc.

    Example:
        >>> import spacy
        >>> doc_text(spacy.blank("de")("Putin sagte das."))
        'Putin sagte das.'
    """
    data = _user_data(doc)
    cached = data.get(TEXT_KEY)
    texts = token_texts(doc)
    if isinstance(cached, tuple) and cached[0] is texts:
        return str(cached[1])
    spaces = doc.to_array(SPACY).tolist() if len(doc) else []
    text = "".join([w + " " if sp else w for w, sp in zip(texts, spaces, strict=True)])
    data[TEXT_KEY] = (texts, text)
    return text


def _user_data(doc: Doc) -> dict[Any, Any]:
    # spaCy keys extension values by tuples, though its stubs say str
    return cast(dict[Any, Any], doc.user_data)
