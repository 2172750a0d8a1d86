"""What the two corpus reports contain, checked by hand against the files: every figure with the place a
user opens to see it, and what it means. tests/test_corpus_*.py assert the extraction against these."""

# Both reports' figures, in the order they appear. The third field is the text at (line, column) in the
# original file: a user opening the file there sees the number.
FIGURES_2021 = [
    # (line, column, text at that place, raw, value, value_max, unit, qualifier, id, period)
    (17, 236, 'negen', 'negen punten', 9, None, 'punten', 'exact', 'other.punt', '2021'),
    (40, 381, '72', '72 projecten', 72, None, 'projects', 'exact', 'loans.projects', '2021'),
    (40, 407, '63', '63 projecten', 63, None, 'projects', 'exact', 'loans.projects_financed', '2021'),
    (40, 450, '9', '9 projecten', 9, None, 'projects', 'exact', 'loans.projects_advances', '2021'),
    (40, 543, '289.686', '289.686 euro', 289686, None, 'EUR', 'exact', 'loans.amount', '2021'),
    (46, 37, 'zeven', 'zeven adviesverleners', 7, None, 'advisers', 'exact', 'advisory_pilot.advisers', '2021-03/2021-12'),
    (46, 432, 'zes', 'zes Activiteiten', 6, None, 'activiteiten', 'exact', 'other.activiteit.ondersteund', '2021'),
    (58, 45, '18.894', '18.894 personen', 18894, None, 'persons', 'exact', 'employment.persons', '2021'),
    (58, 70, '4.764', '4.764 nieuwkomers', 4764, None, 'persons', 'exact', 'employment.newcomers', '2021'),
    (58, 154, '+7,19', '+7,19 %', 7.19, None, '%', 'exact', 'employment.persons.change_pct', '2020/2021'),
    (58, 211, '172.349', '172.349 contracten', 172349, None, 'contracts', 'exact', 'employment.contracts', '2021'),
    (58, 231, '576.953', '576.953 werkdagen', 576953, None, 'days', 'exact', 'employment.workdays', '2021'),
    (58, 252, '4.101.304', '4.101.304 werkuren', 4101304, None, 'hours', 'exact', 'employment.hours', '2021'),
    (58, 296, '2.072', '2.072 voltijds equivalenten', 2072, None, 'FTE', 'exact', 'employment.fte', '2021'),
    (59, 107, '39', '39 leden', 39, None, 'members', 'exact', 'permanent_contracts.members', '2021-12-31'),
    (59, 173, '21', '21 vrouwen', 21, None, 'women', 'exact', 'permanent_contracts.women', '2021-12-31'),
    (59, 187, '18', '18 mannen', 18, None, 'men', 'exact', 'permanent_contracts.men', '2021-12-31'),
    (59, 201, '26', '26 voltijdse', 26, None, 'contracts', 'exact', 'permanent_contracts.full_time', '2021-12-31'),
    (59, 217, '13', '13 deeltijdse contracten', 13, None, 'contracts', 'exact', 'permanent_contracts.part_time', '2021-12-31'),
    (59, 370, 'negen', 'negen vennoten', 9, None, 'members', 'exact', 'permanent_contracts.switched', '2021'),
    (59, 465, '24', '24 leden', 24, None, 'members', 'exact', 'permanent_contracts.over_two_years', '2021-12-31'),  # "Tegen het einde van het jaar"
    (59, 526, 'twee', 'meer dan twee jaar', 2, None, 'years', 'at_least', 'other.contract_duur', '2021-12-31'),
    (60, 84, '159,5', '159,5 dagen', 159.5, None, 'days', 'exact', 'training.staff.volume', '2021'),
    (60, 135, '220', '220 deelnemers', 220, None, 'participants', 'exact', 'training.staff.participants', '2021'),
    (60, 252, 'twee', 'twee weken', 2, None, 'weeks', 'exact', 'other.traject_duur', '2021'),
    (60, 436, '40', '40 uur', 40, None, 'hours', 'exact', 'training.staff.onboarding_hours', '2021'),
    (61, 55, '3.200', 'meer dan 3.200 consultaties', 3200, None, 'requests', 'at_least', 'legal.requests', '2021'),
    (61, 87, '1.800', 'meer dan 1.800 vennoten', 1800, None, 'members', 'at_least', 'legal.members_advised', '2021'),
    (61, 122, '120', 'meer dan 120 personen', 120, None, 'persons', 'at_least', 'legal.training_participants', '2021'),
    (65, 213, '3', 'bijna 3 miljoen euro', 3000000, None, 'EUR', 'approximately', 'grants.rsz_compensation', '2021'),
    (68, 265, '6', '6 podcasts', 6, None, 'podcasts', 'exact', 'podcasts.count', '2021'),
    (68, 288, '2.245', '2.245 keer', 2245, None, 'times', 'exact', 'podcasts.listens', '2021'),
    (73, 456, '16', '16 publicaties', 16, None, 'publications', 'exact', 'publications.count', '2021'),
    (73, 501, 'een', 'een vierde', 0.25, None, 'fraction', 'exact', 'publications.translated_share', '2021'),
    (74, 63, 'zeven', 'zeven conferenties/debatten', 7, None, 'conferences', 'exact', 'conferences.count', '2021'),
    (85, 669, '250', '250 deelnemers', 250, None, 'participants', 'exact', 'other.deelnemer', '2021-08-23/2021-08-27'),
    (85, 685, '85', '85 animatoren', 85, None, 'animatoren', 'exact', 'other.animator', '2021-08-23/2021-08-27'),
    (85, 700, '100', '100 workshops', 100, None, 'workshops', 'exact', 'other.workshop', '2021-08-23/2021-08-27'),
    (85, 715, '200', '200 uur', 200, None, 'hours', 'exact', 'other.debat_duur', '2021-08-23/2021-08-27'),
    (85, 747, '6', '6 uur', 6, None, 'hours', 'exact', 'other.liveradio_duur', '2021-08-23/2021-08-27'),
    (85, 766, '300', '300 uur', 300, None, 'hours', 'exact', 'other.zon_duur', '2021-08-23/2021-08-27'),
    (89, 126, '450', 'meer dan 450 antwoorden', 450, None, 'responses', 'at_least', 'survey.responses', '2021'),
    (89, 148, 'anderhalf', 'anderhalf jaar', 1.5, None, 'years', 'exact', 'other.lockdown_duur', '2021'),
    (89, 638, '4,9/10', '4,9/10', 4.9, None, 'score/10', 'exact', 'survey.accessibility_score_during_covid', '2021'),
    (89, 668, '7,28/10', '7,28/10', 7.28, None, 'score/10', 'exact', 'survey.accessibility_score_after_covid', '2021'),
    (90, 110, '8.700', 'meer dan 8.700 m2', 8700, None, 'm2', 'at_least', 'workspace.area', '2021'),
    (91, 38, '68', '68 opleidingen', 68, None, 'trainings', 'exact', 'training.members.sessions', '2021'),
    (91, 62, '32', '32', 32, None, 'trainings', 'exact', 'training.members.remote', '2021'),
    (91, 87, '694', '694 personen', 694, None, 'participants', 'exact', 'training.members.participants', '2021'),
    (96, 25, '3', "3 thema's", 3, None, 'themes', 'exact', 'smart_in_progress.themes', '2020/2021'),
    (96, 77, '59', '59 aanbevelingen', 59, None, 'recommendations', 'exact', 'smart_in_progress.recommendations', '2020/2021'),
    (102, 395, '30.000', 'meer dan 30.000 vennoten', 30000, None, 'members', 'at_least', 'members.shareholders', '2021'),
    (105, 459, 'een', 'een tiental acties', 10, None, 'actions', 'approximately', 'diversity.actions', '2023'),
    (113, 504, '28', '28 arbeidsongevallen', 28, None, 'accidents', 'exact', 'safety.work_accidents', '2021'),
    (113, 1688, 'één', 'tot één jaar', 1, None, 'years', 'at_most', 'other.contract_duur', '2021'),
    (114, 147, '30.194', '30.194 betalingsherinneringen', 30194, None, 'reminders', 'exact', 'payment_reminders.count', '2021'),
    (114, 183, '179.878', '179.878 verzonden facturen', 179878, None, 'invoices', 'exact', 'payment_reminders.invoices', '2021'),
    (114, 257, '12.246.858', '12.246.858 euro', 12246858, None, 'EUR', 'exact', 'payment_reminders.outstanding_amount', '2021'),
]

