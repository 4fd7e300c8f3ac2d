"""Words -> comparable tokens.

Both sides are brought to the same plain form: lower case, contractions opened ("didn't" -> "did
not"), numbers in words turned to digits ("sixty-eight percent" -> "68 percent"), words lemmatised
(simplemma: small, offline, no model download), so "visited"/"visits"/"visiting" meet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from app.compare.cue_patterns import Folded, Gated
from app.compare.lemmatiser import lemmatize

UNITS = {"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
            "eightieth": 80, "ninetieth": 90}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # (in order: dates.py counts)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")

CONTRACTIONS = [
    (r"\bcan't\b", "can not"), (r"\bwon't\b", "will not"), (r"\bshan't\b", "shall not"),
    (r"\bain't\b", "is not"), (r"n't\b", " not"), (r"'re\b", " are"), (r"'ve\b", " have"),
    (r"'ll\b", " will"), (r"'d\b", " would"), (r"\bi'm\b", "i am"), (r"\b(it|that|there|he|she|what|who)'s\b", r"\1 is"),
]

NEGATIONS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot"}

STOPWORDS = set("""
a an the and or but if then so of to in on at by for with from into onto about as than that this these those
there here is are was were be been being am do does did doing have has had having will would shall should can
could may might must it its it's i me my mine we us our ours you your yours he him his she her hers they them
their theirs who whom whose which what when where why how all any both each few more most other some such own
same too very just also only again further once up down out off over under s t st nd rd th don now well yeah yes
ok okay
um uh er erm mm hmm like oh right really actually basically sort kind thing things get got go going bit
lot lots say said says saying tell told think thought know knew mean means want wanted would could just let
one's someone something everyone everything anything anyone thank thanks please sorry good morning afternoon
mr mrs ms mx dr dc ds pc today yesterday
during while through throughout within between among against across around towards toward upon via onto beyond
despite whether able
myself yourself himself herself itself ourselves yourselves themselves
because although though unless whereas rather
exactly precisely absolutely entirely totally completely fully definitely certainly clearly simply merely indeed
""".split())
# (The last two lines: conjunctions, which join claims but make none, and adverbs that only say how
# sure or how much: "precisely the point" claims no more than "the point".)
# Words that only report speech; they carry no content of their own.
REPORTING = set("""
report reported reporting state stated confirm confirmed advise advised explain explained note noted describe
described add added acknowledge acknowledged mention mentioned share shared highlight highlighted outline
outlined summarise summarised inform informed raise raised express expressed comment commented
remind reminded emphasise emphasised emphasize emphasized stress stressed reiterate reiterated insist insisted
invite invited clarify clarified reassure reassured assure assured interrupt interrupted
""".split())


# The register of minutes: formal words minute-takers use for what people say in plain words
# ("provided", "identified", "in relation to"). General to minutes everywhere; they weigh little,
# so that a faithful paraphrase is not taken for something nobody said.
MINUTES_REGISTER = set("""
provide welcome apologise apologize identify consider require relate regard regarding summarise summarize outline
confirm information particularly concern condition adequate equip engagement engage adherence circulate
recirculate hold undertake attend advise proceed pending ensure facilitate discuss receive period financial
category subject purpose progress review note explain update indicate observe express highlight acknowledge
approximately currently previously additionally furthermore however therefore following further present
presentation appropriate regular regularly significant significantly relevant respect respectively
arrangement arrange professional professionals agency agencies service services outcome outcomes
report reports include including overall place placed commence commenced complete completed
""".split())


# (what follows "is up" when it says a figure rose to it: "is up to 96 percent", not "is up to you")
# ... or against an earlier time ("is well down on last year")
_TO_A_FIGURE = (r"(?=(?:to|from|on|by) (?:\d|the \d|about |around |nearly |almost |over |one|two|three|four|five|six|"
                r"seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"|on (?:the )?(?:last|previous|this time last) (?:year|term|month|week|time)\b)")
_A_LITTLE_OR_A_LOT = r"(?: (?:well|way|slightly|much|far|a bit|a little|a lot))?"


def _is(m: re.Match) -> str:
    return f"{m.group(1)} is"  # r"\1 is", without a template parsed on every call (a text in five has "'s")


_TEMPLATES = {r"\1 is": _is}


# Each rewrite with a piece of text it cannot match without (most texts have none of them: the
# substring test is far cheaper than the regex).
_OPENED = len(CONTRACTIONS)
_REWRITES = [(re.compile(pat), _TEMPLATES.get(rep, rep), needs) for (pat, rep), needs in zip(CONTRACTIONS, (
    "can't", "won't", "shan't", "ain't", "n't", "'re", "'ve", "'ll", "'d", "i'm", "'s"), strict=True)] + [
    # a denial written without its apostrophe, as a recogniser or a quick typist may ("dont", "didnt")
    # (each rewrite Gated below by its own words is read only where one of them is: most texts with
    # its `needs`, "nt", " to ", " on", "ing", hold none, and the pattern was read for nothing)
    (Gated(re.compile(r"\b(do|does|did|is|was|are|were|has|have|had|would|could|should|must|need)nt\b"),
           ("dont", "snt", "dnt", "arent", "werent", "havent", "tnt")), r"\1 not", "nt"),
    (re.compile(r"\bcant\b"), "can not", "cant"), (re.compile(r"\bwont\b"), "will not", "wont"),
    # going, or making it, to a session or an appointment is attending it ("I didn't go to the core group",
    # "she made it to every session", "he goes to school"); not "going to" (what will be, or a verb:
    # "I'm going to contact the school"), nor a visit to the building ("went to the school to see the head")
    (Gated(re.compile(r"\b(?:(?:go|goes|went|gone|been|come|comes|came)(?: along)? to|(?:make|makes|made|making) it "
                r"(?:to|in to|into))\s+(?=(?:(?:the|his|her|their|my|our|your|a|an|every|all|any|each|both|one|two|three|"
                r"four|five|six|of)\s+){1,3}(?:[a-z]+\s+){0,2}(?:sessions?|appointments?|meetings?|groups?|class(?:es)?|"
                r"clinics?|course|contact|reviews?|conference)\b|(?:sessions?|appointments?|meetings?|groups?|"
                r"class(?:es)?|clinics?|contact|school|nursery|college)\b(?!\s+(?:the|him|her|them|his|my|your|their|our|"
                r"me|us)\b))"), ("go to", "goes to", "went to", "gone to", "been to", "come to", "comes to", "came to",
                                  "along to", "it to", "it in to", "it into")),
     "attend ", " to "),
    (re.compile(r"\bof course\b"), " ", "course"),  # an idiom, not a course
    # A&E as written and as said ("took her to A and E"): the hospital's emergency department
    (re.compile(r"\ba ?& ?e\b"), " accident and emergency ", "&"),
    (re.compile(r"\ba and e\b"), " accident and emergency ", "a and e"),
    # "how the plan has gone", "how things went": how it fared, not its going away
    (re.compile(r"\bhow ((?:[a-z']+ ){1,4}?)(has |have |had |is |are |'s )?(?:gone|went|going)\b"),
     lambda m: f"how {m.group(1)}{m.group(2) or ''}fared", "how "),
    # attendance said to be poor is attendance missed: "his attendance has been patchy" is answered by
    # "he hasn't missed a session" as "he missed sessions" is
    (re.compile(r"\b(?:poor|inconsistent|irregular|sporadic|patchy|erratic|intermittent) attendance\b"),
     "attendance missed", "attendance"),
    (re.compile(r"\battendance((?: at [a-z' ]{1,40}?)?) (?:has been|had been|is|was|remains|remained|have been)"
                r"(?: [a-z]+ly)? (?:poor|inconsistent|irregular|sporadic|patchy|erratic|intermittent)\b"),
     lambda m: f"attendance{m.group(1)} missed", "attendance"),
    (re.compile(r"\b(?:take|takes|taking|taken|took) place\b"), "happen", "place"),  # the minutes' "take place"
    # money as the minutes write it ("£4,000") and as people say it ("four grand", "eighty quid")
    (re.compile(r"£\s?(\d[\d,]*(?:\.\d+)?)"), lambda m: f"{m.group(1)} pounds", "£"),
    (re.compile(r"\ba couple of (hundred|thousand)\b"), r"two \1", "couple"),  # not "a couple of 100"
    # "a couple of times a week" is how people say twice a week (a couple of weeks is no figure)
    (re.compile(r"\ba couple of times (a|per|each) (day|week|month)\b"), r"two times \1 \2", "couple"),
    (re.compile(r"(\d),(\d{3})"), lambda m: m.group(1) + m.group(2), ","),  # (a function: no template to parse)
    # a time written with a colon ("3:15pm", "14:30") as the minutes' other way, "3.15pm"
    (re.compile(r"\b(\d{1,2}):([0-5]\d)(?!\d)"), r"\1.\2", ":"),
    # a score written "3/10" (Signs of Safety scaling) is "3 out of 10"; a date's slashes are not
    (re.compile(r"(?<![\d/])(\d{1,2}) ?/ ?(10)\b(?!/)"), r"\1 out of \2", "/"),
    # phrasal verbs of change read as the verb they mean ("the risk has gone up" = increased)
    (re.compile(r"\b(?:go|goes|going|gone|went|gotten|got) up\b"), "increase", " up"),
    (re.compile(r"\b(?:go|goes|going|gone|went|gotten|got) down\b"), "decrease", " down"),
    (re.compile(r"\b(?:come|comes|coming|came) down\b"), "decrease", " down"),  # "the seizures have come down"
    # "it's gone downhill", "he's gone backwards": worse
    (re.compile(r"\b(?:go|goes|going|gone|went) (?:downhill|backwards)\b"), "worsen", "wn"),
    # "it's tailed off" has fallen away; "she's come on leaps and bounds" has come on, improved
    (re.compile(r"\b(?:tail|tails|tailed|tailing) off\b"), "decrease", "off"),
    (Gated(re.compile(r"\b(?:come|comes|coming|came) on (?:in )?(?:leaps and bounds|loads|a lot|so much|really well|"
                      r"brilliantly|massively|no end)\b"), ("me on", "mes on", "ming on")), "improve", " on "),
    # "gone from drinking all weekend to one night": a change from one state to another, nothing gone away
    (re.compile(r"\b(?:go|goes|going|gone|went) from\b(?=(?: [a-z'’]+){1,6} to\b)"), "changed from", " from "),
    (re.compile(r"\b(?:move|moves|moving|moved) up\b"), "increase", " up"),  # "moved up a reading group"
    (re.compile(r"\b(?:move|moves|moving|moved) down\b"), "decrease", " down"),
    (re.compile(r"\bmore often than not\b"), "usually", "than not"),  # (an idiom: no "not" in it)
    (re.compile(r"\bmore (?:frequent|often|common)\b"), "increase", "more "),  # "become more frequent"
    # a figure that "is up to" or "is down from" another has risen or fallen ("attendance is up to 96
    # percent"; not "it's up to you")
    (re.compile(r"(\bis|\bare|\bwas|\bwere|\bbeen|'s|’s)" + _A_LITTLE_OR_A_LOT + " up " + _TO_A_FIGURE),
     r"\1 increased ", " up "),
    (re.compile(r"(\bis|\bare|\bwas|\bwere|\bbeen|'s|’s)" + _A_LITTLE_OR_A_LOT + " down " + _TO_A_FIGURE),
     r"\1 decreased ", " down "),
    (re.compile(r"\bless (?:frequent|often|common)\b"), "decrease", "less "),
    (re.compile(r"\b(?:cut|cuts|cutting) ((?:[a-z']+ ){0,3}?)down\b"), lambda m: f"decrease {m.group(1)}".rstrip(),
     " down"),  # "cut his drinking right down"
    (re.compile(r"\b(?:put|puts|putting) (?:on weight|weight on)\b"), "gain weight", "put"),
    # "things have moved forward" is progress, not a move; a "drop-in" is a session, not a fall
    (re.compile(r"\b(?:move|moves|moving|moved) (?:forward|forwards|on)\b"), "progress", "mov"),
    (re.compile(r"\bdrop-ins?\b"), "dropin", "drop-in"),
    # "no further action" (NFA) is what the police and courts say for a case dropped
    (re.compile(r"\bno further action\b"), "dropped", "no further"),
    (re.compile(r"\bnfa(?:'d|ed)?\b"), "dropped", "nfa"),  # (apart: a text with an "n" is no reason to look)
    # the minutes' connectives and negations in plain words: "due to" is "because"; "no longer" is a
    # "not" ("he no longer wishes" / "he doesn't want"); "till" is "until"
    # wanting someone out of a place, or taking them out of it, is moving them ("I want him out of
    # that school" / "wants him to stay there"); not "out of hospital", "out of work" (no determiner)
    (re.compile(r"\b(want|wants|wanted|wanting|get|gets|got|getting|take|takes|took|taking) (him|her|them) out of "
                r"(?=(?:the|that|this|his|her|their|my|our|your) )"), r"\1 \2 moved from ", "out of"),
    (re.compile(r"\bdue to\b"), "because", "due"),
    # a yes or a no given as a phrasal verb or an idiom: "turned the offer down", "said yes to the
    # referral", "held his hands up to it" (not "turned the heating down": only an offer of a thing)
    (re.compile(r"\b(?:turn|turns|turned|turning) (?:(?:it|them|him|her|that|this) down\b|down(?= (?:the|an?|any|every|"
                r"all|my|his|her|their|our|your|this|that|these|those) (?:[a-z]+ ){0,2}?(?:offers?|places?|referrals?|help|"
                r"support|assessments?|course|programme|services?|invitations?|appointments?|tests?|chance|job|tenancy|"
                r"flat|house|room|session|sessions|treatment|medication|counselling)\b))"), "refused", " down"),
    (re.compile(r"\b(?:say|says|said|saying) yes to\b"), "accepted", "yes to"),
    (re.compile(r"\b(?:say|says|said|saying) no to\b"), "refused", "no to"),
    (re.compile(r"\b(?:but|and) yes to\b"), "but accepted", "yes to"),  # ("said no to X but yes to Y")
    (re.compile(r"\b(?:hold|holds|held|holding) (?:my|his|her|their|our|your) hands up\b|\b(?:own|owns|owned|owning) up\b"),
     "admitted", " up"),
    # "was in agreement with the plan" is agreeing with it (a "written agreement" stays a noun)
    (re.compile(r"\bin (dis)?agreement\b"), lambda m: f"{m.group(1) or ''}agree", "agreement"),
    (re.compile(r"\bno longer\b"), "not", "longer"),
    # "face to face" is "in person" ("I'll see her face to face" / "will meet her in person")
    (re.compile(r"\bface[- ]to[- ]face\b"), "in person", "face"),
    # "on more than one occasion", "more than once": again and again, no count of one
    # (not "more than once a week", a rate; nor "no more than one", at most one)
    (re.compile(r"(?<!\bno )(?<!\bnot )\bmore than (?:one|once|1)\b(?! (?:a|an|per|every|each)\b)"), "several",
     "more than"),
    (re.compile(r"\bunable to\b"), "not able to", "unable"),  # "unable to lift him" = "can't lift him"
    # "left" is the verb where it has an object or follows a helping verb ("had left them alone"); the
    # side ("her left arm") is left as it is
    (re.compile(r"\b(?:(?<=had )|(?<=has )|(?<=have )|(?<=was )|(?<=were )|(?<=been ))left\b"
                r"|\bleft(?= (?:the|them|him|her|his|their|a|an|it|me|us|you|home|school)\b)"), "leave", "left"),
    (re.compile(r"\btill\b"), "until", "till"),
    # "the little one" is the child ("I can't even lift the little one")
    (re.compile(r"\blittle ones\b"), "children", "little one"),
    (re.compile(r"\blittle one\b"), "child", "little one"),
    # "up to date" (with jabs, with the rent) is complete
    (re.compile(r"\bup to date\b"), "complete", "up to date"),
    # ... and behind with them is overdue ("behind with her jabs", "behind on the rent"): only what
    # falls due; a child behind with a skill ("a bit behind with his talking") is slow to develop
    (re.compile(r"\bbehind (?=(?:with|on) (?:[a-z']+ ){0,2}?(?:jabs?|immuni[sz]ations?|vaccinations?|injections?|"
                r"rent|bills?|payments?|arrears|council tax|appointments?|checks?|check-ups?|reviews?|homework|"
                r"coursework|assignments?)\b)"), "overdue ", "behind"),
    # "straight away", "right away", "straight after" is promptly done (not "moved right away from here")
    (re.compile(r"\b(?:straight|right) (?:away\b(?! from)|(after)\b)"), lambda m: "promptly" + (" after" if m.group(1) else ""),
     "ght "),
    # drinking (or using) again after stopping is a relapse: "started drinking again in March"
    (re.compile(r"\b(?:start|starts|started|starting|began|begun|begin) (?:drinking|using) again\b"), "relapsed", "again"),
    # open to an idea is being receptive to it; a case "open to social care" is not, so only where
    # it is graded ("really open to") or opens onto an idea or a doing ("open to trying it")
    (re.compile(r"\b(?:really|very|quite|more|fully|completely|always) open to\b|\bopen to(?= (?:the )?(?:idea|"
                r"suggestion|[a-z]+ing)\b)"), "receptive to", "open to"),
    # a child who goes missing is away from home, not missing an appointment ("reported missing four
    # times" says nothing against "attended four of the six sessions")
    (re.compile(r"\b((?:go|goes|going|gone|went|reported|run|ran) )missing\b"
                r"|\b((?:been|be|is|was|were|are) )missing(?=\s*(?:[.,;:!?]|$| (?:for|since|from|overnight|again|"
                r"twice|once|times|on|until|when|at|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b))"
                r"|\bmissing(?= (?:episodes?|from|persons?|incidents?|reports?|team|coordinator|return)\b)"),
     lambda m: f"{m.group(1) or m.group(2) or ''}unaccounted", "missing"),
    # ... and of going on: "I want him to stay on it" = continue
    (Gated(re.compile(r"\b(?:stay|stays|stayed|staying|carry|carries|carried|carrying) on\b"), ("stay", "carr")),
     "continue", " on"),
    # ... and "keeps the breakfast club going" is continuing it, not keeping an appointment; so is
    # "keep seeing him"; "come to an end" is ending
    (Gated(re.compile(r"\b(?:keep|keeps|kept|keeping)\b(?=(?: [a-z'-]+){0,8} going\b| [a-z]+ing\b)"), ("keep", "kept")),
     "continue", "ing"),
    (re.compile(r"\b(?:come|comes|came|coming) to an end\b"), "end", " end"),
    # open with someone, or about something, is forthcoming: "she's been really open with me" /
    # "guarded in sessions" (not a case open to social care, nor "open to" an idea: above)
    (re.compile(r"\bopen (?=(?:with|about)\b)"), "forthcoming ", "open "),
    # ... and so is a person who was open ("he was very open, he talked about his mood"), not a door
    # or a case ("the door was open", "the case is still open")
    (re.compile(r"\b(?:he|she|they|i|you|we|mum|dad)(?:'s| is| was| were| has been| have been| 's been| been)"
                r"(?: (?:very|really|quite|so|fairly|completely|totally|always))? open\b(?! (?:to|for|case)\b)"),
     lambda m: m.group(0)[:-4] + "forthcoming", "open"),
    # being on time is being punctual: "she's been on time for every contact" / "frequently late"
    (re.compile(r"\bon time\b"), "punctual", "on time"),
    # laying a hand (or a finger) on someone is touching them: "never laid a hand on her" / "never touched her"
    (Gated(re.compile(r"\b(?:lay|lays|laid|laying|put|puts|putting) a (?:hand|finger) on\b"), ("hand on", "finger on")),
     "touched", " on"),
    # the emergency number, as said and as written, is the emergency services: "she rang nine nine
    # nine" / "called the emergency services" (the 999 of the minutes is a number of no count)
    (re.compile(r"\bnine nine nine\b"), "emergency services", "nine"),
    (re.compile(r"\b999\b"), "emergency services", "999"),
]
_ORDINAL_SUFFIX = re.compile(r"(\d)(st|nd|rd|th)\b")


def _spaced(m: re.Match) -> str:
    return f"{m.group(1)} {m.group(2)}"  # r"\1 \2", without a template parsed on every call


# Letters a plain-English tokeniser would drop ("Wiśniewski" read as "wi niewski", "Róisín" as
# "r is n"): folded to their base letter, as people type the names without accents anyway. Those
# that are no accent on a base letter are listed.
_OWN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def plain_letters(text: str) -> str:
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS))
    return "".join(c for c in folded if not unicodedata.combining(c))


@lru_cache(maxsize=20000)  # the same turn is read by many checks
def expand(text: str) -> str:
    t = plain_letters(text.lower()).replace("’", "'").replace("‘", "'").replace("—", " ").replace("–", " ")
    # (the contractions first, each needing an apostrophe: two texts in three have none)
    for pat, rep, needs in _REWRITES if "'" in t else _UNOPENED:
        if needs in t:
            t = pat.sub(rep, t)
    t = t.replace("%", " percent ").replace("per cent", "percent")
    if not _DIGIT.search(t):
        return t  # (most texts: no figure, which each of the two rewrites below needs)
    if _FIGURES_APART.search(t):  # (a quick look first: nearly every text has a full stop)
        t = _NUMERIC_DATE.sub(_date_in_words, t)
    return _ORDINAL_SUFFIX.sub(_spaced, t)


# A date written in figures, day first as in Britain ("3/11/2025", "03.11.25"): as it is said (with
# dots, only as dates are written, two figures a part: "version 3.1.22", "paragraph 4.2.14" are no dates)
_NUMERIC_DATE = re.compile(r"(?<![\d.])\b(?:(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/(\d{4}|\d{2})|"
                           r"(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.(\d{4}|\d{2}))\b(?![./]\d)")


_FIGURES_APART = re.compile(r"\d[./]\d")


def _date_in_words(m: re.Match) -> str:
    day, month, year = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
    return f"{int(day)} {MONTHS[int(month) - 1]} {year if len(year) == 4 else '20' + year}"


_UNOPENED = _REWRITES[_OPENED:]  # (the rewrites but the contractions)

_NUMBER_WORDS = frozenset(TENS) | frozenset(UNITS) - {"a", "an"} | {"hundred"} | frozenset(ORDINALS)


def _number_words(tokens: list[str]) -> list[str]:
    """'sixty', 'eight' -> '68'; 'one hundred and twenty' -> '120'; ordinals -> digits."""
    if _NUMBER_WORDS.isdisjoint(tokens):
        return tokens  # (most sentences: no word to change; _words, the one caller, makes its own tuple)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        w = tokens[i]
        if w in TENS or (w in UNITS and w not in ("a", "an")) or w == "hundred":
            value = 0
            j = i
            used = False
            while j < len(tokens):
                t = tokens[j]
                if t in TENS:
                    value += TENS[t]
                    if j + 1 < len(tokens) and tokens[j + 1] in ORDINALS and ORDINALS[tokens[j + 1]] < 10:
                        value += ORDINALS[tokens[j + 1]]  # "twenty-third"
                        j += 2
                        used = True
                        break
                elif t in UNITS and t not in ("a", "an"):
                    value += UNITS[t]
                elif t == "hundred":
                    value = max(value, 1) * 100
                elif t == "and" and used and j + 1 < len(tokens) and (tokens[j + 1] in UNITS or tokens[j + 1] in TENS):
                    j += 1
                    continue
                else:
                    break
                used = True
                j += 1
                if t in UNITS and t not in ("a", "an") and (j >= len(tokens) or tokens[j] != "hundred"):
                    break
            out.append(str(value))
            i = j
            continue
        if w in ORDINALS:
            out.append(str(ORDINALS[w]))
            i += 1
            continue
        out.append(w)
        i += 1
    return out


@lru_cache(maxsize=50000)
def lemma(word: str) -> str:
    if word.isdigit() or word in KEEP_FORMS:
        return word
    out = lemmatize(word).lower()
    return LEMMA_FIXES.get(out, out)


# Forms that mean more than their lemma: "the mice have gone" (not the everyday verb "go");
# "parenting" (a course, an assessment, a capacity), not "parent"; "meeting", a gathering, not the
# "met" of "the threshold is met" (the lemmatiser makes "meeting" "meet" but "meetings" "meeting");
# "worse", which the lemmatiser makes "wrong" (a house that got worse was not wrong); "better", which
# it makes "good" (a mood "a bit better now" has improved, whether or not it is good); "weed", which
# it makes "wee" (cannabis, not the small or the toilet).
KEEP_FORMS = {"gone", "parenting", "meeting", "worse", "better", "weed"}
LEMMA_FIXES = {"thanke": "thank", "ha": "have", "wa": "be", "doe": "do", "remains": "remain", "loss": "lose",
               "guarde": "guarded", "unwill": "unwilling", "outgo": "outgoing",
               "preferr": "prefer", "coping": "cope", "feeding": "feed", "living": "live", "rung": "ring",
               "won": "win", "freezing": "freeze", "sweare": "swear"}  # simplemma's slips on common words


def words(text: str) -> list[str]:
    """Plain tokens: lower case, contractions opened, numbers as digits (not yet lemmatised)."""
    return list(_words(text))


@lru_cache(maxsize=50000)
def _words(text: str) -> tuple[str, ...]:
    # (cached: a turn's sentences are read for every statement; 3 h against 600 statements asked
    # for 52,000 tokenisations, 4.7 s of a 14.5 s comparison)
    if "Miss " in text:  # the title before a name ("Miss Pryor"), not the verb "miss" ("kept")
        text = _MISS_TITLE.sub("Ms ", text)
    t = expand(text)
    if "-" in t:
        t = _PREFIX_HYPHEN.sub(r"\1", t)  # "re-home" / "rehome": spelt both ways
        t = _HYPHEN.sub(" ", t)
    return tuple(_spoken(_number_words(_TOKEN.findall(t))))


def _hour_before_an_end(ws: list[str], i: int, nxt: str, nxt2: str) -> bool:
    """Is the number at ws[i] the start of a span of the day: "till" or "until" a time ("seven till
    midnight", "8 until 11 pm", "seven till six"), or "to" one after "from" or "between" ("from 8 to
    11 pm"; not "ten to midnight", which is 11.50)?"""
    if not (nxt in ("till", "until") or nxt == "to" and {"from", "between"} & set(ws[max(0, i - 2): i])):
        return False
    after = ws[i + 3] if i + 3 < len(ws) else ""
    # ("seven till six": two hours of the clock, unless days of a month or years follow or precede
    # them, "from 3 until 10 March", "years 7 till 11"; not "seven till now")
    return nxt2 in ("midnight", "midday", "noon") or nxt2.isdigit() and (
        after in ("am", "pm", "o", "oclock") or nxt != "to" and float(nxt2) <= 12 and float(ws[i]) <= 12
        and after not in MONTHS and after not in ("st", "nd", "rd", "th", "of")
        and (i == 0 or ws[i - 1] not in ("year", "years", "age", "aged", "ages")))


_MISS_TITLE = re.compile(r"\bMiss (?=[A-Z][a-z])")
_PREFIX_HYPHEN = re.compile(r"\b(re|co|pre)-(?=[a-z])")
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?")


def lemmas(text: str) -> list[str]:
    return list(_lemmas(text))


@lru_cache(maxsize=50000)
def _lemmas(text: str) -> tuple[str, ...]:
    return tuple(map(lemma, _words(text)))


# (the words content() leaves out, as one set: it is asked of every token of every text read)
_NOT_CONTENT = frozenset(STOPWORDS | REPORTING | NEGATIONS)


def content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in _NOT_CONTENT and (len(t) > 1 or t.isdigit())]


