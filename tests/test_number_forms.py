"""Belgian number writing (issue 10, item 1): every form through the real pipeline, negatives mixed in.

Each row is a sentence in the style of some cooperative's report (housing, food, social economy, delivery,
energy, care) and every figure the pipeline must report from it, in order, as (value, value_max, unit,
qualifier, raw). An empty list: no figure at all. The fiscal year is pinned to 2023.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_text

Found = tuple[int | float, int | float | None, str | None, str, str]


def F(value: int | float, raw: str, unit: str | None = None, qualifier: str = "exact",
      value_max: int | float | None = None) -> Found:
    return (value, value_max, unit, qualifier, raw)


def R(value: int | float, value_max: int | float, raw: str, unit: str | None = None) -> Found:
    return (value, value_max, unit, "range", raw)


NBSP, NNBSP = "\u00a0", "\u202f"

FORMS: list[tuple[str, list[Found]]] = [
    # thousands grouped by a space, a no-break space or a narrow no-break space
    ("Het netwerk telt 6 151 497 deelnemers.", [F(6151497, "6 151 497 deelnemers", "participants")]),
    ("Een aandeel kost 1 250 euro.", [F(1250, "1 250 euro", "EUR")]),
    (f"Een aandeel kost 1{NBSP}250 euro.", [F(1250, "1 250 euro", "EUR")]),
    (f"Een aandeel kost 1{NNBSP}250 euro.", [F(1250, "1 250 euro", "EUR")]),
    (f"De reserve bedraagt 1{NNBSP}001{NNBSP}063 euro.", [F(1001063, "1 001 063 euro", "EUR")]),
    ("De keuken leverde 12 500 maaltijden aan huis.", [F(12500, "12 500 maaltijden", "maaltijden")]),
    ("De huisvestingsmaatschappij beheert 2 440 woningen.", [F(2440, "2 440 woningen", "woningen")]),
    ("Onze koeriers bezorgden 150 000 pakjes.", [F(150000, "150 000 pakjes", "pakjes")]),
    ("De vrijwilligers presteerden 1 250,5 uur.", [F(1250.5, "1 250,5 uur", "hours")]),
    ("Er kwamen 3 200 bezoekers naar de opendeurdag.", [F(3200, "3 200 bezoekers", "bezoekers")]),
    ("De windturbines wekten 142 300 MWh op.", [F(142300, "142 300 MWh", "mwh")]),
    ("Het kapitaal bedraagt 2 345 678,90 euro.", [F(2345678.9, "2 345 678,90 euro", "EUR")]),
    ("De winkel telt 1 250 vaste klanten.", [F(1250, "1 250 vaste klanten", "klanten")]),
    ("In 2023 kwamen er 1 250 nieuwe vennoten bij.", [F(1250, "1 250 nieuwe vennoten", "members")]),
    ("Het aandeel steeg tot 1 250 leden.", [F(1250, "1 250 leden", "members")]),
    ("samen 6 151 497 deelnemers (+4 %)", [F(6151497, "6 151 497 deelnemers", "participants"),
                                           F(4, "+4 %", "%")]),
    # a year, a count and a code side by side: never grouped
    ("In 2021 40 nieuwe leden ingeschreven.", [F(40, "40 nieuwe leden", "members")]),
    ("In 2022 150 nieuwe woningen opgeleverd.", [F(150, "150 nieuwe woningen", "woningen")]),
    ("Er zijn 12 3456 dossiers.", [F(12, "12"), F(3456, "3456 dossiers", "requests")]),
    ("Prijzen van 1 25 euro", [F(1, "1"), F(25, "25 euro", "EUR")]),
    ("De kavels 1 250 12 werden verkocht.", [F(1, "1"), F(250, "250"), F(12, "12")]),
    ("Er zijn 1.250 000 stemmen.", [F(1250, "1.250")]),
    ("Op 0 250 euro", [F(0, "0"), F(250, "250 euro", "EUR")]),
    # thousands dot, decimal comma
    ("De groep is werkgever van 18.894 personen.", [F(18894, "18.894 personen", "persons")]),
    ("De omzet bedroeg 1.001.063 euro.", [F(1001063, "1.001.063 euro", "EUR")]),
    ("Er werden 159,5 dagen opleiding gegeven.", [F(159.5, "159,5 dagen", "days")]),
    ("De coöperatie huurt 12.000 m2 bedrijfsruimte.", [F(12000, "12.000 m2", "m2")]),
    ("Samen 1.946,5 uur vorming.", [F(1946.5, "1.946,5 uur", "hours")]),
    ("Het fonds groeide tot 12.246.858 euro.", [F(12246858, "12.246.858 euro", "EUR")]),
    ("We telden 2.072 voltijds equivalenten.", [F(2072, "2.072 voltijds equivalenten", "FTE")]),
    ("De bakkerij verkocht 1.200 broden per week.", [F(1200, "1.200 broden", "broden")]),
    ("De score was 3,200 op tien.", [F(3.2, "3,200")]),
    ("Ze werkten 0,5 VTE.", [F(0.5, "0,5 VTE", "FTE")]),
    ("De prijs per kWh was 0,25 euro.", [F(0.25, "0,25 euro", "EUR")]),
    # percent glued to the number
    ("68% van de leden stemde voor.", [F(68, "68%", "%")]),
    ("Het aandeel zonnestroom (24,2%) steeg.", [F(24.2, "24,2%", "%")]),
    ("Er werd een dividend van 4% uitgekeerd.", [F(4, "4%", "%")]),
    ("Een dividend van 4%, zoals beloofd.", [F(4, "4%", "%")]),
    ("Het verzuim bedroeg 3,5%.", [F(3.5, "3,5%", "%")]),
    ("Een groei van +9,2% tegenover vorig jaar.", [F(9.2, "+9,2%", "%")]),
    ("Een daling van -3,5% in de verkoop.", [F(-3.5, "-3,5%", "%")]),
    ("100% van de stroom is groen.", [F(100, "100%", "%")]),
    ("Tevredenheid: 92%; klachten: 8%.", [F(92, "92%", "%"), F(8, "8%", "%")]),
    ("(68%)", [F(68, "68%", "%")]),
    # percent spaced or written
    ("Er werd een dividend van 4 % uitgekeerd.", [F(4, "4 %", "%")]),
    (f"Er werd een dividend van 4{NNBSP}% uitgekeerd.", [F(4, "4 %", "%")]),
    ("Het dividend bedroeg 4 procent.", [F(4, "4 procent", "%")]),
    ("Het rendement was 4,5 percent.", [F(4.5, "4,5 percent", "%")]),
    ("De omzet steeg met +9,2 % tegenover 2022.", [F(9.2, "+9,2 %", "%")]),
    ("De kosten daalden met -3,5 %.", [F(-3.5, "-3,5 %", "%")]),
    ("De kosten daalden met \u22123,5 %.", [F(-3.5, "\u22123,5 %", "%")]),
    ("Lesgevers rekenen 0 % btw aan.", [F(0, "0 %", "%")]),
    ("Het vrouwenaandeel in het bestuur is 50 %.", [F(50, "50 %", "%")]),
    ("Dat is nul procent van de omzet.", [F(0, "nul procent", "%")]),
    # currency before the number
    ("Een bijdrage van € 250 per lid.", [F(250, "€ 250", "EUR")]),
    ("Een bijdrage van €250 per lid.", [F(250, "€250", "EUR")]),
    ("De investering van €1,25 miljoen is rond.", [F(1250000, "€1,25 miljoen", "EUR")]),
    ("De investering van € 1,25 miljoen is rond.", [F(1250000, "€ 1,25 miljoen", "EUR")]),
    ("Subsidie: EUR 12.000 van de provincie.", [F(12000, "EUR 12.000", "EUR")]),
    ("Subsidie: eur 12.000 van de provincie.", [F(12000, "eur 12.000", "EUR")]),
    ("Het startkapitaal was € 250.000,-.", [F(250000, "€ 250.000,-", "EUR")]),
    ("De huurwaarborg van € 0,50 per m2.", [F(0.5, "€ 0,50", "EUR")]),
    ("Een lening van € 2.500 aan de bakkerij.", [F(2500, "€ 2.500", "EUR")]),
    ("Een bijdrage van € 1 250 per gezin.", [F(1250, "€ 1 250", "EUR")]),
    ("Een budget van € 3 mln. voor renovatie.", [F(3000000, "€ 3 mln.", "EUR")]),
    ("bijna € 3 miljoen aan leningen", [F(3000000, "bijna € 3 miljoen", "EUR", "approximately")]),
    # currency after the number
    ("Een abonnement kost 250€ per jaar.", [F(250, "250€", "EUR")]),
    ("Een abonnement kost 250 € per jaar.", [F(250, "250 €", "EUR")]),
    ("Het kost 12.000€.", [F(12000, "12.000€.", "EUR")]),  # one token, full stop included
    ("De omzet: 5 miljoen EUR.", [F(5000000, "5 miljoen EUR.", "EUR")]),  # "EUR." is one token
    ("Een omzet van 2,1 mio euro.", [F(2100000, "2,1 mio euro", "EUR")]),
    ("Een omzet van 2,1 mio. euro.", [F(2100000, "2,1 mio. euro", "EUR")]),
    ("Een omzet van 3 mln euro.", [F(3000000, "3 mln euro", "EUR")]),
    ("Het balanstotaal is 1,2 miljard euro.", [F(1200000000, "1,2 miljard euro", "EUR")]),
    ("Het balanstotaal is 1,2 mld euro.", [F(1200000000, "1,2 mld euro", "EUR")]),
    ("Het lidgeld bedraagt 250,-.", [F(250, "250,-")]),
    ("Een aandeel kost 250 euro.", [F(250, "250 euro", "EUR")]),
    ("Er werd 289.686 euro geleend.", [F(289686, "289.686 euro", "EUR")]),
    ("Een omzet van twee miljoen euro.", [F(2000000, "twee miljoen euro", "EUR")]),
    ("Een omzet van anderhalf miljoen euro.", [F(1500000, "anderhalf miljoen euro", "EUR")]),
    ("Een lening van 6,8 miljoen euro.", [F(6800000, "6,8 miljoen euro", "EUR")]),
    # ranges with an opening word, the unit kept, value <= value_max
    ("Het rendement ligt tussen 2 en 4 %.", [R(2, 4, "tussen 2 en 4 %", "%")]),
    ("Het rendement ligt tussen 2% en 4%.", [R(2, 4, "tussen 2% en 4%", "%")]),
    ("Het rendement ligt tussen 2 % en 4 %.", [R(2, 4, "tussen 2 % en 4 %", "%")]),
    ("We zoeken van 10 tot 15 VTE.", [R(10, 15, "van 10 tot 15 VTE", "FTE")]),
    ("Er kwamen tussen 1.200 en 1 500 bezoekers.", [R(1200, 1500, "tussen 1.200 en 1 500 bezoekers", "bezoekers")]),
    ("Er kwamen tussen 1 200 en 1 500 bezoekers.", [R(1200, 1500, "tussen 1 200 en 1 500 bezoekers", "bezoekers")]),
    ("De loonspanning lag tussen 1 en 5,98.", [R(1, 5.98, "tussen 1 en 5,98", "ratio")]),
    ("Er waren tussen de 50 en 60 deelnemers.", [R(50, 60, "tussen de 50 en 60 deelnemers", "participants")]),
    ("De opleiding duurt van 10 tot en met 20 uur.", [R(10, 20, "van 10 tot en met 20 uur", "hours")]),
    ("Een investering tussen 2 en 3 miljoen euro.", [R(2000000, 3000000, "tussen 2 en 3 miljoen euro", "EUR")]),
    ("Een aandeel kost tussen € 10 en € 15.", [R(10, 15, "tussen € 10 en € 15", "EUR")]),
    ("Een aandeel kost van €10 tot €15.", [R(10, 15, "van €10 tot €15", "EUR")]),
    ("Het project vraagt tussen 1,5 en 2 miljoen euro.", [R(1500000, 2000000, "tussen 1,5 en 2 miljoen euro", "EUR")]),
    ("De dienst heeft van 5 VTE tot 8 VTE nodig.", [R(5, 8, "van 5 VTE tot 8 VTE", "FTE")]),
    ("Tussen 20 en 30 koeriers rijden elke dag.", [R(20, 30, "Tussen 20 en 30 koeriers", "koeriers")]),
    # a range is one figure: its upper bound is never reported again as a figure of its own
    ("Artikel 38: 2 tot 4 % van de winst gaat naar het energiefonds.", [R(2, 4, "2 tot 4 %", "%")]),
    ("Jaarlijks gaat tussen\n2 en 4 % van de jaarwinst naar het fonds.", [R(2, 4, "tussen 2 en 4 %", "%")]),
    ("De buurtzorg zoekt van 10 tot 15 VTE verpleegkundigen.", [R(10, 15, "van 10 tot 15 VTE", "FTE")]),
    ("Een renovatie kost tussen 1.200 en 1 500 euro per woning.",
     [R(1200, 1500, "tussen 1.200 en 1 500 euro", "EUR")]),
    ("De boer krijgt bij ons 62 %, tegenover 20 tot 25 % in de klassieke handel.",
     [F(62, "62 %", "%"), R(20, 25, "20 tot 25 %", "%")]),
    ("De solidariteitsbijdrage bedraagt 2 tot 4 procent van het loon.", [R(2, 4, "2 tot 4 procent", "%")]),
    ("Een bijdrage van 2 tot 4 % en een dividend van 4 %.", [R(2, 4, "van 2 tot 4 %", "%"), F(4, "4 %", "%")]),
    ("De fietskoeriers doen 10 tot 15 ritten per dag.", [R(10, 15, "10 tot 15 ritten", "ritten")]),
    # a number counting people named before it ("van hen"); a written number whose noun is elided; digits
    # glued to the group suffix
    ("Twaalf jongeren kregen een leercontract. Vier van hen bleven.",
     [F(12, "Twaalf jongeren", "jongeren"), F(4, "Vier van hen", "persons")]),
    ("Het depot telt 31 chauffeurs met een vaste rit, elf met een wisselende.",
     [F(31, "31 chauffeurs", "chauffeurs"), F(11, "elf", "chauffeurs")]),
    ("De thuiszorg telt 40 verzorgenden, waarvan vijftien een deeltijds contract en twaalf een voltijds.",
     [F(40, "40 verzorgenden", "verzorgenden"), F(15, "vijftien", "verzorgenden"),
      F(12, "twaalf", "verzorgenden")]),
    ("Een 80-tal buren kwam naar de opening.", [F(80, "80-tal buren", "buren", "approximately")]),
    ("We verkochten 300 manden. Twee van de drie klanten kwamen terug.", [F(300, "300 manden", "manden"),
                                                                        F(3, "drie klanten", "klanten")]),
    # a ratio to one is one quantity: the number set against one; the 1 is no figure of its own
    ("In het zorgbedrijf verhouden de uurlonen zich als 1 op 2,4.", [F(2.4, "1 op 2,4", "ratio")]),
    ("Tussen directie en poetsploeg is het loonverschil 1 tegen 3.", [F(3, "1 tegen 3", "ratio")]),
    # ranges without an opening word
    ("We vergaderen 2 à 3 keer per jaar.", [R(2, 3, "2 à 3 keer", "times")]),
    ("We vergaderen 2 a 3 keer per jaar.", [R(2, 3, "2 a 3 keer", "times")]),
    ("Het bestuur telt 10 tot 15 leden.", [R(10, 15, "10 tot 15 leden", "members")]),
    ("Het bestuur telt 10 - 15 leden.", [R(10, 15, "10 - 15 leden", "members")]),
    ("Het bestuur telt 10 – 15 leden.", [R(10, 15, "10 – 15 leden", "members")]),
    ("Er helpen 10-15 vrijwilligers.", [R(10, 15, "10-15 vrijwilligers", "vrijwilligers")]),
    ("Er helpen 10–15 vrijwilligers.", [R(10, 15, "10–15 vrijwilligers", "vrijwilligers")]),
    ("De wijk telt 1.200–1.500 bewoners.", [R(1200, 1500, "1.200–1.500 bewoners", "bewoners")]),
    ("Een korting van 2%-3% voor leden.", [R(2, 3, "2%-3%", "%")]),
    ("Een rendement van 2-3 %.", [R(2, 3, "2-3 %", "%")]),
    ("Een groei van 5 à 10 % per jaar.", [R(5, 10, "5 à 10 %", "%")]),
    # written ranges
    ("Het bestuur vergadert tussen twee en vier keer.", [R(2, 4, "tussen twee en vier keer", "times")]),
    ("Er werken tussen vijf en tien vrijwilligers.", [R(5, 10, "tussen vijf en tien vrijwilligers", "vrijwilligers")]),
    ("Dat duurt drie à vier weken.", [R(3, 4, "drie à vier weken", "weeks")]),
    ("Ze kregen van twee tot drie dagen opleiding.", [R(2, 3, "van twee tot drie dagen", "days")]),
    ("De renovatie kost tussen twee en drie miljoen euro.",
     [R(2000000, 3000000, "tussen twee en drie miljoen euro", "EUR")]),
    # not a range: a change from one figure to another, or a second figure smaller than the first; the from-figure
    # is in the unit written once after the to-figure (SHAPES3 W10)
    ("Het aandeel steeg van 10 tot 15 %.", [F(10, "10", "%"), F(15, "15 %", "%")]),
    ("Het aandeel daalde van 15 tot 10 %.", [F(15, "15", "%"), F(10, "10 %", "%")]),
    ("Het ledental groeide van 800 tot 950 vennoten.", [F(800, "800", "members"), F(950, "950 vennoten", "members")]),
    ("Het bestuur ging van 15 tot 10 leden.", [F(15, "15", "members"), F(10, "10 leden", "members")]),
    ("Het team telt van 15 tot 10 leden.", [F(15, "15", "members"), F(10, "10 leden", "members")]),
    ("De uitslag was 15-10.", []),
    ("Tussen maart en december 2024 kregen ze advies.", []),
    ("De Bigre Rencontre vond van 23 tot 27 augustus plaats.", []),
    # approximately
    ("Er kwamen zo'n veertig coöperanten.", [F(40, "zo'n veertig coöperanten", "coöperanten", "approximately")]),
    ("Er kwamen zo’n veertig coöperanten.", [F(40, "zo'n veertig coöperanten", "coöperanten", "approximately")]),
    ("Er kwamen zo'n 40 coöperanten.", [F(40, "zo'n 40 coöperanten", "coöperanten", "approximately")]),
    ("Een twintigtal vrijwilligers hielp.", [F(20, "Een twintigtal vrijwilligers", "vrijwilligers", "approximately")]),
    ("Er kwam een vijftigtal buren.", [F(50, "een vijftigtal buren", "buren", "approximately")]),
    ("Er werden een tiental acties opgezet.", [F(10, "een tiental acties", "actions", "approximately")]),
    ("Een honderdtal gezinnen kreeg een pakket.", [F(100, "Een honderdtal gezinnen", "gezinnen", "approximately")]),
    ("Met een compensatie van bijna 3 miljoen euro.", [F(3000000, "bijna 3 miljoen euro", "EUR", "approximately")]),
    ("Het net haalt nagenoeg 90 % beschikbaarheid.", [F(90, "nagenoeg 90 %", "%", "approximately")]),
    ("Er kwamen ongeveer 40 deelnemers.", [F(40, "ongeveer 40 deelnemers", "participants", "approximately")]),
    ("Een omzet van circa 6,8 miljoen euro.", [F(6800000, "circa 6,8 miljoen euro", "EUR", "approximately")]),
    ("Er kwamen ca. 40 bewoners.", [F(40, "ca. 40 bewoners", "bewoners", "approximately")]),
    ("Om en bij de zeventig deelnemers.", [F(70, "Om en bij de zeventig deelnemers", "participants", "approximately")]),
    ("We leverden pakweg 500 kratten.", [F(500, "pakweg 500 kratten", "kratten", "approximately")]),
    ("Er zijn ±40 leden.", [F(40, "±40 leden", "members", "approximately")]),
    ("Er zijn ± 40 leden.", [F(40, "± 40 leden", "members", "approximately")]),
    ("Er zijn +/- 40 leden.", [F(40, "+/- 40 leden", "members", "approximately")]),
    ("Naar schatting 2.000 bezoekers.", [F(2000, "Naar schatting 2.000 bezoekers", "bezoekers", "approximately")]),
    ("De kring telt rond de 400 leden.", [F(400, "rond de 400 leden", "members", "approximately")]),
    ("De kring telt tegen de 300 leden.", [F(300, "tegen de 300 leden", "members", "approximately")]),
    ("De stem van zowat 20.000 leden.", [F(20000, "zowat 20.000 leden", "members", "approximately")]),
    ("We installeerden circa 1 250 zonnepanelen.", [F(1250, "circa 1 250 zonnepanelen", "zonnepanelen",
                                                     "approximately")]),
    ("Dat is bijna € 1,25 miljoen.", [F(1250000, "bijna € 1,25 miljoen", "EUR", "approximately")]),
    # an approximation before the noun phrase the number completes qualifies that number; only the first
    ("De windturbines leverden ongeveer het jaarverbruik van 4.200 gezinnen.",
     [F(4200, "4.200 gezinnen", "gezinnen", "approximately")]),
    ("Dat is zowat het jaarbudget van 35 gezinnen.", [F(35, "35 gezinnen", "gezinnen", "approximately")]),
    ("De gaarkeuken kookte circa de hoeveelheid van 2 000 maaltijden per week.",
     [F(2000, "2 000 maaltijden", "maaltijden", "approximately")]),
    ("De sporthal ontving bijna het equivalent van 300 wedstrijden.",
     [F(300, "300 wedstrijden", "wedstrijden", "approximately")]),
    ("Er kwamen ongeveer 40 vrijwilligers en 12 medewerkers.",
     [F(40, "ongeveer 40 vrijwilligers", "vrijwilligers", "approximately"), F(12, "12 medewerkers", "medewerkers")]),
    ("Het buurthuis ontving ongeveer 800 bezoekers, de bibliotheek 1.200.",
     [F(800, "ongeveer 800 bezoekers", "bezoekers", "approximately"), F(1200, "1.200")]),
    ("Het ledental bleef ongeveer gelijk op 300 vennoten.", [F(300, "300 vennoten", "members")]),
    ("Bijna alle 300 leden kwamen naar de vergadering.", [F(300, "300 leden", "members")]),
    ("We verdubbelden bijna het aantal leden van 150 naar 300.", [F(150, "150"), F(300, "300")]),
    ("Ongeveer het verbruik, en van 40 gezinnen de helft.", [F(40, "40 gezinnen", "gezinnen"), F(0.5, "de helft", "fraction")]),
    # at least
    ("De coöperatie telt ruim 300 leden.", [F(300, "ruim 300 leden", "members", "at_least")]),
    ("We huisvesten goed 200 gezinnen.", [F(200, "goed 200 gezinnen", "gezinnen", "at_least")]),
    ("We huisvesten een dikke 200 gezinnen.", [F(200, "een dikke 200 gezinnen", "gezinnen", "at_least")]),
    ("We hebben de kaap van 1.000 vennoten overschreden.",
     [F(1000, "de kaap van 1.000 vennoten", "members", "at_least")]),
    ("We hebben de kaap van 1 000 vennoten overschreden.",
     [F(1000, "de kaap van 1 000 vennoten", "members", "at_least")]),
    ("Er werden minstens 12 workshops gegeven.", [F(12, "minstens 12 workshops", "workshops", "at_least")]),
    ("Meer dan 3.200 consultaties.", [F(3200, "Meer dan 3.200 consultaties", "requests", "at_least")]),
    ("Iets meer dan 1.000 abonnees.", [F(1000, "Iets meer dan 1.000 abonnees", "abonnees", "at_least")]),
    ("Het aandeel ligt boven de 50 %.", [F(50, "boven de 50 %", "%", "at_least")]),
    ("Het bestuur telt ten minste 3 bestuurders.", [F(3, "ten minste 3 bestuurders", "bestuurders", "at_least")]),
    ("Goed voor ruim 150 uur ontmoetingen.", [F(150, "ruim 150 uur", "hours", "at_least")]),
    ("Er zijn minimaal 5 vennoten nodig.", [F(5, "minimaal 5 vennoten", "members", "at_least")]),
    ("Een lening van ruim € 250.000.", [F(250000, "ruim € 250.000", "EUR", "at_least")]),
    # at most
    ("Het dividend is maximaal 6 %.", [F(6, "maximaal 6 %", "%", "at_most")]),
    ("Het dividend bedraagt tot 6 %.", [F(6, "tot 6 %", "%", "at_most")]),
    ("Het verzuim bleef minder dan 10 %.", [F(10, "minder dan 10 %", "%", "at_most")]),
    ("De wachttijd is hooguit 3 dagen.", [F(3, "hooguit 3 dagen", "days", "at_most")]),
    ("De wachttijd is hoogstens 3 dagen.", [F(3, "hoogstens 3 dagen", "days", "at_most")]),
    ("We telden net geen 500 leden.", [F(500, "net geen 500 leden", "members", "at_most")]),
    ("Het verlies bleef onder de 5 %.", [F(5, "onder de 5 %", "%", "at_most")]),
    ("Niet meer dan 10 % van de winst.", [F(10, "Niet meer dan 10 %", "%", "at_most")]),
    ("Ten hoogste 6 % dividend.", [F(6, "Ten hoogste 6 %", "%", "at_most")]),
    # counts of times: "keer" after a number, "-maal" glued to a written cardinal
    ("De raad van bestuur kwam tienmaal samen.", [F(10, "tienmaal", "times")]),
    ("Het dagelijks bestuur vergaderde twaalf keer.", [F(12, "twaalf keer", "times")]),
    ("De stuurgroep kwam vijfmaal bijeen.", [F(5, "vijfmaal", "times")]),
    ("De raad van toezicht vergaderde 14 keer.", [F(14, "14 keer", "times")]),
    ("De zorgkundige bezoekt elke cliënt tweemaal per week.", [F(2, "tweemaal", "times")]),
    ("Het theater speelde de voorstelling honderdmaal.", [F(100, "honderdmaal", "times")]),
    ("De ploeg won drie keer de beker.", [F(3, "drie keer", "times")]),
    ("Eenmaal binnen kregen de bezoekers een rondleiding.", []),
    ("Nogmaals bedankt aan alle vrijwilligers.", []),
    ("De algemene vergadering keurde andermaal de rekeningen goed.", []),
    ("Ze waren er allemaal bij.", []),
    ("Menigmaal hielpen de buren elkaar.", []),
    ("Duizendmaal dank aan alle vrijwilligers.", []),
    # typographic apostrophes inside a word (U+2019, U+2018, U+02BC, U+0060, U+00B4) read as the straight one
    ("In 2023 werden 3 thema’s besproken.", [F(3, "3 thema's", "thema's")]),
    ("De fotoclub toonde 12 fotoʼs.", [F(12, "12 foto's", "foto's")]),
    ("De deelwagencoöperatie heeft 4 auto`s.", [F(4, "4 auto's", "auto's")]),
    ("Het sociaal restaurant biedt 5 menu´s aan.", [F(5, "5 menu's", "menu's")]),
    ("De buurtwerking baat 5 cafés uit.", [F(5, "5 cafés", "cafés")]),
    ("De kringloopwinkel verkocht 250 sofa‘s.", [F(250, "250 sofa's", "sofa's")]),
    ("Er kwamen zoʼn veertig vrijwilligers.", [F(40, "zo'n veertig vrijwilligers", "vrijwilligers", "approximately")]),
    ("Er kwamen zo`n 40 vrijwilligers.", [F(40, "zo'n 40 vrijwilligers", "vrijwilligers", "approximately")]),
    ("Er kwamen zo´n 40 vrijwilligers.", [F(40, "zo'n 40 vrijwilligers", "vrijwilligers", "approximately")]),
    ("Er kwamen zo‘n 40 vrijwilligers.", [F(40, "zo'n 40 vrijwilligers", "vrijwilligers", "approximately")]),
    ("De ‘vaste’ kern telt 12 leden.", [F(12, "12 leden", "members")]),
    # a negated floor is a ceiling, a negated ceiling a floor (the negation may stand a few words before)
    ("Het dividend mag nooit meer dan 6 % bedragen.", [F(6, "meer dan 6 %", "%", "at_most")]),
    ("Niemand kan meer dan 20 aandelen nemen.", [F(20, "meer dan 20 aandelen", "aandelen", "at_most")]),
    ("Geen enkele vennoot mag meer dan een tiende van het kapitaal bezitten.",
     [F(0.1, "meer dan een tiende", "fraction", "at_most")]),
    ("De thuiszorg rekent in geen geval meer dan 25 euro per uur aan.", [F(25, "meer dan 25 euro", "EUR", "at_most")]),
    ("Een fietskoerier rijdt nooit meer dan 40 km per dag.", [F(40, "meer dan 40 km", "km", "at_most")]),
    ("Geen enkele huurder betaalt meer dan 650 euro per maand.", [F(650, "meer dan 650 euro", "EUR", "at_most")]),
    ("Het theater verkoopt nimmer meer dan 300 tickets per voorstelling.",
     [F(300, "meer dan 300 tickets", "tickets", "at_most")]),
    ("De club laat onder geen beding meer dan 12 uur training per week toe.",
     [F(12, "meer dan 12 uur", "hours", "at_most")]),
    ("Het aandeel doelgroepwerknemers zakt nooit onder de 60 %.", [F(60, "onder de 60 %", "%", "at_least")]),
    ("De kredietcoöperatie leent nooit minder dan 5.000 euro uit.",
     [F(5000, "minder dan 5.000 euro", "EUR", "at_least")]),
    ("Het lidgeld bedraagt niet meer dan 300 euro per jaar.", [F(300, "niet meer dan 300 euro", "EUR", "at_most")]),
    ("Het dividend bedraagt niet minder dan 2 %.", [F(2, "niet minder dan 2 %", "%", "at_least")]),
    # ... but not a negation of something else, nor one beyond the clause
    ("We hebben niet alleen meer dan 300 leden, maar ook 40 vrijwilligers.",
     [F(300, "meer dan 300 leden", "members", "at_least"), F(40, "40 vrijwilligers", "vrijwilligers")]),
    ("Nooit eerder kwamen meer dan 300 bezoekers naar het festival.",
     [F(300, "meer dan 300 bezoekers", "bezoekers", "at_least")]),
    ("Er was geen wachtlijst, meer dan 300 gezinnen vonden een woning.",
     [F(300, "meer dan 300 gezinnen", "gezinnen", "at_least")]),
    ("We konden niet voorkomen dat meer dan 30 gezinnen afhaakten.",
     [F(30, "meer dan 30 gezinnen", "gezinnen", "at_least")]),
    ("De fietsherstelplaats telt geen 10 maar meer dan 20 vrijwilligers.",
     [F(10, "10"), F(20, "meer dan 20 vrijwilligers", "vrijwilligers", "at_least")]),
    ("De controles leidden niet tot 34 aanmaningen.", [F(34, "34 aanmaningen", "reminders")]),
    # a verb's preposition, no qualifier
    ("De controles leidden tot 34 aanmaningen.", [F(34, "34 aanmaningen", "reminders")]),
    ("Het ledental steeg tot 950 vennoten.", [F(950, "950 vennoten", "members")]),
    ("De schuld daalde tot 12.000 euro.", [F(12000, "12.000 euro", "EUR")]),
    ("De wachtlijst groeide tot 1 250 gezinnen.", [F(1250, "1 250 gezinnen", "gezinnen")]),
    # written numerals and written decimals
    ("Het rendement was vierentwintig komma twee procent.", [F(24.2, "vierentwintig komma twee procent", "%")]),
    ("Het dividend was drie komma vijf procent.", [F(3.5, "drie komma vijf procent", "%")]),
    ("De index steeg met twee komma nul vijf procent.", [F(2.05, "twee komma nul vijf procent", "%")]),
    ("Een stijging van drie komma vijfentwintig procent.", [F(3.25, "drie komma vijfentwintig procent", "%")]),
    ("Er zijn zeven adviesverleners.", [F(7, "zeven adviesverleners", "advisers")]),
    ("Er zijn drieëntwintig vrijwilligers.", [F(23, "drieëntwintig vrijwilligers", "vrijwilligers")]),
    ("De maatschappij bouwde honderdvijftig woningen.", [F(150, "honderdvijftig woningen", "woningen")]),
    ("De keuken kookte tweeduizend maaltijden.", [F(2000, "tweeduizend maaltijden", "maaltijden")]),
    ("Het project duurde anderhalf jaar.", [F(1.5, "anderhalf jaar", "years")]),
    ("Een vierde van de leden kwam.", [F(0.25, "Een vierde", "fraction")]),
    ("Er rijden twaalf fietskoeriers.", [F(12, "twaalf fietskoeriers", "fietskoeriers")]),
    ("De helft van de leden stemde.", [F(0.5, "De helft", "fraction")]),
    ("Er kwamen tweehonderdvijftig buren.", [F(250, "tweehonderdvijftig buren", "buren")]),
    ("Een van de drie projecten liep vertraging op.", [F(3, "drie projecten", "projects")]),
    ("een paar nieuwe leden", []),
    ("duizenden bezoekers kwamen", []),
    ("De tweede vergadering", []),
    ("Een nulmeting werd gedaan.", []),
    ("komma twee", []),
    # scores
    ("Een tevredenheid van 7,28/10.", [F(7.28, "7,28/10", "score/10")]),
    ("Pulso: 24/7 psychologische bijstand", []),
    # digits of other scripts: refused, never mis-read
    ("Er zijn \u0664\u0665 leden.", []),  # Arabic-Indic 45
    ("Er zijn \uff11\uff12 leden.", []),  # full-width 12
    ("Er zijn \u0966\u096b leden.", []),  # Devanagari 05
    ("Er zijn \u096a\u096b leden.", []),  # Devanagari 45
    ("Er zijn \u06f4\u06f5 leden.", []),  # extended Arabic-Indic 45
    ("Een dividend van \u0664\u066a.", []),  # Arabic-Indic 4 and the Arabic percent sign
    ("Een aandeel kost \u0661\u0662\u0663 euro.", []),
    ("Een aandeel kost € \uff11\uff12.", []),
    ("Het kost 4\u0665 euro.", []),  # mixed scripts
    ("Het rendement ligt tussen \u0662 en \u0664 %.", []),
    ("Er zijn \u09ea\u09eb leden.", []),  # Bengali 45
    ("De score was \u0664,\u0665/\u0661\u0660.", []),
    # other sectors, mixed forms
    ("De voedselcoöperatie verdeelde 48 500 kg groenten aan 1 250 gezinnen.",
     [F(48500, "48 500 kg", "kg"), F(1250, "1 250 gezinnen", "gezinnen")]),
    ("De energiecoöperatie keerde een dividend van 4% uit aan 2 440 vennoten.",
     [F(4, "4%", "%"), F(2440, "2 440 vennoten", "members")]),
    ("De fietskoeriers reden ruim 250 000 km (+12,5%).",
     [F(250000, "ruim 250 000 km", "km", "at_least"), F(12.5, "+12,5%", "%")]),
    ("Het sociaal restaurant serveerde zo'n 35 000 maaltijden aan € 5 per maaltijd.",
     [F(35000, "zo'n 35 000 maaltijden", "maaltijden", "approximately"), F(5, "€ 5", "EUR")]),
    ("De woningen kosten tussen € 180 000 en € 240 000.",
     [R(180000, 240000, "tussen € 180 000 en € 240 000", "EUR")]),
    ("We kregen 68% ja-stemmen en 24,2% nee-stemmen.",
     [F(68, "68%", "%"), F(24.2, "24,2%", "%")]),
    ("Het maatwerkbedrijf telt 312 doelgroepwerknemers (89%) en 38 omkaderaars.",
     [F(312, "312 doelgroepwerknemers", "doelgroepwerknemers"), F(89, "89%", "%"),
      F(38, "38 omkaderaars", "omkaderaars")]),
    ("De omzet steeg van € 1,2 miljoen tot € 1,5 miljoen.",
     [F(1200000, "€ 1,2 miljoen", "EUR"), F(1500000, "€ 1,5 miljoen", "EUR")]),
    ("De zorgcoöperatie bood 12 500 uur thuiszorg aan zo'n 300 cliënten.",
     [F(12500, "12 500 uur", "hours"), F(300, "zo'n 300 cliënten", "cliënten", "approximately")]),
    ("Een aandeel van 250 euro geeft recht op 1 stem.", [F(250, "250 euro", "EUR"), F(1, "1 stem", "stem")]),
]


def _found(text: str) -> list[Found]:
    result = extract_text(text, fiscal_year=2023)
    return [(i["value"], i.get("value_max"), i["unit"], i["qualifier"], i["raw"]) for i in result["indicators"]]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[f"{n}:{t[:40]}" for n, (t, _) in enumerate(FORMS)])
def test_number_form(text: str, expected: list[Found]) -> None:
    assert _found(text) == expected


def test_the_table_is_large_and_has_negatives() -> None:
    assert len(FORMS) >= 200
    assert sum(1 for _, expected in FORMS if not expected) >= 20
    assert all(v <= m for _, expected in FORMS for v, m, *_ in expected if m is not None)


def test_one_in_a_count_is_no_ratio() -> None:
    """"1 op 4 gezinnen" is one in four households, not a ratio to one: the 4 keeps what it counts."""
    found = _found("In de buurt heeft 1 op 4 gezinnen een tuin.")
    assert (4, None, "gezinnen", "exact", "4 gezinnen") in found
    assert all(unit != "ratio" for _, _, unit, _, _ in found)