FIGURES_2024 = [
    # (line, column, text at that place, raw, value, value_max, unit, qualifier, id, period)
    (19, 46, 'negen', 'negen punten', 9, None, 'punten', 'exact', 'other.punt', '2024'),
    (84, 11, '198', 'bijna 198 miljoen euro', 198000000, None, 'EUR', 'approximately', 'turnover.shared_enterprise', '2024'),
    (98, 58, '8', '8 kantoren', 8, None, 'offices', 'exact', 'offices.count', '2024'),
    (98, 74, '87', '87 adviesverleners', 87, None, 'advisers', 'exact', 'advisers.count', '2024'),
    (103, 27, '377', '377 infosessies', 377, None, 'sessions', 'exact', 'onboarding.info_sessions', '2024'),
    (104, 79, '5.348', '5.348 nieuwe houders', 5348, None, 'holders', 'exact', 'onboarding.new_units', '2024'),
    (153, 69, 'twee', 'twee nieuwe evenementen', 2, None, 'evenementen', 'exact', 'other.evenement.nieuw', '2024'),
    (171, 28, 'zeventig', 'Om en bij de zeventig deelnemers', 70, None, 'participants', 'approximately', 'other.deelnemer', '2024'),
    (171, 83, 'negen', 'negen workshops', 9, None, 'workshops', 'exact', 'other.workshop', '2024'),
    (188, 73, '70', '70 projecten', 70, None, 'projects', 'exact', 'loans.projects', '2024'),
    (189, 60, '236.510', '236.510 euro', 236510, None, 'EUR', 'exact', 'loans.amount', '2024'),
    (190, 35, '253', '253 projecten', 253, None, 'projects', 'exact', 'loans.cumulative_projects', '../2024'),
    (191, 1, '1.001.063', '1.001.063 euro', 1001063, None, 'EUR', 'exact', 'loans.cumulative_amount', '../2024'),
    (195, 19, 'twee', 'twee voorwaarden', 2, None, 'voorwaarden', 'exact', 'other.voorwaarde', '2024'),
    (202, 1, '0', '0 %', 0, None, '%', 'exact', 'other.btw_procent', '2024'),
    (209, 61, '6,8', 'circa 6,8 miljoen euro', 6800000, None, 'EUR', 'approximately', 'turnover.training_platform', '2024'),
    (230, 46, '20.892', '20.892 personen', 20892, None, 'persons', 'exact', 'employment.persons', '2024'),
    (231, 66, '217.458', '217.458 arbeidsovereenkomsten', 217458, None, 'contracts', 'exact', 'employment.contracts', '2024'),
    (232, 37, '639.505', '639.505 aangegeven werkdagen', 639505, None, 'days', 'exact', 'employment.workdays', '2024'),
    (233, 1, '4.512.675', '4.512.675 werkuren', 4512675, None, 'hours', 'exact', 'employment.hours', '2024'),
    (233, 43, '2.284', '2.284 voltijds equivalenten', 2284, None, 'FTE', 'exact', 'employment.fte', '2024'),
    (235, 39, '1', 'tussen 1 en 5,98', 1, 5.98, 'ratio', 'range', 'pay_ratio.overall', '2024'),
    (242, 18, '1', 'tussen 1 en 3,98', 1, 3.98, 'ratio', 'range', 'pay_ratio.support_teams', '2024'),
    (245, 35, '33', '33 leden', 33, None, 'members', 'exact', 'permanent_contracts.members', '2024-12-31'),
    (246, 9, '14', '14 vrouwen', 14, None, 'women', 'exact', 'permanent_contracts.women', '2024-12-31'),
    (246, 23, '19', '19 mannen', 19, None, 'men', 'exact', 'permanent_contracts.men', '2024-12-31'),
    (246, 37, '22', '22 voltijdse', 22, None, 'contracts', 'exact', 'permanent_contracts.full_time', '2024-12-31'),
    (246, 53, '11', '11 deeltijdse contracten', 11, None, 'contracts', 'exact', 'permanent_contracts.part_time', '2024-12-31'),
    (248, 66, '72', '72 gegeven opleidingen', 72, None, 'trainings', 'exact', 'training.staff.sessions', '2024'),
    (249, 18, '1.946,5', '1.946,5 uur', 1946.5, None, 'hours', 'exact', 'training.staff.volume', '2024'),
    (249, 59, '84', '84 dagen', 84, None, 'days', 'exact', 'training.members.volume', '2024'),
    (250, 1, '564', '564 deelnemers', 564, None, 'participants', 'exact', 'training.members.participants', '2024'),
    (259, 5, '674', '674 aanvragen/dossiers', 674, None, 'requests', 'exact', 'legal.requests', '2024'),
    (266, 55, 'drie', 'drie jaar', 3, None, 'years', 'exact', 'other.project_duur', '2023/2026'),
    (271, 66, '5', '5 personen', 5, None, 'persons', 'exact', 'other.persoon.nieuw', '2024'),
    (280, 37, '20.000', 'zowat 20.000 Smart-leden', 20000, None, 'members', 'approximately', 'members.yearly_active', '2024-06/2024-10'),
    (284, 69, '25', '25 jaar', 25, None, 'years', 'exact', 'other.onderneming_duur', '2024'),
    (333, 63, '13', '13 publicaties', 13, None, 'publications', 'exact', 'publications.count', '2024'),
    (345, 79, 'negen', 'negen conferenties/debatten', 9, None, 'conferences', 'exact', 'conferences.count', '2024'),
    (353, 48, 'tien', 'tien vertoningen', 10, None, 'screenings', 'exact', 'cineclub.screenings', '2024'),
    (385, 9, '4.800', '4.800 m2', 4800, None, 'm2', 'exact', 'workspace.area', '2024'),
    (391, 21, 'vijf', 'vijf seizoenen', 5, None, 'seasons', 'exact', 'smart_in_progress.seasons', '2024'),
    (403, 4, 'twee', 'twee jaar', 2, None, 'years', 'exact', 'other.tiental_duur', '2024'),
    (403, 34, 'een', 'een tiental SmartLab-groepen', 10, None, 'groups', 'approximately', 'smartlabs.groups', '2024'),
    (410, 10, '300', 'Meer dan 300 personen', 300, None, 'persons', 'at_least', 'other.persoon', '2024'),
    (410, 69, '200', '200 personen', 200, None, 'persons', 'exact', 'other.persoon.regelmatig', '2024'),
    (411, 54, '150', 'meer dan 150 uur', 150, None, 'hours', 'at_least', 'other.ontmoeting_duur', '2024'),
    (417, 6, 'drie', 'drie belangrijke onderwerpen', 3, None, 'onderwerpen', 'exact', 'other.onderwerp.belangrijk', '2024'),
    (425, 25, '35', '35 actiepistes', 35, None, 'actiepistes', 'exact', 'other.actiepistes', '2024'),
    (428, 49, '8', '8', 8, None, 'actiepistes', 'exact', 'other.actiepistes.aandeel', '2024'),
    (428, 58, '35', '35 actiepistes', 35, None, 'actiepistes', 'exact', 'other.actiepistes', '2024'),
    (433, 68, 'drie', 'drie vennoten', 3, None, 'members', 'exact', 'other.vennoot', '2024-12-31'),  # members: a stock
    (434, 43, 'twee', 'twee externe deskundigen', 2, None, 'deskundigen', 'exact', 'other.deskundig.extern', '2024'),
    (434, 71, 'zes', 'zes vennoten', 6, None, 'members', 'exact', 'other.vennoot.dienst', '2024-12-31'),
    (436, 44, 'zeven', 'zeven nieuwe cases', 7, None, 'cases', 'exact', 'ethics_committee.new_cases', '2024'),
    (438, 75, 'drie', 'drie cases', 3, None, 'cases', 'exact', 'ethics_committee.cases_handled', '2024'),
    (442, 15, 'acht', 'acht keer', 8, None, 'times', 'exact', 'ethics_committee.meetings', '2024'),
    (442, 63, 'twee', 'twee nieuwe leden', 2, None, 'members', 'exact', 'other.lid.comité.nieuw', '2024'),
    (452, 55, 'een', 'een tiental acties', 10, None, 'actions', 'approximately', 'diversity.actions', '2024'),
    (479, 58, 'vijf', 'vijf jaar', 5, None, 'years', 'exact', 'other.wettelijk_duur', '2024'),
    (480, 34, 'vijf', 'vijf jaar', 5, None, 'years', 'exact', 'other.actieplan_duur', '2024'),
    (508, 38, 'zeven', 'zeven Smart-leden', 7, None, 'members', 'exact', 'other.vennoot', '2024-03/2024-12'),
    (512, 41, '34.945', '34.945 aanmaningen', 34945, None, 'reminders', 'exact', 'payment_reminders.count', '2024'),
]

