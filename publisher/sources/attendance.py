"""Who was at a meeting and what they declared: one grammar for every reader (issue 14).

Meeting pages, agenda-item pages and attendance pages print the same statements in prose, lists and tables:

    Present: Councillor A Name (Chair), Councillors B and C         → present (the bracket: role as printed)
    Also present: … / Officers in attendance: …                      → in attendance
    Apologies for absence were received from Councillors A, B and C → apologies
    Cllrs. A, B and C sent apologies.                                → apologies
    Councillor X substituted for Councillor Y                        → X substitute for Y
    Councillor M Burton for Councillor Round (under "Substitute Members") → substitute
    Councillor X declared a personal interest in item 11 as …       → a declaration of interest
    … declared a personal interest in A (Item 10 refers) and a
      personal and prejudicial interest in B (Item 9 refers)        → two, each at its item
    Councillor Y in relation to the same item declared …            → Y at the item declared before
    Councillors A and B stated that they had been lobbied            → a declaration each, of lobbying
    Members declared personal interests in minute 96 as follows: /
      A McKenna - Trustee of … / Morton - Employee, …                → a declaration an entry, at item 96
    Councillor / Committee / Minute / Interest (a table)             → a declaration a row
    Minute Number      Member      Level of Interest (aligned text)  → a declaration a row and minute
    There were 4 apologies for absence: / Cllr A / Cllr B …         → apologies, one name a line

:func:`read_attendance` and :func:`read_declarations` read one paragraph; :func:`read_who_was_there` reads a
whole page, also what runs over several lines (a label and the names under it, a substitutes list under its
introduction, a declarations table), so that a page whose items are not read still yields who was there, and
:func:`add_who_was_there` adds it to what the item readers found. Decisions made here:

- Arrivals, departures and apologies for lateness are the meeting's ``arrivals`` (grammar: ``arrivals.py``).
  Not being required to attend has no term in the ontology: it is a Warning in the page's words, and the
  people it names are published as people (``Record.people``) all the same. Having been lobbied is a
  declaration of the scheme's kind "lobbying".
- A declaration the page pass cannot place at an item the page's items hold ("this item", an item not read)
  is left to the item readers; its declarant is published as a person.
- A surname printed alone is the person a fuller name on the page ends with, when just one does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from publisher.model import AgendaItem, ArrivalOrDeparture, Attendance, Declaration, Meeting, Organisation, Person, Post
from publisher.sources.arrivals import arrival_or_departure, arrivals_of, subject
from publisher.sources.person_mentions import (
    ANY_HONORIFIC,
    MEMBER_TITLE,
    NAME_PARTICLES,
    ORGANISATION_ENDINGS,
    PARTY_NAMES,
    PLURAL_HONORIFICS,
    STANDS_IN_FOR,
    ListedName,
    classify_bracket,
    council_names,
    declared_tersely,
    is_organisation,
    looks_like_name,
    person_named,
    read_mention,
    register_entry,
    registered_as,
    split_honorific,
    split_names,
    trailing_brackets,
)
from publisher.sources.prose_people import NOT_NAME_WORDS, PORTFOLIO_WORDS, ROLE_NOUNS
from publisher.sources.text_rules import (
    BULLET,
    BULLET_MARKS,
    Line,
    gap_as_comma,
    kept_per_paragraph,
    may_state,
    sentences,
)
from publisher.sources.votes import not_voting_lists

# --- attendance ---------------------------------------------------------------------------------------------

# "Apologies for absence were received from …", also inside a sentence ("It was noted that apologies for
# absence had been received from …"), or a reason's clause ("It was reported that, as apologies for absence had been
# received from the Mayor and Councillors Amil, King, Mills and Parrott, the meeting was inquorate.", Torbay);
# "received form" is a misprint seen on real minutes, and so is "An apology of absence was received from Councillor F L
# Burgess." (Fareham); "Apologies for absence were heard from Councillor O’Rourke." (Bristol); "Apologies for absence
# were intimated from Councillors McKenzie, Mulvaney and Philand." (Argyll and Bute: the Scots word).
_APOLOGIES = re.compile(
    # "Apologies for absence for the meeting were received from …" (Ribble Valley), the line's label before it
    r"(?:^|\b(?:that|and|noted|as)\s+|\bMinutes:\s+)(?:an\s+)?apolog(?:y|ies)(?:\s+(?:for|of)\s+absence"
    r"|\s+for\s+(?:their\s+)?inability\s+to\s+attend(?:\s+(?:the|this)\s+meeting)?"  # Gosport, both
    r"|\s+for\s+non[-\s]?attendance)?"
    r"(?:\s+(?:for|from|at)\s+(?:the|this)\s+meeting)?\s+"
    r"(?:was|were|had\s+been|have\s+been)?\s*(?:also\s+|further\s+)?"
    r"(?:received|submitted|reported|given|tendered|noted|heard|intimated)\s+"
    r"(?:from|form|by|on\s+behalf\s+of|for(?=\s+(?:Councillors?|Cllrs?)\b))\s+(?P<names>.+)$"
    r"|^apologies(?:\s+for\s+absence)?\s*[:\-–]\s*(?P<listed>.+)$"
    r"|^there\s+(?:were|was)\s+(?:an\s+)?apolog(?:y|ies)(?:\s+for\s+absence)?\s+from\s+(?P<there>.+)$", re.IGNORECASE)
# A minute's number and heading in capitals run into its first paragraph: "25/22 - APOLOGIES FOR ABSENCE:  Apologies for
# absence had been received from Councillors Mike Chambers, …" (Harrogate): the paragraph starts after them.
_MINUTE_HEADING_BEFORE = re.compile(r"^\d+/\d+\s*[-–—]\s*[A-Z][A-Z\s,&'’()/-]*:\s+(?=\S)")
# "Cllrs. Bassett-Smith, Oliver and Stafford sent apologies."
# "Councillors Pattinson and Kloss also sent their apologies which were due to a requirement to self-isolate."
# (Watford): "also" before the verb, the reason after.
# "Councillors Endaf Edwards, Elaine Evans, and Mark Strong apologised for their inability to attend the meeting."
# (Ceredigion): the verb in place of the noun.
_SENT_APOLOGIES = re.compile(
    r"^(?P<names>.+?)\s+(?:also\s+)?(?:(?:sent|gave|tendered|submitted|offered)\s+(?:(?:their|his|her)\s+)?"
    r"apolog(?:y|ies)(?:\s+for\s+absence)?|apologi[sz]ed(?:\s+for\s+(?:their|his|her)\s+(?:absence|non-attendance"
    r"|inability\s+to\s+attend(?:\s+(?:the|this)\s+meeting)?))?)(?:,?\s+(?:which\s+(?:was|were)|as\s+(?:he|she|they)|due\s+to|because)\b.*)?"
    r"\.?$", re.IGNORECASE)
# "Councillor Delyth James & Jan Culley together with Mr John Weston apologised …": one more name of the list.
_TOGETHER_WITH = re.compile(r"\s+together\s+with\s+", re.IGNORECASE)
# "… and apologies for lateness from Councillor X": late, not absent; the ontology has no term for it (a Warning).
# "There were apologies for absence from …; and for lateness from Councillors A and B": the apologies' word shared.
_LATENESS = re.compile(
    r"(?:[,;]?\s*(?:and\s+)?(?:an?\s+)?|^.*?\b(?:sent|gave)\s+(?:(?:their|his|her)\s+)?)apolog(?:y|ies)\s+"
    r"for\s+lateness\b.*$|[,;]?\s*\band\s+for\s+lateness\s+from\b.*$", re.IGNORECASE)
# Under an "Apologies" heading the minutes may say only "Received from Councillors A and B".
_RECEIVED_FROM = re.compile(r"^(?:(?:were|was)\s+)?received\s+from\s+(?P<names>.+)$", re.IGNORECASE)
_APOLOGIES_HEADING = re.compile(r"^apolog(?:y|ies)\b", re.IGNORECASE)
# The labels of an attendance list (the keys of _ATTENDANCE_LABELS but "apologies", which _APOLOGIES reads inline)
_LIST_LABEL = (r"present|(?:(?:board|non[-–]board|committee|panel)\s+)?members\s+present|councillors\s+present"
               r"|also\s+present|(?:also\s+)?in\s+attendance"
               r"|(?:other\s+)?officers(?:\s+(?:present|in\s+attendance|on\s+the\s+(?:dais|dias)))?"
               # "Officers on the dias", "Other Officers", "Other people in attendance" (Torfaen)
               r"|other\s+(?:people|persons)\s+in\s+attendance"
               r"|absent\s+with\s+apologies|absent|not\s+present")
# "Present: …", also as a sentence: "In attendance were Lisa Fairlie – Director of Housing Operations, …".
_LISTED_ATTENDANCE = re.compile(rf"^(?P<label>{_LIST_LABEL})(?:\s*[:\-–]|\s+were\b)\s*(?P<names>.+)$",
                                re.IGNORECASE)
_SUBSTITUTE = re.compile(
    r"^(?:it\s+was\s+(?:noted|reported|confirmed)\s+that\s*,?\s+(?:[^,]+,\s+)?)?"  # "It was noted that, in
    # accordance with Council Procedure Rule 4, Councillor S B Blair had been appointed as a substitute member for …"
    # "Councillor Deane declared that she was substituting for Councillor Jones." (Brighton & Hove)
    r"(?P<who>.+?)\s+(?:(?:confirmed|stated|advised|reported|declared)\s+(?:that\s+)?(?:he|she|they)\s+"
    r"(?:was|were)\s+substituting\s+for|substituted\s+for|substituting\s+for|"
    # "Councillor P Lloyd Jones attended in place of Councillor Thompson." (Cheshire East)
    r"(?:attended|was\s+(?:present|in\s+attendance))\s+in\s+place\s+of|"
    # "Councillor C. Scurrell confirmed he was attending as a substitute for Councillor H. Jones."
    r"(?:(?:confirmed|stated|advised|reported)\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were)\s+attending"
    r"|attended|was\s+(?:present|in\s+attendance)"
    r"|(?:had\s+been|has\s+been|was)\s+appointed)\s+as\s+"
    r"(?:a\s+|the\s+)?"
    r"substitute(?:\s+member)?(?:\s+of\s+the\s+\w+)?\s+(?:for|in\s+place\s+of))\s+(?P<for>.+?)\.?$",
    re.IGNORECASE)
# A substitute for no member named: "Councillor X was also present as a substitute." (Canterbury).
_SUBSTITUTE_ALONE = re.compile(r"^(?P<who>.+?)\s+(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\s+as\s+"
                               r"(?:a\s+)?substitutes?(?:\s+members?)?\.?$", re.IGNORECASE)
# Members appointed to the committee for the one meeting, each in place of the member listed in the same place:
# "It was noted that Councillors Lusby and Teare had been appointed as members of the Planning (Development
# Control) Committee Central for this meeting only in place of Councillors Wartenberg and Witherick respectively, in
# accordance with the approved procedure." (St Albans).
_APPOINTED_IN_PLACE = re.compile(
    r"^(?:it\s+was\s+(?:noted|reported|confirmed)\s+that\s*,?\s+)?(?P<who>.+?)\s+(?:had\s+been|has\s+been|were|was)\s+"
    r"appointed\s+as\s+(?:an?\s+)?members?\s+of\s+.+?\s+in\s+place\s+of\s+(?P<for>.+?)(?:\s+respectively)?"
    r"(?:,?\s+in\s+accordance\s+with\b.*)?\.?$", re.IGNORECASE)
# "An apology … was received from A (post) with B (post) attending as their representative."
_REPRESENTED = re.compile(
    r"^(?P<absent>.+?)\s+with\s+(?P<who>.+?)\s+attending\s+(?:as\s+(?:their|his|her)\s+"
    r"(?:representative|substitute|deputy)|in\s+(?:their|his|her)\s+place)\.?$", re.IGNORECASE)
# A substitutes list, one pair after another: "Councillor M Burton for Councillor Round Councillor Garland for
# Councillor Perry" (each pair starts at an honorific).
_TITLE = re.compile(r"\b" + ANY_HONORIFIC + r"\.?\s+(?=[A-Z])")
_FOR_END = re.compile(r"^(?P<who>.+?)\s+for$")
# "The following Substitute Members were noted:", "… attending the meeting as substitutes for …:"
_SUBSTITUTES_LABEL = re.compile(r"^substitute(?:s|\s+members?)\s*[:\-–]\s*(?P<rest>.+)$", re.IGNORECASE)
_SUBSTITUTES_INTRO = re.compile(r"\bsubstitute(?:s|\s+members)\b.*:$", re.IGNORECASE)
# An item about substitutes, its minutes the pairs ("Appointment of Substitutes … Minutes: Councillor Lewing for
# Councillor Piotrowski.").
_SUBSTITUTES_HEADING = re.compile(
    r"^(?:(?:appointment|declarations?|notification)\s+of\s+)?substitute(?:s|\s+members?)\b", re.IGNORECASE)
# A label on a line of its own, its names on the lines under it ("Present:" / "Councillor A (Chair)").
# Older minutes print it without the colon ("Present" / "Cllr. Gina Loveday" / "Chris Wells (Chair, …),").
_LABEL_ALONE = re.compile(rf"^(?P<label>{_LIST_LABEL}|apologies(?:\s+for\s+absence)?)\s*:?$", re.IGNORECASE)
# An attendance label with its list on the same line ("Present: Councillors A, B and C"), which reads itself.
_LABEL_WITH_LIST = re.compile(rf"^(?:{_LIST_LABEL}|apologies(?:\s+for\s+absence)?)\s*:\s*\S", re.IGNORECASE)
_NOT_REQUIRED = re.compile(r"\b(?P<who>(?:Councillors?|Cllrs?)\.?\s+[A-Z][^.]*?)\s+(?:was|were)\s+not\s+required\s+"
                           r"to\s+attend\b")
# "The Chair welcomed Councillor Andrea McKenna to the meeting as a spectator.", "The Chairman welcomed Ann Holmes
# to her first meeting of the Committee."
_WELCOMED = re.compile(
    r"\bwelcomed\s+(?P<who>.+?)(?:\s+to\s+(?:the|her|his|their)\s+(?:first\s+)?meeting(?:\s+of\s+the\s+[\w\s&-]+?)?"
    # "The Mayor welcomed Annette Joseph, who attended the meeting as the LEP representative." (West Yorkshire CA)
    r"|,\s+who\s+(?:attended|was\s+attending)(?:\s+(?:the|this)\s+meeting)?(?=\s+as\s))"
    r"(?:\s+as\s+(?:an?\s+|the\s+)?(?P<role>[\w\s-]+?))?\.?$", re.IGNORECASE)
_WAS_ABSENT = re.compile(r"^(?P<who>.+?)\s+(?:was|were)\s+absent\.?$", re.IGNORECASE)
# "Councillors Andrew Appleby, Christine Mason, Colin Noble, David Palmer and Peter Ridgwell were also unable to attend
# the meeting." (Forest Heath, after its apologies): absent, the sentence's subject titled members and nothing
# after "the meeting" ("… who was unable to attend the meeting. The statement …" names no subject: no match).
_UNABLE_TO_ATTEND = re.compile(r"^(?P<who>(?:Councillors?|Cllrs?)\.?\s+[A-Z].*?)\s+(?:was|were)\s+(?:also\s+)?"
                               r"unable\s+to\s+attend(?:\s+(?:the|this)\s+meeting)?\.?$")
# "The Mayor advised that Amy Nelson, who had received the Rotary Junior Award, was in attendance at the meeting."
# (West Lancashire): someone the minutes report as in attendance, a clause about them left out.
_WAS_IN_ATTENDANCE = re.compile(
    r"^(?:.*?\b(?:advised|noted|reported|announced|confirmed)\s+that\s+)?(?P<who>(?:Councillors|Cllrs)\.?\s+[A-Z](?:(?!\bwho\b)[^.])*?|[A-Z][^,]*?)(?:,\s+who\s+[^,]+,)?"
    r"\s+(?:was|were)\s+(?:in\s+attendance(?:\s+at\s+the\s+meeting)?|(?:also\s+)?present\s+under\s+"
    r"(?:Standing\s+Order|[Ss]tandin).*?)\.?$")
# "Councillors J Fry, A Kemp and A Moore were present under Standing Order 34" (King's Lynn and West Norfolk: members
# of the council, not of the committee, there to speak): in attendance.
# "Councillors Attawar, Chung, Christie, Kirby, Skeete and Stanford attended remotely." (Merton, a hybrid meeting):
# present, by another way in. So is "Councillor Alexander was in attendance virtually." (Ealing).
_ATTENDED_REMOTELY = re.compile(
    r"^(?P<who>(?:Councillors?|Cllrs?)\.?\s+[A-Z][^.]*?)\s+(?:attended|joined|participated|(?:was|were)\s+in\s+attendance)"
    r"\s+(?:the\s+meeting\s+)?"
    r"(?:remotely|virtually|online|by\s+video(?:\s+link)?|via\s+(?:MS\s+)?Teams|via\s+Zoom)\.?$", re.IGNORECASE)
# "(with Nitin Patel substituting)" after an apology (Cambridgeshire and Peterborough CA): who stood in, not a role.
_SUBSTITUTING = re.compile(
    r"^(?:substituted\s+by\s+(?P<who3>.+)|(?:with\s+)?(?P<who>.+?)\s+(?:substituting|substituted|as\s+(?:a\s+)?substitute)"
    r"|substitute\s*:?\s*(?P<who2>.+))$",
    re.IGNORECASE)
_ATTENDANCE_LABELS = {"apologies": "apologies", "apologies for absence": "apologies",
                      "present": "present", "members present": "present", "councillors present": "present",
                      "also present": "in attendance", "in attendance": "in attendance",
                      "also in attendance": "in attendance",
                      "officers": "in attendance", "officers present": "in attendance",
                      "officers in attendance": "in attendance", "absent": "absent", "not present": "absent",
                      "officers on the dias": "in attendance", "officers on the dais": "in attendance",
                      "other officers": "in attendance", "other people in attendance": "in attendance",
                      "other persons in attendance": "in attendance",
                      "absent with apologies": "apologies"}


def _label_kind_of(label: str) -> str:
    """The attendance kind a label gives ("Board Members Present" and "Non–Board Members Present": present)."""
    return _ATTENDANCE_LABELS.get(" ".join(label.lower().split()), "present")


# A bracket in the plural speaks of the list it ends ("A and B (members of the Committee)"), not of a role.
_ABOUT_THE_LIST = re.compile(r"^(?:both\s+|all\s+)?(?:members|substitutes|councillors|observers)\b"
                             r"|^(?:no|not|none|nil)\b", re.IGNORECASE)  # "Steady and Nash (no substitutions)"
# A bracket saying when someone was there: "Alison Johnstone (joined at 8pm)", "(part meeting)"; not a role.
_WHEN_THERE = re.compile(r"^(?:joined|arrived|left|departed|from|until|part\b|for\s+(?:part|items?)\b)", re.IGNORECASE)
# Why someone is away, in a bracket after their name among the apologies: "(due to council business)", "(unwell)".
_REASON = re.compile(r"^(?:due\s+to|owing\s+to|because|on\s+(?:\w+\s+)?(?:business|leave|holiday)|unwell|ill(?:ness)?"
                     r"|illness|work\s+commitments|personal\s+reasons)\b", re.IGNORECASE)
_NOBODY = re.compile(r"^(?:none|nil|n/?a|nobody|no\s+one)\.?$", re.IGNORECASE)

# --- declarations of interest -------------------------------------------------------------------------------

_DECLARES = re.compile(
    r"\b(?:stated|indicated|said|declared|advised|confirmed)\s+(?:that\s+)?(?:they|he|she)\s+(?:had|has|have)\s+"
    r"(?:all\s+|each\s+)?been\s+(?P<lobbied>lobbied)\b"  # "Councillors A and B stated that they had been lobbied"
    # "made a personal declaration of interest in respect of Agenda Item 7" (Swindon): the kind before "declaration"
    # "Mike Harries (Director for Environment and Economy) reminded members of his personal interest in respect of …"
    # (Dorset County): an interest declared before, declared again
    r"|\b(?:declared|disclosed|made\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?declarations?\s+of|registered"
    r"|reminded\s+(?:the\s+)?(?:members|councillors|committee|cabinet|meeting)\s+of(?=\s+(?:his|her|their)\s))\b"
    r"(?P<what>.*?)"
    r"\b(?:interests?|DPIs?|OSIs?|NRIs?)\b"
    # "declared that in relation to agenda item 14, the motion on the Barton Stacey Incinerator proposal, she was a
    # member of …" (Basingstoke and Deane): the item, then what it is, between commas
    r"|\bdeclared\b(?P<how>[^.]*?)\bthat\s*,?\s+(?:in\s+(?:respect|relation)\s+(?:of|to)\s+[^,.]*?"
    r"(?:,\s+the\s+[^,.]{1,80},)?,?\s+)?"
    # "… that, in relation to item 4a …, her partner worked for Thames Valley Police" (Milton Keynes): a relative
    r"(?:he|she|they|the\s+(?:application|site|property)|(?:his|her|their)\s+(?:partner|husband|wife|spouse|son|daughter"
    r"|father|mother|brother|sister|relative|family\s+member))\s+(?:all\s+|both\s+|each\s+)?(?:previously\s+)?"
    r"(?:was|were|is|are|had|has|knew|owned|lived|worked|sat|served)\b"
    r"(?!\s+(?:no|not|nothing|never|substituting|attending\s+as)\b)",  # "declared that she was substituting for …"
    re.IGNORECASE)  # "Councillor X declared in relation to item 6 that he was Treasurer of …": no kind named; "A and
#                    B declared that in respect of Item 4 they had sat on a previous Planning Sub-Committee …";
#                    "Councillor Edgar declared that, in relation to application 22/1447N, the application was within
#                    his Ward …"; "Councillor Doe declared an OSI in agenda items 8 (Commercial Property) and 9 …"
#                    (Medway: an "other significant interest", its code's term, none of the scheme's named kinds)
# An interest said to come from a titled member, in what it is in: "Members declared interests in items relevant to
# their own Authority areas, which included an interest from Mayor Ros Jones in Doncaster Sheffield Airport." (South
# Yorkshire MCA): read as "Mayor Ros Jones declared an interest in Doncaster Sheffield Airport.", in a sentence about
# declaring ("an expression of interest from Mr X in the site" is no declaration).
_INTEREST_FROM = re.compile(
    r"\b(?P<kind>an?\s+(?:(?:personal|prejudicial|pecuniary|non-pecuniary|disclosable|other)\s+)*)interest\s+from\s+"
    r"(?P<who>(?:" + ANY_HONORIFIC + r"\.?\s+)+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3})\s+in\s+(?P<subject>[^.;]+)")
_INTEREST_KINDS = (  # most specific first: "non-pecuniary" before "pecuniary", "prejudicial" before "personal"
    # "a non-financial interest": the Scottish code's term for it (Argyll and Bute)
    ("non-pecuniary", re.compile(r"\bnon[-\s]?(?:pecuniary|financial)\b", re.IGNORECASE)),
    ("disclosable pecuniary", re.compile(r"\bdisclosable\s+pecuniary\b|\bDPIs?\b|\bpecuniary\b", re.IGNORECASE)),
    ("prejudicial", re.compile(r"\bprejudicial\b", re.IGNORECASE)),
    ("personal", re.compile(r"\bpersonal\b", re.IGNORECASE)),
)
# A kind the words deny is not the kind declared: "a personal (but not prejudicial) interest", "a personal non
# prejudicial interest", "an interest which was not a disclosable pecuniary interest" ("non-pecuniary" is a kind),
# "declared Non Disclosable Pecuniary/Other Interests" (Ashfield's code: an interest that is not a DPI, "other").
# Also a kind said to be none of theirs: "She stated that she had taken advice and that she had no disclosable pecuniary
# interest." (Dorset County, after "Cllr Deborah Croney declared general interest in minute 141 …").
_DENIED_KIND = re.compile(
    r"\(?\s*\b(?:but\s+)?(?:(?:not|no)\s+(?:an?\s+)?(?:disclosable\s+pecuniary|pecuniary|prejudicial|personal|DPI)"
    r"|non[-\s]?(?:prejudicial|disclosable\s+pecuniary))\b\s*\)?", re.IGNORECASE)
# "item 5", "Item 10(c)", "item 8(1)", "agenda item A5" (a planning agenda's lettered part), "minute 96", "Minute
# Item No. 15/21" (a minute numbered in its year), not a minute "of the meeting held on …" (another meeting's).
# "item 5", "Item 6.2", "item 4b", "Item 6(a)" and "Item 6 (a)" (Burnley: the sub-item's letter after a space);
# "motion 8B" (Medway: item 8's second motion, numbered with its item's number), not "item 6b) motion 2" (a
# motion within the item: Sutton) nor a notice of motion ("Notice of Motion five", below).
_DECLARED_ITEM = re.compile(
    r"\b(?:(?:agenda\s+)?items?|minutes?(?:\s+item)?|(?<!of\s)motion(?=\s+\d+[A-Za-z]\b))\s+(?:nos?\.?\s*|numbers?\s+)?"
    r"(?P<number>(?:[A-Z]?\d+[A-Za-z]?(?:/\d{2,4})?|[A-Z]\d+)(?:\.?\s?\((?:[ivx]+|[a-z]|\d{1,2})\)|\.\d+)?)(?![\w/])"
    r"(?!\s+of\s+the\s+(?:\w+\s+){0,4}(?:meeting|committee|council|cabinet|board)\s+(?:held|on)\b)",
    re.IGNORECASE)
# "declared an interest in Notice of Motion five": a motion the agenda numbers among its notices of motion, the
# business the declaration concerns, kept as printed (there is no item number to read).
_DECLARED_MOTION = re.compile(
    r"\bnotice\s+of\s+motion\s+(?:no\.?\s*)?(?:\d+[A-Za-z]?|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE)
# The title of the item at which the minutes record declarations ("Declarations of Interest", "DECLARATIONS OF
# DISCLOSABLE PECUNIARY INTERESTS AND OTHER INTERESTS", "Disclosure of Interests").
DECLARATIONS_TITLE = re.compile(r"\b(?:declarations?|disclosures?)\s+of\b.*\binterests?\b", re.IGNORECASE)
# Under that item a member may state an interest without "declared": "Councillor A and Councillor B both noted
# they were leaseholders of Tower Hamlets Homes" (an interest of no kind the words name; not "had no interest"), the
# body told it named or not ("Councillor Sexton advised the Committee she was a Surrey County Councillor.",
# Spelthorne).
# Or says a member made a declaration, its interest unnamed: "Councillor A made a declaration that her son owned a
# house near the site", "Councillor B made one voluntary declaration, since …" (Canterbury's minutes).
# So does a personal explanation about an item, its capacity given: "Councillor Jackson gave a personal explanation
# regarding item 10 on the agenda as he was Chairman of Penrith Town Council." (Eden), at that item.
_STATED_INTEREST = re.compile(
    r"\b(?:noted|stated|advised(?:\s+the\s+(?:meeting|committee|board|panel))?|reported|confirmed|explained"
    r"|gave\s+a\s+personal\s+explanation\s+(?:regarding|in\s+respect\s+of|in\s+relation\s+to|on)\s+"
    r"(?P<about>[^.]{1,80}?)\s+as"
    r"|informed\s+the\s+(?:meeting|committee)|wished\s+(?:it\s+)?"
    r"(?:to\s+be\s+)?(?:noted|recorded))\s+(?:that\s+)?(?:they|he|she)\s+(?:were|was|is|are|had|has|have|owned|"
    r"lived|worked)\b(?!\s+(?:no|not|nothing|never)\b)"
    r"|\bmade\s+(?:a|an|one)\s+(?:(?:voluntary|further|verbal|general)\s+)?declaration\b(?!\s+of\s+acceptance)",
    re.IGNORECASE)
# Under that item the minutes may record a declaration as the interest the members had to declare: "the DMO advised
# … that in respect of item 12, Councillors Alan Jones, Janet Jones and Stuart Evans would have to declare a personal
# interest." (Torfaen): each named member's, of the kind named.
_DECLARE_REQUIRED = re.compile(r"\b(?:would|will|must|should)\s+(?:have|need)\s+to\s+declare\s+(?:an?\s+)?"
                               r"(?P<how>(?:[\w-]+\s+){0,3}?)interests?\b", re.IGNORECASE)
# "Councillor X declared no interests", "… declared that she had no interest in item 4": nothing declared.
_NOTHING_DECLARED = re.compile(r"^\s*(?:that\s+(?:he|she|they)\s+(?:had|has|have|held)\s+)?(?:no|nothing)\b"
                               r"|^\s*(?:that\s+(?:he|she|they)\s+)?(?:did|does)\s+not\s+have\b", re.IGNORECASE)
_THIS_ITEM = re.compile(r"\b(?:this|the\s+(?:above|present))\s+item\b", re.IGNORECASE)
# The business an item's own minutes are about, named as such: "Councillor MacGregor declared an interest in this
# application as he is …" under item 15a, a planning application (Teignbridge): the declaration is at that item
# (never in the minutes of the declarations item, whose "this application" is another item's).
_THIS_BUSINESS = re.compile(r"\bthis\s+(?:application|matter)\b", re.IGNORECASE)
# "Councillor X in relation to the same item declared …": the item the declaration before it named.
# So does "the agenda item" with no number after it ("Councillor Benson also declared a Disclosable Pecuniary
# Interest in the agenda item as her spouse …", Blackpool, under a list of declarations in agenda item 6a).
_SAME_ITEM = re.compile(r"\bthe\s+(?:same\s+(?:agenda\s+)?|agenda\s+)item\b(?!\s+(?:no\.?\s*)?\d)", re.IGNORECASE)
# "declared a personal interest in A (Item 10 refers) and a personal and prejudicial interest in B (Item 9
# refers)": a second interest in the same sentence starts at "and a … interest".
_ANOTHER_INTEREST = re.compile(r",?\s+and\s+(?:also\s+)?an?\s+(?=(?:[\w-]+\s+){0,4}interests?\b)", re.IGNORECASE)
# "declared a personal and prejudicial in …": a kind straight after "declared a", the word "interest" left out.
_KIND_FIRST = re.compile(r"^\s*an?\s+(?:non[-\s]?pecuniary|disclosable|pecuniary|personal|prejudicial)\b",
                         re.IGNORECASE)
_INTEREST_WORD = re.compile(r"\binterests?\b", re.IGNORECASE)
# What follows a declarant's name before "declared": "Councillor X in relation to the same item declared …".
_SUBJECT_CLAUSE = re.compile(r"\s+(?:in\s+relation\s+to|in\s+respect\s+of|with\s+regard\s+to|regarding)\b.*$",
                             re.IGNORECASE | re.DOTALL)
# Words between the declarants and "declared": "Councillor M. Thompson also declared", "A and B both declared".
_BEFORE_VERB = re.compile(
    r"(?:\s+(?:also|similarly|likewise|both|each|all|then|further|subsequently|additionally))+\s*$", re.IGNORECASE)
# "Following comments from Councillor Walton, all the Committee Members present declared …": the clause before
# "declared" names no one; the councillor before the comma is not who declared.
_ALL_MEMBERS = re.compile(r"(?:^|,)\s*all\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:members|councillors)\b[^,]*$",
                          re.IGNORECASE)
_ALL_BUT = re.compile(r"\b(?:except|excepting|other\s+than|apart\s+from|save\s+for|but\s+not)\b",
                      re.IGNORECASE)
_LEFT_ROOM = re.compile(
    r"\b(?:left|withdrew\s+from|leaving|absented\s+(?:himself|herself|themselves)\s+from)\s+the\s+"
    r"(?:room|meeting|chamber)\b", re.IGNORECASE)
_STAYED = re.compile(r"\b(?:remained|stayed)\s+in\s+the\s+(?:room|meeting|chamber)\b|\bdid\s+not\s+leave\b",
                     re.IGNORECASE)


# --- attendance ---------------------------------------------------------------------------------------------


@kept_per_paragraph
def read_attendance(text: str) -> list[Attendance]:
    """Attendance stated in one paragraph: "Apologies were received from Councillors A, B and C.",
    "Cllrs. A, B and C sent apologies.", "Present: Councillor X (Chair), …", "In attendance: …", "Absent: …",
    "Councillor X substituted for Councillor Y", "Councillor X was present as a substitute member of the
    committee in place of Councillor Y", "Councillor X was absent". A bracket after a name is its role as
    printed ("Chair"), or a substitute ("Councillor Y substituting"); "the Chairman (Councillor Perry)" is
    Perry in the role of Chairman."""
    found: list[Attendance] = []
    if not may_state(text, _ATTENDANCE_WORDS):
        return found
    text = _MINUTE_HEADING_BEFORE.sub("", text)
    for sentence in statements(text):
        if may_state(sentence, ("lateness",)):
            sentence = _LATENESS.sub("", sentence)  # late, not absent: see arrivals.py
        if not may_state(sentence, _ATTENDANCE_WORDS):
            continue
        if match := _APOLOGIES.search(sentence):
            found.extend(_apologies(match["names"] or match["listed"] or match["there"]))
        elif match := _SENT_APOLOGIES.match(sentence):
            found.extend(_listed(_TOGETHER_WITH.sub(", ", _after_label(match["names"])), "apologies"))
        elif (match := _SUBSTITUTES_LABEL.match(sentence)) and (pairs := substitute_pairs(match["rest"])):
            found.extend(pairs)
        elif match := _LISTED_ATTENDANCE.match(sentence):
            found.extend(_listed(match["names"], _label_kind_of(match["label"])))
        elif (match := _SUBSTITUTE.match(sentence)) and (who := _people(match["who"])) \
                and (absent := _people(match["for"])):
            found.extend(Attendance(person, "substitute", substitute_for=absent[0].person) for person in
                         (listed.person for listed in who))
        elif (match := _SUBSTITUTE_ALONE.match(sentence)) and (who := _people(match["who"])):
            found.extend(Attendance(listed.person, "substitute") for listed in who)
        elif (match := _APPOINTED_IN_PLACE.match(sentence)) and (who := _people(match["who"])) \
                and len(absent := _people(match["for"])) == len(who):  # each in place of the one listed alike
            found.extend(Attendance(listed.person, "substitute", substitute_for=replaced.person)
                         for listed, replaced in zip(who, absent, strict=True))
        elif (match := _WAS_ABSENT.match(sentence) or _UNABLE_TO_ATTEND.match(sentence)) \
                and (who := _people(match["who"])):
            found.extend(Attendance(listed.person, "absent") for listed in who)
        elif (match := _ATTENDED_REMOTELY.match(sentence)) and (who := _people(match["who"])):
            found.extend(Attendance(listed.person, "present") for listed in who)
        elif (match := _WAS_IN_ATTENDANCE.match(sentence)) and (who := _people(match["who"])):
            found.extend(Attendance(listed.person, "in attendance") for listed in who)
        elif (match := _WELCOMED.search(sentence)) and (who := _people(match["who"])):
            found.extend(Attendance(listed.person, "in attendance", role=match["role"]) for listed in who)
    return found


# One of these is in every match of the grammars ``read_attendance`` tries (``_LATENESS`` needs "apolog" too).
_ATTENDANCE_WORDS = ("apolog", "substitut", "in place of", "present", "attendance", "officers", "absent", "unable",
                     "welcomed", "remotely", "virtually", "online", "video", "teams", "zoom")
# One of these is in every match of ``_NOT_REQUIRED``, ``_DECLARES`` and the arrivals grammar (``_MOVEMENT``,
# ``LATENESS_FROM``) respectively.
_NOT_REQUIRED_WORDS = ("required",)
_DECLARING_WORDS = ("lobbied", "interest", "dpi", "declared")
_MOVEMENT_WORDS = ("arrived", "entered", "joined", "left", "withdrew", "absented", "recused", "returned", "late",
                   "delayed", "pm", "am", "p.m", "a.m")  # the time in "Councillor X from 2.03pm"


# What members are, in lower case, before the first of them ("from standing observers Councillor Jonathan Glen, …").
_DESCRIBED_MEMBERS = re.compile(r"^(?:[a-z][\w-]*\s+){1,3}(?=" + MEMBER_TITLE.pattern + r")")
# A titled member's post after the comma, up to the next titled member or the end ("Councillor Jonathan Glen, Chairman
# of Hampshire 2050 Corporate Services and Resources Select Committee, and Councillor Rob Mocatta, Chairman of …").
_POST_AFTER_MEMBER = re.compile(r",\s+(?!" + MEMBER_TITLE.pattern + r")[A-Z][^,;()]*?(?=,\s*(?:and\s+)?"
                                + MEMBER_TITLE.pattern + r"|[.;]?\s*$)")


def _without_posts(names: str) -> str:
    """A list of titled members, each with a post after a comma, as the names alone: the posts (a role word
    in each) are read by the prose pass; split here on their "and" they would read as names."""
    names = _DESCRIBED_MEMBERS.sub("", names.strip())
    if not MEMBER_TITLE.match(names) or _PLURAL_TITLE.match(names):
        return names  # "Councillors Smith, Head and Long": a list of surnames, one of them a role word
    return _POST_AFTER_MEMBER.sub(lambda post: "" if _is_post(post[0].strip(" ,")) else post[0], names)


def _is_post(text: str) -> bool:
    """ "Chairman of Universal Services Select Committee", "Executive Member for Highways and Waste": a post of
    three words or more, a role word among its first three; not a name and its post after a dash ("Ruth Lake -
    Director of Adult Social Care", an officer of the list)."""
    words = text.split()
    return len(words) > 2 and bool(ROLE_NOUNS.search(" ".join(words[:3]))) and not re.search(r"\s[-–—]\s", text)


_PLURAL_TITLE = re.compile(r"(?:Councillors|Cllrs|County\s+Councillors)\b")


def _apologies(names: str) -> list[Attendance]:
    """Who sent apologies; "A (post) with B (post) attending as their representative" names B as attending
    in A's place."""
    names = _without_posts(_WHO_CLAUSE.sub("", names))  # "… J Aitman who was representing the Council …": the reason
    names = _AND_FROM.sub(" and ", _BOTH_OF_WHOM.sub("", names))  # "from Councillor A and from Councillor B, both …"
    if (represented := _REPRESENTED.match(names)) and (absent := _people(represented["absent"])) \
            and _people(represented["who"]):
        standing_in = _listed(represented["who"], "substitute")
        for attendance in standing_in:
            attendance.substitute_for = absent[0].person
        return [*_listed(represented["absent"], "apologies"), *standing_in]
    return _listed(names, "apologies")


# A reason given after the names of who sent apologies: "… from Councillor J Aitman who was representing the
# Council at an event in her role as Mayor", "… Councillor Helen Dennis, who had recently given birth".
_WHO_CLAUSE = re.compile(r",?\s+who\s+(?:was|were|had|has|is|are|would)\b[^,;]*")
# Each name with its own "from", the reason after them all: "received from Councillor Margaret Foster and from
# Councillor Eleanor Scott, both of whom were unwell." (Portsmouth)
_AND_FROM = re.compile(r"\s+and\s+(?:from|on\s+behalf\s+of)\s+(?=\S)", re.IGNORECASE)
_BOTH_OF_WHOM = re.compile(r",?\s+(?:both|all|each|neither)\s+of\s+whom\b[^;]*", re.IGNORECASE)
_MINUTES_LABEL = re.compile(r"\b(?:Minutes|Decision)\s*:\s*")


# One apology with its reason after a dash, under an "Apologies" heading: "Councillor Hassan Ahmed – on leave"
# (Nottingham, each entry run on after the one before: "… – on leave Councillor Leslie Ayoola – unwell …").
_WITH_REASON = re.compile(r"^(?P<who>[^-–—]+?)\s+[-–—]\s+(?P<reason>[a-z][^-–—]*?)\s*$")


def _apologies_with_reasons(text: str) -> list[Attendance]:
    """The members of a run of "Title Name – reason" entries, each entry starting at a member's title, who sent
    apologies; nothing unless every entry is one."""
    starts = [match.start() for match in _TITLE.finditer(text)]
    if not starts or starts[0] != 0:
        return []
    entries = [text[start:end].strip() for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]
    matches = [_WITH_REASON.match(entry) for entry in entries]
    if not all(matches):
        return []
    return [attendance for match in matches if match for attendance in _listed(match["who"], "apologies")]


# An apologies heading with its minute's number, or without: "29 APOLOGIES FOR ABSENCE", "Apologies for absence".
_MINUTE_APOLOGIES = re.compile(r"^(?:\d+[A-Za-z]?[.:]?\s+)?apolog(?:y|ies)(?:\s+for\s+absence)?\s*:?$", re.IGNORECASE)
_MEMBERS_TITLE = re.compile(r"^(?:Councillors?|Cllrs?|County\s+Councillors?)\.?\s+(?=[A-Z])")
# One member and, after a comma, what their portfolio is for (Liverpool City Region's apologies, under "Deputy
# Portfolio Holders": "Councillor Trish Hardy, Housing and Spatial Framework"); the portfolio is not published.
_MEMBER_AND_PORTFOLIO = re.compile(r"^(?P<member>(?:Councillor|Cllr|County\s+Councillor)\.?\s+[^,]+),\s+"
                                   r"(?P<portfolio>[A-Z][^,]*(?:,\s+[A-Z][^,]*)*)$")


def _members_alone(text: str) -> list[Attendance]:
    """The members a line under an apologies heading lists, and nothing else: "Councillors Mrs. L.J. Brunt, M.A.
    Brunt, I.A. Khan, Mrs. S.F. King and Ms. J.A. Tomlinson." (Reigate and Banstead's minutes) sent apologies.
    Nothing unless the line starts with a member's title and every entry is a name with no note."""
    if not _MEMBERS_TITLE.match(text):
        return []
    if (portfolio := _MEMBER_AND_PORTFOLIO.match(text.strip())) and _portfolio(portfolio["portfolio"]) \
            and not MEMBER_TITLE.search(portfolio["portfolio"]):
        text = portfolio["member"]  # "Councillor Kate Groucutt, Inclusive Economy and Third Sector": her portfolio
    entries = split_names(text.strip().rstrip("."))
    if not entries or any(listed.notes or not _is_name(listed.person.name) for listed in entries) \
            or len(_people(text)) != len(entries):
        return []
    return _listed(text, "apologies")


def apologies_listed(text: str, item_title: str | None) -> list[Attendance]:
    """The members an apologies item's minutes list and nothing else ("1." / "APOLOGIES" / "To receive any
    apologies for absence" / "Minutes:" / "Councillors Craig ab Iago, Endaf Cooke, … and John Wyn Williams.",
    Gwynedd): they sent apologies, as under an apologies heading (see :func:`_members_alone`)."""
    return _members_alone(text) if item_title and _MINUTE_APOLOGIES.match(item_title.strip()) else []


def _after_label(text: str) -> str:
    """A line that runs an item's title and its "Minutes:" label into the statement: the statement only."""
    return _MINUTES_LABEL.split(text)[-1]


# An abbreviated honorific ends with a full stop that ends no sentence ("Cllrs. A, B and C sent apologies").
_ABBREVIATED_TITLE = re.compile(r"\b(?:Cllrs?|Councillors?|Mrs?|Ms|Drs?|Prof|Revd?|Rev)\.$")


# A list's names grouped under plural titles, each group a sentence: "Apologies for absence were received from
# Honorary Aldermen: N B Oram and Mrs K M Peatey. Councillors: K Ahmed, Z Ahmed, …" (Wycombe): one list.
_TITLE_GROUP = re.compile(r"(?:^|\s)(?:" + "|".join(sorted(PLURAL_HONORIFICS, key=len, reverse=True)) + r"):\s",
                          re.IGNORECASE)


# The number of a minute's paragraph before its statement ("1.1 Councillor Deane declared …", Brighton & Hove).
_PARAGRAPH_NUMBER = re.compile(r"^\d+\.\d+\s+(?=[A-Z])")


def statements(text: str) -> list[str]:
    """A paragraph's sentences (see ``text_rules.sentences``), stripped, an abbreviated honorific kept with the
    name after it, and a Markdown row's bars left out."""
    found: list[str] = []
    text = _PARAGRAPH_NUMBER.sub("", text.strip().strip("|").strip())  # "1.1 Councillor Deane declared …"
    for sentence in sentences(text):
        if found and _ABBREVIATED_TITLE.search(found[-1]):
            found[-1] = f"{found[-1]} {sentence.strip()}"
        elif found and _TITLE_GROUP.match(sentence.strip()) and _TITLE_GROUP.search(found[-1]):
            found[-1] = f"{found[-1].rstrip('.')}; {sentence.strip()}"  # the list's next group of names
        else:
            found.append(sentence.strip())
    return found


def substitute_pairs(text: str) -> list[Attendance]:
    """A line of substitutes, each "<substitute> for <member>" ("Councillor M Burton for Councillor Round
    Councillor Garland for Councillor Perry", "Ms J. Oats for Dr. Sikdar"); nothing unless the whole line is
    such pairs."""
    text = text.strip().strip("|").strip().rstrip(".;")
    if not _TITLE.match(text):
        return []  # the first pair starts the line: a line not starting with a title is none
    starts = [match.start() for match in _TITLE.finditer(text)]
    if not starts or starts[0] != 0 or len(starts) % 2:
        return []
    ends = [*starts[1:], len(text)]
    mentions = [text[start:end].strip(" ,;") for start, end in zip(starts, ends, strict=True)]
    found = []
    for first, second in zip(mentions[::2], mentions[1::2], strict=True):
        who = _FOR_END.match(first)
        if not who or not (substitute := _people(who["who"])) or not (member := _people(second)):
            return []
        found.append(Attendance(substitute[0].person, "substitute", substitute_for=member[0].person))
    return found


def not_published(text: str) -> list[tuple[list[Person], str]]:
    """Not being required to attend: the ontology has no term for it, so it is a Warning in the page's words,
    with the people it names (published as people all the same). Arrivals and departures are published
    (``arrivals.py``); having been lobbied is a declaration (:func:`read_declarations`)."""
    found = []
    if not may_state(text, _NOT_REQUIRED_WORDS):
        return found
    for sentence in statements(text):
        if people := _not_required(sentence):
            found.append((people, f"not published (no term for it): {sentence}"))
    return found


def page_arrivals(text: str, item_number: str | None = None) -> list[ArrivalOrDeparture]:
    """The arrivals and departures a paragraph states (the grammar: ``arrivals.py``), each person named as in
    any attendance list; ``item_number``: the item the paragraph is in, for "arrived during this item"."""
    found: list[ArrivalOrDeparture] = []
    if not may_state(text, _MOVEMENT_WORDS):
        return found
    before = None  # the people the sentence before starts with, for "He left the meeting …"
    for sentence in statements(text):
        if (stated := arrival_or_departure(sentence, before)) and (people := _people(stated[0])):
            found.extend(arrivals_of([listed.person for listed in people], stated[1], item_number))
        before = subject(sentence, before)
    return found


def item_heading(text: str, items: Sequence[str], current: str | None) -> str | None:
    """The item whose minutes a line starts, when it is the number line of an item after ``current`` in the
    page's order ("550." on a line of its own, as ModernGov prints it); else ``current``. A number line of an
    earlier item is a numbered paragraph, not a heading."""
    number = text.rstrip(".").strip()
    if number not in items:
        return current
    after = items.index(current) + 1 if current in items else 0
    return number if number in items[after:] else current


def _not_required(sentence: str) -> list[Person]:
    """Who a sentence says was not required to attend."""
    match = _NOT_REQUIRED.search(sentence)
    return [listed.person for listed in _people(_after_label(match["who"]))] if match else []


def _listed(names: str, kind: str) -> list[Attendance]:
    found = []
    for listed in _people(names):
        role, substitutes = None, []
        if _role_before_person(listed):
            role = listed.person.name[4:]
            listed = ListedName(person_named(listed.notes[0]), listed.notes[1:])
        for note in listed.notes:
            substitute = _SUBSTITUTING.match(note)
            who = substitute and (substitute["who"] or substitute["who2"] or substitute["who3"])
            if who and (people := _people(who)):
                substitutes.extend(Attendance(other.person, "substitute", substitute_for=listed.person)
                                   for other in people)
            elif classify_bracket(note) not in ("person", "wards") and not _ABOUT_THE_LIST.match(note) \
                    and not _WHEN_THERE.match(note) and not _REASON.match(note):  # "– Lancaster North Ward": a ward
                if body := _body_represented(note):
                    listed.person.organisation = Organisation(body)
                elif _names_a_post(note):
                    role = note
        found.append(Attendance(listed.person, kind, role=role))
        found.extend(substitutes)
    return found


def _names_a_post(note: str) -> bool:
    """A note after a listed name is their role ("(Chair)", "(IT Support)") unless it names the body a member
    comes from — an organisation, or a council the register knows by that name ("Apologies were received from
    Cllr Sam Naylor (Cheshire West and Chester) and Cllr Rob Moreton (Cheshire East)", "Councillors K. Evans
    (Ceredigion County Council)", Police and Crime Panels) — or is a remark in lower case that names no post
    ("Councillor Chalk (no substitute)", Southend; "(observer)" is one)."""
    note = " ".join(note.split())
    if note[:1].islower() and not ROLE_NOUNS.search(note):  # "(observer)" is a post, "(no substitute)" none
        return False
    return classify_bracket(note) != "organisation" and note.casefold() not in council_names()


# A body's name as a bracket prints it: capitalised words, joined by "&", "and", "of", "the" or a comma, ending in a
# body's word or its letters ("Coventry & Warwickshire LEP", "Audit, Risk & Assurance Committee", "Midlands TUC").
_BODY_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.-]*|&|and|of|the|for))*"
                        r"\s+(?:[A-Z]{2,6}|[A-Z][a-z]+)$")
