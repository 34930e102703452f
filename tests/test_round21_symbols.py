"""Round 21: a token of symbols alone (an emoji, a bullet) at the edge of a name is not part
of the entity (``entity_spans.trim_edges``): the bare NER took "Suresh 🙂" as one PER span.
Found by the newcomer's try of the README on text with emoji (``newcomer21``). The
sentences are Wikinews train_b sentences, the symbols synthetic.
"""

from __future__ import annotations

import pytest

import claimex

# Wikinews train_b, spkatt-news-8845
SURESH = "Suresh{mark} äußerte sich auch zu den weiteren Plänen für die nähere Zukunft."
# Wikinews train_b, spkatt-news-5820
VENETIAAN = (
    "Die Neue Front von Präsident Venetiaan{mark} muss daher Bündnisse mit kleineren "
    "Parteien eingehen."
)


def _names(result: claimex.Extraction, text: str) -> list[str]:
    mentions = [m for actor in result.actors for m in actor.mentions]
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [m.text for m in mentions]


@pytest.mark.parametrize("template", [SURESH, VENETIAAN])
@pytest.mark.parametrize("mark", [" \U0001f642", " \U0001f44d\U0001f3fd", " \u2764\ufe0f"])
def test_emoji_after_a_name_changes_no_name(
    extractor: claimex.Extractor, template: str, mark: str
) -> None:
    """The names found with an emoji after the name are those found without it."""
    plain, marked = template.format(mark=""), template.format(mark=mark)
    assert _names(extractor.extract(marked), marked) == _names(extractor.extract(plain), plain)