@dataclass(frozen=True)
class Detail:
    value: float
    unit: str  # "week", "percent", "may" (a date in May), "per_week" (a frequency), "n" (a bare number)
    text: str


# (with nothing named after it: "ten weekly sessions" are ten sessions, each week)
_NOTHING_NAMED = rf"(?!\s+(?!(?:{'|'.join(sorted(STOPWORDS))})\b)[a-z])"
FREQUENCY = [  # (pattern on plain words, visits per week: a number, None for the number said, or n -> per week)
    (r"\bfortnightly\b|\bevery (?:2|other) weeks?\b|\b(?:once a|every) fortnight\b|\bbi ?weekly\b", 0.5),
    (r"\bweekly\b|\b(?:every|each) week\b|\bonce a week\b|\b1 (?:time )?a week\b|\bonce per week\b", 1.0),
    (r"\btwice a week\b|\b2 times a week\b|\btwice weekly\b", 2.0),
    # "three times weekly", "3x a week" (said or written so); "twice a fortnight" is once a week
    (r"\b(\d+) ?(?:times|x) (?:weekly|(?:a|per|each) week)\b", None),
    (r"\bthrice (?:weekly|(?:a|per|each) week)\b", 3.0),
    (r"\btwice a fortnight\b", 1.0),
    (r"\b(\d+) times (?:a|per|each) fortnight\b", lambda n: n / 2),
    # "3 mornings a week", and what a recogniser makes of it ("3 moggings a week"); not money or hours
    # ... and "4 night shifts a week", "5 long days a week": a word may qualify what is counted
    (r"\b(\d+) (?!pounds?\b|pence\b|hours?\b|minutes?\b|percent\b)(?:[a-z]+ )?"
     r"(?!pounds?\b|pence\b|hours?\b|minutes?\b|percent\b)[a-z]+ (?:a|per|each) week\b", None),
    # ("bi-monthly" is twice a month to some and every two months to others: no reading)
    (r"(?<!bi )\bmonthly\b|\b(?:every|each) month\b|\bonce (?:a|per|each) month\b|\bevery 4 weeks\b", 0.25),
    (r"\bdaily\b|\bevery day\b", 7.0),
    # "every three weeks" is how often, not how long; a month counts as four weeks, as above
    # ... and so is "every third week" (its ordinal read as the number)
    (r"\bevery (\d+) weeks?\b(?! of)", lambda n: 1 / n),  # (not "every first week of the month")
    (r"\bevery (\d+) days?\b", lambda n: 7 / n),
    (r"\bevery (\d+) months?\b", lambda n: 0.25 / n),
    (r"\bevery (?:other|couple of) days?\b", 3.5),
    (r"\btwice a month\b", 0.5),
    (r"\b(\d+) times (?:a|per|each) month\b", lambda n: 0.25 * n),
    (r"\b(\d+) (?!pounds?\b|pence\b|hours?\b|minutes?\b|percent\b|times\b)[a-z]+ (?:a|per|each) month\b",
     lambda n: 0.25 * n),  # "one weekend a month"
    # a day of the week each week is weekly ("every weekend", "each Saturday"); every other one fortnightly
    (r"\b(?:every|each) (?:weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?! (?:and|or) \w*day)", 1.0),
    (r"\b(?:every other|alternate) (?:weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b"
     r"|\bevery couple of weeks\b", 0.5),
    (r"\bevery weekday\b", 5.0),
    # so many times a day is so many times seven a week
    (r"\b(?:once|1 times?) (?:a|per|each) day\b|\bonce daily\b", 7.0),
    (r"\btwice (?:a|per|each) day\b|\btwice daily\b", 14.0),
    (r"\b(\d+) times (?:(?:a|per|each) day|daily)\b", lambda n: 7 * n),
    # a time of every day is daily ("a check-in every morning" / "a daily check-in")
    (r"\b(?:every|each) (?:morning|afternoon|evening|night)\b", 7.0),
    # "four days out of five" of a school or working week, "six nights out of seven" of the whole week
    (r"\b(\d+) (?:days|mornings|afternoons|evenings|nights) out of (?:5|7)\b", None),
    # "four-weekly", "six-monthly" (a recogniser writes them without the hyphen): every so many weeks or months
    (rf"\b(\d+) weekly\b{_NOTHING_NAMED}", lambda n: 1 / n),
    (rf"\b(\d+) monthly\b{_NOTHING_NAMED}", lambda n: 0.25 / n),
]
# each with the words it cannot match without (most clauses say no frequency at all)
_FREQUENCY = [(re.compile(pattern), per_week, frozenset(needs)) for (pattern, per_week), needs in zip(FREQUENCY, (
    ("week", "fortnight"), ("week",), ("week",), ("week",), ("week",), ("fortnight",), ("fortnight",), ("week",),
    ("month", "week"), ("daily", "day"), ("week",),
    ("day",), ("month",), ("day",), ("month",), ("month",), ("month",), ("week", "day"), ("week", "day"), ("weekday",),
    ("day", "daily"), ("day", "daily"), ("day", "daily"), ("morning", "afternoon", "evening", "night"),
    ("day", "morning", "afternoon", "evening", "night"), ("week",), ("month",)), strict=True)]
