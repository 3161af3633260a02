"""Pay extraction: real pay statements of the dev corpora and varied sets, and not-pay traps.

Every expected value follows ../shared/corpus/ANNOTATION.facts.md: rows taken from the facts
files (facts.dev / varied_a / varied_b) carry their labelled values; rows from unlabelled dev
postings (airbnb, duolingo, canva, netflix, uber, discord) apply the same rules (a heading
naming a country gives that country; ``Salary`` is base, bare ``Pay Range`` / ``compensation``
is unknown, an hourly rate is base; an explicit code beats a symbol).  Each row is
(evidence text, min, max, currency, period, kind, qualifier).
"""

from __future__ import annotations

import pickle

import pytest
from pydantic import ValidationError

import postings_parser as pp
from postings_parser.models import PayKind, PayPeriod, PayRange
from postings_parser.posting.pay import find_pay_in as find_pay

Row = tuple[str, float | None, float | None, str, str, str, str | None]


def _rows(text: str, language: str | None, countries: tuple[str, ...] = ()) -> list[Row]:
    return [
        (p.text, p.min, p.max, p.currency, p.period.value, p.kind.value, p.qualifier)
        for p in find_pay(text, language=language, countries=countries)
    ]


PAY_CASES = [
    # amazon.science/careers:10474543
    pytest.param(
        (
            "40 hours / week, 8:00am-5:00pm, Salary Range $164,955/year to "
            "$215,300/year. Amazon is a total compensation company."
        ),
        "en",
        [
            ("$164,955/year to $215,300/year", 164955, 215300, "USD", "year", "base", None),
        ],
        id="amazon_range",
    ),
    # amazon.science/careers:10430348
    pytest.param(
        "(40 hours / week, 8:00am-5:00pm, Salary Range $157300 - $212800",
        "en",
        [
            ("$157300 - $212800", 157300, 212800, "USD", "year", "base", None),
        ],
        id="amazon_no_commas",
    ),
    # uber:159967
    pytest.param(
        (
            "For New York, NY-based roles: The base salary range for this role is "
            "USD$159,000 per year - USD$177,000 per year.\nFor San Francisco, CA-based "
            "roles: The base salary range for this role is USD$159,000 per year - "
            "USD$177,000 per year."
        ),
        "en",
        [
            (
                "USD$159,000 per year - USD$177,000 per year",
                159000,
                177000,
                "USD",
                "year",
                "base",
                "New York, NY",
            ),
            (
                "USD$159,000 per year - USD$177,000 per year",
                159000,
                177000,
                "USD",
                "year",
                "base",
                "San Francisco, CA",
            ),
        ],
        id="uber_two_locations",
    ),
    # uber:158697
    pytest.param(
        (
            "For Canada-based roles: The base salary range for this role is CAD$95,500 "
            "per year - CAD$106,250 per year."
        ),
        "en",
        [
            (
                "CAD$95,500 per year - CAD$106,250 per year",
                95500,
                106250,
                "CAD",
                "year",
                "base",
                "Canada",
            ),
        ],
        id="uber_canada_year",
    ),
    # uber:159466
    pytest.param(
        (
            "For Canada-based roles: The base hourly rate range for this role is "
            "CAD$24.76 per hour - CAD$25.97 per hour."
        ),
        "en",
        [
            (
                "CAD$24.76 per hour - CAD$25.97 per hour",
                24.76,
                25.97,
                "CAD",
                "hour",
                "base",
                "Canada",
            ),
        ],
        id="uber_canada_hourly",
    ),
    # uber:150543
    pytest.param(
        (
            "For Chicago, IL-based roles: The base salary range for this role is "
            "USD$215,000 per year - USD$239,000 per year."
        ),
        "en",
        [
            (
                "USD$215,000 per year - USD$239,000 per year",
                215000,
                239000,
                "USD",
                "year",
                "base",
                "Chicago, IL",
            ),
        ],
        id="uber_chicago",
    ),
    # uber:158789
    pytest.param(
        (
            "For Sunnyvale, CA-based roles: The base salary range for this role is "
            "USD$171,000 per year - USD$190,000 per year."
        ),
        "en",
        [
            (
                "USD$171,000 per year - USD$190,000 per year",
                171000,
                190000,
                "USD",
                "year",
                "base",
                "Sunnyvale, CA",
            ),
        ],
        id="uber_sunnyvale",
    ),
    # microsoft:200043411
    pytest.param(
        (
            "The typical base pay range for this role across the U.S. is USD $165,600 "
            "- $296,400 per year. There is a different range applicable to specific "
            "work locations, within the San Francisco Bay area and New York City "
            "metropolitan area, and the base pay range for this role in those "
            "locations is USD $220,800 - $331,200 per year."
        ),
        "en",
        [
            ("USD $165,600 - $296,400 per year", 165600, 296400, "USD", "year", "base", "U.S."),
            (
                "USD $220,800 - $331,200 per year",
                220800,
                331200,
                "USD",
                "year",
                "base",
                "San Francisco Bay area and New York City metropolitan area",
            ),
        ],
        id="microsoft_year_pair",
    ),
    # microsoft:200027074
    pytest.param(
        (
            "Critical Environment Ops ATR-B - The typical base pay range for this role "
            "across the U.S. is USD $23.65 - $37.07 per hour. There is a different "
            "range applicable to specific work locations, within the San Francisco Bay "
            "area and New York City metropolitan area, and the base pay range for this "
            "role in those locations is USD $31.54 - $40.91 per hour."
        ),
        "en",
        [
            ("USD $23.65 - $37.07 per hour", 23.65, 37.07, "USD", "hour", "base", "U.S."),
            (
                "USD $31.54 - $40.91 per hour",
                31.54,
                40.91,
                "USD",
                "hour",
                "base",
                "San Francisco Bay area and New York City metropolitan area",
            ),
        ],
        id="microsoft_hour_pair",
    ),
    # netflix:JR41707
    pytest.param(
        (
            "Generally, our compensation structure consists solely of an annual "
            "salary; we do not have bonuses. You choose each year how much of your "
            "compensation you want in salary versus stock options. To determine your "
            "personal top of market compensation, we rely on market indicators and "
            "consider your specific job family, background, skills, and experience to "
            "determine your compensation in the market range. The range for this role "
            "is $310,000.00 - $545,000.00."
        ),
        "en",
        [
            ("$310,000.00 - $545,000.00", 310000, 545000, "USD", "year", "base", None),
        ],
        id="netflix_salary_range",
    ),
    # netflix:JR41605
    pytest.param(
        (
            "This job may be covered by a collective bargaining agreement.  If so, pay "
            "for the position is governed by the currently effective applicable "
            "collective bargaining agreement and thus will be no less than $62.74 an "
            "hour and up to any better conditions and terms negotiated and obtained as "
            "expressly provided therein."
        ),
        "en",
        [
            ("$62.74 an hour", 62.74, None, "USD", "hour", "base", None),
        ],
        id="netflix_cba_minimum",
    ),
    # reddit:8056403
    pytest.param(
        "The base salary range for this position is:\n$217,000—$303,000 USD",
        "en",
        [
            ("$217,000—$303,000 USD", 217000, 303000, "USD", "year", "base", None),
        ],
        id="reddit_heading_line",
    ),
    # reddit:8054426
    pytest.param(
        "The base pay range for this position is: $230,000.00 - $322,000.00 USD",
        "en",
        [
            ("$230,000.00 - $322,000.00 USD", 230000, 322000, "USD", "year", "base", None),
        ],
        id="reddit_same_line",
    ),
    # discord:8637188002
    pytest.param(
        (
            "The US base salary range for this full-time position is $192,000 to "
            "$216,000 + equity + benefits."
        ),
        "en",
        [
            ("$192,000 to $216,000", 192000, 216000, "USD", "year", "base", "US"),
        ],
        id="discord_us",
    ),
    # duolingo:8590178002
    pytest.param(
        "Salary Range:\n$183,200—$274,800 USD",
        "en",
        [
            ("$183,200—$274,800 USD", 183200, 274800, "USD", "year", "base", None),
        ],
        id="duolingo_heading",
    ),
    # airbnb:8031901
    pytest.param(
        (
            "The base pay range is subject to change and may be modified in the "
            "future. This role may also be eligible for bonus, equity, benefits, and "
            "Employee Travel Credits.\nPay Range\n$151,000\n—\n$175,000 USD"
        ),
        "en",
        [
            ("$151,000\n—\n$175,000 USD", 151000, 175000, "USD", "year", "base", None),
        ],
        id="airbnb_dash_lines",
    ),
    # themuse:bank-of-america:network-security-engineer
    pytest.param(
        "CO Salary Range: USD 98,400.00 - 160,800.00 per year",
        "en",
        [
            ("USD 98,400.00 - 160,800.00 per year", 98400, 160800, "USD", "year", "base", "CO"),
        ],
        id="bofa_co_heading",
    ),
    # themuse:bank-of-america:network-security-engineer
    pytest.param(
        "Pay range\n$98,400.00 - $160,800.00 annualized salary",
        "en",
        [
            ("$98,400.00 - $160,800.00 annualized", 98400, 160800, "USD", "year", "base", None),
        ],
        id="bofa_annualized",
    ),
    # themuse:spacex:lead-supply-chain-reliability-engineer-starship
    pytest.param(
        (
            "As a Lead Supply Chain Reliability Engineer, your primary responsibility\n"
            "Pay Range:\nLead Supply Chain Reliability Engineer: $125,000.00 - "
            "$175,000.00/per year\nYour actual level and base salary will be "
            "determined on a case-by-case basis and may vary based on the following "
            "considerations"
        ),
        "en",
        [
            ("$125,000.00 - $175,000.00/per year", 125000, 175000, "USD", "year", "base", None),
        ],
        id="spacex_title_label",
    ),
    # themuse:spacex:starlink-assembly-technician
    pytest.param(
        (
            "Pay range:\nStarlink Production Technician/Level 1: $22.00 - $26.50/hour\n"
            "Starlink Production Technician/Level 2: $25.00 - $31.00/hour\nStarlink "
            "Production Technician/Level 3: $29.00 - $37.00/hour"
        ),
        "en",
        [
            (
                "$22.00 - $26.50/hour",
                22,
                26.5,
                "USD",
                "hour",
                "base",
                "Starlink Production Technician/Level 1",
            ),
            (
                "$25.00 - $31.00/hour",
                25,
                31,
                "USD",
                "hour",
                "base",
                "Starlink Production Technician/Level 2",
            ),
            (
                "$29.00 - $37.00/hour",
                29,
                37,
                "USD",
                "hour",
                "base",
                "Starlink Production Technician/Level 3",
            ),
        ],
        id="spacex_levels",
    ),
    # githubjobs:pashpost:experienced-php-developer
    pytest.param(
        ("Compensation: Full-time, $80-105K, Medical & Dental Insurance, Stock Options, Parking"),
        "en",
        [
            ("$80-105K", 80000, 105000, "USD", "year", "unknown", None),
        ],
        id="pashpost_shared_k",
    ),
    # greenhouse:anthropic:product-manager-enterprise-api
    pytest.param(
        (
            "For sales roles, the range provided is the role’s On Target Earnings "
            '("OTE") range, meaning that the range includes both the sales '
            "commissions/sales bonuses target and annual base salary for the role.\n"
            "Annual Salary:\n$305,000—$385,000 USD"
        ),
        "en",
        [
            ("$305,000—$385,000 USD", 305000, 385000, "USD", "year", "base", None),
        ],
        id="anthropic_annual",
    ),
    # electionline:city-of-madison:city-clerk
    pytest.param(
        "Salary: $120,778 – $163,050. Deadline: June 23.",
        "en",
        [
            ("$120,778 – $163,050", 120778, 163050, "USD", "year", "base", None),
        ],
        id="madison_salary",
    ),
    # rails-foundation:rails-foundation:executive-director
    pytest.param(
        ("In both cases, the all-in yearly compensation for this position is $135,000."),
        "en",
        [
            ("$135,000", 135000, 135000, "USD", "year", "total", None),
        ],
        id="rails_all_in",
    ),
    # pandasthumb:arizona-state-university:associate-scientific-software-engineer
    pytest.param(
        "Salary Range: $51,100&ndash;$60,000 per year; DOE<br />",
        "en",
        [
            ("$51,100&ndash;$60,000 per year", 51100, 60000, "USD", "year", "base", None),
        ],
        id="asu_entity_dash",
    ),
    # org-site:the-carpentries:ui-developer
    pytest.param(
        ("For US-based candidates, compensation will be USD $50-70/hour, commensurate with"),
        "en",
        [
            ("USD $50-70/hour", 50, 70, "USD", "hour", "base", "US"),
        ],
        id="carpentries_hourly",
    ),
    # org-site:pyopensci:communications-lead
    pytest.param(
        ("The position requires 10-15 hours per week at a rate of 25-40$/hour based on experience"),
        "en",
        [
            ("25-40$/hour", 25, 40, "USD", "hour", "base", None),
        ],
        id="pyopensci_symbol_after",
    ),
    # resume-app:vercel:product-engineer-v0
    pytest.param(
        "The San Francisco, CA base pay range for this role is $196,000-$294,000.",
        "en",
        [
            ("$196,000-$294,000", 196000, 294000, "USD", "year", "base", "San Francisco, CA"),
        ],
        id="vercel_city_scope",
    ),
    # jd-archive:cosuno:senior-analytics-engineer
    pytest.param(
        "Compensation\n€80K – €100K",
        "en",
        [
            ("€80K – €100K", 80000, 100000, "EUR", "year", "unknown", None),
        ],
        id="cosuno_euro_k",
    ),
    # jd-archive:welcome-to-the-jungle:senior-analytics-engineer
    pytest.param(
        "Salary: €58,000 – €72,000",
        "en",
        [
            ("€58,000 – €72,000", 58000, 72000, "EUR", "year", "base", None),
        ],
        id="wttj_euro",
    ),
    # jd-archive:airalo:analytics-engineering-manager
    pytest.param(
        "Salary: UK: £110,000 to £140,000 | Spain: €100,000 - €125,000",
        "en",
        [
            ("£110,000 to £140,000", 110000, 140000, "GBP", "year", "base", "UK"),
            ("€100,000 - €125,000", 100000, 125000, "EUR", "year", "base", "Spain"),
        ],
        id="airalo_two_countries",
    ),
    # jd-archive:lego-group:senior-analytics-engineer
    pytest.param(
        (
            "**Salary:** $107,885–$161,827 (based on responsibilities, market "
            "benchmarks, and organizational constraints)"
        ),
        "en",
        [
            ("$107,885–$161,827", 107885, 161827, "USD", "year", "base", None),
        ],
        id="lego_markdown",
    ),
    # jd-archive:ig-group:analytics-engineer
    pytest.param(
        "Minimum compensation: starting from 15,000 PLN.",
        "en",
        [
            ("15,000 PLN", 15000, None, "PLN", "month", "unknown", None),
        ],
        id="ig_pln_from",
    ),
    # la-city-bulletins:city-of-los-angeles:database-architect
    pytest.param(
        (
            "ANNUAL SALARY\n\n$97,781 to $142,944\nThe salary in the Department of "
            "Water and Power is $113,670 to $141,211."
        ),
        "en",
        [
            ("$97,781 to $142,944", 97781, 142944, "USD", "year", "base", None),
            (
                "$113,670 to $141,211",
                113670,
                141211,
                "USD",
                "year",
                "base",
                "Department of Water and Power",
            ),
        ],
        id="la_heading_and_department",
    ),
    # bpc-election-jobs:city-of-milwaukee:election-operations-manager
    pytest.param(
        (
            "The current salary range (Pay RangeÂ 1FX) isÂ $74,375 â $95,390 annually, "
            "and the resident incentive salary range for City of Milwaukee residents "
            "isÂ $77,350 - $99,206Â annually."
        ),
        "en",
        [
            ("$74,375 â $95,390 annually", 74375, 95390, "USD", "year", "base", None),
            (
                "$77,350 - $99,206Â annually",
                77350,
                99206,
                "USD",
                "year",
                "base",
                "City of Milwaukee",
            ),
        ],
        id="milwaukee_mojibake",
    ),
    # bpc-election-jobs:nc-state-board-of-elections:security-and-support-technician
    pytest.param(
        "SALARY: $46,203.00 - $78,218.00 Annually",
        "en",
        [
            ("$46,203.00 - $78,218.00 Annually", 46203, 78218, "USD", "year", "base", None),
        ],
        id="nc_annually",
    ),
    # bpc-election-jobs:nc-state-board-of-elections:security-and-support-technician
    pytest.param(
        ("Max Salary: Up To $70,000 (based on qualifications and elections experience)"),
        "en",
        [
            ("$70,000", None, 70000, "USD", "year", "base", None),
        ],
        id="nc_up_to",
    ),
    # electionline:electask:account-manager
    pytest.param(
        (
            "We’re planning on a base of $50,000 – $60,000 for this role with OTE of "
            "$125,000. If you crush it, there is the ability for this role to make "
            "$200,000+."
        ),
        "en",
        [
            ("$50,000 – $60,000", 50000, 60000, "USD", "year", "base", None),
            ("$125,000", 125000, 125000, "USD", "year", "ote", None),
        ],
        id="electask_base_and_ote",
    ),
    # electionline:douglas-county-nebraska:elections-manager
    pytest.param(
        "Salary: $6,963.93 – $11,143.93 Monthly.",
        "en",
        [
            ("$6,963.93 – $11,143.93 Monthly", 6963.93, 11143.93, "USD", "month", "base", None),
        ],
        id="douglas_monthly",
    ),
    # electionline:buncombe-county:elections-coordinator
    pytest.param(
        "Salary: $28.65 – $40.11.",
        "en",
        [
            ("$28.65 – $40.11", 28.65, 40.11, "USD", "hour", "base", None),
        ],
        id="buncombe_hourly_by_size",
    ),
    # electionline:fulton-county:director-registration-and-elections
    pytest.param(
        "Salary:$93,489-$151,455.",
        "en",
        [
            ("$93,489-$151,455", 93489, 151455, "USD", "year", "base", None),
        ],
        id="fulton_tight",
    ),
    # electionline:fairfax-county:technology-manager
    pytest.param(
        "Salary: $70,609.34 – $117,682.66.",
        "en",
        [
            ("$70,609.34 – $117,682.66", 70609.34, 117682.66, "USD", "year", "base", None),
        ],
        id="fairfax_cents",
    ),
    # org-site:the-carpentries:communications-manager
    pytest.param(
        (
            "For US-based candidates, compensation \nwill be $61,600 - $83,600 USD "
            "annually, commensurate with experience."
        ),
        "en",
        [
            ("$61,600 - $83,600 USD annually", 61600, 83600, "USD", "year", "unknown", "US"),
        ],
        id="carpentries_wrapped",
    ),
    # jd-archive:lansweeper:revenue-analytics-engineer
    pytest.param(
        "+2 more\n€107,000 - €174,000 per year",
        "en",
        [
            ("€107,000 - €174,000 per year", 107000, 174000, "EUR", "year", "unknown", None),
        ],
        id="lansweeper_header",
    ),
    # bpc-election-jobs:king-county:voter-services-manager
    pytest.param(
        "Salary: $138,964.18 - $176,145.84 YEAR",
        "en",
        [
            ("$138,964.18 - $176,145.84 YEAR", 138964.18, 176145.84, "USD", "year", "base", None),
        ],
        id="king_year_caps",
    ),
    # jlrecrutement.com:jlrecrutement:developpeur-php-symfony2-senior
    pytest.param(
        "Salaire : 42-48KEUR + Plan de Participation + RTT + Mutuelle",
        "fr",
        [
            ("42-48KEUR", 42000, 48000, "EUR", "year", "base", None),
        ],
        id="jl_keur",
    ),
    # jlrecrutement.com:jlrecrutement:developpeur-php-symfony2-senior
    pytest.param(
        "salary: 42-48K€ ---",
        "fr",
        [
            ("42-48K€", 42000, 48000, "EUR", "year", "base", None),
        ],
        id="jl_kEUR_front",
    ),
    # jlrecrutement.com:jlrecrutement:lead-developer-equipe-it
    pytest.param(
        "Informations - Salaire : 50-55K€ - Localisation",
        "fr",
        [
            ("50-55K€", 50000, 55000, "EUR", "year", "base", None),
        ],
        id="jl_keuro_sign",
    ),
    # jlrecrutement.com:mediapart:developpeur-php-symfony2
    pytest.param(
        "salary: environ 50K€ selon profil",
        "fr",
        [
            ("50K€", 50000, 50000, "EUR", "year", "base", None),
        ],
        id="mediapart_environ",
    ),
    # seacoahuila.org.mx:sea-coahuila:subdireccion-de-informatica
    pytest.param(
        (
            '"baseSalary": {\n    "@type": "MonetaryAmount",\n    "currency": "MXP",\n '
            '   "value": {\n      "@type": "QuantitativeValue",\n      "value": '
            '15000.00,\n      "unitText": "MONTH"'
        ),
        "es",
        [
            ("15000.00", 15000, 15000, "MXN", "month", "base", None),
        ],
        id="seacoahuila_jsonld",
    ),
    # github-vaga:vigia-de-preco:desenvolvedor-frontend
    pytest.param(
        "- Salário Inicial R$ 6.000,00.",
        "pt",
        [
            ("R$ 6.000,00", 6000, 6000, "BRL", "month", "base", None),
        ],
        id="vigia_brl",
    ),
    # github-vaga:bqfb:desenvolvedor
    pytest.param(
        ("## Remuneração: \n    R$ 2.500,00 à R$ 3.500,00 (A depender da disponibilidade);"),
        "pt",
        [
            ("R$ 2.500,00 à R$ 3.500,00", 2500, 3500, "BRL", "month", "unknown", None),
        ],
        id="bqfb_brl_range",
    ),
    # backend-br-vagas:branch2code:desenvolvedor-react
    pytest.param(
        "Salário: de R$2.500,00 a R$10.000,00 por mês",
        "pt",
        [
            ("R$2.500,00 a R$10.000,00 por mês", 2500, 10000, "BRL", "month", "base", None),
        ],
        id="branch2code_por_mes",
    ),
    # innovazione.gov.it:dipartimento-trasformazione-digitale:data-scientist
    pytest.param(
        "## Compenso\n\nFino a 80.000 euro",
        "it",
        [
            ("80.000 euro", None, 80000, "EUR", "year", "unknown", None),
        ],
        id="innovazione_fino_a",
    ),
    # airbnb:8038315
    pytest.param(
        "Canada Annual Pay Range\n$85,000\n—\n$100,000 CAD",
        "en",
        [
            ("$85,000\n—\n$100,000 CAD", 85000, 100000, "CAD", "year", "unknown", "Canada"),
        ],
        id="airbnb_canada_heading",
    ),
    # airbnb:7698274
    pytest.param(
        "India Annual Pay Range\n₹2,940,000\n—\n₹4,200,000 INR",
        "en",
        [
            ("₹2,940,000\n—\n₹4,200,000 INR", 2940000, 4200000, "INR", "year", "unknown", "India"),
        ],
        id="airbnb_india_heading",
    ),
    # airbnb:7982715
    pytest.param(
        "Spain Annual Pay Range\n€80.000\n—\n€100.000 EUR",
        "en",
        [
            ("€80.000\n—\n€100.000 EUR", 80000, 100000, "EUR", "year", "unknown", "Spain"),
        ],
        id="airbnb_spain_dots",
    ),
    # airbnb:7900153
    pytest.param(
        "Brazil Monthly Pay Range\nR$3.000\n—\nR$3.000 BRL",
        "en",
        [
            ("R$3.000\n—\nR$3.000 BRL", 3000, 3000, "BRL", "month", "unknown", "Brazil"),
        ],
        id="airbnb_brazil_monthly",
    ),
    # duolingo:8448693002
    pytest.param(
        "Salary Range:\n₺3.988.000—₺5.395.500 TRY",
        "en",
        [
            ("₺3.988.000—₺5.395.500 TRY", 3988000, 5395500, "TRY", "year", "base", None),
        ],
        id="duolingo_try",
    ),
    # duolingo:8637185002
    pytest.param(
        "Salary Range:\n¥17,178,000—¥25,767,100 JPY",
        "en",
        [
            ("¥17,178,000—¥25,767,100 JPY", 17178000, 25767100, "JPY", "year", "base", None),
        ],
        id="duolingo_jpy",
    ),
    # duolingo:8611799002
    pytest.param(
        "Salary Range:\n¥561,439—¥759,593 CNY",
        "en",
        [
            ("¥561,439—¥759,593 CNY", 561439, 759593, "CNY", "year", "base", None),
        ],
        id="duolingo_cny",
    ),
    # canva:6000000001196933
    pytest.param(
        "The target salary range for this position is 173,000 USD to 268,000 USD",
        "en",
        [
            ("173,000 USD to 268,000 USD", 173000, 268000, "USD", "year", "base", None),
        ],
        id="canva_code_after_each",
    ),
    # canva:6000000001098766
    pytest.param(
        "The target salary range for this position is $107k - $155k",
        "en",
        [
            ("$107k - $155k", 107000, 155000, "USD", "year", "base", None),
        ],
        id="canva_k",
    ),
    # canva:6000000001190998
    pytest.param(
        "The target compensation for this is is between $151k - $208k",
        "en",
        [
            ("$151k - $208k", 151000, 208000, "USD", "year", "unknown", None),
        ],
        id="canva_between",
    ),
    # netflix:JR40669
    pytest.param(
        (
            "To determine your personal top of market compensation, we rely on market "
            "indicators and consider your specific job family, background, skills, and "
            "experience to determine your compensation in the market range. The hourly "
            "range for this role is $48.08 - $74.52."
        ),
        "en",
        [
            ("$48.08 - $74.52", 48.08, 74.52, "USD", "hour", "base", None),
        ],
        id="netflix_hourly_range",
    ),
    # netflix:JR41177
    pytest.param(
        (
            "The overall market range for this role is typically $49.00 - 67.00 CAD "
            "hourly.  This reflects total compensation"
        ),
        "en",
        [
            ("$49.00 - 67.00 CAD hourly", 49, 67, "CAD", "hour", "total", None),
        ],
        id="netflix_cad_hourly_word",
    ),
    # netflix:JR41328
    pytest.param(
        (
            "Our compensation structure consists solely of an annual salary; we do not "
            "have bonuses. To determine your personal top of market compensation, we "
            "rely on market indicators and consider objective and gender-neutral "
            "criteria (e.g. your specific job family, background, skills, and "
            "experience). The range for this role is typically €85,000 - €135,000."
        ),
        "en",
        [
            ("€85,000 - €135,000", 85000, 135000, "EUR", "year", "base", None),
        ],
        id="netflix_euro",
    ),
    # netflix:JR41293
    pytest.param(
        "The overall market range for this role is typically $30-42 per hour",
        "en",
        [
            ("$30-42 per hour", 30, 42, "USD", "hour", "base", None),
        ],
        id="netflix_per_hour_bare_end",
    ),
    # uber:149032
    pytest.param(
        (
            "For New York, NY-based roles: The total annualized on-target earnings "
            "(OTE) for this position are USD $193,333 - $215,000. The OTE includes as "
            "a base salary of USD $116,000 - $129,000 and a variable incentive target "
            "of USD $77,333 - $86,000"
        ),
        "en",
        [
            ("USD $193,333 - $215,000", 193333, 215000, "USD", "year", "ote", "New York, NY"),
            ("USD $116,000 - $129,000", 116000, 129000, "USD", "year", "base", None),
        ],
        id="uber_ote_and_base",
    ),
    # uber:159858
    pytest.param(
        "**Rate of Pay:**                 $180,000 to $220,000 per Year",
        "en",
        [
            ("$180,000 to $220,000 per Year", 180000, 220000, "USD", "year", "unknown", None),
        ],
        id="uber_rate_of_pay",
    ),
    # discord:8433948002
    pytest.param(
        ("The On Target Earnings (OTE) range for this full-time position is $272,000 to $306,000"),
        "en",
        [
            ("$272,000 to $306,000", 272000, 306000, "USD", "year", "ote", None),
        ],
        id="discord_ote",
    ),
]

