"""One grammar of person mentions, shared by every reader (issue 14, part 5).

Councils print a person in many ways; each reader used to parse its own. This module is the one place
that knows them, so a rule fixed here is fixed for every page type:

- honorifics and ranks before the name, several at once ("Alderman Sir Michael Savory", "Deputy Henry
  Jones", "Superintendent Emma Taylor", "Cllr C R Slade"): :func:`split_honorific`;
- post-nominal letters after the name ("Valerie Shawcross CBE", "…, JP") and a nickname in brackets
  ("Thomas [Tom] Name"): kept apart from the name, which is what the SHACL name shape checks;
- a role after the name ("Ms Rehill, Democratic Services", "A Name (Service Director for X, Y Council)")
  or before it ("The Cabinet Member for X (Councillor A Name)", "Leader of the Council, Cllr X");
- an officer's contact details, labelled or not ("Tel: 01234 …", "Email: …", "A Name at a.name@x.gov.uk",
  "… on 0161 474 3274"): split off into :attr:`Mention.email` / :attr:`Mention.phone` so they never end
  up in a name or a role. Whether they are published is the privacy policy's call, downstream (§6);
- lists ("Councillors A, B and C"): :func:`read_mentions` / :func:`split_names`.

:func:`read_mention` is the grammar; :func:`split_honorific`, :func:`classify_bracket` and
:func:`split_names` are the older entry points the readers use, kept with their behaviour.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from publisher.model import Organisation, Person, Post

# --- honorifics -----------------------------------------------------------------------------------------

# The armed forces' ranks of several words, titles as a whole: their words alone ("Officer", "Leader", "Vice") are
# words of council business.
RANKS_OF_SEVERAL_WORDS = ("Petty Officer", "Chief Petty Officer", "Warrant Officer", "Squadron Leader",
                          "Wing Commander", "Group Captain", "Flight Lieutenant", "Rear Admiral", "Vice Admiral",
                          "Air Commodore", "Major General", "Lieutenant General",
                          # a circuit judge's style ("His Honour Judge Patrick Perusko as Honorary Recorder", Milton
                          # Keynes): "His", "Her" and "Judge" alone are words of prose
                          "His Honour Judge", "Her Honour Judge",
                          # a retired officer's rank abbreviated, "(Retd)" part of the title ("her husband, Maj (Retd)
                          # Rob Marshall", Runnymede)
                          "Maj (Retd)", "Major (Retd)", "Col (Retd)", "Colonel (Retd)", "Capt (Retd)",
                          "Captain (Retd)", "Lt Col (Retd)", "Brig (Retd)", "Brigadier (Retd)", "Cdr (Retd)")
HONORIFICS = tuple(sorted((
    "Councillor", "Cllr", "County Councillor", "Alderman", "Alderwoman",
    "Councilor",  # a misprint minutes make ("Councilor A was also present …", Canterbury's), as printed
    "District Councillor", "Borough Councillor",  # "former District Councillor Mrs Joyce Course" (Sevenoaks)
    "Honorary Alderman", "Honorary Alderwoman",  # "the late Honorary Alderman Brian Watson" (York), as printed
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Doctor",
    "Professor", "Prof", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Rev", "Revd", "Reverend",
    # "Prayer was offered by Pastor Garry Kelly" (Hinckley and Bosworth)
    # a Privy Counsellor's style ("Rt Hon Jane Kennedy", Liverpool City Region's apologies)
    "Rt Hon", "Right Hon", "Right Honourable",
    "Canon", "Father", "Fr", "Rabbi", "Imam", "Pastor", "Very Reverend", "Right Reverend", "Most Reverend", "Venerable",
    "Superintendent", "Chief Superintendent",
    "Detective Superintendent", "Detective Chief Superintendent", "Inspector", "Chief Inspector",
    "Detective Inspector", "Detective Chief Inspector", "Sergeant", "Police Sergeant", "Detective Sergeant",
    "Constable", "Police Constable", "PC", "PCSO", "Chief Constable", "Deputy Chief Constable",
    "Assistant Chief Constable", "Captain", "Major", "Colonel", "Lieutenant Colonel", "Commander", "Hon",
    # a Privy Counsellor's style ("Rt Hon Jane Kennedy", Liverpool City Region's apologies)
    "Rt Hon", "Right Hon", "Right Honourable",
    # the armed forces' ranks printed as titles ("Brigadier Frasier", "Commodore Jamie Miller", Exeter; "Petty
    # Officer Alan Bates", Fareham); "General" alone is a word of council business
    "Brigadier", "Commodore", "Admiral", *RANKS_OF_SEVERAL_WORDS,
    # Titles that are also offices: a title only before a name ("Deputy Henry Jones" in the City of
    # London, "Mayor John Biggs" on the GLA roster), never before a role word ("Deputy Chief Executive").
    "Deputy", "Mayor", "Deputy Mayor", "Lord Mayor",
    "Metro Mayor",  # a combined authority's mayor: "Metro Mayor Steve Rotheram provided …" (Liverpool City Region)
), key=len, reverse=True))
# Any one of them, as a pattern's group: the titles every person pattern starts from.
ANY_HONORIFIC = r"(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")"
# An untitled whole name, two or three capitalised words ("Daphne Oxford", "Rosie-May Alcock"), as the grammars of
# people printed without a title read it (prose, a contact line's "Democratic Services Officer, Peter Bell").
WHOLE_NAME = r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}"
_OFFICE_TITLES = frozenset({"Deputy", "Mayor", "Deputy Mayor", "Lord Mayor", "Metro Mayor"})
_NAME_WORD = r"[A-Z][\w'’.-]*"
_HONORIFIC = re.compile(r"^(?P<title>(?:" + ANY_HONORIFIC + r"\.?\s+)+)(?P<name>" + _NAME_WORD
                        + r"(?:\s+[A-Za-z][\w'’.-]*)*)$")
HONORIFIC_START = r"(?:the\s+)?" + ANY_HONORIFIC + r"\.?\s+[A-Z]"
# The plural a list of names starts with ("Councillors A, B and C"): each name takes the singular.
PLURAL_HONORIFICS = {"councillors": "Councillor", "cllrs": "Cllr", "county councillors": "County Councillor",
                     "aldermen": "Alderman", "honorary aldermen": "Honorary Alderman",
                     # "… received from Councillor Johnston and Honorary Freemen O’Neill and Edgar" (Gosport): a title
                     # in the plural only ("Freeman" alone is a surname, "Councillor G Freeman")
                     "honorary freemen": "Honorary Freeman"}
_PLURAL_HONORIFIC = re.compile(
    r"^(?P<title>" + "|".join(sorted(PLURAL_HONORIFICS, key=len, reverse=True)) + r")\.?:?\s+(?=\S)",
    re.IGNORECASE)
# Between names in a list: commas and a final "and" (with or without an Oxford comma, or a comma after it:
# "Councillor Morgan and, Ruth Lake") or "&".
# A semicolon ends an entry too: "Councillor B.A. Stead (Mayor); Councillors R. Amiah, …" (Reigate and Banstead).
_NAME_SEPARATOR = re.compile(r"\s*[,;]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)(?:\s*,)?\s+")
# A member's title printed twice by mistake ("Councillor Councillor B.A. Stead"): the title once.
_TITLE_TWICE = re.compile(r"^(?P<title>Councillor|Cllr)\.?\s+(?P=title)\b\.?", re.IGNORECASE)
# A footnote mark after a name ("A.J. De Save*", "* Part meeting." below the list): no part of the name.
_FOOTNOTE_MARK = re.compile(r"\s*\*+$")

# The parties' names as pages print them, a bracket's "(Liberal Democrat)" or a group's "Labour Group".
PARTY_NAMES = (r"(?:(?:Liberal\s+)?Democrats?|Labour|Conservatives?|Liberal|Green|Independents?|Reform(?:\s+UK)?"
               r"|Plaid(?:\s+Cymru)?|SNP|UKIP|Lib\s+Dems?)")
# A party's group on the council, to the end of the text: "Liberal Democrat Group", "Labour and Co-operative Group",
# "(Rotherham) Independents Group": a party, never an outside body. Anchor its start as the reader needs.
PARTY_GROUP = PARTY_NAMES + r"(?:\s+(?:and|&)\s+\w+)*\s+(?:Party\s+)?Group$"

ROLE_WORDS = re.compile(
    r"\b(?:head|director|officer|manager|chair|chairman|chairwoman|chairperson|member|leader|lead|executive|"
    r"secretary|clerk|chief|"
    r"deputy|assistant|portfolio|cabinet|mayor|commissioner|co-ordinator|coordinator|advisor|adviser)\b",
    re.IGNORECASE)
# The same words as a group's: "Deputy City Mayors and Lead Members" (Salford's list of decisions) names nobody.
ROLE_GROUP = re.compile(ROLE_WORDS.pattern.removesuffix(r")\b") + r")s\b", re.IGNORECASE)


# Two titles run together by a typing slip ("CouncillorMrs Sandra Simpson", Newcastle-under-Lyme's roster): the
# first title, then the second with its name. Both must be whole titles, so "Mrs" is never "Mr" + "s".
_TITLES_RUN_TOGETHER = re.compile(r"^(?P<first>" + ANY_HONORIFIC + r")(?=" + ANY_HONORIFIC + r"\.?\s)")


_ARTICLE_BEFORE_CLERIC = re.compile(r"^the\s+(?=(?:Revd|Rev|Reverend|Very|Right|Most|Venerable|Rt|Hon)\b\.?\s+[A-Z])",
                                    re.IGNORECASE)


@functools.lru_cache(maxsize=16384)  # a page prints its members' names again and again: read each once
def split_honorific(text: str) -> tuple[str | None, str]:
    """"Councillor Sheila Bailey" → ("Councillor", "Sheila Bailey"); no honorific → (None, text).

    "Deputy" or "Mayor" is a title only before a name: "Deputy Chief Executive" is a post, so it stays whole, and
    "Deputy City Mayors" a group of posts. A cleric's title is often printed after "The" ("The Revd Dr Martin
    Dudley"): the article is no title.
    """
    text = _TITLES_RUN_TOGETHER.sub(r"\g<first> ", _ARTICLE_BEFORE_CLERIC.sub("", " ".join(text.split())))
    match = _HONORIFIC.match(text)
    if not match:
        return None, text.strip()
    title = _once(" ".join(word.rstrip(".") for word in match["title"].split()))
    if title in _OFFICE_TITLES and (ROLE_WORDS.search(match["name"]) or ROLE_GROUP.search(match["name"])):
        return None, text.strip()
    return title, match["name"]


def _once(title: str) -> str:
    """A title printed twice by mistake, said once: "Councillor Councillor B.A. Stead (Mayor); Councillors …"
    (Reigate and Banstead) is Councillor B.A. Stead; "Councillor Mrs" keeps both its words."""
    words = title.split()
    return " ".join(word for index, word in enumerate(words) if index == 0 or word != words[index - 1])


# A title a member is printed with, singular or plural: where the people of a sentence start ("During item
# 5, Councillor X declared …").
MEMBER_TITLE = re.compile(r"\b(?:Councillors?|Cllrs?|County\s+Councillors?|Mrs?|Ms|Miss|Dr|Alderman)\b")
# The titles only a member holds (not "Mrs", "Dr" …): a surname printed after one is a member's.
_MEMBER_ONLY_TITLE = re.compile(r"\b(?:Councillors?|Cllrs?|Aldermen|Alderman|Alderwoman)\b", re.IGNORECASE)


def another_person(member: Person, fuller: Person) -> bool:
    """A member printed by surname alone ("Cllr Clarance") is not the person a fuller name of that surname is when
    the page titles that one only as somebody's "Mrs", "Mr" … and never as a member ("his consort would be his
    wife Mrs Sally Clarance", Teignbridge): a namesake, not the member in full."""
    return bool(member.honorific and _MEMBER_ONLY_TITLE.search(member.honorific)) and bool(fuller.honorific) \
        and not _MEMBER_ONLY_TITLE.search(fuller.honorific or "")


