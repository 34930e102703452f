"""Speaker errors of the Wikinews train split (issue 15, round 10, attribution), each on
sentences of the article it was found in: German Wikinews (CC BY 2.5, "Wikinews
contributors"). Every case failed before its fix; the fix is general: the main clause's
subject speaks a quotation after a colon that closes a clause it frames."""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_colon_quote_after_framed_clause_takes_main_subject(
    extractor: claimex.Extractor,
) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-61557: the colon closes the reported
    # clause "die … Kartoffelsorte werde nicht … gelangen", whose subject is no speaker;
    # the main clause's subject (an apposition with the name) speaks
    text = (
        "Der Gentechnik-Experte von Greenpeace, Martin Hoffstetter, wandte sich gegen die "
        "Behauptung, die gentechnisch veränderte Kartoffelsorte werde nicht in die "
        "menschliche Nahrung gelangen: \N{DOUBLE LOW-9 QUOTATION MARK}Wo Genpflanzen "
        "angebaut werden, tauchen sie über kurz oder lang auch in Lebensmitteln "
        "auf.\N{LEFT DOUBLE QUOTATION MARK}"
    )
    found = [q for q in _quotes(extractor, text) if q[0].startswith("Wo Genpflanzen")]
    assert found == [
        (
            "Wo Genpflanzen angebaut werden, tauchen sie über kurz oder lang auch in "
            "Lebensmitteln auf.",
            "Martin Hoffstetter",
            "direct.colon_subject",
        )
    ]