_A_DAY = re.compile(r"\b(\d+) (?:(?!pounds?\b|pence\b|hours?\b|minutes?\b|percent\b|times\b|or\b|and\b|to\b)"
                    r"[a-z]+ ){0,3}(?:a|per|each) day\b")
_FREQUENCY_WORDS = ("week", "fortnight", "month", "day", "daily", "weekday", "morning", "afternoon", "evening", "night")
_UNIT_WORDS = {
    "percent": "percent", "week": "week", "weeks": "week", "day": "day", "days": "day", "month": "month",
    "months": "month", "year": "year", "years": "year", "hour": "hour", "hours": "hour", "minute": "minute",
    "minutes": "minute", "night": "night", "nights": "night", "time": "time", "times": "time", "visit": "visit",
    "visits": "visit", "appointment": "appointment", "appointments": "appointment", "session": "session",
    "sessions": "session", "morning": "morning", "mornings": "morning", "word": "word", "words": "word",
    "child": "child", "children": "child", "occasion": "occasion", "occasions": "occasion", "call": "call",
    "pm": "clock", "am": "clock", "o": "clock", "oclock": "clock", "cm": "cm", "centimetre": "cm",
    "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "mm": "mm", "millimetre": "mm",
    "millimetres": "mm", "kg": "kg", "kilo": "kg", "kilos": "kg", "pound": "pound", "pounds": "pound",
}