# "ab" and "ap" (Welsh "son of": "Craig ab Iago", Gwynedd), "ferch" ("daughter of").
NAME_PARTICLES = frozenset({"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al", "el",
                            "st", "y", "ap", "ab", "ferch", "ter", "ten", "dos", "das", "del"})


@functools.lru_cache(maxsize=16384)
def looks_like_name(name: str) -> bool:
    """A personal name: one to six words, each capitalised (or an initial, or a particle such as "de"), none of
    them a councillor's title: "Portfolio Holders County Councillors J. Evans" (Powys' "apologies … from Portfolio
    Holders County Councillors J. Evans (…)") is a group's description before a name, not one."""
    words = name.replace("’", "'").split()
    return 0 < len(words) <= 6 and words[0][:1].isupper() and all(
        word[:1].isupper() or word.lower().strip(".") in NAME_PARTICLES for word in words) \
        and not any(word.strip(".,").lower() in _TITLE_WORDS for word in words)


# A councillor's title, singular or plural, which no personal name holds.
_TITLE_WORDS = frozenset({"councillor", "councillors", "cllr", "cllrs"})


# A declaration as ModernGov's register of declarations prints it: the member's name as registered, the category of
# interest, then the minute's statement ("Timothy Johnson, Other Registerable Interests (ORI), Cllr Tim Johnson
# declared an interest in agenda item 6 as a member of Selsey Town Council.", Chichester).
_REGISTER_ENTRY = re.compile(
    r"^(?:" + ANY_HONORIFIC + r"\.?\s+)*"  # "Cllr Donna Johnson, …"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+"
    r"(?P<category>(?:[A-Z][\w-]*\s+){0,4}Interests?(?:\s*\([A-Z]{2,4}s?\))?),\s+(?P<statement>\S.*)$")