_BODY_ENDINGS = ORGANISATION_ENDINGS | {"committee", "sub-committee", "panel"}
# A party's name ("(Liberal Democrat)", "(Conservative Group)", "(Green Party)"); "Group" alone is a body's word
# ("(Walsall Housing Group)").
_PARTY_WORDS = re.compile(r"\b" + PARTY_NAMES + r"\b")


def _body_represented(note: str) -> str | None:
    """The body a member listed with a bracket represents, as the bracket names it: a combined authority prints each
    member with their constituent council or partner body ("Apologies for absence were received from Nick Abell
    (Coventry & Warwickshire LEP), Lee Barron (Midlands TUC), Councillor Ian Brookfield (Wolverhampton), …", West
    Midlands CA). A bracket names a body when it is an organisation's name, a council the register knows ("&" read as
    "and"), or capitalised words that end in a body's word ("Committee") or its letters ("LEP") and hold no role
    noun, team's word or party ("(Liberal Democrat)", "(Substitute)", "(Non Voting)" name none)."""
    note = " ".join(note.split())
    if _PARTY_WORDS.search(note):  # "(Conservative Group)": the member's party group, not a body they represent
        return None
    if classify_bracket(note) == "organisation" or note.casefold() in council_names() \
            or note.replace(" & ", " and ").casefold() in council_names():
        return note
    last = note.split()[-1]
    if not _BODY_NAME.match(note) or ROLE_NOUNS.search(note) or _TEAM.search(note) \
            or not (last.isupper() or last.lower() in _BODY_ENDINGS):
        return None
    return note


