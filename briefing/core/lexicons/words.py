"""General English word classes the rules lean on: auxiliaries, function words, speech verbs."""

AUXILIARIES: frozenset[str] = frozenset(
    """
    is are was were be been being am has have had will would shall should can could may might
    must do does did won't wouldn't can't cannot isn't aren't wasn't weren't hasn't haven't
    hadn't doesn't don't didn't to
    """.split()
)

# Verbs that introduce or attribute speech and announcements.
REPORTING_VERBS: frozenset[str] = frozenset(
    """
    said says say told tells tell added adds announced announces stated states warned warns
    urged urges insisted insists claimed claims confirmed confirms denied denies argued argues
    explained explains noted notes wrote writes asked asks replied replies declared declares
    stressed stresses emphasised emphasized emphasises emphasizes acknowledged acknowledges
    admitted admits revealed reveals reported reports suggested suggests predicted predicts
    described describes called calls tweeted tweets posted posts
    """.split()
)

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    the a an and or but nor of in on at to for from by with without into onto over under about
    after before during since until while as than then that this these those there here it its
    he she they we you i his her their our your my me him them us who whom whose which what
    when where why how not no yes so if also too very more most less least much many some any
    all each every both either neither other another such only just even still yet already
    is are was were be been being has have had will would shall should can could may might
    must do does did said says
    """.split()
)

# Words that, met before any verb, show the sentence does not open with its subject.
SUBJECT_STOP_WORDS: frozenset[str] = frozenset({"if", "when", "while", "although", "because"})

# Capitalised words that follow "in"/"at" without naming a place ("in Parliament", "at Least").
NOT_PLACES: frozenset[str] = frozenset(
    """
    Parliament Congress Court Senate Least Most Total First Last Second Third All Some Any
    Support Favour Favor Response Addition Order Time Public Private Power Office Government
    """.split()
)

# Nouns for people that a question asks about with "who" ("Who were the two suspects?"), beyond
# the roles and groups in the people lexicon.
PERSON_NOUNS: frozenset[str] = frozenset(
    """
    man men woman women person people boy boys girl girls child children buyer buyers bidder
    bidders seller sellers suspect suspects victim victims driver drivers player players
    donor donors investor investors partner partners owner owners client clients customer
    customers candidate candidates gunman gunmen attacker attackers hostage hostages member
    members individual individuals official officials executive executives staff officer
    officers agent agents employee employees soldier soldiers
    """.split()
)

# Nouns for who said something, when the article does not name them ("sources said").
ANONYMOUS_SOURCE_NOUNS: frozenset[str] = frozenset(
    """
    source sources official officials person people spokesman spokeswoman spokesperson
    insider insiders aide aides diplomat diplomats executive executives
    """.split()
)
