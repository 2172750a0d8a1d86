"""The sign of an amount as Dutch and Belgian accounts write it is part of the figure's value (issue 20).

One table of forms, the negatives mixed in: a dash that is a bullet, a range or an aside is no minus, a loss of jobs is
no negative count, parentheses in running text are no sign. Then the real document: the SLNI annual report's
statement of capital, "Resultaat 2020-2021 € 406,07(-)".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file, extract_text

REAL = Path("tests/fixtures/real-pdfs")

# (text, [(value, unit, raw)] of every figure, in order)
FORMS = [
    # a mark before the amount or its unit
    ("Het resultaat bedraagt -/- € 12.500 over het boekjaar.", [(-12500, "EUR", "-/- € 12.500")]),
    ("Het saldo van de kas was -€ 250,00 op de rekening.", [(-250, "EUR", "-€ 250,00")]),
    ("Het saldo van de kas was −€ 30 bij de afsluiting.", [(-30, "EUR", "−€ 30")]),
    ("De kosten van de zaal: -EUR 200 volgens de afrekening.", [(-200, "EUR", "-EUR 200")]),
    ("Het saldo van de kas was € -250 op de rekening.", [(-250, "EUR", "€ -250")]),
    # a mark after it
    ("Resultaat 2020-2021 € 406,07(-)", [(-406.07, "EUR", "€ 406,07(-)")]),
    ("Het resultaat was € 406,07 (-) over het jaar.", [(-406.07, "EUR", "€ 406,07 (-)")]),
    ("Het resultaat was € 12.500 -/- over het jaar.", [(-12500, "EUR", "€ 12.500 -/-")]),
    ("Het resultaat was € 250,00- over het jaar.", [(-250, "EUR", "€ 250,00-")]),
    ("Resultaat | 12.345- | 8.000", [(-12345, None, "12.345-"), (8000, None, "8.000")]),  # accounting software
    # a hyphen character some PDF producers set for a typed minus (U+2010)
    ("Kosten | \u20101.234 | 800", [(-1234, None, "\u20101.234"), (800, None, "800")]),
    # a soft hyphen (U+00AD) before a digit, as Google Docs writes a typed minus: a hyphen, not nothing
    ("Kassa: €\u00ad50 na de afrekening.", [(-50, "EUR", "€-50")]),
    # a dash as a token of its own: the en dash Word makes of a typed hyphen, glued or spaced
    ("Het resultaat was –10.000 euro dit jaar.", [(-10000, "EUR", "–10.000 euro")]),
    ("Het tekort bedroeg - € 5.000 dit jaar.", [(-5000, "EUR", "- € 5.000")]),
    ("Het bedrijfsresultaat kwam uit op € –2.345 dit jaar.", [(-2345, "EUR", "€ –2.345")]),
    ("Het saldo was € - 2.345 op de rekening.", [(-2345, "EUR", "€ - 2.345")]),
    ("De temperatuur was –5 graden.", [(-5, "graden", "–5 graden")]),
    # a dash that opens a table cell
    ("Resultaat | – 10.000 | - € 3.000", [(-10000, None, "– 10.000"), (-3000, "EUR", "- € 3.000")]),
    ("Kosten | –130.000 | −90.000", [(-130000, None, "–130.000"), (-90000, None, "−90.000")]),
    ("Lasten | -/- 1.500 | 1.000 -/-", [(-1500, None, "-/- 1.500"), (-1000, None, "1.000 -/-")]),
    # the words of a loss before an amount of money
    ("De stichting had een negatief resultaat van € 8.400 over het jaar.", [(-8400, "EUR", "€ 8.400")]),
    ("De stichting leed een verlies van € 1.200 op de verkoop.", [(-1200, "EUR", "€ 1.200")]),
    ("Er bleef een tekort van 3.000 euro over.", [(-3000, "EUR", "3.000 euro")]),
    # parentheses round a bare amount in a table row
    ("Resultaat    (12.345)    8.000", [(-12345, None, "(12.345)"), (8000, None, "8.000")]),
    # a decimal point after the euro sign
    ("Een kop koffie kost € 3.90 in de kantine.", [(3.9, "EUR", "€ 3.90")]),
    ("Een kop koffie kost €3.90 in de kantine.", [(3.9, "EUR", "€3.90")]),
    # a budget exported from a spreadsheet set to English: the separators the other way round, a minus before the
    # glued currency or after it
    ("Het tekort was -€626,000 dit jaar.", [(-626000, "EUR", "-€626,000")]),
    ("Het tekort was €-626,000 dit jaar.", [(-626000, "EUR", "€-626,000")]),
    ("Tekort | -€626,000 | €12,500", [(-626000, "EUR", "-€626,000"), (12500, "EUR", "€12,500")]),
    ("Er werd € 1,234,567.50 uitgegeven.", [(1234567.5, "EUR", "€ 1,234,567.50")]),
    ("Het saldo van de kas was −€1,25 op de rekening.", [(-1.25, "EUR", "−€1,25")]),
    # ... but a decimal comma where it can be one: a price of three decimals, before a multiplier
    ("De diesel kost € 1,899 aan de pomp.", [(1.899, "EUR", "€ 1,899")]),
    ("Het budget is € 1,500 miljoen dit jaar.", [(1500000, "EUR", "€ 1,500 miljoen")]),
    ("Een kop koffie kost €2,50 in de kantine.", [(2.5, "EUR", "€2,50")]),
    # no minus
    ("- 250 leden kwamen naar de vergadering", [(250, "members", "250 leden")]),
    ("Wij werkten met 10-15 vrijwilligers per dag.", [(10, "vrijwilligers", "10-15 vrijwilligers")]),
    ("Door de sluiting ging het verlies van 12 banen niet door.", [(12, "banen", "12 banen")]),
    ("Het aantal leden (1.234) steeg dit jaar.", [(1234, None, "1.234")]),
    ("Het entreegeld bedraagt € 250,- per persoon.", [(250, "EUR", "€ 250,-")]),
    ("Een winst van € 1.200 op de verkoop.", [(1200, "EUR", "€ 1.200")]),
    ("Versie 3.90 van de software werd geïnstalleerd.", []),
    ("De prijs ligt tussen € 10 – € 20 per persoon.", [(10, "EUR", "€ 10 – € 20")]),  # a range
    ("De kosten – € 500 – werden door de gemeente betaald.", [(500, "EUR", "€ 500")]),  # an aside
    ("- € 250 voor de zaal werd betaald.", [(250, "EUR", "€ 250")]),  # a bullet
    ("Wij werkten met 10 – 15 vrijwilligers per dag.", [(10, "vrijwilligers", "10 – 15 vrijwilligers")]),
    ("In 2023 – 45 leden kwamen.", [(45, "members", "45 leden")]),  # a dash after a year
    ("Er kwamen 1.200- 1.500 bezoekers.", [(1200, None, "1.200-"), (1500, "bezoekers", "1.500 bezoekers")]),
    ("De periode 2020- 2023 was goed en we hadden 12 leden.", [(12, "members", "12 leden")]),
    ("De CO-melder kost € 25 - inclusief btw.", [(25, "EUR", "€ 25")]),
]


@pytest.mark.parametrize("text,expected", FORMS, ids=[text[:40] for text, _ in FORMS])
def test_sign_forms(text: str, expected: list[tuple]) -> None:
    found = [(i["value"], i["unit"], i["raw"]) for i in extract_text(text, fiscal_year=2023)["indicators"]]
    assert found == expected


def test_a_year_in_parentheses_before_a_colon_dates_the_amount_after_it_only() -> None:
    report = extract_text("Het resultaat bedraagt -/- € 12.500 (2022: € 3.100).", fiscal_year=2023)
    found = [(i["value"], i["period"]) for i in report["indicators"]]
    assert found == [(-12500, "2023"), (3100, "2022")]  # the fiscal year by default


def test_the_real_statement_of_capital_keeps_its_negative_result() -> None:
    report = extract_file(REAL / "nl-slni-jaarverslag-2021-2022.pdf")
    page5 = [(i["value"], i["unit"], i["raw"]) for i in report["indicators"]
             if i["location"]["page"] == 5 and i["unit"] == "EUR"]
    assert page5 == [(8259.87, "EUR", "€8.259,87"), (-406.07, "EUR", "€ 406,07(-)"), (7853.8, "EUR", "€7.853,80")]


def test_a_minus_mark_set_apart_from_its_amount_keeps_the_row_in_its_table() -> None:
    """"Lasten   -/-   1.500": the layout sets the mark in a column of its own; the row keeps its label, its
    columns' years and the table's scale, and the amount its sign."""
    text = ("Staat van baten en lasten\n(x € 1.000)\n"
            "                         2023              2022\n"
            "Baten                    1.234             1.100\n"
            "Lasten             -/-   1.500      -/-    1.000\n"
            "Resultaat          -/-     266               100\n")
    found = [(i["value"], i["raw"], i["period"], i["table"]["row"]) for i in extract_text(text, fiscal_year=2023)[
        "indicators"]]
    assert found == [(1234000, "1.234", "2023", "Baten"), (1100000, "1.100", "2022", "Baten"),
                     (-1500000, "-/- 1.500", "2023", "Lasten"), (-1000000, "-/- 1.000", "2022", "Lasten"),
                     (-266000, "-/- 266", "2023", "Resultaat"), (100000, "100", "2022", "Resultaat")]


# Rows as accounts software and word processors set them: each keeps its label and its column's year, and a mark
# after an amount is that amount's only ("12.345 -/-   8.000": the 8.000 is positive)
ROWS = [
    ("Resultaat    12.345 -/-    8.000", [(-12345, "12.345 -/-", "2023"), (8000, "8.000", "2022")]),
    ("Resultaat    12.345-    8.000", [(-12345, "12.345-", "2023"), (8000, "8.000", "2022")]),
    ("Resultaat    € 1.234,56-    € 2.345,67", [(-1234.56, "€ 1.234,56-", "2023"), (2345.67, "€ 2.345,67", "2022")]),
    ("Resultaat    € (12.345)    € 8.000", [(-12345, "(12.345)", "2023"), (8000, "€ 8.000", "2022")]),
    ("Resultaat    12.345 (-)    8.000", [(-12345, "12.345 (-)", "2023"), (8000, "8.000", "2022")]),
    ("Resultaat    -/-  12.345    8.000", [(-12345, "-/- 12.345", "2023"), (8000, "8.000", "2022")]),
    # no sign written: a cost stays positive
    ("Lasten          12.345       8.000", [(12345, "12.345", "2023"), (8000, "8.000", "2022")]),
]


@pytest.mark.parametrize("row,expected", ROWS, ids=[row[:40] for row, _ in ROWS])
def test_signed_rows_stay_in_their_table(row: str, expected: list[tuple]) -> None:
    text = ("Staat van baten en lasten\n\n                2023        2022\n"
            "Baten           100.000     90.000\n" + row + "\n")
    found = [(i["value"], i["raw"], i["period"], i["table"]["row"]) for i in extract_text(text, fiscal_year=2023)[
        "indicators"]][2:]
    label = row.split()[0]
    assert found == [(value, raw, period, label) for value, raw, period in expected]


# A spreadsheet's accounting format sets the currency apart from its amount, at the cell's left edge, the amount
# at its right edge: "€      12.345", "-€     12.345", "€          -" (nil). The currency cell is one cell with its
# amount, the row keeps its columns' years, a minus before the currency makes the amount negative.
EURO_ROWS = [
    ("Baten              €    100.000     €     90.000", [(100000, "€ 100.000", "2023"), (90000, "€ 90.000", "2022")]),
    ("Resultaat         -€     12.345     €      8.000", [(-12345, "-€ 12.345", "2023"), (8000, "€ 8.000", "2022")]),
    ("Saldo              €    -12.345    -€      8.000", [(-12345, "€ -12.345", "2023"), (-8000, "-€ 8.000", "2022")]),
    ("Rente              €          -     €        150", [(150, "€ 150", "2022")]),
    ("Rente              -                       150", [(150, "150", "2022")]),  # a nil dash is no minus
]


@pytest.mark.parametrize("row,expected", EURO_ROWS, ids=[row[:30] for row, _ in EURO_ROWS])
def test_currency_set_apart_from_its_amount(row: str, expected: list[tuple]) -> None:
    text = "Staat van baten en lasten\n\n                          2023              2022\n" + \
        "Giften             €     50.000     €     40.000\n" + row + "\n"
    found = [(i["value"], i["raw"], i["period"], i["table"]["row"], i["unit"])
             for i in extract_text(text, fiscal_year=2023)["indicators"]][2:]
    label = row.split()[0]
    assert found == [(value, raw, period, label, "EUR" if "€" in raw else None) for value, raw, period in expected]


def test_currency_set_apart_in_a_pdf(tmp_path: Path) -> None:
    """The same drawn as a spreadsheet prints it: the currency at a cell's left edge, the amount right-aligned."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "baten-en-lasten-2023.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    y = A4[1] - 80
    page.drawString(56, y, "Staat van baten en lasten")
    rows = [("", "", "2023", "", "2022"), ("Baten", "€", "100.000", "€", "90.000"),
            ("Resultaat", "-€", "12.345", "€", "8.000"), ("Rente", "€", "150", "€", "120")]
    for label, c1, a1, c2, a2 in rows:
        y -= 20
        page.drawString(56, y, label)
        page.drawString(250, y, c1)
        page.drawRightString(330, y, a1)
        page.drawString(360, y, c2)
        page.drawRightString(440, y, a2)
    page.showPage()
    page.save()
    found = [(i["value"], i["unit"], i["period"], i["table"]["row"]) for i in extract_file(path)["indicators"]]
    assert found == [(100000, "EUR", "2023", "Baten"), (90000, "EUR", "2022", "Baten"),
                     (-12345, "EUR", "2023", "Resultaat"), (8000, "EUR", "2022", "Resultaat"),
                     (150, "EUR", "2023", "Rente"), (120, "EUR", "2022", "Rente")]