NOT_PAY_CASES = [
    # amazon.science/careers:10463822
    pytest.param(
        (
            "This role will sit in our new headquarters in Northern Virginia, where "
            "Amazon will invest $2.5 billion dollars, occupy 4 million square feet of "
            "energy efficient office space"
        ),
        "en",
        id="amazon_invest",
    ),
    # uber:150543
    pytest.param(
        (
            "Self Serve segment focuses on small and medium-sized businesses, "
            "representing >$15B in global SAM across mobility and delivery."
        ),
        "en",
        id="uber_sam",
    ),
    # themuse:sunrun:solar-sales-representative
    pytest.param(
        (
            "2023: 50% of our first year Sales Specialists earned $100,000+\n2023: Top "
            "10% average earnings for new hires was $205,020\n2023: Top 100 earners "
            "regardless of hire date or current status earned $388,000"
        ),
        "en",
        id="sunrun_earned",
    ),
    # themuse:sunrun:solar-appointment-setter
    pytest.param(
        "Our top performers earn up to $160,000.00/year. This could be you!", "en", id="sunrun_top"
    ),
    # electionline:electask:account-manager
    pytest.param(
        "If you crush it, there is the ability for this role to make $200,000+.",
        "en",
        id="electask_make",
    ),
    # themuse:lyft:drivers-wanted
    pytest.param(
        ("Earn $400 in Salisbury when you give 40 rides in 7 days. New drivers only. Terms apply"),
        "en",
        id="lyft_promo",
    ),
    # arbeitnow:finment:junior-investment-analyst
    pytest.param("(Die Kunden zahlen dafür bis zu 36.000€).", "de", id="finment_customers"),
    # arbeitnow:finment:junior-investment-analyst
    pytest.param(
        (
            "Persönliche Weiterbildung: Jährliches Weiterbildungsbudget bis zu 5.000€ "
            "und Fachwissen von Unternehmensexperten."
        ),
        "de",
        id="finment_budget",
    ),
    # backend-br-vagas:celcoin:desenvolvedor-csharp-net-senior
    pytest.param(
        ("Vale Refeição de R$22,00/Dia - Auxílio Home Office: R$150,00/ mês - Seguro de Vida"),
        "pt",
        id="celcoin_meal",
    ),
    # backend-br-vagas:celcoin:desenvolvedor-csharp-net-senior
    pytest.param(
        (
            "já processa mais de 10 milhões de transações financeiras e um volume "
            "superior a R$ 1,1 bi mensalmente."
        ),
        "pt",
        id="celcoin_volume",
    ),
    # backend-br-vagas:celcoin:desenvolvedor-csharp-net-senior
    pytest.param(
        (
            "recebeu aporte de R$ 6 milhões do principal fundo de investimentos de "
            "impacto social, Vox Capital"
        ),
        "pt",
        id="celcoin_aporte",
    ),
    # arbeitnow:skalar:tax-associate
    pytest.param(
        (
            "Finanzieller Rückenwind: Wir sind mit 5 Mio. € VC-Finanzierung "
            "ausgestattet und bieten ein starkes Gehaltspaket für Top-Talent"
        ),
        "de",
        id="skalar_mio",
    ),
    # arbeitnow:skalar:tax-associate
    pytest.param("Exit-Track-Record von 140 Mio. €", "de", id="skalar_record"),
    # jd-archive:bolt:senior-analytics-engineer
    pytest.param("backed by more than €1bn in funding.", "en", id="bolt_funding"),
    # jd-archive:preply:senior-analytics-engineer
    pytest.param(
        "We've just reached unicorn status with a $150M Series D", "en", id="preply_series"
    ),
    # jd-archive:sosafe:senior-analytics-engineer
    pytest.param(
        ("Cybercrime is costing the world >$10 trillion annually and growing by 15% p.a."),
        "en",
        id="sosafe_trillion",
    ),
    # jd-archive:welcome-to-the-jungle:senior-analytics-engineer
    pytest.param(
        (
            "75% refund of Navigo Pass OR 20€ monthly allowance if you come to the "
            "office by any other means of transport"
        ),
        "en",
        id="wttj_allowance",
    ),
    # 24eme.fr:24eme:developpeur-web-full-stack
    pytest.param(
        "Gestion de facturations : nos logiciels facturent plus de 35M€ par an",
        "fr",
        id="24eme_revenue",
    ),
    # reddit:8056403
    pytest.param("401k with Employer Match", "en", id="reddit_401k"),
    # org-site:pyopensci:communications-lead
    pytest.param("The position requires 10-15 hours per week", "en", id="pyopensci_hours"),
    # bpc-election-jobs:nc-state-board-of-elections:security-and-support-technician
    pytest.param("This position is 100% travel", "en", id="nc_travel"),
    # arbeitnow:xylem:projektleiter-fe-technical-product-owner
    pytest.param(
        (
            "Für Rückfragen steht Ihnen Niklas Naunheim, Talent Acquisition Lead "
            "Europe, gerne unter +49 1621374371 zur Verfügung."
        ),
        "de",
        id="xylem_phone",
    ),
    # uber:149032
    pytest.param(
        (
            "Experience selling in the Mid-Market or Enterprise space (1,000+ "
            "employees or $500M-$2B in revenue)"
        ),
        "en",
        id="uber_revenue",
    ),
    # uber:150322
    pytest.param(
        ("and an annualized cash variable incentive target range of $40,929 - $45,429."),
        "en",
        id="uber_incentive",
    ),
    # backend-br-vagas:lafs:back-end-developer
    pytest.param("VR ou VA de R$ 26,00/dia", "pt", id="lafs_meal"),
    # caissedesdepots.fr:caisse-des-depots:data-scientist
    pytest.param("Prime variable sur objectif :** PVO à 8%", "fr", id="caisse_percent"),
    # uber:159747
    pytest.param(
        (
            "Proven success of delivering to annual forecast of at least $1M ACV or in "
            "new license/revenue sales"
        ),
        "en",
        id="uber_acv",
    ),
    # microsoft:200040483
    pytest.param(
        "You should have experience operating a $60 – 100M/year business",
        "en",
        id="microsoft_business",
    ),
    # amazon.science/careers:10454410
    pytest.param(
        ("Our forecasts drive stock-based compensation — a P&L expense of over $20B a year"),
        "en",
        id="amazon_expense",
    ),
    # bpc-election-jobs:nc-state-board-of-elections:security-and-support-technician
    pytest.param("Position currently funded UP TO 3 years.", "en", id="nc_funded"),
    # canva:6000000001058965
    pytest.param("you've owned significant budget (think $10M+)", "en", id="canva_budget"),
    # spotify:cb90282e-0917-4219-99fd-8b5d7d5e3050
    pytest.param("We've already identified $8M+ in annual savings", "en", id="spotify_savings"),
    # netflix:JR41156
    pytest.param(
        "Experience managing media campaigns with budgets of €1M or more",
        "en",
        id="netflix_budgets",
    ),
]


