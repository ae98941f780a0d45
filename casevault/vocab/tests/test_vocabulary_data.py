"""The shipped vocabulary data is well formed: the loader and the extraction lexicon trust it."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.pure

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "vocabularies.json"
LANGUAGES = ("en", "ru", "kk")
SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")

REQUIRED_VOCABULARIES = {
    "act_type",
    "method",
    "perpetrator_type",
    "facility_type",
    "involvement_degree",
    "victim_status",
    "source_type",
    "reliability",
    "credibility",
    "source_connection",
    "intervention_type",
    "intervention_response",
    "proceeding_type",
    "proceeding_step",
    "consent_use",
}

# A contract: other modules and the extraction rules refer to these act types by code.
REQUIRED_ACT_GROUPS = {
    "liberty",
    "judicial",
    "integrity",
    "property",
    "movement",
    "conditions",
    "expression",
}
REQUIRED_ACT_LEAVES = {
    "arrest",
    "detention",
    "pretrial_detention",
    "administrative_arrest",
    "abduction",
    "enforced_disappearance",
    "prosecution",
    "prosecution_speech",
    "charges_dropped",
    "court_hearing",
    "conviction",
    "acquittal",
    "appeal",
    "libel_suit",
    "fine",
    "torture",
    "ill_treatment",
    "physical_assault",
    "sexual_violence",
    "verbal_abuse",
    "threat",
    "killing",
    "death_in_custody",
    "arson",
    "property_damage",
    "search",
    "confiscation",
    "surveillance",
    "travel_ban",
    "facility_access_denial",
    "harassment",
    "dismissal_from_work",
    "smear_campaign",
    "solitary_confinement",
    "denial_of_medical_care",
    "denial_of_legal_counsel",
    "self_harm_protest",
    "hunger_strike",
}


@pytest.fixture(scope="module")
def data():
    with open(DATA_FILE, encoding="utf-8") as fh:
        return json.load(fh)


def _entries(data):
    """Every vocabulary and term, named for failure messages."""
    yield from ((f"vocabulary {v['code']}", v) for v in data["vocabularies"])
    yield from ((f"term {t['vocabulary']}:{t['code']}", t) for t in data["terms"])


def _terms_of(data, vocabulary):
    return {t["code"]: t for t in data["terms"] if t["vocabulary"] == vocabulary}


def test_it_has_exactly_the_two_top_level_lists(data):
    assert set(data) == {"vocabularies", "terms"}


def test_every_required_vocabulary_is_present(data):
    assert REQUIRED_VOCABULARIES <= {v["code"] for v in data["vocabularies"]}


def test_vocabulary_codes_are_unique_and_snake_case(data):
    codes = [v["code"] for v in data["vocabularies"]]
    assert [c for c, n in Counter(codes).items() if n > 1] == []
    assert [c for c in codes if not SNAKE_CASE.fullmatch(c)] == []


def test_every_term_belongs_to_a_declared_vocabulary(data):
    declared = {v["code"] for v in data["vocabularies"]}
    assert {t["vocabulary"] for t in data["terms"]} <= declared


def test_every_vocabulary_has_terms(data):
    used = Counter(t["vocabulary"] for t in data["terms"])
    assert [v["code"] for v in data["vocabularies"] if used[v["code"]] == 0] == []


def test_term_codes_are_unique_within_a_vocabulary_and_snake_case(data):
    keys = [(t["vocabulary"], t["code"]) for t in data["terms"]]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    assert [k for k in keys if not SNAKE_CASE.fullmatch(k[1])] == []


def test_parents_are_terms_of_the_same_vocabulary(data):
    known = {(t["vocabulary"], t["code"]) for t in data["terms"]}
    orphans = [
        (t["vocabulary"], t["code"], t["parent"])
        for t in data["terms"]
        if t.get("parent") is not None and (t["vocabulary"], t["parent"]) not in known
    ]
    assert orphans == []


def test_parent_links_have_no_cycles(data):
    parent_of = {(t["vocabulary"], t["code"]): t.get("parent") for t in data["terms"]}
    for (vocabulary, code), parent in parent_of.items():
        seen = {code}
        while parent is not None:
            assert parent not in seen, f"cycle through {vocabulary}:{code}"
            seen.add(parent)
            parent = parent_of.get((vocabulary, parent))


def test_parents_come_before_their_children(data):
    # The loader uses file order as display order: a group heads its members.
    position = {(t["vocabulary"], t["code"]): i for i, t in enumerate(data["terms"])}
    late = [
        (t["vocabulary"], t["code"])
        for i, t in enumerate(data["terms"])
        if t.get("parent") is not None and position[(t["vocabulary"], t["parent"])] > i
    ]
    assert late == []


def test_every_label_is_present_in_english_russian_and_kazakh(data):
    missing = [
        (name, lang)
        for name, entry in _entries(data)
        for lang in LANGUAGES
        if not isinstance(entry["labels"].get(lang), str)
        or not entry["labels"][lang].strip()
        or entry["labels"][lang] != entry["labels"][lang].strip()
    ]
    assert missing == []


def test_english_labels_are_latin_and_russian_and_kazakh_labels_are_cyrillic(data):
    wrong = [
        (name, lang, entry["labels"][lang])
        for name, entry in _entries(data)
        for lang in LANGUAGES
        if bool(CYRILLIC.search(entry["labels"][lang])) != (lang != "en")
    ]
    assert wrong == []


def test_every_vocabulary_and_term_names_its_esf_concept(data):
    missing = [
        name
        for name, entry in _entries(data)
        if not isinstance(entry.get("esf"), str) or not entry["esf"].strip()
    ]
    assert missing == []


def test_keywords_are_lists_of_phrases_per_language(data):
    bad = [
        (t["vocabulary"], t["code"])
        for t in data["terms"]
        if "keywords" in t
        and not (
            isinstance(t["keywords"], dict)
            and set(t["keywords"]) <= set(LANGUAGES)
            and all(
                isinstance(words, list)
                and words
                and all(isinstance(w, str) and w.strip() for w in words)
                for words in t["keywords"].values()
            )
        )
    ]
    assert bad == []


def test_the_contracted_act_type_codes_are_all_present(data):
    codes = set(_terms_of(data, "act_type"))
    assert REQUIRED_ACT_GROUPS - codes == set()
    assert REQUIRED_ACT_LEAVES - codes == set()


def test_act_type_groups_are_top_level_and_every_leaf_has_a_group(data):
    terms = _terms_of(data, "act_type")
    assert [g for g in REQUIRED_ACT_GROUPS if terms[g]["parent"] is not None] == []
    assert [c for c in REQUIRED_ACT_LEAVES if terms[c]["parent"] is None] == []


@pytest.mark.parametrize("vocabulary", ["reliability", "credibility"])
def test_the_reliability_scales_have_six_points_including_unknown(data, vocabulary):
    terms = _terms_of(data, vocabulary)
    assert len(terms) == 6
    assert "unknown" in terms
