"""English: the words and phrases the stages read, as data.

Each table names what it is for; the stages build their patterns from these and hold no
English of their own.  Headings are plain lower-case phrases (``HEADINGS_BY_KIND``, one table
per language); lead-ins and closing sentences are regular expressions, matched
case-insensitively, ``'`` standing for either apostrophe.  Employer-specific phrases are in
:mod:`.employers`.
"""

from __future__ import annotations

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
# what opens a photo or video credit or a numbered caption (matched at a line's start,
# case-insensitively, as regular expressions): ``Credit: Glynis Condon``, ``Photo by …``,
# ``Image courtesy of …``, ``Figure 2: …``
PAGE_CREDIT_OPENERS: tuple[str, ...] = (
    r"(?:photo |image |video |illustration )?credits?\b",
    r"courtesy\b",
    r"(?:photo(?:graph)?|image|picture|illustration|graphic|animation|video|figure|source)s?"
    r" ?(?::|by\b|courtesy\b|via\b)",
    r"(?:figure|fig\.|image|video|table) ?\d{1,3}\b",
)
# the file extensions of images and videos, whose file names stand as captions
# (``SfM.gif``, ``Larry Davis.jpeg``)
PAGE_MEDIA_EXTENSIONS: tuple[str, ...] = (
    "gif", "jpg", "jpeg", "png", "webp", "svg", "bmp", "tif", "tiff", "avif", "heic",
    "mp4", "mov", "webm", "m4v", "avi",
)  # fmt: skip
# first-person words: an article's body speaks in them, its dek (the editor's) does not
PAGE_FIRST_PERSON_WORDS: tuple[str, ...] = ("I", "we", "us", "our", "ours", "my")
# what opens an article's byline: ``By Staff writer``
PAGE_BYLINE_OPENERS: tuple[str, ...] = ("by",)
# the lines of a site's header, footer and link lists, whole (lower-cased): after a page's
# last posting they end it; before its title they are not the title
PAGE_SITE_LINKS: frozenset[str] = frozenset(
    link.strip()
    for link in """
    about|about us|about amazon|accessibility|academia|blog|careers|code and datasets|
    conferences|contact|contact us|cookie notice|cookie policy|cookie preferences|
    cookie settings|cookies|conditions of use|conditions of use and sale|follow us|help|home|
    legal|news|news and features|newsletter|podcast|podcasts|press|privacy|privacy notice|
    privacy policy|privacy choices|your privacy choices|your ads privacy choices|publications|
    research areas|sitemap|site map|subscribe|terms|terms of use|terms of service|
    terms and conditions|skip to main content|back to top|all rights reserved|
    twitter|x|linkedin|facebook|instagram|youtube|github|rss|email|
    accept|accept all|accept cookies|decline|reject|reject all|customize|customise|
    manage preferences|manage cookies|cookie consent
    """.split("|")
)
# words of a cookie notice (a line holding one, after the last posting, is site boilerplate)
PAGE_COOKIE_WORDS: tuple[str, ...] = ("cookie", "cookies")
# words of a copyright line (``© 1996-2026 Amazon.com, Inc. or its affiliates``)
PAGE_COPYRIGHT_WORDS: tuple[str, ...] = ("©", "copyright", "all rights reserved")


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


# === the per-language tables every language module has (conventions below) ===============
# English rules as data: section headings, lead-ins, closing sentences, abbreviations, and the
# vocabulary of degree and years-of-experience requirements.  Plain constants, no logic.
#
# Conventions shared by every ``headings_<lang>`` module:
#
# - ``HEADINGS_BY_KIND`` phrases are whole headings, lower case, compared after the reader has
#   removed markup (``#``, ``**``, tags), emoji, a leading number (``1.``), gender tags
#   (``(m/w/d)``), a trailing colon / question mark / ellipsis, commas and dashes, turned curly
#   apostrophes into ``'`` and read ``&`` / ``and`` / ``und`` / ``et`` / ``y`` / ``e`` / ``en``
#   alike (so ``day to day`` also reads ``Day-to-Day``, ``duties and responsibilities`` also
#   ``Duties & Responsibilities``).  A heading that starts with a phrase of two words or more
#   (``What you'll do in this role``) has that phrase's kind.  Kinds: ``responsibilities``,
#   ``day_in_the_life``, ``basic_qualifications``, ``preferred_qualifications``, ``role`` (about
#   the role), ``team`` (about the team; other languages also put the company here),
#   ``company``, ``benefits``, ``pay``, ``process`` (how to apply / hiring process), ``other``.
#   A heading known in several kinds is listed once, under the kind it means.  This is the one
#   heading table: headings on a line of their own and glued into flattened text are both
#   read from it.
# - ``HEADINGS_KEYWORDS_BY_KIND``: words that classify a short heading the table does not list
#   (``Mobile Backend Developer Responsibilities``), checked in the order of the dict; a heading
#   that matches none is still a heading (kind ``other``) when its form says so.
# - ``HEADINGS_KIND_AFTER_QUALIFICATIONS``: phrases whose kind changes when the heading stands after
#   the qualifications section (``Was dich erwartet`` = duties before, benefits after).
# - ``HEADINGS_LEADINS`` are regular expressions matched case-insensitively against the END of a
#   line (or of the last clause before a list) that ends with ``:`` or ``…``: search for
#   ``(?:pattern)\\s*[:…]\\s*$``; the text before the match is free (a lead-in may close a long
#   paragraph, ``… Tra le principali responsabilità vi sono:``).  ``HEADINGS_CLOSING_SENTENCES``
#   are matched at the start of a sentence.  A lead-in counts only where the line is followed by a
#   list and no responsibilities heading stands above it; a line of ``HEADINGS_BY_KIND`` is a
#   heading of its kind, never a lead-in (``What you'll bring:`` is a qualifications heading).
#   ``'`` stands for either apostrophe; every repeat is bounded.
# - ``SPLIT_ABBREVIATIONS``: abbreviations, lower case, that end with a period without ending a
#   sentence (``z. b.``, ``p. ex.``); ``FINAL_ABBREVIATIONS``: those that close an enumeration or
#   a name (``etc.``, ``usw.``, ``Inc.``) and so end a sentence before a capitalised word.  The
#   abbreviations of a language other than English are read where the text is in that language.
# - ``ITEM_STARTERS`` (capitalised words that open a list item; a new run-on item starts where
#   one follows a plain word) and ``CONNECTORS`` (lower-case words after which the text goes on:
#   articles, prepositions, conjunctions); the splitter reads those of every language.
# - ``REQ_*``: the vocabulary of degree and years-of-experience requirements, read for every
#   posting in every language (a posting may mix them).  Words and phrases are lower case and
#   match whole words, case and accents aside, the longest first; ``'`` stands for either
#   apostrophe.  ``REQ_DEGREES_BY_LEVEL`` uses the levels of ANNOTATION.md; words in square
#   brackets must stand there but are not part of the name (``grado [en]``: ``grado`` only
#   before ``en``): the context that makes a common word a degree.  A name that is also in
#   ``REQ_DEGREE_ABBREVIATIONS`` matches only as written there (``MS``, not ``ms``);
#   ``REQ_COMPOUND_DEGREES`` may close a compound word (``Informatikstudium``).  A count of years
#   is a number (digits or ``NUMBER_WORDS``), optionally a ``REQ_MIN_PHRASES`` before it, a
#   ``REQ_PLUS_PHRASES`` after it or after its unit and a ``REQ_RANGE_WORDS`` range, then a unit
#   (``REQ_YEAR_WORDS``, ``REQ_MONTH_WORDS``; a one-letter unit only glued to digits);
#   ``REQ_EXPERIENCE_WORDS`` (also inside a word when longer than four letters) near it, or a
#   ``REQ_COUNT_FOLLOWERS`` word right after it, make it experience;
#   ``REQ_NOT_EXPERIENCE_YEARS`` right before it or ``REQ_NOT_EXPERIENCE_AFTER`` right after it
#   make it something else.  In ``REQ_EQUIVALENT_PHRASES``, ``…`` stands for up to two words.


