"""Round 10 (roleinfl): one helper maps an inflected title or function noun to its entry
of lexicon/roles.txt (by the pipeline's lemma or a German noun ending); the entity rules
that had their own ending lists use it."""

from __future__ import annotations

from claimex.components.namewords import is_role_form, role_base


def test_inflected_roles_map_to_their_entry() -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-64070
    sentence = (
        "Frau Kraft löst den Ministerpräsidenten des Landes Bremen, den Bürgermeister der "
        "freien Hansestadt Jens Böhrnsen ab, dessen Stellvertreterschaft des "
        "Bundespräsidenten während der „Sedisvakanz“ nach dem Rücktritt Horst Köhlers "
    )
    others = ("Landes", "Bremen", "Hansestadt", "Böhrnsen", "Köhlers")
    assert all(word in sentence for word in (*others, "Bundespräsidenten"))
    assert role_base("Ministerpräsidenten") == "Ministerpräsident"
    assert role_base("Bundespräsidenten") == "Bundespräsident"
    assert role_base("Bürgermeister") == "Bürgermeister"
    assert [word for word in others if role_base(word)] == []


def test_genitive_plural_and_feminine_plural_forms() -> None:
    assert role_base("Bürgermeisters") == "Bürgermeister"
    assert role_base("Sprechern") == "Sprecher"
    assert is_role_form("Kommissarinnen")
    assert is_role_form("Priesters", "Priester")
    assert not is_role_form("Putin")