@lru_cache(maxsize=20000)  # (the same sentence is read for statement after statement)
def details(text: str) -> frozenset[Detail]:
    """The checkable details in a text: numbers with what they count, dates, frequencies. Read
    sentence by sentence, so that "he's at eighty-eight. Lacey's ..." never counts Laceys, and
    clause by clause, so that "on the fourth of March, three bruises" is no date "March 3"."""
    return _read_details(text, None)[0]


def details_in_order(texts: list[str]) -> list[frozenset[Detail]]:
    """details() of each of these sentences, read in turn: "It's twenty-six sessions. He's done
    fourteen so far." counts fourteen sessions, though each sentence is read alone."""
    out, counted = [], None
    for t in texts:
        got, counted = _read_details(t, counted)
        out.append(got)
    return out


@lru_cache(maxsize=20000)
def _read_details(text: str, counted: Detail | None) -> tuple[frozenset[Detail], Detail | None]:
    """details(), after a text that last counted `counted`; and what this one last counted."""
    out: set[Detail] = set()
    if ", um," in text or ", er," in text or ", erm," in text or ", uh," in text:
        text = FILLER_COMMAS.sub(" ", text)  # "at, um, ten fifty": a filler between commas ends no clause
    if "day, the" in text.lower():
        text = _WEEKDAY_COMMA_DATE.sub(r"\1 ", text)
    for sentence in _CLAUSE_END.split(text):  # (each clause after what the last one counted)
        got, counted = _details(sentence, counted)
        out |= got
    if "day" in text.lower():  # (a list of weekdays has no other way to be written)
        for sentence in SENTENCE_END.split(text):  # "Mondays, Wednesdays and Fridays": one list
            listed = _weekdays(" ".join(words(sentence)))
            out |= listed or {Detail(float(WEEKDAYS.index((m.group(1) or m.group(2)).lower() + "day")), "habit_day",
                                     m.group(0)) for m in _HABIT_DAY.finditer(sentence)}
            if _holds_any(sentence, _ORDINAL_WORD_IN, ORDINALS) or _ORDINAL_HINTS.intersection(words(sentence)):
                out |= _days_of_month(sentence, _WEEKDAY_THAT_IS)  # (across the comma: "Monday, so that's the 3rd")
            out |= {Detail(float(7 * WEEKDAYS.index(a) + WEEKDAYS.index(b)), "day_run", f"{a} to {b}")
                    for a, b in ((m.group(1) or m.group(2), m.group(3)) for m in _FROM_DAY_TO_DAY.finditer(sentence.lower()))}
    return frozenset(out), counted


# Days from one weekday to another: "from Wednesday after school until Saturday", "Friday to
# Sunday" (a stay, a rota, a week's arrangement), compared only with another such run
# (details.weekdays_said reads the plain "Wednesday to Saturday" as so many days a week too)
WEEKDAY_WORD = "(" + "|".join(WEEKDAYS) + ")s?"
_FROM_DAY_TO_DAY = re.compile(rf"(?:\bfrom {WEEKDAY_WORD}\b[^.;,]{{0,30}}?|\b{WEEKDAY_WORD} )"
                              rf"(?:to|till|until|through to|through|right through to)\s+(?:the\s+)?{WEEKDAY_WORD}\b")


# One day of the week kept as a habit: "on Friday nights", "Saturdays", "every Sunday", "on a
# Monday" (compared only with another such day: "last Friday" or "Monday and Thursday" are not habits)
_DAY_STEM = r"(?:mon|tues|wednes|thurs|fri|satur|sun)"  # (a weekday's name before its "day")
_HABIT_DAY = re.compile(rf"\b(?:every |on an? )({_DAY_STEM})day\b(?!,? (?:or|to|till)\b)"
                        rf"|\b({_DAY_STEM})day(?:s| (?:nights|mornings|afternoons|evenings))\b"
                        r"(?!,? (?:or|to|till)\b)", re.I)
_HABIT_DAY = Folded(_HABIT_DAY)  # (asked first in lower case: cue_patterns.Folded)


_MONTH_DEADLINE = re.compile(r"\b(?:by|before|until|till|at|in|from) (?:the )?(end|middle|start|beginning) of ("
                             + "|".join(MONTHS) + r")\b")
FILLER_COMMAS = re.compile(r",\s+(?:um|er|erm|uh),\s+")
_SPAN_KINDS = {"working", "school", "clear", "calendar", "business"}
_CLAUSE_END = re.compile(r"(?<=[.;!?,])\s+")
SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")  # (where a sentence ends, for those reading sentence by sentence)
FULL_STOP = re.compile(r"(?<=[.!?])\s+")  # (... and where it ends at a full stop, a question or an exclamation only)


_DAY = rf"{_DAY_STEM}days?"
# Ranges and lists are details of their own: "1970-2019", "between 2 and 3 pm", "Mondays and Thursdays"
# (a year alone is not checked; a range of years says what a history covers).
RANGES = [
    (re.compile(r"\b(?:between |from )?(1[89]\d\d|20\d\d) (?:to |and |until |till )?(1[89]\d\d|20\d\d)\b"), "years"),
    (re.compile(r"\b(?:between |from )?(\d{1,2})(?: am| pm)? (?:and|to|until|till) (\d{1,2}) (?:am|pm|o clock)\b"), "clock"),
]
_DAYS = re.compile(rf"\b{_DAY}(?: (?:and |or )?{_DAY})+\b")
_ONE_DAY = re.compile(_DAY)