# Every statute-article mention (eleven in each report; one with "statuten" implied by the conditions
# table): (line, articles, condition of art. 8:5 WVV or None, implied)
STATUTES_2021 = [
    (11, ["1"], None, False),
    (19, ["3", "4"], 1, False),
    (20, ["3", "4"], 2, False),
    (21, ["3"], 3, False),
    (21, ["43"], 3, True),
    (22, ["46"], 4, False),
    (23, ["20"], 5, False),
    (25, ["23"], 6, False),
    (26, ["37"], 7, False),
    (27, ["43"], 8, False),
    (52, ["3"], None, False),
]
STATUTES_2024 = [
    (9, ["1"], None, False),
    (27, ["3", "4"], 1, False),
    (39, ["3", "4"], 2, False),
    (54, ["3"], 3, False),
    (56, ["43"], 3, True),
    (69, ["46"], 4, False),
    (78, ["20"], 5, False),
    (112, ["23"], 6, False),
    (123, ["37"], 7, False),
    (136, ["43"], 8, False),
    (219, ["3"], None, False),
]

# (line, instrument, article, subdivision, date)
LEGAL_2021 = [
    (11, "royal_decree", None, None, "2019-06-28"),
    (17, "WVV", "8:5", None, None),
    (21, "act", None, None, "1955-07-20"),
    (22, "WVV", "8:5", "3", None),
]
LEGAL_2024 = [
    (2, "royal_decree", None, None, "2019-06-28"),
    (18, "WVV", "8:5", None, None),
    (48, "act", None, None, "1955-07-20"),
    (71, "WVV", "8:5", "3", None),
]

