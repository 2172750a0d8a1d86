"""Linking the figures of one organisation's reports across the years: one series id per quantity.

Record linkage, as Splink does it (STYLE.md §15): every figure of a report is a record; the figures of one
report that state one quantity (the same key and value, or the same key for another year: "tegenover 1.980
vorig jaar") are one *node*. Each candidate pair of nodes of two reports is scored from what the records carry
(`align.similarity`: the words and their lexicon concepts, the words around it, the heading of its passage, the
unit, its role in the text's relations, its period and the scale of its value; a catalogue id both carry settles
it). Then ONE global assignment per report (extractor/diff/assignment.py: maximal total weight above the bar,
solved exactly, by the method of `scipy.optimize.linear_sum_assignment`) pairs each node at most once, so no
figure is linked twice and no greedy first match steals another's
counterpart. Pairs from CONFIDENT up are links; from POSSIBLE up they are "possible", listed, never merged.

Links chain through the years into series: a node of report k is matched against the last node of every series
seen in the LOOKBACK reports before it (a quantity a report leaves out is picked up again the year after), so
the work per report is bounded and a corpus links in time linear in its reports. The series id is the key of the
series' first figure, made unique within the organisation ("other.gezin", "other.gezin~2"): two quantities of
one report never share one, and the human-readable `id` of each figure stays as it is.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from extractor.diff import told_twice
from extractor.diff.assignment import assign
from extractor.diff.similarity import CONFIDENT, POSSIBLE, Profile, named_key, profile, similarity, unsure_claims
from extractor.diff.view import Report, location_order
from extractor.figures.periods import fiscal_year_of
from extractor.figures.relations import MEASURES
from extractor.figures.stocks import is_target

LOOKBACK = 2  # reports before this one whose series a node may continue (one year left out is bridged); a series
# whose last figure carries a node's key, named (_key), stays open across any gap
BRIDGE = 0.6  # the confidence a link over a report that leaves the quantity out needs, unless both carry one named
# key and unit (_named_alike: "steeg met 35 %" and three years later "steeg met 9 %")
DERIVED_SAME_KEY = 0.0  # two uncatalogued figures with one key: their words already say so (a bonus here would join "100 workshops" of a festival with "negen workshops" of a day)
HALF_CATALOGUED = 0.0  # taken from the evidence of a pair of which one figure is catalogued, the other not
SERIES_MARK = "~"  # "other.gezin~2": the second series of an organisation whose first figure had that key


@dataclass
class Node:
    """The figures of one report that state one quantity: `main` is its figure for the report's year (the
    first in the text), `records` all of them (repeats and the values the text gives for other years)."""

    report: int  # the report's index, in fiscal-year order
    main: dict
    records: list[dict]
    profile: Profile
    past: bool = False
    earlier: list[dict] = field(default_factory=list)  # its values the text gives for an earlier year (last
    # year's column of its row, "(vorig jaar 84)"): a value equal to last year's report's figure says it is that one
    also: list[Profile] = field(default_factory=list)  # the other wordings of its figure for its year ("42
    # deelauto's" in a sentence and "| Deelauto's | 42 |"): a pair is scored on the wordings that agree best  # only figures for an earlier year: last year's value quoted, a column of last year


@dataclass
class Pair:
    """Two nodes scored as one quantity: `possible` below the confidence bar (never merged)."""

    old: Node
    new: Node
    confidence: float
    words: float
    context: float
    possible: bool


def score(a: Profile, b: Profile) -> tuple[float, float, float] | None:
    """The pair's (confidence 0..1, word score, context score), or None when they cannot be one quantity: a
    catalogue id both carry decides; two uncatalogued figures with one key gain DERIVED_SAME_KEY."""
    if a.catalogued and b.catalogued:
        if a.record["id"] != b.record["id"]:
            return None  # two different catalogue ids are two different quantities
        return 1.0, 100.0, 100.0
    same_key = not a.catalogued and not b.catalogued and a.record["id"] == b.record["id"]
    # a catalogued figure and one the catalogue's rules did not recognise: its words must say more
    bonus = DERIVED_SAME_KEY if same_key else -HALF_CATALOGUED if a.catalogued != b.catalogued else 0.0
    scored = similarity(a, b, bonus)
    if scored is None:
        return None
    return min(1.0, scored[0]), scored[1], scored[2]


WORDINGS = 2  # other wordings of one node's figure that a pair is also scored on


RESTATED = 0.3  # what a value of the newer node for an earlier year equal to the older node's figure adds
RESTATED_AT_LEAST = 1000  # such a value is this large at least: "6.300", "236.400", not "12" (but see _restates)


def _restates(old: Node, new: Node, alone: bool = False) -> bool:
    """The newer node gives, for an earlier year, the very value of the older node's figure, in a unit that may
    be one ("| Resultaat van het boekjaar | (2.150) | 6.300 |" and last year's "een winst van 6.300 euro"). A
    smaller value says so only where its sentence quotes it beside this year's figure ("12 onder hen haalden
    een attest (in 2022 nog maar 7)") and it is the value of no other quantity the older node is matched
    among (`alone`), for a pair their words already make possible: a count of 7 quoted for last year is last
    year's only 7."""
    value = old.main.get("value")
    if not isinstance(value, (int, float)):
        return False
    small = not _large(old)
    if small and not alone:
        return False
    return any(r.get("value") == value and r.get("value_max") == old.main.get("value_max")
               and (r.get("unit") is None or old.main.get("unit") is None or r.get("unit") == old.main.get("unit"))
               and not (small and r.get("table") is not None)
               for r in new.earlier)


def _best(old: Node, new: Node, alone: bool = False) -> tuple[float, float, float] | None:
    """The best score of the two nodes' wordings of their figures (the main ones first: ties keep them); a
    newer node that restates the older one's value for its year gains RESTATED (`alone`: no other node the
    older one is matched among has its value)."""
    best = _best_wording(old, new)
    if best is not None and _restates(old, new, alone) and (best[0] >= POSSIBLE or _large(old)):
        best = (min(1.0, best[0] + RESTATED), best[1], best[2])  # a small value: for a pair possible already
    return best


def _large(node: Node) -> bool:
    value = node.main.get("value")
    return isinstance(value, (int, float)) and abs(value) >= RESTATED_AT_LEAST


def _best_wording(old: Node, new: Node) -> tuple[float, float, float] | None:
    best = score(old.profile, new.profile)
    for a in (old.profile, *old.also):
        for b in (new.profile, *new.also):
            if a is old.profile and b is new.profile:
                continue
            scored = score(a, b)
            if scored is not None and (best is None or scored[0] > best[0]):
                best = scored
    return best


def match(old: list[Node], new: list[Node]) -> list[Pair]:
    """The pairs of one global assignment between two lists of nodes, each scored at or above POSSIBLE."""
    weights = [[0.0] * len(new) for _ in old]  # a node left alone weighs 0
    scores: dict[tuple[int, int], tuple[float, float, float]] = {}
    values = Counter((node.main.get("value"), node.main.get("value_max")) for node in old)
    for a, before in enumerate(old):
        alone = values[(before.main.get("value"), before.main.get("value_max"))] == 1
        for b, after in enumerate(new):
            scored = _best(before, after, alone)
            if scored is None or scored[0] < POSSIBLE:
                continue
            scores[(a, b)] = scored
            # the weight above the bar: a good pair is never traded for two mediocre ones of equal sum;
            # a tie is broken by the order in the text (deterministic)
            weights[a][b] = scored[0] - POSSIBLE + 1e-3
    pairs = []
    for a, b in assign(weights):
        confidence, words, context = scores[(a, b)]
        possible = confidence < CONFIDENT or unsure_claims(old[a].profile, new[b].profile)
        pairs.append(Pair(old[a], new[b], confidence, words, context, possible))
    return pairs


def nodes(report: Report, index: int = 0) -> list[Node]:
    """The report's figures with a value, grouped by quantity: a figure for the report's year (or undated)
    opens a node unless one of the same quantity and value is open (the same key, or the same counted thing
    in another wording: "128 woningen" in a sentence and "Verhuurde woningen: 128" in a box); a figure dated to
    an earlier year, or given as the earlier value of a from-to pair, joins the node of this year's figure of its
    key it is quoted beside in its sentence, else the nearest node of its key and unit, else the node of this
    year's figure it is quoted beside ("18.300 MWh warmte (2022: 17.950 MWh)", "1.240 woningen aangesloten,
    vorig jaar 1.156"), else opens its own."""
    earlier = report.previous_year_figures()
    fiscal = report.fiscal_year
    current: dict[tuple, list[Node]] = {}
    by_key: dict[tuple, list[Node]] = {}
    past: list[dict] = []
    out: list[Node] = []
    for record in report.indicators:
        if id(record) in earlier or _other_year(record, fiscal, report.split):
            past.append(record)
            continue
        value = (record["value"], record.get("value_max"))
        same = next((node for node in current.get(value, ()) if _one_quantity(node.main, record)), None)
        if same is not None:
            same.records.append(record)
            if len(same.also) < WORDINGS and record.get("label") != same.main.get("label"):
                same.also.append(profile(report, record))
            keyed = by_key.setdefault((record.get("id"), record.get("unit")), [])
            if same not in keyed:
                keyed.append(same)  # last year's cell of its row joins it too
            continue
        node = Node(index, record, [record], profile(report, record))
        current.setdefault(value, []).append(node)
        by_key.setdefault((record.get("id"), record.get("unit")), []).append(node)
        out.append(node)
    out = _join_told_twice(out, by_key, report)
    for record in past:
        beside = _quoted_beside(record, out)
        if beside is not None and beside.main.get("id") == record.get("id"):
            # quoted beside this year's figure of its key in its sentence ("17 onder hen haalden het attest (in
            # 2022 nog maar 11)"): that figure's value for the earlier year, not another node's of the key
            beside.records.append(record)
            beside.earlier.append(record)
            continue
        near = by_key.get((record.get("id"), record.get("unit"))) or [
            node for (key, unit), found in by_key.items() if key == record.get("id")
            and (unit is None or record.get("unit") is None) for node in found if not node.past]
        if near:
            at = location_order(record)
            joined = min(near, key=lambda node: _distance(location_order(node.main), at))
            joined.records.append(record)
            joined.earlier.append(record)
            continue
        if beside is not None:
            beside.records.append(record)
            beside.earlier.append(record)
            continue
        node = Node(index, record, [record], profile(report, record), past=True)
        by_key.setdefault((record.get("id"), record.get("unit")), []).append(node)
        out.append(node)
    return sorted(out, key=lambda node: location_order(node.main))


def _join_told_twice(found: list[Node], by_key: dict[tuple, list[Node]], report: Report) -> list[Node]:
    """The nodes with a sentence's figure and a table's cell that state one quantity made one
    (extractor/diff/told_twice.py: "samen 2,4 VTE" and "| Medewerkers (VTE) | 2,4 |", "0,9 miljoen euro" and
    "Investeringen | 912" in thousands): the main figure is the one first in the text."""
    texts = [node for node in found if node.main.get("table") is None]
    cells = [node for node in found if node.main.get("table") is not None]
    joined = told_twice.pairs([n.main for n in texts], [n.main for n in cells], report.fiscal_year, report.split)
    if not joined:
        return found
    gone: dict[int, Node] = {}
    for i, j in joined:
        text, cell = texts[i], cells[j]
        keep, other = (cell, text) if location_order(cell.main) < location_order(text.main) else (text, cell)
        keep.records.extend(other.records)
        keep.earlier.extend(other.earlier)
        for wording in (other.profile, *other.also):
            if len(keep.also) < WORDINGS:
                keep.also.append(wording)
        gone[id(other)] = keep
    for key, listed in by_key.items():
        kept: list[Node] = []
        for node in listed:
            node = gone.get(id(node), node)
            if all(node is not other for other in kept):
                kept.append(node)
        by_key[key] = kept
    return [node for node in found if id(node) not in gone]


def _quoted_beside(record: dict, found: list[Node]) -> Node | None:
    """The node of the nearest figure before `record` in its sentence (not in a table) that is this year's, in
    the same unit or `record` in none: the figure an earlier year's value is given beside, for comparison."""
    at = location_order(record)
    sentence = record.get("sentence")
    if not sentence or record.get("table") is not None:
        return None
    unit = record.get("unit")
    beside = [(place, node) for node in found if not node.past
              for r in node.records if r.get("sentence") == sentence and r.get("table") is None
              and (place := location_order(r)) < at and place[0] == at[0] and at[1] - place[1] <= SENTENCE_LINES
              and (unit is None or r.get("unit") == unit)]
    return max(beside, key=lambda item: item[0])[1] if beside else None


SENTENCE_LINES = 3  # the lines one sentence wraps over at most, for two of its figures


def quoted_beside(report: Report) -> set[int]:
    """id() of the figures the text gives for an earlier year beside this year's figure of the same quantity in
    one sentence ("18.300 MWh warmte (2022: 17.950 MWh)"): a comparison made on purpose, checked against that
    year's report (across.previous_year_figure)."""
    key = ("quoted_beside", 0)
    if key not in report.memo:
        found: set[int] = set()
        for node in nodes(report):
            main = location_order(node.main)
            if node.past or node.main.get("table") is not None:
                continue
            found.update(id(r) for r in node.records[1:] if r.get("sentence") == node.main.get("sentence")
                         and r.get("table") is None and not own_year(report, r) and location_order(r) > main)
        report.memo[key] = found
    return report.memo[key]


SAME_VALUE_AT_LEAST = 100  # a value this large stated twice of one counted thing is one quantity told twice


def _one_quantity(a: dict, b: dict) -> bool:
    """Two figures of one report with one value that state one quantity: the same key and unit, or (a value
    too large to meet by chance) the same thing counted or measured in units that agree, or a sentence's
    figure and a table's cell of no unit of its own ("655 aangesloten gebouwen" and "| Aansluitingen | 655 |")."""
    if a.get("id") == b.get("id") and a.get("unit") == b.get("unit"):
        return True
    if abs(float(a["value"])) < SAME_VALUE_AT_LEAST:
        # a small value: a sentence's count and a cell of a key-figure table of the same thing ("42 deelauto's"
        # and "| Deelauto's | 42 |", "tot 51 auto's" and "| Deelauto's | 51 |"), or of the people the cell's row
        # names by their role, of the same day ("Eind 2023 werkten 31 mensen" and "| Medewerkers (31/12) | 31 |")
        return (a.get("table") is None) != (b.get("table") is None) and a.get("unit") not in MEASURES \
            and b.get("unit") not in MEASURES and (_same_thing(_head(a), _head(b)) or (
                a.get("period") == b.get("period") and _people_in_role(_head(a), _head(b))))
    ua, ub = (str(a.get("unit")).lower() if a.get("unit") else None), (str(b.get("unit")).lower() if b.get("unit") else None)
    if ua == ub:
        # one thing, or kin of one thing ("Resultaat van het boekjaar | 6.300" and "een winst van 6.300 euro"),
        # or a compound of the thing ("Gasverbruik: 1.040 MWh" and the row "gas ... 1.040 MWh")
        return a.get("match") == b.get("match") == "derived" and (
            _kin(_head(a)) == _kin(_head(b)) or _compound_of(_head(a), _head(b)))
    if ua is not None and ub is not None:
        return False
    cell, other = (a, b) if ua is None else (b, a)
    if str(other.get("unit")) in MEASURES:
        return False
    return cell.get("table") is not None and other.get("table") is None or _head(a) == _head(b) != ""


def _people_in_role(a: str, b: str) -> bool:
    """One head counts people with no name of their own ("mensen", patterns/lexicon.yaml collectives), the other
    people named by what they are: the concept a role makes of them (roles: "werknemer") or the members of a
    body ("vrijwilligers", members)."""
    from extractor.dutch.lexicon import lexicon

    lex = lexicon()
    named = {role.concept.name for role in lex.roles if role.nouns & lex.collective_nouns} | set(lex.members)
    return any({a, b} == {noun, other} for noun in lex.collective_nouns for other in named - {noun})


def _same_thing(a: str, b: str) -> bool:
    """Two heads of keys that name one thing: the same, or a Dutch compound of the other ("deelauto", "auto")."""
    head_letters, _ = _compound_parts()
    return bool(a) and bool(b) and (a == b or (min(len(a), len(b)) >= head_letters
                                               and (a.endswith(b) or b.endswith(a))))


def _compound_of(a: str, b: str) -> bool:
    """Two heads of keys in one dimension where one is a Dutch compound that opens with the other ("gasverbruik_energie"
    and "gas_energie"): what the longer one measures is of the shorter one's thing."""
    (a, _, da), (b, _, db) = a.partition("_"), b.partition("_")
    short, long = sorted((a, b), key=len)
    head_letters, modifier_letters = _compound_parts()
    return da == db and len(short) >= modifier_letters and len(long) - len(short) >= head_letters \
        and long.startswith(short)


def _compound_parts() -> tuple[int, int]:
    """The least letters of a compound's head ("auto" of "deelauto") and of its first part ("gas" of
    "gasverbruik"): patterns/lexicon.yaml compounds, as the keys read them."""
    from extractor.dutch.lexicon import lexicon

    return lexicon().compound_parts


def _head(record: dict) -> str:
    """What a derived key counts or measures: its first part after the prefix ("woning" of
    other.woning.in_beheer)."""
    return str(record.get("id") or "").split(".")[1:2][0] if "." in str(record.get("id") or "") else ""


def _kin(head: str) -> str:
    """A key's head with its concept put as the first of its kin (patterns/lexicon.yaml kin: "winst_euro" and
    "resultaat_euro" are one head)."""
    from extractor.dutch.lexicon import lexicon

    concept, _, rest = head.partition("_")
    return lexicon().kin_of(concept) + _ + rest


def own_year(report: Report, record: dict) -> bool:
    """The figure is for the report's own year: neither dated to an earlier one nor given as last year's."""
    return id(record) not in report.previous_year_figures() and \
        not _other_year(record, report.fiscal_year, report.split)


def _other_year(record: dict, fiscal: int | None, split: bool = False) -> bool:
    """Dated to one year before the fiscal year ("in 2022" in the 2023 report, "vorig jaar"; "2021/2022" in the
    report of the fiscal year 2022/2023)."""
    year = fiscal_year_of(record.get("period"), split)
    if year is None or fiscal is None or is_target(record):
        return False  # a target's year is the year it aims at ("ons doel voor 2022 was 400 leden"), no value of it
    return 0 < fiscal - year <= 2


def _distance(a: tuple, b: tuple) -> tuple:
    return (abs(a[0] - b[0]), abs(a[1] - b[1]), abs(a[2] - b[2]))


@dataclass
class _Series:
    nodes: list[Node] = field(default_factory=list)

    @property
    def last(self) -> Node:
        return self.nodes[-1]


def link(reports: list[dict]) -> list[list[str | None]]:
    """The series id of every figure of each report (the reports of ONE organisation, in fiscal-year order):
    out[k][i] for reports[k]["indicators"][i]; a figure without a value has its key as series, made unique."""
    return link_all(reports)[0]


@dataclass(frozen=True)
class Possible:
    """A series a figure may belong to: the pair scored below the bar (never merged), with its confidence."""

    series: str
    confidence: float


def link_all(reports: list[dict]) -> tuple[list[list[str | None]], list[list[list[Possible]]]]:
    """link(), and for every figure the series it was paired with below the confidence bar ("possible"): each
    side of such a pair names the other's series; never merged."""
    series, unsure = _chains([Report(data) for data in reports])
    position = [{id(record): i for i, record in enumerate(data.get("indicators") or [])} for data in reports]
    out = _series_ids(reports, series, position)
    return out, _possible(out, unsure, position)


def _chains(views: list[Report]) -> tuple[list[_Series], list[Pair]]:
    """The series of figures, report after report: each figure goes on the open series it pairs with, or opens
    one of its own; with the pairs below the bar (never merged)."""
    series: list[_Series] = []
    unsure: list[Pair] = []
    for k, view in enumerate(views):
        new = nodes(view, k)
        paired = _extend(series, new, k, unsure)
        series.extend(_Series([node]) for node in new if id(node) not in paired)
    return series, unsure


def _extend(series: list[_Series], new: list[Node], k: int, unsure: list[Pair]) -> set[int]:
    """Put the figures of report k on the series still open (their last figure within LOOKBACK reports) they pair
    with, surely enough (across a gap of a report, above BRIDGE); the other pairs go to `unsure`. The ids of the
    figures put on a series."""
    keys = {_key(node) for node in new}
    open_series = [s for s in series if k - s.last.report <= LOOKBACK]
    # a series whose last figure carries the key of one of the report's figures stays open across any gap,
    # where no series of the reports just before carries it
    recent = {_key(s.last) for s in open_series}
    open_series += [s for s in series if k - s.last.report > LOOKBACK and _key(s.last) in keys - recent]
    paired: set[int] = set()
    # the figures for the report's own year first: a value quoted for last year never takes the link of
    # this year's figure; then those only quoted for an earlier year, with the series still unpaired
    for past in (False, True):
        free = [s for s in open_series if not any(id(node) in paired for node in s.nodes)]
        for pair in match([s.last for s in free], [node for node in new if node.past == past]):
            if pair.possible or (k - pair.old.report > 1 and pair.confidence < BRIDGE
                                 and not _named_alike(pair.old, pair.new)):
                unsure.append(pair)
                continue
            owner = next(s for s in free if s.last is pair.old)
            owner.nodes.append(pair.new)
            paired.add(id(pair.new))
    return paired


def _key(node: Node) -> tuple:
    """A node's key and unit, where its key names what it counts or measures (a catalogue id; a derived key whose
    head is no bare number's: other.rit_procent.verandering, not other.getal); else a key of its own."""
    record = node.main
    if record.get("match") == "derived" and not named_key(str(record.get("id") or "")):
        return ("", id(node))
    return (record.get("id"), record.get("unit"))


def _named_alike(old: Node, new: Node) -> bool:
    """Two figures of reports a gap apart with one key that names what they are, in one unit ("Het aantal ritten
    steeg met 35 %" in 2021 and "... met 9 %" in 2024): one quantity whatever their values (a rate of change
    varies freely), which the gap's bar (BRIDGE) would otherwise weigh by their values' scale."""
    return _key(old) == _key(new) and _key(old)[0] != ""


def _series_ids(reports: list[dict], series: list[_Series],
                position: list[dict[int, int]]) -> list[list[str | None]]:
    """The series id of every figure of each report (`position`: a figure record's place in its report); a
    figure on no series (no value to compare) has a series of its own, its key made unique."""
    names = _names(series)
    out: list[list[str | None]] = [[None] * len(data.get("indicators") or []) for data in reports]
    for chain in series:
        name = names[id(chain)]
        for node in chain.nodes:
            for record in node.records:
                out[node.report][position[node.report][id(record)]] = name
    taken = set(names.values())
    for k, data in enumerate(reports):
        for i, record in enumerate(data.get("indicators") or []):
            if out[k][i] is None:  # no value to compare: a series of its own
                out[k][i] = _unique(str(record.get("id") or "other"), taken)
    return out


def _possible(out: list[list[str | None]], unsure: list[Pair],
              position: list[dict[int, int]]) -> list[list[list[Possible]]]:
    """For every figure, the series of the figures it was paired with below the bar, where that is another
    series than its own."""
    possible: list[list[list[Possible]]] = [[[] for _ in row] for row in out]
    for pair in unsure:
        for this, other in ((pair.new, pair.old), (pair.old, pair.new)):
            name = out[other.report][position[other.report][id(other.main)]]
            for record in this.records:
                at = position[this.report][id(record)]
                if name is not None and name != out[this.report][at]:
                    possible[this.report][at].append(Possible(name, round(pair.confidence, 3)))
    return possible


def _names(series: list[_Series]) -> dict[int, str]:
    """Each series' id: the key of its first figure, unique within the organisation (in order of first year
    and place in the text, so the same reports always give the same ids)."""
    ordered = sorted(series, key=lambda s: (s.nodes[0].report, location_order(s.nodes[0].main),
                                             str(s.nodes[0].main.get("id"))))
    taken: set[str] = set()
    return {id(chain): _unique(str(chain.nodes[0].main.get("id") or "other"), taken) for chain in ordered}


def _unique(name: str, taken: set[str]) -> str:
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}{SERIES_MARK}{n}"
    taken.add(candidate)
    return candidate