def _office_and_holder(entry: str) -> ListedName | None:
    """ "the Managing Director Donna Nolan": an officer named by post, then by a whole name with no title; the
    holder, the post as the note a bracket would give. The post runs to its last role word ("Director"); two or
    three capitalised words after it are the name. None for anything else ("the Chairman", "the Leader's
    report")."""
    words = entry.split()
    if len(words) < 4 or words[0].lower() != "the":
        return None
    last_role = max((index for index, word in enumerate(words[1:], 1) if ROLE_NOUNS.fullmatch(word)), default=0)
    name = words[last_role + 1:]
    if not last_role or not 2 <= len(name) <= 3 or not all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", word) for word in name):
        return None
    return ListedName(person_named(" ".join(name)), (" ".join(words[1:last_role + 1]),))


def _people(text: str) -> list[ListedName]:
    """The names of a list, up to the first entry that is not a name (a clause such as "who were …", a post or
    a body), after which only a name with its title is one ("Steve McBarron, Co-optee, Bramley & Stanningley
    Forum and Inspector Mark Bownass, West Inner Neighbourhood Policing Team Inspector": McBarron, Bownass); an
    office named without its holder ("The Chairman and Councillors A and B") is passed over."""
    people: list[ListedName] = []
    if _NOBODY.match(text.strip()):
        return people
    stopped = False  # past an entry that is no name (a post, a body), only a titled name is one
    held = None  # the post a plural heading within the list gives the names after it ("Honorary Aldermen, Mr A")
    for listed in _with_posts(split_names(text.strip().rstrip("."))):
        if not listed.notes and (post := _plural_post(listed.person)):
            held = post
            continue
        if held and not listed.notes and _is_name(listed.person.name) \
                and (listed.person.honorific or " " in listed.person.name):
            people.append(ListedName(listed.person, (held,)))
            continue
        held = None
        titled = bool(listed.person.honorific) and " " in listed.person.name and _is_name(listed.person.name)
        if stopped and not titled:
            continue  # "Steve McBarron, Co-optee, Bramley & Stanningley Forum and Inspector Mark Bownass, …"
        if _role_before_person(listed):
            people.append(listed)
        elif (held := _office_and_holder(listed.person.name)) is not None:
            people.append(held)  # "… and from the Managing Director Donna Nolan" (Watford)
        elif listed.person.name.lower().startswith("the ") and not listed.notes and not people:
            continue
        elif not _is_name(listed.person.name) or (" " not in listed.person.name and not listed.person.honorific) \
                or _post_or_body(listed):
            if not people:
                break  # no list of names starts here ("Received from Councillors …": another reading's)
            stopped = True  # a word alone is a name only with a title ("Councillors Stopp and McLennan")
        else:
            people.append(listed)
    return people


# The member titles a list opens with: the list's own title ("Councillors A and B"), no post of some of its names.
_LIST_TITLES = frozenset({"Councillor", "Cllr", "County Councillor"})


def _plural_post(entry: Person) -> str | None:
    """The singular of a post printed in the plural as an entry of its own, heading the names after it: "… and from
    the Mayor, and Honorary Aldermen, Mr A, Mrs B and Mr C", "Co-opted Members, Jane Smith and John Brown" (the post
    each of them holds). None for anything else: a member title, a post of a body ("Chair of Governors")."""
    words = entry.name.split()
    if entry.honorific or entry.post_nominals or not 1 <= len(words) <= 3 \
            or not all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", word) for word in words):
        return None
    singular = PLURAL_HONORIFICS.get(entry.name.lower())
    if singular is None and re.search(r"(?:men|[^s]s)$", entry.name):
        singular = entry.name[:-3] + "man" if entry.name.endswith("men") else entry.name[:-1]
        singular = singular if ROLE_NOUNS.search(singular) else None
    return singular if singular and singular not in _LIST_TITLES else None


def _with_posts(entries: list[ListedName]) -> list[ListedName]:
    """A list of officers each printed with their post after a comma ("Mark Williams, Chief Executive, Vega
    Sturgess, Strategic Director and Donna Parham, Assistant Director", South Somerset's apologies): each whole
    untitled name with the one post that follows it as its note, as a bracket would give it. A post its own "and"
    or comma split ("Democratic Services and Standards Officer") is no one post: the name keeps no note, and the
    parts stay entries that are no names."""
    merged: list[ListedName] = []
    index = 0
    while index < len(entries):
        listed = entries[index]
        post = entries[index + 1] if index + 1 < len(entries) else None
        after = entries[index + 2] if index + 2 < len(entries) else None
        if post is not None and not listed.notes and not listed.person.honorific and " " in listed.person.name \
                and _is_name(listed.person.name) and not _post_or_body(listed) and _post_alone(post) \
                and (after is None or not _post_or_body(after)):
            merged.append(ListedName(listed.person, (post.person.name,)))
            index += 2
            continue
        merged.append(listed)
        index += 1
    return merged


def _post_alone(listed: ListedName) -> bool:
    """An entry of a list that is a post and nothing else: "Strategic Director", not "the Chairman (…)"."""
    return not listed.notes and not listed.person.honorific and not listed.person.post_nominals \
        and bool(ROLE_NOUNS.search(listed.person.name)) and not listed.person.name.lower().startswith("the ") \
        and listed.person.name[:1].isupper()


def _post_or_body(listed: ListedName) -> bool:
    """An untitled entry of a list that is a post or a body, not a person: "Mrs Dana Jones, Democratic Services
    and Standards Officer declared …" (Ceredigion) lists one member and her post, which its "and" splits as a
    list's would, not three people."""
    name = listed.person.name
    return not listed.person.honorific and (is_organisation(name) or bool(ROLE_NOUNS.search(name))
                                            or _portfolio(name))


def _portfolio(text: str) -> bool:
    """Words that say what a portfolio or service is for, which no name holds: "Councillor Kate Groucutt,
    Inclusive Economy and Third Sector" (Liverpool City Region) lists one member and her portfolio."""
    return any(word.strip(",.") in PORTFOLIO_WORDS for word in text.split())


def _is_name(name: str) -> bool:
    """A personal name, also one that starts with its particle ("de Wiggondene-Sheppard")."""
    first, _, rest = name.partition(" ")
    return looks_like_name(name) or (first.lower() in NAME_PARTICLES and looks_like_name(rest))


def _role_before_person(listed: ListedName) -> bool:
    """ "the Chairman (Councillor Perry)": a role, and the person holding it in the bracket."""
    return listed.person.name.lower().startswith("the ") and bool(listed.notes) \
        and classify_bracket(listed.notes[0]) == "person"


# --- declarations of interest -------------------------------------------------------------------------------


def _as_registered(found: list[Declaration], entry: re.Match[str]) -> list[Declaration]:
    """The declarations of a register entry's statement, each of the category's kind (a statement's "declared a
    personal interest" under "Other Registerable Interests" is of the category the register files it in), and
    made by the member the entry names where the statement names them by the same surname ("Cllr Tim Johnson",
    "Cllr Cross" under "Timothy Johnson", "John Cross": the name as registered, with the statement's title). A
    statement that names someone else keeps what the statement says."""
    name = entry["name"]
    for declaration in found:
        if registered_as(declaration.person.name, name):
            declaration.person = Person(name, honorific=declaration.person.honorific)
            declaration.kind = interest_kind(entry["category"])
            declaration.text = entry[0]
    return found