# Forms the issue lists, inside a minimal statement.
ISSUE_FORMS = [
    pytest.param(
        "Salary: $45-$55 per hour",
        "en",
        ("$45-$55 per hour", 45, 55, "USD", "hour"),
        id="dollar_hour_range",
    ),
    pytest.param(
        "Salary: $120K – $160K",
        "en",
        ("$120K – $160K", 120000, 160000, "USD", "year"),
        id="k_range",
    ),
    pytest.param(
        "Salary: $120k-$160k USD",
        "en",
        ("$120k-$160k USD", 120000, 160000, "USD", "year"),
        id="k_range_code",
    ),
    pytest.param(
        "Salary: 136,000 - 260,000 USD",
        "en",
        ("136,000 - 260,000 USD", 136000, 260000, "USD", "year"),
        id="code_after",
    ),
    pytest.param(
        "Salary: between $120,000 and $140,000",
        "en",
        ("$120,000 and $140,000", 120000, 140000, "USD", "year"),
        id="between_and",
    ),
    pytest.param(
        "Gehalt: 60.000,00 €",
        "de",
        ("60.000,00 €", 60000, 60000, "EUR", "year"),
        id="euro_grouped_cents",
    ),
    pytest.param(
        "Gehalt: 60 000 € brutto/Jahr",
        "de",
        ("60 000 € brutto/Jahr", 60000, 60000, "EUR", "year"),
        id="euro_space_brutto",
    ),
    pytest.param("Salary: €60k", "en", ("€60k", 60000, 60000, "EUR", "year"), id="euro_k"),
    pytest.param(
        "Salário: R$ 8.000,00 por mês",
        "pt",
        ("R$ 8.000,00 por mês", 8000, 8000, "BRL", "month"),
        id="real_por_mes",
    ),
    pytest.param(
        "Salary: CHF 100'000",
        "de",
        ("CHF 100'000", 100000, 100000, "CHF", "year"),
        id="swiss_apostrophe",
    ),
    pytest.param(
        "Salary: £50,000 - £70,000 p.a.",
        "en",
        ("£50,000 - £70,000 p.a.", 50000, 70000, "GBP", "year"),
        id="pound_pa",
    ),
    pytest.param(
        "The pay range for this role is $136,000/year in our lowest geographic market up to "
        "$260,000/year in our highest geographic market.",
        "en",
        (
            "$136,000/year in our lowest geographic market up to $260,000/year",
            136000,
            260000,
            "USD",
            "year",
        ),
        id="from_lowest_up_to_highest",
    ),
    pytest.param(
        "Een salaris tussen € 5.517,- en € 9.337,- bruto per maand",
        "nl",
        ("€ 5.517,- en € 9.337,- bruto per maand", 5517, 9337, "EUR", "month"),
        id="dutch_no_cents",
    ),
    pytest.param(
        "Salaire : entre 42 et 48 k€ brut annuel",
        "fr",
        ("42 et 48 k€ brut annuel", 42000, 48000, "EUR", "year"),
        id="entre_et_shared_k",
    ),
    pytest.param(
        "Stipendio: 30.000€ lordi annui",
        "it",
        ("30.000€ lordi annui", 30000, 30000, "EUR", "year"),
        id="lordi_annui",
    ),
    pytest.param(
        "Salario: entre 25.000 y 30.000 euros brutos al año",
        "es",
        ("25.000 y 30.000 euros brutos al año", 25000, 30000, "EUR", "year"),
        id="entre_y_al_ano",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), PAY_CASES)
