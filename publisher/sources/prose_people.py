"""People named in the prose of a page: a whole-page pass over its text (issue 14, part 5).

Minutes and item pages name people in running text far more often than in any list a reader parses:
"Councillor Carr of Bredhurst Parish Council and Mr Page (a local resident) addressed the meeting",
"the Chairman (Councillor Perry)", "Inspector Mark Bownass, West Inner Neighbourhood Policing Team
Inspector (NPT)", "Minesh Patel (Corporate Director, Finance & Resources)". This pass finds them with the
grammar of :mod:`publisher.sources.person_mentions` and gives them to the record as its people, with the
honorific, role and organisation the sentence states.

Precision first: a capitalised phrase is a person only when the grammar says so: after an honorific
("Councillor", "Mrs", "Inspector" …), in a list after a plural one ("Councillors Powell and Round"), as
the bracket after a role ("the Chairman (Councillor Perry)"), or, with no title, only beside a role: before
a bracket holding one ("A Name (Deputy Director, Finance)"), in brackets after one ("The Cabinet Member for
Housing (A Name)"), right after one ("the Coxswain A Name"), or after "by" with one after its comma
("introduced by A Name, Licensing Officer."). Everything else is left alone.

What the sentence says of them: a bracket, an appositive or "of <outside body>" after the name; the office
they are elected to ("be elected as Mayor of …"); a role in an outside body said with a pronoun ("that he was
Treasurer of the London Piano Festival Association").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from publisher.model import Organisation, Person, Post, Record, parts
from publisher.sources.person_mentions import (
    ANY_HONORIFIC,
    CONTACT_DETAILS,
    DOTTED_POST_NOMINALS,
    HONORIFICS,
    NAME_PARTICLES,
    OFFICE_STYLE,
    ORGANISATION_ENDINGS,
    PARTY_GROUP,
    PLURAL_HONORIFICS,
    POST_NOMINALS,
    RANKS_OF_SEVERAL_WORDS,
    ROLE_GROUP,
    ROLE_WORDS,
    WHOLE_NAME,
    another_person,
    classify_bracket,
    council_before_title,
    declared_tersely,
    is_organisation,
    register_entry,
    registered_as,
    split_contact_details,
    split_honorific,
    split_role_and_organisation,
)
from publisher.sources.text_rules import (
    BULLET_MARKS,
    CONTACT_LINE,
    gap_as_comma,
    kept_per_paragraph,
    looks_like_name,
    officers_listed,
    officers_named,
    officers_sharing_post,
    parse_contact,
)

# Titles that mark a person in running text. Offices that double as titles ("Mayor", "Deputy", "Lord
# Mayor") and words that are also common nouns ("Major", "Captain", "Father", "Lady") start too many
# phrases that name nobody ("Major Projects", "Deputy Leader"), so prose does not take them.
_NOT_IN_PROSE = frozenset({"Mayor", "Deputy Mayor", "Lord Mayor", "Deputy", "Lord", "Lady", "Father", "Captain",
                           "Major", "Colonel", "Lieutenant Colonel", "Commander", "Hon", "Baron", "Doctor",
                           "Canon"})
PROSE_HONORIFICS = tuple(h for h in HONORIFICS if h not in _NOT_IN_PROSE)
_ONE_TITLE = r"(?:" + "|".join(re.escape(h) for h in PROSE_HONORIFICS) + r")\.?"
# "Councillor Mrs Blackmore", "the Reverend Canon Ian Parrish", "Alderman Sir John Stuttard"; "Deputy" only
# before a whole name of two words or more (:func:`_titled`).
_TITLES = r"(?:" + _ONE_TITLE + r"|Canon|Deputy)(?:\s+" + ANY_HONORIFIC + r"\.?)*"
_PLURAL = r"(?:" + "|".join(re.escape(p.title()) for p in sorted(PLURAL_HONORIFICS, key=len, reverse=True)) + r")"
# Capitalised words that end a name: a title starts the next person ("Councillor M Burton for Councillor
# Round Councillor Garland"), letters follow it ("… Shawcross CBE").
# The words of a rank of several words are no title words alone: "Petty Officer" is a title, "Officer" is not
# ("our Property Standards and Enforcement Officer", Wychavon), nor "Vice" ("Vice Chairman").
_TITLE_WORDS = frozenset(w for h in HONORIFICS if h not in RANKS_OF_SEVERAL_WORDS for w in h.split()) \
    | {"Cllrs", "Councillors"}
# A minutes label ends a name too, where a copy runs an item's title into it: "Minute's Silence - Councillor Sue
# Burke Minutes: Council observed a minute’s silence …" (City of Lincoln) names Sue Burke.
# Letters printed with stops end a name where no capitalised word follows ("Councillor Ruth Bowman J.P.", Forest
# Heath), and start one where one does ("Councillor J.P. Smith": initials).
_STOP = r"(?!(?:" + "|".join(sorted(_TITLE_WORDS | POST_NOMINALS, key=len, reverse=True)) + r")\b" \
    r"|(?:" + "|".join(DOTTED_POST_NOMINALS) + r")(?!\w)(?!\s+[A-Z])" \
    r"|(?:Minutes|Decisions?|Resolved|Resolution|Outcome)\s*:)"
# A word of a name: capitalised ("McLennan", "Wemyss-Cooke", "O'Connell"), an initial ("J.", "A.S."), or a
# particle before a capitalised word ("de Wiggondene-Sheppard"); initials run together ("J.M.A. Spiers", "J.C.St.
# Essex", Reigate and Banstead); initials run into the surname ("D.R.Hughes", "G.Allan Roberts", Isle of Anglesey).
_WORD = _STOP + (r"(?:(?:[A-Z]\.){1,3}[A-Z][a-z][\w'’-]*|(?:[A-Z][a-z]?\.){2,}(?=\s)|[A-Z](?:[^\W\d_]|['’-])*\.?|(?:"
                 + "|".join(sorted(NAME_PARTICLES)) + r")(?=\s+[A-Z]))")
_NAME = _WORD + r"(?:\s+" + _WORD + r"){0,4}"
_TITLED = re.compile(r"(?<![\w-])(?P<title>" + _TITLES + r")\s+(?P<name>" + _NAME + r")")
# One name of a list: its own title, the name, letters after it and a bracket ("Jane Smith MBE (Chair)",
# "McLennan (Deputy Leader)").
_LETTERS = r"(?:,?\s+(?:" + "|".join(sorted(POST_NOMINALS, key=len, reverse=True)) + r")\b)*"
_LIST_ITEM = r"(?:" + _TITLES + r"\s+)?" + _NAME + _LETTERS + r"(?:\s*\([^()]{1,80}\))?"
_LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)"
# Only an abbreviation takes a full stop before the names ("Cllrs. Smith and Jones"); after a whole word the stop
# ends the sentence ("… questions from Councillors. Decision: No questions were asked.", Kirklees: no "Decision").
_LISTED = re.compile(r"(?<![\w-])(?P<plural>" + _PLURAL + r")(?:(?<=Cllrs)\.)?\s+(?P<names>" + _LIST_ITEM
                     + r"(?:" + _LIST_SEPARATOR + _LIST_ITEM + r")*)")
_ITEM = re.compile(r"(?P<who>(?:" + _TITLES + r"\s+)?" + _NAME + r")(?P<letters>" + _LETTERS
                   + r")(?:\s*\((?P<bracket>[^()]{1,80})\))?")
# "in memory of Councillor and Mayor John Walker": a member's title and an office that is also a title before a
# name (the Mayor), joined by "and": the title is the honorific, the office the role.
_TITLE_AND_OFFICE = re.compile(r"(?<![\w-])(?P<title>" + _ONE_TITLE + r")\s+and\s+(?:the\s+)?"
                               r"(?P<office>(?:Deputy\s+|Lord\s+)?Mayor)\s+(?P<name>" + _NAME + r")")
# A military rank is a title before initials and a surname ("… when Colonel D Bristow, the Lord Lieutenant’s
# representative had presented …", Huntingdonshire), though prose takes no rank before words ("Major Projects").
_RANK_BEFORE_INITIALS = re.compile(r"(?<![\w-])(?P<title>(?:Lieutenant\s+)?Colonel|Major|Captain|Commander)\s+"
                                   r"(?P<name>(?:[A-Z]\.?\s+){1,3}[A-Z][a-z][\w'’-]*)(?![\w'’-])")
# A name with no title, before a bracket (checked to hold a role).
_BRACKETED = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3})\s*\((?=[^()]*\))")

# "The Cabinet Member for Housing (Jane Smith)": a post after "the", an untitled name in brackets.
_ROLE_THEN_NAME = re.compile(
    r"\b[Tt]he\s+(?P<role>[A-Z][\w'’&-]*(?:(?:\s+|,\s+)(?:[A-Z][\w'’&-]*|of|for|and|the|&)){0,11})"
    r"\s*\((?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3})\)")
# "the Coxswain Mark Tewkesbury", "the recently elected MP, Sally-Ann Hart", and the second of such a pair on the line
# its sentence wraps onto ("… the new Young Mayor, Femi Komolafe" / "and Deputy Young Mayor, Aaliyah Odedina.",
# Lewisham): a post (after "the" and a few
# words in lower case) right before an untitled name, which no capitalised word follows; or after "by" ("awarded an
# Early Learning and Childcare Innovation Award by Children’s Minister Maree Todd for …", Scottish Borders).
_POST_BEFORE_NAME = re.compile(
    r"(?:\b[Tt]he\s+(?P<lower>(?:[a-z]+\s+){0,3})|^and\s+|\bby\s+)(?P<run>[A-Z][\w'’&-]*(?:,?\s+[A-Z][\w'’&-]*){2,7})(?![\w'’-]|\s+[A-Z(])")
_AND_TITLED = re.compile(r"\s+(?:and|&)\s+" + _TITLES + r"\s+[A-Z]")
# Most grammars below end an untitled whole name (person_mentions.WHOLE_NAME) where no further name word or
# bracket follows.
_NAME_ENDS = r"(?![\w'’-]|\s+[A-Z(])"
# An untitled name that starts a sentence, a post between commas after it ("… 2018-2019. Jonanna Killian,
# Chief Executive, has now confirmed these appointments").
_SUBJECT_NAME = re.compile(r"(?:^|(?<=[.;:!?]\s))(?P<name>" + WHOLE_NAME + r")(?=,\s)")
# A post as minutes print it: capitalised words, joined by "of (the)", "for", "and" or "&" ("Cabinet Member for
# Housing and Regeneration", "Chair of the Council").
_POST = r"[A-Z][\w'’-]*(?:\s+(?:(?:of(?:\s+the)?|for|and|&)\s+)?[A-Z][\w'’-]*){0,7}"
# An untitled name that starts a sentence (not a label's value) or a "that" clause, its post after the comma and the
# verb straight after the post, not "email: …" of a contact line ("Bryan Smith, Litigation Manager explained that …",
# "proposed that Walter Leschenko, Independent Co-Opted Member be elected …"): the post's capitalised words, joined
# by "of (the)", "for", "and" or "&".
_SUBJECT_AND_POST = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\bthat\s))(?P<name>" + WHOLE_NAME + r"),\s+"
    r"(?P<role>" + _POST + r")\s+"
    r"(?=(?:[a-z]+(?:ed|es|s)|be|was|were|had|will|would|could|said|spoke|gave|made|told|took|went)\b)")
# An untitled whole name, then after its comma the post the page says is the council's own ("that Joanne Lomax, our
# Property Standards and Enforcement Officer in our shared Housing service, passed away", Wychavon; "… for Ruth Hyde
# OBE, the Council’s Chief Executive, who was due to retire …", Broxtowe: post-nominals after the name). A post after
# "the" alone closes its clause ("making special mention of Stephen Myhill, the Mayoralty Support Officer.", Waltham
# Forest), as a verb after it says the comma ended a clause before it ("… Royal Cornwall Show, the Leader had …").
_NAME_OUR_POST = re.compile(
    r"(?<![\w'’-])(?P<name>" + WHOLE_NAME + r")(?:\s+(?P<letters>[A-Z]{2,4}))?,\s+"
    r"(?:our|the\s+Council[’']s|(?P<the>the))\s+"
    r"(?P<role>" + _POST + r")(?![\w'’-]|\s+[A-Z])")
# A post that starts a sentence (or a label's value), then after its comma an untitled whole name and the verb
# straight after it ("Minutes: Interim Head of Democratic Services, Adrian May introduced the report."): the post's
# capitalised words, joined by "of (the)", "for", "and" or "&".
_POST_THEN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?P<role>" + _POST + r"),\s+"
    r"(?P<name>" + WHOLE_NAME + r")\s+"
    r"(?=(?:[a-z]+(?:ed|es|s)|was|were|had|will|would|could|said|spoke|gave|made|told|took|went)\b)")
# A post after "the", then after its comma an untitled whole name thanked with their team ("Thanked the Town Centres
# and Events Manager, Garry Mortimer-Cook and his team for organising outside events …", Horsham): the post is theirs.
_POST_NAME_AND_TEAM = re.compile(
    r"\b[Tt]he\s+(?P<role>" + _POST + r"),\s+"
    r"(?P<name>" + WHOLE_NAME + r")\s+(?=and\s+(?:his|her|their)\s+(?:team|staff|colleagues)\b)")
# An untitled whole name, then between commas an office printed in lower case and the body it is held in ("… welcomed
# councillors, David Rees, chairman of the Independent Remuneration Panel, and members of the public", Forest of Dean):
# the office is theirs, in that body. Only an office a body's officers hold (not "member of", which a list of
# people in a body's name may be).
_NAME_LOWER_OFFICE_OF = re.compile(
    r"(?<![\w'’-])(?P<name>" + WHOLE_NAME + r"),\s+(?P<role>chair(?:man|woman|person)?|president|secretary|treasurer"
    r"|director|manager|clerk)\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’&-]*)"
    r"{0,6})(?=\s*(?:,|;|\.(?:\s|$)))")
# A post after "the" or a council's possessive, then after its comma an untitled whole name closed by a possessive or
# "to his/her …": "the Director of Social Work & Practice, Stuart Easingwood’s last day with the Council" (Scottish
# Borders), "welcomed Halton Borough Council’s new Chief Executive, Stephen Young to his first Combined Authority
# meeting" (Liverpool City Region): the post is theirs, in the council the possessive names.
# So too a post once held, the name ending the sentence or followed by another titled name: "the recent passing of a
# former Leader of the Council, Frank Spencer and Alderman Mervyn Jeffery." (North Dorset).
_POST_COMMA_NAME_CLOSED = re.compile(
    r"(?:\b[Tt]he|(?P<body>(?:[A-Z][\w&-]*\s+){1,4}(?:Council|Authority))[’']s|\ba(?=\s+former\s))\s+"
    r"(?:(?:new|current|present|interim|acting)\s+)?(?P<former>former\s+)?(?P<role>" + _POST + r"),\s+"
    r"(?P<name>" + WHOLE_NAME + r")(?=['’]s\s|\s+to\s+(?:his|her|their)\s|\.(?:\s|$)|\s+and\s+" + _TITLES
    + r"\s)")
# An untitled whole name, then after its comma a post whose last word runs into the body it is held in, where the
# copy lost the line break between them ("Steve McBarron, Co-opteeBramley & Stanningley Forum and …").
_POST_RUN_INTO_BODY = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,2}),\s+"
    r"(?P<role>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*?[a-z])(?P<body>[A-Z][a-z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|&|and|of)){0,7})")
# A whole untitled name, then between commas their post in a council or authority ("… intended to appoint Helen
# Paterson, Chief Executive of Walsall Metropolitan Borough Council, as his deputy", West Midlands CA): the post, held
# in that body.
_NAME_POST_OF_COUNCIL = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,2}),\s+"
    r"(?P<role>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|&|and|of)){0,6}\s+(?:Council|Authority)),")
# An office said with a possessive, then between commas the one who holds it, by whatever name the page gives
# ("thanked her predecessor, Councillor Jane Riley and her Consort, Adam, for their excellent work").
_THEIR_OFFICE_NAMED = re.compile(
    r"\b(?:his|her|their)\s+(?P<role>[A-Z][\w'’-]*),\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}),")
# An untitled name welcomed or congratulated on a first meeting in a post ("congratulate Chris Sinnott on his first
# Full Council meeting as Chief Executive"): the post is theirs.
_FIRST_AS = re.compile(
    r"(?<![\w'’-])(?P<name>" + WHOLE_NAME + r")\s+(?:on|to|at)\s+(?:his|her|their)\s+"
    r"first\s+(?:[\w-]+\s+){0,4}?as\s+(?:the\s+|an?\s+)?"
    r"(?P<role>" + _POST + r")")
# An untitled name thanked for what they did in a post ("The Chair thanked Stephen Taylor for the support he had
# provided as Interim Monitoring Officer for the Council", Stroud; "Councillor Larratt expressed his thanks to Chris
# Millar for his contribution as Chair of West Northamptonshire Shadow Authority"): the post is theirs.
_THANKED_AS = re.compile(
    r"\b(?:thanked|(?:expressed|gave|offered|extended)\s+(?:his|her|their)\s+thanks\s+to)\s+"
    r"(?P<name>" + WHOLE_NAME + r")\s+for\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,6}?as\s+"
    r"(?:the\s+|an?\s+)?(?P<role>" + _POST + r")")
# An untitled name installed in an honour or office by ceremony ("preside over the inauguration of Rob Baxter as a
# Freeman of the City", Exeter): the post is theirs. Only a ceremony's noun: an "appointment of Grant Thornton as
# External Auditor" appoints a firm, an "admission of" may admit a body ("the Royal British Legion Industries …
# admitted as an Honorary Freeman", Tonbridge and Malling).
_INSTALLED_AS = re.compile(
    r"\b(?:inauguration|installation|investiture|swearing[\s-]in)\s+of\s+(?P<name>" + WHOLE_NAME + r")\s+"
    r"as\s+(?:the\s+|an?\s+)?(?P<role>" + _POST + r")")
# A line (or cell) that is only an untitled name and the role after its comma: a signature under minutes
# ("- DAVID CAMERON, Lord Provost."), one officer of a list printed a line each ("Jane Smith, Head of Planning").
_NAME_AND_ROLE_ALONE = re.compile(
    r"^(?:[-–•·*]\s*)?(?P<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){1,3}),\s+"
    r"(?P<role>[A-Z][^,;:()]{1,80}?(?:\s\([A-Z][^()]{1,40}\))?)\.?$")  # "…, Assistant Chief Executive (Resources)"
# An untitled name after a question or petition "received from" ("A written question was received from Claudine
# Eccleston regarding …"): the one who asked it, a person though no role follows.
# A heading's words too: "Public Question submitted by John McDermottroe for response by the Leader of the Council"
# (Stockton-on-Tees), no verb "was".
_ASKED_BY = re.compile(
    r"\b(?i:question|petition|statement|deputation)s?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:received|submitted|presented|asked|put)\s+(?:from|by)\s+"
    r"(?P<name>" + WHOLE_NAME + r")" + _NAME_ENDS)
# The same in the active voice, the asker opening the sentence: "Paul Bartlett submitted a question but as he was not
# able to attend the meeting …" (Milton Keynes).
_ASKED_ACTIVE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>" + WHOLE_NAME + r")\s+(?:submitted|asked|presented|put|read)\s+"
    r"(?:a|the|his|her|their)\s+(?:written\s+|supplementary\s+)?(?:question|petition|statement|deputation)s?\b")
# An honour announced with the post of who received it: "A CBE to Rosamund Adoo-Kissi Debrah - Co-Founder and Chair
# of the Ella Roberta Family Foundation for services to Public Health." (Lewisham): the post, and the body it is
# held in after "of".
_HONOURED = re.compile(
    r"\b(?:CBE|OBE|MBE|BEM|KBE|DBE)\s+to\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3})\s+[-–—]\s+"
    r"(?P<post>[A-Z][^.;()]{1,120}?),?\s+for\s+services\b")
# An untitled whole name that opens a sentence addressing the meeting ("John Rowe addressed the Council under the
# Request to Speak Policy on Wood Top School.", Burnley): a speaker, a person though no role is said.
_ADDRESSED = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?P<name>" + WHOLE_NAME + r")\s+addressed\s+the\s+"
    r"(?:Council|Committee|Cabinet|Board|Panel|meeting|Sub-Committee)\b")
# A whole untitled name opening a sentence, then that they gave the meeting an announcement or a statement ("C
# Hamilton gave an announcement referring to the minutes of the 13 th April.", Dacorum): an initial may open it.
_GAVE_STATEMENT = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?P<name>(?:[A-Z]\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+"
    r"(?:gave|made)\s+(?:an?\s+)?(?:announcement|statement)s?\b")
# A civic office printed as the title of the name after it, the verb straight after the name ("Mayor R Kingstone
# announced the following;", Tamworth): the office is the person's role. Also after a sentence's two spaces, and
# "spoke" ("… Governor’s appointment.  Mayor Damien Egan spoke on these announcements:", Lewisham).
_OFFICE_AS_TITLE = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=[.;:!?]\s\s))(?P<office>(?:(?:Deputy|Lord|Lady)\s+)?Mayor|(?:Vice[\s-])?Chair(?:man|woman)?)\s+"
    r"(?P<name>(?:[A-Z]\.?\s+){1,3}[A-Z][a-z][\w'’-]*|[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*)"
    r"(?=\s+(?:announced|said|spoke|welcomed|thanked|reported|informed|presented|opened|closed|declared|advised)\b)")
# The same office before a surname alone, inside a sentence, the name closed by a possessive or a clause about them
# ("it was Mayor Pipe’s last meeting", "paid tribute to Mayor Pipe, who had accepted …", Hackney); never after "the"
# ("the Deputy Mayor Beth Rowland" prints a title).
# The office as a title before a whole name, the post they hold printed after its comma: "… and Mayor Marvin Rees,
# Mayor of Bristol." (West of England CA's apologies): the post is theirs, "Mayor" their title.
_MAYOR_WITH_POST = re.compile(
    r"(?<![Tt]he\s)(?<![\w-])(?P<office>(?:Deputy\s+|Lord\s+)?Mayor)\s+(?P<name>" + WHOLE_NAME + r"),\s+"
    r"(?P<role>" + _POST + r")(?=\s*[,;.]|$)")
_OFFICE_BEFORE_SURNAME = re.compile(
    r"(?<![Tt]he\s)(?<![\w-])(?P<office>(?:(?:Deputy|Lord|Lady)\s+)?Mayor)\s+(?P<name>[A-Z][a-z][\w'-]*)"
    r"(?=['’]s\b|,\s+who\b)")
# "Father" is a priest's title only where an office names him first, a whole name after it ("asked the outgoing
# Chaplain, Father James Southward to say a prayer", Gravesham); alone it is too common a noun to title anyone.
_FATHER_AFTER_OFFICE = re.compile(
    r"\b[Tt]he\s+(?:(?:current|retiring|outgoing|new)\s+)?(?P<role>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+"
    r"Father\s+(?P<name>" + WHOLE_NAME + r")\b")
# An untitled whole name described after its comma as a person ("related to Rosie-May Alcock, an 8 year old girl
# living in Cheltenham"): "a"/"an", a few words, then a noun only a person is; or "local resident" with no article
# ("Public Participation: Miranda Pickersgill, local resident - impact of the Banwell Bypass …", North Somerset).
_DESCRIBED = re.compile(
    r"(?<![\w'’-])(?P<name>" + WHOLE_NAME + r"),\s+(?:an?\s+(?:[\w-]+\s+){0,4}"
    r"(?:girl|boy|man|woman|child|pupil|student|schoolgirl|schoolboy|teenager|grandmother|grandfather|mother|father"
    r"|resident|volunteer|pensioner)|local\s+resident)\b")
# An untitled name after "by", "from" or "with" ("introduced by Mark Galvayne, Licensing Officer"), or after the
# verb that thanks or congratulates them ("The Mayor congratulated Alice Wiseman, Director of Public Health, and her
# team", Gateshead; "thanked Caroline Kelly, the Mayor’s Assistant, …", Wokingham), after "to" that the thanks go to
# ("offered her thanks … and to Clare Sykes, Executive Officer, for their support", Runnymede), and after the "would
# be" that names who takes a part ("her Chaplain would be Ben Beecroft, Dean of Runnymede, and …", Runnymede); and
# the officer to contact ("For further advice please contact Stuart Caundle, Monitoring Officer, in advance of the
# meeting.", West Dorset), and one wished well ("the Metro Mayor wished Mike Palin, Chief Executive – St Helens MBC, a
# full recovery", Liverpool City Region), and one whose death is told ("the death on 7 January of Paul Goggins, Member
# of Parliament for Wythenshawe and Sale East, a week after …", "the recent death of John Dinsdale, Registrar at Sale
# Town Hall, who …", Trafford).
_BY_NAME = re.compile(r"\b(?:by|from|with|to|would\s+be|thanked|congratulated|introduced|welcomed|contact|wished"
                      r"|(?:death|passing|loss)\s+(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+)?of)\s+"
                      r"(?P<name>" + WHOLE_NAME + r")(?=,)")
# An untitled whole name given something or thanked, then the outside body they come from after "of" or "from"
# ("a cheque … by the immediate past Chairman … to Daphne Oxford of the Motor Neurone Disease Association", South
# Kesteven): a person of that body; the body must be one by its name ("Association", "Trust", "Police" …).
_OF_BODY = re.compile(r"\b(?:to|by|from|with|thanked|congratulated|welcomed)\s+"
                      r"(?P<name>" + WHOLE_NAME + r")\s+(?:of|from)\s+(?:the\s+)?"
                      r"(?P<org>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&)){1,7})")
# An untitled whole name who spoke to the meeting, the agent of "representations … were made by" ("Representations on
# behalf of the petitioners were made by Lisa Siddall.", Sheffield); the name closes its clause.
_REPRESENTATIONS_BY = re.compile(r"\b(?:[Rr]epresentations?|[Ss]tatements?|[Ss]ubmissions?)\b[^.;]{0,80}?\b"
                                 r"(?:was|were)\s+(?:made|given)\s+by\s+(?P<name>" + WHOLE_NAME + r")(?=\s*[.,;]|$)")
# Or the one a public question stands in the name of ("There was one Public Question in the name of Chris Dyke",
# Gosport).
_IN_THE_NAME_OF = re.compile(r"\b(?:[Qq]uestions?|[Pp]etitions?|[Dd]eputations?)\b[^.;]{0,40}?\bin\s+the\s+name\s+of\s+"
                             r"(?P<name>" + WHOLE_NAME + r")(?=\s*[.,;]|\s*$)")
# An untitled whole name who spoke for others, after a comma, "from" or "by" ("a statement was received from
# Northwood & Tinkersley Parish Council, John Youatt on behalf of the owners of the Woodyard …", Derbyshire Dales): a
# person, though no title says so (a body's name, "… Parish Council on behalf of", is no person's).
_ON_BEHALF_OF = re.compile(r"(?:(?<=,\s)|(?<=\bfrom\s)|(?<=\bby\s))(?P<name>" + WHOLE_NAME
                           + r")\s+on\s+behalf\s+of\b")
# The body someone speaks for, after "on behalf of": "Public Question from Rachel Purchase on behalf of High Peak
# Biodiversity Group" (High Peak): theirs when it names an outside body (:func:`_organisation_named`).
_BODY_AFTER = re.compile(r"\s+(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&)){0,7})")
# A labelled list of untitled names with its printed total, the count the names confirm ("Absent: Buscombe, Hayes,
# Hook and Rollason  Total 4", a recorded vote at Teignbridge): each is a person, though no title says so.
_COUNTED_NAMES = re.compile(r"^[A-Z][\w' -]{0,30}:\s+(?P<names>[A-Z][^:()]*?)\s+Total\s*:?\s*(?P<count>\d+)$")
_LISTED_SURNAME = re.compile(r"(?:[A-Z]\.?\s+){0,3}[A-Z][a-z][\w'’-]*")
# Whole untitled names an award is presented to, ending the sentence: "The Mayor presented Citizen of Honour badges to
# Denise Fletcher-Lance, Paula Hemingway and Betty Richards." (Fareham).
_PRESENTED_TO = re.compile(
    r"\bpresented\b[^.;:]{0,120}?\bto\s+(?P<names>" + WHOLE_NAME + r"(?:(?:,\s+|,?\s+and\s+)" + WHOLE_NAME
    + r")*)(?=\s*[.;](?:\s|$)|\s*$)")
# Whole untitled names after a plural noun of members and its comma ("paid tribute to two previous serving
# Councillors, Ann Carlisle and Peter Tunley who …", Fenland): the noun says they are people, but is no title printed
# before the names (the comma parts them), so they have none.
_MEMBERS_NAMED = re.compile(
    r"\b(?:Councillors|Members|councillors|members),\s+(?P<names>[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*"
    r"(?:\s+[A-Z][a-z][\w'’-]*)?(?:(?:,\s+|,?\s+and\s+)[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*"
    r"(?:\s+[A-Z][a-z][\w'’-]*)?)+)" + _NAME_ENDS)
# Whole untitled names listed as what a plural noun of people "were", to the sentence's end ("The three members
# receiving awards were Charlotte Bignall, Lily Haines and Tom Wickham-Bassett.", Stroud): people, with no title.
_MEMBERS_WERE = re.compile(
    r"\b(?:[Mm]embers|[Cc]ouncillors|recipients|winners)\b[^.;:]{0,60}?\bwere\s+(?P<names>" + WHOLE_NAME
    + r"(?:(?:,\s+|,?\s+and\s+)" + WHOLE_NAME + r")+)(?=\s*[.;](?:\s|$)|\s*$)")
# Whole untitled names listed as a team's people, three or more, closed by what is said of them: "… and to the
# Mayor’s Youth Team including Luke Doyley, Luke Wilmoth, Gulcin Sariyildiz, Josh Robinson and Faith Agbar-Butler for
# the able manner …" (Waltham Forest): people, with no title. A team names its people, as a partnership names bodies.
_TEAM_INCLUDING = re.compile(
    r"\b(?:[Tt]eam|[Ss]taff|[Vv]olunteers|[Cc]rew)\s+(?:including|namely|comprising)\s+(?P<names>" + WHOLE_NAME
    + r"(?:,\s+" + WHOLE_NAME + r"){1,}(?:,?\s+and\s+" + WHOLE_NAME + r"))(?=\s*[.;,](?:\s|$)|\s+(?:for|who)\b)")
# An untitled whole name that opens a sentence, then without a comma "the current" (present, outgoing …) post and
# the comma that closes it ("Caroline Smith the current Mayor, welcomed recently elected Members.", Wokingham).
_NAME_THE_POST = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>" + WHOLE_NAME + r")\s+the\s+"
    r"(?:current|present|outgoing|retiring|incoming|new)\s+(?P<role>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s")
# An untitled whole name after a sentence's opening phrase and its comma, "the" and a post between commas, then the
# verb of which they are the subject: "On behalf of the Council, Damian Allen, the Chief Executive, presented a
# Commemorative Badge to the retiring Chair of Council." (Doncaster).
_NAME_COMMA_THE_POST = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s))(?P<name>" + WHOLE_NAME + r"),\s+the\s+"
    r"(?P<role>" + _POST + r"),\s+"
    r"(?=(?:[a-z]+ed|said|spoke|gave|made|told|took|went|thanked|presented|welcomed)\b)")
# A post in the plural after "the" (a count or "new" before it), then the whole untitled names of who hold it: "The
# Lord Mayor welcomed the two new Directors David Bartram and Jo Yelland." (Exeter): each holds the post, singular.
_POST_PLURAL_NAMES = re.compile(
    r"\b[Tt]he\s+(?:(?:two|three|four|five|new|newly\s+appointed)\s+)+"
    r"(?P<post>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:or|er|ant|ist|ive)s)\s+"
    r"(?P<names>" + WHOLE_NAME + r"(?:,\s+" + WHOLE_NAME + r")*,?\s+and\s+" + WHOLE_NAME + r")" + _NAME_ENDS)
# Someone a silence was kept for, the post they held after the comma up to the next ("One minute’s silence was
# observed for Jo Cox, MP for Batley and Spen constituency, West Yorkshire, who …", Hackney): a person, that post
# theirs when it is one (a role word, or "MP for" a seat).
_SILENCE_FOR = re.compile(
    r"\bsilence\s+(?:(?:was\s+)?(?:observed|held|kept)\s+(?:for|in\s+memory\s+of)|in\s+memory\s+of)\s+"
    r"(?P<name>" + WHOLE_NAME + r")(?:,\s+(?P<role>[A-Z][^,;.()]{1,80}?)(?=\s*[,;.]))?"
    + _NAME_ENDS)
# Someone whose family a meeting sends its condolences, named whole without a title, what they were after the comma
# ("conveyed his condolences to the family of Glen Barnham, a former Councillor and Honorary Freeman of the Borough,
# who had passed away", Ealing): a person; a capitalised post their role, the one they held when they died (a former
# one before it is not theirs then); a description in lower case ("an employee of the Council") none.
_FAMILY_OF = re.compile(
    r"\bfamil(?:y|ies)\s+of\s+(?:the\s+late\s+)?(?P<name>" + WHOLE_NAME + r")" + _NAME_ENDS
    + r"(?:,\s+(?:an?\s+)?(?:former\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+and\s+)?"
    r"(?P<role>[A-Z][^,;.()]{1,80}?)(?=\s*[,;.]|\s+who\b))?")
_FREEDOM = re.compile(r"\bFree(?:man|woman)\b")  # "Honorary Freeman of the Borough": the freedom the borough gave
# Someone whose death a meeting notes, named whole without a title ("noted with sadness the death of Alan Garside
# who had worked in the Democratic Services team", Watford; "the sad passing of Sam McDowell who …", Arun).
_DEATH_OF = re.compile(r"\b(?:death|passing)\s+of\s+(?:the\s+late\s+)?"
                       r"(?P<name>" + WHOLE_NAME + r")" + _NAME_ENDS)
# Officers members may contact, named whole without a title ("Those interested should contact Sandra Hancock or
# Anita Hibbs, or book through the Members Portal.", Watford).
_CONTACT_EITHER = re.compile(
    r"\bcontact\s+(?P<one>" + WHOLE_NAME + r")\s+(?:or|and)\s+"
    r"(?P<two>" + WHOLE_NAME + r")" + _NAME_ENDS)
# A whole untitled name after "the" and what they do in lower case ("a picture by the artist Lloyd George Higgins of
# Clock Tower Mill", Burnley): a person; the calling is a description, not a post they hold, so no role.
_CALLING_BEFORE_NAME = re.compile(
    r"\b[Tt]he\s+(?:artist|author|poet|photographer|historian|musician|sculptor|painter)\s+"
    r"(?P<name>" + WHOLE_NAME + r")" + _NAME_ENDS)
# A member of staff named whole after the phrase ("the death of one of the Council’s members of staff Brenda Heyne who
# had passed away", Arun): a person.
_STAFF_NAMED = re.compile(r"\bmembers?\s+of\s+staff,?\s+"
                          r"(?P<name>" + WHOLE_NAME + r")" + _NAME_ENDS)

# A whole untitled name the chair asks or invites to address the meeting ("The Mayor asked Lewis Tweedale to address the
# Council", Rochdale, a member of its Youth Council): a person, no post said. So is one invited to present what the
# public bring ("The Council invited the Peter Manley to present a petition on behalf of …", East Devon, "the" a
# slip of the page's).
_ASKED_TO_ADDRESS = re.compile(r"\b(?:asked|invited)\s+(?:the\s+(?=\S+\s+\S+\s+to\s+present\b))?(?P<name>"
                               + WHOLE_NAME + r")\s+to\s+(?:(?:address|speak\s+to)\s+"
                               r"(?:the\s+)?(?:Council|Cabinet|Committee|Board|Panel|meeting|Members)\b"
                               r"|present\s+(?:a|the|their|his|her)\s+(?:petition|deputation|question)s?\b)")

# What "Councillor …" or "Mr …" is followed by when it names nobody ("Councillor Code of Conduct", "Councillor
# Call for Action", "the Councillor Development Panel"). After a title only the first word is checked ("Long",
# "Forward", "Round" and "Page" are councillors' surnames in the corpus); an untitled name holds none of them.
NOT_NAME_WORDS = frozenset({
    "An", "The", "This", "That", "These", "Those", "All", "Any", "Each", "Every", "No", "Some", "Other",
    "It", "He", "She", "They", "We", "His", "Her", "Their", "Our", "In", "On", "At", "For", "Of", "To",
    "And", "Or", "But", "If", "As", "By", "From", "With", "Call", "Calls", "Code", "Codes", "Conduct",
    "Development", "Allowance", "Allowances", "Enquiry", "Enquiries", "Question", "Questions", "Briefing",
    "Briefings", "Champion", "Champions", "Vacancy", "Vacancies", "Training", "Induction", "Support",
    "Update", "Updates", "Report", "Reports", "Scheme", "Schemes", "Surgery", "Surgeries", "Declaration",
    "Declarations", "Interest", "Interests", "Portal", "Survey", "Ward", "Wards", "Grant", "Grants", "Budget",
    "Fund", "Funds", "Funding", "Role", "Roles", "Profile", "Profiles", "Details", "Attendance", "Expenses",
    "Information", "Forum", "Forums", "Item", "Items", "Minute", "Minutes", "Agenda", "Motion", "Motions",
    "Committee", "Committees", "Council", "Councils", "Cabinet", "Panel", "Board", "Group", "Team", "Policy",
    "Plan", "Strategy", "Review", "Appendix", "Section", "Procedure", "Protocol", "Meeting", "Meetings",
    "Session", "Consultation", "Petition", "Petitions", "Members", "Member", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "Community", "Communities", "Portfolio", "Speaker", "Speakers",
    "Address", "Addresses",  # "Councillor Addresses on Neighbourhood Issues": an item, as "Questions" is
    # what a post or team is for ("the Portfolio Holder (Finance Resources)" names no one)
    "Finance", "Financial", "Resources", "Housing", "Planning", "Environment", "Environmental", "Transport",
    "Health", "Education", "Children", "Adults", "Adult", "Services", "Service", "Regeneration", "Economy",
    "Economic", "Culture", "Leisure", "Safety", "Highways", "Waste", "Governance", "Legal", "Property",
    "Assets", "Customer", "Customers", "Corporate", "Strategic", "Operations", "Management", "Policing",
    "Democratic", "Interim", "Acting", "Designate", "Elect",
    # what a rank's service has or lacks in a motion's title ("Opposing Cuts to PCSO Hours", Herefordshire)
    "Hours", "Numbers", "Cuts", "Posts", "Staffing", "Recruitment", "Patrols", "Visibility",
})
# What a portfolio, service or team is for: words no person's name holds, anywhere in it ("Councillor Kate Groucutt,
# Inclusive Economy and Third Sector" under "Deputy Portfolio Holders", Liverpool City Region: her portfolio, not two
# more people). NOT_NAME_WORDS holds other words that are surnames too ("Ward", "Grant", "Friday").
PORTFOLIO_WORDS = frozenset({
    "Finance", "Financial", "Resources", "Housing", "Planning", "Environment", "Environmental", "Transport",
    "Health", "Education", "Children", "Adults", "Adult", "Services", "Service", "Regeneration", "Economy",
    "Economic", "Culture", "Leisure", "Safety", "Highways", "Waste", "Governance", "Legal", "Property",
    "Assets", "Customer", "Customers", "Corporate", "Strategic", "Operations", "Management", "Policing",
    "Democratic", "Sector", "Inclusion", "Inclusive", "Tourism", "Skills", "Equality", "Equalities", "Diversity",
    "Growth", "Infrastructure", "Connectivity", "Digital", "Wellbeing", "Climate", "Sustainability", "Investment",
    "Employment", "Framework", "Spatial", "Development", "Learning", "Policy", "Strategy", "Citizen", "Citizens",
    "Engagement", "Partnerships", "Performance", "Transformation", "Neighbourhoods", "Innovation", "Recovery",
    "Enforcement", "Licensing", "Heritage", "Energy", "Carbon", "Renewables", "Brexit", "Families", "Schools",
    "Crime", "Neighbourhood", "Welfare", "Benefits", "Revenues", "Commercial", "Audit", "Scrutiny", "Standards",
})
# Words that never name anyone, even where a list of names leaves no doubt a surname stands ("Grant", "Long").
_FUNCTION_WORDS = frozenset({
    "An", "The", "This", "That", "These", "Those", "All", "Any", "Each", "Every", "No", "Some", "Other", "Others",
    "It", "He", "She", "They", "We", "His", "Her", "Their", "Our", "In", "On", "At", "For", "Of", "To", "And", "Or",
    "But", "If", "As", "By", "From", "With", "Members", "Member", "Committee", "Council", "Cabinet", "Officers"})
# How a vote table or attendance list goes on after a name in the same line ("… Johnson Against"), and the
# verbs of a motion minutes capitalise after one ("Councillor A Hopgood Moved a Motion without notice"), also in
# capitals ("Cllr Aspinell MOVED and Cllr Russell SECONDED the recommendations", Brentwood), or a declaration's
# ("Councillor K O’Neill Declared his Interest in Item 7", Merthyr Tydfil).
_ANSWER_WORDS = frozenset({"For", "Against", "Abstain", "Abstained", "Abstention", "Present", "Absent",
                           "Apologies", "Yes", "No", "Aye", "Nay", "Substitute", "Moved", "Seconded", "Proposed",
                           "Declared", "Mover", "Seconder", "Proposer"})
# A word that makes a phrase a role when it follows a name ("Ward Councillor", "Coxswain" is not one); also what
# makes an attendance list's group heading a role (attendance.py).
ROLE_NOUNS = re.compile(
    ROLE_WORDS.pattern + r"|\b(?:councillor|inspector|representative|solicitor|treasurer|trustee|governor|"
    r"administrator|interpreter|accountant|engineer|planner|surveyor|consultant|analyst|auditor|"
    r"co-optee|observer|resident|superintendent|sergeant|constable|coxswain|provost|sheriff|lieutenant|registrar|"
    # what people who come before a council are, as minutes print it in a bracket ("Patrick Samuel (Local Artist)")
    r"artist|author|poet|historian|photographer|volunteer|teacher|headteacher|architect|barrister|journalist|"
    r"campaigner|chaplain|musician|consort|mayoress|minister|commander|organi[sz]er|"
    # a member who speaks for a cause: "the Armed Forces Champion (Councillor Liz Roberts)" (Conwy)
    r"champion|"
    # the statutory "Independent Person" a council appoints on member conduct (Gedling)
    r"independent\s+person)\b"
    r"|\b(?:dean|archdeacon|bishop|vicar|rector|curate|priest|pastor)\b", re.IGNORECASE)  # a cleric's office
_ROLE_NOUNS = ROLE_NOUNS
# A cleric's office that is also a surname ("Cllr Matthew Dean", "Bishop"), and "Champion": after a name, it does not
# end it.
_SURNAME_TOO = re.compile(r"^(?:Dean|Bishop|Vicar|Parson|Priest|Champion)$")
# A role word that is a surname too, the whole name after a title: "Councillor Head be elected as Mayor" (Redcar and
# Cleveland); "the Head of Planning" has no title before it.
_ROLE_SURNAME = re.compile(r"^(?:Head|Clerk)$")
_PARTIES = re.compile(r"^(?:Lab(?:our)?|Con(?:servative)?|Lib(?:eral)?(?: Dem(?:ocrats?)?)?|LD|Green|Ind(?:ependent)?|"
                      r"UKIP|Reform(?: UK)?|SNP|Plaid(?: Cymru)?|[A-Z]{2,4})$")
# A council's party group, which a post is held in, not an outside body: "(Leader Liberal Democrat Group)"
# (Stratford-on-Avon) is one post, as "Leader of the Liberal Democrat Group" is.
_PARTY_GROUP = re.compile(r"^" + PARTY_GROUP)
# Brackets that say something other than who someone is: "(as a local resident)" is a capacity in one matter
# (but "(as the former Chair of MGL)" a post, :data:`_AS_POST_OF`), "(members of the Committee)" belongs to a
# list, "(item 5)" is a reference.
_NOT_A_ROLE_START = re.compile(r"^(?:as|members?|both|who|whom|which|for|on|in|at|from|see|item|minute|re|"
                               r"agenda|page|paragraph|appendix|attached|substitute|sub|vice\b(?! ?-?chair))\b",
                               re.IGNORECASE)
_ROLE_BEFORE_BRACKET = re.compile(
    r"(?<![\w'’&-])(?P<role>[A-Z][\w'’&-]*(?:(?:\s+|,\s+)(?:[A-Z][\w'’&-]*|of|for|and|the|&)){0,11})\s*\(\s*$")
# ", the present Chairman,": an office held now ("present", "current" are no part of it); it ends at a colon ("To
# Councillor Linda Neal, Leader:-").
# It ends, too, where the bracket it is printed in closes ("(A report by Andy Fisher, Assistant Director – General
# Fund Assets)", Boston), or where a second capacity begins ("Councillor Richard Burrett, Deputy Leader of West Sussex
# County Council and a Member of South East Employers Executive Committee", Havant).
_APPOSITIVE = re.compile(r"^,\s+(?:the\s+(?:present|current)\s+)?(?P<role>(?:the\s+)?[A-Z][^,;:.()]{1,80}?"
                         r"(?:\s*\([^()]{1,20}\))?)\s*(?=[,;:.)]|$|\s+and\s+an?\s"
                         # "welcomed Paul Hymers, Head of Finance & Deputy Section 151 Officer to his first meeting of
                         # Council" (South Northamptonshire): the post ends where the welcome goes on
                         r"|\s+to\s+(?:his|her|their)\s+first\s)")
# A post in lower case between commas after an untitled name, "the" before it: "The Chair thanked Ruth Chaplin, the
# departing clerk of the Committee, paying tribute to …" (West Yorkshire CA): the post, without its article.
_LOWER_APPOSITIVE = re.compile(r"^,\s+the\s+(?P<role>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}"
                               r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})?),")
# The post after a titled name's comma running straight into the sentence's verb, no comma closing it ("Mrs Dana
# Jones, Democratic Services and Standards Officer declared a personal and prejudicial interest …", Ceredigion): its
# capitalised words, joined by "of (the)", "for", "and" or "&".
_APPOSITIVE_THEN_VERB = re.compile(
    r"^,\s+(?P<role>" + _POST + r")"
    r"(?=\s+(?:[a-z]+ed|said|spoke|gave|made|told|took)\b)")
_FORMER_OR_CLAUSE = re.compile(r"\s+(?:and\s+(?:a\s+|the\s+)?former\s+|(?:following|who|which|whose|after|before|during"
                               r"|because|since|when|whilst|while)\s)")
# A line that is a name, a dash and the office held, nothing after it: "Councillor W. J. Williams MBE - Chairman",
# "Councillor John Roberts - Vice-Chairman" (Isle of Anglesey, over the list of members present).
_DASHED_OFFICE = re.compile(
    r"^\s+[-–—]\s+(?P<office>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|&)){0,6})\.?\s*$")
# The post after a name's comma, the verb straight after it where the sentence runs on past the post's length
# ("Colonel D Bristow, the Lord Lieutenant’s representative had presented a new award …", Huntingdonshire).
_VERB_AFTER = r"\s+(?:had\s+|has\s+|then\s+)?(?:[a-z]{2,}ed|said|spoke|gave|made|took|led|read)\b"
_POST_THEN_VERB = re.compile(r"^,\s+(?P<role>(?:the\s+)?[A-Z][^,;:.()]{1,80}?)(?=" + _VERB_AFTER + ")")
_OF_ORGANISATION = re.compile(r"^\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&)){0,7})")
# Its last phrase may end where a clause about the person begins: "Mary Lewis, Cabinet Member for Children, Young
# People and Families who was standing down" (Surrey).
# Or where the sentence's verb follows it: "Councillor Spice, Portfolio Holder for Economic Growth, Planning and
# Prosperity submitted the Council’s proposed response …" (Bedford).
_ROLE_GOES_ON = re.compile(r"^,\s+(?P<part>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|for|the|&)){0,7})"
                           r"(?=\s*[,;.]|\s+(?:who|whose)\s|$|" + _VERB_AFTER + ")")
# A role in an outside body, said with a pronoun: "that he was a member of the council of the Royal Academy
# of Dramatic Arts", "her being the Chair of Marketing Gloucester Limited", "in his capacity as a Director of …";
# the reason for a declared interest: "declared a personal interest in Items 15 and 17 … as a trustee of the
# Groundwork Trust", also with a pronoun after "as": "declared an interest in motion 8B as he is a Governor of Abbey
# Court Community Special School" (Medway), whose post is "Governor"; "a Member of the Executive at North Yorkshire
# County Council" (Harrogate), a member of the body's Executive; "at" the body for a post capitalised as one
# ("declared that in relation to Item 13, he was a Governor at Melrose School", Merton); "by virtue of being the
# Chairman of Governors at Johnston School" (Pembrokeshire), a board's chair its post ("of Governors" part of it).
_CAPACITY = re.compile(
    r"\b(?:(?:he|she)\s+(?:was|is|had\s+been|has\s+been)|(?:his|her)\s+being|in\s+(?:his|her)\s+capacity\s+as|(?:his|her)\s+position\s+as"
    r"|by\s+virtue\s+of\s+(?:(?:his|her)\s+)?being"
    # "Councillor J E MacBean declared a personal interest in planning application CH/2016/1770/FA.  Nature of
    # interest – Councillor MacBean was a Member of Chesham Town Council." (Chiltern): the member named again
    r"|(?i:nature\s+of\s+(?:the\s+)?)(?P<nature>interest)\s*[-–—:]\s*(?:Councillor|Cllr)\.?\s+[A-Z][\w'’-]+\s+(?:was|is)"
    r"|(?P<declared>interests?)(?:\s+(?:in|with\s+regard\s+to)\s+(?:(?!(?:his|her)\s+capacity\b)[^.;]){1,80}?)?\s+as"
    r"(?:\s+(?:he|she|they)\s+(?:is|was|are|were))?)"
    r"\s+(?:(?:now|also|currently)\s+)?(?:(?:a|an|the)\s+)?"
    r"(?P<role>[A-Za-z][\w'’-]*(?:\s+of\s+(?:Governors|Trustees|Directors)(?=\s+(?:of|at)\s)"
    r"|\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:Committee|Sub-Committee|Panel|Board)(?=\s+at\s+[A-Z])"
    r"|\s+of\s+the\s+[A-Z][\w'’-]*(?=\s+at\s+[A-Z])|(?:\s+[\w'’-]+){0,5}?))"
    r"\s+(?P<prep>of|at)\s+"
    r"(?:the\s+)?"
    r"(?P<org>(?!(?:" + "|".join(sorted(ending.title() for ending in ORGANISATION_ENDINGS)) + r")\s)"
    r"[A-Z][\w'’&-]*(?:\s+(?:on|upon|under|super|le|cum)(?=\s+[A-Z]))?"
    r"(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&)){0,7}"
    r"|[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&)){0,7})")
# A committee's post held at another council is that post, the council its body: "as the Chairman of the Planning
# Committee at Purbeck District Council" (Dorset County); the Treasurer "of the London Piano Festival Association at
# Kings Place" (Camden) holds the post in the association, not at the place.
# (A town's name keeps its particle after its first word, before a capital: "a member of Bradford on Avon Town
# Council", Wiltshire, is no member of "Bradford"; so "Newcastle upon Tyne". A body's own word takes none: "a member
# of the Board on Dane Housing", Cheshire East, stays as it was read.)
_CLAUSE_WORD = re.compile(r"\b(?:[a-z]+(?:ing|ed)|as|to|that|which|who|not)\b")  # a verb or clause, not a post
# "Councillor Judy Rogers be elected as Mayor of the Borough of Hastings for the current municipal year": the
# office one is elected or appointed to, its capitalised words (with "of the" between them) up to the first
# word in lower case; of "Chairman of <X> Council", the office is "Chairman" (the council's own, elected in it).
# The term it is held for is no part of it: "… as Chair of the Council for the Municipal year 2021/22", "… as Chair
# for the Municipal Year" (Tewkesbury).
# A clause between commas may stand between the name and the verb ("Alderman Ian Luder, upon receiving a majority of
# votes cast, was duly elected as Chair of the Committee"); "confirmed as" and "declared" state the office too; the
# formal "be and is hereby elected Deputy Mayor of the Borough" (Barnsley) is the same election.
_ELECTED_TAIL = (
    r"(?:,\s+[a-z][^,()]{0,120},)?\s+(?:is|be|was|were|had\s+been|has\s+been)(?:,?\s+and\s+(?:is|are))?"
    r"(?:\s+hereby)?\s+(?:duly\s+)?(?:re-?)?"  # "be, and is hereby elected, Chair of the Council" (North Tyneside)
    # "be appointed to the post of Deputy Chief Executive" (Caerphilly): the office named after "post of"
    r"(?:elected|appointed|confirmed|declared),?\s+(?:as\s+|to\s+the\s+(?:post|office|position)\s+of\s+)?"
    # "was duly elected the Worshipful the Mayor of the Borough of Dartford" (the style before the office)
    r"(?:the\s+|an?\s+(?=[A-Z]))?(?:(?:Right\s+)?Worshipful\s+the\s+)?(?P<role>[A-Z][\w'’-]*(?:(?!\s+for\s+the\s+(?i:(?:municipal|ensuing|civic|council)\s+year)\b)"
    r"(?:\s+(?:of|for|and|&)(?:\s+the)?)?\s+[A-Z][\w'’-]*){0,8})")
_ELECTED = re.compile(r"^" + _ELECTED_TAIL)
# An untitled whole name elected to an office ("… and Karina Dostalova, being the only Member expressing their
# willingness to serve, was duly elected as Chairman."): a person, the office theirs.
# "RESOLVED: That Beth Rowland be elected as Mayor …" (Wokingham): "That" opens the clause, it is no part of the name.
# Also a name of initials and a surname ("That E W Strengiel be elected as the Chairman of the County Council for
# 2024/25.", Lincolnshire, whose minutes title no member).
_ELECTED_UNTITLED = re.compile(r"(?<![\w'’-])(?!(?:That|The)\s)"
                               r"(?P<name>" + WHOLE_NAME + r"|(?:[A-Z]\.?\s+){1,3}[A-Z][a-z][\w'’-]*)" + _ELECTED_TAIL)
# An untitled whole name thanked for what they did ("took the opportunity to thank Stuart Fraser for his contribution
# to the Committee"): a person, though no role is said.
# So too one congratulated on what they did as one person ("Councillor Catrin M S Davies congratulated Joshua Tarling
# on being selected to represent Wales in the Commonwealth Games", Ceredigion); not "on their achieving an award"
# nor "on winning": a team or a body may be ("He congratulated Herts Chiefs Basketball on their achieving …").
_THANKED = re.compile(r"\bthank(?:ed|s)?\s+(?P<name>" + WHOLE_NAME + r")\s+for\s+(?:his|her|their)\b"
                      r"|\bcongratulated\s+(?P<congratulated>" + WHOLE_NAME + r")\s+(?:on|for|upon)\s+"
                      r"(?:his|her|being\s+(?:selected|elected|appointed|awarded|named|chosen)"
                      # "congratulated Lewis Bull on being the Council’s Employee of the Year" (Broxtowe): an honour
                      # only a person holds
                      r"|being\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:Employee|Apprentice|Volunteer|Carer|Citizen"
                      r"|Young\s+Person)\s+of\s+the\s+Year)\b")
_SPELT_OUT = re.compile(r"(?P<words>(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|the|&)\s+)*){1,7})\((?P<short>[A-Z]{2,6})\)")
# "(as the former Chair of MGL)", "(as current Chair of MGL)": the post in an outside body someone is there as
# ("current" is the post itself; "former" is kept, as printed).
_AS_POST_OF = re.compile(
    r"^as\s+(?:(?:a|an|the)\s+)?(?:current\s+|(?P<former>former|past)\s+)?(?P<role>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&)){0,7})$", re.IGNORECASE)
_BRACKET_AFTER = re.compile(r"^\s*\((?P<inner>[^()]{1,120})\)")
# A post the council gives, said of the name with "was (the) council's": "Councillor A was the council’s climate
# champion and representative on …" (as Canterbury says it): the post up to the first "and" or the clause's end.
_THE_COUNCILS_POST = re.compile(r"^\s+(?:was|is)\s+(?:also\s+)?the\s+(?i:council|authority)[’']s\s+"
                                r"(?P<role>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+and\b|\s*[,.;]|$)")
# A post held in a body, said between commas after a name, the body's letters in a bracket: "Mr A, as Chairman of the
# Testshire & Wold Fire Authority (TWFA), introduced the item" (as Buckinghamshire County's minutes say it).
_THE_COUNCIL = re.compile(r"(?:(?:County|Borough|City|District)\s+)?Council", re.IGNORECASE)
_AS_BETWEEN_COMMAS = re.compile(r",\s+(?P<inner>as\s+[^,;()]{3,120}?)(?:\s+\([A-Z]{2,8}\))?\s*,")
# "as" an office is said of an appointment, an election or a confirmation; never of a nomination alone ("That Cllr
# Glass be nominated as Chairman and Cllr L Harris as Vice-Chairman of the Council for the following municipal
# year", New Forest: the Council elects them later), which names an office nobody holds yet.
_APPOINTING = re.compile(r"\b(?:appoint|elect|confirm)\w*", re.IGNORECASE)
# A correction that adds who held an office: "subject to the addition in Minute 10 of Councillor Lanie Shears as
# Portfolio Holder for Governance" (Harlow).
_NAMED_AS = re.compile(r"\b(?:addition|inclusion|listing)\b[^.;]*\bof\s+\S", re.IGNORECASE)
# "the appointment of County Councillor John O'Reilly as Chairman and County Councillor Peter Szanto as
# Vice-Chairman of the Local Committee": the office a member is appointed, elected or nominated "as", its
# capitalised words (with "for" and "and" between them: "Cabinet Member for Housing and Planning"), up to "of",
# another title or lower case. The office may be the appointer's own: "The Mayor appointed Councillor Laura Burns as
# his Deputy Mayor", "appointed Reverend Brian Elficke as his Chaplain" (Kensington and Chelsea).
_AS_OFFICE = re.compile(r"^\s+as\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                        r"(?P<office>[A-Z][\w'’-]*(?:\s+(?:(?:for|and|&)\s+)?[A-Z][\w'’-]*){0,7})")
# Someone who took an office on themselves, "as" it after the verb: "announced that his mother, Ms Jennie Lane, had
# agreed to serve as his Mayoress" (Kensington and Chelsea).
_AGREED_TO_SERVE = re.compile(r"^,?\s+(?:had\s+|has\s+|have\s+)?(?:agreed|consented)\s+to\s+(?:serve|act)(?=\s+as\s)")
# "Councillor S P Nunn proposed that Councillor M S Heard be elected as Chairman", "It was proposed and seconded
# that …": a proposal, whose outcome the sentence does not state (Maldon's failed; East Lindsey's "fell"). The office
# is the member's only once resolved ("RESOLVED that Councillor M S Heard be elected Chairman of …").
# A proposal that the sentence says was resolved is a resolution ("It was proposed (by Councillor Clarke), seconded
# (by Councillor Willingale) and resolved that Councillor Saise-Marshall be elected as Mayor …", Runnymede).
_PROPOSED = re.compile(r"\b(?:proposed|moved|seconded|nominated)\b[^.;]*\b(?<![Rr]esolved\s)(?<!RESOLVED\s)that\s")
# A resolution that restates the motion it carried: "RESOLVED that on the successful motion of Councillor Morgan and
# duly seconded by Councillor Nightingale that Councillor Head be elected as Mayor …" (Redcar and Cleveland).
_RESOLVED_START = re.compile(r"^\W*(?:it\s+was\s+)?resolved\b", re.IGNORECASE)


def _proposal(sentence: str) -> bool:
    """A sentence that proposes (:data:`_PROPOSED`) and does not resolve: its office is not yet anyone's."""
    return bool(_PROPOSED.search(sentence)) and not _RESOLVED_START.match(sentence)