# (line, kind, date, precision, articles, action)
MEETINGS_2021 = [
    (11, "extraordinary", "2022-06-21", "day", ["1"], "amended"),
    # "bij de wijziging van haar statuten in juni 2020 en juni 2022": the two meetings that amended the statutes
    (17, "extraordinary", "2020-06", "month", [], "amended"),
    (17, "extraordinary", "2022-06", "month", [], "amended"),
    (25, "extraordinary", "2020-06", "month", ["23"], "amended"),
    (26, "extraordinary", "2020-06", "month", ["37"], "amended"),
]
MEETINGS_2024 = [
    (9, "extraordinary", "2023-06-20", "day", ["1"], "amended"),
    (113, "extraordinary", "2022-06", "month", ["23"], "amended"),
    (124, "extraordinary", "2020-06", "month", ["37"], "amended"),
    (125, "extraordinary", "2022", "year", ["37"], "confirmed"),
]

# Numbers that are not figures about the year: (line, the text as written). No indicator may stand there.
NOT_FIGURES_2021 = [
    (11, "28 juni 2019"),  # the date of a royal decree
    (11, "artikel 1"),  # an article number
    (11, "21 juni 2022"),  # a date
    (17, "artikel 8:5"),
    (21, "20 juli 1955"),
    (22, "artikel 8:5, 3"),
    (26, "'1 persoon = 1 stem'"),  # a slogan
    (58, "2020"),  # a year
    (59, "31 december"),
    (85, "23 tot 27 augustus"),  # a range of days
    (94, "18 oktober 2021"),
    (95, "2021-2025"),  # a range of years
    (96, "2020-2021"),
    (109, "niveau 1"),  # a level
]
NOT_FIGURES_2024 = [
    (2, "28 juni 2019"),
    (9, "artikel 1"),
    (10, "20 juni 2023"),
    (18, "artikel 8:5"),
    (49, "20 juli 1955"),
    (71, "artikel 8:5, 3"),
    (127, "‘1 persoon = 1 stem’"),
    (245, "31 december"),
    (266, "(2023-2026)"),
    (330, "—7SmartCoop"),  # a page number glued to the footer
    (426, "14 november 2024"),
    (466, "sinds 2018"),
    (473, "niveau 1"),
    (497, "24/7"),  # round the clock
    (505, "0800.99.30"),  # a phone number
]

# Quantities that recur in both years, under one id (issue: "the same id in every year").
RECURRING = [
    "employment.persons", "employment.contracts", "employment.workdays", "employment.hours", "employment.fte",
    "permanent_contracts.members", "permanent_contracts.women", "permanent_contracts.men",
    "permanent_contracts.full_time", "permanent_contracts.part_time",
    "loans.projects", "loans.amount", "payment_reminders.count", "publications.count", "conferences.count",
    "training.staff.volume", "training.members.participants", "legal.requests", "workspace.area",
    "diversity.actions",
]