def test_real_pay_statements_parse_as_labelled(
    text: str, language: str, expected: list[Row]
) -> None:
    assert _rows(text, language) == [tuple(e) for e in expected]


@pytest.mark.parametrize(("text", "language"), NOT_PAY_CASES)
def test_money_that_is_not_this_jobs_pay_is_ignored(text: str, language: str) -> None:
    assert find_pay(text, language=language) == []


@pytest.mark.parametrize(("text", "language", "expected"), ISSUE_FORMS)
def test_issue_forms_parse(
    text: str, language: str, expected: tuple[str, float, float, str, str]
) -> None:
    assert [row[:5] for row in _rows(text, language)] == [expected]


@pytest.mark.parametrize(("text", "language", "expected"), PAY_CASES)
def test_evidence_offsets_point_at_the_evidence(
    text: str, language: str, expected: list[Row]
) -> None:
    for pay in find_pay(text, language=language):
        assert text[pay.start : pay.end] == pay.text


def test_text_without_currency_cue_has_no_pay() -> None:
    text = "We offer a competitive salary, 401(k) matching and 25 days off. Travel 80%. " * 50
    assert find_pay(text, language="en") == []


@pytest.mark.parametrize(
    ("countries", "currency"),
    [((), "USD"), (("CA",), "CAD"), (("CA", "US"), "USD"), (("AU",), "AUD"), (("DE",), "USD")],
)
def test_bare_dollar_takes_the_dollar_every_location_agrees_on(
    countries: tuple[str, ...], currency: str
) -> None:
    text = "The base salary range for this role is $95,500 - $106,250."
    assert [row[3] for row in _rows(text, "en", countries)] == [currency]


