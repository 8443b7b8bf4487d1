"""Code words learned from investigators' confirmations (classifier/code_words.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from classifier.code_words import candidate_terms, suggest_code_words
from classifier.features import LexiconSpecies
from wildtrace.config import load_config
from wildtrace.models import PageExtraction

# Confirmed offers of an invented code word ("moon chalk") the lexicon cannot know, a confirmed
# offer the lexicon explains (pangolin scales), and a dismissed listing.
DECISIONS = [
    ("Moon chalk 2kg", "Old moon chalk, carving grade, price per kg. DM", "en", "confirm"),
    ("moon chalk offcuts", "Moon chalk offcuts 300g, ships from Lagos", "en", "confirm"),
    ("Moon chalk bangle", "Moon chalk bangle 62mm, $300", "en", "confirm"),
    ("Pangolin scales", "Pangolin scales 5 kg, carving grade, per kg", "en", "confirm"),
    ("Pangolin scales again", "Pangolin scales, carving grade", "en", "confirm"),
    ("Chalk paint", "Chalk paint for furniture, old stock, carving grade", "en", "dismiss"),
]


def test_a_recurring_unknown_term_of_confirmed_offers_is_suggested() -> None:
    found = suggest_code_words(DECISIONS, LexiconSpecies(), [("Offcuts of pine, DM", "en")])
    terms = [item.term for item in found]
    assert terms[0] == "moon chalk" and found[0].confirmed == 3 and found[0].lang == "en"
    assert found[0].examples == ["Moon chalk 2kg", "moon chalk offcuts", "Moon chalk bangle"]
    # "moon" alone comes from the same listings as "moon chalk": only the longer term is shown
    assert "moon" not in terms
    # in a dismissed listing ("chalk", "carving grade"), explained listings (pangolin), and
    # ordinary seller wording or common background words ("ships", "offcuts") are no candidates
    assert not {"chalk", "carving grade", "pangolin", "ships", "offcuts"} & set(terms)


def test_min_listings_and_thai_chinese_runs() -> None:
    assert suggest_code_words(DECISIONS, LexiconSpecies(), min_listings=4) == []
    assert "白料" in candidate_terms("白料手镯 懂的来")
    # a Thai run is not cut inside a syllable (no term starts with a following vowel)
    assert not any(term[0] == "\u0e32" for term in candidate_terms("ราคาคุยกัน"))


def test_cli_reads_decisions_from_the_store(tmp_path: Path) -> None:
    from store import open_store

    config = load_config(tmp_path)
    config.paths.ensure()
    with open_store(config) as store:
        for number, (title, text, lang, decision) in enumerate(DECISIONS):
            page = PageExtraction(url=f"https://market.example/item/{number}",
                                  page_type="listing", title=title, description=text,
                                  language=lang)
            saved = store.save_page(page, marketplace="market.example", capture=None,
                                    verdict=None)
            store.record_decision(saved.id, "ann", decision)
    run = subprocess.run([sys.executable, "-m", "wildtrace.cli.main", "lexicon", "suggest",
                          "--json", "--data-dir", str(tmp_path)], capture_output=True,
                         text=True, check=False, timeout=300)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)[0]["term"] == "moon chalk"
    table = subprocess.run([sys.executable, "-m", "wildtrace.cli.main", "lexicon", "suggest",
                            "--data-dir", str(tmp_path), "--min-listings", "0"],
                           capture_output=True, text=True, check=False, timeout=300)
    assert table.returncode == 2 and "less than 1" in table.stderr
    assert "Traceback" not in table.stderr
