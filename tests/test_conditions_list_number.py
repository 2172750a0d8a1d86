"""A list of the nine conditions numbered 1 to 9 in the law's order: an item's number is its condition, whatever
its words (SHAPES5 E10-R1). "2. Activiteiten – art. 3" backs condition 2 though "activiteiten" is no word of the
aim's; "8. eerst een toewijzing aan het fonds Artikel 17, tweede lid" backs condition 8, not the dividend cap
that item 3 cites the same article for; a section heading numbered 2 above the list's "1." is no item of it."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_text

MARKDOWN = """## 2. Erkenningsvoorwaarden

1. **Sociaal oogmerk** – art. 2 statuten: duurzame mobiliteit voor iedereen.
2. **Activiteiten** – art. 3 statuten.
3. **Begrensde winstuitkering** – art. 17 statuten: een dividend van hoogstens 6 % van de inbreng.
4. **Bestemming bij ontbinding** – art. 33 statuten.
5. **Terugbetaling bij uitstap** – art. 8 statuten.
6. **Bestuurders zonder vergoeding** – art. 21 statuten.
7. **Beperkte stemkracht** – art. 25 statuten.
8. **Reserve eerst** – art. 17, tweede lid statuten.
9. **Jaarlijkse verantwoording** – dit document.
"""

LEADERS = """3. De erkenningsvoorwaarden
---------------------------

  1. sociaal oogmerk ................. Artikel 2 van de statuten
  2. werking ......................... Artikel 3 van de statuten
  3. winstuitkering begrensd op 6 % .. Artikel 17 van de statuten
  4. saldo bij ontbinding ............ Artikel 33 van de statuten
  5. terugbetaling bij uitstap ....... Artikel 8 van de statuten
  6. bestuurders zonder vergoeding ... Artikel 21 van de statuten
  7. beperkte stemkracht ............. Artikel 25 van de statuten
  8. eerst een toewijzing aan het fonds Artikel 17, tweede lid
  9. jaarlijkse verantwoording ....... dit document
"""

BRACKETS = """Erkenningsvoorwaarden

1) Doel: art. 2 van de statuten
2) Wat we doen: art. 4 van de statuten
3) Dividend: art. 19 van de statuten
4) Vereffeningssaldo: art. 40 van de statuten
5) Uittreding: art. 11 van de statuten
6) Onbezoldigd bestuur: art. 22 van de statuten
7) Stemrecht: art. 27 van de statuten
8) Eerst het fonds, dan het dividend: art. 19, tweede lid van de statuten
"""


@pytest.mark.parametrize("text, expected", [
    (MARKDOWN, [(["2"], 1, 3), (["3"], 2, 4), (["17"], 3, 5), (["33"], 4, 6), (["8"], 5, 7), (["21"], 6, 8),
                (["25"], 7, 9), (["17"], 8, 10)]),
    (LEADERS, [(["2"], 1, 4), (["3"], 2, 5), (["17"], 3, 6), (["33"], 4, 7), (["8"], 5, 8), (["21"], 6, 9),
               (["25"], 7, 10), (["17"], 8, 11)]),
    (BRACKETS, [(["2"], 1, 3), (["4"], 2, 4), (["19"], 3, 5), (["40"], 4, 6), (["11"], 5, 7), (["22"], 6, 8),
                (["27"], 7, 9), (["19"], 8, 10)]),
], ids=["markdown", "dot-leaders", "brackets"])
def test_an_item_of_a_list_in_the_laws_order_backs_the_condition_of_its_number(text: str, expected: list) -> None:
    report = extract_text(text, fiscal_year=2024, fmt="markdown" if text is MARKDOWN else "text")
    assert [(r["articles"], r["condition"], r["location"]["line"]) for r in report["statute_references"]] == expected
    assert [i["value"] for i in report["indicators"]] == ([6] * (text is not BRACKETS))  # no list number


def test_a_list_out_of_the_laws_order_keeps_its_items_words() -> None:
    # numbered, but not in the law's order: the words decide, and the item they do not place backs nothing
    report = extract_text("Onze principes\n\n1. Stemrecht: art. 27 van de statuten.\n2. Activiteiten: art. 3 van de "
                          "statuten.\n3. Beperkt dividend: art. 19 van de statuten.\n4. Uittreding: art. 11 van de "
                          "statuten.\n5. Onbezoldigd bestuur: art. 22 van de statuten.\n6. Vereffeningssaldo: art. 40 "
                          "van de statuten.\n", fiscal_year=2024)
    assert [(r["articles"], r["condition"]) for r in report["statute_references"]] == [
        (["27"], 7), (["3"], None), (["19"], 3), (["11"], 5), (["22"], 6), (["40"], 4)]
