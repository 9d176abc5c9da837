"""Date words: months, weekdays, relative day words, ordinal words and seasons."""

MONTHS: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
}

# Abbreviations are only trusted next to a day number: "Mar" or "Jun" alone is too often a word.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}

# Days relative to the article's own date.
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}

# Days relative to another date in the story ("the next day" after the meeting).
RELATIVE_TO_EVENT: dict[str, int] = {
    "the next day": 1,
    "the following day": 1,
    "the day after": 1,
    "the previous day": -1,
    "the day before": -1,
    "the following week": 7,
    "the week after": 7,
}

# Periods named relative to the article's date; the value is the month offset, None for weeks.
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "last month": ("month", -1),
    "this month": ("month", 0),
    "next month": ("month", 1),
    "last week": ("week", -1),
    "this week": ("week", 0),
    "next week": ("week", 1),
    "last year": ("year", -1),
    "this year": ("year", 0),
    "next year": ("year", 1),
    "earlier this month": ("month", 0),
    "later this month": ("month", 0),
    "earlier this year": ("year", 0),
    "later this year": ("year", 0),
    "this weekend": ("week", 0),
    "next weekend": ("week", 1),
    "this quarter": ("quarter", 0),
    "next quarter": ("quarter", 1),
    "the first quarter": ("quarter", 0),
    "the second quarter": ("quarter", 0),
    "the third quarter": ("quarter", 0),
    "the fourth quarter": ("quarter", 0),
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "twenty-fourth": 24,
    "twenty-fifth": 25,
    "twenty-sixth": 26,
    "twenty-seventh": 27,
    "twenty-eighth": 28,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty-first": 31,
}

# Northern-hemisphere first months; used only to order items, never shown as a day.
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
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
    "few": 3,
    "several": 3,
}

# Verbs and phrases that put a sentence's event in the future.
FUTURE_CUES: tuple[str, ...] = (
    "will",
    "shall",
    "would",
    "is to",
    "are to",
    "is due",
    "are due",
    "due in",
    "due on",
    "due by",
    "due next",
    "was expected",
    "were expected",
    "expect to",
    "expects to",
    "expected to",
    "could",
    "is expected",
    "are expected",
    "is scheduled",
    "are scheduled",
    "scheduled",
    "plans to",
    "plan to",
    "is set to",
    "are set to",
    "going to",
    "to be held",
    "upcoming",
    "next",
    # The present of a scheduled event: "the senate meets on Thursday", "voters go to the polls
    # on Sunday", "the rules come into force on 1 January".
    "meets on",
    "meet on",
    "convenes on",
    "go to the polls",
    "goes to the polls",
    "come into force",
    "comes into force",
    "come into effect",
    "comes into effect",
    "take effect",
    "takes effect",
    "kicks off",
    "kick off",
    # A deadline still open: "the creditors have until Friday to reply".
    "has until",
    "have until",
)
