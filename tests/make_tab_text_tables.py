"""Write the plain-text reports whose tables are TAB-separated, for tests/test_tables_tab_text.py.

Run `python tests/make_tab_text_tables.py` to (re)write tests/fixtures/tables/tabtekst-*.txt. The reports are made
up for the test, each of another cooperative in a wording of its own, as a text editor or a spreadsheet's "save as
text" leaves them: cells apart by one TAB or by several (an author aligning the columns by eye), empty cells, a
header row of years ("\\t2023\\t2022"), of "Boekjaar\\tVorig boekjaar" or of closing dates, the unit and scale in a
caption over the table ("(in duizend euro)", "x € 1.000") or in a unit column, sub-rows indented with spaces or
set after "- ", a total row. And what is no table: a paragraph whose words a TAB happens to part, a line of a
phone number and an address apart by TABs.
"""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"

T = "\t"

# Energiecoöperatie: years as header, caption with the scale, sub-rows after "- ", a total row, several TABs.
HAGELAND = f"""Bijzonder verslag over het boekjaar 2023
Windkracht Hageland cv, erkende coöperatieve vennootschap

1. Activiteiten

De coöperatie exploiteert vier windturbines en twee daken met zonnepanelen. Wij
vergaderden dit jaar op{T}12 maart{T}en op{T}3 oktober met alle vennoten.

2. Kerncijfers

Resultatenrekening (in duizend euro)
{T}{T}2023{T}{T}2022
Omzet uit stroomverkoop{T}{T}1.245{T}{T}1.118
Bedrijfskosten
- aankoop onderhoud{T}{T}312{T}{T}298
- personeel{T}{T}{T}210{T}{T}198
- afschrijvingen{T}{T}405{T}{T}401
Totaal bedrijfskosten{T}927{T}{T}897
Resultaat van het boekjaar{T}318{T}{T}221

Vennoten{T}Boekjaar{T}Vorig boekjaar
Aantal vennoten{T}2.340{T}2.115
   waarvan nieuwe vennoten{T}260{T}198
Aantal aandelen{T}9.870{T}9.015

Voor vragen:{T}016 12 34 56{T}Diestsestraat 14{T}3000 Leuven

Het dividend bleef beperkt tot 5 % van de nominale waarde van de aandelen.
"""

# Woningcoöperatie: dated header, "x € 1.000" in the corner cell, sub-rows indented by spaces, a unit column.
DAKGENOTEN = f"""Dakgenoten cv
Bijzonder verslag van de raad van bestuur over 2024

Balans{T}31/12/2024{T}31/12/2023
x € 1.000
Vaste activa
    Gebouwen{T}4.812{T}4.950
    Installaties{T}{T}312{T}{T}344
Vlottende activa
    Vorderingen{T}{T}88{T}{T}71
    Liquide middelen{T}640{T}512
Totaal activa{T}5.852{T}5.877

Werking{T}Eenheid{T}2024{T}2023
Verhuurde woningen{T}aantal{T}64{T}61
Bezettingsgraad{T}%{T}97,5{T}95,0
Huurinkomsten{T}EUR{T}418.300{T}402.150

Personeel (aantal){T}2024{T}2023
Werknemers{T}{T}14{T}{T}12
  - bedienden{T}9{T}{T}8
  - arbeiders{T}5{T}{T}4

In 2024 bouwden we{T}4 nieuwe woningen{T}aan de Kerkstraat.
"""

FILES = {"tabtekst-hageland-2023.txt": HAGELAND, "tabtekst-dakgenoten-2024.txt": DAKGENOTEN}


def build(target_dir: Path = FIXTURES) -> list[Path]:
    written = []
    for name, text in FILES.items():
        path = target_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build():
        print(path)