_LETTERS_AFTER = re.compile(r"^(?:,?\s+(?:" + "|".join(sorted(POST_NOMINALS, key=len, reverse=True)) + r")\b)+")


@dataclass(frozen=True)
class NamedInProse:
    """One person as a sentence names them: who, and the role and organisation it states for them."""

    person: Person
    role: str | None = None
    role_in: Organisation | None = None  # the outside body the role is held in ("Treasurer of …")


def people_in_prose(text: str) -> list[NamedInProse]:
    """Every person the page's running text names by the grammar, first mention first, each name once
    (a later mention adds the role or organisation an earlier one did not state)."""
    found: dict[str, NamedInProse] = {}
    last = len(text.rstrip())
    moved = _moved_motion_ends(text)
    mentions = [(replace(named, role=None) if line_end in moved and named.role else named, line_end)
                for line, line_end in _cells(text) for named in _line_mentions(line, line_end >= last)]
    listed = [*_listed_people(text), *_contacts_listed(text)]
    for named, _end in sorted([*mentions, *listed], key=lambda mention: mention[1]):  # page order
        key = "".join(named.person.name.casefold().split())  # "MarieClaire Darke" once is Marie Claire Darke
        known = found.get(key)
        found[key] = named if known is None else _merged(known, named)
    abbreviations = _abbreviations(text)
    people = [_spelt_out(_given_name_found(named, text), abbreviations) for named in found.values()]
    return _surnames_merged(_offices_handed_on(_posts_by_given_name(people, text), text))