@kept_per_paragraph
def read_declarations(text: str, item_number: str | None = None, previous_item: str | None = None,
                      declarations_item: bool = False) -> list[Declaration]:
    """Declarations of interest in one paragraph of minutes.

    "Councillor Francis Burkitt declared a non-pecuniary interest on items of discussion regarding the City
    Deal …" → Declaration(Francis Burkitt, "non-pecuniary", the sentence verbatim). The kind is the most
    specific one named: non-pecuniary; disclosable pecuniary ("DPI", and "pecuniary" alone, the term the
    Localism Act regime uses for it); prejudicial (so "personal and prejudicial" is prejudicial); personal;
    otherwise "other". The item is the one the sentence names ("item 5"), or the item whose minutes say
    "this item", or for "the same item" the one the declaration before it named (``previous_item`` when it
    was in an earlier paragraph). One "declared" may state several interests, each read with its own kind
    and item (:func:`interests_declared`); where the words name what the interest is in but no item number,
    that is its subject, as printed (:func:`declared_subject`). Leaving or staying in the room counts only when
    stated, also in the sentence that follows ("He left the room during the debate"), which is then part of the
    declaration's text. In the minutes of the declarations item (``declarations_item``) a member who "noted
    they were …" states an interest too, of kind "other".
    """
    found: list[Declaration] = []
    if not declarations_item and not may_state(text, _DECLARING_WORDS):
        return found
    if entry := register_entry(text):
        return _as_registered(read_declarations(entry["statement"], item_number, previous_item, declarations_item),
                              entry)
    if "declar" in text.lower() and (from_member := _INTEREST_FROM.search(text)) and _declarants(from_member["who"]):
        said = f"{from_member['who']} declared {from_member['kind']}interest in {from_member['subject']}."
        return [replace(declaration, text=text) for declaration in read_declarations(said, item_number)]
    parts = [clause for sentence in sentences(text) for clause in _declaring_clauses(sentence)]
    for index, sentence in enumerate(parts):
        declares = _DECLARES.search(sentence)
        if not declares and declarations_item and (required := _DECLARE_REQUIRED.search(sentence)) \
                and (people := _declarants(sentence[:required.start()])):
            found.extend(Declaration(person=person, kind=interest_kind(required["how"]), text=sentence,
                                     item_number=number)
                         for number in _declared_items(sentence) or [_declared_item(sentence, item_number)]
                         for person in people)
            continue
        if not declares:
            stated = _STATED_INTEREST.search(sentence) if declarations_item else None
            opening = _opening_item(sentence[:stated.start()], sentence[stated.start():]) if stated else None
            if stated and (people := _declarants(opening.rest if opening else sentence[:stated.start()])):
                found.extend(Declaration(person=person, kind="other", text=sentence,
                                         item_number=opening.number if opening else _declared_item(
                                             stated["about"] or "", None),
                                         item_title=opening.title if opening else None)
                             for person in people)
            elif declarations_item:
                found.extend(_leaving_for_an_item(sentence, item_number))
            continue
        if _unread_declaration(sentence, declares):
            continue
        opening = _opening_item(sentence[:declares.start()], sentence[declares.start():])
        before = opening.rest if opening else sentence[:declares.start()]  # "In relation to minute 56a, …": after it
        people = _declarants(before) or _untitled_declarant(before) \
            or _declarant_again(sentence[:declares.start()], found)
        if not people or (declares["what"] is not None and _NOTHING_DECLARED.match(declares["what"])):
            continue
        statement = sentence
        follow = parts[index + 1] if index + 1 < len(parts) else ""
        if follow and not _DECLARES.search(follow) and (_LEFT_ROOM.search(follow) or _STAYED.search(follow)):
            statement = f"{sentence} {follow}"
        left = True if _LEFT_ROOM.search(statement) else False if _STAYED.search(statement) else None
        same_item = (found[-1].item_number if found else previous_item) if _SAME_ITEM.search(sentence) else None
        clauses = interests_declared(sentence[declares.start():])
        for clause in clauses:
            # "declared … that he was …" names no kind, unless the words before "that" do ("declared a personal
            # and prejudicial in applications … on the grounds that he was …": the page left out "interest")
            how = declares["how"]
            kind = "lobbying" if declares["lobbied"] else interest_kind(clause) if how is None \
                else interest_kind(how) if _KIND_FIRST.match(how) else "other"
            said = clause if len(clauses) > 1 else sentence
            own = item_number if not declarations_item and _THIS_BUSINESS.search(said) else None
            numbers = [same_item] if same_item else _declared_items(said) or [_declared_item(said, item_number) or own]
            subjects = [None] if numbers != [None] else declared_subjects(clause) if how is None \
                else [declared_subject_before_that(sentence[declares.start():declares.end()])]
            found.extend(Declaration(person=person, kind=kind, text=statement, item_number=number, left_room=left,
                                     subject=subject, item_title=_item_title(said, number, opening))
                         for number in numbers for subject in subjects for person in people)
    return found


# A declarant said again by pronoun, opening the sentence after their declaration ("He also declared an interest with
# regard to Item 7 of these minutes …", Isle of Anglesey).
_PRONOUN_DECLARANT = re.compile(r"^\s*(?:he|she)\s+(?:also|further|then|additionally)?\s*$", re.IGNORECASE)


def _declarant_again(before: str, found: list[Declaration]) -> list[Person]:
    """The one member the paragraph's last declaration names, when "He"/"She" alone declares next: "Councillor
    E.Schofield declared an interest in respect of any item of business … He also declared an interest with regard
    to Item 7 …" (Isle of Anglesey) is Schofield's second declaration. Nobody when the last declaration was made by
    several members (the pronoun would not say which) or none was made before it in the paragraph."""
    if not found or not _PRONOUN_DECLARANT.match(before):
        return []
    last = [d.person for d in found if d.text == found[-1].text]
    if len({_folded(person.name) for person in last}) != 1:
        return []
    return [last[0]]  # the same person, not a second printing of their name (see one_spelling_each)


# What the minutes of another meeting record, where this meeting approves or corrects them: "RESOLVED – That the
# minutes of the meetings held on 1st November and 13th December 2006 be approved subject to a correction to minute
# 58(b) of 1st November to show that Councillor Illingworth declared a personal interest as a member of Leeds North
# West Homes." (Leeds): Illingworth declared at that meeting, not at this one.
_OTHER_MINUTES = re.compile(
    r"\bminutes?\b[^.]{0,300}?\b(?:approved|confirmed|agreed|signed|amended|amendment|corrected|correction)\b"
    r"[^.]{0,200}?\b(?:show|record|reflect|state|read|note|include)s?\b", re.IGNORECASE)


# A declaration whose items the lines below list: "Councillor Phil Davies declared a personal interest in the following
# four agenda Items:" over "Item No. 3 – Scheme and Estimate Report … by virtue of being a Governor …" (Wirral).
_ITEMS_LISTED_BELOW = re.compile(r"\bthe\s+following\b[^.:]*:\s*-?\s*$", re.IGNORECASE)


def declared_at_another_meeting(before: str) -> bool:
    """The words before "declared" approve or correct the minutes of another meeting to show or record the
    declaration (see :data:`_OTHER_MINUTES`): it was made there, and is no declaration of this meeting."""
    return bool(_OTHER_MINUTES.search(before))


def _unread_declaration(sentence: str, declares: re.Match[str]) -> str | None:
    """Why a declaring sentence is not read as a declaration of this meeting, if it is not: it was made at another
    meeting, or the items it is in are listed below it (each with its own reason), which it does not name."""
    if declared_at_another_meeting(sentence[:declares.start()]):
        return "a declaration the minutes of another meeting record, not read as one of this meeting"
    if _ITEMS_LISTED_BELOW.search(sentence[declares.start():]):
        return "a declaration whose items are listed below it, not read (nor are the items)"
    return None


def declarations_not_read(text: str) -> list[tuple[str, str]]:
    """Each declaring sentence of ``text`` not read as a declaration (:func:`_unread_declaration`), with why: the
    caller warns of them."""
    if not may_state(text, _DECLARING_WORDS):
        return []
    return [(why, sentence) for sentence in sentences(text)
            if (declares := _DECLARES.search(sentence)) and (why := _unread_declaration(sentence, declares))]


# A sentence that opens with the item it is about, the item's title after its number, then who declares: "In
# relation to agenda item 14, Councillor Champions, Councillor Drew noted that he was a Trustee of Test Valley Arts
# Foundation …" (Test Valley): "Councillor Champions" is item 14's title, Drew the one who noted it.
_ITEM_FIRST = re.compile(
    r"^\s*(?:in\s+relation\s+to|in\s+respect\s+of|with\s+regard\s+to|regarding|under)\s+(?:agenda\s+)?(?:item|minute)\s+"
    r"(?P<number>\d+[A-Za-z]?)(?:\s*[,:\-–]\s*(?P<title>[^,]+?))?\s*,\s+(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)
# "declared a personal interest in agenda item 12: Introduction of Weekly Food Waste Collection Service, as …": the
# item's title after its number and a colon, up to the reason or the clause's end.
_ITEM_AND_TITLE = re.compile(r"\bitem\s+(?P<number>\d+[A-Za-z]?)\s*:\s+(?P<title>[A-Z][^,;:()]+?)\s*"
                             r"(?=[,;]|\.(?:\s|$)|\s+(?:as|because|due\s+to)\b|$)", re.IGNORECASE)
# The words after the verb speak of one person ("… noted that he was …") or of several ("… that they were …").
_SINGULAR = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)
_PLURAL = re.compile(r"\b(?:they|their|them|themselves)\b", re.IGNORECASE)
_ITEM_TITLE_WORDS = 12


@dataclass
class _OpeningItem:
    """The item a sentence opens with ("In relation to agenda item 14, Councillor Champions, …"): its number, the
    title printed after it, and the rest of the words before the verb (the declarants)."""

    number: str
    title: str | None
    rest: str


def _opening_item(before: str, after: str) -> _OpeningItem | None:
    """The item the words before the verb open with (see :data:`_ITEM_FIRST`). A title that reads as a member's
    name ("Councillor Champions", an item on the council's member champions) is the item's only when the words
    after the verb speak of one person ("… noted that he was …"): "In relation to item 14, Councillor A, Councillor
    B and Councillor C noted that they were …" names three declarants and no title."""
    match = _ITEM_FIRST.match(before)
    if not match:
        return None
    title, rest = (match["title"] or "").strip() or None, match["rest"]
    singular = bool(_SINGULAR.search(after)) and not _PLURAL.search(after)
    if title and (MEMBER_TITLE.match(title) and not singular or len(title.split()) > _ITEM_TITLE_WORDS
                  or not title[0].isupper()):
        title, rest = None, f"{match['title']}, {rest}"
    return _OpeningItem(match["number"], title, rest)


def _item_title(said: str, number: str | None, opening: _OpeningItem | None) -> str | None:
    """The title the declaration prints for its item after the number (see :data:`_ITEM_AND_TITLE`), if any."""
    if number is None:
        return None
    if opening and opening.number == number and opening.title:
        return opening.title
    titled = next((match for match in _ITEM_AND_TITLE.finditer(said) if match["number"] == number), None)
    if not titled or len(titled["title"].split()) > _ITEM_TITLE_WORDS:
        return None
    return titled["title"].strip()


# What an interest is declared in, as the words put it right after "interest": "in relation to the Tree Strategy
# item", "in respect of several items on the agenda", "with regard to report FIN21/07", "regarding …", "in Site
# H1/c in Sawston" (South Cambridgeshire), up to where the reason starts ("as …", "due to …", "in that …",
# "because …", "for the same reasons …", "and left the room …") or the clause ends.
_SUBJECT_AFTER_INTEREST = re.compile(
    r"^\s*(?:in\s+relation\s+to|in\s+respect\s+of|with\s+regard\s+to|regarding|relating\s+to"
    r"|in(?!\s+(?:that|so\s+far|which|whom|this\s+regard|the\s+interests?\s+of|(?:his|her|their|its)\s+capacity)\b))"
    r"\s+(?P<subject>.+)",
    re.IGNORECASE | re.DOTALL)
_SUBJECT_ENDS = re.compile(
    r"[,;:]|\.(?:\s|$)|\s[-–—]\s|\s(?:as|because|since|due\s+to|owing\s+to|on\s+the\s+(?:grounds|basis)|by\s+virtue|being"
    r"|in\s+that|in\s+so\s+far|insofar|given|which|who|whereby|but|for\s+(?:\w+\s+){0,2}reasons?"
    r"|and\s+(?:would|will|did|was|were|had|has|left|stated|said|remained|took|requested|indicated|advised"
    r"|confirmed|therefore|so|then|also|withdrew|spoke|declared)"
    # a clause of its own joined on ("… in application 7(q) to 7(x) and the minutes were taken by Mrs Lisa Evans")
    r"|and\s+(?:he|she|they|it|(?:the|a|an|his|her|their)\s+(?:\w+\s+){1,3}?(?:was|were|is|are|had|has|would|will))"
    r")\b", re.IGNORECASE)
# A subject that names no business of its own: "this item", "the application", "the same matter", "any item on the
# agenda", "any item of business on the Agenda" (Isle of Anglesey; the item, if any, is read otherwise).
_NO_OWN_SUBJECT = re.compile(
    r"^(?:(?:the|this|that|these|those|any|all|each|every|an?|its|his|her|their|same|above|present|following|said"
    r"|relevant|particular)\s+)*(?:(?:agenda|planning)\s+)?(?:items?|matters?|applications?|reports?|business|meeting"
    r"|minutes?|discussions?|debate|consideration|agenda|motions?|proceedings|decisions?|issues?|subjects?|proposals?"
    r"|that)?(?:\s+(?:of\s+business|on\s+the\s+agenda|under\s+discussion|before\s+(?:the\s+)?\w+|indicated|below"
    r"|listed|shown|concerned|mentioned))*$", re.IGNORECASE)
_SUBJECT_WORDS = 25


# "Councillor Hough declared, in respect of planning application six (11/3414C) that he had …", "Councillor Edgar
# declared that, in relation to application 22/1447N, the application was …" (Cheshire East): an interest of no
# kind named, its subject in the clause before or after "that".
_SUBJECT_CLAUSE_OF_THAT = re.compile(
    r"\b(?:in\s+relation\s+to|in\s+respect\s+of|with\s+regard\s+to|regarding)\s+(?P<subject>[^,.]+?)\s*(?:,|\bthat\b)",
    re.IGNORECASE)


def declared_subject_before_that(declared: str) -> str | None:
    """The subject of a declaration said as "declared, in respect of X that …" or "declared that, in relation to
    X, …" (see :data:`_SUBJECT_CLAUSE_OF_THAT`), under the same checks as :func:`declared_subject`."""
    said = _SUBJECT_CLAUSE_OF_THAT.search(declared)
    return _own_subject(said["subject"].strip()) if said else None


def declared_subject(clause: str) -> str | None:
    """What one declared interest is in, as printed (see :data:`_SUBJECT_AFTER_INTEREST`): "Councillor David Bard
    declared a disclosable pecuniary interest in Site H1/c in Sawston due to his wife being …" → "Site H1/c in
    Sawston". None when the words after "interest" name no subject, only "this item" or the like, or run on
    past where a subject plainly ends (no reason or clause end within a few words: better unsaid than wrong)."""
    interest = _INTEREST_WORD.search(clause) or re.search(r"\b(?:DPIs?|OSIs?)\b", clause)
    after = _SUBJECT_AFTER_INTEREST.match(clause[interest.end():]) if interest else None
    if not after:
        return None
    if unnumbered := _UNFILLED_NUMBER.match(after["subject"]):
        return _own_subject(unnumbered["title"].strip())
    subject = _SUBJECT_ENDS.split(after["subject"], maxsplit=1)[0].strip()
    return _own_subject(_ITEM_ON.sub("", subject, count=1))


def declared_subjects(clause: str) -> list[str | None]:
    """What one declared interest is in: several items named by their quoted titles ("declared a Personal Interest
    with regard to agenda items titled ‘Council Tax Base 2025/26’, ‘Localised Council Tax Support Scheme 2025/26’
    and ‘Statement of Accounts 2023/24’", City of Lincoln) are a subject each, as printed, and one quoted title is
    whole, commas and all ("the agenda item titled 'Councillor R Metcalfe, Portfolio Holder, Our People and
    Resources'"); otherwise the one subject of :func:`declared_subject`."""
    interest = _INTEREST_WORD.search(clause)
    after = _SUBJECT_AFTER_INTEREST.match(clause[interest.end():]) if interest else None
    titled = _ITEMS_TITLED.match(after["subject"]) if after else None
    titles = [quoted["title"].strip() for quoted in _QUOTED_TITLE.finditer(titled["titles"])] if titled else []
    return titles or [declared_subject(clause)]


# Several items named by quoted titles after the words that introduce them, up to the clause's end.
_ITEMS_TITLED = re.compile(r"^(?:the\s+)?(?:agenda\s+)?(?:items?|reports?)\s+(?:titled|entitled|headed)\s+"
                           r"(?P<titles>[‘“'\"].*?)(?:\.\s|\.?$)", re.IGNORECASE | re.DOTALL)
# One quoted title: its closing quote followed by a comma, "and", "&" or the end ("Members’ Allowances" keeps its
# apostrophe, which no comma follows).
_QUOTED_TITLE = re.compile(r"[‘“'\"](?P<title>.+?)[’”'\"](?=\s*(?:,|\band\b|&|\.|$))")


# An item named by what it is on: "declared a personal and prejudicial interest in the item on Llanfyllin
# All-Through School as …" (Powys): the subject is what the item is on, "Llanfyllin All-Through School".
_ITEM_ON = re.compile(r"^(?:the\s+)?(?:agenda\s+)?(?:item|report)\s+(?:on|entitled|titled|headed|regarding|concerning"
                      r"|about)\s+(?=\S)", re.IGNORECASE)


# An item or minute named by a number the minutes left unfilled, its title in brackets: "in relation to Minute No.
# XXX (Local Plan – Consultation Response)" (Christchurch's placeholder): no item by number, the bracketed title is
# the subject, whole (neither its dash nor the stop of "No." ends it).
_UNFILLED_NUMBER = re.compile(r"^(?:the\s+)?(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*|number\s+)?"
                              r"(?:x{2,}|\?+|_{2,}|\.{3}|…)\s*\((?P<title>[^()]+)\)", re.IGNORECASE)


def _own_subject(subject: str) -> str | None:
    """The subject, unless it is empty, names no business of its own ("this item", :data:`_NO_OWN_SUBJECT`) or
    runs on past :data:`_SUBJECT_WORDS` words (past where a subject plainly ends: better unsaid than wrong)."""
    if not subject or _NO_OWN_SUBJECT.match(subject) or len(subject.split()) > _SUBJECT_WORDS:
        return None
    return subject


# Under the declarations item a member may say why they will leave for an item, without "declared": "Councillor
# Neill Young said that the charity for which he works supports people with motor neurone disease and he would
# therefore leave the chamber during the debate on agenda item 5 …" (Portsmouth): an interest of no kind named.
_WILL_LEAVE_FOR = re.compile(
    r"\b(?:would|will)\s+(?:therefore\s+|also\s+)?(?:leave|withdraw\s+from)\s+the\s+(?:room|meeting|chamber)\b"
    r"[^.]*?\bitem\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|stated|advised|explained|indicated|informed\s+the\s+(?:meeting|council|committee))\b",
                   re.IGNORECASE)


def _leaving_for_an_item(sentence: str, item_number: str | None) -> list[Declaration]:
    """The member who says they will leave the room for a named item, declaring an interest in it of kind
    "other" (they say why, not which kind); nobody when no item or no titled speaker is named."""
    leaving = _WILL_LEAVE_FOR.search(sentence)
    said = _SAID.search(sentence[:leaving.start()]) if leaving else None
    item = _declared_item(sentence[leaving.start():], item_number) if leaving else None
    if not said or item is None:
        return []
    return [Declaration(person=person, kind="other", text=sentence, item_number=item)
            for person in _declarants(sentence[:said.start()])]


# Where the reason for an interest begins ("… as he was related to …", "… because …"): items named after it are
# the reason's, not the interest's.
_REASON_START = re.compile(r"\s(?:as|because|since|due\s+to|on\s+the\s+grounds|by\s+virtue|being)\b", re.IGNORECASE)
# The item's minute, named beside the item: "Item 9 (minute 284)" (Hillingdon), "Agenda Item Number 15, Minute
# Number 112/23 – Parking Enforcement Consultancy" (Bromsgrove): one business, not a second item.
_MINUTE_ASIDE = re.compile(r"\(\s*minutes?\s+[^)]*\)"
                           r"|,?\s*\bminutes?\s+(?:number\s+|no\.?\s*)?\d+[A-Za-z]?(?:/\d{2,4})?(?![\w/])",
                           re.IGNORECASE)