HEADINGS_BY_KIND: dict[str, tuple[str, ...]] = {
    "responsibilities": (
        "responsibilities",
        "key responsibilities",
        "key job responsibilities",
        "key role responsibilities",
        "main responsibilities",
        "primary responsibilities",
        "core responsibilities",
        "principal responsibilities",
        "major responsibilities",
        "essential responsibilities",
        "job responsibilities",
        "position responsibilities",
        "role responsibilities",
        "roles and responsibilities",
        "role and responsibilities",
        "duties and responsibilities",
        "job duties and responsibilities",
        "key duties and responsibilities",
        "main duties and responsibilities",
        "responsibilities and duties",
        "responsibilities include",
        "responsibilities of the role",
        "your responsibilities",
        "your key responsibilities",
        "your job responsibilities",
        "what your key responsibilities will be",
        "likely future responsibilities",
        "main tasks and responsibilities",
        "tasks and responsibilities",
        "your tasks",
        "tasks",
        "duties",
        "key duties",
        "main duties",
        "job duties",
        "essential duties",
        "essential duties and responsibilities",
        "essential functions",
        "essential functions of the position",
        "essential job functions",
        "job functions",
        "what you'll do",
        "what you will do",
        "what you'd do",
        "what you would do",
        "what you'll be doing",
        "what you will be doing",
        "what you'd be doing",
        "what you'd be doing in this role",
        "what you'll be working on",
        "what you will be working on",
        "what you'll work on",
        "what you will work on",
        "what you'll ship",
        "what you'll own",
        "what you'll lead",
        "what youll do",
        "what you will lead",
        "what you'll achieve",
        "what you'll accomplish",
        "what you'll get to do",
        "what will you be doing",
        "what will you do",
        "what does the job involve",
        "what the role entails",
        "what the job involves",
        "what this role involves",
        "the role involves",
        "what the candidate will do",
        "what the selected candidate will do",
        "what the successful candidate will do",
        "what the candidate will be doing",
        "here's what you'll do",
        "here's how you'll make a difference",
        "how you'll make an impact",
        "how you will make an impact",
        "how you will contribute",
        "how you'll contribute",
        "the difference you will make",
        "your role in action",
        "your role",
        "your mission",
        "your impact",
        "your impact in role",
        "your day to day",
        "day to day",
        "day to day responsibilities",
        "in this role you will",
        "in this role you'll",
        "in this role you'll get to",
        "in this role you will get to",
        "in this position you will",
        "in this position you'll",
        "for this role you will",
        "as a member of the team you will",
        "you will",
        "you'll",
        "you will be",
        "you will be responsible for",
        "you'll be responsible for",
        "what you'll be responsible for",
        "what you will be responsible for",
        "the successful candidate will",
        "a successful candidate will",
        "job description and duties",
        "scope of work",
        "scope of the role",
        "accountabilities",
        "key accountabilities",
        "what you can expect",
        "what to expect",
        "what's the job",
        "what",
        "the work",
        "what you'll be working on day to day",
        "here are some tasks you could be working on day to day",
    ),
    "day_in_the_life": (
        "a day in the life",
        "a typical day",
        "what a typical day looks like",
        "what a typical day will look like",
        "what your typical day looks like",
    ),
    "basic_qualifications": (
        "qualifications",
        "basic qualifications",
        "minimum qualifications",
        "required qualifications",
        "key qualifications",
        "position qualifications",
        "job qualifications",
        "your qualifications",
        "minimum requirements",
        "minimum requirements for the role",
        "basic requirements",
        "requirements",
        "key requirements",
        "job requirements",
        "position requirements",
        "role requirements",
        "requirements/minimum qualifications",
        "qualifications and experience",
        "qualification and experience",
        "qualifications and work experience",
        "qualifications and skills",
        "minimum qualifications and experience",
        "basic qualifications and experience",
        "skills and qualifications",
        "skills and experience",
        "skills and requirements",
        "experience and qualifications",
        "experience and skills",
        "education and experience",
        "key skills and experience",
        "key skills and experience required",
        "necessary skills and experience",
        "required skills and experience",
        "relevant skills and experience",
        "required skills",
        "required experience",
        "key skills",
        "essential skills",
        "essential",
        "essential criteria",
        "required",
        "must have",
        "must haves",
        "what you'll need",
        "what you will need",
        "what you need",
        "what you need to succeed",
        "what you'll need for this role",
        "what the candidate will need",
        "what the candidate will need / bonus points",
        "what you will need / bonus points",
        "what you'll need/basic qualifications",
        "what you'll bring",
        "what you will bring",
        "what you bring",
        "what you bring to the table",
        "what you'll bring to the team",
        "the experience you'll bring",
        "what we're looking for",
        "what we are looking for",
        "we're looking for",
        "we are looking for",
        "who we're looking for",
        "who we are looking for",
        "who we're looking for in this role",
        "what we look for",
        "what we expect",
        "what we expect from you",
        "what we can expect from you",
        "what we need from you",
        "what you know",
        "what you have",
        "what you should have",
        "what you'll have",
        "what youll have",
        "who you are",
        "who you might be",
        "who you may be",
        "who thrives here",
        "about you",
        "you have",
        "you'll have",
        "you are",
        "you're probably a match if",
        "you may be a good fit if",
        "you may be a good fit if you have",
        "you might be a good fit if",
        "you'll thrive in this role if you",
        "you'll thrive here if",
        "you're a great fit if",
        "why you'd be a great fit",
        "we'd love to hear from you if",
        "let's talk if",
        "do you have what it takes",
        "to be successful in this role",
        "to be successful you will have",
        "the ideal candidate",
        "the ideal candidate will have",
        "the successful candidate will have",
        "the right leader will have",
        "the ideal profile",
        "ideal candidate profile",
        "position requires",
        "your profile",
        "your background",
        "your experience",
        "your expertise",
        "your skills",
        "your competencies",
        "we expect, at a minimum, that you",
        "technical skills",
        "skills",
        "experience",
        "knowledge, skills and abilities",
        "knowledge, skills, and abilities",
        "competencies",
        "selection criteria",
        "person specification",
    ),
    "preferred_qualifications": (
        "preferred qualifications",
        "preferred skills",
        "preferred experience",
        "preferred requirements",
        "preferred skills and experience",
        "preferred but not required qualifications",
        "desired qualifications",
        "desired skills",
        "desired experience",
        "desirable skills",
        "desirable",
        "desirable criteria",
        "additional qualifications",
        "additional skills",
        "additional experience",
        "additional preferred qualifications",
        "other preferred qualifications",
        "additional/preferred qualifications",
        "additional or preferred qualifications",
        "preferred/additional qualifications",
        "nice to have/preferred qualifications",
        "preferred experience/skills",
        "preferred",
        "nice to have",
        "nice to haves",
        "bonus points",
        "bonus points for",
        "bonus points if",
        "bonus points if you have",
        "bonus",
        "extra credit",
        "pluses",
        "a plus",
        "a plus if you have",
        "it's a plus if",
        "even better if",
        "even better if you have",
        "it would be great if you also have",
        "ideally, you will have",
        "ideally you have",
        "and we prefer, but don't require, that you",
        "we'd love it if you have",
        "what would make you stand out",
        "what sets you apart",
        "stand out if you have",
        "about you - other expertise that will be useful but not required",
    ),
    "role": (
        "about the role",
        "about this role",
        "about the job",
        "about this job",
        "about the position",
        "about this position",
        "about the opportunity",
        "about this opportunity",
        "about the role and the team",
        "about the role and team",
        "about the work",
        "the role",
        "the job",
        "the opportunity",
        "the position",
        "role summary",
        "role overview",
        "role description",
        "position summary",
        "position overview",
        "position description",
        "job summary",
        "job description",
        "job overview",
        "description",
        "overview",
        "summary",
        "sample projects",
        "projects",
        "technical stack",
        "tech stack",
        "our tech stack",
        "our stack",
        "tools we use",
        "what makes this role unique",
        "what success looks like",
    ),
    "team": (
        "about the team",
        "about our team",
        "about this team",
        "the team",
        "meet the team",
        "join the team",
        "team overview",
        "team description",
        "the community you will join",
        "how we work",
        "how we're different",
        "primary purpose of the organizational unit",
        "department",
        "department statement",
        "working environment",
        "work environment",
    ),
    "company": (
        "about us",
        "about the company",
        "who we are",
        "who we are/will be",
        "our mission",
        "our company",
        "our culture",
        "our values",
        "company overview",
        "company description",
        "why us",
        "why join us",
        "why join",
        "why work with us",
    ),
    "benefits": (
        "benefits",
        "our benefits",
        "benefits and perks",
        "our benefits and perks",
        "perks",
        "perks and benefits",
        "what we offer",
        "what we can offer",
        "we offer",
        "what you'll get",
        "what you get",
        "what's in it for you",
        "what you can expect from us",
        "what expects you",
        "how we'll take care of you",
        "why you'll love it here",
        "why you'll love working here",
        "why you'll love this role",
        "compensation and benefits",
        "total rewards",
        "inclusive team culture",
        "work/life balance",
        "work life balance",
        "mentorship and career growth",
        "training and career growth",
        "diverse experiences",
        "hybrid work",
        "key opportunities",
    ),
    "pay": (
        "pay",
        "salary",
        "annual salary",
        "salary range",
        "pay range",
        "annual pay range",
        "base pay range",
        "pay transparency",
        "salary transparency",
        "compensation",
        "compensation range",
        "formalities and salary range",
    ),
    "process": (
        "how to apply",
        "to apply",
        "apply",
        "apply now",
        "application",
        "application process",
        "application deadline",
        "instructions to apply",
        "where to apply",
        "hiring process",
        "interview process",
        "our hiring process",
        "recruitment process",
        "selection process",
        "next steps",
        "what happens next",
        "hiring overview",
        "process notes",
        "contact",
        "contact information",
    ),
    "other": (
        "location",
        "locations",
        "your location",
        "where and how you can work",
        "logistics",
        "notes",
        "note",
        "notice",
        "miscellaneous",
        "additional details",
        "additional information",
        "equal opportunity",
        "equal employment opportunity",
        "equal opportunity employer",
        "equal employment opportunity employer",
        "an equal employment opportunity employer",
        "our commitment to diversity and inclusion",
        "our commitment to inclusion",
        "our commitment to inclusion and belonging",
        "our commitment to diversity",
        "diversity and inclusion",
        "export control",
        "export control requirement",
        "export control requirements",
        "itar requirements",
        "physical requirements",
        "travel requirements",
        "work requirements",
        "security requirements",
        "schedule requirements",
        "other requirements",
        "additional requirements",
        "working conditions",
        "success attributes",
        "background check statement",
        "employment verification statement",
        "workplace",
        "schedule",
    ),
}

