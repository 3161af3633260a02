"""English: the words and phrases the stages read, as data.

Each table names what it is for; the stages build their patterns from these and hold no
English of their own.  Phrases of the heading and closing tables are regular expressions,
matched case-insensitively; ``'`` in a heading phrase stands for either apostrophe.
Employer-specific phrases are in :mod:`.employers`.
"""

from __future__ import annotations

# --- headings: section kind -> phrases ---------------------------------------------------
# Order matters only for reading; a heading matches at most one phrase.
HEADINGS: dict[str, tuple[str, ...]] = {
    "responsibilities": (
        r"key (?:job |role )?responsibilities",
        r"(?:job |position |primary |main |core |your |role |major |essential )?"
        r"responsibilities(?: of the role| include| and duties)?",
        r"(?:key |job |main |essential )?duties(?: (?:and|&) responsibilities)?",
        r"what (?:you'll|you will|you'd|you would|you'll get to|you will get to) "
        r"(?:do|be doing|work on|own|achieve|accomplish)(?: in this role| here| day[- ]to[- ]day)?",
        r"what the (?:selected |successful )?(?:candidate|role|person) will (?:do|be doing)",
        r"here's what you'll do",
        r"in this role,? you(?:'ll| will)(?: get to)?",
        r"in this position,? you(?:'ll| will)",
        r"(?:the|a) successful candidate will",
        # a few other languages' equivalents
        r"(?:tus |sus |principales )?responsabilidades(?: del puesto| principales)?",
        r"(?:vos |tes )?(?:missions|responsabilités)(?: principales)?",
        r"(?:ihre |deine |deine neuen |ihre neuen )?aufgaben",
        r"o que (?:você|voce) (?:vai|irá) fazer",
        r"lo que (?:harás|haras)",
        r"you will(?:\.\.\.|…)?",
        r"you'll(?:\.\.\.|…)",
        r"your (?:impact|mission|responsibilities|day[- ]to[- ]day|role)"
        r"(?: in (?:the |this )?role)?",
        r"the difference you will make",
        r"how you(?:'ll| will) (?:make an impact|contribute)",
        r"(?:what )?you(?:'ll| will) be responsible for",
        r"role responsibilities",
        r"day[- ]to[- ]day(?: responsibilities)?",
    ),
    "day_in_the_life": (
        r"a day in the life",
        r"a typical day",
        r"what (?:a|your) typical day (?:looks|will look) like",
    ),
    "role": (
        r"about (?:the|this) (?:role|position|opportunity|job)(?: (?:and|&) (?:the )?team)?",
        r"the (?:role|opportunity|position)",
        r"role (?:overview|summary|description)",
        r"(?:job |position )?(?:overview|summary|description)",
    ),
    "team": (
        r"about (?:the|our|this) team",
        r"(?:meet|join) the team",
        r"the team",
        r"team (?:overview|description)",
        r"the community you will join",
    ),
    "company": (
        r"about (?:us|the company)",
        r"who we are",
        r"why (?:join us|us|work with us)\??",
        r"our (?:mission|company|culture|values)",
    ),
    "basic_qualifications": (
        r"(?:basic|minimum|required|key|position|job|your|essential)"
        r"(?:/(?:basic|minimum|required))? "
        r"(?:qualifications|requirements|skills|experience)",
        r"qualifications(?: and (?:skills|experience))?",
        r"requirements",
        r"(?:(?:necessary|required|essential|key|relevant) )?(?:skills|experience)(?: and| &) "
        r"(?:experience|qualifications|skills|requirements)",
        r"requisitos(?: básicos| mínimos)?",
        r"(?:profil|votre profil|ton profil|dein profil|ihr profil|qualifikationen)",
        r"what (?:you'll|you will|you) (?:need|bring)",
        r"what you'll bring to the (?:table|team|role)",
        r"what (?:we're|we are) looking for",
        r"(?:we're|we are) looking for",
        r"what we need (?:from|of) you",
        r"what we look for",
        r"who you are",
        r"who you (?:might|may|could|should) be",
        r"the (?:right|ideal|successful) (?:candidate|leader|person|applicant|hire)"
        r"(?: will| should)? (?:have|has|bring|brings|possess)",
        r"about you",
        r"you have",
        r"you(?:'re| are) probably a match if",
        r"you (?:might|may|could) be a (?:good|great) fit if",
        r"what you should have",
        r"must[- ]haves?",
        r"the experience you'll bring",
        r"your (?:expertise|experience|background|profile|skills)",
        r"(?:we'd|we would) love to hear from you if",
        r"to be successful in this role",
        r"(?:minimum|basic) qualifications? and experience",
        r"what (?:the candidate|you) will need(?: / bonus points)?",
        r"what we (?:can )?expect (?:from|of) you",
        r"what you(?:'ll|'d| will)? ?(?:need|have)",
        r"what youll have",
        r"position requires",
        r"(?:basic|minimum) requirements",
        r"who thrives here",
        r"required",
    ),
    "preferred_qualifications": (
        r"(?:preferred|desired|desirable|additional|bonus|nice[- ]to[- ]have)"
        r"(?:(?:/| or | and | & )(?:preferred|additional|desired))? "
        r"(?:qualifications|skills|experience|requirements)",
        r"nice[- ]to[- ]haves?",
        r"bonus points(?: if(?: you)?(?: have)?)?",
        r"(?:it's )?(?:a plus|even better) if(?: you(?: have)?)?",
        r"pluses",
        r"(?:additional|other)(?: or| and| &|/)? ?preferred (?:qualifications|skills|experience)",
        r"preferred",
    ),
    "benefits": (
        r"(?:our )?benefits(?: and perks)?",
        r"perks(?: and benefits)?",
        r"what we offer",
        r"compensation(?: and benefits)?",
        r"(?:pay|salary) (?:range|transparency)",
        r"inclusive team culture",
        r"work/life balance",
        r"work-life balance",
        r"(?:mentorship|training) (?:&|and) career growth",
        r"diverse experiences",
        r"hybrid work",
        r"key opportunities",
        r"why you'll love (?:it here|working here|this role)",
        r"how we'll take care of you",
        r"what's in it for you\??",
        r"(?:[a-z ]{0,30})?(?:annual )?pay range",
    ),
    "other": (
        r"what makes this role unique",
        r"export control(?: requirements?)?",
        r"equal (?:employment )?opportunity(?: employer)?",
        r"where and how you can work",
        r"(?:your )?location",
        r"our commitment to (?:inclusion|diversity)[a-z &]{0,30}",
        r"what success looks like",
        r"(?:physical|travel|schedule|other|additional|security|work) requirements",
        r"working conditions",
        r"work environment",
        r"success attributes",
    ),
}