def add_series(reports: list[dict]) -> None:
    """Write `series` into every figure of the reports of one organisation (any order; by fiscal year here)."""
    ordered = sorted(reports, key=lambda data: ((data.get("document") or {}).get("fiscal_year") or 0,
                                                str((data.get("document") or {}).get("path") or "")))
    names_of, possible_of = link_all(ordered)
    for data, names, possible in zip(ordered, names_of, possible_of):
        records = data.get("indicators") or []
        for k, (record, name, maybe) in enumerate(zip(records, names, possible)):
            records[k] = with_series(record, name, maybe)


def with_series(record: dict, name: str, possible: list[Possible] = ()) -> dict:
    """The record with `series` right after `id` (and `possible_series` after it, when a pair below the bar
    names another series): lines of their own in the JSON text, so a report JSON read again is the extraction's
    text with those lines added (corpus_run.write_if_changed leaves it alone)."""
    listed = [{"series": p.series, "confidence": p.confidence}
              for p in sorted(set(possible), key=lambda p: (-p.confidence, p.series))]
    out = {}
    for key, value in record.items():
        if key in ("series", "possible_series"):
            continue
        out[key] = value
        if key == "id":
            out["series"] = name
            if listed:
                out["possible_series"] = listed
    out.setdefault("series", name)
    if listed:
        out.setdefault("possible_series", listed)
    return out