def register_entry(text: str) -> re.Match[str] | None:
    """A line of the register of declarations (see :data:`_REGISTER_ENTRY`): its ``name``, ``category`` and
    ``statement`` (a title before the name is no part of it); None when the words before the category are no
    person's name."""
    entry = _REGISTER_ENTRY.match(text.strip())
    return entry if entry and looks_like_name(entry["name"]) and not split_honorific(entry["name"])[0] else None


# A declaration in three parts, the member, the kind and the reason, commas between them and no "interest": "Councillor
# Nadine Peatfield, Non Pecuniary, As a member of the Marketing Derby Board of Directors." (East Midlands CCA, under
# "Item 8. UK Shared Prosperity Fund 2025-26.").
# Also with semicolons, the kind with its word "Interest": "Councillor A; Disclosable Pecuniary Interest; Due to past
# business with a tenderer." (as Allerdale prints them).
_TERSE_DECLARATION = re.compile(
    r"^(?P<who>(?:" + ANY_HONORIFIC + r"\.?\s+)+[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*)*)(?P<sep>[,;])\s+(?P<kind>(?i:(?:(?:personal|prejudicial|disclosable|pecuniary|"
    r"non[-\s]?pecuniary|other|registerable|registrable|and)\s*)+?))(?:\s*(?i:interest))?(?P=sep)\s+"
    r"(?P<reason>(?i:as|being|due\s+to|because)\b.*)$")


def declared_tersely(text: str) -> str | None:
    """A declaration printed in three parts (:data:`_TERSE_DECLARATION`) as the sentence it stands for: "Councillor
    Nadine Peatfield declared a Non Pecuniary interest as a member of the Marketing Derby Board of Directors.", which
    the declarations' grammar and the prose's read (the words after the member's comma are no post of theirs:
    "Non Pecuniary, As Vice-Chair of …"); None for any other text."""
    match = _TERSE_DECLARATION.match(" ".join(text.split()))
    if match is None:
        return None
    reason = match["reason"]
    return f"{match['who']} declared a {match['kind'].strip()} interest {reason[:1].lower()}{reason[1:]}"