_ITEM_WORD = re.compile(r"(?<!minute\s)\bitems?\b", re.IGNORECASE)
# "items 6 and 7", and with each item's title in brackets after its number: "agenda items 8 (Commercial Property) and
# 9 (Capital and Revenue Budgets 2019/20)" (Medway); "Item Nos. 4 and 4A", and minutes where the page numbers its
# items by them: "Minutes 255 and 256 (Primary and Secondary School Admission Arrangements)", "Minutes255 and 256"
# (Wirral).
_MORE_ITEMS = re.compile(r"\b(?:items?\s+nos\.?\s*|items\s+|minutes\s*(?:nos\.?\s*)?)(?P<first>\d+[A-Za-z]?)"
                         r"(?P<more>(?:(?:\s*\([^()]{1,80}\))?\s*(?:,|and|&)\s*\d+[A-Za-z]?\b)+)", re.IGNORECASE)
_TITLE_IN_BRACKETS = re.compile(r"\([^()]*\)")


# Another item the interest is in, after the first one's reason: "in Agenda Item 8 (Executive Report) due to being a
# Town Councillor and Agenda Item 4 (Chair's Announcements) due to her son being in the Armed Forces" (Copeland).
_ITEM_AFTER_REASON = re.compile(r"(?:,\s*|\s)and\s+(?:in\s+)?(?:agenda\s+)?item\s+(?:no\.?\s*)?"
                                r"(?P<number>\d+[A-Za-z]?)\b(?!\s+of\s+the)", re.IGNORECASE)


def _declared_items(said: str) -> list[str]:
    """The items one interest is declared in when the words name several before the reason: "in item 4b)
    Questions from Councillors … and item 6b) motion 2 One Planet Sutton as he was …" (Sutton), "in items 6 and
    7"; none (the caller reads one item) when they name fewer than two."""
    declared, *reasons = _REASON_START.split(said, maxsplit=1)
    if _ITEM_WORD.search(declared):  # "Item 9 (minute 284)": the item's minute, not another
        declared = _MINUTE_ASIDE.sub("", declared)
    numbers = [match["number"] for match in _DECLARED_ITEM.finditer(declared)]
    numbers += [match["number"] for reason in reasons for match in _ITEM_AFTER_REASON.finditer(reason)]
    if listed := _MORE_ITEMS.search(declared):
        numbers += [listed["first"], *re.findall(r"\d+[A-Za-z]?", _TITLE_IN_BRACKETS.sub("", listed["more"]))]
    unique = list(dict.fromkeys(numbers))
    return unique if len(unique) > 1 else []


def _declaring_clauses(sentence: str) -> list[str]:
    """A sentence in which several declare ("(1) … Councillor A declared an interest in item 6.5 …; and (2) …
    Councillor B declared an interest in item 8.2 …", a list the copy runs together): its clauses between
    semicolons, each read on its own; any other sentence whole."""
    if len(_DECLARES.findall(sentence)) < 2:
        return [sentence]
    return [clause for clause in re.split(r";\s*(?:and\s+|or\s+)?", sentence) if clause.strip()]


def interests_declared(declared: str) -> list[str]:
    """The interests one "declared …" states, each with its own words: "a personal interest in A (Item 10
    refers) and a personal and prejudicial interest in B (Item 9 refers)" is two; "a personal and a
    prejudicial interest in item 5" is one (no interest is named before its "and a")."""
    clauses, start = [], 0
    for match in _ANOTHER_INTEREST.finditer(declared):
        if _INTEREST_WORD.search(declared[start:match.start()]):
            clauses.append(declared[start:match.start()])
            start = match.end()
    return [*clauses, declared[start:]]


# Two kinds offered as alternatives, neither chosen: "declared a disclosable pecuniary interest or an other
# registrable interest", "a personal or prejudicial interest". The words do not say which was declared.
_EITHER_KIND = re.compile(
    r"^\W*(?:declared\s+)?(?:an?\s+)?(?:[\w-]+\s+){1,3}?(?:interests?\s+)?or\s+(?:an?\s+)?"
    r"(?:other|non[-\s]?pecuniary|disclosable|pecuniary|personal|prejudicial)\b", re.IGNORECASE)


def interest_kind(words: str) -> str:
    """The most specific kind of the scheme the words name (see :func:`read_declarations`), not counting a kind
    they deny ("a personal (but not prejudicial) interest" is personal); "other" when they name two kinds as
    alternatives and choose neither ("a disclosable pecuniary interest or an other registrable interest")."""
    if _EITHER_KIND.match(words):
        return "other"
    stated = _DENIED_KIND.sub(" ", words)
    return next((name for name, pattern in _INTEREST_KINDS if pattern.search(stated)), "other")


_OFFICE_AND_HOLDER = re.compile(r"^(?:\W*\d+\.?\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Mayor|Chair(?:man|woman)?"
                                r"|Leader|Deputy|Vice-Chair(?:man)?)\s*\((?P<holder>[^()]+)\)\s*$")


def _declarants(subject: str) -> list[Person]:
    """The people before "declared": from the first title on ("During item 5, Councillor X" → X; "Deputy
    Michael Welbank and Julian Malins" → both: a list led by a title may name the others without one), up to
    a clause or an adverb after the names ("Councillor X in relation to the same item declared", "Councillor X
    also declared"). "All Members except Councillor X" names who did not declare: nobody is read. An office with
    its holder in a bracket ("The Mayor (Councillor Collinson) declared …", Wyre) is the holder."""
    if held := _OFFICE_AND_HOLDER.match(subject):
        subject = held["holder"]
    starts = [match.start() for match in (MEMBER_TITLE.search(subject), _TITLE.search(subject)) if match]
    if not starts or _ALL_BUT.search(subject) or _ALL_MEMBERS.search(subject):
        return []
    listed = _people(_BEFORE_VERB.sub("", _SUBJECT_CLAUSE.sub("", subject[min(starts):])))
    if not listed or not listed[0].person.honorific:
        return []
    return [name.person for name in listed]


# A whole name without a title opening the sentence: "Tracey Christie declared a pecuniary interest in agenda item
# 12 …" (Wolverhampton, an officer's declaration), also with initials ("N Bundy declared an interest in respect of
# agenda item 14 …", West Dorset, whom the next sentence calls "Councillor Bundy").
# After an office declaring with them, its holder unnamed ("The Deputy Chairman and Jamie Ingham Clark declared an
# interest by virtue of being members of the Clothworkers Company.", City of London): the name is the one person.
_UNTITLED_DECLARANT = re.compile(r"^(?:The\s+(?:(?:Deputy|Vice)[\s-])?(?:Chair(?:man|woman)?|Mayor|Leader)\s+and\s+)?"
                                 r"(?P<name>(?:[A-Z][a-z][\w'’-]*|(?:[A-Z]\.?\s+){1,2}[A-Z][a-z][\w'’-]*)"
                                 r"(?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+(?:\((?P<post>[^()]{1,80})\)\s+)?$")
_BODY_WORDS = re.compile(r"\b(?:Council|Committee|Cabinet|Board|Panel|Group|Members?|Officers?|Authority|Party|Chair"
                         r"|Mayor|Leader|Director|Executive|Solicitor|Officer)\b")


def _untitled_declarant(subject: str) -> list[Person]:
    """The declarant a sentence names first by a whole name with no title (see :data:`_UNTITLED_DECLARANT`), also with
    their post in brackets after it ("Mike Harries (Director for Environment and Economy) reminded members of his
    personal interest …", Dorset County); none for a body or an office ("Council Officers", "The Monitoring
    Officer")."""
    match = _UNTITLED_DECLARANT.match(subject)
    if not match or _BODY_WORDS.search(match["name"]) or match["name"].split()[0] in NOT_NAME_WORDS \
            or not looks_like_name(match["name"]) or " " not in match["name"] or MEMBER_TITLE.search(match["name"]) \
            or ROLE_NOUNS.search(match["name"]):
        return []
    return [person_named(match["name"])]


# A run of one item's lettered parts, "application 7 (a) to 7(n)" (Ceredigion's planning items, each application a
# part of item 7): the item they are all parts of.
_PARTS_OF_ONE_ITEM = re.compile(
    r"\b(?:(?:agenda\s+)?items?|applications?|minutes?)\s+(?P<number>\d+[A-Za-z]?)\s?\((?:[a-z]|[ivx]+)\)"
    r"\s*(?:to|[-–—])\s*(?P=number)\s?\((?:[a-z]|[ivx]+)\)", re.IGNORECASE)


def _declared_item(sentence: str, item_number: str | None) -> str | None:
    if match := _PARTS_OF_ONE_ITEM.search(sentence):
        return match["number"]
    if match := _DECLARED_ITEM.search(sentence):
        return match["number"]
    if motion := _DECLARED_MOTION.search(sentence):
        return " ".join(motion[0].split())
    return item_number if item_number and _THIS_ITEM.search(sentence) else None


# --- the whole page -----------------------------------------------------------------------------------------


@dataclass
class WhoWasThere:
    """What a page states about who was at its meeting; ``warnings`` for what the ontology cannot say, and
    ``people`` for whom only such a statement names (they are published as people all the same)."""

    attendances: list[Attendance] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    full_names: dict[str, set[str]] = field(default_factory=dict)  # see :func:`full_names`
    # read from a table whose column names their items, or listed under an introduction that names its item
    tabled: list[Declaration] = field(default_factory=list)
    arrivals: list[ArrivalOrDeparture] = field(default_factory=list)  # and departures (see arrivals.py)

    def everyone(self) -> list[Person]:
        """Each person the page names here once (by name), the fuller name taken for a surname alone."""
        named = [a.person for a in self.attendances] + [a.substitute_for for a in self.attendances
                                                         if a.substitute_for] + [d.person for d in self.declarations]
        name_in_full(named + self.people, self.full_names)
        unique: dict[str, Person] = {}
        for person in named + self.people:
            unique.setdefault(_folded(person.name), person)
        return list(unique.values())


def read_who_was_there(lines: list[Line], item_number: str | None = None, items: Sequence[str] = ()) -> WhoWasThere:
    """Attendance, declarations and arrivals/departures stated anywhere on a page, including what needs more
    than one line: a label alone with its names under it ("Present:" / "Councillor A (Chair), …"), a
    substitutes list under its introduction ("The following Substitute Members were noted:" / "Councillor X
    for Councillor Y"), "Received from Councillors A and B" under an "Apologies" heading. A reader whose item
    parsing missed a paragraph still gets who was there from it. ``item_number``: the one item the lines are
    the minutes of, if they are one item's (an arrival "during this item" is at it); ``items``: the numbers
    of the page's items in order, whose number lines ("550.") start each item's minutes (see
    :func:`item_heading`)."""
    found = WhoWasThere(full_names=full_names(lines))
    not_voting = not_voting_lists([line.text for line in lines]) \
        if any(may_state(line.text, ("absent", "not voted", "no vote")) for line in lines) else frozenset()
    skip_to = 0
    for index, line in enumerate(lines):
        if index < skip_to or line.text.strip() in not_voting:  # a division's list of who did not vote
            continue
        if table := declarations_table(lines, index, found.tabled):
            found.declarations.extend(table[0])
            skip_to = index + table[1]
            continue
        if listed := declarations_listed(lines, index) or declarations_introduced(lines, index) \
                or declarations_paired(lines, index) or declaration_form(lines, index) \
                or declarations_grouped(lines, index):
            found.declarations.extend(listed[0])
            found.tabled.extend(d for d in listed[0] if d.item_number)
            skip_to = index + listed[1]
            continue
        if block := listed_under_label(lines, index):
            found.attendances.extend(block[0])
            skip_to = index + block[1]
            continue
        text, first = line.text.strip().strip("|").strip(), index
        item_number = item_heading(text, items, item_number)
        while (_RUNS_ON.search(text) or _FROM_COLON.search(text) or text.count("(") > text.count(")")) \
                and index + 1 < len(lines) and index + 1 >= skip_to:
            index += 1  # "… on behalf of Councillor Denise Atkinson," / "Steve McBarron, …"; "(Inner West" / "…)"
            skip_to = index + 1
            text = f"{_FROM_COLON.sub('from', text)} {lines[index].text.strip().strip('|').strip()}"
        if index > first and (block := listed_under_label(lines, index)):  # "… Cromer at 9.30 am when
            found.attendances.extend(block[0])  # there were present:" ends the sentence the line before began
            skip_to = index + block[1]
            continue
        previous = _previous_statement(lines, index)
        heading = text[:label.start()] if (label := _MINUTES_LABEL.search(text)) else previous  # a row: its title
        if (_SUBSTITUTES_INTRO.search(previous) or _SUBSTITUTES_HEADING.match(heading)
                or (index > 0 and substitute_pairs(previous))) \
                and (pairs := substitute_pairs(_after_label(text))):  # under the introduction, a pair or more a line
            found.attendances.extend(pairs)
            continue
        if _APOLOGIES_HEADING.match(previous) and (received := _RECEIVED_FROM.match(_after_label(text))):
            found.attendances.extend(_listed(received["names"], "apologies"))
            continue
        if _MINUTE_APOLOGIES.match(previous) and (members := _members_alone(_after_label(text))):
            found.attendances.extend(members)
            continue
        if _APOLOGIES_HEADING.match(heading) and (with_reasons := _apologies_with_reasons(_after_label(text))):
            found.attendances.extend(with_reasons)
            continue
        found.attendances.extend(read_attendance(_after_label(text)))
        found.declarations.extend(read_declarations(text, previous_item=next(
            (d.item_number for d in found.declarations[-1:] if d.item_number), None)))
        for people, warning in not_published(_after_label(text)):
            found.people.extend(people)
            found.warnings.append(warning)
        arrivals = page_arrivals(_after_label(text), item_number)
        found.arrivals.extend(arrivals)
        found.people.extend(arrival.person for arrival in arrivals)  # named in full with the rest
    found.arrivals.extend(footnoted_attendance(lines))
    return found


# A footnote under an attendance list, its mark first: "* Part meeting." (Reigate and Banstead).
_FOOTNOTE = re.compile(r"^\*\s*(?P<what>[A-Z][^*]{2,60}?)\.?$")
# An entry of a list marked by that footnote: the words before the mark, back to the entry's start ("A.J. De Save*").
_MARKED_ENTRY = re.compile(r"(?:^|[,;:]|\band\b)\s*(?P<entry>[^,;:*]+?)\*(?=\s*(?:[,;.]|\band\b|$))")
_FOOTNOTED_LIST = 6  # lines: how far above its footnote a marked list may be


def footnoted_attendance(lines: list[Line]) -> list[ArrivalOrDeparture]:
    """The members a list marks with "*" and the footnote under it says were there for part of the meeting:
    "Present: … A.J. De Save*, J.M. Ellacott, …" over "* Part meeting." is De Save there for "Part meeting". A
    footnote that says nothing of being there ("* Substitute") gives nothing; nor does a marked entry that is no
    name."""
    found: list[ArrivalOrDeparture] = []
    for index, line in enumerate(lines):
        footnote = _FOOTNOTE.match(line.text.strip())
        if footnote is None or not re.search(r"\b(?:part|partly|arrived|left|late)\b", footnote["what"], re.I):
            continue
        for above in lines[max(0, index - _FOOTNOTED_LIST):index]:
            for marked in _MARKED_ENTRY.finditer(above.text):
                entry = _PLURAL_TITLE.sub("", marked["entry"]).strip()
                person = person_named(entry)
                if _is_name(person.name) and (" " in person.name or person.honorific):
                    found.append(ArrivalOrDeparture(person, footnote["what"]))
    return found


# An entry of a list of declarations under its introduction: "A McKenna  -  Trustee of registered charity Relate",
# or the name and the interest in two columns ("Lady Fisher      Personal and Prejudicial interest in items 11, …");
# a line that starts with a dash goes on with the entry above ("-  Governor, Horsforth School").
# A hyphen inside a name is the name's ("Mrs D.C. Earl-Williams      Agenda Item 11 …").
_LISTED_DECLARANT = re.compile(r"^(?P<who>(?:[^-–—:()]|(?<=\w)-(?=\w))+?)(?:\s+[-–—]\s+|\s{3,}|\t+)(?P<what>\S.*)$")
# "The following declarations of interest were then noted:": the list under it names who declared what; so does
# "Declarations of interest were made by Councillors in the Minutes as indicated below:".
_LIST_OF_DECLARATIONS = re.compile(
    r"\bfollowing\s+(?:declarations?\s+of\s+interests?|interests?)\s+(?:were|was)\s+(?:then\s+)?"
    r"(?:noted|made|declared|received|recorded)\b[^:]*:$"
    r"|^(?:declarations?\s+of\s+interests?|interests?)\s+(?:were|was)\s+(?:noted|made|declared|received|recorded)"
    r"\b[^:.]*\b(?:below|as\s+follows)\s*[:\-–—]*$", re.IGNORECASE)
_LISTED_MORE = re.compile(r"^[-–—•·]\s*\S")
# An entry's kind printed without "interest", opening its words or after a dash: "Agenda Item 9 – Personal in so far
# as he had previously instructed the Agent".
_KIND_OPENS = re.compile(r"(?:^|[-–—:]\s*)(?i:personal|prejudicial|disclosable\s+pecuniary|non[-\s]?pecuniary)\b")


def declarations_listed(lines: list[Line], index: int) -> tuple[list[Declaration], int] | None:
    """Declarations listed one a line under an introduction that states their kind and item but names nobody
    ("(a) Members declared personal interests in minute 96 of this meeting as follows:" / "A McKenna - Trustee
    of …" / "Morton - Employee, …"), or under "The following declarations of interest were then noted:": each
    entry's name, before its dash or the run of spaces after it, declares the introduction's interest (a surname
    alone is a name here: the introduction says who the entries are), or the interest and item the entry states
    itself. Returns the declarations and the lines the list takes."""
    intro = lines[index].text.strip()
    if not intro.endswith(":"):
        return None  # either introduction ends in a colon (_LIST_OF_DECLARATIONS too)
    declares = _DECLARES.search(intro)
    if _LIST_OF_DECLARATIONS.search(intro):
        kind, number = "other", None  # each entry states its own
    elif not intro.endswith(":") or not declares or declares["lobbied"] or declares["how"] is not None \
            or _declarants(intro[:declares.start()]):
        return None
    else:
        kind, number = _introduced_kind(intro, declares), _declared_item(intro, None)
    found: list[Declaration] = []
    used = 1
    for line in lines[index + 1:]:
        text = line.text.strip()
        if found and _LISTED_MORE.match(text) and not _BULLETED_MEMBERS.match(text):
            found[-1].text = f"{found[-1].text} {text}"
        elif (entry := _LISTED_DECLARANT.match(_unbulleted(text))) and (people := _entry_declarants(entry["who"])):
            # "Councillor X - a personal interest in item 5 as …", "Agenda Item 10 – Personal in so far as …"
            own = _INTEREST_WORD.search(entry["what"]) or _KIND_OPENS.search(entry["what"])
            found.extend(Declaration(person, interest_kind(entry["what"]) if own else kind, f"{intro} {text}",
                                     _declared_item(entry["what"], None) or number) for person in people)
        elif (kind != "other" or number) and (person := _member_alone(text)):
            found.append(Declaration(person, kind, f"{intro} {text}", number))
        else:
            break
        used += 1
    return (found, used) if found else None


def _introduced_kind(intro: str, declares: re.Match[str]) -> str:
    """The kind an introduction declares: the one named before "interests" ("The following councillors declared
    personal interests in agenda item 6a … and indicated that should discussion take place on the financial
    position of the company, their interests would become prejudicial …:", Blackpool: personal, what may become
    prejudicial is not declared), else the one its words name."""
    named = interest_kind(declares["what"]) if declares["what"] else "other"
    return named if named != "other" else interest_kind(intro[declares.start():])


def _member_alone(text: str) -> Person | None:
    """An entry that is one titled member and nothing else, bulleted or not: under "The following Councillors
    declared non-pecuniary interests in Agenda Item 8. … in respect of:" (Forest Heath), "·  Councillor John
    Bloodworth" declares the introduction's interest at its item. An untitled line is no entry (it may be prose)."""
    text = _unbulleted(text).strip(" .;,")
    if not re.match(r"^(?:Councillor|Cllr)\.?\s+[A-Z]", text):
        return None
    return _table_person(text, "")