# Headings whose kind depends on where they stand: the kind above is meant before the
# qualifications section; after it (``What you can expect from us`` style) it is this kind.
HEADINGS_KIND_AFTER_QUALIFICATIONS: dict[str, str] = {
    "what you can expect": "benefits",
    "what to expect": "benefits",
}

# Words that classify a short heading the table does not list.  Order matters: preferred before
# basic (``Preferred Requirements``), responsibilities before basic (``Duties and experience``).
HEADINGS_KEYWORDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "preferred_qualifications": (
        "preferred",
        "nice to have",
        "nice-to-have",
        "bonus",
        "desirable",
        "desired",
        "plus",
    ),
    "responsibilities": (
        "responsibilit",
        "duties",
        "tasks",
        "accountabilities",
        "essential functions",
        "what you'll do",
        "what you will do",
    ),
    "basic_qualifications": (
        "qualifications",
        "requirement",
        "required",
        "must have",
        "skills",
        "experience",
        "who you are",
        "about you",
        "looking for",
        "you bring",
        "you need",
        "you will need",
        "you'll need",
        "you have",
    ),
    "benefits": ("benefits", "perks", "we offer", "in it for you"),
    "pay": ("salary", "pay range", "compensation"),
    "process": ("apply", "application", "hiring process", "interview"),
    "team": ("about the team", "the team"),
    "company": ("about us", "about the company", "who we are", "why join"),
    "role": ("about the role", "about the job", "overview", "summary", "description"),
}

# A line that ends with a colon (or ``…``) and leads into the duties list.
HEADINGS_LEADINS: tuple[str, ...] = (
    r"(?:in this role|in this position|in the role|in this job|day to day|day-to-day),? "
    r"you(?:'ll| will)(?: [^:\n]{0,60})?",
    r"as (?:an?|the) [^:\n]{1,80}?,? you(?:'ll| will)(?: be)?(?: [^:\n]{0,60})?",
    r"as (?:an?|the) [^:\n]{1,80}?,? your (?:tasks|responsibilities|duties) will include",
    r"you will(?: be)?(?: responsible for)?",
    r"you'll(?: be)?(?: responsible for)?",
    r"(?:your |the |major |key |main |primary )?(?:responsibilities|duties|tasks) "
    r"(?:will )?include(?:,? but (?:are )?not limited to)?",
    r"(?:more specifically|specifically),? (?:tasks|responsibilities|you) will include",
    r"the [^:\n]{1,60}?(?:'s)? responsibilities will include(?:,? but (?:are )?not limited to)?",
    r"the successful candidate will",
    r"in your first (?:few )?(?:weeks|months|\d+ days|year),? you (?:will|might|may)(?: be)?",
    r"within (?:\d+|one|two|three|six|twelve) (?:weeks?|months?),? you will(?: be)?",
    r"you'll (?:work on|be working on) (?:high-impact )?(?:projects|things) like",
    r"(?:the )?(?:role|position|job) (?:is focused on|involves|includes|will involve)",
    r"here (?:is|are) (?:a sampling of|some of) [^:\n]{0,60}",
    r"[^:\n]{0,60}on the job while you",
    r"[^:\n]{0,80}?\byou(?:'ll| will)(?: be)?(?:\.\.\.|…)?",
    r"[^:\n]{0,60}\b(?:also|will also)",
)

# Sentences that close a posting (equal opportunity, accommodations, pay, culture, how to
# apply): where one starts, the list before it has ended even though no heading says so.
HEADINGS_CLOSING_SENTENCES: tuple[str, ...] = (
    r"(?:[\w,' ]{0,40})?(?:is |are |as )?an? equal[- ](?:employment[- ])?opportunity",
    r"equal (?:employment )?opportunity employer",
    r"we are (?:an )?(?:eoe|eeo)",
    r"we (?:do not|don't) discriminate",
    r"all qualified applicants will receive consideration",
    r"we (?:celebrate|value|embrace) diversity",
    r"we are committed to (?:building|creating|fostering) (?:a )?divers",
    r"if you (?:want|need|require) (?:an? )?(?:reasonable )?accommodation",
    r"(?:reasonable )?accommodations? (?:are|is) available",
    r"we (?:welcome|encourage) (?:applications|applicants|candidates|qualified|people|individuals)",
    r"(?:please )?apply (?:now|today|here|online)",
    r"(?:click|see) (?:here|below) to apply",
    r"to apply,? (?:please )?(?:send|email|submit|visit|click)",
    r"interested (?:candidates|applicants) (?:should|may|can) (?:apply|send|submit)",
    r"(?:please )?send (?:your|a) (?:cv|resume|résumé|cover letter)",
    r"(?:the )?(?:base )?(?:pay|salary|compensation) range for this",
    r"(?:generally, )?(?:our )?compensation structure",
    r"(?:[\w]+ )?(?:provides|offers) comprehensive benefits",
    r"inclusion is an? \w+ value",
    r"the \w+ culture (?:attracts|is)",
    r"this (?:job )?posting (?:may span|will remain open|closes)",
    r"we are no longer (?:accepting|reviewing) applications",
    r"this position has (?:now )?been filled",
    r"learn more about (?:us|our)",
    r"#li-[a-z0-9]{1,8}",
)

# Abbreviations that never end a sentence (compared lower-cased, dots and spaces kept).
SPLIT_ABBREVIATIONS: tuple[str, ...] = (
    "e.g.",
    "i.e.",
    "ex.",
    "vs.",
    "viz.",
    "cf.",
    "approx.",
    "ca.",
    "c.",
    "dept.",
    "univ.",
    "est.",
    "no.",
    "nos.",
    "vol.",
    "fig.",
    "incl.",
    "excl.",
    "min.",
    "max.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "st.",
    "jr.",
    "sr.",
    "u.s.",
    "u.k.",
    "u.s.a.",
    "e.u.",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "mon.",
    "tue.",
    "wed.",
    "thu.",
    "fri.",
    "b.s.",
    "b.a.",
    "b.sc.",
    "m.s.",
    "m.a.",
    "m.sc.",
    "ph.d.",
    "m.d.",
    "j.d.",
    "b.eng.",
    "m.eng.",
    "b.tech.",
    "m.tech.",
    "ed.d.",
    "d.phil.",
    "dipl.",
    "ing.",
    "resp.",
    "esp.",
    "w/o.",
    "misc.",
    "avg.",
    "ext.",
    "tel.",
    "ph.",
    "govt.",
    "assoc.",
    "asst.",
    "mgr.",
    "sq.",
    "ft.",
    "lbs.",
    "oz.",
)
# Abbreviations that close an enumeration or a name: before a capitalised word they end the
# sentence (``… Amarillo, etc. Work directly …``), elsewhere not (``(Pandas, etc.) OR …``).
FINAL_ABBREVIATIONS: tuple[str, ...] = (
    "etc.",
    "et al.",
    "inc.",
    "ltd.",
    "llc.",
    "co.",
    "corp.",
    "a.m.",
    "p.m.",
    "yrs.",
    "yr.",
    "mos.",
    "hrs.",
)