def registered_as(mentioned: str, registered: str) -> bool:
    """A name the statement prints is the member the register entry names when their surnames agree ("Cllr Tim
    Johnson" and "Cllr Cross" under "Timothy Johnson" and "John Cross"): the register holds the name in full."""
    return mentioned.split()[-1].casefold() == registered.split()[-1].casefold()


# --- post-nominals and nicknames ------------------------------------------------------------------------

POST_NOMINALS = frozenset({
    "JP", "DL", "MBE", "OBE", "CBE", "KBE", "DBE", "BEM", "QPM", "KPM", "QFSM", "KC", "QC", "MP", "MEP",
    "AM", "MS", "MSP", "MLA", "FRS", "FRSA", "PhD", "KG", "CVO", "LVO", "MVO", "RD", "TD", "GM", "DSO",
    "CC",  # County Councillor: "Prof M E Preston CC" (Leicestershire minutes)
    "KSG", "KCSG", "KSS", "KCSS",  # papal knighthoods: "John Cunningham MBE KSG" (Torfaen's roster)
})
# Academic degrees after a name, the class of a degree in brackets part of them ("Councillor Robert A Parkinson BSc",
# "Councillor Alexander Phillips BA (Hons) MA", Erewash's roster): letters too, but only at a name's end. Kept out of
# POST_NOMINALS, which the prose readers also use to stop a name: "BA Durkin" is a member's initials (Herefordshire).
DEGREES = frozenset({"BA", "BSc", "MA", "MSc", "MBA", "LLB", "LLM", "BEd", "MEd", "MPhil", "DPhil", "BEng", "MEng",
                     "PGCE"})
# Letters printed with a full stop after each ("Councillor Ruth Bowman J.P.", Forest Heath): "J.P." is "JP", the last
# stop often lost where a sentence's full stop was taken off.
DOTTED_POST_NOMINALS = sorted(
    (r"\.".join(letters) + r"\.?" for letters in POST_NOMINALS if letters.isupper() and len(letters) > 1),
    key=len, reverse=True)
# A degree's class or university in brackets is part of it: "BA (Hons)", "BEng (Lond)", "BSc (Econ)", "MA (Oxon)".
_ONE_LETTERS = (r"(?:(?:" + "|".join(DOTTED_POST_NOMINALS) + r")(?!\w)|(?:"
                + "|".join(sorted(POST_NOMINALS, key=len, reverse=True)) + r")\b\.?"
                r"(?:\s*\((?:Hons|Oxon|Cantab)\.?\))?|(?:"
                + "|".join(sorted(DEGREES, key=len, reverse=True)) + r")\b\.?(?:\s*\([A-Z][A-Za-z]{1,9}\.?\))?)")
_POST_NOMINAL_TAIL = re.compile(r"(?:,?\s+" + _ONE_LETTERS + r")+$")
# "Thomas [Tom] Name" or "Thomas (Tom) Name": a one-word alternate name inside the name.
_NICKNAME = re.compile(r"\s*[\[(](?P<nick>[A-Z][\w'’-]*)[\])]\s*(?=\S)")


def split_post_nominals(name: str) -> tuple[str, tuple[str, ...]]:
    """"Valerie Shawcross CBE" → ("Valerie Shawcross", ("CBE",)); "A Name, JP, DL" → two letters; "Alexander
    Phillips BA (Hons) MA" → ("Alexander Phillips", ("BA (Hons)", "MA")).

    Only the letters of honours and offices listed in :data:`POST_NOMINALS` count, and only after at least
    one word of the name, so a surname is never taken for one.
    """
    match = _POST_NOMINAL_TAIL.search(name)
    if not match or not name[:match.start()].strip():
        return name, ()
    letters = tuple(" ".join(found.split()).strip(",.").replace(".", "")
                    for found in re.findall(_ONE_LETTERS, match.group(0)))
    return name[:match.start()].strip(" ,"), letters


def split_nickname(name: str) -> tuple[str, str | None]:
    """"Thomas [Tom] Name" → ("Thomas Name", "Tom"): the nickname is an alternate name, not part of it."""
    match = _NICKNAME.search(name)
    if not match or not name[:match.start()].strip():
        return name, None
    return f"{name[:match.start()].strip()} {name[match.end():].strip()}", match["nick"]


# --- contact details ------------------------------------------------------------------------------------

EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}")
# Where a mention's contact details begin: " on 0161…", " at a.name@…", "Tel:", "Email:", "Direct Line:", an extension
# ("Xanthe Barker X2957", "ext. 63876"), or the bare detail.
CONTACT_DETAILS = re.compile(
    r"(?<!\s)\s+(?:on|at)\s+(?=[+(\d]|" + EMAIL.pattern + r")"
    r"|(?<![\s,]),?\s*\b(?:tel(?:ephone)?|phone|mobile|e-?mail|direct\s+(?:line|dial))\b\s*:?"
    r"|(?<![\s,]),?\s*\b(?:ext(?:ension)?\.?\s*|x\s?)\d{3,5}\b"
    + "|" + PHONE.pattern + "|" + EMAIL.pattern, re.IGNORECASE)


