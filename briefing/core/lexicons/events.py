"""Event words: what can be scheduled, what is on the table, what is left open."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Head nouns of things that happen on a date.
EVENT_NOUNS: frozenset[str] = _words(
    """
    meeting meetings talks summit summits vote votes referendum election elections hearing
    hearings trial trials sentencing deadline results publication conference conferences
    session sessions workshop workshops signing review decision ruling verdict debut match
    matches game fixture final negotiations round dialogue visit ceremony launch clinics clinic
    campaign inquiry debate congress forum festival tournament race opening celebration
    briefing presentation announcement report auction strike protest rally consultation
    interview audit inspection election runoff plenary meets walkout walkouts strikes stoppage
    survey surveys leg shipment shipments delivery deliveries submission submissions march
    marches demonstration demonstrations by-election qualifier semi-final quarter-final
    inauguration handover exhibition premiere championships championship olympics games
    marathon regatta cup grand-prix
    """
)

# Two-word verbs that name an event ("will walk out" is a walkout).
PHRASAL_EVENTS: dict[str, str] = {
    "walk out": "walkout",
    "stop work": "stoppage",
    "into force": "entry into force",
    "into effect": "entry into force",
    "take effect": "entry into force",
    "takes effect": "entry into force",
    "the polls": "vote",
}

# Nouns of events done by a group, titled with who does them ("Strike by junior doctors").
ACTION_EVENT_NOUNS: frozenset[str] = _words(
    "strike strikes walkout walkouts stoppage protest rally vote ballot boycott"
)

# Words that open a clause about something else, often past ("after talks broke down").
BACKGROUND_CLAUSE_OPENERS: frozenset[str] = _words(
    "after since following because despite although though"
)

# Verbs whose future form is itself an event ("will meet", "is expected to rule").
EVENT_VERBS: frozenset[str] = _words(
    """
    meet vote decide rule publish present open begin start launch sign announce release testify
    visit convene resume debate consider review approve hear sentenced introduced play face
    report close end hold return deliver unveil reopen ballot discuss submit reply respond
    arrive conclude complete march ratify adopt expire award file host name pick select
    appoint elect choose table reconvene gather travel question interview grill quiz summon
    examine inspect audit compete attend address speak perform appear
    """
) | {"set out", "take place", "get under way", "get underway"}

# Past participles whose passive after a future auxiliary is an event ("will be heard", "is
# expected to be signed"); without "be" they are no event ("would have decided").
EVENT_PARTICIPLES: dict[str, str] = {
    "heard": "Hearing",
    "debated": "Debate",
    "decided": "Decision",
    "signed": "Signing",
    "published": "Publication",
    "announced": "Announcement",
    "released": "Release",
    "presented": "Presentation",
    "reviewed": "Review",
    "discussed": "Discussion",
    "ratified": "Ratification",
    "adopted": "Adoption",
    "approved": "Approval",
    "unveiled": "Unveiling",
    "submitted": "Submission",
    "awarded": "Award",
    "held": "Event",
    "launched": "Launch",
    "opened": "Opening",
    "named": "Announcement",
    "appointed": "Appointment",
    "elected": "Election",
    "chosen": "Selection",
    "selected": "Selection",
    "tabled": "Tabling",
}

# The noun for a verb when its subject is only a pronoun ("he would be sentenced").
VERB_NOUNS: dict[str, str] = {
    "meet": "Meeting",
    "vote": "Vote",
    "decide": "Decision",
    "rule": "Ruling",
    "publish": "Publication",
    "present": "Presentation",
    "open": "Opening",
    "begin": "Start",
    "start": "Start",
    "launch": "Launch",
    "sign": "Signing",
    "announce": "Announcement",
    "release": "Release",
    "testify": "Testimony",
    "visit": "Visit",
    "convene": "Meeting",
    "resume": "Resumption",
    "debate": "Debate",
    "consider": "Consideration",
    "review": "Review",
    "approve": "Approval",
    "hear": "Hearing",
    "sentenced": "Sentencing",
    "introduced": "Introduction",
    "play": "Match",
    "face": "Match",
    "report": "Report",
    "close": "Closing",
    "end": "End",
    "hold": "Event",
    "return": "Return",
    "deliver": "Delivery",
    "unveil": "Unveiling",
    "reopen": "Reopening",
    "ballot": "Ballot",
    "discuss": "Discussion",
    "submit": "Submission",
    "reply": "Reply",
    "respond": "Response",
    "arrive": "Arrival",
    "conclude": "Conclusion",
    "complete": "Completion",
    "march": "March",
    "ratify": "Ratification",
    "adopt": "Adoption",
    "expire": "Expiry",
    "award": "Award",
    "file": "Filing",
    "host": "Event",
    "name": "Announcement",
    "pick": "Selection",
    "select": "Selection",
    "appoint": "Appointment",
    "elect": "Election",
    "choose": "Selection",
    "table": "Tabling",
    "reconvene": "Meeting",
    "gather": "Meeting",
    "travel": "Visit",
    "question": "Hearing",
    "interview": "Interview",
    "grill": "Hearing",
    "quiz": "Hearing",
    "summon": "Summons",
    "examine": "Examination",
    "inspect": "Inspection",
    "audit": "Audit",
    "compete": "Competition",
    "attend": "Attendance",
    "address": "Address",
    "speak": "Speech",
    "perform": "Performance",
    "appear": "Appearance",
    "set out": "Presentation",
    "take place": "Event",
    "get under way": "Start",
    "get underway": "Start",
}

# Past forms that mean an event has begun and is still going on (it belongs on the agenda).
ONGOING_VERBS: frozenset[str] = _words(
    "began begins opened opens started starts convened convenes kicked resumed resumes"
)

# Auxiliaries that introduce a future event verb; longest first when matched.
FUTURE_AUXILIARIES: tuple[str, ...] = (
    "is expected to",
    "are expected to",
    "was expected to",
    "were expected to",
    "expects to",
    "expect to",
    "is due to",
    "are due to",
    "is scheduled to",
    "are scheduled to",
    "is set to",
    "are set to",
    "plans to",
    "plan to",
    "is to",
    "are to",
    "will",
    "would",
    "could",
    "shall",
    "must",
)

# Verbs that report speech: a date right after one dates the statement, not an event.
SPEECH_VERBS: frozenset[str] = _words(
    """
    said says announced announces told tells stated added confirmed reported wrote tweeted
    disclosed revealed explained noted warned claimed insisted argued declared complained
    alleged conceded acknowledged admitted denied stressed urged predicted
    """
)

# Phrases after which the things on the table follow ("will discuss X, Y and Z").
TOPIC_CUES_BEFORE_LIST: tuple[str, ...] = (
    "will discuss",
    "would discuss",
    "will focus on",
    "to focus on",
    "talks on",
    "talks about",
    "negotiations on",
    "negotiations over",
    "discussions on",
    "aimed at",
    "on the agenda are",
    "the agenda includes",
    "will seek",
    "would seek",
    "is seeking",
    "are seeking",
    "demanded",
    "demands",
    "is demanding",
    "called for",
    "calls for",
    "wanted",
    "wants",
    "sticking points are",
    "sticking points include",
    "sticking point is",
    "dispute over",
)

# Phrases before which the things on the table stand ("X and Y are expected to be discussed").
TOPIC_CUES_AFTER_LIST: tuple[str, ...] = (
    "are all expected to be discussed",
    "are expected to be discussed",
    "is expected to be discussed",
    "will be discussed",
    "will all be discussed",
    "are on the agenda",
    "is on the agenda",
    "are on the table",
    "is on the table",
    "remain sticking points",
    "remains a sticking point",
    "is a sticking point",
)

# Vague topics worth keeping only inside a list of real ones.
VAGUE_TOPIC_WORDS: frozenset[str] = _words(
    "some other certain various several issues matters topics"
)

# Phrases that leave an outcome still to come.
PENDING_CUES: tuple[str, ...] = (
    "must still approve",
    "must still be approved",
    "still needs",
    "still need",
    "still has to",
    "still have to",
    "still requires",
    "is still subject to",
    "is subject to",
    "are subject to",
    "subject to",
    "is expected to decide",
    "is expected to rule",
    "are expected to decide",
    "expected to decide",
    "expected to rule",
    "results were expected within",
    "results are expected within",
    "were expected within",
    "expected within",
    "will consider",
    "will be considering",
    "is considering",
    "are considering",
    "would have to be ratified",
    "must be ratified",
    "needs to be ratified",
    "has yet to",
    "have yet to",
    "had not yet",
    "have not yet",
    "has not yet",
    "awaiting",
    "pending",
    "would also seek",
    "will seek",
    "will also seek",
    "must still be",
    "is yet to",
    "are yet to",
)

# Phrases that point to something the article never fills in.
UNSPECIFIED_CUES: tuple[str, ...] = (
    "gave no details",
    "gave no detail",
    "gave no figure",
    "gave no further details",
    "provided no details",
    "did not give details",
    "did not provide details",
    "not disclosed",
    "were not disclosed",
    "was not disclosed",
    "did not disclose",
    "declined to say",
    "declined to describe",
    "declined to give",
    "declined to disclose",
    "declined to name",
    "declined to identify",
    "did not say how much",
    "did not say how many",
    "did not say what",
    "did not say which",
    "did not say when",
    "would not say",
    "refused to say",
    "not made public",
    "undisclosed",
    "unspecified",
    "unnamed",
)

# Counted things ("two options", "three proposals") the article may never list.
COUNT_WORDS: frozenset[str] = _words("two three four five six seven eight nine ten several")
# Phrases that count without a number ("a number of changes"): as vague as "several".
COUNT_PHRASES: tuple[str, ...] = ("a number of", "a series of", "a raft of", "a range of")
COUNTED_NOUNS: frozenset[str] = _words(
    """
    options proposals ideas demands conditions scenarios plans alternatives measures steps
    proposals recommendations requests questions concerns issues changes suggestions
    causes reasons factors sites locations candidates amendments projects priorities
    commitments
    """
)

# Words that make two figures for one count a change over time, not a disagreement.
COUNT_CHANGE_WORDS: tuple[str, ...] = (
    " rose",
    " risen",
    " rising",
    " rises",
    " climbed",
    " climbing",
    " increased",
    " increasing",
    " grew",
    " grown",
    " jumped",
    " swelled",
    " doubled",
    " fell",
    " fallen",
    " falling",
    " dropped",
    " declined",
    " decreased",
    " reached",
    " up from",
    " down from",
    " from about",
    " another ",
    " a further ",
    " more than doubled",
    " has since",
    " had since",
    " now ",
    " so far",
    " by friday",
    " by saturday",
    " by sunday",
    " by monday",
    " by tuesday",
    " by wednesday",
    " by thursday",
    " by the end",
    " earlier ",
    " last year",
    " a year ago",
    " expected to",
    " could ",
    " would ",
    " will ",
    " target",
    " forecast",
)

# Words that say whose figure a number is ("the union put the figure at", "according to").
COUNT_SOURCE_CUES: tuple[str, ...] = (
    "according to",
    " put the ",
    " puts the ",
    " said",
    " says",
    " estimated",
    " estimates",
    " told",
    " reported",
    " claimed",
    " claims",
    " counted",
)

# Nouns after a number that measure rather than count people or things: never a conflict.
NOT_COUNTED_AFTER_NUMBER: frozenset[str] = _words(
    """
    percent per cent pc year years month months week weeks day days hour hours minute minutes
    second seconds time times point points mile miles km kilometres kilometers metre metres meter
    meters feet foot inch inches tonnes tons kg kilos pounds dollars euros yen yuan pence cents
    degrees am pm a.m. p.m. bn m million billion trillion thousand of to and or
    """
)

# Irregular past forms that mark a background clause as past ("after talks broke down").
IRREGULAR_PAST_VERBS: frozenset[str] = _words(
    """
    broke began fell met took went came left ran won lost said told held made gave rose sank
    struck walked quit split sought brought fought caught bought
    """
)