def _ranges(joined: str) -> set[Detail]:
    found = set()
    for pattern, unit in RANGES:
        for m in pattern.finditer(joined):
            a, b = int(m.group(1)), int(m.group(2))
            if unit != "years" or a < b:
                said = m.group(0) if " " in m.group(0).replace(f"{a} {b}", "") else f"{a}-{b}"
                found.add(Detail(a * 10000 + b, f"{unit}_range", said))
    return found


def _weekdays(joined: str) -> set[Detail]:
    found = set()
    for m in _DAYS.finditer(joined):  # a set of weekdays, as a number with a bit per day
        days = {d[:3] for d in _ONE_DAY.findall(m.group(0))}
        found.add(Detail(weekday_bits(i for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
                                      if d in days), "weekdays", m.group(0)))
    return found


def weekday_bits(days) -> int:
    """Weekdays (0 Monday .. 6 Sunday) as one number, a bit a day: how a set of days is compared."""
    return sum(1 << i for i in days)


_DIGIT = re.compile(r"\d")
_SCORE_WORDS = frozenset({"scored", "score", "scores", "scoring", "for", "say", "give", "put", "go"})
_SCORE = re.compile(r"\bscor(?:e|ed|es|ing)(?: (?:of|at|as|it|the situation|this))*(?: a)? (\d+)\b(?! out of)"
                    r"|^(?:\w+ ){0,2}(\d+) for me\b|\bi would (?:say|give it|put it at|go for)(?: about| maybe)?(?: a)? "
                    r"(\d+)\b(?! out of)")
_SHARE_PASS = frozenset({"of", "out", "the", "her", "his", "their", "those", "last", "past", "next"})
_SPOKEN_WORDS = frozenset({"point", "per", "half", "quarter", "at"})
_MINUTES = {str(m) for m in range(10, 60)}  # "at ten fifty": the minutes past an hour, said as a number
_FILLERS = {"um", "er", "erm", "uh", "like"}
_ONE_SPAN = re.compile(r"\b(?:a|an|one) (week|fortnight|month|year|night|day)\b(?! or )")
_RATE_WORDS = {"per", "each", "every", "once", "twice", "times", "thrice"}
_ONE_KILO = re.compile(r"\b(half )?(?:a|one) kilo(?:gram)?(?:s)?\b( and a half)?")
_HOURS = {str(h) for h in range(1, 13)}
_PAST = {"quarter": 15, "half": 30}


# "twenty past ten", "five to nine": minutes past or to an hour, as clocks are read; "to" only after
# a word that brings a time in ("about five to nine"), and not before what is counted ("from five to
# nine people", "ten to twelve weeks")
_PAST_THE, _HOUR = r"(5|10|20|25)(?: minutes)?", r"(1[0-2]|[1-9])"  # (minutes a clock is read by; an hour)
_CLOCK_WORDS = re.compile(rf"\b{_PAST_THE} (?:past|to) {_HOUR}\b")
_CLOCK_PAST = re.compile(rf"\b{_PAST_THE} past {_HOUR}\b")
_CLOCK_TO = re.compile(rf"\b(at|about|around|till|until|before|by|gone|just) {_PAST_THE} to {_HOUR}\b"
                       r"(?=$| (?:am|pm|oclock|o|in|at|on|when|and|then|this|last|yesterday|tonight|tomorrow|i|he|she|"
                       r"they|we|you|it|that|so|but|or|the|before|after|because|as|with|for)\b)")


def _past_the_hour(m: re.Match) -> str:
    return f"{m.group(2)}.{int(m.group(1)):02d} oclock"


def _to_the_hour(m: re.Match) -> str:
    return f"{m.group(1)} {int(m.group(3)) - 1 or 12}.{60 - int(m.group(2)):02d} oclock"


def _spoken(ws: list[str]) -> list[str]:
    """Numbers and times as people say them, written as the minutes write them: "96 point 4" ->
    "96.4"; "per cent" -> "percent"; "half past 10", "half 10" -> "10.30"; "quarter past 9"
    -> "9.15"; "quarter to 10" -> "9.45"; "20 past 10" -> "10.20", "about 5 to 9" -> "8.55" (each
    followed by "oclock": a time of day)."""
    if "past" in ws or "to" in ws:
        joined = " ".join(ws)
        if _CLOCK_WORDS.search(joined):
            ws = _CLOCK_TO.sub(_to_the_hour, _CLOCK_PAST.sub(_past_the_hour, joined)).split()
    if _SPOKEN_WORDS.isdisjoint(ws):
        return ws  # (each rule below starts with one of these words; _words makes its own tuple)
    out: list[str] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        nxt2 = ws[i + 2] if i + 2 < len(ws) else ""
        if w.isdigit() and nxt == "point" and nxt2.isdigit():
            out.append(f"{w}.{nxt2}")
            i += 3
        elif w == "per" and nxt == "cent":
            out.append("percent")
            i += 2
        elif w in _PAST and nxt == "past" and nxt2 in _HOURS:
            out += [f"{nxt2}.{_PAST[w]}", "oclock"]
            i += 3
        elif w == "half" and nxt in _HOURS and nxt2 not in ("of", "a", "an", "the") and nxt2 not in _UNIT_WORDS:
            out += [f"{nxt}.30", "oclock"]  # British "half ten" is half past ten
            i += 2
        elif w == "quarter" and nxt == "to" and nxt2 in _HOURS:
            out += [f"{int(nxt2) - 1 or 12}.45", "oclock"]
            i += 3
        elif w == "at" and (nxt in _HOURS or (nxt in _FILLERS and nxt2 in _HOURS)):
            j = i + (1 if nxt in _HOURS else 2)  # "at, um, ten fifty" -> "at 10.50 oclock"
            hour, minute = ws[j], ws[j + 1] if j + 1 < len(ws) else ""
            after = ws[j + 2] if j + 2 < len(ws) else ""
            if minute in _MINUTES and after not in _UNIT_WORDS and after not in ("pence", "p", "quid"):
                out += ["at", f"{hour}.{minute}", "oclock"]
                i = j + 2
            else:
                out.append(w)
                i += 1
        else:
            out.append(w)
            i += 1
    return out