def split_contact_details(text: str) -> tuple[str, str | None, str | None]:
    """A mention → (the words before its contact details, email, phone), the details as printed. What is left
    before the details keeps no dash that led into them ("Liz Bateson, Democratic Services - telephone (01524)
    582047", Lancaster) and no number printed without its area code ("Mr Henry Downey, Democratic Services
    Officer  90320202 x6311", Belfast): a role has no digits of a phone number."""
    detail = CONTACT_DETAILS.search(text)
    who = text[:detail.start()] if detail else text
    rest = text[detail.start():] if detail else ""
    phone = PHONE.search(rest)
    email = EMAIL.search(rest)
    who = re.sub(r"\s*[(\[]$", "", who.strip(" ,.;:"))  # "Shaun Banks (Telephone 01793 463606)": the bracket
    if local := _LOCAL_NUMBER.search(who):
        who, phone_text = who[:local.start()], local["number"]
    else:
        phone_text = phone.group(0).strip() if phone else None
    return (who.strip(" ,.;:-–—"), email.group(0) if email else None,
            phone.group(0).strip() if phone else phone_text)


# A phone number printed without its area code, ending the words before the details: six or more digits.
_LOCAL_NUMBER = re.compile(r"\s+(?P<number>\d[\d ]{5,}\d)$")


# --- brackets and organisations -------------------------------------------------------------------------

ORGANISATION_ENDINGS = frozenset({
    "police", "constabulary", "council", "service", "services", "trust", "authority", "partnership",
    "board", "commission", "agency", "association", "foundation", "society", "group", "limited", "ltd",
    "plc", "llp", "cic", "university", "college", "school", "academy", "hospital", "federation", "union",
    "company", "corporation", "ombudsman", "healthwatch", "forum", "assembly",
    "mbc",  # a metropolitan borough council by its letters ("Leader – Knowsley MBC", Liverpool City Region)
    "bureau",  # "as a Trustee of the Citizens Advice Bureau" (Weymouth and Portland): not "Citizens Advice" alone
    "club",  # "Mr Gary Starmer of the Wayfarers Cricket Club" (East Dorset), "a member of Rotary Club"
})
KNOWN_ORGANISATIONS = frozenset({"transport for greater manchester", "ofsted", "network rail",
                                 "national highways", "citizens advice", "historic england"})
_WARDS = re.compile(r"\bwards?\b", re.IGNORECASE)


def is_organisation(text: str) -> bool:
    """An outside body by its name: a known one, "NHS …"/"HM …", or a capitalised name ending in
    "Police", "Trust", "Council" … that holds no role word."""
    if text.lower() in KNOWN_ORGANISATIONS or text.startswith(("NHS ", "HM ")):
        return True
    words = text.split()
    return (len(words) > 1 and words[-1].lower().strip(".") in ORGANISATION_ENDINGS
            and not ROLE_WORDS.search(text) and words[0][:1].isupper())


@functools.cache
def council_names() -> frozenset[str]:
    """Every name the register of councils knows a council or combined authority by, folded ("cheshire east",
    "cheshire east council")."""
    from publisher.councils import load_register  # the register is read once, when a note needs it

    register = load_register()
    return frozenset(name.casefold() for council in (*register.councils, *register.combined_authorities)
                     for name in council.names)


# The words before a member's title that name the council they sit on: "North Yorkshire Councillor Carl Les", "City of
# York Councillor Claire Douglas" (York and North Yorkshire CA, whose members come from two councils).
_PLACE_BEFORE_TITLE = re.compile(r"(?:^|(?<=\s))(?P<place>(?:City\s+of\s+|County\s+of\s+)?[A-Z][\w'’-]*"
                                 r"(?:\s+(?:and\s+|&\s+|upon\s+|on\s+)?[A-Z][\w'’-]*){0,4})\s+$")


def council_before_title(before: str) -> str | None:
    """The council a member's title is prefixed with (:data:`_PLACE_BEFORE_TITLE`), as printed, when the register
    knows a council by those words (a leading "City of" aside), the fewest words that do; None otherwise ("The
    Chair Councillor X")."""
    match = _PLACE_BEFORE_TITLE.search(before[-80:])  # a window: a long line's every title is read in linear time
    if match is None:
        return None
    words = match["place"].split()
    for start in range(len(words) - 1, -1, -1):  # the fewest words: "… held in York and North Yorkshire Councillor …"
        place = " ".join(words[start:])
        if words[start][:1].isupper() and place.casefold() in council_names() and not ROLE_WORDS.search(place):
            before = " ".join(words[max(0, start - 2):start])
            return f"{before} {place}" if before in ("City of", "County of") else place  # "City of York", as printed
    return None


def classify_bracket(text: str) -> str:
    """What a bracket in a name or role holds: "person", "organisation", "role-and-organisation",
    "wards" or (otherwise) "role" — part of the role it follows, e.g. "(Legal and Democratic Governance)".
    """
    text = " ".join(text.split())
    if split_honorific(text)[0]:
        return "person"
    if _WARDS.search(text):
        return "wards"
    if is_organisation(text):
        return "organisation"
    role, comma, organisation = text.rpartition(",")
    if comma and role.strip() and is_organisation(organisation.strip()) \
            and not _AREAS_LISTED.search(f"{role},{organisation}"):
        return "role-and-organisation"
    return "role"


def split_role_and_organisation(text: str) -> tuple[str, str]:
    """A "role-and-organisation" bracket (:func:`classify_bracket`) parted at its last comma: "Service Director for
    X, Y Council" → ("Service Director for X", "Y Council")."""
    role, _, organisation = text.rpartition(",")
    return role.strip(), organisation.strip()


