"""Interview transcripts (issue 15, round 9): the questions of an interview are no
statements (:mod:`claimex.components.quotes.interview`). The case is an excerpt of a
Wikinews train article, copied exactly, that failed before the fix."""

from __future__ import annotations

import claimex

# German Wikinews (CC BY 2.5), spkatt-news-39835: a transcript with labels "'' Pau '':"
# and "'' Wikinews'':" (its beginning, to the end of the last answer's fourth sentence).
PAU = (
    "Zur Person Petra Pau 195px Vizepräsidentin des Deutschen Bundestages Stellvertretende "
    "Vorsitzende der Bundestagsfraktion \N{DOUBLE LOW-9 QUOTATION MARK}Die "
    "Linke\N{LEFT DOUBLE QUOTATION MARK} Mitglied des Innenausschusses der Linksfraktion "
    "In einem Interview äußert sich Petra Pau von der Linksfraktion zu den Plänen des "
    "Bundesinnenministers Wolfgang Schäuble. '' Pau'': Ihren Detailfragen stelle ich eine "
    "Generaleinschätzung voran. Was Bundes-Innenminister Schäuble derzeit an so genannten "
    "Anti-Terror-Maßnahmen plant geht weit über das hinaus, was wir schon an den so "
    "genannten Sicherheits-Paketen von Otto Schily kritisiert haben. Derzeit wird ein "
    "Paradigmenwechsel vorbereitet: weg vom demokratischen Rechtsstaat, hin zum "
    "präventiven Sicherheitsstaat. Hinzu kommt: Etliches von dem, was Schäuble & Co. "
    "aktuell durchsetzen wollen, wurde vom Bundes-Verfassungsgericht bereits gerügt oder "
    "gar kassiert. Wir erleben so die absurde Situation: Die Minister, die von Amts wegen "
    "für den Schutz der Verfassung zuständig sind, wie Schäuble, Beckstein oder Schönbohm, "
    "erweisen sich als die eifrigsten Kämpfer gegen die Verfassung. '' Wikinews'': Ist die "
    "vom Bundesinnenminister angestrebte Ausweitung der Befugnisse des BKA und der Polizei "
    "(z.B. mit der aktuellen Gefahrensituation) begründbar ? Befürchten Sie drastische "
    "Einschnitte in die Grundrechte? '' Pau '': Mir sind keinerlei Gründe bekannt, die "
    "derart tiefe Einschnitte in verbriefte Bürgerrechte begründen könnten. Im Gegenteil: "
    "Ich vermisse noch immer eine belastbare Evaluierung der Sicherheits-Pakete, die von "
    "Rot-Grün geschnürt wurden und mit dem Namen Otto Schily verbunden werden. '' "
    "Wikinews'': Welche konkreten Vorschläge der Gesetzesnovelle sind Ihrer Meinung nach "
    "verfassungswidrig bzw. lehnen Sie ab? '' Pau '': Für zumindest verfassungsbedenklich "
    "halte ich die geplante Online-Durchsuchung, den großen Lauschangriff und die "
    "verdachtsunabhängige massenhafte Speicherung von Fingerabdrücken. Ob sie auch "
    "verfassungswidrig sind, das muss im Fall der Fälle das Bundesverfassungsgericht "
    "entscheiden. '' Wikinews'': Inwieweit wiegt Ihrer Meinung nach der Nutzen der "
    "Aufhebung der Zweckbindung der Maut-Daten den Eingriff in die Bürgerrechte und "
    "Privatsphäre auf ? '' Pau '': Das Maut-System wurde ausdrücklich nur zum Zweck der "
    "Gebührenberechnung bewilligt. Würde es, wie geplant, zur Verbrechensbekämpfung "
    "genutzt, bekäme es eine völlig andere Qualität. Es liefe darauf hinaus, dass "
    "umfangreiche Bewegungsprofile erstellt werden (können), in seiner letzten Konsequenz "
    "möglicherweise auf dem gesamten Straßennetz. Denn immer wieder gibt es Vorstöße, das "
    "Mautsystem auch über die Autobahnen hinaus auszuweiten. '' Wikinews'': Sehen Sie "
    "einen Mehrwert in der Speicherung der Fingerabdrücke aller Bundesbürger in einer "
    "bundesweit zugänglichen Datei ? Welche Bedenken haben Sie? '' Pau'': Auch das gehört "
    "zum Paradigmenwechsel. In einem Rechtsstaat werden derartige erkennungsdienstliche "
    "Maßnahmen, wie die Erfassung von Fingerabdrücken, bislang nur bei Straftäter oder bei "
    "Personen vorgenommen, die dringend einer Straftat verdächtigt werden. Nach den "
    "bekannt gewordenen Plänen würden tendenziell alle Bürgerinnen und Bürger nicht mehr "
    "als Souverän, sondern als potentielle Kriminelle behandelt. '' Wikinews '': Wie "
    "stehen Sie dem Vorstoß Schäubles gegenüber, das BKA solle die Kompetenz erhalten, "
    "bundesweite Rasterfahndungen durchzuführen ? '' Pau'': Eine der ersten "
    "innenpolitischen Maßnahmen der rot-roten Landesregierung in Berlin bestand darin, die "
    "Rasterfahndung auszusetzen. Und das war gut so. Folglich lehne ich auch eine "
    "Ausweitung der Rasterfahndung durch das BKA ab. '' Wikinews'': Wie stehen Sie der "
    "geplanten Gesetzesgrundlage für heimliche Online-Durchsuchungen gegenüber? '' Pau'': "
    "Die heimliche Online-Untersuchung von Computern wäre grundsätzlich der Super-Gau für "
    "den Datenschutz. Zumal sie nicht mit herkömmlichen Hausdurchsuchungen vergleichbar "
    "ist, wie manchmal suggeriert wird. Praktisch halte ich es in dieser Frage mit Berlins "
    "Innensenator. Erhardt Körting meinte sinngemäß: Damit fängt man keine professionelle "
    "Terroristen, sondern nur den DAU, den dümmsten anzunehmenden User. Deshalb "
    "abschließend noch mal meine prinzipielle Haltung zum Datenschutz"
)


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def _covering(
    quotes: list[tuple[str, str | None, str | None]], words: str
) -> list[tuple[str, str | None, str | None]]:
    return [q for q in quotes if words in q[0]]


def test_interview_questions_make_no_quote(extractor: claimex.Extractor) -> None:
    quotes = _quotes(extractor, PAU)
    assert _covering(quotes, "Befürchten Sie drastische Einschnitte") == []
    assert _covering(quotes, "drastische Einschnitte in die Grundrechte") == []