@lru_cache(maxsize=20000)
def _details(text: str, carried: Detail | None = None) -> tuple[frozenset[Detail], Detail | None]:
    """One clause's details, and the last thing it counted (else `carried`, the last a clause before
    it counted: what a bare number after a verb of doing counts)."""
    if _counts_nothing(text):
        # (most clauses: nothing below is read of their words, but the parts of the day they name;
        # and, with no number, what was carried goes on, as below. The set is built as the long way
        # builds it, so that it is read in the same order wherever it is read.)
        found: set[Detail] = set()
        found |= day_parts(text)
        return frozenset(found), carried
    ws = _words(text)  # (already as spoken: _spoken leaves its own output as it is)
    joined = " ".join(ws)
    numbered = _DIGIT.search(joined) is not None  # (ordinals and ages are digits by now: "fourteenth" is "14")
    if carried is not None and not numbered:
        # (a clause with no number counts nothing, so what it gives is what it gives read alone, and
        # what was carried goes on: one reading of it, not one for each clause it may follow)
        return _details(text, None)[0], carried
    found: set[Detail] = _ranges(joined) if numbered else set()  # (ranges are of numbers)
    # A frequency inside a longer one is not a second one: "twice weekly" is not also "weekly".
    present = {n for n in _FREQUENCY_WORDS if n in joined}
    matches = [(m, per_week) for pattern, per_week, needs in _FREQUENCY if not needs.isdisjoint(present)
               for m in pattern.finditer(joined)] if present else []
    taken: list[tuple[int, int]] = []
    for m, per_week in sorted(matches, key=lambda x: (x[0].start() - x[0].end(), x[0].start())):
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        taken.append(m.span())
        if callable(per_week):
            value = round(per_week(float(m.group(1))), 4)
        else:
            value = per_week if per_week is not None else float(m.group(1))
        found.add(Detail(value, "per_week", m.group(0)))
    # So many things a day ("two joints a day", "three, four a day", "5 bottles of wine a day"): a rate
    # of its own, compared only with another such (not with "every day", which says how often, not
    # how many); not a measure ("two hours a day") nor times ("three times a day": taken above)
    if "day" in present:
        for m in _A_DAY.finditer(joined):
            if not any(m.start() < b and a < m.end() for a, b in taken):
                taken.append(m.span())
                found.add(Detail(float(m.group(1)), "a_day", m.group(0)))
    per_week_said = bool(taken)
    # A scaling score, as minutes write it ("scored 5") and as people give it ("six for me", "I'd say
    # a four", "I'd give it a 7"); "4/10" and "four out of ten" are shares of ten (details.py reads
    # each as the other)
    if _SCORE_WORDS.intersection(ws) and numbered:
        for m in _SCORE.finditer(joined):
            n = next(g for g in m.groups() if g)
            if float(n) <= 10:
                found.add(Detail(float(n), "score", n))
    # "twice" alone is a count of times, as "3 times" is (not "twice a week": taken above)
    if "twice" in joined:
        for m in re.finditer(r"\btwice\b", joined):
            if not any(m.start() < b and a < m.end() for a, b in taken):
                found.add(Detail(2.0, "time", "twice"))
    # "for a week", "a fortnight ago": one of a unit is a span too (not "once a week": taken above)
    for m in _ONE_SPAN.finditer(joined) if present or "year" in joined else ():  # (its units: present's, or a year)
        before = joined[: m.start()].split()[-2:]
        rate = before and (before[-1] in _RATE_WORDS or (len(before) == 2 and before[0].isdigit()))
        if not rate and not any(m.start() < b and a < m.end() for a, b in taken):  # not "3 hours a day"
            unit = m.group(1)
            found.add(Detail(2.0, "week", m.group(0)) if unit == "fortnight" else Detail(1.0, unit, m.group(0)))
    # "put on about a kilo", "half a kilo": one (or half) of a weight said without a number
    if "kilo" in joined:
        for m in _ONE_KILO.finditer(joined):
            found.add(Detail(0.5 if m.group(1) else 1.5 if m.group(2) else 1.0, "kg", m.group(0)))
    # A month's end, middle or start ("by the end of January") is a time of its own kind, compared
    # only with another such (not with "4 June", which may fall in the same month)
    if "end of " in joined or "middle of " in joined or "start of " in joined or "beginning of " in joined:
        for m in _MONTH_DEADLINE.finditer(joined):
            part = {"end": 30, "middle": 15}.get(m.group(1), 1)
            found.add(Detail(float(100 * (MONTHS.index(m.group(2)) + 1) + part), "month_part",
                             f"{m.group(1)} of {m.group(2)}"))
    # A month alone, after a word that dates by it ("since March", "by May", "last October"): a time
    # of its own kind, compared only with another month alone ("since May" / "since March")
    if not _MONTH_SET.isdisjoint(ws):
        for i, w in enumerate(ws[1:], start=1):
            if w in _MONTH_SET and ws[i - 1] in _BY_MONTH and (i + 1 == len(ws) or not ws[i + 1][:1].isdigit()):
                found.add(Detail(float(MONTHS.index(w) + 1), "month_alone", w.capitalize()))
    if numbered and (_ORDINAL_HINTS.intersection(ws) or _holds_any(text, _ORDINAL_WORD_IN, ORDINALS)):
        found |= _days_of_month(text)
    found |= day_parts(text)
    aged = _ages(ws, text) if numbered and (_AGE_CUES.intersection(ws) or "(" in text) else {}
    starts = list(accumulate((len(x) + 1 for x in ws[:-1]), initial=0)) if per_week_said else []  # (offsets in joined)
    counted: list[Detail] = [carried] if carried else []  # the things counted so far ("eight sessions")
    out_of = None  # "out of the four sessions": what a later bare number is a share of
    for i, w in enumerate(ws if numbered else ()):  # (a clause with no digit has no number to read)
        if not w.replace(".", "").isdigit():
            continue
        value = float(w)
        if i in aged:
            found.add(Detail(value, "age", aged[i]))
            continue
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        nxt2 = ws[i + 2] if i + 2 < len(ws) else ""
        prev = ws[i - 1] if i else ""
        stage = nxt.rstrip("s")
        if stage in _STAGE_UNITS and _a_stage_check(ws, i):
            # "his two-year review", "the 12-week scan": a check named by its stage, no span of time;
            # compared only with another check's stage
            found.add(Detail(value, f"{stage} stage", f"{w} {nxt} {nxt2}"))
            continue
        if nxt in ("st", "nd", "rd", "th"):
            nxt, nxt2 = nxt2, ws[i + 3] if i + 3 < len(ws) else ""
        # "7 of the 10 sessions", "nine out of ten": a share, compared with shares
        # ("four out of the last six")
        rest = [x for x in ws[i + 1: i + 6] if x not in _SHARE_PASS]
        if nxt in ("of", "out") and rest and rest[0].isdigit() and float(rest[0]) >= value:
            found.add(Detail(value, "share", f"{w} of {rest[0]}"))
            continue
        # "one day in three", "one in four": a share as "one of three" is (not "3 visits in 2 weeks")
        if (whole := _one_in(ws, i)) is not None:
            found.add(Detail(value, "share", f"{w} of {whole}"))
            continue
        # "eight sessions so far and he's made six of them": a share of the count just given
        if nxt == "of" and nxt2 in ("them", "those", "these") and counted and counted[-1].value >= value:
            found.add(Detail(value, "share", f"{w} of {counted[-1].value:g}"))
            continue
        # "out of the four sessions so far she's been to three": a share of the count it is out of
        if out_of is not None and out_of > value and not (nxt and nxt not in STOPWORDS and nxt.isalpha()):
            found.add(Detail(value, "share", f"{w} of {out_of:g}"))
            continue
        if tuple(ws[max(0, i - 2): i]) == ("out", "of") or tuple(ws[max(0, i - 3): i]) == ("out", "of", "the"):
            out_of = value
        if nxt == "of" and nxt2 in MONTHS:
            nxt = nxt2
        elif nxt == "of" and nxt2 in _WHOSE and prev in ("all", "both"):
            # "all three of his hearing tests", "both of the school's letters": so many of the things named,
            # by the first plural among the next few words ("tests", not "Riley" in "of my visits Riley");
            # without "all" or "both", "two of her children" is a part of them, not how many there are
            named = next((x for x in [x for x in ws[i + 3: i + 7] if x != "s"][:3]
                          if x not in STOPWORDS and lemma(x) != x and (x.endswith("s") or x in _PLURALS)), None)
            if named:
                counted.append(Detail(value, lemma(named), f"{w} {named}"))
                found.add(counted[-1])
                continue
        if nxt in ("time", "times") and nxt2 in ("a", "per", "each") and per_week_said:
            continue  # "three times a week" is a frequency (taken above), not also a count of three
        if per_week_said and any(a <= starts[i] < b for a, b in taken):
            continue  # ... as "four night shifts a week" is not four nights in all
        if nxt in _SPAN_KINDS and nxt2 in _UNIT_WORDS:  # "ten working days" is a span of days
            found.add(Detail(value, _UNIT_WORDS[nxt2], f"{w} {nxt} {nxt2}"))
            continue
        if nxt in MONTHS:
            found.add(Detail(value, nxt, f"{w} {nxt}"))
        elif prev in MONTHS and value <= 31:
            found.add(Detail(value, prev, f"{prev} {w}"))
        elif prev == "the" and i > 1 and ws[i - 2] in MONTHS and value <= 31 and (
                not nxt or nxt in STOPWORDS and nxt != "of") and _ORDINAL_AFTER.search(text):
            found.add(Detail(value, ws[i - 2], f"{ws[i - 2]} {w}"))  # "March the third" (not "May the 2 boys")
        elif nxt in _MONEY_UNITS and (nxt != "pound" and nxt != "pounds" or _WEIGHT_WORDS.isdisjoint(ws)):
            times = 1000 if nxt in ("grand", "k") else 0.01 if nxt in ("p", "pence") else 1
            found.add(Detail(round(value * times, 2), "money", f"£{value * times:g}"))
        elif value <= 12 and _hour_before_an_end(ws, i, nxt, nxt2):
            found.add(Detail(value, "clock", f"{w} o'clock"))  # "from seven till midnight": seven is a time
        elif value <= 12 and (half := _half_of_day(ws[i + 1: i + 4])):
            found.add(Detail(value, "clock", f"{w} {half}"))  # "eleven at night" is 11 pm, as minutes write it
        elif nxt in _UNIT_WORDS and _UNIT_WORDS[nxt] == "clock":  # shown as people write times
            found.add(Detail(value, "clock", f"{w} {nxt}" if nxt in ("am", "pm") else
                             (w if "." in w else f"{w} o'clock")))
        elif nxt in _UNIT_WORDS:
            head = _head_noun(ws, i, value)
            unit = _UNIT_WORDS[nxt] if head == i + 1 else lemma(ws[head])
            counted.append(Detail(value, unit, " ".join(ws[i: head + 1])))
            found.add(counted[-1])
        elif value >= 1900 and value <= 2100:
            continue  # a year alone is rarely the disputed detail, and the minutes add it freely
        elif not _MONEY_WORDS.isdisjoint(ws) and not nxt.endswith("s") and \
                (i + 1 == len(ws) or ws[i + 1] not in ("st", "nd", "rd", "th")):
            found.add(Detail(value, "money", f"£{value:g}"))  # "we owe about four hundred on the electric"
        elif nxt and nxt not in STOPWORDS and nxt not in _NO_THING and nxt.isalpha():
            head = _head_noun(ws, i, value)
            counted.append(Detail(value, lemma(ws[head]), " ".join(ws[i: head + 1])))
            found.add(counted[-1])
        elif counted and counted[-1].unit not in _NOT_DONE and \
                (prev in _DONE or (prev == "to" and i >= 2 and ws[i - 2] == "been")):
            # "twenty-six sessions ... he's done fourteen so far", "offered eight appointments and
            # she's attended six": a number left bare after a verb of doing counts what was just
            # counted, when that is something done (not "two hours each", "for the three children")
            found.add(_counted_again(w, value, counted[-1]))
            if value < counted[-1].value:  # ... and so many of them: a share, as "six of them" is
                found.add(Detail(value, "share", f"{w} of {counted[-1].value:g}"))
        elif counted and counted[-1].unit not in _NOT_LEFT and \
                (nxt in ("left", "remaining", "more") and (not nxt2 or nxt2 in STOPWORDS and nxt2 != "than")
                 or (nxt, nxt2) == ("to", "go")):
            # "done eight weeks and she's got four left": what is left is of what was just counted,
            # weeks as much as sessions (not people: "two children ... three more" is no count of them)
            found.add(_counted_again(w, value, counted[-1]))
        elif value <= 12 and _until_an_hour(ws, i):
            found.add(Detail(value, "clock", f"{w} o'clock"))  # "sleeps till about five": five is a time
        elif value <= 31 and (month := _listed_with_a_date(ws, i)):
            found.add(Detail(value, month, f"{w} {month}"))  # "on 3 and 14 February": the 3rd of February
        else:
            found.add(Detail(value, "n", w))
    return frozenset(found), (counted[-1] if counted else None)


# What a clause gives no detail without (_counts_nothing): a word of a number (or "couple", which
# expand makes "two") or a month, as a word; the words of a frequency or a span, "twice", "kilo", as
# _details looks for them, anywhere in a word
_NUMBER_OR_MONTH = _NUMBER_WORDS | {"couple"} | frozenset(MONTHS)
_DETAIL_PIECES = ("day", "week", "month", "night", "morning", "afternoon", "evening", "daily", "year", "twice", "kilo")
_LETTERS = re.compile(r"[a-z]+")