def test_a_spreadsheet_budget_in_english_grouping_in_a_pdf(tmp_path: Path) -> None:
    """A budget as a spreadsheet set to English exports it to PDF: the minus before the glued currency
    ("-€626,000") or after it ("€-12,500"), commas grouping the thousands; a U+2212 minus, an en dash as minus and
    a minus glyph set apart from its right-aligned digits beside it. Each amount keeps its sign, row and year."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "begroting-2023.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    y = A4[1] - 80
    page.drawString(56, y, "Begroting")
    y -= 20
    page.drawRightString(330, y, "2023")
    page.drawRightString(440, y, "2022")
    rows = [("Inkomsten", "€1,200,000", "€1,100,000"), ("Tekort", "-€626,000", "€-12,500"),
            ("Lasten", "\u20134.163", "3.900"), ("Saldo", None, "1.000")]
    for label, first, second in rows:
        y -= 20
        page.drawString(56, y, label)
        if first is None:  # the minus glyph on its own, a gap before the digits
            page.drawString(296, y, "-")
            page.drawRightString(330, y, "4.163")
        else:
            page.drawRightString(330, y, first)
        page.drawRightString(440, y, second)
    page.showPage()
    page.save()
    found = [(i["value"], i["period"], i["table"]["row"]) for i in extract_file(path)["indicators"]]
    assert found == [(1200000, "2023", "Inkomsten"), (1100000, "2022", "Inkomsten"),
                     (-626000, "2023", "Tekort"), (-12500, "2022", "Tekort"),
                     (-4163, "2023", "Lasten"), (3900, "2022", "Lasten"),
                     (-4163, "2023", "Saldo"), (1000, "2022", "Saldo")]


@pytest.mark.parametrize(("text", "key"), [
    ("Het resultaat bedroeg -1.250 euro.", "other.resultaat_euro"),
    ("Het eigen vermogen bedroeg -2.400 euro.", "other.vermogen_euro"),
    ("Het tekort bedroeg −3.100 euro.", "other.tekort_euro"),
])
def test_an_amount_of_money_with_a_minus_is_a_negative_amount_not_a_change(text: str, key: str) -> None:
    """Accounts write a loss or a negative balance with a minus; only words ("daalde met", "ten opzichte van")
    or a plus make an amount a change. A count or a percentage with a minus stays a change ("-4 leden")."""
    [figure] = extract_text(f"Jaarverslag 2016\n\n{text}\n", fiscal_year=2016)["indicators"]
    assert (figure["id"], figure["value"] < 0, figure["period"][:4]) == (key, True, "2016")


def test_a_signed_count_and_a_plus_stay_changes() -> None:
    report = extract_text("De omzet steeg met +12 %. Het ledenaantal: -4 ten opzichte van vorig jaar.", fiscal_year=2016)
    assert [(f["raw"], f["id"]) for f in report["indicators"]] == [
        ("+12 %", "other.omzet_procent.verandering"), ("-4", "other.vennoot.verandering")]