# A post "for" a list of areas that closes with "and" and a team's word: "(Portfolio Holder for Economic
# Development, Housing and Regulatory Services)" (Powys) is one post, not a post held at "Housing and Regulatory
# Services".
_AREAS_LISTED = re.compile(r"\bfor\s+[^,]+,\s+[^,]+\s+and\s+[^,]+\bServices$")


def trailing_brackets(text: str) -> tuple[str, list[str]]:
    """"Post (a) (b)" → ("Post", ["a", "b"])."""
    brackets: list[str] = []
    while match := re.match(r"^(?P<main>.*\S)\s*\((?P<inner>[^()]*)\)$", text):
        brackets.insert(0, match["inner"].strip())
        text = match["main"]
    return text, brackets


def split_outside_brackets(text: str, separator: re.Pattern[str]) -> list[str]:
    """Split ``text`` where ``separator`` matches, never inside brackets."""
    masked, depth = [], 0
    for char in text:
        depth += char == "("
        masked.append("_" if depth and char not in "()" else char)
        depth -= char == ")" and depth > 0
    cuts = [(m.start(), m.end()) for m in separator.finditer("".join(masked))]
    bounds = [0] + [edge for cut in cuts for edge in cut] + [len(text)]
    return [text[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]


# --- the grammar ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One person as a record mentions them, taken apart.

    ``name`` is bare: no honorific, post-nominal, nickname, role or contact detail. ``email`` and
    ``phone`` are an officer's work contacts as printed; the privacy policy decides what is published.
    """

    name: str
    honorific: str | None = None
    post_nominals: tuple[str, ...] = ()
    nickname: str | None = None
    role: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None

    def person(self) -> Person:
        """The mention as a model Person (the role and contacts belong to a Post or Contact)."""
        return Person(self.name, honorific=self.honorific,
                      organisation=Organisation(self.organisation) if self.organisation else None,
                      post_nominals=self.post_nominals, nickname=self.nickname)

    def post(self) -> Post | None:
        """The role the mention states, held by the person; None without one."""
        if not self.role:
            return None
        organisation = Organisation(self.organisation) if self.organisation else None
        return Post(self.role, holder=self.person(), organisation=organisation)


_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
# The style a civic office is addressed by, printed before it: "His Worship the Mayor (Cllr B J Luker)" (Tonbridge
# and Malling), "The Right Worshipful the Mayor": the office is "Mayor"; the style is no part of it.
OFFICE_STYLE = re.compile(r"^(?:the\s+)?(?:(?:his|her)\s+worship|(?:right\s+)?worshipful)\s+the\s+", re.IGNORECASE)
_LABELS_ONLY = re.compile(r"^(?:(?:officer\s+)?contact(?:\s+officer)?|tel(?:ephone)?|e-?mail)\s*:?\s*$",
                          re.IGNORECASE)


def read_mention(text: str) -> Mention | None:
    """One mention → a :class:`Mention`, or None when it names nobody (a bare post, a team, prose).

    Forms: "[Honorifics] Name [post-nominals] [(Role[, Organisation])] [, Role] [contact details]" and
    "The Role (Honorific Name)" / "Role, Honorific Name". A name with no honorific is taken only when a
    role or contact detail marks the phrase as a mention (so "Thomas [Tom] Name" alone is read, via the
    nickname, but a plain "Democratic Services" is not a person).
    """
    text = " ".join(text.split())
    who, email, phone = split_contact_details(text)
    if not who or _LABELS_ONLY.match(who):
        return None
    mention = _role_first(who) or _name_first(who, marked=bool(email or phone))
    if mention is None:
        return None
    return Mention(**{**mention.__dict__, "email": email, "phone": phone})


# An office ended by a full stop before the titled name, as a roster's name field prints it: "Mayor's Consort.
# Councillor Trevor Hambleton" (Newcastle-under-Lyme); the comma's form with a stop.
_ROLE_STOP = re.compile(r"^(?P<role>[^.,()]{3,60}?)\.\s+(?P<name>" + ANY_HONORIFIC + r"\.?\s+\S.*)$")


def _role_first(who: str) -> Mention | None:
    """"The Cabinet Member for X (Councillor A Name)", "The Leader (A Name)", "Leader of the Council
    (Councillor Mark Hunter)" (no article: the bracket's honorific marks the person), "Leader, Cllr X", "Mayor's
    Consort. Councillor X"; an office's style is no part of it (:data:`OFFICE_STYLE`)."""
    main, brackets = trailing_brackets(who)
    article = _ARTICLE.match(main)
    if len(brackets) == 1 and (article or split_honorific(brackets[0])[0]):
        inner = _name_first(brackets[0], marked=True, role_allowed=False)
        if inner is not None:
            style = OFFICE_STYLE.match(main)
            return Mention(**{**inner.__dict__, "role": main[(style or article).end():] if style or article else main})
    role, comma, name = who.rpartition(",")
    if not comma and (stopped := _ROLE_STOP.match(who)):  # "Mayor's Consort. Councillor Trevor Hambleton"
        role, comma, name = stopped["role"], ".", stopped["name"]
    if comma and ROLE_WORDS.search(role) and split_honorific(name.strip())[0]:
        inner = _name_first(name.strip(), marked=True, role_allowed=False)
        if inner is not None:
            # a stop's office is kept as the roster styles its holder ("The Mayor. Councillor …")
            office = role.strip() if comma == "." else _ARTICLE.sub("", role.strip())
            return Mention(**{**inner.__dict__, "role": office})
    return None


def _name_first(who: str, *, marked: bool, role_allowed: bool = True) -> Mention | None:
    """"[Honorifics] Name [letters] [(Role[, Organisation])] [, Role]"; a degree's bracket ("BEng (Lond)") is the
    degree's, no role."""
    bare, degrees = split_post_nominals(who)
    main, brackets = trailing_brackets(bare)
    name_part, comma, role = main.partition(",")
    if not comma and (dashed := _NAME_DASH.match(main)):  # "John Randle – Hartshill Parish Council"
        name_part, comma, role = dashed["name"], ",", dashed["rest"]
    name_part, letters = split_post_nominals(name_part.strip())
    letters += degrees
    if comma and (more := split_post_nominals(f"X {role.strip()}"))[1] and more[0] == "X":
        letters, role = letters + more[1], ""  # "A Name, JP" — letters, not a role
    name_part, nickname = split_nickname(name_part)
    honorific, name = split_honorific(name_part)
    role, organisation = _role_clause(role), None
    if role and is_organisation(role) and not _TEAM_ENDING.search(role):
        role, organisation = None, role  # "Robert Aitken, NHS Lothian": the body they come from, not a post
    elif role and classify_bracket(role) == "role-and-organisation":
        role, organisation = split_role_and_organisation(role)  # "Cllr Dine Romero, Leader, Bath & North East …"
    for inner in brackets:
        if not _initials_of(inner, organisation or role or ""):  # "… Organisations Council (EVOC)": its short name
            role, organisation = _bracket_role(inner, role, organisation)
    if role and not role_allowed:
        return None
    if not _is_name(name) or not (honorific or marked or role or nickname or letters
                                  or (organisation and not _BODY_WORDS.intersection(name.lower().split()))):
        return None
    return Mention(name, honorific, letters, nickname, role, organisation)


# A name and, after a dash with a space either side, what they are ("Chief Inspector Christopher Lewis –
# Warwickshire Police"); a hyphen inside a name ("Harvey-Smith") has no spaces.
_NAME_DASH = re.compile(r"^(?P<name>[^–—]+?)\s+[-–—]\s+(?P<rest>[A-Z].*)$")


# A council's own team after a name's comma is where they work, kept as their role ("Ms Rehill, Democratic
# Services").
_TEAM_ENDING = re.compile(r"\bservices?$", re.IGNORECASE)
# Words of a body's name, never of a person's: an organisation after such a phrase marks no person.
_BODY_WORDS = ORGANISATION_ENDINGS | {"committee", "sub-committee", "panel", "forum", "cabinet", "network"}


def _initials_of(short: str, words: str) -> bool:
    """ "EVOC" after "Edinburgh Voluntary Organisations Council": the initials of the words before it."""
    capitals = "".join(word[0] for word in words.split() if word[:1].isupper())
    return len(short) > 1 and short.isupper() and short == capitals


def _role_clause(text: str) -> str | None:
    """The role after a name's comma, without the sentence that goes on after it: "Cabinet Member for
    Economy, Education and Skills, sought approval of …" → "Cabinet Member for Economy, Education and
    Skills" (a later part that starts in lower case is the sentence, not the role)."""
    parts = [part.strip() for part in text.split(",")]
    kept = parts[:1] + list(itertools.takewhile(lambda part: part[:1].isupper() or part[:1] == "&", parts[1:]))
    return ", ".join(kept).strip(" ,.;") or None


# Who someone stands in for, in a bracket after their name: "Cllr Helen Godwin, Bristol City Council (substituting for
# Mayor Marvin Rees)" (West of England CA): no post of theirs.
STANDS_IN_FOR = re.compile(r"^(?:substituting|standing\s+in|deputising|substitute|sub)\s+(?:for|in\s+place\s+of)\s+"
                           r"(?P<absent>\S.*)$", re.IGNORECASE)


def _bracket_role(inner: str, role: str | None, organisation: str | None) -> tuple[str | None, str | None]:
    """A bracket after a name: "(Chief Executive)", "(Sussex Police)", "(Service Director for X, Y Council)"; one
    that says whom they stand in for (:data:`STANDS_IN_FOR`) is none of their post."""
    if STANDS_IN_FOR.match(" ".join(inner.split())):
        return role, organisation
    kind = classify_bracket(inner)
    if kind == "organisation":
        return role, " ".join(inner.split())
    if kind == "role-and-organisation":
        return split_role_and_organisation(inner)
    if kind == "role":
        return (f"{role} ({inner})" if role else inner), organisation
    return role, organisation


def _is_name(name: str) -> bool:
    """A personal name (:func:`looks_like_name`) holding no role word, team ending, digit or "@"."""
    return (looks_like_name(name) and not ROLE_WORDS.search(name)
            and name.split()[-1].lower() not in ORGANISATION_ENDINGS
            and not any(ch.isdigit() or ch == "@" for ch in name))


# --- lists of names -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListedName:
    """One name from a list: the person and the brackets printed after the name ("(Chair)")."""

    person: Person
    notes: tuple[str, ...] = ()


def split_names(text: str) -> list[ListedName]:
    """"Councillors John Batchelor, Anna Bradnam and Tim Wotherspoon" → three people.

    Names are split on commas and "and"/"&" outside brackets. A leading plural ("Councillors") gives each
    name the singular honorific unless the name carries its own ("Councillors A, B and Mr C"); "Councillor X"
    is a list of one. Initials stay part of the name ("A S Dhaliwal"): the resolver matches them later.
    Post-nominal letters after a name ("… Shawcross CBE") are kept apart from it. A name printed with its
    post after a dash ("Lisa Fairlie – Director of Housing Operations") has the post as its note (see
    :func:`_dashed_entries`).
    """
    text = " ".join(text.split()).strip(" .;:")
    plural = _PLURAL_HONORIFIC.match(text)  # "Councillors Mrs A Claussen-Reynolds – Lancaster North Ward"
    if dashed := _dashed_entries(text[plural.end():] if plural else text):
        before, entries = dashed
        for entry in entries:
            entry.person.honorific = entry.person.honorific or (PLURAL_HONORIFICS[plural["title"].lower()]
                                                                if plural else None)
        return (split_names(f"{plural[0]}{before}" if plural else before) if before else []) + entries
    shared = None
    names = []
    for phrase in split_outside_brackets(text, _NAME_SEPARATOR):
        phrase = phrase.strip(" .;:")
        if plural := _PLURAL_HONORIFIC.match(phrase):  # "…, Councillors C and D": the plural applies onward
            shared = PLURAL_HONORIFICS[plural["title"].lower()]
            phrase = phrase[plural.end():]
        main, brackets = trailing_brackets(phrase)
        if not main or main in POST_NOMINALS:  # "A Name, JP": the letters belong to the name before
            if main and names:
                names[-1].person.post_nominals += (main,)
            continue
        if names and (bracket := _WHOLE_BRACKET.match(phrase)):  # "Councillor I Moran, (Associate Member)"
            names[-1] = ListedName(names[-1].person, (*names[-1].notes, bracket["note"].strip()))
            continue
        person = person_named(_FOOTNOTE_MARK.sub("", _TITLE_TWICE.sub(r"\g<title>", main)), shared)
        names.append(ListedName(person, tuple(brackets)))
    return names


# An entry that is a bracket alone, after a comma: the note of the name before it ("Councillor I Moran, (Associate
# Member), Councillor N Nicholas …", Liverpool City Region).
_WHOLE_BRACKET = re.compile(r"^\((?P<note>[^()]+)\)$")


# A name that starts an entry of a list and is followed by a dash and its post: at the list's start, after a
# comma, or after "and" ("…, Steve Eaves - Regeneration Director and Linda Colburn – Director of …").
_DASHED_NAME = re.compile(
    r"(?:^|(?<=,)|(?<=\band)|(?<=&))\s*(?P<name>(?:" + ANY_HONORIFIC
    + r"\.?\s+)*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+[-–—]\s+(?=[A-Z])")
_ENTRY_END = re.compile(r"(?:\s*(?:,|\band\b|&))*\s*$")


def _dashed_entries(text: str) -> tuple[str, list[ListedName]] | None:
    """ "Lisa Fairlie – Director of Housing Operations, Marc Mayall – Director of Operations - Platform
    Property Care, Steve Eaves - Regeneration Director and Linda Colburn – Director of Asset Management and
    Sustainability": each entry starts at a person's name and a dash, and its post runs to the next entry,
    so a post's own "and" or comma does not end it. A part after a second dash that holds no role word is
    the body the post is in ("Platform Property Care"). Returns the text before the first entry (names
    printed without a post) and the entries; None when no entry starts with a person's name."""
    starts = [match for match in _DASHED_NAME.finditer(text)
              if (title_and_name := split_honorific(match["name"])) and _is_name(title_and_name[1])
              and (title_and_name[0] or " " in title_and_name[1])]
    if not starts:
        return None
    entries = []
    for match, end in zip(starts, [m.start() for m in starts[1:]] + [len(text)], strict=True):
        post = _ENTRY_END.sub("", text[match.end():end]).strip(" .;")
        person = person_named(match["name"])
        role, _, body = post.rpartition(" - ") if " - " in post else (post, "", "")
        if body and ROLE_WORDS.search(role) and not ROLE_WORDS.search(body) and looks_like_name(body):
            person.organisation, post = Organisation(body.strip()), role.strip()
        entries.append(ListedName(person, (post,) if post else ()))
    return _ENTRY_END.sub("", text[:starts[0].start()]).strip(" ,"), entries


def read_mentions(text: str) -> list[Mention]:
    """A list of mentions ("Councillors A, B and C") → one :class:`Mention` each."""
    return [Mention(listed.person.name, listed.person.honorific, listed.person.post_nominals,
                    listed.person.nickname) for listed in split_names(text)]


def person_named(printed: str, honorific: str | None = None) -> Person:
    """A name as printed on its own (a roster field, a vote row, a list entry) → a Person with its
    honorific, post-nominal letters and nickname kept apart from the bare name."""
    name, own, letters, nickname = _name_parts(printed)
    return Person(name, honorific=own or honorific, post_nominals=letters, nickname=nickname)


@functools.lru_cache(maxsize=16384)
def _name_parts(printed: str) -> tuple[str, str | None, tuple[str, ...], str | None]:
    """How ``person_named`` reads a name (name, honorific, letters, nickname), kept: a page prints its members'
    names again and again (the bench's 202 pages: 5,366 names, 180 of them distinct)."""
    main, letters = split_post_nominals(" ".join(printed.split()))
    main, nickname = split_nickname(main)
    own, name = split_honorific(main)
    return name, own, letters, nickname