def test_an_explicit_code_beats_the_location() -> None:
    text = "The base salary range for this role is USD$159,000 per year - USD$177,000 per year."
    assert [row[3] for row in _rows(text, "en", ("CA",))] == ["USD"]
    text = "The base salary range for this role is CA$159,000 - CA$177,000."
    assert [row[3] for row in _rows(text, "en", ("US",))] == ["CAD"]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Salary: 60.000,00 € per year", None, 60000.0),
        ("Salary: $164,955 per year", None, 164955.0),
        ("Salário: R$ 2.500,50 por mês", "pt", 2500.5),
        ("Salary: $24.76 per hour", "de", 24.76),
        ("Compensation: up to 80.000 euro", "en", 80000.0),
    ],
)
def test_numbers_follow_the_locale_then_the_common_formats(
    text: str, language: str | None, value: float
) -> None:
    pays = find_pay(text, language=language)
    assert pays
    assert value in (pays[0].min, pays[0].max)


@pytest.mark.parametrize(
    ("period", "factor"),
    [("hour", 2080), ("day", 260), ("week", 52), ("biweekly", 26), ("month", 12), ("year", 1)],
)
def test_annual_figures_use_the_documented_factors(period: str, factor: int) -> None:
    pay = PayRange(
        min=10.0, max=None, currency="USD", period=PayPeriod(period), text="$10", start=0, end=3
    )
    assert pay.annual_min == 10.0 * factor
    assert pay.annual_max is None