# An entry led by a bullet and a member's title: "·  Councillors Burdess, Galley and Matthews – as …".
_BULLETED_MEMBERS = re.compile(r"^[•·]\s*(?:Councillors?|Cllrs?)\b")


def _unbulleted(text: str) -> str:
    return bullet["text"] if (bullet := BULLET.match(text)) and bullet["text"][:1].isupper() else text


def _entry_declarants(who: str) -> list[Person]:
    """Who an entry of a list of declarations names: one name ("A McKenna"; a surname alone, as the introduction
    says who the entries are), or several after a plural title ("Councillors Burdess, Galley and Matthews",
    Blackpool); nobody for an aligned table's head ("Name")."""
    who = who.strip()
    if looks_like_name(who) and len(who.split()) <= 4 and _head(who) not in _ANY_HEAD:
        return [person_named(who)]
    if not re.match(r"^(?:Councillors|Cllrs)\.?\s", who):
        return []
    entries = split_names(who)
    if not entries or any(listed.notes or not _is_name(listed.person.name) for listed in entries):
        return []
    return [listed.person for listed in entries]


# "The following declarations of interest were made by councillors in accordance with the code of conduct in respect
# of items under consideration at the meeting -": a table's introduction, ending in a dash or a colon.
# Or ending without either, the table under it ("The following declarations of interest were received in accordance
# with the Member Code of Conduct", Cardiff).
_TABLE_OF_DECLARATIONS = re.compile(
    r"\bfollowing\s+(?:declarations?\s+of\s+interests?|interests?)\s+(?:were|was)\s+(?:then\s+)?"
    r"(?:noted|made|declared|received|recorded)\b(?:.*[:\-–—]|[^.:;]*)$", re.IGNORECASE)


def declarations_paired(lines: list[Line], index: int) -> tuple[list[Declaration], int] | None:
    """A table of declarations whose copy kept two cells a row, under its introduction (see
    :data:`_TABLE_OF_DECLARATIONS`) and what is left of its head ("Minute Number"): a member alone on a line ("Cllr
    Evans OBE"), then what they declared ("Family Member was employed by Livewell SouthWest"), row after row
    (Plymouth). Each member declares in the kind and at the item those words state ("other" and none here). A
    head that names the declarant's column ("Name", "Councillor") is a whole table's, left to
    :func:`declarations_table`. Returns the declarations and the lines the list takes."""
    intro = lines[index].text.strip()
    if not _TABLE_OF_DECLARATIONS.search(intro):
        return None
    at = index + 1
    while at < len(lines) and _head(lines[at].text) in _ANY_HEAD:
        if _head(lines[at].text) in _DECLARANT_HEADS:
            return None
        at += 1
    found: list[Declaration] = []
    while at + 1 < len(lines):
        who, what = lines[at].text.strip(), lines[at + 1].text.strip()
        person = _table_person(who, "") if MEMBER_TITLE.match(who) else None
        if person is None or MEMBER_TITLE.match(what) or _head(what) in _ANY_HEAD or _DECLARES.search(who):
            break
        step = 2
        if at + 2 < len(lines) and _INTEREST_CELL.match(third := lines[at + 2].text.strip()):
            what, step = f"{what}: {third}", 3  # the item, then the interest: a row of three cells (Cardiff)
        found.append(Declaration(person=person, kind=interest_kind(what), text=f"{intro} {who}: {what}",
                                 item_number=_declared_item(what, None)))
        at += step
    return (found, at - index) if found else None


# A table of declarations whose rows group members under their item, each cell of several lines, the copy reading
# it cell by cell: the item ("10.2 Notice of Motion – Community Fire Stations"), its members one a line ("Cllr. T.
# Riley" / "Cllr. G. Bentley" / "Cllr. J. Salt"), then each one's interest in the same order ("Other interest - family
# member employed by …"), under "Agenda Item" / "Member Declaring" / "Interest" / "Nature of Interest" and an
# introduction that need not say "of interest" ("The following declarations were made:-", Staffordshire Moorlands).
_GROUPED_INTRO = re.compile(r"\bfollowing\s+declarations\s+(?:of\s+interests?\s+)?(?:were|was)\s+(?:made|declared)\s*"
                            r"[:\-–—]*$", re.IGNORECASE)
_GROUPED_HEADS = frozenset({"member declaring", "member declaring interest"})
_GROUPED_ITEM = re.compile(r"^(?P<number>\d+(?:\.\d+)*[A-Za-z]?)\.?\s+[A-Z]")


def declarations_grouped(lines: list[Line], index: int) -> tuple[list[Declaration], int] | None:
    """A table of declarations grouped by item (see :data:`_GROUPED_INTRO`): each member declares at the item their
    group is under, in the kind their interest names ("other" when it names none, or the copy cuts it). Returns the
    declarations and the lines the table takes."""
    intro = lines[index].text.strip()
    if not _GROUPED_INTRO.search(intro):
        return None
    at = index + 1
    while at < len(lines) and (_head(lines[at].text) in _ANY_HEAD or _head(lines[at].text) in _GROUPED_HEADS):
        at += 1
    found: list[Declaration] = []
    while at < len(lines) and (item := _GROUPED_ITEM.match(lines[at].text.strip())):
        members: list[tuple[str, Person]] = []
        while at + 1 < len(lines) and MEMBER_TITLE.match(who := lines[at + 1].text.strip()) \
                and (person := _table_person(who, "")) is not None:
            members.append((who, person))
            at += 1
        if not members:
            break
        at += 1
        for who, person in members:
            interest = lines[at].text.strip() if at < len(lines) and not _GROUPED_ITEM.match(lines[at].text.strip()) \
                and not MEMBER_TITLE.match(lines[at].text.strip()) else ""
            at += bool(interest)
            found.append(Declaration(person=person, kind=interest_kind(interest) if interest else "other",
                                     text=f"{intro} {who}: {interest}".strip(),
                                     item_number=item["number"]))
    return (found, at - index) if found else None


# The lines of a declaration printed as a form: the member alone, the item by number and title, then the form's
# labels and the interest under them ("Cllr. J. M. Fox" / "Item 10 – Recommendations of the Cabinet Executive: Revised
# Capital Programme" / "Nature of Interest" / "Extent of Interest" / "Chair of East Midlands Homes", Blaby).
_FORM_ITEM = re.compile(r"^Item\s+(?P<number>\d+[A-Za-z]?)\s+[–—-]\s+\S")
_FORM_LABEL = re.compile(r"^(?:nature|extent|type|level)\s+of\s+interests?$", re.IGNORECASE)


def declaration_form(lines: list[Line], index: int) -> tuple[list[Declaration], int] | None:
    """A declaration printed as a form (see :data:`_FORM_ITEM`): the member declares at the item the form names, in
    the kind its interest names ("other" when, like "Chair of East Midlands Homes", it names none). Returns the
    declaration and the lines the form takes."""
    who = lines[index].text.strip()
    if index + 2 >= len(lines) or not MEMBER_TITLE.match(who) or not (item := _FORM_ITEM.match(
            lines[index + 1].text.strip())) or not _FORM_LABEL.match(lines[index + 2].text.strip()):
        return None
    person = _table_person(who, "")
    if person is None:
        return None
    at = index + 2
    while at < len(lines) and _FORM_LABEL.match(lines[at].text.strip()):
        at += 1
    interest = lines[at].text.strip() if at < len(lines) and not MEMBER_TITLE.match(lines[at].text) else ""
    kind = interest_kind(interest) if interest and _names_kind(interest) else "other"
    text = "; ".join(line.text.strip() for line in lines[index:at + (1 if interest else 0)])
    return [Declaration(person=person, kind=kind, text=text, item_number=item["number"])], at - index + bool(interest)


# A table's interest cell, after the cell of the item it is in: "Personal interest as employed in the sight loss
# sector", "Personal & Prejudicial – Employer is …" (Cardiff's "Councillor / Item / Interest" rows).
_INTEREST_CELL = re.compile(r"^(?:(?:personal|prejudicial|disclosable|pecuniary|non-pecuniary|other|significant)"
                            r"(?:\s+(?:and|&)\s+|\s+|\b))+(?:interests?\b|[-–—:])", re.IGNORECASE)


# "The following declarations of interest were made in respect of Item 11: Local Government Reorganisation Update.":
# an introduction that names the item the declarations under it concern, one declarant a paragraph (Rushcliffe).
_INTRODUCED_ITEM = re.compile(
    r"\bfollowing\s+(?:declarations?\s+of\s+interests?|interests?)\s+(?:were|was)\s+(?:then\s+)?"
    r"(?:noted|made|declared|received|recorded)\s+(?:in\s+(?:respect|relation)\s+(?:of|to)|on|regarding|concerning)"
    r"\s+(?P<item>\S.*?)[.:;]?$"
    # "The following voluntary announcements were made:" (Canterbury, under its declarations item): of no item
    r"|\bfollowing\s+(?:voluntary\s+announcements|declarations)(?:\s+of\s+interests?)?\s+(?:were|was)\s+(?:then\s+)?"
    r"(?:noted|made|declared|received|recorded)\s*[.:;]?$", re.IGNORECASE)
# Declarations listed under the item they concern, its number and title as a subheading ("Item 7 – Statements from
# the public" / "·  Councillor Paul May declared a disclosable pecuniary interest …", Bath and North East Somerset):
# each bulleted or plain entry under it that declares, declares at that item.
# Also with a stop after the number: "Item 8. UK Shared Prosperity Fund 2025-26." (East Midlands CCA); and the number
# alone, its stop, then a title in words of its own, no member's and no verb's: "12.  Harbour wall repairs." (as
# Allerdale prints it, over "Councillor A; Disclosable Pecuniary Interest; Due to …").
# Or the item's number alone, a colon after it: "Agenda Item 12:" (East Devon).
_ITEM_SUBHEADING = re.compile(
    r"^(?i:Item)\s+(?P<number>\d+[A-Za-z]?)(?:\s*[-–—:]|\.)\s+\S.*$"
    r"|^(?P<bare>\d+[A-Za-z]?)\.\s+(?!(?:Councillors?|Cllrs?|Mrs?|Ms|Dr|The)\b)[A-Z][\w'’-]*(?:\s+[\w'’/&-]+){0,12}\.?$"
    r"|^(?i:(?:Agenda\s+)?Item)\s+(?P<alone>\d+[A-Za-z]?)\s*:$")
# An entry under that introduction which leaves out "declared an interest": "Councillor Parekh as an employee of
# Nottinghamshire County Council." (the introduction says what the entry declares).
# Or says what the member is: "Councillor A was a tenant of the housing company." (Canterbury's minutes).
_VERBLESS_DECLARANT = re.compile(r"^(?P<who>.+?)\s*,?\s+(?:as|being|was|is)\s+(?:an?|the)\s+\S")
# An entry under such an introduction that names the kind right after the member, with no verb: "Councillor DBF
# White prejudicial interest", "Councillor HM Williams personal interest, and a prejudicial interest in Agenda Item
# 6, due to him owning …" (Bridgend): read as "… declared a personal interest, …".
_KIND_WITHOUT_VERB = re.compile(
    r"^(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)\s+(?P<rest>(?i:(?:(?:personal|prejudicial|disclosable|pecuniary|"
    r"non[-\s]?pecuniary|and)\s+)+interests?)\b.*)$")


def _one_declarant(entries: list[Declaration], text: str) -> list[Declaration]:
    """The declarations of one entry, its member's: a later sentence naming them by surname alone ("Councillor HJ
    David prejudicial interest … . Councillor David also declared a prejudicial interest in Agenda Item 6") is
    theirs; at one item the most specific kind is kept ("personal interest, as well as a prejudicial interest":
    prejudicial)."""
    if not entries:
        return []
    first = entries[0].person
    kept: dict[tuple[str, str | None], Declaration] = {}
    for entry in entries:
        if entry.person.name != first.name:
            if len(entry.person.name.split()) != 1 or not first.name.endswith(f" {entry.person.name}"):
                return []  # another member: not one entry's
            entry.person = first
        entry.text = text
        key = (entry.person.name, entry.item_number)
        if key not in kept or _KIND_ORDER.index(entry.kind) < _KIND_ORDER.index(kept[key].kind):
            kept[key] = entry
    return list(kept.values())


_KIND_ORDER = [name for name, _ in _INTEREST_KINDS] + ["other", "lobbying"]


def declarations_introduced(lines: list[Line], index: int) -> tuple[list[Declaration], int] | None:
    """Declarations one a paragraph under an introduction that names their item ("The following declarations of
    interest were made in respect of Item 11: Local Government Reorganisation Update." / "Councillor Gaunt
    declared a non-pecuniary interest as …" / "Councillor Parekh as an employee of …"): each entry led by a
    member's title declares at that item, in the kind it states ("other" when, like the second, it states none).
    The item is the introduction's number ("Item 11"); an introduction naming its item by title alone leaves the
    number to :func:`place_by_title`, which finds the title in each declaration's text (the introduction's words
    are part of it). An item's subheading ("Item 7 – Statements from the public") introduces the declarations
    under it the same way, each bulleted entry read as a paragraph. The list ends at the first paragraph no
    member's title leads. Returns the declarations and the lines the list takes."""
    intro = lines[index].text.strip()
    match = _INTRODUCED_ITEM.search(intro)
    subheading = None if match else _ITEM_SUBHEADING.match(intro)
    if subheading and subheading["bare"] and DECLARATIONS_TITLE.search(intro):
        subheading = None  # "4. Declarations of Interest": the declarations item itself, naming no item they are in
    if not match and not subheading:
        return None
    number = (subheading["number"] or subheading["bare"] or subheading["alone"]) if subheading \
        else _declared_item(match["item"], None) if match["item"] else None
    found: list[Declaration] = []
    used = 1
    while index + used < len(lines):
        text, taken = lines[index + used].text.strip(), 1
        text = bullet["text"] if (subheading or not match["item"]) and (bullet := BULLET.match(text)) else text
        while text.endswith(",") and index + used + taken < len(lines):  # "Councillors A, B," / "C and D declared …"
            text, taken = f"{text} {lines[index + used + taken].text.strip()}", taken + 1
        if not MEMBER_TITLE.match(text):
            break
        stated = _KIND_WITHOUT_VERB.match(text) if match else None
        if stated and _declarants(stated["who"]):
            entries = _one_declarant(read_declarations(f"{stated['who']} declared a {stated['rest']}"), text)
        elif (said := declared_tersely(text)) and _declarants(said.split(" declared ")[0]):
            entries = _one_declarant(read_declarations(said), text)
            for entry in entries:
                entry.text = text
        else:
            entries = read_declarations(text)
        if not entries and match and (verbless := _VERBLESS_DECLARANT.match(text)) \
                and (who := _declarants(verbless["who"])):
            entries = [Declaration(person=person, kind="other", text=text, item_number=None) for person in who]
        if not entries:
            break
        for entry in entries:
            entry.text = f"{intro} {entry.text}"
            entry.item_number = entry.item_number or number
        found.extend(entries)
        used += taken
    return (found, used) if found else None


_DECLARANT_HEADS = frozenset({"councillor", "member", "name", "councillor/member", "member/officer", "member(s)",
                              "councillor(s)", "name of member"})
# "Member" / "Subject/Minute" under "Declarations of personal interests were indicated as follows –" (North
# Lincolnshire): the second column says what the interest is, its kind the heading's.
# "Name" / "Minute No." / "Description of Interest" / "Reason" / "Action Taken" (Somerset West and Taunton): the
# description names the body the member is of ("SCC & Wellington"), the "Reason" cell the kind ("Personal").
_INTEREST_HEADS = frozenset({"interest", "nature of interest", "type of interest", "interest type",
                             "level of interest", "subject/minute", "description of interest"})
# The headings an item column of a one-cell-a-line table may print before its declarant's ("Item" / "Title" /
# "Member(s)" / "Interest", St Helens).
# "Minute Nos." (Staffordshire: "Member" / "Minute Nos." / "Interest" / "Reason").
_ITEM_HEADS = frozenset({"item", "agenda item", "minute", "minute no", "minute nos", "minute number", "title"})
_ANY_HEAD = _DECLARANT_HEADS | _INTEREST_HEADS | _ITEM_HEADS | {
    "minute number and item", "committee", "reason", "item/nature of interest", "item/nature of business",
    "action taken"}


def declarations_table(lines: list[Line], index: int,
                       tabled: list[Declaration] | None = None) -> tuple[list[Declaration], int] | None:
    """A table of declarations, its header from ``index``: one cell a line as page text copies it
    ("Councillor" / "Committee" / "Minute" / "Interest", then four lines a row) or one row a line (Markdown,
    tabs, or cells aligned with runs of spaces: "Minute Number       Member       Level of Interest"). The
    declarant is the "Councillor"/"Member"/"Name" column's, wherever it stands; the kind is the interest
    cell's; the item, an "Item" or "Minute" column's number ("0654 & 0655": one declaration at each), else its
    words (which then name no item the page's items hold), except beside a "Committee" column, where the minute
    is another meeting's. Returns the declarations and the lines the table takes; those whose item cell holds
    numbers only are added to ``tabled`` too (their numbers are items by the column's heading). An interest cell
    that names no kind ("Sister is Chief Executive of Bro Myrddin Housing Association") declares the kind the
    table's heading names ("DECLARATIONS OF PERSONAL INTEREST", see :func:`heading_kind`), unless a cell of its own
    names it ("Reason": "Personal"). "All Items" in the item cell is the subject. A last row the copy cuts short
    after its interest cell is read too."""
    cells = _row_cells(lines[index].text)
    if len(cells) > 1:
        heads, width, one_per_line = [_head(cell) for cell in cells], 1, False
    elif _head(lines[index].text) not in _DECLARANT_HEADS | _ITEM_HEADS:  # one cell a line: the declarant's or
        return None  # the item's heading first
    else:
        heads = [_head(line.text) for line in lines[index:index + 6]]
        end = next((i for i, head in enumerate(heads) if head in _INTEREST_HEADS), None)
        if end is None or not all(head in _ANY_HEAD for head in heads[:end]):
            return None
        heads, width = _heads_after_interest(lines, index, heads[:end + 1])
        one_per_line = True
    if len(heads) < 2 or not any(head in _DECLARANT_HEADS for head in heads) \
            or not any(head in _INTEREST_HEADS for head in heads) \
            or (one_per_line and heads[0] not in _DECLARANT_HEADS | _ITEM_HEADS):
        return None
    who = next(i for i, head in enumerate(heads) if head in _DECLARANT_HEADS)
    interest = next(i for i, head in enumerate(heads) if head in _INTEREST_HEADS)
    item = None if "committee" in heads else next(
        (i for i, head in enumerate(heads) if i != interest and re.search(r"\b(?:item|minute)", head)), None)
    found: list[Declaration] = []
    headed = heading_kind(lines, index)
    at = index + width
    while at < len(lines):
        if one_per_line and item == len(heads) - 1 and interest == item - 1:
            row, step = _row_to_its_numbers(lines, at)
        elif one_per_line:
            row, step = [line.text.strip() for line in lines[at:at + len(heads)]], len(heads)
        else:
            row, step = _row_cells(lines[at].text), 1
        if set("".join(row)) <= set("-: "):  # the Markdown rule under the header
            at += step
            continue
        cut_short = one_per_line and at + len(row) >= len(lines)  # the copy stops in its last row
        if (len(row) < len(heads) and not (cut_short and len(row) > max(who, interest, item or 0))) \
                or _head(row[who]) in _ANY_HEAD or not (person := _table_person(row[who], heads[who])):
            break
        # the kind a cell of its own names when the interest's cell names none ("Reason": "Personal")
        stated = next((cell for at_cell, cell in enumerate(row[:len(heads)])
                       if at_cell not in (who, item, interest) and _names_kind(cell)), None)
        for said, numbers, only_numbers in _row_declarations(row, interest, item, len(heads)):
            kind = interest_kind(said) if _names_kind(said) else interest_kind(stated) if stated else headed
            for number in numbers:
                every = number is not None and _EVERY_ITEM.match(number)  # "All Items": no one item's number
                found.append(Declaration(person=Person(person.name, honorific=person.honorific), kind=kind,
                                         text="; ".join(row), item_number=None if every else number,
                                         subject=number if every else
                                         row[item] if item is not None and number is None else None))
                if only_numbers and tabled is not None:
                    tabled.append(found[-1])
        at += step
    return (found, at - index) if found else None


