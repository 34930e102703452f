"""Actor linking errors of the Wikinews train split (issue 14, round 12), each on sentences
of the article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"). Every
case failed before its fix; the fix is general and was measured on the other splits."""

from __future__ import annotations

import claimex

# German Wikinews (CC BY 2.5), spkatt-news-2124: an acronym that is the head of a name
# made of it and a place ("HSV" for "HSV Hamburg") is the same organisation.
HSV_TEXT = (
    "Der bereits finanziell angeschlagene HSV Hamburg, der in der Handball-Bundesliga "
    "bislang auf dem dritten Platz lag, bekommt auf Grund eines Lizenzverstoßes acht Punkte "
    "Abzug. Der Verein rutscht dadurch auf Platz neun der Tabelle und muss außerdem 15.000 "
    "Euro Strafe zahlen. Der Hamburger HSV legte Bilanzen seines wirtschaftlichen Trägers "
    "„Omni-Sport“ nicht fristgerecht vor und bekam in einer dreistündigen Sitzung oben "
    "genannte Strafen vom Ligaverband der Handball-Bundesliga auferlegt. Falls das "
    "hochverschuldete Unternehmen „Omni-Sport“ Insolvenz anmelden muss, droht dem HSV der "
    "Zwangsabstieg."
)


def test_acronym_head_joins_its_named_form(extractor: claimex.Extractor) -> None:
    actors = extractor.extract(HSV_TEXT).actors
    hsv = [actor for actor in actors if "HSV" in actor.name]
    assert [actor.name for actor in hsv] == ["HSV Hamburg"]
    assert {mention.text for mention in hsv[0].mentions} >= {"HSV", "HSV Hamburg"}


# German Wikinews (CC BY 2.5), spkatt-news-65500: another name of an organisation in
# parentheses right after its name (a translation) names the same organisation.
FRONT_TEXT = (
    "Die beiden Parteien haben sich gemeinsam mit parteipolitisch ungebundenen Sympathisanten "
    "zu dem strategischen Bündnis Linksfront (Front de Gauche) zusammengeschlossen."
)


def test_bracketed_name_joins_the_name_before(extractor: claimex.Extractor) -> None:
    actors = extractor.extract(FRONT_TEXT).actors
    front = [actor for actor in actors if "front" in actor.name.lower()]
    assert len(front) == 1
    assert {mention.text for mention in front[0].mentions} == {"Linksfront", "Front de Gauche"}