# Sentences that close a posting (equal opportunity, accommodations, pay, culture statements):
# where one starts, the list before it has ended even though no heading says so.
CLOSING_SENTENCES = (
    r"(?:[\w,' ]{0,40})?(?:is |are |as )?an? equal[- ](?:employment[- ])?opportunity",
    r"we (?:do not|don't) discriminate",
    r"if you (?:want|need|require) (?:an? )?(?:reasonable )?accommodation",
    r"inclusion is an? \w+ value",
    r"the \w+ culture (?:attracts|is)",
    r"(?:generally, )?our compensation structure",
    r"the (?:base )?(?:pay|salary) range for this",
    r"(?:[\w]+ )?(?:provides|offers) comprehensive benefits",
    r"this job posting may span",
)

# headings of the page's blocks between an article and its postings -> the segment kind
PAGE_SECTION_HEADINGS: dict[str, str] = {
    "research areas": "research_areas",
    "related content": "related_content",
    "related publications": "boilerplate",
    "related conference": "boilerplate",
    "related conferences": "boilerplate",
    "tags": "boilerplate",
    "latest news": "boilerplate",
    "about the author": "boilerplate",
    "about the authors": "boilerplate",
}


# --- items ---------------------------------------------------------------------------------
# Words that open a list item: imperative verbs of responsibilities and the openers of
# qualification items.  A capitalised one of these after a plain word marks a new run-on item.
ITEM_STARTERS = frozenset(
    """
    Accelerate Act Adapt Administer Advance Advise Advocate Align Analyze Analyse Anticipate
    Apply Architect Articulate Assess Assist Audit Author Automate Be Benchmark Bring Build
    Capture Champion Clean Close Coach Collaborate Collect Communicate Conduct Consult
    Contribute Coordinate Craft Create Cultivate Curate Debug Define Deliver Demonstrate Deploy
    Design Detect Determine Develop Devise Direct Discover Dive Document Drive Educate Elevate
    Embody Empower Enable Engage Engineer Enhance Ensure Establish Estimate Evaluate Evangelize
    Evolve Execute Experiment Explore Extend Facilitate Formulate Foster Frame Gather Generate
    Grow Guide Handle Help Hire Identify Implement Improve Influence Inform Innovate Inspire
    Instrument Integrate Interpret Invent Investigate Iterate Launch Lead Learn Leverage
    Maintain Manage Measure Mentor Model Monitor Motivate Navigate Negotiate Operate Optimize
    Optimise Orchestrate Own Participate Partner Perform Pilot Plan Prepare Present Prioritize
    Prioritise Produce Promote Propose Prototype Provide Publish Quantify Raise Recommend
    Recruit Refine Report Represent Research Resolve Respond Review Run Scale Scope Serve Set
    Shape Ship Simulate Solve Source Spearhead Stay Steer Streamline Supervise Support
    Synthesize Take Teach Test Think Track Train Transform Translate Troubleshoot Understand
    Uncover Use Utilize Validate Verify Visualize Work Write Meet Experience Strong Proven
    Demonstrated Knowledge Ability Excellent Familiarity Proficiency Expertise Background Solid
    Hands-on Fluent Fluency Exceptional Outstanding Prior PhD Ph.D. Master's Master’s Masters
    Bachelor's Bachelor’s Bachelors
    """.split()
)
# lower-case words after which a capitalised word continues the sentence (``of Amazon``)
CONNECTORS = frozenset(
    """
    a an the and or nor but of in on at to for from by with without into onto over under as
    such like including include includes than then via per across within between among about
    around through throughout toward towards upon is are was were be been being our your their
    its his her my we you they i it this that these those who which whose whom where when while
    if both either neither not no any all each every some many most more less few new e.g. i.e.
    vs. etc. e.g i.e vs using leveraging applying utilizing
    """.split()
)
ABBREVIATIONS = frozenset(
    """
    e.g i.e etc vs inc sr jr dr mr mrs ms st no approx incl u.s u.k a.m p.m ph.d m.s b.s b.a
    m.a b.sc m.sc al fig dept corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)


# --- header ----------------------------------------------------------------------------
# month names of a careers-listing date
MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# --- requirements --------------------------------------------------------------------------
# number words of counts of years
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
}
# degree level -> the pattern of its names (levels as in ``Degree``)
DEGREES: tuple[tuple[str, str], ...] = (
    (
        "doctorate",
        r"Ph\.?[ ]?D\b\.?s?|doctorate\b|doctoral[ ]degree|doctor[ ]of\b"
        r"|J\.D\.|JD\b|M\.D\.|MD\b(?=[ ](?:degree|or|and|/|from))|DPhil\b",
    ),
    (
        "master",
        r"master(?:['’]?s)?\b|M\.?[ ]?S\.?[ ]?c\b\.?|M\.S\.|MS\b|MSc\b"
        r"|M\.A\.|MBA\b|M\.?Eng\b\.?|M\.?Tech\b|MPH\b|MFA\b|LL\.M\."
        r"|(?:graduate|advanced|post-?graduate)[ ](?:degree|education|studies)",
    ),
    (
        "bachelor",
        r"bachelor(?:['’]?s)?\b|B\.?[ ]?S\.?[ ]?c\b\.?|B\.S\.|BS\b|BSc\b"
        r"|B\.A\.|BA\b|B\.?Eng\b\.?|B\.?Tech\b|undergraduate[ ]degree"
        r"|(?:university|college|4-year|four-year|academic)[ ]degree"
        r"|degree[ ](?=in\b|from\b)|^degree\b",
    ),
    ("associate", r"associate(?:['’]?s)?[ ](?:degree|of)"),
    ("high_school", r"high[ ]school\b|GED\b|secondary[ ]school"),
)
# the words whose presence sends the requirements stage to read a window of text
TIME_WORDS = ("year", "yr", "month")
DEGREE_WORDS = (
    "ph.d", "phd", "ph. d", "doctor", "master", "bachelor", "degree", "graduate", "diploma",
    "associate", "high school", "secondary school", "dphil",
)  # fmt: skip
# abbreviations that name a degree only in capitals (``MS``, not ``ms``)
CAPITALS_ONLY_DEGREES = frozenset("MS BS BA MA MD JD GED MBA MSc BSc MPH MFA PhD".split())