# An item cell that names every item of the meeting ("All Items", Somerset West and Taunton): the declaration's
# subject, as printed, at no one item.
_EVERY_ITEM = re.compile(r"^all(?:\s+(?:agenda\s+)?items)?\.?$", re.IGNORECASE)


def _row_to_its_numbers(lines: list[Line], at: int) -> tuple[list[str], int]:
    """A row of a one-cell-a-line table whose last columns are the interest and the item ("Councillor" /
    "Interest" / "Minute No."), as many lines as its cells hold: the declarant, each interest, then each item
    number, up to the next line after a number that is no number (the next row's declarant), one number to each
    interest (a page's next item, "173.", follows the table's last row). A cell of two
    paragraphs is two lines: "Campkin" / "Made a Voluntary Announcement that the member of the public …" / "Made
    a ‘Voluntary Announcement’ as a Member of Kent County Council." / "175" / "184" (Ashford)."""
    row = [lines[at].text.strip()]
    said = numbers = 0
    for line in lines[at + 1:]:
        text = line.text.strip()
        is_number = _item_cell(text)[1] and said > 0
        if numbers and (not is_number or numbers == said):
            break  # the next row's declarant, or the page's next item ("173."): one number to each interest said
        said, numbers = said + (not is_number), numbers + is_number
        row.append(text)
    return row, len(row)


def _row_declarations(row: list[str], interest: int, item: int | None,
                      width: int) -> list[tuple[str, list[str | None], bool]]:
    """A row's declarations: (what it says, the items, whether its item cell is numbers only). A row of more
    cells than the header (:func:`_row_to_its_numbers`) pairs its interests with its numbers in turn when they
    are as many, else each number with every interest said."""
    if item is None:
        return [(row[interest], [None], False)]
    said, cells = row[interest:item], row[item:]
    if len(row) <= width or item != width - 1 or interest != item - 1:
        numbers, only_numbers = _item_cell(row[item])
        return [(row[interest], numbers, only_numbers)]
    if len(said) == len(cells):
        return [(words, *_item_cell(cell)) for words, cell in zip(said, cells, strict=True)]
    return [(" ".join(said), *_item_cell(cell)) for cell in cells]


# The capacity a declaration's own words give the declarant: "Made a ‘Voluntary Announcement’ as a Member of Kent
# County Council." (a row of Ashford's declarations table): a post in an outside body.
# Several declarants hold it alike, the post in the plural: "Councillor L. Sullivan and Councillor N. Naylor declared a
# personal interest as Directors of the Colne Valley Park Community Interest Company." (South Bucks): a Director each.
# The plural post in capitals or not ("Councillors A, B and C declared affects NRI as members of Exmouth Town
# Council", East Devon).
_DECLARED_CAPACITY = re.compile(r"\b(?i:as)\s+"
                                r"(?:(?:a|an|the)\s+(?P<role>(?i:member|councillor|governor|trustee|director))"
                                r"|(?P<roles>(?i:members|councillors|governors|trustees|directors)))\s+of\s+"
                                r"(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&)){0,7})")


# A board named with its members' plural ("as a member of the Marketing Derby Board of Directors"): one body, whole.
_BOARD_OF = re.compile(r"(?<=\bBoard)\s+of\s+(?:Governors|Trustees|Directors)$")


# The words of a body's kind: a body named by them alone ("as Members of the Parish Council (Mildenhall)", Forest
# Heath) is no body's own name.
_BODY_KINDS = frozenset({"Parish", "Town", "Community", "County", "District", "Borough", "City", "Council", "Board",
                         "Committee", "Trust", "Company", "Group"})


# Two councils a declarant sits on, named in one capacity: "as a member of Sidmouth Town Council and Devon County
# Council" (East Devon) is a member of each; the first is read, as with a post held in two bodies.
_TWO_COUNCILS = re.compile(r"^(?P<first>.+?\bCouncil)\s+(?:and|&)\s+\S.*\bCouncil$")


def _first_council(body: str) -> str:
    """The first of two councils named together, else the body as printed."""
    return two["first"] if (two := _TWO_COUNCILS.match(body)) else body


# A seat on a body's board, no post named: "due to them both being on the Board of the West Highland Housing
# Association", "declared that he had been appointed to the Board of the Local Government Information Unit": the
# declarant sits for that body, its organisation.
_BOARD_SEAT = re.compile(r"\b(?:being|been|is|was|are|were)\s+(?:appointed\s+)?(?:on|to)\s+the\s+Board\s+of\s+"
                         r"(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&)){0,7})")


def seat_bodies(declarations: list[Declaration]) -> None:
    """The body whose board a declaration says its declarant sits on (:data:`_BOARD_SEAT`), as their organisation,
    where they have none and the body is an organisation by its name."""
    for declaration in declarations:
        seat = _BOARD_SEAT.search(declaration.text or "")
        if seat and declaration.person is not None and declaration.person.organisation is None:
            words = seat["body"].rstrip().split()
            body = next((" ".join(words[:size]) for size in range(len(words), 0, -1)
                         if is_organisation(" ".join(words[:size]))), None)
            if body:
                declaration.person.organisation = Organisation(body)


def declared_capacities(declarations: list[Declaration]) -> list[Post]:
    """The posts in outside bodies the declarations say their declarants hold ("… as a Member of Kent County
    Council"), each once; a body that is no organisation's name ("as a Member of the Steering Committee for …" of a
    plan) gives none."""
    posts: dict[tuple[str, str, str], Post] = {}
    for declaration in declarations:
        if declaration.person is None or not (capacity := _DECLARED_CAPACITY.search(declaration.text or "")):
            continue
        body = _first_council(capacity["body"].rstrip())
        words = body.split()
        body = next((" ".join(words[:size]) for size in range(len(words), 0, -1)
                     if is_organisation(_BOARD_OF.sub("", " ".join(words[:size])))), None)
        if body and not set(body.split()) <= _BODY_KINDS:
            role = capacity["role"] or capacity["roles"].removesuffix("s")
            key = (role, declaration.person.name, body)
            posts.setdefault(key, Post(role, holder=declaration.person, organisation=Organisation(body)))
    return list(posts.values())


def _heads_after_interest(lines: list[Line], index: int, heads: list[str]) -> tuple[list[str], int]:
    """A one-cell-a-line header goes on after its interest heading with the headings of the table's further
    columns, a heading wrapped onto two lines read as one ("Councillor" / "Agenda Item" / "Type of Interest" /
    "Reason" / "for Declaration", Waltham Forest: four cells a row). Returns the headings and the lines they
    take."""
    width = len(heads)
    for line in lines[index + width:index + width + 4]:
        head = _head(line.text)
        if head in _ANY_HEAD and head not in _DECLARANT_HEADS:
            heads.append(head)
        elif re.match(r"^(?:for|of)\s+[a-z]+$", head) and heads[-1] in _ANY_HEAD - _DECLARANT_HEADS - _INTEREST_HEADS:
            heads[-1] = f"{heads[-1]} {head}"  # "Reason" / "for Declaration": one heading wrapped
        else:
            break
        width += 1
    return heads, width


def _names_kind(words: str) -> bool:
    """The words name a kind of interest of the scheme ("Prejudicial- works in property management")."""
    return any(pattern.search(words) for _, pattern in _INTEREST_KINDS)


# The lines between a declarations item's title and the table under it: its labels ("Additional documents:",
# "Minutes:") and an introduction ("The following Councillors declared an interest in the minutes;").
_HEADING_REACH = 4


def heading_kind(lines: list[Line], index: int) -> str:
    """The kind of interest the declarations heading just above ``lines[index]`` names ("DECLARATIONS OF PERSONAL
    INTEREST." / "Additional documents:" / "Minutes:" / a table, Carmarthenshire), else "other"."""
    for line in reversed(lines[max(0, index - _HEADING_REACH):index]):
        if DECLARATIONS_TITLE.search(line.text):
            return interest_kind(line.text) if _names_kind(line.text) else "other"
    return "other"


# "178 (b)" (Ashford) as "178(b)" and "4.(i)": a lettered part of the minute, with or without a space
_DECLARED_NUMBER = re.compile(r"^(?:item\s+)?(?P<number>\d+[A-Za-z]?(?:\.?\s?\((?:[ivx]+|[a-z])\)|\.\d+)?)(?!\w)",
                              re.IGNORECASE)


# An item cell that prints the minute's number, a dash, then its title ("8 – Cartrefi Croeso Ltd – Financing
# Requirement …", Carmarthenshire): the dash sets the number apart, as no address prints one after its house number.
_NUMBER_DASH_TITLE = re.compile(r"^(?:(?:agenda\s+)?item\s+)?(?P<number>\d+[A-Za-z]?(?:\.\d+)?)\s+[-–—]\s+\S",
                                re.IGNORECASE)


# A cell naming a site, by its postcode ("PL7 1PG") or a planning application's reference ("17/01937/FUL"): the
# number it opens with is the house's, no item's ("30 Canhaye Close Plymouth PL7 1PG - 17/01937/FUL", Plymouth).
_ADDRESSED = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b\d{2,4}/\d{3,6}/[A-Z]{2,6}\b")


def _item_cell(cell: str) -> tuple[list[str | None], bool]:
    """The items a table's item cell names: its numbers ("0654 & 0655" → both; "8 – Homelessness Strategy" → 8),
    else the number it starts with or its words; and whether the cell holds numbers only, or one number set apart
    from the title by a dash (a title may start with a house number: a planning application's address)."""
    if dashed := _NUMBER_DASH_TITLE.match(cell.strip()):
        return [dashed["number"]], True
    parts = [part for part in re.split(r"\s*(?:&|,|\band\b)\s*", cell.strip().rstrip(".")) if part]
    numbers = [match["number"] for part in parts if (match := _DECLARED_NUMBER.fullmatch(part))]
    if numbers and len(numbers) == len(parts):
        return numbers, True
    if _ADDRESSED.search(cell):
        return [None], False  # a site's address (the declaration's subject): no item's number
    return [number["number"] if (number := _DECLARED_NUMBER.match(cell)) else cell], False


def _row_cells(text: str) -> list[str]:
    """A table row's cells: between bars (Markdown), tabs, or runs of three spaces or more (aligned text)."""
    text = text.strip()
    if text.startswith("|"):
        return [cell.strip() for cell in text.strip("|").split("|")]
    if "\t" in text:
        return [cell.strip() for cell in text.split("\t")]
    return [cell.strip() for cell in _ALIGNED.split(text)]


_ALIGNED = re.compile(r"\s{3,}")  # the run of spaces between aligned cells


def _head(text: str) -> str:
    """A header cell compared: folded, its closing stop left out ("Minute No." is "minute no")."""
    return " ".join(text.strip().strip("|").strip().lower().split()).rstrip(".:")


def _table_person(cell: str, head: str) -> Person | None:
    """The declarant a table row names; under a "Councillor" column the honorific is the column's."""
    names = split_names(cell)
    if len(names) != 1 or names[0].notes or not _is_name(names[0].person.name):
        return None
    person = names[0].person
    if person.honorific is None and head == "councillor":
        person.honorific = "Councillor"
    return person


def listed_under_label(lines: list[Line], index: int) -> tuple[list[Attendance], int] | None:
    """A label on a line of its own ("Present:", "Also present:", "Officers in attendance:") and the people
    under it: a list on one line ("Councillors A, B and C"), or one person a line, each with the role or
    organisation printed beside them ("A Name, Ward Councillor", "Inspector J Name (County
    Police)"). A label of a group inside the block ("Community representatives:", or alone on its line without
    a colon when the line under it names people: "Ward Councillors", "Northshire Police") keeps the kind;
    another attendance label changes it; the block ends at the first line that names nobody. Returns the
    attendances and the lines the block takes."""
    kind = _label_kind(lines[index].text.strip().strip("|").strip())
    if not kind:
        return None
    found: list[Attendance] = []
    group: str | None = None  # what a group heading in the block says of the names under it
    body: str | None = None  # the body a group heading names ("Northshire Police"), the names under it its people
    titled = ""  # a plural title alone on its line ("Councillors"), given to each line under it
    alone = bool(_LISTS_NAMES_ALONE.search(lines[index].text))
    introduced = bool(_APOLOGIES_INTRO.match(lines[index].text.strip().strip("|").strip()))
    at = index + 1
    while at < len(lines):
        text = lines[at].text.strip().strip("|").strip().rstrip(",;-–").rstrip()  # "Ross Spanner (… Team),"
        if (bullet := _LIST_BULLET.match(text)) and MEMBER_OR_TITLE.match(bullet["text"]):
            text = bullet["text"]  # "·       Metro Mayor Dan Norris," (West of England CA): one person an entry
        if introduced and (officers := _OFFICERS_GROUP.match(text)):
            text = text[officers.end():].rstrip(".")  # "Officers: A Name (Post)." under "… received from:"
        elif _LABEL_WITH_LIST.match(text):
            break  # "Present: Councillors A, B and C" under the item "Apologies for absence": a list of its own
        if other := _label_kind(text):
            kind, group, body, titled = other, None, None, ""
            alone = bool(_LISTS_NAMES_ALONE.search(text))
            introduced = bool(_APOLOGIES_INTRO.match(text))
        elif heading := _GROUP_HEADING.match(text):
            group, body, titled = _group_role(heading["group"]), None, ""
        elif (bare := _bare_group_heading(text)) and at + 1 < len(lines) \
                and _group_line(lines[at + 1].text.strip().strip("|").strip(), kind, *bare):
            (group, body), titled = bare, ""  # "Ward Councillors" / "Northshire Police" alone, names under it
        elif _PLURAL_ALONE.match(text):
            group, body, titled = None, None, f"{text} "  # "Councillors" alone: each name under it, the singular
        else:
            line = gap_as_comma(text) if alone else text  # "Caitlin Takel & Callum Jones  Youth Council /TVA"
            people = _group_line(titled + _PLURAL_LABEL.sub(r"\1 ", line), kind, group, body, alone)
            if alone:  # "Reverend Harald Thomas - Prayers": why they came, no post (no role noun in it)
                people = [replace(entry, role=None) if entry.role and not ROLE_NOUNS.search(entry.role) else entry
                          for entry in people]
            if not people and not _NOBODY_IN_PARTICULAR.match(text):
                break
            found.extend(people)
        at += 1
    return (found, at - index) if found else None


# A bullet before an entry of the list: "·", "•", "▪" (a dash may be a list's own punctuation, so it is not one here).
_LIST_BULLET = re.compile(rf"^[{BULLET_MARKS}]\s*(?P<text>\S.*)$")
# An entry that starts with a person's title ("Cllr", "Metro Mayor", "Professor"): a bulleted line of people.
MEMBER_OR_TITLE = re.compile(r"^" + ANY_HONORIFIC + r"\.?\s+[A-Z]")


# Under a sentence that introduces the apologies ("Apologies for absence were received from:"), the officers' group of
# the list, its names after the label ("Officers: A Name (Post)."): apologies too, as "Councillors: A, B and C" above
# it are; elsewhere "Officers: …" lists the officers in attendance.
_OFFICERS_GROUP = re.compile(r"^Officers\s*:\s*(?=\S)", re.IGNORECASE)


# A label that says who the names under it are ("Other Officers", "Other people in attendance", Torfaen): a name
# alone on its line there ("Nansi Salkeld,", "Neil Jones -") is a person.
_LISTS_NAMES_ALONE = re.compile(r"^other\s+(?:officers|people|persons)\b", re.IGNORECASE)


# A group heading inside an attendance block, alone on its line: "Community Council Representatives: (nominated
# and / or substitutes)", "Officers:".
_GROUP_HEADING = re.compile(r"^(?P<group>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3})\s*:\s*(?:\([^()]*\))?$")
_PLURAL_LABEL = re.compile(r"^(Councillors|Cllrs)\.?\s*:\s*", re.IGNORECASE)  # "Councillors: A, B and C"
_PLURAL_ALONE = re.compile(r"^(?:County\s+)?(?:Councillors|Cllrs)\.?$", re.IGNORECASE)  # a heading: "Councillors"
# "Bridget Stevens and Rebecca Brooks, Merchiston CC": names sharing what follows their last comma.
_SHARED_TAIL = re.compile(r"^(?P<names>[^,()]+?\s(?:and|&)\s[^,()]+?),\s*(?P<tail>[A-Z][^,()]*)$")
# Headings that name kinds of body, not what the people under them are ("Partner organisations:").
_BODIES_HEADING = re.compile(r"\b(?:organisations?|agencies|bodies|partners)$", re.IGNORECASE)


def _names_bodies(tail: str) -> bool:
    """What follows names' comma names a body, or bodies a slash parts, the first a body by its name ("Caitlin Takel
    & Callum Jones  Youth Council /TVA", Torfaen: the Youth Council and the TVA)."""
    return is_organisation(tail) or is_organisation(tail.split("/")[0].strip())


def _group_role(heading: str) -> str | None:
    """The role a group heading gives each name under it, in the singular ("Community Council Representatives"
    → "Community Council Representative"); None for a title ("Councillors") or a kind of body."""
    words = heading.split()
    if words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    if _PLURAL_LABEL.match(f"{heading}:") or _BODIES_HEADING.search(heading) or not ROLE_NOUNS.search(" ".join(words)):
        return None
    return " ".join(words)


def _group_line(text: str, kind: str, group: str | None, body: str | None = None,
                alone: bool = False) -> list[Attendance]:
    """The people one line of an attendance block names: a list after a plural title ("Councillors A, B and C"),
    names sharing a body or post ("A and B, Merchiston CC"), names each with their post or body in a bracket
    ("Jan Lord (Housing Officer), Meg Tate (Parks Team)"), or one mention ("A Name,
    Ward Councillor"). Under a group heading that gives a role, the role is the heading's and what follows a
    name's comma (no role word in it) is the body they come from; under one that names a body, that body is
    theirs and a name alone on its line is a person."""
    if (standing := _STANDING_IN.match(text)) and (mention := read_mention(standing["who"])) is not None:
        return [_standing_in(mention.person(), standing["for"], kind)]
    main, brackets = trailing_brackets(text)
    if len(brackets) == 1 and (bracket := STANDS_IN_FOR.match(brackets[0])) \
            and (mention := read_mention(main)) is not None:
        return [_standing_in(mention.person(), bracket["absent"], kind)]  # "…, Bristol City Council (substituting …)"
    if _PLURAL_START.match(text) or len(MEMBER_TITLE.findall(text)) > 1:
        return _listed(text, kind)
    if (entries := _bracketed_entries(text, kind, group, body)) is not None:
        return entries
    if (shared := _SHARED_TAIL.match(text)) and len(names := _people(shared["names"])) == len(
            split_names(shared["names"])) and all(not listed.person.honorific for listed in names):
        tail = shared["tail"].strip(" .")
        body = tail if group or _names_bodies(tail) else None
        return [Attendance(replace(listed.person, organisation=Organisation(body) if body else None), kind,
                           role=group if body and group else (None if body else tail)) for listed in names]
    mention = read_mention(text)
    if mention is None:
        return _bracketed_entries(text, kind, group, body, alone=bool(group or body) or alone) or []
    person, role = mention.person(), mention.role
    if group and role and not mention.organisation and not ROLE_NOUNS.search(role):
        person.organisation, role = Organisation(role), None
    if body and not person.organisation:
        person.organisation = Organisation(_body_of_role(role) or body)
    return [Attendance(person, kind, role=role or group)]