# --- requirements (conventions: the ``REQ_*`` bullet above) ----------------------------------
# number words of a count of years
NUMBER_WORDS: dict[str, int] = {
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
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
# ``y`` only glued to its number: ``(3y+)``
REQ_YEAR_WORDS: tuple[str, ...] = ("years", "year", "yrs", "yr", "y")
REQ_MONTH_WORDS: tuple[str, ...] = ("months", "month", "mos")
REQ_EXPERIENCE_WORDS: tuple[str, ...] = ("experience", "expertise", "exp")
# words that may follow a count of years of experience where no experience word is near:
# ``at least 7 years in BizOps``, ``(3Y+) systems engineer``
REQ_COUNT_FOLLOWERS: tuple[str, ...] = (
    "of",
    "in",
    "as",
    "with",
    "at",
    "on",
    "working",
    "managing",
    "leading",
    "building",
    "developing",
    "designing",
    "running",
    "selling",
    "doing",
    "total",
    "professional",
    "industry",
    "relevant",
    "related",
    "direct",
    "hands-on",
    "full-time",
    "full time",
    "progressive",
    "practical",
    "prior",
    "post",
    "combined",
    "applied",
    "proven",
    "demonstrated",
    "successful",
    "recent",
    "overall",
    "technical",
)
# before the number: ``at least 5 years``
REQ_MIN_PHRASES: tuple[str, ...] = (
    "at least",
    "a minimum of",
    "minimum of",
    "minimum",
    "min.",
    "min",
    "no less than",
    "not less than",
    "over",
    "more than",
    "upwards of",
    "around",
    "approximately",
    "about",
)
# after the number or after the unit: ``5 or more years``, ``5 years or more``, ``5+ years``
REQ_PLUS_PHRASES: tuple[str, ...] = (
    "+",
    "or more",
    "or greater",
    "and above",
    "or above",
    "plus",
    "and up",
    "or longer",
)
# between the two ends of a range: ``3-5 years``, ``2 or 3 years``
REQ_RANGE_WORDS: tuple[str, ...] = ("-", "–", "—", "to", "or", "through")
# right before a count (and its minimum phrase): the years are not the applicant's experience
REQ_NOT_EXPERIENCE_YEARS: tuple[str, ...] = (
    "next",
    "last",
    "past",
    "every",
    "within",
    "first",
    "since",
    "after",
    "for over",
    "nearly",
    "almost",
    "the coming",
    "in the",
    "than",
    "funded for",
    "in business for",
    "operating for",
    "been around for",
    "commit to",
    "commitment of",
    "contract for",
    "appointment for",
    "a period of",
)
# right after the unit: ``25 years ago``, ``a 12-month program``, ``up to one year of the required
# experience`` (what may replace part of a requirement stated elsewhere)
REQ_NOT_EXPERIENCE_AFTER: tuple[str, ...] = (
    "ago",
    "old",
    "of age",
    "thereafter",
    "later",
    "from now",
    "in a row",
    "program",
    "programme",
    "contract",
    "term",
    "internship",
    "rotation",
    "anniversary",
    "of human",
    "of the required",
    "or less of the required",
)
# a statement naming these speaks of the job's terms, not of the applicant's experience
REQ_NOT_EXPERIENCE_CONTEXTS: tuple[str, ...] = ("probation", "probationary period", "trial period")

# degree level -> its names, lower case, matched whole (``'`` stands for either apostrophe)
REQ_DEGREES_BY_LEVEL: dict[str, tuple[str, ...]] = {
    "high_school": (
        "high school diploma",
        "high school",
        "ged",
        "secondary school",
        "secondary education",
        "a-levels",
        "a levels",
        "diploma or equivalent",
    ),
    "associate": (
        "associate degree",
        "associate's degree",
        "associates degree",
        "associate's",
        "associate of science",
        "associate of arts",
        "associate of applied science",
        "two-year degree",
        "2-year degree",
        "two year degree",
        "hnd",
        "hnc",
        "foundation degree",
    ),
    "bachelor": (
        "bachelor's degree",
        "bachelors degree",
        "bachelor degree",
        "bachelor's",
        "bachelors",
        "bachelor",
        "bachelor of science",
        "bachelor of arts",
        "bachelor of engineering",
        "undergraduate degree",
        "undergraduate studies",
        "four-year degree",
        "4-year degree",
        "four year degree",
        "b.s.",
        "b.s",
        "bs",
        "bsc",
        "b.sc.",
        "b.sc",
        "ba",
        "b.a.",
        "beng",
        "b.eng.",
        "btech",
        "b.tech",
        "bba",
        "bfa",
    ),
    "master": (
        "master's degree",
        "masters degree",
        "master degree",
        "master's",
        "masters",
        "master",
        "master of science",
        "master of arts",
        "graduate degree",
        "graduate education",
        "graduate studies",
        "advanced degree",
        "advanced education",
        "advanced studies",
        "post-graduate degree",
        "postgraduate degree",
        "post graduate degree",
        "m.s.",
        "m.s",
        "ms",
        "msc",
        "m.sc.",
        "m.sc",
        "m.a.",
        "meng",
        "m.eng.",
        "m.eng",
        "mba",
        "mph",
        "mfa [in]",
        "mfa [degree]",
        "mpa",
        "mtech",
        "m.tech",
        "ll.m.",
    ),
    "doctorate": (
        "phd",
        "phd.",
        "phds",
        "ph.d.",
        "ph.d",
        "ph. d.",
        "ph. d",
        "doctorate",
        "doctoral degree",
        "doctor [of]",
        "dphil",
        "d.phil.",
        "md [degree]",
        "md [or]",
        "md [and]",
        "md/",
        "md [from]",
        "m.d.",
        "jd",
        "j.d.",
        "edd",
        "ed.d.",
    ),
}
# names above matched only as written here (capitals), never inside a word: ``MS``, not ``ms``
REQ_DEGREE_ABBREVIATIONS: tuple[str, ...] = (
    "GED",
    "HND",
    "HNC",
    "BS",
    "BA",
    "BFA",
    "MS",
    "MPH",
    "MFA [in]",
    "MFA [degree]",
    "MPA",
    "MD [degree]",
    "MD [or]",
    "MD [and]",
    "MD/",
    "MD [from]",
    "JD",
)
# names of the table above that may close a compound word
REQ_COMPOUND_DEGREES: tuple[str, ...] = ()
# degree names that name no level, read as a bachelor's (ANNOTATION.md): next to a name that
# does, they are that degree (``PhD degree in``, ``formation universitaire Bac+5``)
REQ_UNLEVELED_DEGREES: tuple[str, ...] = (
    "degree [in]",
    "degree [from]",
    "degree [program]",
    "degree [programme]",
    "completed studies",
    "university studies",
    "academic studies",
    "college degree",
    "university degree",
    "academic degree",
)
# contexts in which a degree name is not a degree
REQ_NOT_DEGREES: tuple[str, ...] = (
    "ms excel",
    "ms office",
    "ms word",
    "ms powerpoint",
    "ms access",
    "ms project",
    "ms teams",
    "ms sql",
    "ms windows",
    "ms azure",
    "ms dynamics",
    "ms visio",
    "ms outlook",
    "ms sharepoint",
    "ms exchange",
    "ms fabric",
    "pkms",
    "cap theorem",
    "certified master",
    "scrum master",
    "master data",
    "master branch",
    "master schedule",
    "master plan",
    "master list",
    "master file",
    "master class",
    "master the",
    "master of ceremonies",
    "ba (business analyst)",
    "phd student",
    "phd students",
    "phd candidate",
    "phd candidates",
    "phd program",
    "phd programme",
    "phd position",
    "phd positions",
    "phd fellowship",
    "phd internship",
    "phd intern",
    "master's student",
    "master's students",
    "masters students",
    "master students",
    "bachelor's students",
    "high school students",
    # a degree restated: ``Master's degree or foreign equivalent degree in …``
    "equivalent degree",
)
# what joins alternatives: ``PhD, or Master's degree and 4+ years``
REQ_OR_WORDS: tuple[str, ...] = ("or", "either")
# what joins two parts of one path: ``Master's degree and 4+ years``
REQ_AND_WORDS: tuple[str, ...] = ("and", "with", "plus")
# after ``or``, these close a list of fields (``… or related field, 7 years``): the ``or`` opens
# no alternative
REQ_FIELD_CLOSERS: tuple[str, ...] = (
    "related",
    "a related",
    "closely related",
    "similar",
    "a similar",
    "equivalent",
    "other",
    "relevant field",
    "a relevant field",
)
# fields of study: the words that lead from a degree to them (``degree in``), the words that
# end their list (``… Mathematics from an accredited …``), and words that start no field
REQ_FIELD_PREPOSITIONS: tuple[str, ...] = ("in", "of")
REQ_FIELD_ENDS: tuple[str, ...] = ("from", "at", "is", "are", "required", "preferred", "strongly")
REQ_NOT_FIELD_WORDS: tuple[str, ...] = (
    "a",
    "an",
    "the",
    "any",
    "relevant",
    "related",
    "field",
    "experience",
    "other",
)
# the degree may be replaced by experience (``or_equivalent``); ``…`` stands for up to two words
REQ_EQUIVALENT_PHRASES: tuple[str, ...] = (
    "equivalent … experience",
    "or comparable … experience",
    "or relevant … experience",
    "or practical … experience",
    "or hands-on … experience",
    "or professional … experience",
    "or industry … experience",
    "or work experience",
    "or experience",
    "equivalent combination",
    "combination of education",
    "equivalent to possession",
    "in lieu of",
)
# not experience in place of a degree: the same degree from abroad
REQ_SAME_DEGREE_PHRASES: tuple[str, ...] = (
    "foreign equivalent",
    "or foreign equivalent degree",
    "or its foreign equivalent",
    "international equivalent",
)
# phrases that make a whole statement preferred, before or after what it asks (``MBA preferred``)
REQ_PREFERRED_PHRASES: tuple[str, ...] = (
    "preferred",
    "prefer",
    "a plus",
    "a big plus",
    "a huge plus",
    "a strong plus",
    "an advantage",
    "advantageous",
    "a bonus",
    "bonus",
    "nice to have",
    "nice-to-have",
    "desirable",
    "desired",
    "would be great",
    "would be nice",
    "not required",
    "optional",
)
# adverbs that make a statement preferred only before what it asks (``Ideally, a Master's``), not
# after it (``4+ years of legal experience, ideally in-house``)
REQ_PREFERRED_ADVERBS: tuple[str, ...] = ("ideally", "preferably")


# === workplace, employment type and visa sponsorship (read by posting/facts.py) ==========
# English: words and phrases of the workplace, employment-type and visa facts, as data.
#
# Read by :mod:`..posting.facts`, which holds no English of its own.  Conventions of every
# language's tables:
#
# * ``*_CUES`` are lower-case substrings; a posting is only looked at around them.
# * Phrases are regular expressions in lower case, matched against the lower-cased text, except
#   in ``*_CASED`` tables (matched as written); country aliases are matched as written.
# * ``{num}`` in a ``*_DAYS_*`` phrase stands for a number (digits or a ``NUMBER_WORDS`` word).
# * Types are the plain strings ``remote`` / ``hybrid`` / ``onsite`` and ``full_time`` /
#   ``part_time`` / ``contract`` / ``temporary`` / ``internship``.
# --- workplace ---------------------------------------------------------------------------------
WORKPLACE_CUES: tuple[str, ...] = (
    "remot",
    "hybrid",
    "telecommut",
    "telework",
    "on-site",
    "onsite",
    "on site",
    "in-office",
    "in office",
    "the office",
    "our office",
    "assigned office",
    "in-person",
    "in person",
    "from home",
    "work-from-home",
    "wfh",
    "#li-",
    "where and how",
    "how and where",
    "wherever you are",
    "from anywhere",
    "home base",
    "homebase",
    "office-based",
    "joblocationtype",
    "office days",
    "office is optional",
    "office attendance",
    "days a week",
    "days per week",
    "day a week",
    "day per week",
    "days/week",
    "times a week",
    "of the time",
    "of their time",
    "of your time",
)
# A statement that the job can be done fully remotely.
WORKPLACE_REMOTE: tuple[str, ...] = (
    r"\b(?:fully|full|100\s?%|completely|entirely|totally|permanently|largely|full[- ]time)"
    r"[\s-]+remote(?:ly)?\b",
    r"\beligible for (?:fully )?remote(?: work)?\b",
    r"\b(?:can|may) be (?:performed|done|worked|carried out) (?:fully |entirely |100\s?% )?"
    r"remotely\b",
    r"\bopen to (?:fully )?remote (?:candidates|applicants|work)\b",
    r"\b(?:partially|partly) or (?:fully|completely|entirely)\b",
    r"\bremote[- ](?:first|only|eligible|friendly|native)\b",
    r"\b(?:is|be) an? (?:[\w-]+,?\s+){0,4}?remote,?\s+(?:[\w-]+,?\s+){0,3}?"
    r"(?:position|role|job|opportunity)\b",
    r"\b(?:this|the|our) remote (?:position|role|job|opportunity)\b",
    r"\b(?:this|the) (?:position|role|job|opportunity) (?:is|will be|can be) remote\b",
    r"\b(?:are|is|as) (?:an? )?remote (?:workers?|employees?|team members?)\b",
    r"\b(?:can|may|possibility to|option to|able to|free to|allowed to|choose to|"
    r"opportunity to|apply to|welcome to|eligible to) work(?: 100\s?%)? remotely\b",
    r"\b(?:will be|are|is) (?:working|work) remotely\b",
    r"\bwork(?:ing)? from anywhere\b",
    r"\bwherever you are\b",
    r"\b(?:are|is) an? (?:[\w-]+ ){0,2}remote (?:company|organi[sz]ation|startup)\b",
    r"\b(?:working )?(?:from|in|at) (?:our|the) office is (?:optional|possible)\b",
    r"\boffice (?:attendance |work )?is optional\b",
)
# A statement that part of the time is spent in an office.
WORKPLACE_HYBRID: tuple[str, ...] = (
    r"\bhybrid(?:\s+|-)(?:(?:remote|work|working|office|work-from-home|flexible|"
    r"in-office)\s+)?(?:role|position|job|model|policy|arrangement|schedule|environment|"
    r"basis|set-?up|opportunity|work|working|workplace|approach|way of working)\b",
    r"\b(?:is|be) (?:a )?hybrid\b(?!-)",
    r"\beligible for (?:a )?hybrid\b",
    r"\(\s*hybrid\s*\)",
    r"\b(?:partly|partially|part|semi)[- ]remote(?:ly)?\b",
    r"\b(?:partly|partially) (?:from home|in the office)\b",
    r"\bflexib\w* (?:in|on|about|around|regarding|of|to choose) "
    r"(?:how and where|where and how|where)\b",
    r"\bchoice (?:in|of|on|about) (?:where and how|how and where|where)\b",
)
# A statement that the job is done on site without a remote part.
WORKPLACE_ONSITE: tuple[str, ...] = (
    r"\b(?:is|be|as) an? (?:fully |100\s?% )?(?:in-office|on-?site|in-person|office-based) "
    r"(?:role|position|job|opportunity)\b",
    r"\b(?:this|the|an?) (?:in-office|on-?site|in-person|office-based) (?:role|position|job)\b",
    r"\b(?:100\s?%|fully|entirely|exclusively|completely) (?:on-?site|in[- ]office|"
    r"in[- ]person|office-based)\b",
    r"\brequires? (?:being|to be|you to be|working) (?:on-?site|in[- ]office|in the office|"
    r"in person)\b",
    r"\b(?:must|required to|expected to|need to|will) (?:work|be) (?:fully )?(?:on-?site|"
    r"in the office|in-office|in person)\b",
    r"\b(?:leads?|works?|working|stationed) on-?site\b",
    r"\boffice is our (?:home ?base|home|base)\b",
    r"\b(?:role|position|job) (?:is |will be |and )?(?:fully |100\s?% |entirely )?"
    r"(?:on-?site|in[- ]office|in[- ]person)\b(?! (?:interview|training|event|meeting))",
)
# Telework offered: hybrid, remote after a WORKPLACE_FULL qualifier, onsite when negated.
WORKPLACE_TELEWORK: tuple[str, ...] = (
    r"\bremote work(?:ing)?\b",
    r"\bwork(?:ing)?[- ]from[- ]home\b",
    r"\btelecommut\w*",
    r"\btelework\w*",
    r"\bhome[- ]office days?\b",
)
# Words for remote work in general: negated they state onsite; they are the home side of a
# share of the week.
WORKPLACE_REMOTE_WORDS: tuple[str, ...] = (r"\bremote(?:ly)?\b", r"\bfrom home\b")
# Qualifiers that make telework full (right before it).
WORKPLACE_FULL: tuple[str, ...] = (
    r"fully",
    r"100\s?%",
    r"full[- ]time",
    r"entirely",
    r"completely",
    r"totally",
    r"permanently",
    r"exclusively",
)
# Being in the office / on site (the office side of a share of the week).
WORKPLACE_OFFICE: tuple[str, ...] = (
    r"\bin[- ]office\b",
    r"\b(?:in|into|at|from) (?:the|our|an?|their|your) "
    r"(?:[\w-]+ ){0,2}?(?:office|hub|studio)s?\b",
    r"\bin one of our (?:offices|hubs)\b",
    r"\bon-?site\b",
    r"\bin[- ]person\b",
    r"\boffice days?\b",
    r"\bpresence at\b",
)
WORKPLACE_DAYS_PER_WEEK: tuple[str, ...] = (
    r"(?P<n>{num})(?:\s*(?:-|–|to|or)\s*(?P<m>{num}))?\+?\s*(?:days?|x)\s*"
    r"(?:a|per|each|every|/|of the|in the|in a)\s*week",
    r"(?P<n>{num})(?:\s*(?:-|–|to|or)\s*(?P<m>{num}))?\s*days?\s+(?:a week\s+)?"
    r"(?:in|at|from)\s+(?:the\s+|our\s+|an?\s+)?(?:office|home|hub|studio|site)",
)
WORKPLACE_DAYS_PER_MONTH: tuple[str, ...] = (
    r"(?P<n>{num})\s+(?:monthly\s+)?(?:in[- ]office|office|on-?site)\s+days",
    r"(?P<n>{num})\s*days?\s*(?:a|per|each)\s*month",
)
# A share of the week that is not all of it.
WORKPLACE_PARTIAL: tuple[str, ...] = (
    r"\b(?:twice|once|three times|two times) (?:a|per|each|every) week\b",
    r"\b(?:at least |about |around )?half (?:of )?(?:the|their|your|our) (?:work )?time\b",
    r"\bmonday\s*(?:-|–|—|to|through|thru)\s*(?:tuesday|wednesday|thursday)\b",
    r"\banchor days\b",
)
# All of the week.
WORKPLACE_FULL_WEEK: tuple[str, ...] = (
    r"\bmonday\s*(?:-|–|—|to|through|thru)\s*friday\b",
    r"\bevery (?:work)?day\b",
    r"\b(?:full|whole|entire) (?:work )?week\b",
)
# After a percentage: the share is not about where the work is done.
WORKPLACE_PERCENT_NOT: tuple[str, ...] = (r"\btravel", r"\bcommission")
WORKPLACE_NEGATION_BEFORE: tuple[str, ...] = (r"not", r"no", r"non", r"never", r"without")
WORKPLACE_NEGATION_AFTER: tuple[str, ...] = (
    r"(?:is |are |will |does )?(?:not|n't) (?:be )?(?:available|possible|considered|offered|"
    r"an option|permitted|allowed|supported)",
)
# A clause that is an exception to the rule, not the rule ("unless approved to work remotely").
WORKPLACE_CLAUSE_EXCLUSIONS: tuple[str, ...] = (r"\bunless\b", r"\bexcept\b")
# A sentence about other roles than this one.
WORKPLACE_SENTENCE_EXCLUSIONS: tuple[str, ...] = (
    r"\bfor certain roles\b",
    r"\bsome roles\b",
    r"\bdepending on (?:the )?(?:various )?"
    r"(?:position|role|team)s?\b",
    r"\bother (?:teams|roles|positions)\b",
    r"\bjobs located in\b",
    r"\bremote jobs\b",
)
# Right after a telework / remote word: it names something else than how the job is done.
WORKPLACE_NOT_AFTER: tuple[str, ...] = (
    r"allowance",
    r"stipend",
    r"budget",
    r"equipment",
    r"reimbursement",
    r"set-?up",
    r"tools?",
    r"teams?",
    r"meetings?",
    r"sites?",
    r"sensing",
    r"access",
    r"monitoring",
    r"support",
    r"control",
    r"desktop",
    r"experience",
    r"workers?",
    r"colleagues",
    r"customers?",
    r"polic(?:y|ies)",
    r"weeks?",
    r"days? (?:a|per) year",
    r"clients?",
    r"with (?:our |the )?(?:customers?|clients?)",
    r"at (?:customer|client)",
)
# Right before a telework word: it is a skill or a tool, not an offer.
WORKPLACE_NOT_BEFORE: tuple[str, ...] = (
    r"experience",
    r"ability",
    r"tools",
    r"resources",
    r"support",
    r"comfortable",
)
# The sentence is about this job (such statements beat company policy).
WORKPLACE_ROLE_SUBJECT: tuple[str, ...] = (
    r"\b(?:this|the) (?:role|position|job|opportunity|vacancy)\b",
    r"^[^a-z0-9]*this is\b",
    r"\bfor this role\b",
)
# Field values (a short line, a ``key: value`` value, a bracketed or slash-separated part).
WORKPLACE_LABELS: dict[str, str] = {
    "remote": "remote",
    "fully remote": "remote",
    "100% remote": "remote",
    "remote-first": "remote",
    "remote first": "remote",
    "remote only": "remote",
    "remote-friendly": "remote",
    "remote eligible": "remote",
    "remote-eligible": "remote",
    "telecommute": "remote",
    "work from anywhere": "remote",
    "hybrid": "hybrid",
    "hybrid remote": "hybrid",
    "hybrid work": "hybrid",
    "partially remote": "hybrid",
    "partly remote": "hybrid",
    "on-site": "onsite",
    "onsite": "onsite",
    "on site": "onsite",
    "in-office": "onsite",
    "in office": "onsite",
    "office-based": "onsite",
    "office based": "onsite",
}
# Tags anywhere in the text (hashtags, structured data).
WORKPLACE_TAGS: dict[str, str] = {
    r"#li-remote\b": "remote",
    r"#li-hybrid\b": "hybrid",
    r"#li-on-?site\b": "onsite",
    r"#li-office\b": "onsite",
    r'"joblocationtype"\s*:\s*"telecommute"': "remote",
}
# After these words comes the lasting arrangement (the temporary one before is ignored).
WORKPLACE_LASTING_MARKERS: tuple[str, ...] = (
    r"\bafter the (?:pandemic|covid)\b",
    r"\bpost[- ](?:pandemic|covid)\b",
)
# Country names and abbreviations beyond pycountry's English names (case-sensitive).
WORKPLACE_COUNTRY_ALIASES: dict[str, str] = {
    "US": "US",
    "U.S.": "US",
    "U.S": "US",
    "USA": "US",
    "U.S.A.": "US",
    "United States": "US",
    "United States of America": "US",
    "America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Great Britain": "GB",
    "Britain": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "UAE": "AE",
    "Russia": "RU",
    "South Korea": "KR",
    "Korea": "KR",
    "Vietnam": "VN",
    "Czech Republic": "CZ",
    "Czechia": "CZ",
    "Turkey": "TR",
    "Taiwan": "TW",
    "Iran": "IR",
    "Bolivia": "BO",
    "Venezuela": "VE",
    "Tanzania": "TZ",
    "Moldova": "MD",
    "Holland": "NL",
    "The Netherlands": "NL",
}

# --- employment type ---------------------------------------------------------------------------
EMPLOYMENT_CUES: tuple[str, ...] = (
    "full-time",
    "full time",
    "fulltime",
    "part-time",
    "part time",
    "parttime",
    "contract",
    "freelanc",
    "temporary",
    "seasonal",
    "fixed-term",
    "fixed term",
    "internship",
    "intern ",
    "hours per week",
    "hours/week",
    "hours / week",
    "hours a week",
    "hours per week",
    "hrs/week",
    "hours)",
    "1099",
    "consultant",
    "permanent",
    "open ended",
    "open-ended",
    "short-term",
    "short term",
    "time-limited",
    "time limited",
    "employmenttype",
    "ftc",
)
EMPLOYMENT_TYPES: dict[str, tuple[str, ...]] = {
    "full_time": (
        r"\bfull[- ]?time\b(?![- ]equivalent)",
        r"\bpermanent(?:\s+|-)(?:full[- ]time\s+)?(?:position|role|contract|employment|job|"
        r"post|basis|hire|opportunity|appointment)\b",
        r"\bopen[- ]ended\s+(?:contract|position|appointment|employment)\b",
    ),
    "part_time": (r"\bpart[- ]?time\b",),
    "contract": (
        r"\bcontract(?:or)?(?:\s+|-)(?:role|position|job|basis|assignment|engagement|"
        r"opportunity)\b",
        r"\b(?:as|is) an? (?:independent |external )?contractor\b",
        r"\bcontract[- ]to[- ](?:hire|perm)\b",
        r"\bindependent contractor (?:role|position|agreement|basis)\b",
        r"\bfreelances?\b(?!\s+(?:[\w-]+\s+)?[\w-]+s\b)",
        r"\b1099(?:-[a-z]+)?\)?\s*(?:position|role|contractor|basis|employment)",
        r"\bconsult(?:ant|ing) (?:position|role|engagement|contract|basis|agreement)\b",
    ),
    "temporary": (
        r"\btemporary(?:\s+|-)(?:full[- ]time\s+|part[- ]time\s+)?(?:position|role|job|"
        r"assignment|employment|contract|basis|post|hire|opportunity|appointment)\b",
        r"\bseasonal\s+(?:position|role|job|employment|contract|associate|opportunity)\b",
        r"\bfixed[- ]term(?:\s+(?:full[- ]time\s+)?(?:contract|position|role|employment|"
        r"appointment)(?:\s+(?:role|position))?)?\b",
        r"\b(?:\d+|one|two|three|four|six|nine|twelve|eighteen)[- ]?(?:month|year|week)s?,?"
        r"(?:\s+|-)(?:fixed[- ]term\s+|full[- ]time\s+)?(?:[\w-]+\s+)?(?:contract|position|role|"
        r"assignment|engagement)\b",
        r"\bcontract (?:of|for) \d+ (?:months|years|weeks)\b",
        r"\bshort[- ]term\s+(?:position|role|contract|assignment|job|engagement)\b",
        r"\btime[- ]limited\b",
    ),
    "internship": (
        r"\binternship\b",
        r"\b(?:summer|this|our|the|an?|\d{4}) intern(?:ship)? program(?:me)?\b",
    ),
}
EMPLOYMENT_TYPES_CASED: dict[str, tuple[str, ...]] = {"temporary": (r"\bFTC\b",)}
# Words that may stand between a type word and the noun it describes ("full-time and seasonal").
EMPLOYMENT_MODIFIERS: tuple[str, ...] = (
    r"part[- ]time",
    r"full[- ]time",
    r"seasonal",
    r"temporary",
    r"permanent",
    r"paid",
    r"salaried",
    r"hourly",
    r"regular",
    r"exempt",
)
# The noun right after the type word: the type describes other people or things.
EMPLOYMENT_NOT_AFTER: tuple[str, ...] = (
    r"employees?",
    r"staff",
    r"experience",
    r"jobs",
    r"workers?",
    r"income",
    r"hourly",
    r"salaried",
    r"telecommuting",
    r"work\b(?!er)",
    r"equivalent",
    r"students?",
    r"ftes?",
    r"team members",
    r"colleagues",
    r"positions? (?:related|in)",
    r"(?:and|or) exempt",
    r"in[- ]office",
    r"on-?site",
    r"office",
    r"presence",
    r"remote",
    r"behaviou?r",
    r"drivers",
)
# The same, with up to three words between ("full-time Software Engineering work experience").
EMPLOYMENT_NOT_AFTER_FAR: tuple[str, ...] = (
    r"degree",
    r"program(?:me)?",
    r"students?",
    r"stud(?:y|ies)",
    r"course",
    r"(?:work|professional|industry) experience",
    r"(?:or|and) (?:[\w-]+ )?experience",
)
# In the few words before the type word: a requirement, a benefit rule, other people.
EMPLOYMENT_NOT_BEFORE: tuple[str, ...] = (
    r"\byears? of\b",
    r"\bexperience\b",
    r"\balternative to\b",
    r"\bsupplement\b",
    r"\bcurrently employed\b",
    r"\bemployed by\b",
    r"\bbenefits? for\b",
    r"\bsuch as\b",
    r"\bapplication\b",
    r"\bcommissioning\b",
    r"\bprevious\b",
    r"\bprior\b",
    r"\byears?\+?\s+$",
    r"\benrolled\b",
    r"\bpathway\b",
    r"\bconver(?:t|sion)\b",
    r"\bpath to\b",
    r"\blead to\b",
    r"\bnot\b(?:\s+[\w-]+){0,3}\s+$",
    r"\bcompleted\b",
    r"(?:^|\s)(?:\d{1,3}\+?|two|three|four|five|six|seven|eight|nine|ten)\s+$",
)
# Weekly hours: ``lo`` (and ``hi`` of a range).
EMPLOYMENT_HOURS: tuple[str, ...] = (
    r"(?P<lo>\d{1,2})(?:\s*(?:-|–|to)\s*(?P<hi>\d{1,2}))?\s*(?:hours?|hrs?)\s*"
    r"(?:/|per|a|each)\s*(?:week|wk)\b",
    r"\bhours?\s*(?:/|per)\s*week\s*:?\s*(?P<lo>\d{1,2})\b",
)
EMPLOYMENT_FULL_TIME_MIN_HOURS = 35
EMPLOYMENT_PART_TIME_MAX_HOURS = 30
# More weekly hours than this describe overtime peaks, not the job's schedule.
EMPLOYMENT_SCHEDULE_MAX_HOURS = 48
# Field names whose value is an employment type ("Job type: Contract").
EMPLOYMENT_FIELD_KEYS: tuple[str, ...] = (
    r"\b(?:employment|job|contract|position|work|time|worker) ?type\b",
    r"^\s*type\s*$",
    r"\bemployment\b",
    r"\bschedule\b",
    r"\bcontract\b",
)
EMPLOYMENT_LABELS: dict[str, str] = {
    "full time": "full_time",
    "full-time": "full_time",
    "fulltime": "full_time",
    "permanent": "full_time",
    "part time": "part_time",
    "part-time": "part_time",
    "contract": "contract",
    "contractor": "contract",
    "freelance": "contract",
    "temporary": "temporary",
    "fixed-term": "temporary",
    "fixed term": "temporary",
    "seasonal": "temporary",
    "internship": "internship",
    "intern": "internship",
}
# schema.org JobPosting employmentType values.
EMPLOYMENT_JSONLD: dict[str, str] = {
    "FULL_TIME": "full_time",
    "PART_TIME": "part_time",
    "CONTRACTOR": "contract",
    "TEMPORARY": "temporary",
    "INTERN": "internship",
}

# --- visa sponsorship --------------------------------------------------------------------------
VISA_CUES: tuple[str, ...] = (
    "visa",
    "sponsor ",
    "sponsorship",
    "sponsoring",
    "sponsor.",
    "citizen",
    "nationality",
)
# The employer does not sponsor.
VISA_NO: tuple[str, ...] = (
    r"\b(?:unable|not able|cannot|can ?not|can't|won't|will not|do not|don't|does not|"
    r"doesn't|are not|aren't|is not|isn't|not)\b(?:\s+[\w-]+){0,4}?\s+(?:to\s+)?sponsor",
    r"\bno (?:[\w-]+ ){0,2}sponsorship\b",
    r"\bsponsorship (?:is |will )?(?:not |un)(?:be )?(?:available|provided|offered|possible)\b",
    r"\b(?:not|in)eligible for (?:[\w-]+ ){0,2}sponsorship\b",
    r"\bnot (?:be )?(?:eligible|available) for (?:[\w-]+ ){0,2}sponsorship\b",
    r"\bwithout (?:the need for |requiring |need of |needing |any )?(?:current or future |"
    r"future |employer |visa |company |immigration )*sponsorship\b",
    r"\bnot (?:now or in the future )?require (?:[\w-]+ ){0,3}sponsorship\b",
    r"\bsponsorship\s*:\s*(?:no|none|not (?:available|offered|provided))\b",
)
# The employer sponsors (checked only when no VISA_NO phrase is in the sentence).
VISA_YES: tuple[str, ...] = (
    r"\bwe (?:do |can |will |are able to |are happy to |may |also )?sponsor\b",
    r"\b(?:visa|immigration) (?:sponsorship|support) (?:is |will be |may be )?"
    r"(?:available|provided|offered|possible)\b",
    r"\b(?:offer|provide)s? (?:[\w-]+ ){0,2}(?:visa|immigration) (?:sponsorship|support)\b",
    r"\bwill sponsor\b",
    r"\bsponsorship (?:is )?available\b",
    r"\brelocation (?:and|&) visa (?:support|assistance|sponsorship)\b",
    r"\bopen to sponsor(?:ing)?\b",
    r"\bsponsorship\s*:\s*(?:yes|available|offered|provided)\b",
)
# The job is only open to citizens (a sponsored visa cannot fill it).
VISA_CITIZENS_ONLY: tuple[str, ...] = (
    r"\b(?:must|shall|will need to|needs? to|required to|requires? that [\w ]{0,30}?) be "
    r"(?:an? )?(?:u\.?\s?s\.?a?\.?|us|united states|american|[a-z]+) citizens?\b"
    r"(?!\s*or\b)",
    r"\brequires? (?:the )?(?:verification of |proof of |verified )?(?:u\.?\s?s\.?\s?|us |"
    r"united states |[a-z]+ )?citizenship\b",
    r"\b(?:u\.?\s?s\.?|us|united states|[a-z]+) citizenship (?:is )?(?:required|"
    r"mandatory|needed)\b",
    r"\bopen (?:only )?to (?:u\.?s\.? )?citizens\b",
    r"\bcitizens only\b",
)
# A negation limited to some roles or candidates ("not able to sponsor for every role").
VISA_PARTIAL: tuple[str, ...] = (r"\bfor (?:every|all|each) (?:role|position|candidate)",)
# Other statuses admitted besides citizenship: an eligibility rule, not citizens-only.
VISA_CITIZEN_ALTERNATIVES: tuple[str, ...] = (
    r"\bresident",
    r"\bgreen card",
    r"\brefugee",
    r"\basylee",
    r"\bwork permit",
    r"\bexport",
    r"\bor (?:a )?national\b",
    r"\blicen[cs]e",
    r"\bauthori[sz]ation",
)
# Equal-opportunity context: citizenship named as a protected trait.
VISA_EEO: tuple[str, ...] = (
    r"\bwithout regard\b",
    r"\bregardless\b",
    r"\bdiscriminat",
    r"\bprotected\b",
    r"\bequal (?:employment )?opportunit",
)


# === pay ranges (read by posting/pay.py) ==========================================================
# Pay: English words and phrases, read by :mod:`pay`.  Data only.
#
# Phrases are matched case-insensitively as whole words, except all-capital ones (``OTE``),
# which are matched as written.  Qualifier patterns are regular expressions with a group ``q``.
# Locale whose number format (grouping and decimal marks) the figures of a posting follow.
PAY_NUMBER_LOCALE = "en_US"

# Words that name pay, and the kind of figure each names (base, total, ote, unknown).
# Any of them in the statement around a figure makes it a pay statement.
PAY_KIND_CUES: dict[str, str] = {
    "salary": "base",
    "salaries": "base",
    "base salary": "base",
    "base pay": "base",
    "base": "base",
    "annual salary": "base",
    "target salary": "base",
    "starting salary": "base",
    "hourly rate": "base",
    "hourly wage": "base",
    "pay rate": "base",
    "rate": "unknown",
    "wage": "base",
    "wages": "base",
    "total compensation": "total",
    "total comp": "total",
    "total cash compensation": "total",
    "total target compensation": "total",
    "all-in": "total",
    "OTE": "ote",
    "on-target earnings": "ote",
    "on target earnings": "ote",
    "target earnings": "ote",
    "pay": "unknown",
    "pay range": "unknown",
    "pay scale": "unknown",
    "pay grade": "unknown",
    "compensation": "unknown",
    "remuneration": "unknown",
    "paid": "unknown",
}

# Phrases that call the pay a base salary, read around figures stated without a specific
# pay word (``The base pay range is subject to change`` above a ``Pay Range`` heading).
PAY_BASE_CONTEXT: tuple[str, ...] = (
    "base salary",
    "base pay",
    "annual salary",
    "base compensation",
)

# Phrases before a figure, in its statement, that make it something other than this job's pay
# (company money, benefits, what others earned).  A pay word closer to the figure wins.
PAY_NOT_PAY_CUES: tuple[str, ...] = (
    "401(k)",
    "401k",
    "403(b)",
    "funding",
    "funded",
    "raised",
    "series",
    "revenue",
    "revenues",
    "invest",
    "invests",
    "invested",
    "investment",
    "investments",
    "valuation",
    "valued at",
    "budget",
    "stipend",
    "allowance",
    "reimbursement",
    "reimbursed",
    "reimburse",
    "bonus",
    "sign-on",
    "signing",
    "relocation",
    "referral",
    "earned",
    "earnings",
    "top performers",
    "customers",
    "clients",
    "price",
    "prices",
    "priced",
    "cost",
    "costs",
    "costing",
    "spend",
    "spent",
    "donation",
    "donations",
    "prize",
    "award",
    "scholarship",
    "tuition",
    "grant",
    "grants",
    "fee",
    "fees",
    "discount",
    "credit",
    "credits",
    "voucher",
    "gift",
    "insurance",
    "deductible",
    "coverage",
    "equity",
    "stock",
    "RSU",
    "RSUs",
    "assets",
    "AUM",
    "worth",
    "profit",
    "profits",
    "sales of",
    "in sales",
    "loan",
    "loans",
    "debt",
    "contract value",
    "deal",
    "deals",
    "fine",
    "penalty",
    "per ride",
    "rides",
    "deliveries",
    "per delivery",
    "per referral",
    "home office",
    "equipment",
    "learning",
    "wellness",
    "gym",
    "commuter",
    "commute",
    "meal",
    "meals",
    "lunch",
    "phone",
    "internet",
    "per diem",
    "donate",
    "incentive",
    "incentives",
    "variable",
    "commission",
    "commissions",
)

# Nouns right after a figure that make it not pay (``$1,500 learning stipend``).
PAY_NOT_PAY_NOUNS: tuple[str, ...] = (
    "stipend",
    "allowance",
    "budget",
    "bonus",
    "sign-on",
    "signing",
    "relocation",
    "reimbursement",
    "credit",
    "credits",
    "voucher",
    "gift",
    "per ride",
    "per delivery",
    "in funding",
    "funding",
    "revenue",
    "ARR",
    "investment",
    "donation",
    "prize",
    "award",
    "scholarship",
    "discount",
    "referral",
    "home office",
    "learning",
    "education",
    "training",
    "wellness",
    "gym",
    "meal",
    "meals",
    "lunch",
    "commuter",
    "equipment",
    "in sales",
    "in revenue",
    "of funding",
    "raised",
    "valuation",
    "fund",
    "grant",
    "per month stipend",
    "towards",
    "toward",
    "for your",
    "per diem",
    "annual budget",
    "professional development",
    "development",
    "conference",
    "conferences",
    "per employee",
    "per person",
)

# Words that refer back to figures just stated (``This reflects total compensation``): a
# following sentence with one among its first words belongs to the figures' statement.
PAY_REFERS_BACK: tuple[str, ...] = ("this", "these", "that", "it", "the above")

# Words after a figure that add something to it: a not-pay noun after one of them
# (``$135,000 plus bonus``) is not about the figure.
PAY_ADDITIVE_WORDS: tuple[str, ...] = (
    "plus",
    "and",
    "with",
    "including",
    "excluding",
    "not",
    "or",
    "on",
    "besides",
)

# Unit words after ``/`` or a PAY_PERIOD_PREFIXES word (``/hour``, ``per year``, ``an hour``).
PAY_PERIOD_UNITS: dict[str, str] = {
    "hour": "hour",
    "hr": "hour",
    "hrs": "hour",
    "h": "hour",
    "day": "day",
    "week": "week",
    "wk": "week",
    "two weeks": "biweekly",
    "pay period": "biweekly",
    "fortnight": "biweekly",
    "month": "month",
    "mo": "month",
    "mth": "month",
    "year": "year",
    "yr": "year",
    "annum": "year",
}
PAY_PERIOD_PREFIXES: tuple[str, ...] = ("per", "an", "a", "each", "every", "per calendar")

# Words standing after a figure that give its period (``Monthly``, ``annually``, ``p.a.``).
PAY_PERIOD_WORDS: dict[str, str] = {
    "hourly": "hour",
    "ph": "hour",
    "p/h": "hour",
    "daily": "day",
    "per day": "day",
    "weekly": "week",
    "pw": "week",
    "biweekly": "biweekly",
    "bi-weekly": "biweekly",
    "fortnightly": "biweekly",
    "monthly": "month",
    "pcm": "month",
    "annually": "year",
    "annualized": "year",
    "annualised": "year",
    "annual": "year",
    "yearly": "year",
    "p.a.": "year",
    "p.a": "year",
    "pa": "year",
    "YEAR": "year",
    "HOUR": "hour",
}
# Words in a pay statement (not next to the figure) that give its period.
PAY_PERIOD_CUES: dict[str, str] = {
    "hourly": "hour",
    "per hour": "hour",
    "day rate": "day",
    "daily rate": "day",
    "weekly": "week",
    "biweekly": "biweekly",
    "bi-weekly": "biweekly",
    "monthly": "month",
    "per month": "month",
    "annual": "year",
    "annually": "year",
    "annualized": "year",
    "yearly": "year",
    "per year": "year",
    "per annum": "year",
}
# Words that may stand between a figure and its period (``60 000 € gross/year``).
PAY_GROSS_WORDS: tuple[str, ...] = ("gross",)

# Words between the two ends of a range (the dashes are in rules_common).
PAY_RANGE_WORDS: tuple[str, ...] = ("to", "through", "thru")
# ``between X and Y``.
PAY_BETWEEN: tuple[str, ...] = ("between",)
PAY_BETWEEN_AND: tuple[str, ...] = ("and",)
# Lead-ins of an open range: ``up to X`` has no min, ``from X`` has no max.
PAY_UP_TO: tuple[str, ...] = (
    "up to",
    "to a maximum of",
    "a maximum of",
    "maximum of",
    "maximum",
    "max",
    "max.",
    "not to exceed",
    "no more than",
    "capped at",
)
PAY_FROM: tuple[str, ...] = (
    "from",
    "starting at",
    "starting from",
    "starts at",
    "no less than",
    "not less than",
    "at least",
    "a minimum of",
    "minimum of",
    "minimum",
    "min",
    "min.",
    "upwards of",
    "in excess of",
    "more than",
)

# Words after a figure that multiply it by 1,000 or that make it company money.
PAY_THOUSAND_WORDS: tuple[str, ...] = ("thousand",)
PAY_MAGNITUDE_WORDS: tuple[str, ...] = (
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "mil",
    "mln",
    "bil",
)

# Statement patterns naming the location / zone / level a range applies to (group ``q``).
# Words before the pay words of a heading that are not part of a scope name (``The``).
PAY_SCOPE_STOPWORDS: tuple[str, ...] = (
    "the",
    "our",
    "this",
    "your",
    "a",
    "an",
    "for",
    "current",
    "max",
    "maximum",
    "min",
    "minimum",
    "target",
    "typical",
    "expected",
    "estimated",
    "starting",
    "additional",
    "competitive",
    "new",
    "job",
    "role",
    "position",
    "range",
    "gross",
    "net",
)

PAY_QUALIFIER_PATTERNS: tuple[str, ...] = (
    r"\b[Ff]or (?P<q>[^:\n]{2,60}?)[- ]based (?:roles|candidates|employees|positions|hires)",
    r"\bacross the (?P<q>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})",
    r"\bwithin the (?P<q>[^,\n]{3,100}?)(?:,| and the base)",
    r"\b[Tt]he (?P<q>[A-Z][\w.]*(?:,? [A-Z][\w.]*){0,3}) (?:base )?(?:pay|salary|compensation)",
    r"\b(?:salary|pay|range) in the (?P<q>[A-Z][\w ]{2,60}?) is\b",
    r"\bfor (?P<q>[A-Z][\w ]{2,40}?) residents\b",
)