def _counts_nothing(text: str) -> bool:
    """Is it plain, before a clause is read, that _details finds no number in it (no digit, no word
    of one) and nothing else it reads but day_parts: an ASCII text with no digit, no word of
    _NUMBER_OR_MONTH and none of _DETAIL_PIECES in its lower case? expand (contractions opened,
    phrases in plain words) writes none of these where there was none ("couple" aside, counted
    here); a hyphen _words takes out is taken out here too before the pieces are looked for."""
    if not text.isascii() or _DIGIT.search(text):
        return False
    low = text.lower()
    unhyphened = low.replace("-", "")
    for piece in _DETAIL_PIECES:  # (a loop, not any() over a generator: asked of every clause read)
        if piece in unhyphened:
            return False
    return _NUMBER_OR_MONTH.isdisjoint(_LETTERS.findall(low))


_LISTING_PASS = frozenset({"st", "nd", "rd", "th", "the", "of"})
_AFTER_A_DAY = frozenset({"and", "or", "when", "at", "in", "on", "but", "so", "both", "respectively"})


def _listed_with_a_date(ws: tuple[str, ...], i: int) -> str | None:
    """The month of the date a bare day is listed with: "3 and 14 february", "the 3rd of february and
    the 14th" (each day of that month)."""
    after = [x for x in ws[i + 1: i + 7] if x not in _LISTING_PASS]
    if after and after[0] not in _AFTER_A_DAY:
        return None  # ("in February and 3 more visits": a count)
    if len(after) >= 3 and after[0] == "and" and after[1].isdigit() and after[2] in MONTHS:
        return after[2]
    before = [x for x in ws[max(0, i - 4): i] if x not in _LISTING_PASS]
    if len(before) >= 2 and before[-1] == "and" and before[-2] in MONTHS:
        return before[-2]
    return None


# Words after a number that are no thing it counts: "four since May", "three left", "six last week"
_NO_THING = frozenset({"since", "until", "till", "before", "after", "ago", "already", "yet", "still", "left",
                       "remaining", "altogether", "together", "overall", "apiece", "including", "later", "earlier",
                       "last", "next", "today", "yesterday", "tomorrow", "tonight", "recently", "previously"})
_PLURALS = frozenset({"children", "people", "men", "women"})


# What is left to do is no count of people, a share, a score, money, an age or a time of day
_NOT_LEFT = frozenset({"child", "family", "parent", "people", "person", "kid", "adult", "boy", "girl", "sibling",
                       "member", "share", "score", "money", "age", "clock"})
# Units that measure what they come before ("two hour sessions" last two hours; they are not two sessions)
_MEASURED_IN = frozenset({"percent", "week", "day", "month", "year", "hour", "minute", "cm", "mm", "kg", "pound", "mile"})


def _counted_again(w: str, value: float, last: Detail) -> Detail:
    """A bare number read as so many of what was last counted ("eight weeks ... four left": 4 weeks)."""
    return Detail(value, last.unit, f"{w} {last.text.split(' ', 1)[-1]}")


def _head_noun(ws: tuple[str, ...], i: int, value: float) -> int:
    """Where the thing the number at ws[i] counts is named: the word after it, or, where more than one
    is counted, the plural a word or two on that it describes ("two police call-outs", "five home
    visits", "four drugs tests", "three missed appointments" count call-outs, visits, tests, appointments)."""
    if value <= 1 or ws[i + 1] in _PLURALS or _UNIT_WORDS.get(ws[i + 1], lemma(ws[i + 1])) in _MEASURED_IN:
        return i + 1  # (one thing, a plural already, or a measure: "two hour sessions" last two hours)
    for j in range(i + 2, min(i + 4, len(ws))):
        x = ws[j]
        if not x.isalpha() or len(x) < 2 or x in STOPWORDS or x in _NO_THING:
            break
        if x.endswith("s") and lemma(x) != x or x in _PLURALS:
            return j
    return i + 1


# Whose things a count may be of: "three of his tests", "two of the school's letters"
_WHOSE = frozenset({"his", "her", "their", "the", "my", "our", "your", "its"})
# Verbs after which a bare number counts what was just counted ("he's done fourteen", "she's been to six")
_DONE = frozenset({"done", "attended", "completed", "made", "missed", "managed", "kept", "finished"})
# ... but not a measure, nor people: "each one's two hours. She's done six" is six sessions, not hours
_NOT_DONE = _MEASURED_IN | _NOT_LEFT | {"night", "morning", "word"}


_MONTH_SET = frozenset(MONTHS)


# A day of the month named without its month, as people say it: "on the 14th", "Thursday the
# fourteenth", "Tuesday, the 12th" (an ordinal after a weekday or a word that dates by it, not "the
# second was Easter weekend"); compared with another such day, or the day of a date. "On the
# Wednesday, the fifth": the comma between the weekday and its date ends no clause.
_ORDINAL_WORD = (r"(?:(?:twenty|thirty)[ -])?(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")")
_DAY_OF_MONTH = re.compile(
    rf"\b(?:{_DAY}|on|from|until|till|by|since|before|after)\s+(?:the\s+)?"
    rf"(\d{{1,2}} (?:st|nd|rd|th)|{_ORDINAL_WORD})\b(?!\s+(?:of\s+)?(?:{'|'.join(MONTHS)})\b)")
# ... or given to a weekday said just before it: "on the Monday morning, so that's the third"
_WEEKDAY_THAT_IS = re.compile(rf"\b{_DAY}(?: (?:morning|afternoon|evening|night))?,? (?:so |and )?(?:that|which|this) "
                              rf"(?:is|was|would be|will be) the (\d{{1,2}} (?:st|nd|rd|th)|{_ORDINAL_WORD})\b"
                              rf"(?=\s*(?:[,.;!?]|$))")
_WEEKDAY_COMMA_DATE = re.compile(rf"\b({_DAY}),\s+(?=the\s+(?:\d{{1,2}}(?:st|nd|rd|th)\b|{_ORDINAL_WORD}\b))", re.I)


# (what must be there for a day of the month: a written ordinal's ending, or an ordinal word)
_ORDINAL_HINTS = frozenset({"st", "nd", "rd", "th"})
_ORDINAL_WORD_IN = re.compile("|".join(ORDINALS), re.I)


def _holds_any(text: str, pattern: re.Pattern, pieces) -> bool:
    """pattern.search(text), for a case-blind pattern that is only these pieces (lower case) as
    alternatives: for ASCII text, the pieces looked for in the text in lower case, which is what
    re.I folds there (a case-blind alternation is read slowly: the ordinals' took 11 us a text)."""
    if text.isascii():
        low = text.lower()
        for p in pieces:  # (a loop, not any() over a generator: asked of every clause read)
            if p in low:
                return True
        return False
    return pattern.search(text) is not None


def _days_of_month(text: str, pattern: re.Pattern = _DAY_OF_MONTH) -> set[Detail]:
    t = expand(text)
    out = set()
    for m in pattern.finditer(t):
        after = _TOKEN.match(t, m.end() + 1) if t[m.end(): m.end() + 1] == " " else None
        if after and after.group(0) not in STOPWORDS and after.group(0) not in WEEKDAYS:
            continue  # "the first core group meeting", "on the second visit": an ordinal of a thing
        said = m.group(1)
        if said[0].isdigit():
            value = int(said.split()[0])
        else:
            tens, _, unit = said.replace("-", " ").rpartition(" ")
            value = TENS.get(tens, 0) + ORDINALS[unit]
        if 1 <= value <= 31:
            out.add(Detail(float(value), "day_of_month", f"the {value}{_SUFFIX.get(value % 10 if value // 10 != 1 else 0, 'th')}"))
    return out


_SUFFIX = {1: "st", 2: "nd", 3: "rd"}

# A time of day said as a part of the day ("at teatime", "in the early hours"), with the hours it
# may cover on a 24-hour clock (a range that wraps past midnight runs from the first to the second)
DAY_PARTS = {"teatime": (16, 19), "lunchtime": (11.5, 14.5), "bedtime": (18, 22.5), "first thing": (6.5, 10),
             "morning": (5, 12), "afternoon": (12, 18), "evening": (17, 23.5), "night": (20, 6),
             "early hours": (0, 6), "midnight": (23, 1), "midday": (11.5, 12.5)}
_DAY_PART = re.compile(
    r"\b(?:(tea) ?time|(lunch) ?time|(bed) ?time|(first thing)|(?:in|during|on|this|that|yesterday|tomorrow|(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day|the) (morning|afternoon|evening)|(?:at|in the|during the|last|that|"
    r"the) (night)|over(night)|(?:early|small) (hours)|(midnight)|(midday))\b")
_PART_WORDS = ("time", "first thing", "morning", "afternoon", "evening", "night", "hours", "mid")
_PART_KEYS = re.compile("|".join(_PART_WORDS), re.I)
# (not "noon": a recogniser writes it for the end of a misheard "afternoon")
_PART_NAMES = {"tea": "teatime", "lunch": "lunchtime", "bed": "bedtime", "hours": "early hours"}


# An hour with the half of the day it falls in ("nine in the morning", "eleven at night")
_HALF_OF_DAY = {("in", "the", "morning"): "am", ("in", "the", "afternoon"): "pm", ("in", "the", "evening"): "pm",
                ("at", "night"): "pm"}


def _one_in(ws: tuple[str, ...], i: int) -> str | None:
    """The whole that the number at ws[i] is said to be so many "in" ("one day in three": three),
    with at most a unit between and nothing named after the whole; else None."""
    j = i + 1 if i + 1 < len(ws) and ws[i + 1] == "in" else i + 2
    if j + 1 >= len(ws) or ws[j] != "in" or not ws[j + 1].isdigit() or not float(ws[i]) < float(ws[j + 1]) <= 31:
        return None  # (not "3 admissions in 2023")
    if j == i + 2 and ws[i + 1] not in _UNIT_WORDS:
        return None  # ("one day in three", not "2 kids in 3 rooms")
    after = ws[j + 2] if j + 2 < len(ws) else ""
    return ws[j + 1] if not after or after in STOPWORDS and after not in ("st", "nd", "rd", "th") else None