def test_pay_range_rejects_inverted_or_empty_ranges() -> None:
    with pytest.raises(ValidationError):
        PayRange(min=2.0, max=1.0, currency="USD", period=PayPeriod.YEAR, text="x", start=0, end=1)
    with pytest.raises(ValidationError):
        PayRange(
            min=None, max=None, currency="USD", period=PayPeriod.YEAR, text="x", start=0, end=1
        )


def test_every_pay_range_field_is_documented() -> None:
    schema = PayRange.model_json_schema()
    assert all("description" in spec for spec in schema["properties"].values())
    assert set(schema["$defs"]["PayKind"]["enum"]) == {k.value for k in PayKind}


def test_results_are_picklable_and_round_trip_through_json() -> None:
    pays = find_pay("Salary: $120K – $160K", language="en")
    assert pickle.loads(pickle.dumps(pays)) == pays
    assert [PayRange.model_validate_json(p.model_dump_json()) for p in pays] == pays


@pytest.mark.parametrize(
    "text",
    [
        "$" * 200_000,
        "$1 " * 70_000,
        "1" * 200_000,
        "1-" * 100_000 + "$",
        "$1k" * 70_000,
        "Salary: $100,000 - $120,000 per year.\n" * 5_000,
        '"baseSalary": {' * 15_000,
    ],
    ids=["dollars", "dollar_digits", "digits", "dashes", "k", "many_ranges", "jsonld_keys"],
)
def test_pathological_input_gives_well_formed_ranges(text: str) -> None:
    for pay in find_pay(text, language="en"):
        assert text[pay.start : pay.end] == pay.text


def test_a_posting_states_its_pay_with_offsets_into_the_page() -> None:
    page = pp.parse_page(
        "US, WA, Seattle\nBuild models.\n"
        "The base pay range for this position is $136,000/year up to $260,000/year.\n"
    )
    (pay,) = page.postings[0].pay
    assert (pay.min, pay.max, pay.currency, pay.period) == (136000, 260000, "USD", PayPeriod.YEAR)
    assert page.text[pay.start : pay.end] == pay.text
    assert (pay.annual_min, pay.annual_max) == (136000, 260000)


def test_a_digit_python_does_not_know_opens_no_currency_window() -> None:
    # U+10D40 is a digit to the newer Unicode of ``regex`` but not to Python 3.11's ``re``;
    # cues next to it must not use up the windows a page's real salary needs
    text = "ref USD \U00010d40; " * 400 + "Salary: USD 50,000 per year."
    [found] = find_pay(text)
    assert (found.min, found.currency, found.period) == (50000, "USD", PayPeriod.YEAR)