# A motion printed as a paragraph of its own under its mover and seconder, nothing said resolved: "Proposed by
# Councillor Prater," / "Seconded by Councillor Treloar;" / "That Councillor Davison be elected as Chairman of the
# Council." (Folkestone and Hythe, where the Council then elected the other nominee). An office it names is not yet
# anyone's; the RESOLVED paragraph states whose it became. ("… seconded by Councillor Watson and -" then "Resolved:"
# or the resolution itself, Torridge, is the resolution's own opening, never this.)
_MOVED_MOTION = re.compile(
    r"^[ \t]*(?:proposed|moved|seconded)\s+by\b(?![^\n]*\b(?:resolved|agreed|carried)\b)[^\n]*[,;:][ \t]*\n"
    r"(?:[ \t\u00a0]*\n)*[ \t]*(?P<motion>That\s[^\n]*\b(?:elected|appointed)\b[^\n]*)", re.IGNORECASE | re.MULTILINE)


def _moved_motion_ends(text: str) -> frozenset[int]:
    """Where each motion :data:`_MOVED_MOTION` finds ends in the text (past its line's end, as :func:`_cells`
    says where a line ends): the roles its mentions state are not held."""
    if "by" not in text:
        return frozenset()
    ends = set()
    for match in _MOVED_MOTION.finditer(text):
        newline = text.find("\n", match.end("motion"))
        ends.add(len(text) if newline < 0 else newline + 1)
    return frozenset(ends)


def _offices_handed_on(people: list[NamedInProse], text: str) -> list[NamedInProse]:
    """The "retiring" or "outgoing" holder of an office the page names another holder of is not its holder at
    the meeting: "Resolved that Councillor D Merryweather be elected Chairman of Bassetlaw District Council …"
    then "Resolved that a vote of thanks be recorded to the retiring Chairman, Councillor M Richardson."
    (Bassetlaw): Merryweather is the Chairman; Richardson's year as one has ended. Where nobody else holds it
    ("the retiring Mayor, Councillor S Green", Barnsley, whose copy names no new Mayor) it stays theirs."""
    for index, named in enumerate(people):
        role = named.role
        if not role or not re.search(rf"\b(?:retiring|outgoing)\s+{re.escape(role)}\b,?\s+(?:\S+\s+){{0,3}}?"
                                     rf"{re.escape(named.person.name)}\b", text):
            continue
        if any(other is not named and other.role and (other.role == role or other.role.startswith(f"{role} of "))
               for other in people):
            people[index] = replace(named, role=None)
    return people


@kept_per_paragraph
def _line_mentions(line: str, cut_short: bool) -> list[NamedInProse]:
    """:func:`_mentions_in_line`, read once for each distinct line: pages of one council repeat their lines
    (headings, apologies, the chair's line; a third of the corpus's lines, two thirds of the bench's), and the
    ~30 grammars of a line were ~20 % of reading a meeting page. Copies are handed out, as a record's readers
    change the people they are given (an honorific added). A line of the register of declarations names its
    member as registered: the statement's mention of them by surname is that name (see
    :func:`person_mentions.register_entry`)."""
    if entry := register_entry(line):
        return [replace(named, person=replace(named.person, name=entry["name"]))
                if registered_as(named.person.name, entry["name"]) else named
                for named in _mentions_in_line(entry["statement"], cut_short)]
    return list(_mentions_in_line(declared_tersely(line) or line, cut_short))


