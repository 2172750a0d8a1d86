"""A passage that is not Dutch gives a warning and no figures (issue 20); Dutch text is left alone."""

from __future__ import annotations

from extractor.pipeline import extract_text

FRENCH = ("Le conseil d'administration s'est réuni le 21 juin 2022 pour approuver les comptes annuels. "
          "Les membres présents ont voté pour 5 du budget proposé par le président.")


def test_a_french_passage_in_a_dutch_report_gives_no_figures_and_a_warning() -> None:
    report = extract_text(f"In 2023 telden we 120 leden en 14 vrijwilligers.\n\n{FRENCH}\n", fiscal_year=2023)
    assert [(i["value"], i["location"]["line"]) for i in report["indicators"]] == [(120, 1), (14, 1)]
    warning = [w for w in report["warnings"] if w["code"] == "text.language_passage"]
    assert [(w["location"]["line"], w["message"]) for w in warning] == [
        (3, "text on line 3 reads as another language, not Dutch: its 3 numbers are no figures")]


def test_dutch_tables_of_labels_and_names_are_no_foreign_passage() -> None:
    text = ("Materiële vaste activa 27.647\nVorderingen en overlopende activa 41.011\n\n"
            "De SmartLab-groepen van Bigre Rencontre telden 35 deelnemers.")
    report = extract_text(text, fiscal_year=2023)
    assert [i["value"] for i in report["indicators"]] == [27647, 41011, 35]
    assert not [w for w in report["warnings"] if w["code"].startswith("text.")]


def test_a_french_summary_that_shares_words_with_dutch_gives_no_figures() -> None:
    """Dutch knows a third of this paragraph's words ("en", "de", "la", "membres", "rapport"), French all of
    them: it is French, and its numbers repeat the report's figures in another language."""
    summary = ("En 2023, la coopérative comptait 412 membres et employait 14 personnes. Le chiffre d'affaires "
               "s'élève à 1,2 million d'euros, soit une hausse de 8 % par rapport à 2022.")
    report = extract_text(f"Résumé\n{summary}\n\nDe omzet bedroeg 1,2 miljoen euro.\n", fiscal_year=2023)
    assert [(i["raw"], i["location"]["line"]) for i in report["indicators"]] == [("1,2 miljoen euro", 4)]
    warning = [w for w in report["warnings"] if w["code"] == "text.language_passage"]
    assert [(w["location"]["line"], w["values"]["count"]) for w in warning] == [(2, 6)]