# A member listed as standing in for another, after a comma: "Cllr Sarah Warren, standing in for Cllr Kevin Guy,
# Leader of Bath and North East Somerset Council", "Cllr Kye Dudd, standing in for the Mayor of Bristol" (West of
# England CA).
_STANDING_IN = re.compile(r"^(?P<who>[^,]+),\s+(?:standing\s+in|substituting|deputising|attending)\s+"
                          r"(?:for|in\s+place\s+of)\s+(?P<for>\S.*)$", re.IGNORECASE)


def _standing_in(person: Person, absent: str, kind: str) -> Attendance:
    """Someone standing in for a member: a substitute for the member when the words name one by title and name
    ("Cllr Kevin Guy, Leader of …": the name before its comma), else there in the list's kind, with no role (an office
    they stand in for, "the Mayor of Bristol", is not theirs)."""
    named = absent.split(",")[0].strip(" .")
    title, name = split_honorific(named)
    if title and looks_like_name(name):
        return Attendance(person, "substitute", substitute_for=person_named(named))
    return Attendance(person, kind)


# The council a post is of: "Mayor of Liverpool City Council and Portfolio Holder for Education …".
_OF_COUNCIL = re.compile(r"\bof\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’&-]*\s+){1,5}Council)\b")


def _body_of_role(role: str | None) -> str | None:
    """The council a member's own post names, over the heading of the group listed ("LCR Combined Authority" /
    "Mayor Joanne Anderson, Mayor of Liverpool City Council and Portfolio Holder …", Liverpool City Region): she
    is of Liverpool City Council, a member of the authority the heading names."""
    match = _OF_COUNCIL.search(role or "")
    return match["body"] if match else None


def _bare_group_heading(text: str) -> tuple[str | None, str | None] | None:
    """A group heading printed without a colon, alone on its line, as older minutes group who was present
    ("Ward Councillors", "Community Representatives", "Area Co-ordinator", "Northshire Police"): the role it
    gives the names under it (singular), or the body it names; None for a line that is no such heading (a name,
    a list, prose). Its last word is a role noun, or the line names a body; the caller checks that the next
    line names people. (The examples are made up in the layout: no non-holdout page with it was found.)"""
    words = text.split()
    if not 0 < len(words) <= 9 or not text[:1].isupper() or re.search(r"[,;:()\d]|\s[-–—]\s", text) \
            or _TITLE.match(text):
        return None  # "Mr A Mitchell – Development Manager" is a person and their post
    if _MEMBERSHIP_HEADING.match(text):
        return None, None
    if is_organisation(text) and not _BODIES_HEADING.search(text):
        return None, text
    last = words[-1][:-1] if words[-1].endswith("s") and not words[-1].endswith("ss") else words[-1]
    role = _group_role(text) if ROLE_NOUNS.fullmatch(last) else None
    return (role, None) if role else None


# A heading that says whose members the names under it are ("Members of the LCR Combined Authority", Liverpool City
# Region's apologies, over "Mayor Joanne Anderson, Portfolio Holder: …"): the meeting's own body, a membership, no
# organisation the members come from (before: "Members of the LCR Combined Authority" read as their organisation).
_MEMBERSHIP_HEADING = re.compile(r"^Members\s+of\s+(?:the\s+)?[A-Z]")

# A bracket that names a team or service, an officer's post as much as a job title ("Special Initiatives Team").
_TEAM = re.compile(r"\b(?:team|unit|section|department|division|directorate|services?)$", re.IGNORECASE)
# A bracket of one word ("(Labour)", "(Chair)", "(Vice-Chairman)"): a party or a post, read by the other forms.
_ONE_WORD = re.compile(r"^\S+$")


def _bracketed_entries(text: str, kind: str, group: str | None, body: str | None,
                       alone: bool = False) -> list[Attendance] | None:
    """A line of names separated by commas, each a whole name (with its titles) and at most one bracket:
    "Pat Lowe (Northfield Community Representative), Ken Hale, Ruth Dale (Northfield YMCA)". A bracket
    with a role word is the person's role (over the heading's); one that names a team is an officer's post;
    any other is the body they come from (the heading's role kept). Under a heading of officers ("Council
    Officers") every bracket is the officer's post or team. ``alone``: a line of one name is read too (under a
    group heading). None when an entry is no name or a bracket is none of these (another reading's line)."""
    listed = split_names(text)
    if not listed or (len(listed) == 1 and not alone) or any(
            len(entry.notes) > 1 or not _is_name(entry.person.name) or ROLE_NOUNS.search(entry.person.name)
            or is_organisation(entry.person.name) or not (" " in entry.person.name or entry.person.honorific)
            for entry in listed):
        return None  # "Alan Stewart, SfC Customer Relations Team Leader": a name and a post, read as a mention
    officers = bool(group and re.search(r"\b(?:officer|staff)$", group, re.IGNORECASE))
    found = []
    for entry in listed:
        role, organisation = group, body
        if entry.notes:
            note = entry.notes[0]
            if _ONE_WORD.match(note) or classify_bracket(note) in ("person", "wards") or _ABOUT_THE_LIST.match(note) \
                    or _WHEN_THERE.match(note) or _SUBSTITUTING.match(note):
                return None
            if officers or (not is_organisation(note) and (ROLE_NOUNS.search(note) or _TEAM.search(note))):
                role = note
            else:
                organisation = note
        person = replace(entry.person, organisation=Organisation(organisation) if organisation else None)
        found.append(Attendance(person, kind, role=role))
    return found


# A sentence that introduces the apologies listed under it: "There were 4 apologies for absence:", "Apologies
# for absence were received from:".
_APOLOGIES_INTRO = re.compile(
    r"^(?:there\s+(?:were|was)\s+(?:\w+\s+)?apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+from)?"
    r"|apolog(?:y|ies)(?:\s+for\s+absence)?\s+(?:were|was|had\s+been)\s+(?:received|submitted|given)\s+"
    r"(?:from|on\s+behalf\s+of))\s*:$",
    re.IGNORECASE)


# "… at 9.30 am when there were present:", "The following were present:": the names are under it.
# "The Chair then welcomed attendees to the meeting and introduced his colleagues:" (West of England CA): the members
# he introduced, a bullet each, are there too.
_PRESENT_INTRO = re.compile(r"\b(?:were|was)\s+present\s*:$|\bintroduced\s+(?:(?:his|her|their)\s+"
                            r"(?:colleagues|fellow\s+members)|the\s+following\s+(?:members|councillors|colleagues))\s*:$",
                            re.IGNORECASE)


def _label_kind(text: str) -> str | None:
    """The attendance kind a label or an introducing sentence alone on its line gives the names under it."""
    if label := _LABEL_ALONE.match(text):
        return _label_kind_of(label["label"])
    if _PRESENT_INTRO.search(text):
        return "present"
    return "apologies" if _APOLOGIES_INTRO.match(text) else None


# Lines of an attendance block that name nobody in particular: "There were no absences", "One member of the public".
_NOBODY_IN_PARTICULAR = re.compile(
    r"^(?:there\s+were\s+no\s+\w+|none|nil|no\s+one|\w+\s+members?\s+of\s+the\s+(?:public|press))\.?$", re.IGNORECASE)
_PLURAL_START = re.compile(r"^(?:Councillors|Cllrs)\.?\s", re.IGNORECASE)


_RUNS_ON = re.compile(r"(?:,|\band)$")  # a statement the copy broke after a comma or "and"
# … or after "from" and a colon, the names on the next line ("Apologies for absence were received from: -" /
# "Councillors M. Moore, L. Parsons, …", Blaenau Gwent): one sentence, the colon and dash no part of it.
_FROM_COLON = re.compile(r"\bfrom\s*:\s*[-–—]?\s*$", re.IGNORECASE)


_BARE_LABEL = re.compile(r"\|?\s*(?:Minutes|Decision)\s*:?\s*\|?", re.IGNORECASE)


def _previous_statement(lines: list[Line], index: int) -> str:
    """The line before, skipping a bare "Minutes:" / "Decision:" label (the heading is what it qualifies)."""
    at = index - 1
    while at >= 0 and _BARE_LABEL.fullmatch(lines[at].text):
        at -= 1
    return lines[at].text.strip().strip("|").strip() if at >= 0 else ""


def add_page_attendance(meeting: Meeting, lines: list[Line], warnings: list[str],
                        lists_items: bool = True) -> list[Person]:
    """The page pass over a meeting page's lines, added to its meeting (see :func:`add_who_was_there`); its
    Warnings are added to ``warnings``; returns the people for the record's people. ``lists_items`` False: the
    page shows one item of its meeting, not the meeting's items (an "Issue - meetings" page), so an item a
    declaration names by number is not doubted for being absent."""
    who = read_who_was_there(lines, items=[item.number for item in meeting.items if item.number])
    warnings.extend(who.warnings)
    meeting.arrivals.extend(who.arrivals)
    numbers = {item.number for item in meeting.items} if lists_items else {""}
    people = add_who_was_there(meeting.attendances, meeting.declarations, who, numbers)
    place_by_title(meeting.declarations, meeting.items)
    if lists_items:
        meeting.items.extend(items_titled_by_declarations(meeting.declarations, meeting.items))
    return people


def items_titled_by_declarations(declarations: list[Declaration], items: list[AgendaItem]) -> list[AgendaItem]:
    """The items a declaration names by number and title that the page's items do not hold, a copy cut short
    before them: "Councillor Adams-King declared a personal interest in agenda item 12: Introduction of Weekly
    Food Waste Collection Service, as …" is item 12 with that title (Test Valley)."""
    held = {item.number for item in items}
    titles = {_folded(item.title) for item in items}  # an item the page lists unnumbered is that item already
    found: dict[str, AgendaItem] = {}
    for declaration in declarations:
        number, title = declaration.item_number, declaration.item_title
        if number and title and number not in held and number not in found and _folded(title) not in titles:
            found[number] = AgendaItem(number=number, title=title, position=len(items) + len(found) + 1)
    return list(found.values())


def place_by_title(declarations: list[Declaration], items: list[AgendaItem]) -> None:
    """A declaration that names its item by the item's title rather than its number ("declared an interest in
    relation to agenda 9 Coombe Lane West Zebra Crossing - Local Consultation Results", the item the minutes
    number 60) is at that item, when its text holds the title of just one of the page's numbered items (a
    title of three words or more, so that "Minutes" or "Petitions" in passing place nothing), or names one
    item as such, however short its title ("an interest in the item on Budget Monitoring"), or its subject is
    one item's whole title, said as "the <title> item" or bare ("in relation to the Tree Strategy item")."""
    numbered = [(item.number, _folded(item.title)) for item in items if item.number.strip() and item.title.strip()]
    titled = [(number, title) for number, title in numbered if len(title.split()) >= 3]
    for declaration in declarations:
        if declaration.item_number is None:
            said = _folded(declaration.text)
            named = {number for number, title in titled if title in said} or _named_item(said, numbered) \
                or _subject_item(declaration.subject, numbered)
            if len(named) == 1:
                declaration.item_number = named.pop()


# Words that name an item by its title, however short: "in the item on Budget Monitoring", "the report entitled
# ‘Members’ Allowances’" (not "the item on the grounds that …", unless an item is so titled).
_ITEM_NAMED = re.compile(r"\b(?:item|report)\s+(?:on|entitled|titled|headed|regarding|concerning|relating\s+to|about)"
                         r"\s+[‘'\"“]?(?P<title>.+)")


def _named_item(said: str, numbered: list[tuple[str, str]]) -> set[str]:
    """The numbers of the items whose whole title the words after "the item on" (and the like) start with, the
    longest title where several do ("Members' Allowances" before "Members")."""
    found: set[str] = set()
    for match in _ITEM_NAMED.finditer(said):
        words = _UNQUOTED.sub("", match["title"])
        starts = [(len(title), number) for number, title in numbered
                  if re.match(re.escape(_UNQUOTED.sub("", title)) + r"(?![\w-])", words)]
        found |= {number for size, number in starts if size == max(starts)[0]}
    return found


_UNQUOTED = re.compile(r"[‘’'\"“”]")
_THE_ITEM = re.compile(r"^the\s+(?P<title>.+?)\s+(?:agenda\s+)?item$")


def _subject_as_title(subject: str) -> str:
    """A subject that names an item as "the <title> item" ("the Tree Strategy item"), as the title it names."""
    folded = _folded(subject)
    return the_item["title"] if (the_item := _THE_ITEM.match(folded)) else folded


def _subject_item(subject: str | None, numbered: list[tuple[str, str]]) -> set[str]:
    """The number of the item whose whole title the declaration's subject is ("an interest in relation to the
    Budget 2024/25 item", an item titled "Budget 2024/25"), however short the title; none when several are."""
    if not subject:
        return set()
    wanted = _UNQUOTED.sub("", _subject_as_title(subject)).rstrip(" .:")
    return {number for number, title in numbered if _UNQUOTED.sub("", title).rstrip(" .:") == wanted}


_AGENDA_NUMBER = re.compile(r"\d{1,2}[A-Za-z]?")
_MINUTE_NUMBER = re.compile(r".*(?:[A-Za-z].*\d|\d.*/).*")


def _agenda_number_beside_minutes(number: str | None, numbered: set[str]) -> bool:
    """A declaration's item is the agenda's plain number ("in Agenda Item 8") on a page that numbers every item
    by its minute ("C 19/8", "C 19/10", Copeland): the agenda's own numbering, which the minutes' cannot hold, so
    the number is kept as printed rather than doubted."""
    return bool(number and _AGENDA_NUMBER.fullmatch(number)) and all(_MINUTE_NUMBER.fullmatch(n) for n in numbered)


def add_who_was_there(attendances: list[Attendance], declarations: list[Declaration], found: WhoWasThere,
                      item_numbers: set[str]) -> list[Person]:
    """Add what the page pass found that the item readers did not (the same person in the same kind, or
    declaring twice at one item, is one fact), then name each person as fully as the page does. A declaration
    about an item the page's numbered items do not hold (a number before an address may be a house number; a
    table's "Minute Number" column is not doubted), or about "this item" (which the page pass cannot tell),
    is left to the item readers: published without its item it would say less than the page does. Where the
    page numbers none of its items, the number the declaration prints is kept. Returns the people only an
    arrival or departure or a declaration left out names, for the record's people."""
    all_attendances, all_declarations = attendances + found.attendances, declarations + found.declarations
    name_in_full([a.person for a in all_attendances] + [a.substitute_for for a in all_attendances if a.substitute_for]
                 + [d.person for d in all_declarations] + found.people, found.full_names)
    seen = {(_folded(a.person.name), a.kind) for a in attendances}
    for attendance in found.attendances:
        if (_folded(attendance.person.name), attendance.kind) not in seen:
            seen.add((_folded(attendance.person.name), attendance.kind))
            attendances.append(attendance)
    declared = {(_folded(d.person.name), d.item_number) for d in declarations}
    unplaced: list[Person] = []  # the declarant is published all the same, as one of the record's people
    numbered = item_numbers - {""}
    for declaration in found.declarations:
        key = (_folded(declaration.person.name), declaration.item_number)
        if key[1] and key not in declared and not _THIS_ITEM.search(declaration.text) and (itemless := next(
                (d for d in declarations if d.item_number is None and d.kind == declaration.kind
                 and _folded(d.person.name) == key[0]), None)):
            itemless.item_number = key[1]  # the item a paragraph of the item readers' left out (a line break)
            declared.discard((key[0], None))
            declared.add(key)
        elif (numbered and (key[1] or "") not in numbered | {""} and not any(declaration is d for d in found.tabled)
              and not _agenda_number_beside_minutes(key[1], numbered)) or _THIS_ITEM.search(declaration.text):
            unplaced.append(declaration.person)
        elif key not in declared and (key[0], None) not in declared \
                and not (key[1] is None and any(name == key[0] for name, _ in declared)):
            declared.add(key)
            declarations.append(declaration)
    named = [a.person for a in attendances] + [a.substitute_for for a in attendances if a.substitute_for] \
        + [d.person for d in declarations]
    known = {_folded(person.name) for person in named}
    unique: dict[str, Person] = {}
    for person in found.people + unplaced:
        if _folded(person.name) not in known:
            unique.setdefault(_folded(person.name), person)
    return list(unique.values())


def name_in_full(people: list[Person], page: dict[str, set[str]] | None = None) -> None:
    """A surname printed alone ("Councillor Stopp") is the person a fuller name on the page ends with
    ("Councillor Pat Stopp"), when just one does: the fuller name is used, so the page gives one person.
    ``page``: the fuller names the whole page prints after an honorific, by folded surname."""
    fuller: dict[str, set[str]] = {surname: set(names) for surname, names in (page or {}).items()}
    for person in people:
        if " " in person.name:
            fuller.setdefault(_folded(person.name.split()[-1]), set()).add(person.name)
    for person in people:
        names = fuller.get(_folded(person.name), set()) if " " not in person.name else set()
        if len(names) == 1:
            person.name = next(iter(names))


_FULL_NAME = re.compile(r"\b" + ANY_HONORIFIC + r"\.?\s+"
                        r"(?P<name>(?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][\w'’-]+)")


def full_names(lines: list[Line]) -> dict[str, set[str]]:
    """The names a page prints in full after an honorific ("Councillor Judy Rogers"), by folded surname."""
    found: dict[str, set[str]] = {}
    as_member: set[str] = set()  # full names printed after a member's title at least once
    for line in lines:
        for match in _FULL_NAME.finditer(line.text):
            words = match["name"].split()
            while words and split_honorific(f"{words[0]} X")[0]:  # "Councillor Mrs Jane Doe": titles, not names
                words = words[1:]
            # "Councillor Round Councillor Garland": the next mention starts at its title
            words = words[:next((i for i, word in enumerate(words) if split_honorific(f"{word} X")[0]), len(words))]
            if len(words) > 1:
                found.setdefault(_folded(words[-1]), set()).add(" ".join(words))
                if _MEMBER_ONLY.match(match[0]) or _MEMBER_ONLY.search(match["name"]):
                    as_member.add(" ".join(words))
    _without_namesakes(found, as_member, lines)
    for line in lines:  # "Councillors George and Judith Cooper": George is George Cooper if the page says so
        if "Councillors" not in line.text and "Cllrs" not in line.text:
            continue  # what every match of _SHARED_SURNAME holds
        for match in _SHARED_SURNAME.finditer(line.text):
            full = f"{match['given']} {match['surname']}"
            if full in found.get(_folded(match["surname"]), set()):
                found.setdefault(_folded(match["given"]), set()).add(full)
    return found


_MEMBER_ONLY = re.compile(r"(?:County\s+)?(?:Councillors?|Cllrs?|Alderman|Alderwoman)\b", re.IGNORECASE)


def _without_namesakes(found: dict[str, set[str]], as_member: set[str], lines: list[Line]) -> None:
    """A surname the page prints alone after a member's title ("Cllr Clarance") is not filled in from a full name
    the page only ever titles "Mrs", "Mr" … ("his consort would be his wife Mrs Sally Clarance", Teignbridge): that
    is a namesake of the member, not the member (see ``person_mentions.another_person``)."""
    for names in found.values():
        namesakes = {name for name in names if name not in as_member}
        if not namesakes:
            continue
        surname = re.escape(next(iter(names)).split()[-1])
        alone = re.compile(rf"\b(?:Councillors?|Cllrs?)\.?\s+{surname}\b(?!\s+[A-Z][a-z])")
        if any(alone.search(line.text) for line in lines):
            names -= namesakes


# Two people of one surname, listed with it once ("Councillors George and Judith Cooper both declared …").
_SHARED_SURNAME = re.compile(r"\b(?:Councillors|Cllrs)\.?\s+(?P<given>[A-Z][a-z]+)\s+(?:and|&)\s+[A-Z][a-z]+\s+"
                             r"(?P<surname>[A-Z][\w'’-]+)")


def _folded(name: str) -> str:
    return " ".join(name.lower().split())