# A sentence that opens with a given name alone and says the post that person had held ("Sam had been the Council’s
# Payroll Manager from 1980 until 2009", "Brenda had been a Building Control Support Officer", Arun).
_GIVEN_NAME_HAD_BEEN = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<given>[A-Z][a-z]+)\s+had\s+been\s+(?:the\s+Council['’]s\s+|an?\s+|the\s+)"
    r"(?P<role>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})(?![\w'’-])", re.MULTILINE)


def _posts_by_given_name(people: list[NamedInProse], text: str) -> list[NamedInProse]:
    """A post said of a given name alone is the one whole untitled name with it that has no role yet, when the
    page names exactly one person with that given name (see :data:`_GIVEN_NAME_HAD_BEEN`)."""
    for match in _GIVEN_NAME_HAD_BEEN.finditer(text):
        if not ROLE_NOUNS.search(match["role"]):
            continue
        holders = [index for index, named in enumerate(people) if named.person.name.split()[0] == match["given"]
                   and len(named.person.name.split()) > 1]
        if len(holders) == 1 and not people[holders[0]].role and not people[holders[0]].person.honorific:
            people[holders[0]] = replace(people[holders[0]], role=match["role"])
    return people


# A lead-in that says the list under it names people: "Awards were presented by the Mayor to the under-mentioned
# persons/organisations:-", "The Highly Commended Awards:-" (Gravesham); ":" or ":-" ends it. Also members named
# as such ("the Chairman expressed thanks to the following outgoing Councillors for their Service to the
# Authority:-", South Lakeland), and whom the chair congratulated or thanked ("The Convener congratulated:-",
# Scottish Borders), or to whom congratulations went ("Congratulations were extended to:-", Blaenau Gwent).
_PEOPLE_LEAD_IN = re.compile(r"(?:\b(?:awards?|persons|people|recipients|winners|congratulations)\b[^:]*"
                             r"|\bthe\s+following\s+(?:[\w-]+\s+){0,2}(?P<members>councillors|members)\b[^:]*"
                             r"|\b(?:congratulated|thanked)\s*):-?\s*$", re.IGNORECASE)
_LIST_BULLET = re.compile(rf"^\s*[{BULLET_MARKS}]\s*")
# A lettered entry of such a list: "(a)     Chris Bell from Amey and Richard Parry …" (Scottish Borders).
_LIST_LETTER = re.compile(r"^\(?[a-z]\)\s+")
# The names an entry opens with, each maybe with a bracket ("(who could not be present)") or the body they are
# from ("Chris Bell from Amey and Richard Parry …"), before what the entry says of them ("who had received …",
# "for their work on …"): "Kate Pearson, Sam Elliot and Bryan McGrath (who could not be present) for their work".
# The body is each name's, or, after the names, all of theirs ("Caroline Dunmar and Pauline MacFarlane (who could not
# be present), from the West Linton Village Nursery who had been awarded …").
_FROM_BODY = r"\s+from\s+(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:of\s+)?[A-Z][\w'’&-]*)*)"
_ENTRY_NAME = (r"(?:" + WHOLE_NAME + r")(?:\s*\([^()]*\))?(?:" + _FROM_BODY.replace("?P<body>", "") + ")?")
_ENTRY_NAMES = re.compile(r"^" + _ENTRY_NAME + r"(?:(?:\s*,\s*|\s+and\s+)" + _ENTRY_NAME + r")*"
                          r"(?=,?\s+(?:who|for|from)\b)")
_ONE_ENTRY_NAME = re.compile(r"(?P<name>" + WHOLE_NAME + r")(?:\s*\([^()]*\))?(?:" + _FROM_BODY + ")?")
_ALL_FROM_BODY = re.compile(r",?" + _FROM_BODY)
# The "and" that a list's last but one entry ends with: "·         Graham Vincent; and" / "·         David Williams."
_LAST_ENTRY_AND = re.compile(r"[;,]\s*and$")
# An entry's bracket: who received it for a group ("Sanctuary Homeless Shelter (Steve and Lorna Nolan)"), or on
# whose behalf ("Rob Flood (on behalf of Wendy Daws)").
# An unbulleted entry of such a list, a line each: a whole name, a dash, what they received ("Jarvis Bell - 1st place
# for Machine Inspection", Gateshead).
_DASHED_ENTRY = re.compile(r"^(?P<name>" + WHOLE_NAME + r")\s+[-–—]\s+\S")
_ENTRY_BRACKET = re.compile(r"^(?P<before>[^()]*?)\s*\((?P<inner>[^()]+)\)$")
_ON_BEHALF = re.compile(r"^(?:(?P<first>.+?)\s+)?on\s+behalf\s+of\s+(?P<second>.+)$")
_PAIR_SHARING_SURNAME = re.compile(r"^(?P<one>[A-Z][a-z][\w'’-]*)\s+and\s+(?P<two>[A-Z][a-z][\w'’-]*)\s+"
                                   r"(?P<surname>[A-Z][a-z][\w'’-]*)$")


def _listed_people(text: str) -> Iterator[tuple[NamedInProse, int]]:
    """The people a list names under a lead-in that says it lists people (award recipients): each bulleted entry
    a whole untitled name, "A on behalf of B", or a group with its people in a bracket ("… (Matt and Becky
    Baxter)"), or, unbulleted, a line that is a whole name, a dash and what they received. An entry that is no
    name ("Community Cupboard") gives nobody; titled entries are the other grammars'."""
    listing, offset, title = False, 0, None
    for raw in text.splitlines(keepends=True):
        offset += len(raw)
        line = " ".join(raw.replace("\u00a0", " ").split())
        if not line:
            continue
        if bullet := _LIST_BULLET.match(line) or _LIST_LETTER.match(line):
            if listing:
                yield from ((NamedInProse(Person(name, honorific=title, organisation=body)), offset)
                            for name, body in _entry_names(line[bullet.end():]))
            continue
        if listing and (entry := _DASHED_ENTRY.match(line)) and _whole_untitled(entry["name"]):
            yield NamedInProse(Person(entry["name"])), offset  # "Jarvis Bell - 1st place for Machine Inspection"
            continue
        lead_in = _PEOPLE_LEAD_IN.search(line)
        listing = bool(lead_in)
        # "the following outgoing Councillors …:-": each untitled name of the list is a Councillor
        title = "Councillor" if lead_in and (lead_in["members"] or "").lower() == "councillors" else None


# A front sheet's "Contacts" list: each officer's post on a line, the name on the next, then their details
# ("Contacts" / "Council Administrator" / "Sandra Coltman" / "Tel. 023 …" / "Email: …" / "Solicitor to the Council" /
# "Mark Heath" / "Tel. …", Southampton).
_CONTACTS_HEAD = re.compile(r"^Contacts?:?$", re.IGNORECASE)
_DETAILS = re.compile(r"^(?:Tel|Telephone|Phone|E-?mail)\b", re.IGNORECASE)
_CONTACTS_SPAN = 24  # lines: how far under its head a contacts list may run


def _contacts_listed(text: str) -> Iterator[tuple[NamedInProse, int]]:
    """Each officer of a "Contacts" list, with the post printed over the name: a post with a role word in it, a
    whole untitled name, and a line of contact details under it (the details themselves are never kept)."""
    lines: list[tuple[str, int]] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        offset += len(raw)
        if line := " ".join(raw.replace("\u00a0", " ").split()):
            lines.append((line, offset))
    heads = [index for index, (line, _) in enumerate(lines) if _CONTACTS_HEAD.match(line)]
    for head in heads:
        for at in range(head + 1, min(head + _CONTACTS_SPAN, len(lines) - 2)):
            (post, _), (name, end), (details, _) = lines[at], lines[at + 1], lines[at + 2]
            if _DETAILS.match(details) and _ROLE_NOUNS.search(post) and _whole_untitled(name) \
                    and not _DETAILS.match(post):
                yield NamedInProse(Person(name), post), end


def _entry_names(entry: str) -> list[tuple[str, Organisation | None]]:
    """The whole untitled names one list entry gives (see :func:`_listed_people`), each with the body the entry says
    they are from: the entry whole, or the names it opens with before what it says of them ("Ray Cherry and Ian
    Sharp for their work on …", "Chris Bell from Amey and …")."""
    entry = _LAST_ENTRY_AND.sub("", entry.strip()).rstrip(".;,")  # "Graham Vincent; and"
    if opening := _ENTRY_NAMES.match(entry):
        names = [(match["name"], match["body"]) for match in _ONE_ENTRY_NAME.finditer(opening[0])]
        shared = _ALL_FROM_BODY.match(entry, opening.end())
        if all(_whole_untitled(name) for name, _ in names):
            return [(name, Organisation(body) if (body := own or (shared and shared["body"])) else None)
                    for name, own in names]
    return [(name, None) for name in _entry_people(entry)]


def _entry_people(entry: str) -> list[str]:
    """The whole untitled names of an entry that opens with no list of them: a group and its people in a bracket,
    "A on behalf of B", two given names sharing a surname, or the entry whole."""
    if bracket := _ENTRY_BRACKET.match(entry):
        inner = bracket["inner"].strip()
        if inner.startswith("on behalf of"):
            entry = f"{bracket['before']} {inner}"  # "Rob Flood (on behalf of Wendy Daws)": both
        elif _PAIR_SHARING_SURNAME.match(inner) or _whole_untitled(inner):
            entry = inner  # the people who received it for the group before the bracket
        else:
            entry = bracket["before"]  # a note on the person ("(Headteacher …)"): the name before it
    if behalf := _ON_BEHALF.match(entry):
        return [name for name in (behalf["first"], behalf["second"]) if name and _whole_untitled(name)]
    if pair := _PAIR_SHARING_SURNAME.match(entry):
        return [f"{pair['one']} {pair['surname']}", f"{pair['two']} {pair['surname']}"]
    if "," in entry and _whole_untitled(last := entry.rsplit(",", 1)[1].strip()):
        return [last]  # what they are, then the name: "Three times Snooker World Champion, Mark Williams"
    return [entry] if _whole_untitled(entry) else []


def _whole_untitled(name: str) -> bool:
    """Two or three capitalised words, no title among them, that read as a person's name."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", word) for word in words) \
        and not any(word in _TITLE_WORDS for word in words) and _untitled_name(name)


def _abbreviations(text: str) -> dict[str, str]:
    """What the page spells out with its initials in brackets: "Marketing Gloucester Limited (MGL)"."""
    spelt: dict[str, str] = {}
    for match in _SPELT_OUT.finditer(text):
        words = match["words"].split()
        for start in range(len(words)):
            capitals = [word for word in words[start:] if word[:1].isupper()]
            if "".join(word[0] for word in capitals) == match["short"] and words[start][:1].isupper():
                spelt.setdefault(match["short"], " ".join(words[start:]))
                break
    return spelt


def _spelt_out(named: NamedInProse, abbreviations: dict[str, str]) -> NamedInProse:
    """An outside body named by initials ("Chair of MGL") that the page spells out elsewhere is named in full."""
    def full(body: Organisation | None) -> Organisation | None:
        return Organisation(abbreviations[body.name]) if body and body.name in abbreviations else body
    return replace(named, role_in=full(named.role_in),
                   person=replace(named.person, organisation=full(named.person.organisation)))


def _given_name_found(named: NamedInProse, text: str) -> NamedInProse:
    """ "Ms Hilton asked …" on a page that says "a written question was received from Julia Hilton": a
    surname alone takes the one given name the page prints it with after "by", "from", "with" or "and", or after
    a civic post and its comma ("former councillor and Mayor, Denis Bown", :data:`_BEFORE_GIVEN`)."""
    words = named.person.name.split()
    if len(words) != 1 or not named.person.honorific:
        return named
    if _PLAIN_SURNAME.fullmatch(words[0]):  # the page's given names before each plain surname, read once
        given = set(_given_names_before(text).get(words[0], ()))
    else:
        given = {match[1] for match in re.finditer(
            _BEFORE_GIVEN + r"([A-Z][a-z]+)\s+" + re.escape(words[0]) + r"\b(?![\w'’-])", text)}
    given -= NOT_NAME_WORDS | _TITLE_WORDS
    if len(given) != 1:
        return named
    return replace(named, person=replace(named.person, name=f"{given.pop()} {words[0]}"))


# A surname of one capital and small letters; "by Jane Hilton" before it: the given name, and the surname as the
# pattern in _given_name_found reads it (no word character, quote or hyphen after it).
_PLAIN_SURNAME = re.compile(r"[A-Z][a-z]+")
# Or after a civic post and its comma: "the recent death of former councillor and Mayor, Denis Bown. Other councillors
# spoke about Mr Bown" (Hinckley and Bosworth): Mr Bown is Denis Bown.
_BEFORE_GIVEN = (r"(?:\b(?:by|from|with|and)|\b(?:[Cc]ouncillor|Mayor|Alderman|Chair(?:man|woman)?|Leader|Freeman)"
                 r"\s*,)\s+")
_GIVEN_BEFORE = re.compile(_BEFORE_GIVEN + r"([A-Z][a-z]+)\s+(?=([A-Z][a-z]+)(?![\w'’-]))")


@functools.lru_cache(maxsize=4)
def _given_names_before(text: str) -> dict[str, frozenset[str]]:
    """Each plain surname's given names "by", "from", "with" or "and" print before it on the page, from one
    scan of the page: a pattern per surname compiled afresh cost a sixth of reading a real page. For a plain
    surname the scan finds what that pattern finds (no match can start inside another)."""
    found: dict[str, set[str]] = {}
    for match in _GIVEN_BEFORE.finditer(text):
        found.setdefault(match[2], set()).add(match[1])
    return {surname: frozenset(given) for surname, given in found.items()}


def _surnames_merged(people: list[NamedInProse]) -> list[NamedInProse]:
    """ "Councillor Helme" beside "Councillor Helen Helme" on the same page is that person, when exactly one
    full name the page prints has that surname, or exactly one with the same title (two Sams, "J Sams" and "T Sams",
    stay apart; "Councillor Lane" is Councillor Will Lane, not Ms Jennie Lane)."""
    full_names: dict[str, list[NamedInProse]] = {}
    for named in people:
        if len(words := named.person.name.split()) > 1:
            full_names.setdefault(words[-1].casefold(), []).append(named)
    merged: dict[str, NamedInProse] = {}
    for named in people:
        words = named.person.name.split()
        full = [other for other in full_names.get(words[-1].casefold(), []) if _ends_with(other.person.name, words)] \
            if surname_alone(words) else []
        if len(full) > 1 and named.person.honorific:  # "Councillor Lane" beside Councillor Will Lane and Ms Jennie
            full = [other for other in full if other.person.honorific == named.person.honorific]  # Lane: the first
        meant = full[0] if len(full) == 1 and not another_person(named.person, full[0].person) else named
        key = meant.person.name
        merged[key] = _merged(merged.get(key, meant), named) if named is not meant or key in merged else named
    return list(merged.values())


def surname_alone(words: list[str]) -> bool:
    """A name that is a surname only: one word ("Helme"), or a surname of several joined by a particle
    ("Councillor Gonzalez De Savage", whom the page also names "Councillor Andre Gonzalez De Savage")."""
    return len(words) == 1 or any(word.casefold() in NAME_PARTICLES for word in words[1:-1])


def _ends_with(name: str, words: list[str]) -> bool:
    """``name`` is longer than ``words`` and ends with them ("Andre Gonzalez De Savage", "Gonzalez De Savage")."""
    own = name.casefold().split()
    return len(own) > len(words) and own[-len(words):] == [word.casefold() for word in words]


def _cells(text: str) -> Iterator[tuple[str, int]]:
    """Each line of the text, or each cell of a table row (tab- or bar-separated: "Councillor Sara Randall
    Johnson<tab>Against", or aligned with runs of spaces), whitespace folded, with where it ends in the text. A
    contact line's gap between name and post is read as its comma first, as the contact readers read it."""
    offset = 0
    for line, offset in _runs_on_joined(text):
        for cell in _CELL_BREAK.split(line.strip()):  # runs of spaces: aligned cells
            if CONTACT_LINE.match(cell):
                cell = gap_as_comma(cell)  # "Contact: Hannah Matthews  Governance and Democracy Manager"
            if cell.strip():
                folded = " ".join(cell.replace("\u00a0", " ").split())
                yield _IN_THE_CHAIR.sub(r"\g<who> (\g<office>) in the Chair", folded) if "Chair" in folded \
                    else folded, offset


# A list's bullet starts an entry as a line does: "… the following announcements: · Congratulations … · Hazel
# Beach-Jones, Independent Member of the Standards Committee, was welcomed …" (Conwy, a list run into one line).
_CELL_BREAK = re.compile(r"\t|\s\|\s|^\||\|$|\s{3,}|(?:^|\s)[·•]\s")
# A paragraph that ends in a comma goes on in the next: a list of names a copy of a Word document wraps over lines
# with blank lines between ("Councillors Mrs. B. Burns MBE, John Byast, W. J. Chorlton," / "" / "J. M. Davies, E. G.
# Davies, …", Isle of Anglesey), whose plural title stands for every name in it. Never a table's row.
_RUNS_ON = re.compile(r"[^|\t],$")


def _runs_on_joined(text: str) -> Iterator[tuple[str, int]]:
    """Each line of the text with where it ends; before the lines of a paragraph that runs on over lines ending in
    commas, or onto a line right below that opens in lower case (a hard-wrapped sentence: "… the addition ot
    Councillors Green" / "and Carrion in the list of those Members present …", Basildon), the paragraph joined (its
    lines are read alone too: "Steve McBarron, Co-optee…" opens its own line after "… on behalf of Councillor
    Denise Atkinson,", Leeds, as a name opening a line is read)."""
    offset, run, blank = 0, [], False
    for line in text.splitlines(keepends=True):
        offset += len(line)
        if not line.strip():
            if not run:
                yield line, offset
            blank = True
            continue  # a blank line between a run's lines is no part of it
        if run and not (_RUNS_ON.search(run[-1][0].rstrip()) and "\t" not in run[-1][0]) \
                and (blank or not line.lstrip()[:1].islower()):
            yield from _run_read(run)
            run = []
        run.append((line, offset))
        blank = False
    yield from _run_read(run)


def _run_read(run: list[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """A run of lines as :func:`_runs_on_joined` reads it: joined first when it is more than one, then each."""
    if len(run) > 1:
        yield " ".join(part.strip() for part, _ in run), run[-1][1]
    yield from run


# "Councillor C Martin Vice-Chair in the Chair" (Durham): the office printed between the name and "in the Chair"
# is the office the member holds, as if in a bracket ("Councillor C Martin (Vice-Chair) in the Chair").
_IN_THE_CHAIR = re.compile(
    r"^(?P<who>.+?[a-z])\s+(?P<office>(?:Vice[-\s]|Deputy\s+)?Chair(?:man|woman|person)?)\s+in\s+the\s+Chair\b")


def _merged(known: NamedInProse, later: NamedInProse) -> NamedInProse:
    """What a second mention of the same name adds: a role, an honorific or an organisation left unstated."""
    person = replace(known.person, honorific=known.person.honorific or later.person.honorific,
                     organisation=known.person.organisation or later.person.organisation)
    if known.role and (known.role_in or not (later.role and later.role.startswith(f"{known.role} of "))):
        return NamedInProse(person, known.role, known.role_in)
    # "declared Mr Richard Palmer as Chairman", then "RESOLVED that Mr Palmer be elected as Chairman of the County
    # Council": the same office, named in full the second time
    return NamedInProse(person, later.role, later.role_in)


# The verbs and nouns one of which every match of ``_ELECTED_UNTITLED`` and ``_ASKED_BY`` holds.
_ELECTED_VERBS = ("elected", "appointed", "confirmed", "declared")
_ASKED_NOUNS = ("question", "petition", "statement", "deputation", "Question", "Petition", "Statement", "Deputation")
_PLURAL_TITLES = tuple(plural.title() for plural in PLURAL_HONORIFICS)  # as _PLURAL prints them


# A couple named by their titles and initials, the surname printed once after the second: "Mr G & Mrs L Cornish"
# (Richmondshire's public speakers): the first is "Mr G Cornish" (the second is read as any titled name is).
_COUPLE = re.compile(r"(?<![\w-])(?P<title>" + _ONE_TITLE + r")\s+(?P<initials>(?:[A-Z]\.?\s+){0,2}[A-Z]\.?)"
                     r"\s+(?:&|and)\s+" + _ONE_TITLE + r"\s+(?:[A-Z]\.?\s+){1,3}(?P<surname>[A-Z][a-z][\w'’-]+)\b")


# An untitled whole name who attends in a post: "… and Peter Holt who was attending in his new capacity as Deputy
# Monitoring Officer." (South Northamptonshire).
_ATTENDING_AS = re.compile(r"(?P<name>" + WHOLE_NAME + r"),?\s+who\s+(?:was|is)\s+(?:attending|present)\s+"
                           r"(?:in\s+(?:his|her|their)\s+(?:new\s+)?capacity\s+)?as\s+(?:the\s+|an?\s+)?"
                           r"(?P<role>" + _POST + r")(?![\w'’-])")


def _scan(grammar: re.Pattern[str], line: str, needs: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``grammar``'s matches in the line; none, unscanned, when the line holds none of ``needs``, one of which
    every match of the grammar holds as printed (these grammars are case-sensitive): most lines have no comma,
    bracket or verb these grammars need, and a substring test costs far less than a scan."""
    return grammar.finditer(line) if any(map(line.__contains__, needs)) else iter(())


def _mentions_in_line(line: str, cut_short: bool = False) -> Iterator[NamedInProse]:
    """The people one line names. On the text's last line (``cut_short``), a name running to the line's
    end is left out: a copy cut short ("Mr Andrew Dru") may have cut the name too."""
    cut = len(line) if cut_short and not re.search(r"[.;:!?)]$", line) else None
    taken = bytearray(len(line) + 1)  # 1 where a mention already read covers the line
    for match in _scan(_LISTED, line, _PLURAL_TITLES):
        taken[match.start():match.end()] = b"\1" * (match.end() - match.start())
        yield from _listed(match, line, cut)
    for match in _scan(_TITLE_AND_OFFICE, line, ("Mayor",)):
        if match.end() != cut and (name := _name_only(match["name"])) is not None:
            taken[match.start():match.end()] = b"\1" * (match.end() - match.start())
            honorific, _ = split_honorific(f"{match['title']} X")
            yield NamedInProse(Person(name, honorific=honorific), " ".join(match["office"].split()))
    for match in _TITLED.finditer(line):
        if taken[match.start()] or match.end() == cut:
            continue
        named = _titled(match, line)
        if named is not None:
            taken[match.start():match.end()] = b"\1" * (match.end() - match.start())
            if cut is not None and named.role and line.rstrip().endswith(named.role):
                named = replace(named, role=None)  # "… be elected Deputy-C": the copy may have cut the office too
            yield named
    for match in _scan(_RANK_BEFORE_INITIALS, line, ("Colonel", "Major", "Captain", "Commander")):
        if not taken[match.start()] and match.end() != cut and (named := _titled(match, line)):
            taken[match.start():match.end()] = b"\1" * (match.end() - match.start())
            yield named
    for match in _scan(_OFFICE_THEN_TITLED, line, (", ",)):
        if match.end() != cut and (named := _office_then_titled(match)):
            yield named
    for match in _scan(_OFFICE_DASH_TITLED, line, (" - ", " – ", " — ")):
        if match.end() != cut and (named := _office_dash_titled(match)):
            yield named
    for match in _scan(_COUPLE, line, (" & ", " and ")):
        if not taken[match.start()]:
            yield NamedInProse(Person(f"{match['initials']} {match['surname']}",
                                      honorific=split_honorific(f"{match['title']} X")[0]))
    for match in _scan(_BRACKETED, line, ("(",)):
        if not taken[match.start()] and (named := _bracketed(match["name"], line, match.start())):
            yield named
    for match in _scan(_ROLE_THEN_NAME, line, ("(",)):
        if not taken[match.start("name")] and (named := _role_then_name(match)):
            yield named
    for match in _POST_BEFORE_NAME.finditer(line):
        if not taken[match.start("run")] and (named := _post_before_name(match)):
            yield named
    for match in _scan(_POST_BEFORE_POSSESSIVE, line, ("’s", "'s")):
        if not taken[match.start("run")] and (named := _post_before_possessive(match)):
            yield named
    for match in _scan(_BY_NAME, line, (", ",)):
        if not taken[match.start("name")] and (named := _introduced(match, line)):
            yield named
    for match in _scan(_POST_COMMA_POSSESSIVE, line, ("’s", "'s")):
        if not taken[match.start("name")] and _headed_by_post(match["post"]) \
                and _name_only(match["name"]) == match["name"] and _untitled_name(match["name"]):
            yield NamedInProse(Person(match["name"]), match["post"])
    for match in _scan(_OF_BODY, line, (" of ", " from ")):
        if not taken[match.start("name")] and (named := _of_body(match)):
            yield named
    for match in _scan(_ELECTED_UNTITLED, line, _ELECTED_VERBS):
        if not taken[match.start("name")] and (named := _elected_untitled(match, line)):
            yield named
    for match in _scan(_ATTENDING_AS, line, (" as ",)):
        if not taken[match.start("name")] and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]) and _ROLE_NOUNS.search(match["role"]):
            yield NamedInProse(Person(match["name"]), match["role"])
    for match in (*_scan(_REPRESENTATIONS_BY, line, ("made by", "given by")),
                  *_scan(_IN_THE_NAME_OF, line, ("in the name of",))):
        if not taken[match.start("name")] and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]):
            yield NamedInProse(Person(match["name"]))
    for match in _scan(_ON_BEHALF_OF, line, ("on behalf of",)):
        if not taken[match.start("name")] and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]):
            body = _BODY_AFTER.match(line, match.end())
            organisation = _organisation_named(body["body"]) if body else None
            yield NamedInProse(Person(match["name"], organisation=Organisation(organisation) if organisation else None))
    for match in _scan(_THANKED, line, ("thank", "congratulated")):
        group = "name" if match["name"] else "congratulated"
        if not taken[match.start(group)] and _name_only(match[group]) == match[group] \
                and _untitled_name(match[group]):
            yield NamedInProse(Person(match[group]))
    for match in _scan(_DESCRIBED, line, (",",)):
        if not taken[match.start("name")] and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]):
            yield NamedInProse(Person(match["name"]))
    for match in (*_scan(_OFFICE_AS_TITLE, line, ("Mayor", "Chair")), *_scan(_OFFICE_BEFORE_SURNAME, line, ("Mayor",))):
        if not taken[match.start("name")]:
            yield NamedInProse(Person(match["name"]), match["office"])
    for match in _scan(_MAYOR_WITH_POST, line, ("Mayor",)):
        if not taken[match.start("name")] and _untitled_name(match["name"]) \
                and (role := _appositive_role(match["role"], line[match.end("role"):])) and ROLE_WORDS.search(role):
            yield NamedInProse(Person(match["name"], honorific=match["office"]), role)
    for match in _FATHER_AFTER_OFFICE.finditer(line):
        if not taken[match.start("name")] and ROLE_NOUNS.search(match["role"]):
            yield NamedInProse(Person(match["name"], honorific="Father"), match["role"])
    for match in _scan(_THEIR_SHARED_OFFICE, line, ("s, ",)):
        yield from _shared_office(match)
    for match in _scan(_HONOURED, line, ("BE",)):  # CBE, OBE, MBE, BEM, KBE, DBE
        if not taken[match.start("name")] and (named := _honoured(match)):
            yield named
    for match in _scan(_ADDRESSED, line, ("addressed",)):
        if not taken[match.start("name")] and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]):
            yield NamedInProse(Person(match["name"]))
    for match in _scan(_GAVE_STATEMENT, line, ("gave ", "made ")):
        if not taken[match.start("name")] and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]):
            yield NamedInProse(Person(match["name"]))
    for match in (*_scan(_ASKED_BY, line, _ASKED_NOUNS), *_scan(_ASKED_ACTIVE, line, _ASKED_NOUNS)):
        if not taken[match.start("name")] and match.end() != cut and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]):
            yield NamedInProse(Person(match["name"]))
    for match in _scan(_SUBJECT_NAME, line, (",",)):
        if not taken[match.start("name")] and (named := _subject(match, line)):
            yield named
    for grammar, needs, read in _NAME_AND_POST_READERS:
        for match in _scan(grammar, line, needs):
            if not taken[match.start("name")] and (named := read(match)):
                yield named
    for match in _scan(_PRESENTED_TO, line, ("presented",)):
        names = re.split(r",\s+(?:and\s+)?|\s+and\s+", match["names"])
        if not taken[match.start("names")] and all(_name_only(name) == name and _whole_untitled(name)
                                                   for name in names):
            yield from (NamedInProse(Person(name)) for name in names)
    for match in _scan(_TEAM_INCLUDING, line, ("including", "namely", "comprising")):
        names = re.split(r",\s+(?:and\s+)?|\s+and\s+", match["names"])
        if all(_name_only(name) == name and _whole_untitled(name) for name in names):
            yield from (NamedInProse(Person(name)) for name in names)
    for match in _scan(_MEMBERS_WERE, line, (" were ",)):
        names = re.split(r",\s+(?:and\s+)?|\s+and\s+", match["names"])
        if all(_name_only(name) == name and _untitled_name(name) for name in names):
            yield from (NamedInProse(Person(name)) for name in names)
    for match in _scan(_MEMBERS_NAMED, line, ("ouncillors,", "embers,")):
        names = re.split(r",\s+(?:and\s+)?|\s+and\s+", match["names"])
        if all(_name_only(name) == name and _untitled_name(name) for name in names):
            yield from (NamedInProse(Person(name)) for name in names)
    for match in _scan(_NAME_THE_POST, line, (" the ",)):
        name = match["name"]
        if not taken[match.start("name")] and _name_only(name) == name and _untitled_name(name) \
                and ROLE_NOUNS.search(match["role"]):
            yield NamedInProse(Person(name), match["role"])
    for match in _scan(_POST_PLURAL_NAMES, line, (" and ",)):
        names = re.split(r",\s+(?:and\s+)?|,?\s+and\s+", match["names"])
        post = match["post"][:-1]
        if not taken[match.start("names")] and _ROLE_NOUNS.fullmatch(post.split()[-1]) \
                and all(_name_only(name) == name and _whole_untitled(name) for name in names):
            yield from (NamedInProse(Person(name), post) for name in names)
    for match in _scan(_NAME_COMMA_THE_POST, line, (", the ",)):
        name, role = match["name"], match["role"]
        if not taken[match.start("name")] and _name_only(name) == name and _untitled_name(name) \
                and _ROLE_NOUNS.fullmatch(role.split()[-1]) and not _titles_someone(role):
            yield NamedInProse(Person(name), role)
    for match in _scan(_SILENCE_FOR, line, ("silence",)):
        name = match["name"]
        if not taken[match.start("name")] and _name_only(name) == name and _untitled_name(name):
            role = match["role"]
            held = role if role and (ROLE_NOUNS.search(role) or re.match(r"MP\s+for\s+[A-Z]", role)) else None
            yield NamedInProse(Person(name), held)
    for match in _scan(_FAMILY_OF, line, ("family", "families")):
        name = match["name"]
        if not taken[match.start("name")] and _name_only(name) == name and _untitled_name(name):
            role = match["role"]
            held = role if role and (ROLE_NOUNS.search(role) or _FREEDOM.search(role)) else None
            yield NamedInProse(Person(name), held)
    for match in _scan(_DEATH_OF, line, ("death", "passing")):
        if not taken[match.start("name")] and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]):
            yield NamedInProse(Person(match["name"]))
    for match in _scan(_CONTACT_EITHER, line, ("contact ",)):
        names = (match["one"], match["two"])
        if not taken[match.start("one")] and all(_name_only(name) == name and _untitled_name(name) for name in names):
            yield from (NamedInProse(Person(name)) for name in names)
    for match in _scan(_CALLING_BEFORE_NAME, line, ("he ",)):
        if not taken[match.start("name")] and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]):
            yield NamedInProse(Person(match["name"]))
    for match in _scan(_STAFF_NAMED, line, ("of staff",)):
        if not taken[match.start("name")] and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]):
            yield NamedInProse(Person(match["name"]))
    for match in _scan(_ASKED_TO_ADDRESS, line, (" to address", " to speak", " to present")):
        if not taken[match.start("name")] and _name_only(match["name"]) == match["name"] \
                and _untitled_name(match["name"]) and _whole_untitled(match["name"]):
            yield NamedInProse(Person(match["name"]))
    if (counted := _COUNTED_NAMES.match(line)) is not None:
        yield from _counted_names(counted)
    yield from _capacities(line)
    yield from _posts_as(line)
    yield from _council_posts_as(line)
    if not any(taken) and (alone := _NAME_AND_ROLE_ALONE.match(line)) and (named := _name_and_role(alone)):
        yield named
    if contact := CONTACT_LINE.match(line):
        yield from _other_contacts(contact["rest"])
    elif officer := _OFFICER_LINE.match(line):
        yield from _officer_named(officer)
    elif (lead := _LEAD_OFFICERS_LINE.match(line)) and (listed := officers_named(lead["rest"])):
        yield from (NamedInProse(Person(other), "Lead officer") for other in listed[1:])  # the reader reads the first


# A line that names an officer under their part in the business, a label of its own: "Case officer: Sue Pilcher
# (spilcher@aylesburyvlaedc.gov.uk)" (Aylesbury Vale's planning items). The label is a post; a contact line's
# ("Contact officer:") is read as a contact, and a page's own fields ("Lead officer:" on a decision or issue page)
# by its reader: only the officers a planning or report item names are read here.
_OFFICER_LINE = re.compile(r"^(?P<post>(?i:case|planning|presenting|reporting|responsible|enforcement)\s+(?i:officer))"
                           r"\s*:\s*(?P<rest>\S.*)$")


# A decisions list's "Lead officer: Daniel Ayrton, Joanna Jackson": its reader reads the first as the decision's
# contact; each other is a person in the same role.
_LEAD_OFFICERS_LINE = re.compile(r"^(?i:lead\s+officers?)\s*:\s*(?P<rest>\S.*)$")


def _officer_named(match: re.Match[str]) -> Iterator[NamedInProse]:
    """The officer an officer line names (see :data:`_OFFICER_LINE`), in the label's post; their e-mail and phone
    stay with the line. A line naming nobody by a whole name names no one."""
    who = split_contact_details(match["rest"])[0]
    if _untitled_name(who) and " " in who:
        yield NamedInProse(Person(who), match["post"])


# Where a contact line's next officer starts: a whole untitled name and the comma before their post.
_NEXT_OFFICER = re.compile(r"\s(?=[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+\s*,\s*[A-Z])")


def _other_contacts(rest: str) -> Iterator[NamedInProse]:
    """ "Contact: Anita James, Senior Democratic Support Officer email … or tel: …. Sazeda Yasmin, Scrutiny
    Support Officer email … or tel: ….": a contact line naming several officers, each after the details of
    the one before. The first is the contact the readers read; each other is a person with their post (their
    details stay with the line, never with the person)."""
    chunks, start = [], 0
    for match in _NEXT_OFFICER.finditer(rest):
        if CONTACT_DETAILS.search(rest[start:match.start()]):
            chunks.append(rest[start:match.start()])
            start = match.end()
    chunks.append(rest[start:])
    if listed := officers_listed(gap_as_comma(split_contact_details(chunks[0])[0])):
        yield from (NamedInProse(Person(other), "Contact") for other in listed[1:])  # "A, B, C  Senior … officer"
    name, _, role = split_contact_details(chunks[0])[0].partition(",")
    first, slash, second = name.partition("/")
    if shared := officers_sharing_post(name.strip(), role.strip(" ,.;") or None):  # "A and B, Administrators"
        names, post = shared
        yield from (NamedInProse(Person(other), post or "Contact") for other in names[1:])
    elif slash and not role.strip(" ,.;") and looks_like_name(first.strip()) and looks_like_name(second.strip()):
        yield NamedInProse(Person(second.strip()), "Contact")  # "Contact: Jill Bell / Yusuf Patel" (Bradford)
    for chunk in chunks[1:]:
        contact = parse_contact(chunk)
        if contact is not None and contact.person is not None and contact.role:
            yield NamedInProse(contact.person, contact.role)


def _name_and_role(match: re.Match[str]) -> NamedInProse | None:
    """ "- DAVID CAMERON, Lord Provost.": a line holding only a whole untitled name (capitalised or in
    capitals) and, after its comma, a role (a role word in it) is that person in that role."""
    name, role = match["name"], match["role"].strip()
    words = [word.capitalize() if word.isupper() else word for word in name.split()]
    if any(word.isupper() or word in _TITLE_WORDS for word in words) or not _untitled_name(" ".join(words)) \
            or not _ROLE_NOUNS.search(role) or _titles_someone(role):
        return None
    return NamedInProse(Person(name), role)


def _titles_someone(role: str) -> bool:
    """A title and a name in the words after the comma ("…, Councillor Ann Lee"), not a post that opens with a
    word titles may use: "Deputy Monitoring Officer and Solicitor" (Torfaen) is a post, "Deputy" a rank in it."""
    titled = _TITLED.search(role)
    return titled is not None and not ROLE_WORDS.search(titled["name"])


def _role_then_name(match: re.Match[str]) -> NamedInProse | None:
    """ "The Cabinet Member for Housing (Jane Smith)": a post with "the" before it and a role word in it,
    then an untitled whole name in brackets, is that post and its holder."""
    name = _name_only(match["name"])
    if name != match["name"] or not _untitled_name(name) or not ROLE_WORDS.search(match["role"]) \
            or _titles_someone(match["role"]):
        return None  # "The Chairman of the Council, Mrs E Hamilton (West Wittering)": the bracket is hers, a ward
    return NamedInProse(Person(name), _trim_role(match["role"]))


def _honoured(match: re.Match[str]) -> NamedInProse | None:
    """The person an honour is announced for, with their post ("Chair of Horniman Museum and Gardens": the post
    and the body it is held in), when the post names a role and the name looks like one."""
    name, post = match["name"], " ".join(match["post"].split())
    if _name_only(name) != name or not _untitled_name(name) or not ROLE_WORDS.search(post):
        return None
    role, of, body = post.partition(" of ")
    body = re.sub(r"^the\s+", "", body)
    return NamedInProse(Person(name), role.rstrip(", ") or None, Organisation(body) if of and body else None)


# An office, its comma, and the titled member who holds it, the clause going on after the name ("on behalf of the
# former Mayor, Councillor Steve Bridger who was unable to attend", Epsom and Ewell); not a list of people ("the
# Leader, Councillor A and Councillor B": after a list's "and" the office may be the first one's alone).
_OFFICE_THEN_TITLED = re.compile(
    r"\b[Tt]he\s+(?P<office>(?:[a-z]+\s+){0,2}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+"
    r"(?P<title>" + _ONE_TITLE + r")\s+(?P<name>" + _NAME + r")(?=\s+(?:who|whose|was|is|had|has)\b)")


# An office, a dash and the titled member who holds it: "responses given by the Leader of the Council - Councillor
# Mrs. J.M.A. Spiers (1), the Deputy Leader and Executive Member for Finance - Councillor V.W. Broad (1)" (Reigate
# and Banstead); the office held now, "new" before it: "the new Naval Regional Commander for the South West –
# Brigadier Frasier –" (Exeter).
_OFFICE_DASH_TITLED = re.compile(
    r"\b[Tt]he\s+(?:(?:new|current|present)\s+)?(?P<office>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|&)){0,9})\s+[-–—]\s+"
    r"(?P<title>" + _TITLES + r")\s+(?P<name>" + _NAME + r")")


def _office_dash_titled(match: re.Match[str]) -> NamedInProse | None:
    """The titled member after an office and a dash, with it as their role; nobody when the office names no role
    among its first three words ("the Leader of the Council", "the Executive Member for Better for Less")."""
    office, name = " ".join(match["office"].split()), _name_only(match["name"])
    if name is None or not _ROLE_NOUNS.search(" ".join(office.split()[:3])):
        return None
    honorific, _ = split_honorific(f"{match['title']} X")
    return NamedInProse(Person(name, honorific=honorific), office)


# "the current Deputy Mayor": the office now held, no part of its name ("former" is: a past office).
_NOW = re.compile(r"^(?:current|present)\s+")


def _office_then_titled(match: re.Match[str]) -> NamedInProse | None:
    """The titled member an office is said of, with it as their role ("current" dropped); nobody when the
    office is no role."""
    office, name = _NOW.sub("", " ".join(match["office"].split())), _name_only(match["name"])
    if name is None or not _ROLE_NOUNS.fullmatch(office.split()[-1]):
        return None
    honorific, _ = split_honorific(f"{match['title']} X")
    return NamedInProse(Person(name, honorific=honorific), office)


# A post after "the", its comma, then a whole untitled name in the possessive: "this was the Director of Social Work &
# Practice, Stuart Easingwood’s last day with the Council" (Scottish Borders), whom the minutes then call "Mr
# Easingwood": one person, Stuart Easingwood, the Director.
_POST_COMMA_POSSESSIVE = re.compile(r"\b[Tt]he\s+(?P<post>" + _POST + r"),\s+(?P<name>" + WHOLE_NAME + r")['’]s\b")
# A post after "the" (a word or two in lower case before it) straight before a whole untitled name in the possessive
# ("following the former Prime Minister Theresa May’s Resignation Honours List", Newport).
_POST_BEFORE_POSSESSIVE = re.compile(
    r"\b[Tt]he\s+(?P<lower>(?:[a-z]+\s+){0,2})(?P<run>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){2,6})['’]s\b")


def _post_before_possessive(match: re.Match[str]) -> NamedInProse | None:
    """The name after the post's last role word, two or three words, and the post up to it ("former Prime
    Minister"); nobody when no role word ends a post before such a name."""
    words = match["run"].split()
    last_role = max((index for index, word in enumerate(words) if _ROLE_NOUNS.fullmatch(word)), default=None)
    if last_role is None or not 2 <= len(words) - last_role - 1 <= 3:
        return None
    name = " ".join(words[last_role + 1:])
    if _name_only(name) != name or not _untitled_name(name):
        return None
    return NamedInProse(Person(name), f"{match['lower']}{' '.join(words[:last_role + 1])}")


# A word of four letters or more (a title leaves short function words like "the", "of", "to" in lower case).
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


def _title_cased(line: str) -> bool:
    """A heading in title case: four or more long words, every one of them capitalised, from a capital to an end
    with no comma or full stop ("Any Other Business That the Chairman Considers Urgent"). A sentence of minutes has
    long words in lower case ("the Chief Executive Jane Smith thanked Members"), and a line of one wrapped short
    keeps its comma and stop ("and Deputy Young Mayor, Aaliyah Odedina.", Lewisham)."""
    text = line.strip()
    words = _LONG_WORD.findall(text)
    return len(words) >= 4 and all(word[0].isupper() for word in words) and text[:1].isupper() \
        and "," not in text and not text.endswith(".")


def _post_before_name(match: re.Match[str]) -> NamedInProse | None:
    """ "the Coxswain Mark Tewkesbury", "the recently elected MP, Sally-Ann Hart", "the Chief Executive Jane
    Smith": a post ending in a role word, straight before a whole untitled name of two or three words. Not in a
    heading written in title case ("Any Other Business That the Chairman Considers Urgent", City of London;
    "Questions to the Leader Under Standing Order 11"): there every word is capitalised, so capitals are no
    evidence of a name, and the words after the post are the heading's own."""
    if _title_cased(match.string):
        return None
    if "," in match["run"] and not (re.match(r"\s*(?:[.,;:]|$)", match.string[match.end():])
                                    or _AND_TITLED.match(match.string, match.end())):
        return None  # after a comma, only a name the clause ends with ("MP, Sally-Ann Hart."), or one a titled
        # person follows ("the Executive Leader, Alistair Bradley and Councillor Aaron Beaver")
    words = match["run"].replace(",", " ").split()
    for size in (2, 3):
        role, name = " ".join(words[:-size]), " ".join(words[-size:])
        if not role or _name_only(name) != name or not _untitled_name(name) \
                or any(word in _TITLE_WORDS for word in words[-size:]):
            continue
        last = role.split()[-1]
        if last in _TITLE_WORDS and match["run"].rsplit(",", 1)[-1].strip() != name:
            return None  # "the Chair Councillor Jane Smith": a titled name, read as such; not "the new Young
            # Mayor, Femi Komolafe" (Lewisham), an office and, after its comma, the name of who holds it
        if role == "Executive":
            return None  # "summarised in the Executive Summary Grid in Appendix 2" (North Herts): "Executive"
            # alone is the council's executive, a body, not a post; a post is "Chief Executive", "Executive Head"
        if last == "MP" or (_ROLE_NOUNS.fullmatch(last) and last.lower() not in {"cabinet", "portfolio"}):
            return NamedInProse(Person(name), _once_held(match["lower"], role))
    return None


def _once_held(lower: str | None, post: str) -> str:
    """The post as "former …" when the words in lower case before it end with "former" ("the death of former
    Chairman Roy Clements", Three Rivers: no longer the Chairman); the other such words ("the recently elected MP")
    are left out."""
    return f"former {post}" if lower and lower.split()[-1] == "former" else post


# What someone who comes before a committee is, in lower case between commas after their name ("acquainted with
# John Cornell, public speaker, for a number of years"): a speaker, objector, applicant or petitioner.
_PARTY_TO_BUSINESS = re.compile(
    r"^,\s+(?P<role>(?:[a-z]+\s+)?(?:speaker|objector|applicant|petitioner|supporter))\s*(?=[,;.]|$)")


def _introduced(match: re.Match[str], line: str) -> NamedInProse | None:
    """ "introduced by Mark Galvayne, Licensing Officer.": an untitled name after "by", "from" or "with" is a
    person when a role follows it after a comma (a role word in it) and the sentence or clause ends there;
    "with John Cornell, public speaker, …": so is one a part they take in the business follows, in lower case."""
    name = _name_only(match["name"])
    rest = line[match.end("name"):]
    if name == match["name"] and _untitled_name(name) and (party := _PARTY_TO_BUSINESS.match(rest)):
        return NamedInProse(Person(name), party["role"])
    appositive = _APPOSITIVE.match(rest)
    if name == match["name"] and appositive is None and _untitled_name(name) \
            and (lower := _LOWER_APPOSITIVE.match(rest)) and ROLE_NOUNS.search(lower["role"]):
        return NamedInProse(Person(name), lower["role"])
    if name != match["name"] or appositive is None or not _untitled_name(name):
        return None
    role = _appositive_role(appositive["role"].strip(), rest[appositive.end():])
    if role is None or not _ROLE_NOUNS.search(role):
        return None
    post, body = _post_and_employer(role)
    return NamedInProse(Person(name, organisation=body), post)


def _of_body(match: re.Match[str]) -> NamedInProse | None:
    """ "to Daphne Oxford of the Motor Neurone Disease Association": a whole untitled name is a person of the
    body after "of"/"from" when that body is an outside organisation by its name (its last word "Association",
    "Trust" …), not a place ("Jonathan Forgan of Little Hadham" names no body)."""
    name = _name_only(match["name"])
    body = match["org"]
    while body.split()[-1] in {"of", "for", "and", "&"}:
        body = body.rsplit(None, 1)[0]
    if name != match["name"] or not _untitled_name(name):
        return None
    if body.split()[-1] == "Ward":  # "a question from Colin Hilder of Fornham Ward" (St Edmundsbury): a resident
        return NamedInProse(Person(name))
    if not is_organisation(body):
        return None
    return NamedInProse(Person(name, organisation=Organisation(body)))


def _counted_names(match: re.Match[str]) -> Iterator[NamedInProse]:
    """ "Absent: Buscombe, Hayes, Hook and Rollason  Total 4": the names, when every entry is one (initials and a
    surname, no title, no common word) and there are as many as the total says; otherwise nobody."""
    names = [name.strip() for name in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", match["names"])]
    if len(names) != int(match["count"]) or not all(
            _LISTED_SURNAME.fullmatch(name) and not any(word in NOT_NAME_WORDS or word in _TITLE_WORDS
                                                        for word in name.split()) for name in names):
        return
    for name in names:
        yield NamedInProse(Person(name))


def _subject(match: re.Match[str], line: str) -> NamedInProse | None:
    """ "Jonanna Killian, Chief Executive, has now confirmed …": an untitled whole name starting a sentence is
    a person when a post (a role word in it) stands between commas after it and the sentence goes on."""
    name = _name_only(match["name"])
    rest = line[match.end("name"):]
    appositive = _APPOSITIVE.match(rest)
    if name != match["name"] or appositive is None or not _untitled_name(name) \
            or not re.match(r",\s+[a-z]", rest[appositive.end():]):
        return None
    role = _appositive_role(appositive["role"].strip(), "")
    if role is None or not ROLE_WORDS.search(role):
        return None
    return NamedInProse(Person(name), role)


def _subject_and_post(match: re.Match[str]) -> NamedInProse | None:
    """ "Bryan Smith, Litigation Manager explained …": a whole untitled name and, after its comma, a post that
    ends in a role word ("Manager", "Member") and runs straight into the sentence's verb."""
    name, role = match["name"], match["role"]
    held = _POST_OF_BODY.match(role)
    body = held["body"] if held and _ROLE_NOUNS.fullmatch(held["post"].split()[-1]) else None
    if _name_only(name) != name or not _untitled_name(name) \
            or not (_ROLE_NOUNS.fullmatch(role.split()[-1]) or body) \
            or split_honorific(role)[0] or any(word in _TITLE_WORDS for word in role.split()):
        return None
    if body and (_ACRONYM.fullmatch(body) or is_organisation(body)) and not _TEAM_ENDING.search(body):
        return NamedInProse(Person(name), role, Organisation(body))  # "Hilary Chittenden, Chairman of ETAG had …"
    return NamedInProse(Person(name), role)


# A post held in a body named after "of" ("Chairman of ETAG", East Dorset): the post as printed, the body its
# organisation when it reads as one (its letters, or a name ending "Trust", "Association" …), never a council's team
# ("Head of Legal Services").
_POST_OF_BODY = re.compile(r"^(?P<post>.+?)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$")
_TEAM_ENDING = re.compile(r"\b(?:Services?|Team|Unit|Department|Directorate|Division|Section)$")


def _our_post(match: re.Match[str]) -> NamedInProse | None:
    """ "Ruth Hyde OBE, the Council’s Chief Executive": a whole untitled name (its post-nominals kept) and the
    post the page says is the council's own, a role word last; a title word in it is the post's ("Chief"), as
    "the Council’s" says a post follows, never a person."""
    name, role = match["name"], match["role"]
    if _name_only(name) != name or not _untitled_name(name) or not _ROLE_NOUNS.fullmatch(role.split()[-1]) \
            or split_honorific(role)[0] or (match["letters"] and match["letters"] not in POST_NOMINALS) \
            or (match["the"] and not _CLAUSE_END.match(match.string, match.end())):
        return None
    return NamedInProse(Person(name, post_nominals=(match["letters"],) if match["letters"] else ()), role)


_CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$)")


# An office two people held, said with a possessive in the plural, then the two between commas ("offered her thanks
# to her consorts, Ian Patenall and Father Gerard Mee, and to …", Runnymede): each held it.
_THEIR_SHARED_OFFICE = re.compile(
    r"\b(?:his|her|their)\s+(?P<role>[a-z][\w'’-]*)s,\s+(?P<first>" + WHOLE_NAME + r"),?\s+and\s+"
    r"(?P<second>(?:(?:Father|Mr|Mrs|Ms|Miss|Dr|Reverend|Revd)\.?\s+)?" + WHOLE_NAME + r"),")


def _shared_office(match: re.Match[str]) -> Iterator[NamedInProse]:
    """Both holders of "her consorts, A and B,", the office in the singular as printed; nobody when the office is
    no role word or either is no untitled whole name."""
    role = match["role"]
    people = [split_honorific(match["first"]), split_honorific(match["second"])]
    if not _ROLE_NOUNS.fullmatch(role) or people[0][0] \
            or any(_name_only(name) != name or not _untitled_name(name) for _, name in people):
        return
    for honorific, name in people:
        yield NamedInProse(Person(name, honorific=honorific), role)


def _their_office_named(match: re.Match[str]) -> NamedInProse | None:
    """ "her Consort, Adam,": an office said with a possessive (one word, a role word, not "Cabinet" or
    "Portfolio") and the name between the commas after it, a given name alone too: the page says who holds it."""
    name, role = match["name"], match["role"]
    if not _ROLE_NOUNS.fullmatch(role) or role.lower() in {"cabinet", "portfolio"} or _name_only(name) != name \
            or any(word in NOT_NAME_WORDS or word in _TITLE_WORDS for word in name.split()) or is_organisation(name):
        return None
    return NamedInProse(Person(name), role)


def _post_run_into_body(match: re.Match[str]) -> NamedInProse | None:
    """ "Steve McBarron, Co-opteeBramley & Stanningley Forum": a whole untitled name, a post (its last word a role
    word, in which a capital follows a small letter) and the outside body run into it; the body is the longest
    start of what follows that names one."""
    name, role = match["name"], match["role"]
    body = _organisation_named(match["body"])
    if _name_only(name) != name or not _untitled_name(name) or not _ROLE_NOUNS.fullmatch(role.split()[-1]) \
            or split_honorific(role)[0] or body is None:
        return None
    return NamedInProse(Person(name), role, Organisation(body))


def _post_of_council(match: re.Match[str]) -> NamedInProse | None:
    """ "Helen Paterson, Chief Executive of Walsall Metropolitan Borough Council,": a whole untitled name, a post
    that ends in a role noun, and the council or authority it is held in (see :data:`_NAME_POST_OF_COUNCIL`)."""
    name, role, body = match["name"], match["role"], match["body"]
    if _name_only(name) != name or not _untitled_name(name) or not _ROLE_NOUNS.fullmatch(role.split()[-1]) \
            or split_honorific(role)[0] or not is_organisation(body):
        return None
    return NamedInProse(Person(name), role, Organisation(body))


def _lower_office_of(match: re.Match[str]) -> NamedInProse | None:
    """ "David Rees, chairman of the Independent Remuneration Panel,": a whole untitled name, the office and the body
    (see :data:`_NAME_LOWER_OFFICE_OF`); a body that is the council's own is left to the council."""
    name, body = match["name"], match["body"]
    if _name_only(name) != name or not _untitled_name(name) or body.split()[-1] in {"Council", "Borough", "County"}:
        return None
    return NamedInProse(Person(name), match["role"], Organisation(body))


def _post_then_subject(match: re.Match[str]) -> NamedInProse | None:
    """ "Interim Head of Democratic Services, Adrian May introduced the report.": a post that starts the sentence
    (a role word in it, no title), then a whole untitled name that runs straight into the sentence's verb: the
    post is theirs."""
    name, role = match["name"], match["role"]
    if _name_only(name) != name or not _untitled_name(name) or not ROLE_WORDS.search(role) \
            or split_honorific(role)[0] or any(word in _TITLE_WORDS for word in role.split()):
        return None
    return NamedInProse(Person(name), role)


def _post_comma_name_closed(match: re.Match[str]) -> NamedInProse | None:
    """ "Halton Borough Council’s new Chief Executive, Stephen Young to his first …": the post (see
    :data:`_POST_COMMA_NAME_CLOSED`) and the council it is held in, when the possessive names one."""
    name, role = match["name"], match["role"]
    if _name_only(name) != name or not _untitled_name(name) or not ROLE_WORDS.search(role) \
            or split_honorific(role)[0]:
        return None
    role = f"former {role}" if match["former"] else role
    return NamedInProse(Person(name), role, Organisation(match["body"]) if match["body"] else None)


def _elected_untitled(match: re.Match[str], line: str) -> NamedInProse | None:
    """ "Karina Dostalova, being the only Member …, was duly elected as Chairman": a whole untitled name and the
    office (a role word in it) it was elected to, unless the sentence is a proposal (:data:`_PROPOSED`)."""
    name = match["name"]
    if _name_only(name) != name or not _untitled_name(name) or not ROLE_WORDS.search(match["role"]) \
            or _proposal(line[:match.start()].rsplit(". ", 1)[-1]):
        return None
    return NamedInProse(Person(name), _elected_office(match["role"]))


def _elected_office(role: str) -> str:
    """The office as the resolution prints it, the body it is held in too ("Chairman of Bassetlaw District
    Council", "Mayor of the Borough of Hastings", "Chair of the Committee": tests/corpus/README.md); "Chairman and
    Councillor Julian Saunders …" ends before the next titled member; "Vice-Chairman of the Council and Deputy Mayor
    of the Borough of High Peak" is one office ("Deputy" a title too, here the deputy's office)."""
    return re.split(r"\s+(?:and|&)\s+(?=" + _TITLES + r"\s+[A-Z])(?!Deputy\s+(?:Mayor|Chair\w*|Leader|Provost)\b)",
                    role, maxsplit=1)[0]


def _first_as(match: re.Match[str]) -> NamedInProse | None:
    """ "… Chris Sinnott on his first Full Council meeting as Chief Executive": a whole untitled name and the
    post (a role word in it) the sentence says they hold for the first time."""
    name, role = match["name"], match["role"]
    if _name_only(name) != name or not _untitled_name(name) or not ROLE_WORDS.search(role):
        return None
    return NamedInProse(Person(name), role)


def _installed_as(match: re.Match[str]) -> NamedInProse | None:
    """ "the inauguration of Rob Baxter as a Freeman of the City": a whole untitled name and the honour or office
    (a role noun at its head) a ceremony gives them."""
    name, role = match["name"], match["role"]
    if _name_only(name) != name or not _untitled_name(name) or not (_headed_by_post(role) or _HONOUR.match(role)):
        return None
    return NamedInProse(Person(name), role)


# An untitled whole name remembered, which only a person is ("invited Members and Officers to hold a minute silence
# for Darren Hill", Blaby; "in memory of", "in remembrance of"): the name is the person's; nothing is said of a post.
_REMEMBERED = re.compile(
    r"\b(?:in\s+(?:loving\s+)?(?:memory|remembrance)|silence)\s+(?:of|for)\s+(?P<name>" + WHOLE_NAME + r")"
    r"(?=\s*(?:[.,;:)]|$|\s+(?:who|and|[a-z]+ed)\b))")


def _remembered(match: re.Match[str]) -> NamedInProse | None:
    """The person :data:`_REMEMBERED` names, when the name reads as a person's whole name."""
    name = match["name"]
    if _name_only(name) != name or not _untitled_name(name):
        return None
    return NamedInProse(Person(name))


# A name printed with initials and no title, appointed to an office: "To appoint JR Baggaley as the Independent Person
# for a period of 5 years" (Gedling). The initials say a person is named (a firm appointed as auditor has none).
_APPOINTED_INITIALS = re.compile(
    r"\b(?:[Aa]ppoint(?:ed|s|ing)?|[Aa]ppointment\s+of)\s+(?P<name>(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})\s*[A-Z][a-z][\w'’-]+)"
    r"\s+as\s+(?:the\s+|an?\s+)?(?P<role>" + _POST + r")")


def _appointed_initials(match: re.Match[str]) -> NamedInProse | None:
    """The person :data:`_APPOINTED_INITIALS` names and the office, headed by a post."""
    if not _headed_by_post(match["role"]):
        return None
    return NamedInProse(Person(match["name"]), match["role"])


# An honour a ceremony confers, no role word in it ("Freeman" is a surname too, so no role noun: "Councillor G
# Freeman", Bassetlaw).
_HONOUR = re.compile(r"^(?:Honorary\s+)?(?:Freem[ae]n|Freewom[ae]n|Alderm[ae]n|Alderwom[ae]n)\b")


# The grammars of an untitled name and the post the sentence gives it, each with the words one of which its
# every match holds (``_scan``) and the function that checks a match and reads it; tried in this order.
_NAME_AND_POST_READERS: tuple[tuple[re.Pattern[str], tuple[str, ...],
                                    Callable[[re.Match[str]], NamedInProse | None]], ...] = (
    (_FIRST_AS, ("first",), _first_as),
    (_THANKED_AS, ("thank",), _first_as),
    (_INSTALLED_AS, ("inauguration", "installation", "investiture", "swearing"), _installed_as),
    (_SUBJECT_AND_POST, (",",), _subject_and_post),
    (_NAME_OUR_POST, (", our ", ", the "), _our_post),
    (_THEIR_OFFICE_NAMED, (",",), _their_office_named),
    (_POST_RUN_INTO_BODY, (",",), _post_run_into_body),
    (_NAME_POST_OF_COUNCIL, (" Council,", " Authority,"), _post_of_council),
    (_NAME_LOWER_OFFICE_OF, (" of ",), _lower_office_of),
    (_POST_THEN_SUBJECT, (",",), _post_then_subject),
    (_POST_NAME_AND_TEAM, (" team", " staff", " colleagues"), _post_then_subject),
    (_POST_COMMA_NAME_CLOSED, (", ",), _post_comma_name_closed),
    (_REMEMBERED, ("memory", "remembrance", "silence"), _remembered),
    (_APPOINTED_INITIALS, ("ppoint",), _appointed_initials),
)



def _capacities(line: str) -> Iterator[NamedInProse]:
    """ "Councillor Matthew Kirk declared … that he was Treasurer of the London Piano Festival Association",
    "… by virtue of her being the Chair of Marketing Gloucester Limited", "… in her capacity as a Director of
    West North West Homes": a role held in an outside body, said of the one titled person the line names
    before it (a pronoun has no other antecedent there)."""
    for match in _CAPACITY.finditer(line):
        before = _one_per_surname({_name_only(m["name"]): m for m in _TITLED.finditer(line[:match.start()])})
        body = _trim_organisation(match["org"])
        role = _qualified_post(match["role"])
        if len(before) != 1 or not body or body in NOT_NAME_WORDS or role is None:
            continue  # "she was seeking re-election as Mayor of …" is not a post held
        if _BODY_IN_POST.search(role):
            continue  # "as a Director on the National Board of Football": which words are the body is unsaid
        if match["prep"] == "at" and not (match["role"][:1].isupper() and _ROLE_NOUNS.search(match["role"])):
            continue  # "he was a Governor at Melrose School" (Merton) is a post; "she was present at …" is none
        if (match["declared"] or match["nature"]) and not (is_organisation(body) or body.split()[-1] in _OWN_BODIES
                                      or _held_in_a_body(role, body, line[:match.start("org")])):
            continue  # "an interest as a resident of Bramley": a place, not a body a post is held in
        if _PLURAL_ROLE.search(_BOARD_OF.sub("", role)):  # "Chairman of Governors": one chair of a board
            continue  # "Councillors A and Councillor B both declared … as Members of the Joint Venture Board": several
        (name, titled), = before.items()
        honorific, _ = split_honorific(f"{titled['title']} X")
        if _own_body(body):  # "he was now the Chairman of the Planning and Transportation Committee"
            role = line[match.end("role") - len(role):match.start("org") + len(body)]
            yield NamedInProse(Person(name, honorific=honorific), role)
        else:
            yield NamedInProse(Person(name, honorific=honorific), role, Organisation(body))
    yield from _portfolios_held(line)


# The reason for an interest that is the member's own portfolio, said with a pronoun: "Councillor Lusby disclosed a
# personal and prejudicial interest in the planning application 5/2009/1489, … because she was the Portfolio Holder
# for Housing Services." (St Albans): a post of the council, held by the one titled person named before it; its
# remit may list several areas ("as she was the Cabinet Member for Children’s Services, Education and Lifelong Skills
# and the scheme …", Isle of Wight).
_PORTFOLIO_HELD = re.compile(
    r"\b(?:because|as|since)\s+(?:he|she)\s+(?:was|is)\s+(?:(?:now|also)\s+)?the\s+"
    r"(?P<role>(?:Portfolio\s+Holder|Cabinet\s+Member|Executive\s+Member|Lead\s+Member)\s+for\s+[A-Z][\w'’&-]*"
    r"(?:\s+[A-Z][\w'’&-]*|\s+(?:and|&)(?=\s+[A-Z])|,\s+[A-Z][\w'’&-]*){0,8})(?=[.,;]|\s+[a-z]|$)")


def _portfolios_held(line: str) -> Iterator[NamedInProse]:
    """The portfolio a member's interest is declared by (:data:`_PORTFOLIO_HELD`), as their post."""
    for match in _PORTFOLIO_HELD.finditer(line):
        before = _one_per_surname({_name_only(m["name"]): m for m in _TITLED.finditer(line[:match.start()])})
        if len(before) != 1:
            continue  # two members before the pronoun: whose portfolio it is, unsaid
        (name, titled), = before.items()
        honorific, _ = split_honorific(f"{titled['title']} X")
        yield NamedInProse(Person(name, honorific=honorific), match["role"])


_BOARD_OF = re.compile(r"\s+of\s+(?:Governors|Trustees|Directors)$")
# A post that names a body of its own before the "of" (North East Derbyshire: "as a Director on the National Board
# of Football"): the body is "the National Board" or all of it; better unsaid than split wrong. So too a seat said
# with no post at all, the body named in it: "he was on the Knowle Green Estates Board of Directors" (Spelthorne) is
# no post "on the Knowle Green Estates Board" of an organisation "Directors"; a board in lower case names no body
# ("he was on the management board of the Maiden Lane Community Centre", Camden: the body follows the "of").
_BODY_IN_POST = re.compile(r"(?:^|\s)(?:on|in|at|within)\s+the\s+[A-Z]")
# A committee another council names as its own: "she was a member of the Hampshire County Council Regulatory
# Committee" (Basingstoke and Deane) is a member of an outside body, named as printed.
_OTHER_COUNCILS_BODY = re.compile(r"^[A-Z][\w'’-]+(?:\s+(?:and|[A-Z][\w'’-]+))*\s+Council\s+[A-Z]")


def _own_body(body: str) -> bool:
    """A body of the council whose page it is (:data:`_OWN_BODIES`), not one another council names."""
    return body.split()[-1] in _OWN_BODIES and not _OTHER_COUNCILS_BODY.match(body)


def _held_in_a_body(role: str, body: str, before: str) -> bool:
    """A declared interest's post whose "of" names a body though no word of it says so (Bath and North East
    Somerset: "as an employee of DHI", "as Chairman of ADL", "as a non-executive Director of Sirona"): the body's
    letters alone, a post only a body has (:data:`_BODY_ONLY_POST`), or a capitalised post held in a body named by
    its own name (a place has residents, not Directors; "Chairman of the School Governing Body", Hillingdon, names
    no one body)."""
    if _ACRONYM.fullmatch(body) or _BODY_ONLY_POST.fullmatch(role):
        return True
    return not re.search(r"\bthe\s+$", before, re.IGNORECASE) and any(word[:1].isupper() for word in role.split()) \
        and bool(ROLE_WORDS.search(role) or _FIRM_POST.search(role))


_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A post only a body has, in lower case too ("as a trustee of XbyX", Bromley): what it is "of" is a body, never a
# place ("a resident of Bramley" is no post).
_BODY_ONLY_POST = re.compile(r"(?:trustee|director|governor|school\s+governor|shareholder|patron)", re.IGNORECASE)
# The posts a firm gives, capitalised as a post ("declared a personal non-prejudicial interest as an Associate of
# Practice Solutions", Monmouthshire).
_FIRM_POST = re.compile(r"\b(?:Associate|Partner|Consultant)\b")


def _qualified_post(role: str) -> str | None:
    """The post a capacity phrase names, as printed, also with the participle that qualifies it ("a Council
    appointed Director of Thamesdown Transport Ltd", Swindon; Harlow's "of the HTS Board"), as the corpus keeps a
    post's qualifier ("non-executive Director", "part-time employee"); None for a clause ("seeking re-election as")."""
    if not _CLAUSE_WORD.search(role):
        return role
    qualified = re.match(r"^(?:[A-Z][\w'’-]*\s+){0,2}(?:appointed|elected|nominated|co-opted)\s+(?P<post>[A-Z].*)$",
                         role)
    return role if qualified and ROLE_WORDS.search(qualified["post"]) else None


# A post said with a pronoun and "as", with no outside body after it: "confirmed his resignation as Leader of the
# Council", "her role as Chair". Its capitalised words, joined by "of (the)", "for", "and" or "&".
# Also the reason given for a declared interest, "as she was the Cabinet Member for Children’s Services, Education
# and Lifelong Skills" (Isle of Wight): a portfolio's parts may be parted by commas, never before a title.
_POST_AS = re.compile(
    r"\b(?:(?:his|her)\s+(?:resignation|role|post|term|tenure|time)\s+as|as\s+(?:he|she)\s+(?:was|is))"
    r"\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<role>[A-Z][\w'’-]*(?:(?:\s+(?:(?:of(?:\s+the)?|for|and|&)\s+)?|,\s+(?!" + _TITLES + r"\s))"
    r"[A-Z][\w'’-]*){0,7})")


def _posts_as(line: str) -> Iterator[NamedInProse]:
    """ "Councillor Cox addressed the Council and confirmed his resignation as Leader of the Council": the post,
    said of the one titled person the sentence names before it. A pronoun in a later sentence may be someone else:
    "She thanked Councillor G Freeman for trusting her to be Chairman … She looks forward to working with all
    councillors. During her time as Chairman, she will …" (Bassetlaw: "she" is the new Chairman)."""
    for match in _POST_AS.finditer(line):
        start = _sentence_start(line, match.start())
        before = _one_per_surname({_name_only(m["name"]): m for m in _TITLED.finditer(line[start:match.start()])})
        if len(before) != 1 or not ROLE_NOUNS.search(match["role"]):  # "the Local Councillor" too
            continue
        (name, titled), = before.items()
        honorific, _ = split_honorific(f"{titled['title']} X")
        yield NamedInProse(Person(name, honorific=honorific), match["role"])


# A sentence's end: a full stop after a word of two letters or more that is no abbreviated title ("Mrs.", "Cllr."),
# so never after an initial ("Councillor S. Murray"), then the next sentence's capital.
_SENTENCE_END = re.compile(r"\b(?!(?:Cllrs?|Mrs?|Ms|Mx|Drs?|Revd?|Prof|PC|Hon|Insp|Supt|Sgt|Fr|Ven|Rt|St|Bros?)\.)"
                           r"\w{2,}\.\s+(?=[A-Z])")


def _sentence_start(line: str, end: int) -> int:
    """Where the sentence holding ``line[end]`` starts: after the last sentence end before it (or 0)."""
    return max((found.end() for found in _SENTENCE_END.finditer(line, 0, end)), default=0)


# The reason for a declared interest naming another council before the post held in it: "declared a personal
# interest in agenda item 12: …, as a Hampshire County Council Cabinet Member and Executive Lead Member for Universal
# Services." (Test Valley): the post up to the clause's end, its words capitalised or joining ("and", "for", "of").
_COUNCIL_POST_AS = re.compile(
    r"\binterests?\b[^.;]{0,200}?,?\s+as\s+(?:an?\s+|the\s+)?"
    r"(?P<org>(?:[A-Z][\w'’&-]*\s+){1,4}Council)\s+"
    r"(?P<role>[A-Z][\w'’-]*(?:\s+(?:(?:and|for|of(?:\s+the)?|&)\s+)?[A-Z][\w'’-]*){0,9})\s*(?=[.;]|$)")


def _council_posts_as(line: str) -> Iterator[NamedInProse]:
    """A post in another council given as the reason for a declared interest (:data:`_COUNCIL_POST_AS`), said of
    the one titled person the line names before it; the post must name a role ("Cabinet Member")."""
    for match in _COUNCIL_POST_AS.finditer(line):
        before = _one_per_surname({_name_only(m["name"]): m for m in _TITLED.finditer(line[:match.start()])})
        if len(before) != 1 or not ROLE_NOUNS.search(match["role"]) or _PLURAL_ROLE.search(match["role"]):
            continue
        (name, titled), = before.items()
        honorific, _ = split_honorific(f"{titled['title']} X")
        yield NamedInProse(Person(name, honorific=honorific), match["role"], Organisation(match["org"].strip()))


# A council's own bodies: a post in one is named with it ("Chairman of the Planning and Transportation Committee"),
# it is no outside organisation.
_OWN_BODIES = frozenset({"Committee", "Sub-Committee", "Panel"})
# A post in the plural ("as Members of the Joint Venture Board", Bracknell Forest): said of several people at once,
# so never of the one titled name a line that lists them by a plural title seems to hold.
_PLURAL_ROLE = re.compile(r"(?:er|or|ee|ant|ist|ive|air)s$", re.IGNORECASE)


def _one_per_surname(titled: dict[str | None, re.Match[str]]) -> dict[str, re.Match[str]]:
    """The people a line names before a pronoun, "Deputy Michael Welbank MBE" and "Deputy Welbank" once: a name
    whose last word ends a longer name of the line is that person (the longer name kept)."""
    names = [name for name in titled if name]
    return {name: titled[name] for name in names
            if not any(other != name and other.endswith(f" {name.split()[-1]}") and len(other) > len(name)
                       for other in names)}


def _listed(match: re.Match[str], line: str, cut: int | None) -> Iterator[NamedInProse]:
    """ "Councillors Stopp and McLennan (Deputy Leader)": each name takes the singular title unless it has
    its own ("Councillors Prendergast and Mrs Stockell"; the first name's own title follows the plural one,
    "Councillors Mrs Newell and …" is Councillor Mrs), and the letters and bracket printed after it."""
    shared = PLURAL_HONORIFICS[match["plural"].lower()]
    offset = match.start("names")
    items = list(_ITEM.finditer(match["names"]))
    offices = _offices_respectively(line[match.end():], len(items))
    shared_office = _office_they_share(line[match.end():])
    for index, item in enumerate(items):
        own, printed = split_honorific(item["who"])
        name = _name_only(printed)
        if name is None and index and re.fullmatch(r"[A-Z][a-z'’-]+", printed) and printed not in _FUNCTION_WORDS:
            name = printed  # "Councillors Graham, Grant, Kusznir and Massey": within a list, a surname
        if name is None:
            return
        name = _surname_shared(name, items, match["names"]) if index == 0 else name
        if offset + item.end() == cut or (index and _LIST_CLOSED.fullmatch(
                match["names"][items[index - 1].end():item.start()])
                and re.search(r"\s(?:and|&)\s", match["names"][:items[index - 1].end()])
                and not own):
            return  # "Councillors Wilkinson and Sanders, and Pat Jones": the pair ended, the officer is not one
        role, organisation = _bracket_role(item["bracket"]) if item["bracket"] else (None, None)
        role = role or (offices[index] if offices else shared_office)
        letters = tuple(word.strip(",") for word in item["letters"].split() if word.strip(","))  # ", OBE"
        if own and index == 0 and shared not in own:
            own = f"{shared} {own}"  # "Councillors Mrs Newell and …": both titles printed before her name
        yield NamedInProse(Person(name, honorific=own or shared, organisation=organisation, post_nominals=letters),
                           role)


_LIST_CLOSED = re.compile(r"\s*,\s*and\s+")
# "RESOLVED that Councillors Hutchinson and Cessford be appointed Civic Head and Deputy Civic Head respectively for the
# ensuing year." (Northumberland): the offices in the order of the names, one each.
_RESPECTIVELY = re.compile(r"^\s+(?:be|were|was)\s+(?:duly\s+)?(?:re-?)?(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?"
                           r"(?P<offices>[A-Z][^.;]{1,160}?)\s+respectively\b")


def _offices_respectively(after: str, count: int) -> list[str]:
    """The offices a list of names is elected or appointed to "respectively", one a name in order (see
    :data:`_RESPECTIVELY`); none unless the offices are as many as the names and each names a post."""
    if count < 2 or not (found := _RESPECTIVELY.match(after)):
        return []
    offices = [office.strip() for office in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+(?:the\s+)?", found["offices"])]
    if len(offices) != count or not all(office[:1].isupper() and _ROLE_NOUNS.search(office) or ROLE_WORDS.search(office)
                                        for office in offices):
        return []
    return offices


# "Councillors Ling and Hart declared personal interests in respect of several items due to their roles as Parish
# Councillors" (the reason a declaration gives, or any clause of the sentence): the office every name of the list
# holds, printed in the plural, capitalised, naming no body ("their positions as Directors of the LLP" names one,
# whose name the words shorten: left alone).
_THEIR_OFFICE = re.compile(
    r"^[^.;]*?\b(?:due\s+to|because\s+of|by\s+virtue\s+of|in|given)\s+their\s+(?:respective\s+)?"
    r"(?:roles?|positions?|capacit(?:y|ies)|offices?)\s+as\s+(?:the\s+)?(?P<office>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?=\s*(?:[.,;)]|$)|\s+(?:and|who|which|but|for)\b)")


def _office_they_share(after: str) -> str | None:
    """The office, in the singular, that the words after a list of names say all of them hold (see
    :data:`_THEIR_OFFICE`): "Ward Councillors" → "Ward Councillor"; none for an office not in the plural of a
    post's word ("their roles as Chairmen" is left alone)."""
    found = _THEIR_OFFICE.match(after)
    if not found or not _PLURAL_ROLE.search(found["office"]):
        return None
    office = found["office"][:-1]
    return office if _ROLE_NOUNS.search(office) else None


def _surname_shared(name: str, items: list[re.Match[str]], names: str) -> str:
    """ "Councillors Pat and Paul Cooper": a given name alone, then "and" and a given name and surname, is a
    pair of two people who share the surname (a list of surnames alone has no full name in it)."""
    if len(items) != 2 or " " in name or not re.fullmatch(r"\s+(?:and|&)\s+", names[items[0].end():items[1].start()]):
        return name
    second = items[1]["who"].split()
    if len(second) != 2 or items[0]["bracket"] or any(len(word.rstrip(".")) == 1 for word in second) \
            or split_honorific(items[1]["who"])[0]:
        return name
    return f"{name} {second[1]}"


# A title written in full and a full stop ends a sentence ("… for each Councillor.  What Councillors have to do
# …"); an abbreviated one does not ("Cllr. Wilkinson").
# A sentence that ends inside a run of titles ("Deputy Mayor. Councillor"), its full stop after a whole word; not
# after a member's title another title follows, a stray stop ("Welcome to Councillor. Dr. John Bloxham", Blaby).
_SENTENCE_IN_TITLE = re.compile(r"^.*\b(?!(?:Cllrs?|Mrs?|Ms|Mx|Drs?|Revd?|Prof|PC|Hon|Insp|Supt|Sgt|Fr|Ven|Rt)\.)"
                                r"(?!Councillor\.\s+(?:Dr|Mrs?|Ms|Miss|Prof|Professor|Sir|Dame)\b)\w+\.\s+(?=\S)")
_SENTENCE_END_TITLE = re.compile(r"\b(?!(?:Cllrs?|Mrs?|Ms|Mx|Drs?|Revd?|Prof|PC|Hon|Insp|Supt|Sgt|Fr|Ven|Rt)\.)\w+\.$")


# The office someone holds, after "the" and before their titled name, the name closed by a comma ("The Chair,
# Councillor Campbell, thanked …"): an office held now ("current" kept out), never "former" or "then"; the
# "retiring" or "outgoing" holder holds it until the meeting elects the next ("to the retiring Mayor, Councillor
# S Green, for the manner …", Barnsley), also with no comma where a title line ends with the name ("Vote of thanks
# to the retiring Mayor Councillor Hussain Akhtar", Blackburn with Darwen).
# Also after "his", "her" or "their", and with "the" before the title: "he conveyed his thanks to his Chaplain, the
# Reverend Linda Hillier who had attended …".
_OFFICE_BETWEEN_COMMAS = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|capacity\s+as(?:\s+the)?)\s+(?:current\s+|retiring\s+|outgoing\s+)?"
    r"(?P<former>former\s+)?"  # "the former Chief Executive, Mr Jim Dillon" (Scarborough): a post once held
    # "The Deputy Leader of the Council (Children and Young People), Councillor Jennifer Brathwaite, responded."
    # (Lambeth): the portfolio in brackets is the post's
    r"(?P<role>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the|&)){0,7}(?:\s+\([A-Z][^()]{1,60}\))?)"
    r"(?:,\s*(?:the\s+)?|\s+)$")
# Also the office someone acts in, said before them: "in her capacity as Chairman, Councillor Mrs Boddington thanked …"
# (Huntingdonshire).
# What closes a name an office before it is said of: a comma, or a clause about them ("… Linda Hillier who had …"),
# or the verb of which they are the subject ("the Mayor, Cllr Daniel Adewale King asked the Chaplain, Mrs Marion
# Fielder-White to say a prayer", Gravesham), or the end of the sentence ("… conducted by the Archdeacon of X, the
# Venerable A Name.").
# Or what is said of them after "for" or "at" ("… Mr Jim Dillon for all his hard work", Scarborough; "the Portfolio
# Holder, Councillor Randerson at the Council meeting on 28 February 2020", Scarborough).
_NAME_CLOSED = re.compile(r",|\s+who\b|\s+(?:[a-z]{2,}ed|said|to\s+[a-z]+|for\s+(?:all|his|her|their)|at\s+the)\b"
                          r"|\s+and\s+[a-z]{2,}(?:ed|es)\b|\s*$|\.(?:\s|$)")
# Post-nominal letters after a name ("Councillor J A Kite MBE,", Dartford): the name closes after them.
_LETTERS_AFTER = re.compile(r"(?:,?\s+(?:" + "|".join(sorted(POST_NOMINALS, key=len, reverse=True)) + r")\b\.?)*")
# What is said of a name, not what it does: after an opening phrase ("In respect of his questions put to the Portfolio
# Holder, Councillor Randerson at the Council meeting on …", Scarborough) the name is no subject, so the office is its.
_SAID_OF_NAME = re.compile(r"\s+(?:for\s+(?:all|his|her|their)|at\s+the)\b")
# So too after a bracket that gives no role ("The Chairman of the Council, Mrs E Hamilton (West Wittering) welcomed
# everyone present", Chichester: her ward).
_NAME_CLOSED_AFTER_BRACKET = re.compile(r"\s*\([^()]{1,60}\)(?:" + _NAME_CLOSED.pattern + ")")
# An office that is the object of a sentence's opening phrase, the comma ending the phrase: "(During the election of
# the Chairman, Councillor Lauren Mitchell entered the meeting at 7.05 p.m.)" (Ashfield), "At the invitation of the
# Mayor, Councillor X addressed …": the member after the comma, whose verb follows the name, is the sentence's
# subject, not that office's holder; a name a comma closes is the office's ("Following the meeting being opened with
# prayers led by the Mayor’s Chaplin, Reverend Ian Meredith, the Mayor …", Fareham), unless a verb follows that comma,
# whose subject the name is: "In addition, with the agreement of the Mayor, Councillor Joanna Rayner, introduced Eileen
# Ryall" (St Edmundsbury; the phrase may follow a linking adverb, in lower case).
_OPENING_PHRASE_OF = re.compile(
    r"(?:^|[.!?]\s+|\()\s*(?:(?:In\s+addition|However|Additionally|Also),\s+)?"
    r"(?i:During|After|Following|Before|At|On|Upon|Prior\s+to|Further\s+to|In|With|Having"
    r"|Due\s+to|Owing\s+to|Under)\b[^,.;:()]*\b(?:of|from|by|to|with|for|after|during|before|following|upon|on|at)\s+$")


# A word that opens a sentence, never a name's last word before a word in lower case: where a copy ran a question's
# heading into its text ("Question to the Leader of Council from Councillor G. Simmonds To ask the Leader of Council,
# what sanctions …", Caerphilly), the name ends before it; "To" only before an infinitive ("Councillor Alan To said"
# keeps the surname).
_SENTENCE_OPENER = re.compile(r"\s(?:To|The|This|That|It|He|She|They|We|In|On|At|For|And|But|If|As|With|Following)$")


def _titled(match: re.Match[str], line: str) -> NamedInProse | None:
    """ "Councillor Carr of Bredhurst Parish Council", "Mr Page (a local resident)", "the Chairman
    (Councillor Perry)", "Inspector Mark Bownass, West Inner … Inspector (NPT)"."""
    title = match["title"]
    if ended := _SENTENCE_IN_TITLE.match(title):  # "… and Deputy Mayor. Councillor Lari also spoke.": the title
        title = title[ended.end():]  # is what the new sentence prints, not the office that ended the last one
    honorific, _ = split_honorific(f"{title} X")
    name = _name_only(match["name"]) or _surname_with_office(match, line)
    if name is None or honorific is None or _SENTENCE_END_TITLE.search(title):
        return None
    if (opener := _SENTENCE_OPENER.search(name)) \
            and (after := re.match(r"\s+(?P<word>[a-z]+)\b", line[match.start("name") + len(name):])) \
            and not (opener.group().strip() == "To" and re.search(r"(?:ed|s)$|^(?:said|had|made|gave|took|spoke|left)$",
                                                                  after["word"])):
        name = name[:opener.start()]  # "from Councillor G. Simmonds To ask the Leader …": a sentence starts at "To"
    if _ROLE_SURNAME.match(name) and re.match(r"\s+(?:of|for)\b", line[match.end():]):
        return None  # "Mr Head of Planning": an office after a title, no surname
    if honorific.startswith(("Deputy", "Metro Mayor")) and (name != match["name"] or len(name.split()) < 2
                                                          or ROLE_GROUP.search(name)):
        return None  # "Deputy Stella Currie" (City of London) is a title; "Deputy Monitoring Officer" a post; so
        # "Metro Mayor Steve Rotheram", not "Metro Mayor Announcements and Updates" (Liverpool City Region), nor
        # "Deputy City Mayors" (Salford's decisions: "taken by the City Mayor, Deputy City Mayors and Lead Members")
    county = _county_named(line[:match.start()]) if honorific == "County Councillor" else ""
    honorific = county + honorific  # "Testshire County Councillor Jane Smith"
    end = match.start("name") + len(name)
    role, organisation = _stated_after(line, end)
    if county and organisation is None:
        organisation = Organisation(f"{county}County Council")  # a councillor of that county's council
    elif honorific in ("Councillor", "Cllr") and organisation is None \
            and (council := council_before_title(line[:match.start()])):
        organisation = Organisation(council)  # "North Yorkshire Councillor Carl Les": the council he sits on
    window = max(0, match.start() - 120)
    closes = _LETTERS_AFTER.match(line, end).end()  # "The Leader of the Council, Councillor J A Kite MBE, …"
    if (_NAME_CLOSED.match(line, closes) or (role is None and _NAME_CLOSED_AFTER_BRACKET.match(line, closes))) \
            and (office := _OFFICE_BETWEEN_COMMAS.search(line[window:match.start()])) \
            and _headed_by_post(office["role"]) and not line[:window + office.start()].rstrip().endswith(",") \
            and not (_OPENING_PHRASE_OF.search(line[:window + office.start()])
                     and (not line.startswith(",", end) or _VERB_NEXT.match(line, end + 1))
                     and not _SAID_OF_NAME.match(line, closes)):
        # "The Leader of the Opposition, Councillor Alan Platt, the Executive Leader, Alistair Bradley and …": the
        # office before the name is theirs; the one after the next comma is the next person's. An office that
        # follows a comma is said of the name before it: "thanked Caroline Kelly, the Mayor’s Assistant, the
        # Deputy Mayor Beth Rowland, and her consort" (Wokingham).
        role = ("former " if office["former"] else "") + _trim_role(office["role"])
    if role is None and line[:match.start()].rstrip().endswith("(") and line[end:].lstrip().startswith(")"):
        before = _ROLE_BEFORE_BRACKET.search(line[max(0, match.start() - 160):match.start()])
        if before and _headed_by_post(before["role"]) and not split_honorific(before["role"])[0]:
            # "the Armed Forces Champion (Councillor Liz Roberts)"; not "former Councillor Muriel Green (Alderwoman
            # Green)" (North Tyneside), a titled name before the bracket
            role = _trim_role(before["role"])
    role_in = None
    if role is None and organisation is None and (held := _AS_BETWEEN_COMMAS.match(line, closes)) \
            and (post := _AS_POST_OF.match(held["inner"])):
        role, role_in = _bracket_role(held["inner"])  # the body the post is in, not one they sit for
        if role and (_own_body(post["body"]) or _THE_COUNCIL.fullmatch(post["body"])):
            role, role_in = held["inner"][post.start("role"):], None  # "as Leader of the Council": the post whole
    return NamedInProse(Person(name, honorific=honorific, organisation=organisation), role, role_in)


def _head_of(phrase: str) -> str:
    """The words of a post before what it is held of or for ("Leader" of "Leader of the Opposition", "Cabinet Member"
    of "Cabinet Member for Housing"), where its role noun stands: "the Council's Code of Member Conduct, Councillor
    S. Murray declared …" (Epping Forest) is a code, not an office, though "Member" is in it."""
    return re.split(r"\s+(?:of|for)\s+", phrase, maxsplit=1)[0]


def _headed_by_post(office: str) -> bool:
    """An office whose head (:func:`_head_of`) holds a role noun ("Leader of the Opposition", "Portfolio Holder
    for Housing", "Mayor's Chaplin", "Vice-Chair of …"); "the Council's Code of Member Conduct" names a code."""
    return _ROLE_NOUNS.search(_head_of(office.strip())) is not None


def _surname_with_office(match: re.Match[str], line: str) -> str | None:
    """ "Councillor Ward, the Leader of the Council, …": a surname that is also a word of council business
    (:data:`NOT_NAME_WORDS`: "Councillor Ward Budget" names no one) is a name when it stands alone after the
    title and the office the person holds follows it between commas (a role word in it)."""
    surname = match["name"].split()[0]
    end = match.start("name") + len(surname)
    if not re.fullmatch(r"[A-Z][a-z]+", surname) or surname in _FUNCTION_WORDS or not line.startswith(",", end):
        return None
    appositive = _APPOSITIVE.match(line[end:])
    role = appositive and _appositive_role(appositive["role"].strip(), line[end + appositive.end():])
    return surname if role and ROLE_WORDS.search(role) else None


def _county_named(before: str) -> str:
    """The county a "County Councillor" title names just before it ("Testshire "), or nothing."""
    county = re.search(r"(?:^|\s)([A-Z][a-z]+)\s+$", before)
    if not county or county[1] in NOT_NAME_WORDS or county[1] in _TITLE_WORDS or ROLE_WORDS.fullmatch(county[1]):
        return ""
    return f"{county[1]} "


# The title of an Act or regulations going on after its brackets: "the Local Authorities (Executive Arrangements)
# (Meetings and Access to Information) (England) Regulations 2012" (South Bucks) names no one.
_LEGISLATION_GOES_ON = re.compile(r"(?:\s*\([^()]*\))+\s+(?:[A-Z][\w'’-]*\s+){0,6}?(?:Act|Regulations|Order|Rules)"
                                  r"\s+(?:\d{4}|of\s+\d{4})\b")


def _bracketed(printed: str, line: str, start: int) -> NamedInProse | None:
    """ "Minesh Patel (Corporate Director, Finance & Resources)": no title, so the bracket must hold a role
    (a role word in it) for the phrase to be a person at all."""
    name = _name_only(printed)
    if name is None or name != printed or not _untitled_name(name):
        return None
    if line[:start].rstrip().endswith(("Councillors", "Councillor", "Cllr", "Cllrs")) \
            or _LEGISLATION_GOES_ON.match(line, start + len(printed)):
        return None
    role, organisation = _stated_after(line, start + len(printed))
    if role is None or not _ROLE_NOUNS.search(role):
        return None
    return NamedInProse(Person(name, organisation=organisation), role)


def _untitled_name(name: str) -> bool:
    """A name printed with no title must look like one whole: two or more words, none a common noun of
    council business, not an outside body's name ("Network Rail")."""
    words = name.split()
    return len(words) > 1 and not any(word in NOT_NAME_WORDS for word in words) and not is_organisation(name)


# Welsh names' initials of two letters, one sound each: "Councillor C. Ll. Everett", "R. Ll. Hughes" (Isle of
# Anglesey); "Ll." is an initial, not a word that ends the sentence.
_WELSH_INITIALS = frozenset({"Ch", "Dd", "Ff", "Ll", "Rh", "Th"})


def _is_word(bare: str) -> bool:
    """A word, not an initial ("J", "AS", the Welsh "Ll") nor an abbreviated particle ("St")."""
    return len(bare) > 1 and not bare.isupper() and bare.lower() not in NAME_PARTICLES \
        and bare not in _WELSH_INITIALS


def _answer_word(bare: str) -> bool:
    """A word of :data:`_ANSWER_WORDS` as printed or in capitals ("MOVED", "SECONDED"); capitals of two letters
    or fewer stay initials ("NO" is not "No")."""
    return bare in _ANSWER_WORDS or (len(bare) > 2 and bare.isupper() and bare.capitalize() in _ANSWER_WORDS)


# The last word of a campaign or event named after the members who run it, never of a person's name: "the Councillors
# Poppy Appeal was on Tuesday 31 October" (South Northamptonshire).
_EVENT_ENDINGS = frozenset({"appeal", "appeals", "campaign", "awards", "fund", "festival"})


@functools.lru_cache(maxsize=16384)  # the same few names follow a title on every page
def _name_only(printed: str) -> str | None:
    """The name words of a phrase that follows a title, cut before a role word; None when the phrase is
    not a name ("Code of Conduct", "Chairman", "Councillor Learning and Development Policy", North Northamptonshire:
    an item's title) or is initials alone."""
    words: list[str] = []
    if _ROLE_SURNAME.match(printed.rstrip(".")):
        return printed.rstrip(".")
    for word in printed.split():
        bare = word.rstrip(".")
        if (not words and (bare in NOT_NAME_WORDS or bare in PORTFOLIO_WORDS)) or _answer_word(bare) \
                or ROLE_WORDS.fullmatch(bare) \
                or (_ROLE_NOUNS.fullmatch(bare) and not (words and _SURNAME_TOO.match(bare))):
            break
        if possessive := re.match(r"^(.*\w)['’]s$", word):  # "Councillor Henderson’s motion"
            words.append(possessive[1])
            break
        words.append(word)
        if word.endswith(".") and _is_word(bare):
            break  # "Councillor Wincott. No further …": a full stop after a word ends the sentence
    while words and words[-1].lower() in NAME_PARTICLES:
        words.pop()
    if not words or words[-1].lower().rstrip(".") in ORGANISATION_ENDINGS | _EVENT_ENDINGS:
        return None
    if words[-1].endswith(".") and _is_word(words[-1].rstrip(".")):
        words[-1] = words[-1].rstrip(".")  # "… Councillor Harwood.", "Mr Ng." end the sentence: no initial
    if all(len(word.rstrip(".")) == 1 or word.rstrip(".").isupper() for word in words):
        return None  # initials alone name nobody
    return " ".join(words)


def _before_details(role: str | None) -> str | None:
    """A role up to where contact details start: "Democratic Services Officer  90320202 x6311" (Belfast's contact
    line, its number printed without the area code) is a Democratic Services Officer; the details are never kept."""
    if role is None:
        return None
    cut = min((found.start() for found in (CONTACT_DETAILS.search(role), _DIGITS_RUN.search(role)) if found),
              default=len(role))
    return role[:cut].strip(" ,;:-–—") or None


# A phone number's digits in the words after a name (five or more together): never part of a role.
_DIGITS_RUN = re.compile(r"\s\d{5,}")


# A name that closes a phrase set before the sentence's subject ("In response, to a query by Councillor McCann, the
# Lead Legal Services Officer advised that …", Derry City and Strabane): the post after its comma is the subject
# of the verb that follows, someone else. Its preposition, the name's title and the name's words before the end.
_OBJECT_OF_PHRASE = re.compile(r"\b(?:by|from|to|of|with|for)\s+(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*\s*$")
_VERB_NEXT = re.compile(_VERB_AFTER)


# A titled member welcomed to a first meeting in a post: "welcome Councillor Gardner to his first Cabinet meeting, in
# his new role of Cabinet Member for Economy." (Cornwall).
_FIRST_IN_ROLE = re.compile(r"^\s+(?:to|on|at)\s+(?:his|her|their)\s+first\s+[^.;]{0,60}?,?\s+in\s+(?:his|her|their)\s+"
                            r"(?:new\s+)?role\s+(?:of|as)\s+(?:the\s+|an?\s+)?(?P<role>" + _POST + r")")


def _stated_after(line: str, end: int) -> tuple[str | None, Organisation | None]:
    """What follows a name: post-nominal letters (skipped), then a bracket, ", Role," or "of Organisation"."""
    rest = line[end:]
    if letters := _LETTERS_AFTER.match(rest):
        rest = rest[letters.end():]
    if bracket := _BRACKET_AFTER.match(rest):
        return _bracket_role(bracket["inner"])
    if (dashed := _DASHED_OFFICE.match(rest)) and (office := _office(dashed["office"])) == dashed["office"]:
        return office, None
    if (appositive := _APPOSITIVE.match(rest) or _APPOSITIVE_THEN_VERB.match(rest) or _POST_THEN_VERB.match(rest)) \
            and not (_OBJECT_OF_PHRASE.search(line[:end]) and _VERB_NEXT.match(rest, appositive.end())):
        role = _before_details(_appositive_role(appositive["role"].strip(), rest[appositive.end():]))
        if role:
            return _post_and_employer(role)
    if (first := _FIRST_IN_ROLE.match(rest)) and _ROLE_NOUNS.search(first["role"]):
        return first["role"], None
    if (own := _THE_COUNCILS_POST.match(rest)) and _ROLE_NOUNS.fullmatch(own["role"].split()[-1]):
        return own["role"], None  # "Councillor A was the council’s climate champion and …"
    sentence = line[:end].rsplit(". ", 1)[-1]
    if (named_as := _AS_OFFICE.match(rest)) and (_APPOINTING.search(sentence) or _NAMED_AS.search(sentence)) \
            and not _proposal(sentence) \
            and (office := _office(named_as["office"])):
        return office, None
    if (serving := _AGREED_TO_SERVE.match(rest)) and (named_as := _AS_OFFICE.match(rest[serving.end():])) \
            and (office := _office(named_as["office"])):
        return office, None
    if (elected := _ELECTED.match(rest)) and ROLE_WORDS.search(elected["role"]) and not _proposal(sentence):
        return _elected_office(elected["role"]), None
    if of := _OF_ORGANISATION.match(rest):
        organisation = _organisation_named(of["org"])
        if organisation:
            return None, Organisation(organisation)
    return None, None


def _office(words: str) -> str | None:
    """The office of an "as …" phrase, cut before another titled member ("Chairman and County Councillor …");
    an office names a post (a role word in it), "of the Local Committee" after it names where it is held."""
    kept: list[str] = []
    for word in words.split():
        if word in _TITLE_WORDS and not all(earlier in _TITLE_WORDS for earlier in kept):
            break  # "Chairman and County Councillor …"; a title's words that open the office are it ("Deputy Mayor")
        kept.append(word)
    while kept and kept[-1] in {"for", "and", "&"}:
        kept.pop()
    office = " ".join(kept)
    return office if office and ROLE_NOUNS.search(office) else None


# Where a post after a name gives way to whom they act for: "Councillor C. Whitbread, Leader of Council on behalf of
# the Housing Portfolio Holder S. Stavrou" (Epping Forest) is the Leader; the Portfolio Holder is another person.
_ACTING_FOR = re.compile(r"\s+(?:on\s+behalf\s+of|in\s+(?:the\s+)?(?:absence|place)\s+of|instead\s+of)\s.*$",
                         re.IGNORECASE)
# The verb a post printed without its closing comma runs into: "The Reverend A Milton, Team Rector of Huntingdon
# opened the meeting with prayer." (Huntingdonshire): the post ends before "opened".
_VERB_AFTER_POST = re.compile(_VERB_AFTER + r".*$")



def _appositive_role(role: str, rest: str) -> str | None:
    """ ", Cabinet Member for Economy, Education and Skills, sought …": the role after a name's comma, with
    the capitalised phrases after its own commas ("Education and Skills"), so long as it holds a role word
    and is not another person ("…, Sergeant Ian McEwan, …"); up to whom they act for (:data:`_ACTING_FOR`) or a
    verb (:data:`_VERB_AFTER_POST`). A clause run on after the role ends it, and a post once held after the one
    held now is not theirs now: "Rowland Rees Evans, the High Sheriff and former Councillor following the recent
    bereavement of his father" (Ceredigion) is the High Sheriff."""
    if acting := _ACTING_FOR.search(role):
        role, rest = role[:acting.start()], ""
    if re.sub(r"^the\s+", "", role)[:1].isupper() and (verb := _VERB_AFTER_POST.search(role)):
        role, rest = role[:verb.start()], ""
    role = _FORMER_OR_CLAUSE.split(role, maxsplit=1)[0]
    if (another := _AND_ANOTHER.search(role)) and _someone(another["name"]):
        role, rest = role[:another.start()], ""  # "Head Chef at Park Community School and Maggie Haynes of …"
    while len(role) < 120 and (more := _ROLE_GOES_ON.match(rest)):
        if split_honorific(more["part"])[0] or re.match(_PLURAL, more["part"]) or _someone(more["part"]):
            break  # "Mark Williams, Chief Executive, Vega Sturgess, Strategic Director …": the next person
        role, rest = f"{role}, {more['part']}", rest[more.end():]
    if not _ROLE_NOUNS.search(role) or split_honorific(role)[0] or re.match(_PLURAL, role) \
            or any(split_honorific(titled[0])[0] and _name_only(titled["name"]) for titled in _TITLED.finditer(role)):
        return None  # "Moved by Councillor K Shaw, Seconded by Councillor A Batey": another person, no role; not
        # "Head of Finance & Deputy Section 151 Officer" (South Northamptonshire), a title word before no name
    # ("Deputy Leader of West Sussex County Council": "Deputy" before a post is no title, Havant)
    return _trim_role(role)


# Another person after a post's "and", with their body or post after them: "Steven Cross, Head Chef at Park
# Community School and Maggie Haynes of Tuppenny Barn Organics, on their work …" (Havant).
_AND_ANOTHER = re.compile(r"\s+(?:and|&)\s+(?P<name>" + WHOLE_NAME + r")(?=\s+(?:of|from|at)\s)")


# A post "at" the body that employs its holder: "Steven Cross, Head Chef at Park Community School …" (Havant).
_POST_AT_BODY = re.compile(r"^(?P<post>[A-Z][^,]*?)\s+at\s+(?:the\s+)?(?P<body>[A-Z][^,]*)$")


def _post_and_employer(role: str) -> tuple[str, Organisation | None]:
    """A post and the body it is held "at" or after a dash, when that names a body ("Head Chef at Park Community
    School" → Head Chef, Park Community School, Havant; "Chief Executive – St Helens MBC", Liverpool City Region);
    any other post whole, with no body. So after a comma, as a bracket prints it (:func:`classify_bracket`):
    "Cllr Dine Romero, Leader, Bath & North East Somerset Council" (West of England CA) → Leader, the council."""
    for held in (_POST_AT_BODY.match(role), _POST_DASH_BODY.match(role)):
        if held and _ROLE_NOUNS.search(held["post"]) and is_organisation(held["body"]):
            return held["post"], Organisation(held["body"])
    if classify_bracket(role) == "role-and-organisation":
        post, body = split_role_and_organisation(role)
        return post, Organisation(body)
    return role, None


def _someone(words: str) -> bool:
    """A whole untitled name of two or three words, none of them a word of a post or a portfolio: "Vega Sturgess",
    "Maggie Haynes"; not "Economic Development" nor "Education and Skills"."""
    names = words.split()
    return 2 <= len(names) <= 3 and _untitled_name(words) and _name_only(words) == words \
        and not any(word in PORTFOLIO_WORDS or _ROLE_NOUNS.fullmatch(word) for word in names)


# Posts a bracket after a name prints that no role noun names ("(Opposition Spokesperson)", "(Chief Whip)",
# "(Independent Person)"): a role there all the same.
_BRACKETED_POSTS = re.compile(r"\b(?:spokes(?:person|man|woman)|champion|whip|president|speaker|crier"
                              r"|macebearer|independent\s+person|(?-i:MP|MS|MEP))\b", re.IGNORECASE)
# A bracket that prints one post word (a role noun), then the body it is held in with no "of" between:
# "(Headteacher Thamesview School)".
_POST_THEN_BODY = re.compile(r"^(?P<post>[A-Z][a-z]+)\s+(?P<body>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,5})$")


# A post and, after a dash, the body it is held in: "Leader – Knowsley MBC".
_POST_DASH_BODY = re.compile(r"^(?P<post>[A-Z][^–—-]*?)\s+[-–—]\s+(?P<body>[A-Z][^–—-]*)$")


def _bracket_role(inner: str) -> tuple[str | None, Organisation | None]:
    """A bracket after a name: a role, an organisation, or both ("Service Director for X, Y Council"), or the
    post in an outside body they are there as ("as the former Chair of MGL"); a party, a reference or a
    capacity in one matter is none of them."""
    inner = inner.strip()
    if (held := _AS_POST_OF.match(inner)) and ROLE_WORDS.search(held["role"]):
        role = f"{held['former'].lower()} {held['role']}" if held["former"] else held["role"]
        return role, Organisation(held["body"])
    if any(ch.isdigit() for ch in inner) or _PARTIES.match(inner) or _NOT_A_ROLE_START.match(inner) \
            or len(inner.split()) > 10:
        return None, None
    if (post := _POST_THEN_BODY.match(inner)) and _ROLE_NOUNS.fullmatch(post["post"]) \
            and is_organisation(post["body"]) and not _PARTY_GROUP.match(post["body"]):
        return post["post"], Organisation(post["body"])  # "(Headteacher Thamesview School)", Gravesham
    if (dashed := _POST_DASH_BODY.match(inner)) and _ROLE_NOUNS.search(dashed["post"]) \
            and is_organisation(dashed["body"]):
        return dashed["post"], Organisation(dashed["body"])  # "(Leader – Knowsley MBC)", Liverpool City Region
    kind = classify_bracket(inner)
    if kind == "organisation":
        return None, Organisation(inner)
    if kind == "role-and-organisation":
        post, body = split_role_and_organisation(inner)
        return post, Organisation(body)
    # not "(due to mayoral business)", nor a place ("Mrs E Hamilton (West Wittering)", Chichester: her ward)
    if kind == "role" and (_ROLE_NOUNS.search(inner) or _BRACKETED_POSTS.search(inner)):
        return inner, None
    return None, None


def _trim_role(role: str) -> str:
    """The role without its article or the style it is addressed by ("His Worship the Mayor" → "Mayor")."""
    return re.sub(r"^the\s+", "", OFFICE_STYLE.sub("", role.strip(" ,")), flags=re.IGNORECASE)


def _trim_organisation(name: str) -> str:
    words = name.split()
    while words and words[-1] in {"of", "for", "and", "&"}:
        words.pop()
    return " ".join(words)


def _organisation_named(phrase: str) -> str | None:
    """The longest start of a capitalised phrase that names an outside body ("Bredhurst Parish Council" of
    "Bredhurst Parish Council and Mr Page")."""
    words = phrase.split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        if words[size - 1][:1].isupper() and is_organisation(candidate):
            return candidate
    return None


# The small words a post's name holds between its capitalised words ("Leader of the Council", "Cabinet Member for
# Children, Young People and Families", "Head of Legal & Democratic Services").
_POST_JOINERS = frozenset({"of", "for", "and", "the", "&", "to", "in", "on", "at", "with"})


# The words a post names its remit with, in lower case: "Cabinet Member with responsibility for the Children’s
# Services Portfolio" (Rochdale), "Cabinet Member with special responsibility for Housing": part of the post.
_RESPONSIBLE_FOR = re.compile(r"(?<=[A-Za-z] )with\s+(?:special\s+)?responsibilit(?:y|ies)\s+for(?:\s+the)?"
                              r"(?=\s+[A-Z])")


def _post_words(role: str) -> str:
    """A post as its name goes, up to the first word in lower case that joins nothing after its capitalised start:
    the clause a sentence goes on with is no part of it ("High Sheriff and former Councillor following the recent
    bereavement of his father" → "High Sheriff", Ceredigion; "Team Rector of Huntingdon opened the meeting with
    prayer" → "Team Rector of Huntingdon", Huntingdonshire). A qualifier in lower case before it stays ("outgoing
    Mayor", "member"), and so does a word in lower case that ends the post's own name, where the words before it
    name no post ("Council member", "MP for Batley and Spen constituency"), and so does the noun a possessive is
    said of ("the Lord Lieutenant’s representative had presented …" → "Lord Lieutenant’s representative")."""
    words = role.split()
    start = next((index for index, word in enumerate(words) if word[:1].isupper()), len(words))
    remit = {len(role[:match.start()].split()) + offset for match in _RESPONSIBLE_FOR.finditer(role)
             for offset in range(len(match[0].split()))}
    end = next((index for index in range(start, len(words))
                if words[index][:1].islower() and words[index] not in _POST_JOINERS and index not in remit), len(words))
    if end < len(words) and end > start and re.search(r"['’]s$", words[end - 1]):
        end += 1  # "Lord Lieutenant’s representative" (Huntingdonshire): the possessive's noun is the post's head
    if end >= len(words) or (end == len(words) - 1 and _ROLE_NOUNS.fullmatch(words[end])):
        return role  # whole; so "Lead officer", its post's noun in lower case last (a field's label)
    kept = words[:end]
    while len(kept) > start + 1 and kept[-1].lower().strip(",") in _POST_JOINERS:
        kept.pop()
    post = " ".join(kept).rstrip(",")
    return post if _ROLE_NOUNS.search(post) else role


def add_people_in_prose(record: Record, text: str) -> None:
    """Give the record the people its prose names that its readers did not: each as a person of the record
    and, where a role is stated, the holder of that post. Someone the readers already hold under the same
    name keeps their entry, with the honorific the prose gives them if theirs had none; a role the prose states
    for them is added as their post, unless the prose says they resigned it (:func:`posts_left`)."""
    every = list(parts(record))
    held = {person.name.casefold(): person for person in every if isinstance(person, Person)}
    posts = {(post.label.casefold(), post.holder.name.casefold()) for post in every
             if isinstance(post, Post) and post.holder}
    left = posts_left(text)
    for named in people_in_prose(text):
        person = held.get(named.person.name.casefold())
        if person is None and (by_surname := _held_by_surname(named.person, held)):
            person = by_surname  # the readers' entry stands as read: the prose adds only a role, and a title where
            person.honorific = person.honorific or named.person.honorific  # it has none ("Councillor Bundy")
        elif person is None:
            person = named.person
            record.people.append(person)
            held[person.name.casefold()] = person
        else:
            person.honorific = _fuller_title(person.honorific, named.person.honorific)
            # the body the prose names them of, where the readers' entry has none ("Councillor Graham Morgan (Leader
            # – Knowsley MBC)" whom an attendance line names without it, Liverpool City Region)
            person.organisation = person.organisation or named.person.organisation
        role = _post_words(named.role) if named.role else None
        if role and (role.casefold(), person.name.casefold()) not in posts and not _left(person, role, left):
            record.posts.append(Post(role, holder=person, organisation=named.role_in or person.organisation))
            posts.add((role.casefold(), person.name.casefold()))


# A member the page says has left a post: "As Councillor Oliver resigned from this post in January 2019, the Council is
# invited to appoint a Leader" (Elmbridge's agenda, after "Councillor T.G. Oliver was elected as Leader of the Council
# on 16 May 2018"), "Councillor Dale had resigned as Chair of the Licensing Committee". The post the prose reports
# them elected to is then not theirs: "this post" leaves every post the prose gives them, a named one only that.
_RESIGNED = re.compile(
    r"\b" + ANY_HONORIFIC + r"\.?\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?)\s+(?:had\s+|has\s+)?resigned\s+"
    r"(?:from\s+(?:this|that|the|his|her|their)\s+(?:post|office|position|role)\b"
    r"|as\s+(?:the\s+)?(?P<role>[A-Z][\w'’-]*(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,6}))")


def posts_left(text: str) -> set[tuple[str, str | None]]:
    """(surname, post or None for "this post") of each member the text says resigned, folded."""
    return {(match["name"].split()[-1].casefold(), match["role"].casefold() if match["role"] else None)
            for match in _RESIGNED.finditer(text)}


def _left(person: Person, role: str, left: set[tuple[str, str | None]]) -> bool:
    surname = person.name.split()[-1].casefold()
    return (surname, None) in left or (surname, role.casefold()) in left


def _held_by_surname(mentioned: Person, held: dict[str, Person]) -> Person | None:
    """The one person the readers hold whose name ends in the surname the prose names alone: a declarations table
    names "R. Sweden" in its member cell, its reason cell "Councillor Sweden declared a prejudicial interest"
    (Waltham Forest): one member, as :func:`_surnames_merged` reads such a pair within the prose. Two holders of
    the surname, or none, leave the mention its own."""
    if len(mentioned.name.split()) != 1:
        return None
    surname = mentioned.name.casefold()
    holders = {id(person): person for person in held.values()
               if len(words := person.name.split()) > 1 and words[-1].casefold() == surname
               and person.organisation is None}
    if len(holders) != 1:
        return None
    person = next(iter(holders.values()))
    return None if another_person(mentioned, person) else person


def one_title_each(record: Record) -> None:
    """One honorific for one person: the record's mentions of a name (one node in the graph) agree on the fullest
    title the page prints for it, where every other is that title or its end ("Cllr Mrs Bridgeman" in a
    declarations table, "Mrs Bridgeman" under a vote list's plural "Councillors": "Cllr Mrs"); "Cllr" and
    "Councillor" are one title (the first held is kept). Titles that differ otherwise ("Mr", "Dr") are left."""
    by_name: dict[str, list[Person]] = {}
    for part in parts(record):
        if isinstance(part, Person) and part.organisation is None and part.honorific:
            by_name.setdefault(part.name.casefold(), []).append(part)
    for people in by_name.values():
        titles = list(dict.fromkeys(person.honorific for person in people if person.honorific))
        if len(titles) > 1 and (agreed := _agreed_title(titles)):
            for person in people:
                person.honorific = agreed


def one_person_per_surname(record: Record) -> None:
    """One person for a surname the page prints bare with different titles: "Councillors Bill, Bray, Cartwright,
    Mrs Cope, Mr Cope, Crooks, … declared personal interests in agenda item 13" (Hinckley and Bosworth) names two
    members the format can tell apart only by name. They are published as one Cope, with the title printed first,
    and their like declarations once; a Warning says so."""
    by_name: dict[str, list[Person]] = {}
    for part in parts(record):
        if isinstance(part, Person) and part.honorific and len(part.name.split()) == 1:
            by_name.setdefault(part.name.casefold(), []).append(part)
    merged: set[str] = set()
    for name, people in by_name.items():
        titles = list(dict.fromkeys(person.honorific for person in people))
        if len(titles) < 2 or _agreed_title(titles) or not all(title in _COURTESY_TITLES for title in titles):
            continue
        for person in people:
            person.honorific = titles[0]
        merged.add(name)
        printed = " and ".join(f"{title} {people[0].name}" for title in titles)
        record.warnings.append(f"{printed} published as one person, {titles[0]} {people[0].name}: the page gives "
                               "no given names to tell them apart")
    for meeting in record.meetings if merged else []:
        seen: set[tuple[str, str | None, str | None]] = set()
        kept = []
        for declaration in meeting.declarations:
            key = (declaration.person.name.casefold(), declaration.item_number, declaration.kind)
            if key[0] not in merged or key not in seen:
                seen.add(key)
                kept.append(declaration)
        meeting.declarations[:] = kept


# Titles of courtesy alone, which say nothing of office: two of them differing on one surname are two people.
_COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})


def one_spelling_each(record: Record) -> None:
    """One printed form for one name: a page that prints a member's initials spaced in its list of members and run
    together in its minutes ("E. Schofield" in the list, "Councillor E.Schofield declared an interest …", Isle of
    Anglesey) names one person (one node in the graph, whose IRI ignores spacing and full stops). The form printed
    most often is kept, spaced initials first where the counts tie: running them together is the copy's slip."""
    by_key: dict[str, list[Person]] = {}
    counted: set[int] = set()  # a person a reader refers to twice ("He also declared …") was printed once
    for part in parts(record):
        if isinstance(part, Person) and part.organisation is None and id(part) not in counted:
            counted.add(id(part))
            by_key.setdefault(_spelling_key(part.name), []).append(part)
    for people in by_key.values():
        forms = [person.name for person in people]
        if len(set(forms)) > 1:
            kept = max(dict.fromkeys(forms), key=lambda form: (forms.count(form), form.count(" ")))
            for person in people:
                person.name = kept


def _spelling_key(name: str) -> str:
    """A name with its full stops and spacing folded ("E.Schofield", "E. Schofield" → "e schofield")."""
    return " ".join(re.sub(r"\.", " ", name).split()).casefold()


def _agreed_title(titles: list[str]) -> str | None:
    """The title of ``titles`` every other is, or ends, once "Cllr" is read as "Councillor"; None if none is. A
    title misprinted ("Councilor") is the one spelt right, which is kept."""
    def plain(title: str) -> str:
        return " ".join(re.sub(r"\bCllrs?\b\.?", "Councillor", _MISPRINTED_TITLE.sub("Councillor", title),
                               flags=re.IGNORECASE).casefold().split())
    titles = sorted(titles, key=lambda title: bool(_MISPRINTED_TITLE.search(title)))  # spelt right first
    for title in sorted(titles, key=lambda title: -len(plain(title).split())):
        if all(plain(other) == plain(title) or plain(title).endswith(f" {plain(other)}") for other in titles):
            return title
    return None


def _fuller_title(held: str | None, said: str | None) -> str | None:
    """The honorific a person keeps: the prose's when a list printed the name bare, or when the prose prints
    the same title in full ("Councillor Mrs P A Channer" where a vote list has "Mrs P A Channer" under its
    plural "Councillors"); the prose's too when the one held is the same title misprinted ("Councilor" where the
    prose prints "Councillor"); otherwise the one held."""
    if not held or (said and said.endswith(f" {held}")):
        return said or held
    if said and _MISPRINTED_TITLE.sub("Councillor", held) == said:
        return said
    return held


# A title as minutes misprint it: "Councilor A was also present as a substitute." (Canterbury's minutes).
_MISPRINTED_TITLE = re.compile(r"\bCouncilor\b")


# What follows a post where a fuller printing of it names its team or qualifier: "Senior Business Support Officer -
# Democratic Services".
_POST_QUALIFIED = re.compile(r"^\s+[-–—]\s+\S")


def one_post_each(record: Record) -> None:
    """One printing of one post for one person: where the page prints a person's post in full in one place and
    cut short in another (Torfaen's "Contact: Jacquelyn Tranter  Senior Business Support Officer - Democratic
    Services" over "Jacquelyn Tranter, Senior Business Support Officer" in its attendance), the shorter is the
    fuller's start, a dash and the team after it: the same post, stated once, as printed in full. Posts that
    differ otherwise are left."""
    held: dict[str, list[tuple[object, str]]] = {}
    for part in parts(record):
        if isinstance(part, Post) and part.holder is not None:
            held.setdefault(part.holder.name.casefold(), []).append((part, "label"))
        elif isinstance(getattr(part, "person", None), Person) and isinstance(getattr(part, "role", None), str):
            held.setdefault(part.person.name.casefold(), []).append((part, "role"))
    for stated in held.values():
        printed = {getattr(part, field) for part, field in stated}
        for part, field in stated:
            shorter = getattr(part, field)
            fuller = [post for post in printed if post.startswith(shorter)
                      and _POST_QUALIFIED.match(post[len(shorter):])]
            if len(fuller) == 1:
                setattr(part, field, fuller[0])