def _until_an_hour(ws: tuple[str, ...], i: int) -> bool:
    """Is the bare number at ws[i] said after "till" or "until" ("sleeps till about five", "stayed
    until gone eleven")? What one waits or stays until, with no thing counted, is a time of day."""
    window = ws[max(0, i - 3): i]
    before = [w for w in window if w not in _ROUGHLY]
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    # (not the end of a span whose start _hour_before_an_end has read, "years 7 till 11"; nor with
    # anything counted after it, "until 2 more sessions"; and only of a time: "till about five", or
    # with a verb of the day or night, "sleeps until four"; "in a cot until 3" is an age)
    return len(before) >= 1 and before[-1] in ("till", "until") and not (len(before) >= 2 and before[-2].isdigit()) \
        and (not nxt or nxt in STOPWORDS and nxt not in ("of", "more", "st", "nd", "rd", "th")) \
        and (len(before) < len(window) or not _OF_THE_DAY.isdisjoint(ws))


_ROUGHLY = frozenset({"about", "around", "gone", "roughly", "nearly", "almost", "approximately"})
_OF_THE_DAY = frozenset({"sleep", "sleeps", "slept", "sleeping", "asleep", "awake", "stay", "stays", "stayed", "staying",
                         "wait", "waits", "waited", "waiting", "work", "works", "worked", "working", "open", "tonight",
                         "night", "morning", "evening", "afternoon", "bedtime", "shift", "shifts"})


def _half_of_day(after: list[str]) -> str | None:
    return _HALF_OF_DAY.get(tuple(after[:2])) or _HALF_OF_DAY.get(tuple(after[:3]))


def _after_an_hour(before: str) -> bool:
    """Does the text end with an hour ("11", "eleven", "9.30"), and perhaps "in"?"""
    said = words(before)[-2:]
    if said[-1:] == ["in"]:
        said = said[:-1]
    return bool(said) and said[-1].split(".")[0] in _HOURS


def day_parts(text: str) -> frozenset[Detail]:
    if not _holds_any(text, _PART_KEYS, _PART_WORDS):
        return frozenset()
    t = expand(text)
    out = set()
    for m in _DAY_PART.finditer(t):
        if m.group(0).startswith(("at ", "the ")) and _after_an_hour(t[:m.start()]):
            continue  # "11 at night" is a time of day (details reads it as 11 pm), not a part of one
        said = next(g for g in m.groups() if g)
        if m.group(0).startswith("the ") and re.match(r"[- ]?time\b", t[m.end():]):
            continue  # "the night-time routine", "the evening-time feeds": a kind of thing, not a time it happened
        name = _PART_NAMES.get(said, said)
        out.add(Detail(float(list(DAY_PARTS).index(name)), "day_part", name))
    return frozenset(out)


# The checks a child or a pregnancy has at a stage, named by it ("the two-year review", "the
# 12-week scan", "his eight-week jabs"): the figure is when, not how long (a "six-week course" lasts)
_STAGE_UNITS = frozenset({"week", "month", "year"})
_STAGE_CHECKS = frozenset({"check", "checks", "scan", "scans", "jab", "jabs", "immunisation", "immunisations",
                           "vaccination", "vaccinations"})
# ... a review only as someone's ("his two-year review", "Oscar's 27-month review"): "a six-month
# review of the plan", "the placement has a 12-month review" come after a span of time
_WHOSE_REVIEW = frozenset({"his", "her", "their", "my", "your", "s"})


_REVIEWS = frozenset({"review", "reviews"})


def _a_stage_check(ws: tuple[str, ...] | list[str], i: int) -> bool:
    """Does the figure at i, before its week, month or year, name a check by its stage (_STAGE_CHECKS,
    a "development check" or "developmental review" too, and someone's review)?"""
    after = ws[i + 2: i + 4]
    if not after:
        return False
    if after[0] in ("development", "developmental"):  # (a "two-year development plan" lasts two years)
        return len(after) > 1 and (after[1] in _STAGE_CHECKS or after[1] in _REVIEWS)
    return after[0] in _STAGE_CHECKS or (after[0] in _REVIEWS and i > 0 and ws[i - 1] in _WHOSE_REVIEW)


# A person's age: "aged 14", "age 14", "14 years old", "a 14-year-old", "turned fifteen", and as
# people say it of someone: "he's fourteen", "her brother's only seventeen", "Connor's 14" (a
# pronoun, a word for a child or a relative, or a name before "is"; not "it's 4" or "the score is 6")
_AGE_CUES = frozenset({"aged", "age", "old", "turned", "turns", "turning", "s", "is", "was"})
_AGE_SUBJECTS = frozenset({"he", "she", "brother", "sister", "son", "daughter", "child", "boy", "girl", "baby",
                           "eldest", "youngest", "oldest", "nephew", "niece", "cousin", "grandson", "granddaughter",
                           "stepson", "stepdaughter"})
_AGE_PASS = frozenset({"only", "just", "nearly", "almost", "now", "still", "already", "about"})


def _ages(ws: tuple[str, ...] | list[str], text: str) -> dict[int, str]:
    """The positions of numbers that are someone's age, with the age as the minutes would write it."""
    out = {}
    # "Mia (12) lives with ...": a child's age, as minutes give it after the name
    bracketed = {(name.lower(), age) for name, age in _AGE_AFTER_NAME.findall(text)} if "(" in text else set()
    for i, w in enumerate(ws):
        if not w.isdigit() or not 0 < int(w) <= 25:
            continue
        if i and (ws[i - 1], w) in bracketed and ws[i - 1] not in _LABELS:
            out[i] = f"aged {w}"
            continue
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        j = i - 1
        while j >= 0 and ws[j] in _AGE_PASS:
            j -= 1
        before = ws[j] if j >= 0 else ""
        if (nxt == "year" or nxt == "years") and i + 2 < len(ws) and ws[i + 2] == "old" or \
                before in ("aged", "turned", "turns", "turning") or (before == "age" and nxt != "group"):
            out[i] = f"aged {w}"
        elif before in ("s", "is", "was") and j > 0 and nxt not in _UNIT_WORDS and nxt not in _MONEY_UNITS \
                and nxt not in ("st", "nd", "rd", "th", "out", "of", "and", "or", "to", "percent", "x", "weekly",
                                "monthly", "daily"):  # ("contact is 3x weekly": how often, not an age)
            who = ws[j - 1]
            if who in _AGE_SUBJECTS or (who.isalpha() and len(who) > 2 and who not in STOPWORDS
                                        and re.search(rf"\b{who.capitalize()}\b", text)):
                out[i] = f"aged {w}"
    return out
# (... not a label's number: "Room (4)")
_LABELS = frozenset({"room", "page", "section", "item", "appendix", "paragraph", "point", "question", "table", "figure",
                     "step", "stage", "level", "flat", "house", "floor", "ward", "bay", "bed", "unit", "phase", "part",
                     "class", "year", "number", "option", "box", "grade", "group", "week", "day", "month", "term",
                     "session", "visit", "line", "chapter", "note", "annex", "version", "form", "score"})
_AGE_AFTER_NAME = re.compile(r"\b([A-Z][a-z]+)\s*\(\s*(\d{1,2})\s*\)(?=\s*,|\s+[a-z])")  # (not "Concern (1):")
# "March the third", "June the 5th": a day written as an ordinal after "the" (not "In May the two ...")
_ORDINAL_AFTER = re.compile(rf"\b(?:{'|'.join(MONTHS)}) the (?:\d{{1,2}}(?:st|nd|rd|th)\b|[a-z]+(?:st|nd|rd|th)\b)", re.I)
_BY_MONTH = frozenset({"since", "in", "from", "until", "till", "by", "before", "after", "last", "next", "early", "late",
                       "mid", "during"})
# Money: a sum said with its unit is money ("£75", "eighty quid", "two grand"; "pounds" unless the
# sentence is about weight), and so is a bare number in a sentence about owing, paying or costs
_MONEY_UNITS = {"pound", "pounds", "quid", "grand", "k", "p", "pence"}
_WEIGHT_WORDS = frozenset({"weigh", "weighs", "weighed", "weighing", "weight", "gained", "gain", "gains", "lost", "lose",
                           "heavier", "lighter", "stone", "ounces", "oz", "kilo", "kilos", "kg"})
_MONEY_WORDS = frozenset({"owe", "owes", "owed", "owing", "debt", "debts", "arrears", "pay", "pays", "paid", "paying",
                          "cost", "costs", "costing", "spent", "spend", "borrow", "borrowed", "lent", "lend", "loan",
                          "grant", "rent", "bill", "bills", "fine", "fined", "payment", "payments", "benefits"})


_CAPITALISED = re.compile(r"(?<![.!?:;—–-]\s)(?<!^)\b([A-Z][a-z]{2,})\b")
# A whole run of three letters or more in lower case, or a capital then lower case (found so, not
# each run found and then tested)
_LOWER_CASE_WORD = re.compile(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")
_TITLE_CASE_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])")


def proper_names(texts: list[str]) -> frozenset[str]:
    """The words the texts write with a capital inside a sentence and never without one: the names
    of people and places ("Callum", "Ashford"), lower case. (A capital after a full stop says
    nothing; a word also seen in lower case is an ordinary word.)"""
    capitalised = {w.lower() for t in texts for w in _CAPITALISED.findall(t)}
    return frozenset(capitalised - lower_case_words(texts))


def capitalised_only(texts: list[str]) -> frozenset[str]:
    """The words the texts write only with a capital, wherever they stand (a sentence's first word
    too: "Ruby's much more settled"), lower case; not stopwords ("She", "The"). Looser than
    proper_names: a sentence's first word that is an ordinary word is seen in lower case somewhere
    in a whole meeting ("Nursery has been great" / "at nursery")."""
    capitals = {w.lower() for t in texts for w in _TITLE_CASE_WORD.findall(t)}
    return frozenset(capitals - lower_case_words(texts) - STOPWORDS)


def lower_case_words(texts) -> frozenset[str]:
    """The words (of three letters or more) the texts write in lower case somewhere: ordinary
    words, not names."""
    return frozenset().union(*map(_lower_case_words, texts))


@lru_cache(maxsize=20000)  # (a comparison reads the meeting's turns so three times)
def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_CASE_WORD.findall(text))
