"""Votes as minutes print them, read into :class:`publisher.model.Vote`.

Minutes state votes in three ways, often together for one vote:

- a counted statement inside a sentence: "declared as an accurate record by 24 votes, to 10 votes, with 1
  abstention", "(By 14 votes to none)", "For: 35 Against: 0 Abstentions: 21", "24 for, 10 against";
- named lists per option, a heading then the names, dot leaders and the count printed for that option::

      There voted for the Minutes being a correct record:
      Councillors Anderson, Bains, … , Walsh ............ 24

- an outcome without a count: "the motion was carried unanimously", "the amendment fell".

A named list may be broken over lines (a page break, a hard line break): a line of names ending with a comma
or "and" goes on on the next line ("Councillors Archer, Baker," then "Cooper and Dyer"), surnames alone too;
under a label alone ("For (7)") the names may stand one to a line.

What this module decides, and why:

- **One vote per statement.** A counted statement and the named lists printed right after it (or right
  before it) are one vote; anything else in between (a RESOLVED line, prose) starts afresh.
- **Counts as stated, never computed.** A count stated in the sentence is the vote's count; a count printed
  after a named list is used for an option the sentence did not count. Counts and names are both kept as
  printed even when they disagree: reporting that is the mapping's job (a SHACL warning), not ours.
  Where a sentence and a list both count an option and disagree, the sentence (the declared result) is
  kept. "By A votes to B" names no side: it is for A, against B, except that a vote stated as lost puts
  the larger count against ("lost by 47 votes to 17" is 17 for, 47 against), as minutes print the winning
  side first.
- **A tally right after a resolution** ("RESOLVED: That permission be granted …" then "Voting: 11 – For
  0 – Against 0 – Abstentions") is the vote on that resolution: it carried, and its text is the motion.
- **A motion moved and seconded "and RESOLVED"** ("It was moved by Councillor M Hamilton seconded by Councillor
  Gruen and" then "RESOLVED- That the minutes … be approved.") is a vote on the resolution: it carried.
- **An outcome right after a tally** that states none ("For: 26" / "Against: 32" / "Abstention: 0", then "The
  change was not agreed …"): the first sentence of the next paragraph saying what was voted on "was (not)
  agreed/carried/approved …" states it. Further away, such a sentence is no vote.
- **The motion** is what the named lists say was voted on ("There voted for *the Minutes being a correct
  record*"), else the motion quoted earlier in the minutes when the statement speaks of "the motion" or
  "the amendment", else None. So in Slough the vote is on "the Minutes being a correct record", the
  proposition the Mayor put and the named councillors voted for or against; the quoted motion moved by
  Councillor Stokes (that the minutes "do not comprise an accurate record") was not itself put to a vote
  that the minutes record, so it is not a vote of its own.
- **The outcome** only where the text states it: "carried", "agreed", "approved", "declared as an
  accurate record" → carried; "lost", "fell", "rejected", "defeated", "not carried" → lost; a count given
  with a RESOLVED marker ("Resolved: (By 14 votes to none)") → carried, since the minutes say the council
  resolved it. The word nearest before the count wins when a sentence holds two.
- **Recorded** is True for a vote with named lists; otherwise None (the minutes do not say).
- **Vote tables** in minutes are read as the recorded-vote pages print them: "| Councillor | Vote |" rows, a
  column per option ("| For | Against | Abstain |"), or option, names and count in a row; a row of any other
  table is no vote.
- **Divisions** print each side's count in its label ("For the procedural motion (23) - Lord Provost; and
  Councillors …") or after its names ("… and Snedker (19)"), or put the names on the line after a label alone
  ("For the Motion"), or letter the sides and count each after a dash ("(a) For recommendation (4) – 38", the
  names on the next paragraph; "(c) Abstentions – 0", a side nobody is named on). A voter named by office
  alone ("The Mayor", "Lord Provost") is counted by the minutes but is no person we can name: it is never a
  cast, so the stated count keeps one voter more than the names.
  "Declined to vote" is an abstention; "Absent from the division", "Absent" and "Not voted" list no option; a
  count may stand on the line under a list ("For: Cllrs …" / "(7 members)"). A vote asked to be recorded after a
  sentence stated its outcome ("… put to the vote and lost." / "A recorded vote was asked for …") is the division
  that follows, not a second vote. A resolution printed right
  after a division without a stated result is what it decided: carried, unless it rejects the motion; so is
  the first sentence of the next paragraph saying what was voted on "was (not) approved/carried …".
- **An election recorded by name**, a list per nominee ("FOR COUNCILLOR DAVISON: Councillors … (14).", "For Cllr
  Clarance: Cllrs … Total 32"), is a vote per nominee, its list the "for" side. The resolution printed right
  before or after the lists electing one nominee is that nominee's vote, carried; the others' votes are lost.
- Names keep their initials ("A S Dhaliwal"); the plural "Councillors" gives each name the honorific.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from publisher.model import Person, Vote, VoteCast
from publisher.sources.person_mentions import person_named, split_names
from publisher.sources.text_rules import (
    ACTIVE_NOMINATION,
    ACTIVE_PAIR,
    DECISION_MARKER,
    VOTE_LINE,
    may_state,
    sentences,
)

NUMBER_WORDS = {
    "none": 0, "nil": 0, "no": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_N = r"(?:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"

# "by 24 votes, to 10 votes, with 1 abstention", "By 14 votes to none", "by 8 votes for to 2 against and 1
# abstention", "carried 31 votes to 29" (the outcome word for "by"), "lost by 56 votes 2, with 1 abstention"
# (the "to" left out, the second count ending the phrase).
_BY_VOTES = re.compile(
    rf"(?:\bby\s+|\b(?:carried|lost|defeated|rejected|agreed)\s+)(?P<first>{_N})\s+votes?"
    rf"(?P<for_label>\s+(?:for|in\s+favour))?\s*,?\s+"
    rf"(?:to\s+(?P<second>{_N})(?:\s+votes?)?(?P<against_label>\s+against)?"
    rf"|(?P<second_bare>\d+)(?=\s*(?:[,.;)]|with\b|and\b|$)))"
    rf"(?:\s*,?\s*(?:with|and)\s+(?P<abstain>{_N})\s+abstentions?)?", re.IGNORECASE)
_LABEL_WORDS = r"(?:for|in\s+favour|against|abstentions?|abstained|abstaining|abstain)"
# One labelled count, "For: 35", and one counted label, "24 for" / "10 votes in favour" / "11 – For" (a
# committee's "Voting: 11 – For 0 – Against 0 – Abstentions").
_LABEL_FIRST = rf"\b{_LABEL_WORDS}\s*(?:[:=\-–—]\s*)?{_N}"
_COUNT_FIRST = rf"\b{_N}(?:\s+[–—-])?\s+(?:votes?\s+)?{_LABEL_WORDS}\b"
# Two or more in a row make a tally: "For: 35 Against: 0 Abstentions: 21", "(For 10, Against 2)",
# "24 for, 10 against and 1 abstention" (a lone "for 2 years" is not one).
_LABELLED_RUN = re.compile(rf"{_LABEL_FIRST}(?:[\s,;]+(?:and\s+)?{_LABEL_FIRST})+", re.IGNORECASE)
_COUNTED_RUN = re.compile(rf"{_COUNT_FIRST}(?:[\s,;]+(?:and\s+|with\s+)?{_COUNT_FIRST})+", re.IGNORECASE)
# A count for one side, what it was in favour of between: "In favour of Councillor David Andrews being elected to
# Vice-Chairman – 6 votes." (East Lindsey)
_FAVOUR_OF_COUNT = re.compile(rf"^in\s+favour\s+of\s+\S.{{0,200}}?\s[–—-]\s*(?P<n>{_N})\s+votes?\b", re.IGNORECASE)
# An outcome whose tally the next paragraph prints: "The proposal was carried, with voting as follows:" (Witney).
_TALLY_FOLLOWS = re.compile(r"\b(?:voting|votes?|the\s+vote)\s+(?:was|were|being\s+)?\s*as\s+follows\s*:\s*$",
                            re.IGNORECASE)
_LABEL_PAIR = re.compile(rf"\b(?P<label>{_LABEL_WORDS})\s*(?:[:=\-–—]\s*)?(?P<n>{_N})", re.IGNORECASE)
_COUNT_PAIR = re.compile(rf"\b(?P<n>{_N})(?:\s+[–—-])?\s+(?:votes?\s+)?(?P<label>{_LABEL_WORDS})\b", re.IGNORECASE)
_TALLY_LINE = re.compile(rf"^\(?{_LABEL_FIRST}\)?[.,;]?$", re.IGNORECASE)
# A lettered entry of a division's list: "(a) For recommendation (4) – 38", "(c) Abstentions – 0".
_LIST_MARKER = re.compile(r"^\(?[a-z]\)\s+")
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
_LOST = re.compile(r"\b(?:lost|fell|rejected|defeated|not\s+(?:carried|agreed|approved|adopted))\b", re.IGNORECASE)
# Minutes "declared" or "accepted as an accurate record" were approved: "The minutes of the meeting held on 14 June 2017
# were unanimously accepted as an accurate record" (Forest Heath); "accepted" alone is no outcome ("accepted the
# invitation").
_CARRIED = re.compile(
    r"\b(?:carried|agreed|approved|adopted|passed|(?:declared|accepted)\s+(?:as\s+)?(?:an?\s+)?"
    r"(?:accurate|correct|true)\s+record)\b", re.IGNORECASE)
# An outcome without a count still states a vote when a motion or amendment is said to be carried or lost, also in
# a few words ("The amendment was declared to be CARRIED.", Burnley).
_MOTION_OUTCOME = re.compile(
    # "Upon a vote, the proposition was Carried." (West Northamptonshire), "The vote was carried." (West Oxfordshire)
    r"\b(?:motion|amendment|proposal|proposition|recommendations?|(?<=\bthe\s)vote)\s+(?:was|were|is|be)\s+"
    r"(?:\w+\s+){0,3}?"
    r"(?:carried|lost|rejected|defeated|not\s+carried)\b|\b(?:motion|amendment|proposal|nomination)\s+fell\b"
    # "The recommendation as set out in the report was moved, seconded, voted on and carried." (Peak District)
    r"|\b(?:motion|amendment|proposal|recommendations?)\b[^.;]{0,60}?\s(?:was|were)\s+"
    # "A motion to … was moved by Councillor A, seconded by Cllr B and CARRIED." (Bromley): who, after each verb
    r"(?:(?:(?:moved|seconded)(?:\s+by\s+[^,.;]{1,60}?)?|voted\s+on|put\s+to\s+the\s+vote|duly)\s*,?\s*(?:and\s+)?)+"
    r"(?:carried|lost|rejected|defeated|not\s+carried)\b"
    # "There being no other nominations, it was declared to be CARRIED" (West Devon: the nomination's motion)
    r"|\b(?:it|which)\s+was\s+declared\s+(?:to\s+be\s+)?(?:carried|lost|not\s+carried)\b"
    # "Motion carried." (the terse form, the sentence opening with what was voted on)
    r"|^(?:the\s+)?(?:motion|amendment|proposal|recommendations?)\s+(?:carried|lost|rejected|defeated)\b"
    # "put to the vote and AGREED", "put to the vote, the motion was lost" (the outcome in the same clause)
    # "On the minutes being put to the vote, the Chair confirmed that the minutes had been approved." (Mansfield)
    r"|\bput\s+to\s+the\s+(?:vote|meeting)\s*,?\s+(?:and\s+)?"
    r"(?:the\s+Chair(?:man)?\s+(?:confirmed|declared|announced)\s+that\s+)?"
    r"(?:(?:it|the\s+\w+(?:\s+\w+)?)\s+)?(?:(?:was|were|had\s+been)\s+)?"
    r"(?:duly\s+)?(?:carried|agreed|approved|lost|rejected|defeated|fell)\b"
    # "Seconded by Councillor E Scott and Agreed by Council" (a motion without notice, agreed by the body)
    r"|\bseconded\s+by\b.{1,80}?\band\s+agreed\s+by\s+(?:the\s+)?(?:council|committee|cabinet|members)\b"
    # A proposition put in its own words, then its outcome: "That the minutes of the meeting held on 11 November
    # 2014 be approved as a correct record and this was agreed." (Portsmouth, under "Proposed by …" / "Seconded by …");
    # so too said proposed: "It was proposed and seconded that Councillor Carl Les be elected chair for the meeting, and
    # this was agreed." (York and North Yorkshire)
    r"|(?:^|^it\s+was\s+(?:proposed|moved)(?:\s+and\s+seconded)?\s+)that\s+.{10,}?\sbe\s+.+?\s+and\s+this\s+was\s+"
    r"(?:duly\s+)?(?:carried|agreed|approved|lost|rejected)\b"
    # The result declared, then what it carried: "It was then declared CARRIED that both sets of minutes be approved
    # as a true and correct record." (South Hams)
    r"|^it\s+was\s+(?:then\s+)?declared\s+(?:to\s+be\s+)?(?:carried|lost|rejected|defeated)\s+that\s",
    re.IGNORECASE)
# Right after a division on a nomination, the nominee said to be elected ("The Chairman declared that he was
# therefore elected as Chairman"): the nomination voted on carried.
_ELECTED_AFTER_VOTE = re.compile(r"\b(?:was|were|is)\s+(?:(?:therefore|thereby|duly|accordingly)\s+)*"
                                 r"(?:re-?)?(?:elected|appointed)\b", re.IGNORECASE)
# What was voted on said to pass or fail, in the passive: "The change was not agreed", "the proposals were approved".
_PASSIVE_OUTCOME = re.compile(
    r"\b(?:was|were)\s+(?:not\s+)?(?:duly\s+)?(?:carried|agreed|approved|adopted|lost|rejected|defeated)\b",
    re.IGNORECASE)
# A resolution that only adopts or rejects what was voted on: "to adopt the procedural motion", "to reject the
# amendment", "that the motion be not agreed".
_ADOPTS_MOTION = re.compile(
    r"^(?:that\s+)?(?:the\s+council\s+)?(?:to\s+)?(?:adopt|accept|approve|agree(?:\s+to)?)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:motion|amendment|proposal)\b", re.IGNORECASE)
_REJECTS_MOTION = re.compile(
    r"^(?:that\s+)?(?:the\s+council\s+)?(?:to\s+)?(?:reject|refuse|not\s+(?:adopt|accept|approve|agree(?:\s+to)?))\s+"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:motion|amendment|proposal)\b"
    r"|^(?:that\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:motion|amendment|proposal)\s+(?:be\s+not|not\s+be)\s+"
    r"(?:adopted|accepted|approved|agreed|carried)\b", re.IGNORECASE)  # "that the motion not be approved" (Telford)
# A motion moved and seconded whose sentence runs on into the resolution: "It was moved by Councillor M Hamilton
# seconded by Councillor Gruen and" then "RESOLVED- That the minutes … be approved." (the body resolved what was
# moved: it carried).
_MOVED_AND_RESOLVED = re.compile(
    r"(?:\b(?:moved|proposed|seconded)\s+by\b.{1,160}?"
    # "The retiring Mayor proposed, the retiring Deputy Mayor seconded, and it was resolved:" (Wolverhampton)
    r"|\b(?:moved|proposed)\s*,[^.]{1,80}?\bseconded\s*,?\s*)"
    # "On the nomination of M J Hill OBE, seconded by P A Bradwell OBE and there being no further nominations, it
    # was" (Lincolnshire)
    # "It was proposed by Councillor John Baxter, Seconded by Councillor Anne Dorrian and;" (Boston)
    r"\band\s*[;:]?\s*(?:there\s+being\s+no\s+(?:further|other)\s+nominations?\s*,?\s*)?"
    r"(?:it\s+was\s*)?(?P<resolved>resolved\b.*)?$"
    # "On the motion of the Lord Mayor, seconded by Councillor Hance, it was" (Bristol), what it resolved below
    r"|^on\s+the\s+motion\s+of\b[^.]{1,160}?,\s*seconded\s+by\b[^.]{1,160}?,\s*it\s+was\s*[:\-–—]*$"
    # The member who proposed it the sentence's subject: "Councillor A welcomed everyone …, and proposed that the
    # practice of … should continue and it was" then "Resolved –" (York and North Yorkshire CA)
    r"|\b(?:moved|proposed)\s+that\s[^.]{1,240}?\sand\s+it\s+was\s*[:\-–—]*$",
    re.IGNORECASE)
# The minutes moved and seconded, then said confirmed in the next paragraph, no RESOLVED marker: "The Minutes were
# proposed by Councillor Oliver and seconded by Councillor Radley." / "The Minutes of the meeting of 23 February 2023
# were confirmed and signed as a correct record …" (Hart): the vote on them, which carried.
_MINUTES_CONFIRMED = re.compile(r"^the\s+minutes\b[^.;]{0,120}?\s(?:was|were)\s+(?:duly\s+)?"
                                r"(?:confirmed|approved|agreed)\b", re.IGNORECASE)
# The same in the active voice, two named members: "Councillor Mackover moved, Councillor Hargreaves seconded, and
# Council RESOLVED that:" (Kensington and Chelsea), the resolution on the next line.
# Or the resolution in the next paragraph: "Councillor Devenney Moved, Councillor Hussey Seconded and the Council" /
# "Resolved that Standing Orders be suspended …" (Derry City and Strabane).
_PAIR_AND_RESOLVED = re.compile(r"\s+(?:the\s+)?(?:council|committee|cabinet)(?:\s+(?P<resolved>resolved\b.*)|\s*)$",
                                re.IGNORECASE)
# A proposition moved and seconded, its words after "that": "It was proposed by Councillor P G L Elliott and
# seconded by Councillor R G Boyce that Councillor H M Bass be re-elected as Chairman …", "Moved by Councillor B
# Moist, Seconded by Councillor D Haney that Councillor C Martin be elected Vice-Chair." A RESOLVED paragraph
# that resolves the same proposition (its first words the same) within two paragraphs is the vote on it,
# which carried: "There being no further nominations it was:" / "RESOLVED that Councillor H M Bass be …".
# A paragraph that only says who moved and seconded ("Moved by Councillor W Johnson – Seconded by Councillor
# Clarke", Barnsley): what the body resolved in the next paragraph ("RESOLVED that Councillor B. Mathers be …") is
# what was moved, and it carried, as after "… seconded by … and". A line that goes on "… that …" is a proposition.
# What was moved may come first: "The minutes of the Cabinet meeting held on 20 November 2024 were proposed by
# Councillor P North and seconded by Councillor Flood." then "Resolved: That the minutes … be confirmed …" (Test
# Valley); a member so proposed is a nomination (``_NOMINATED``). The line may open the resolution with a colon ("It
# was MOVED by Councillor A Moorhead and SECONDED by Councillor M Murphy and:-", Knowsley).
_MOVED_LINE = re.compile(r"^(?:it\s+was\s+|[A-Z][^.;]{1,120}?\s+(?:was|were)\s+)?(?:moved|proposed)\s+by\b"
                         r"[^.;]{1,120}?(?:\s+[–—-]|,|\s+and)?\s+"
                         r"seconded\s+by\b(?:(?!\bthat\b)[^.;:]){1,80}?(?:\.|\s*:-?)?$", re.IGNORECASE)
# The mover and the seconder each on a line of their own, the proposition on the next: "Proposed by Councillor Monk,"
# / "Seconded by Councillor Mrs Hollingsbee;" / "That Councillor Mrs Anne Berry be elected as Chairman of the
# Council." (Folkestone and Hythe). A rival proposition so printed, and the call for a recorded vote, stand between
# it and the resolution that adopts it ("RESOLVED:" / "That Councillor Mrs Anne Berry be elected …") without using up
# its wait.
_LONE_MOVER = re.compile(r"^(?P<kind>moved|proposed|seconded)\s+by\s+[^.;:]{1,80}?[,;.]?$", re.IGNORECASE)
_PROPOSED_THAT = re.compile(
    r"\b(?i:moved|proposed)\s+(?i:by)\b.{1,120}?\b(?i:seconded\s+by)\b.{1,80}?\s(?P<that>(?i:that)\s+.+?)\.?$")
# "MOVED BY Councillor Morgan and duly seconded by …" (Redcar and Cleveland) too, the verb in capitals.
# The proposer first, the seconding after the proposition: "Cllr Wrigley proposed that Cllr D Cox be elected Deputy
# Chair of the Council for the 2023/24 municipal year, this was seconded by Cllr Keeling." (Teignbridge)
_PROPOSED_THEN_SECONDED = re.compile(
    r"\b(?:moved|proposed)\s+(?P<that>(?i:that)\s+[^.]+?),\s+(?:this\s+was\s+|and\s+(?:was\s+)?)?seconded\s+by\b")
_PROPOSITION_WAITS = 2
# A nomination seconded: "Councillor Flux was nominated by Councillor Sanderson and seconded by Councillor Wearmouth."
# (Northumberland), "Councillor X was proposed by Councillor Y and seconded by Councillor Z". A RESOLVED paragraph
# within two that elects or appoints the nominee ("RESOLVED that Councillor Flux be elected Business Chair …";
# "that Councillors Hutchinson and Cessford be appointed …", two nominations) is the vote on each nomination it
# names, which carried.
_NOMINATED = re.compile(
    r"(?P<nominee>(?:Councillors?|Cllrs?|Mrs?|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
    r"(?:was|were|had\s+been)\s+(?:duly\s+)?(?:nominated|proposed)\b[^.]{0,80}?\bby\b[^.]{1,80}?\bseconded\s+by\b")
# Who moved and seconded, noted in brackets under the minutes that say what passed ("The minutes of the two
# meetings … were approved and signed as a correct record." then "(Moved by Councillor D Cook and seconded by
# Councillor Dr S Peaple)", Tamworth): the vote on what was moved, with the outcome that sentence states.
_MOVED_NOTE = re.compile(r"^\(\s*(?:moved|proposed)\s+by\b[^()]*\bseconded\s+by\b[^()]*\)$", re.IGNORECASE)
# A paragraph that puts something to the vote and leaves the result to the next one: "… therefore the proposition
# was put to the vote and" (Hampshire), "On being put to the vote it was:"; the resolution printed next is what
# the vote carried.
# A vote said to make the resolution printed next (Chichester): "The Council voted unanimously on a show of hands to
# make the resolution below.", "The Cabinet voted unanimously on a show of hands to approve the aforesaid minutes …",
# "In a vote the following resolution was agreed:"; the resolution below is what it carried.
_VOTED_FOR_BELOW = re.compile(
    r"\bvoted\s+(?:unanimously\s+)?(?:on\s+a\s+show\s+of\s+hands\s+)?to\s+(?:make|approve|agree|adopt|pass)\b"
    r"|^in\s+a\s+vote\s+the\s+following\s+resolutions?\s+(?:was|were)\s+(?:agreed|made|passed|carried)\b"
    # "By a unanimous vote." over "It was RESOLVED: -" (Mid Suffolk): the vote, the resolution below its result
    r"|^(?:by|on|with)\s+a\s+unanimous\s+vote\.?$",
    re.IGNORECASE)
# A resolution stated as the vote's result in one sentence: "Upon being put to the vote Council resolved to accept the
# recommendations" (Monmouthshire): carried.
_PUT_THEN_RESOLVED = re.compile(r"^(?:up)?on\s+being\s+put\s+to\s+the\s+vote\b", re.IGNORECASE)
_PUT_TO_THE_VOTE = re.compile(
    r"\b(?:put\s+to\s+the\s+vote|a\s+vote\s+(?:was|being)\s+taken)\b[^.]*?[,:]?\s*(?:and|it\s+was)?\s*[,:]?$",
    re.IGNORECASE)  # "Upon a vote being taken the result was tied, the Chair exercised his casting vote …," (Durham)


# The nominee of a nomination made before said to be elected, no other made: "There being no further nominations
# Councillor R M Currans was duly elected the Worshipful the Mayor of the Borough of Dartford, for the 2021/22
# Municipal Year." (Dartford): the nomination carried.
# "In a vote Cllr Apel was duly elected as Chair of the Council." (Chichester) too: the vote said, its outcome the
# election.
_NO_FURTHER_NOMINATIONS = re.compile(
    r"^(?:there\s+being\s+no\s+(?:further|other)\s+nominations?|(?:in|on|following|after)\s+a\s+vote)\s*,?\s+"
    r"(?P<elected>\S.*?\b(?:was|were)\s+"
    r"(?:duly\s+)?(?:re-?)?(?:elected|appointed)\b.*?)\.?$", re.IGNORECASE)
# A RESOLVED marker alone on its line, the resolution on the next ("RESOLVED", "Resolved that:").
_MARKER_ALONE = re.compile(r"^\s*(?:it\s+was\s+)?resolved\s*(?:that\s*)?[:\-–—]*\s*$", re.IGNORECASE)
# What a RESOLVED marker leaves when the resolution is printed on the next line: nothing, or "that:".
_OPEN_RESOLUTION = re.compile(r"^\s*(?:that\s*)?[:\-–—]*\s*$", re.IGNORECASE)
# Words of a paragraph that does business (a vote, another motion, an amendment, a resolution, the body deciding:
# "The Council noted the report."): no narrative a motion moved and seconded waits over for its resolution.
_OF_THE_VOTE = re.compile(r"\b(?:vot\w*|motion|amendment|resolv\w*|moved|proposed|seconded|carried|lost|agreed"
                          r"|defeated|withdrawn|nominat\w*|recommend\w*|that|noted|approved|adopted|endorsed|decided"
                          r"|accepted|rejected|refused|deferred|report)\b", re.IGNORECASE)
# A paragraph that is the marker alone ("RESOLVED:"), not one that prints a tally after it ("Resolved: (By 14 votes
# to none)").
_BARE_RESOLVED = re.compile(r"^\s*(?:it\s+was\s+)?resolved\s*(?:that\s*)?[:\-–—]*\s*$", re.IGNORECASE)


def _resolution_text(text: str) -> str | None:
    """The resolution a paragraph prints, with its RESOLVED marker or without it ("That Councillor Mel Kendal
    be elected Chairman …", and in lower case under a "RESOLVED" of its own line: "that Councillor Glenys Maxwell be
    elected Chairman …", Ashfield), or None."""
    if marker := DECISION_MARKER.match(text):
        return marker["text"].strip() or None
    return text.strip() if re.match(r"^[Tt]hat\s+\S", text) else None
_PROPOSITION_WORDS = 5
_PROPOSITION_LETTERS = 24  # about five words' letters


# A resolution that names the motion it adopts before its words: "that on the successful motion of Councillor Morgan
# and duly seconded by Councillor Nightingale that Councillor Head be elected …" (Redcar and Cleveland).
_RESTATED_MOTION = re.compile(r"^(?:that\s+)?on\s+the\s+(?:successful\s+)?motion\s+of\b[^.;]*?\bthat\s+",
                              re.IGNORECASE)


def _resolves(proposition: str, resolution: str) -> bool:
    """The resolution adopts the proposition: both open with the same words ("that Councillor H M Bass be
    re-elected …"), compared without case, punctuation and spaces (a name a copy printed once run together,
    "Councillor MarieClaire Darke" then "Councillor Marie Claire Darke", Wolverhampton, is one name)."""
    def opening(text: str) -> str:
        return "".join(re.findall(r"\w", " ".join(re.findall(r"[\w'’-]+", text.lower())[:_PROPOSITION_WORDS + 2])))
    first, second = opening(proposition), opening(_RESTATED_MOTION.sub("that ", resolution, count=1))
    size = min(len(first), len(second), _PROPOSITION_LETTERS)
    return len(re.findall(r"[\w'’-]+", proposition)) >= _PROPOSITION_WORDS and size >= _PROPOSITION_LETTERS \
        and first[:size] == second[:size]


# A nomination proposed in so many words: "It was proposed by Councillor Coxhead and seconded by Councillor P. Henshaw
# that Councillor Clay be nominated for the position of Vice-Chair …" (Mansfield), then "RESOLVED - That Councillor
# Clay be appointed as Vice-Chair …": the nominee the resolution appoints.
_PROPOSED_NOMINEE = re.compile(
    r"\b(?:proposed|moved)\b(?:[^.]|\.(?=\s*[A-Z])){0,160}?\bthat\s+"  # "P. Henshaw": an initial's stop
    r"(?P<nominee>(?:Councillors?|Cllrs?|Mrs?|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+be\s+nominated\b")
# Who an active nomination names, after its honorific: "Cllr Vivian proposed Cllr Apel which was seconded …".
_NOMINEE = re.compile(r"\S+\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def _said_elected(said: str, nominee: str) -> bool:
    """ "Councillor R M Currans was duly elected …" names the nominee (by surname) as the one elected: a vote on
    their nomination is read only where the minutes printed one before (the reader does not guess one)."""
    subject = re.split(r"\b(?:was|were)\s+(?:duly\s+)?(?:re-?)?(?:elected|appointed)\b", said, maxsplit=1,
                       flags=re.IGNORECASE)
    surname = nominee.split()[-1].strip(".,;:") if nominee.split() else ""
    return len(subject) == 2 and bool(surname) and bool(re.search(rf"\b{re.escape(surname)}\b", subject[0]))


def _elects(resolution: str, nominee: str) -> bool:
    """The resolution elects or appoints the nominee: the nominee's surname before its "be elected/appointed"."""
    subject = re.split(r"\bbe\s+(?:re-?)?(?:elected|appointed)\b", resolution, maxsplit=1, flags=re.IGNORECASE)
    surname = nominee.split()[-1]
    return len(subject) == 2 and bool(re.search(rf"\b{re.escape(surname)}\b", subject[0]))


_SPEAKS_OF_MOTION = re.compile(r"\b(?:motion|amendment|proposal)\b", re.IGNORECASE)
_REFERENCE_ONLY = re.compile(r"^(?:the\s+)?(?:motion|amendment|proposal|recommendations?|resolution|it)$",
                             re.IGNORECASE)

# Named lists: "There voted for <what>:", "There voted against …", "There abstained from voting:",
# "Those voting in favour:"; and short labels "For:", "Against the motion:", "Abstentions:".
_NAMED_HEADING = re.compile(
    r"^(?:there\s+)?(?:(?:those|the\s+following(?:\s+(?:members|councillors))?|members|councillors)\s+)?"
    r"(?:who\s+)?(?:(?P<for>vot(?:ed|ing)\s+(?:for|in\s+favour(?:\s+of)?))|(?P<against>vot(?:ed|ing)\s+against)"
    r"|(?P<abstain>abstained(?:\s+from(?:\s+voting)?)?|abstaining(?:\s+from(?:\s+voting)?)?))\b"
    r"(?P<what>[^:]*?)\s*(?::-?|\s-|$)\s*(?P<names>.*)$", re.IGNORECASE)
# "For the procedural motion (23) - Lord Provost; and Councillors …": a motion's own words may qualify it, and
# a division counts each side before its names. "Declined to vote" is the Scottish abstention; "Absent from
# the division" lists members who did not vote (read, never cast).
_SHORT_HEADING = re.compile(
    r"^(?:\(?[a-z]\)\s+)?(?:(?P<for>for|in\s+favour)|(?P<against>against)"
    r"|(?P<abstain>abstentions?|abstained|abstaining|abstain|declined\s+to\s+vote)"
    r"|(?P<absent>absent(?:\s+from\s+the\s+(?:division|vote))?|not\s+voted|no\s+vote|did\s+not\s+vote))"
    r"(?:\s+(?P<what>(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:motion|amendment|recommendations?|proposal)))?\s*"
    r"(?:(?:\((?P<reference>\w{1,4})\)\s*)?[\-–—]\s*(?P<dash_count>\d+)$|\(\s*(?P<count>\d+)\s*\)"
    r"|(?<=\s)(?P<alone_count>\d+)(?=\s*$))?\s*"
    r"(?P<separator>[:\-–—]|$)\s*(?P<names>.*)$",
    re.IGNORECASE)
# An election between nominees recorded by name, a list per nominee: "FOR COUNCILLOR MRS BERRY: Councillors Mrs
# Berry, Brook, … and Wimble (16)." (Folkestone and Hythe), "For Cllr Clarance: Cllrs Atkins, … Wrigley    Total 32"
# (Teignbridge), "For Councillor Cowan:" then the names on the next line (Southend). Each list is the vote for its
# nominee. A nominee printed without a title ("For Berry: …") needs the names on the same line.
_NOMINEE_LIST = re.compile(
    r"^(?P<label>(?i:for)\s+(?P<title>(?i:councillors?|cllrs?)\.?\s+)?(?:(?i:mrs|mr|ms|miss|dr)\.?\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*:\s*(?P<names>.*)$")
# How members voted, noted right under the vote's outcome, in brackets or not: "(Councillor C Dee abstained – recorded
# at his request).", "Councillors A Bee and E Eff voted against the motion." (their names as the note prints them).
_CAST_NOTED = re.compile(
    r"^\(?\s*(?P<names>(?:Councillors?|Cllrs?)\.?\s+[A-Z][^()]{0,200}?)\s+"
    r"(?:(?P<abstain>abstained)(?:\s+from\s+(?:the\s+)?vot(?:e|ing))?|(?P<against>voted\s+against)|(?P<for>voted\s+for))"
    r"(?:\s+the\s+(?:motion|amendment|proposal|recommendations?))?(?:\s*[–—-]\s*[^()]{1,80}?|,\s*[^()]{1,80}?)?"
    r"\s*[.)]*\s*[.)]*$", re.IGNORECASE)
_DOT_LEADER = re.compile(r"\s*(?:[.…·_]\s*){3,}")
# "… Wrigley    Total 32" too, and a count the list's full stop closes ("ABSTENTIONS: None (0).", Folkestone and Hythe)
_TRAILING_COUNT = re.compile(r"\s(?:(?i:total)\s*[:=]?\s*)?\(?(?P<count>\d+)\)?\.?$")
_NOBODY = re.compile(r"^(?:none|nil|no\s+one|nobody|-)$", re.IGNORECASE)
# A voter named by office alone ("The Mayor", "Lord Provost", "Depute Provost"): counted in the division but
# not a person we can name, so never a cast (the stated count then names one voter fewer: a Warning).
_OFFICE_ONLY = re.compile(
    r"^(?:the\s+)?(?:(?:right\s+)?worshipful\s+)?(?:(?:deputy|depute|vice|lord)\s+)?"
    r"(?:mayor|provost|chair(?:man|woman)?|lord\s+mayor|lord\s+provost|civic\s+mayor|convener|presiding\s+member)$",
    re.IGNORECASE)
# A line holding one name or a short list of them, as a list printed one name to a line continues: "Councillor
# Bob Baker", "Alice Archer", "Mrs L Kaufman and Mr R Adams" (each name two words at least, none a sentence).
_NAME = (r"(?:(?:Councillors?|Cllrs?|Mrs|Mr|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’.-]*"
         r"(?:\s+(?:[A-Z][\w'’.-]*|van|de|der|von|le|la|du|da))+")
_NAME_LINE = re.compile(rf"^{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*[.,;]?$")
# The count printed under a list, alone or with what it counts: "22", "(22)", "(22 members)", "(1 member)".
_COUNT_LINE = re.compile(r"^\(?(?P<count>\d+)(?:\s+(?:members?|councillors?|votes?))?\)?$", re.IGNORECASE)
# Vote tables in minutes: option labels, the header words of a by-member table, rows of members who did not vote.
_TABLE_OPTIONS = {"for": "for", "in favour": "for", "against": "against", "abstain": "abstain",
                  "abstained": "abstain", "abstention": "abstain", "abstentions": "abstain"}
_TABLE_HEADER_WORDS = frozenset({"councillor", "councillors", "member", "members", "name", "vote", "votes"})
_NOT_VOTING = frozenset({"absent", "did not vote", "not present", "no vote", "not voting"})
_RULE_ROW = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")
# A paragraph of names under a heading printed on its own line: "Councillors E Adam, R Adcock-Forster, …".
_NAME_LIST = re.compile(r"^(?:the\s+mayor|lord\s+provost|(?:councillors?|cllrs?\.?|members?)\b)", re.IGNORECASE)
_QUOTED = re.compile(r"^[“\"‘'](?P<text>.+?)[”\"’']?$")
# A plural or singular title a copy ran into the name after it ("CouncillorsAfrasiab Anwar, Paul Campbell", Burnley):
# the space the copy lost, put back so the list reads as any other.
_GLUED_TITLE = re.compile(r"\b(Councillors?|Cllrs?)(?=[A-Z][a-z])")
# Two names a copy ran together where the comma was, a double space between them ("Asif Raja  Paul Reynolds",
# Burnley): split only when each side is a forename and a surname, so a name printed with a double space inside it
# ("Jane  Smith") stays one name.
_FULL_NAME = re.compile(r"[A-Z][\w'’-]+\s[A-Z][\w'’-]+")
# A roll-call table flattened column by column (Argyll and Bute: "Motion", "Amendment" and "No Vote" each alone on
# its line, then one member to a line, the whole Motion column first): each column lists its members in alphabetical
# order of surname, so a name sorting before the one above it starts the next column. "Motion" and "Amendment" are
# two votes, each cast "for" by its column; "For", "Against" and "Abstain" are one vote's options; "No Vote" lists
# members who cast none.
_ROLL_COLUMN = re.compile(
    r"^(?:(?P<proposition>motion|amendment)|(?P<for>for|in\s+favour)|(?P<against>against)"
    r"|(?P<abstain>abstain(?:ed)?|abstentions?)|(?P<absent>no\s+vote|not\s+voting|did\s+not\s+vote|absent))$",
    re.IGNORECASE)


def _roll_column(text: str) -> str | None:
    """The column a roll-call table's header line names: "motion" / "amendment" (a vote each), an option, or
    "absent"; None for any other line."""
    column = _ROLL_COLUMN.match(" ".join(text.split()))
    if column is None:
        return None
    return column["proposition"].lower() if column["proposition"] else next(
        name for name in ("for", "against", "abstain", "absent") if column[name])


@dataclass
class _RollCall:
    """A roll-call table being read column by column: its columns, the one being read, and the surname read last."""

    columns: list[str]
    drafts: dict[str, _Draft]
    column: int = 0
    surname: str = ""

    def cast(self, person: Person) -> tuple[str, _Draft | None]:
        """The column the member's line falls in (the next one where their surname sorts before the last), and the
        vote it casts in (None for members who cast none)."""
        surname = person.name.split()[-1].lower() if person.name.split() else ""
        if surname < self.surname and self.column + 1 < len(self.columns):
            self.column += 1
        self.surname = surname
        column = self.columns[self.column]
        return column, self.drafts.get(column)


@dataclass
class _Draft:
    """A vote being assembled from consecutive paragraphs."""

    vote: Vote
    listed_counts: dict[str, int] = field(default_factory=dict)  # counts printed after named lists
    listed_options: set[str] = field(default_factory=set)
    stated: bool = False  # a counted or outcome sentence belongs to it
    subject: str = ""  # what its named lists say was voted on ("the amendment"), as printed
    summary_outcome: str | None = None  # the outcome a sentence stated before the division was called (see _named)
    nominee: str = ""  # the nominee its "for" list names ("For Cllr Clarance: …"), a vote of an election

    def finish(self) -> Vote:
        counts = {"for": "votes_for", "against": "votes_against", "abstain": "abstentions"}
        for option, count in self.listed_counts.items():
            if option in counts and getattr(self.vote, counts[option]) is None:
                setattr(self.vote, counts[option], count)
        self.vote.outcome = self.vote.outcome or self.summary_outcome
        return self.vote


@dataclass(frozen=True)
class _Statement:
    """One counted or outcome statement found in a sentence."""

    votes_for: int | None
    votes_against: int | None
    abstentions: int | None
    outcome: str | None
    speaks_of_motion: bool


def read_votes(paragraphs: Iterable[str]) -> list[Vote]:
    """Every vote the minutes paragraphs state, in order (see the module notes for what counts as one)."""
    return read_votes_and_not_voting(paragraphs)[0]


def not_voting_lists(paragraphs: Iterable[str]) -> frozenset[str]:
    """The paragraphs that list, inside a division, who did not vote ("Absent: Cllrs Foden, Hayes, …" under "For:",
    "Against:" and "Abstain:", Teignbridge): the division's, not the meeting's attendance (the members absent from
    the vote are not said to be absent from the meeting), so an attendance reader leaves them alone. Such a
    list's line starts as :data:`_NOT_VOTING_START` says: a page with none has none, unread (reading a page's
    every line again for them was ~19 % of reading a meeting page, bench/README.md)."""
    paragraphs = list(paragraphs)
    if not any(_NOT_VOTING_START.match(paragraph.strip()) for paragraph in paragraphs):
        return frozenset()
    return read_votes_and_not_voting(paragraphs)[1]


# How a list of who did not vote starts: the "absent" heading of ``_SHORT_HEADING``, the only one whose lines
# go to ``not_voting``.
_NOT_VOTING_START = re.compile(r"^(?:\(?[a-z]\)\s+)?(?:absent|not\s+voted|no\s+vote|did\s+not\s+vote)", re.IGNORECASE)


def read_votes_and_not_voting(paragraphs: Iterable[str]) -> tuple[list[Vote], frozenset[str]]:
    """``read_votes`` and ``not_voting_lists`` from one reading of the paragraphs: an item's minutes need both,
    and reading them twice was ~14 % of reading a page (bench/README.md)."""
    reader = _VoteReader()
    for text in _join_tally_lines(paragraphs):
        reader.feed(text)
    votes = reader.finish()
    return votes, frozenset(reader.not_voting)


def _join_tally_lines(paragraphs: Iterable[str]) -> list[str]:
    """"For: 35" / "Against: 0" / "Abstentions: 21" printed one to a line become one tally line."""
    joined: list[str] = []
    previous_was_tally = False
    for text in (paragraph.strip() for paragraph in paragraphs):
        is_tally = bool(_TALLY_LINE.match(text))
        if is_tally and previous_was_tally:
            joined[-1] += " " + text
        else:
            joined.append(text)
        previous_was_tally = is_tally
    return joined


class _VoteReader:
    def __init__(self) -> None:
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None  # the vote that following named lists or a statement may join
        self.pending: str | None = None  # option whose names the next paragraph lists
        self.table: _Draft | None = None  # the vote a table's rows are cast in
        self.columns: list[str | None] = []  # options of a table with one column per option
        self.listing: str | None = None  # option whose names the last paragraph listed (more may follow)
        self.bare: _Heading | None = None  # a label alone on its line ("For the Motion"), waiting for names
        self.awaiting: _Draft | None = None  # a division whose resolution the next paragraph prints
        self.quoted_motion: str | None = None
        self.resolution: str | None = None  # the text of a RESOLVED paragraph just read, stating no vote
        self.confirmed: str | None = None  # the minutes just said confirmed, no vote stated: a vote line may follow
        self.moved_and = False  # the paragraph just read moved a motion "… seconded by … and": RESOLVED follows
        self.moved_waits = 0  # paragraphs of narrative a motion moved and seconded may wait over for its RESOLVED
        self.proposed: list[tuple[str, int]] = []  # propositions moved and seconded, paragraphs each may wait
        self.put_to_vote = False  # the paragraph just read put something to the vote, its result to follow
        self.tally_follows: _Draft | None = None  # an outcome stated "with voting as follows:", its tally next
        self.unfinished = False  # the names just read end with a comma: the list goes on on the next line
        self.closed = False  # the names just read end with a full stop: that list is whole
        self.passed: str | None = None  # the paragraph just read said what was moved passed or failed
        self.resolved_next = False  # the paragraph just read moved "… and RESOLVED:": the next one is the resolution
        self.listed: str | None = None  # the option whose whole list the paragraph just read gave: its count may follow
        self.bare_marker = False  # the paragraph just read was "Resolved:" alone: the next one is what it resolved
        self.not_voting: set[str] = set()  # the paragraphs listing who did not vote in a division
        self.raw = ""  # the paragraph being read, as given
        self.nominated: tuple[list[str], int] | None = None  # nominees seconded, paragraphs their resolution may wait
        self.summarised: _Draft | None = None  # a vote stating only its outcome, then a recorded vote called on it
        self.moving = False  # the paragraph just read moved or seconded something
        self.roll_columns: list[str] = []  # the header lines of a roll-call table read so far, one to a line
        self.roll: _RollCall | None = None  # the roll-call table whose names are being read
        self.movers: list[str] = []  # the lone mover and seconder lines just read ("Proposed by …", "Seconded by …")

    def finish(self) -> list[Vote]:
        _settle_elections(self.drafts)
        return [draft.finish() for draft in self.drafts]

    def feed(self, text: str) -> None:
        if not text:
            return
        self.raw = text  # as given, before a lost space is put back
        text = _GLUED_TITLE.sub(r"\1 ", text)
        if self._roll_call(text):
            return
        movers, self.movers = self.movers, []
        if lone := _LONE_MOVER.match(text.strip()):
            self.movers = [*movers, lone["kind"].lower()]
        under_movers = "seconded" in movers and bool(re.match(r"^[Tt]hat\s+\S", text))
        cells = _row_cells(text)
        if cells is not None and self._table_row(cells):
            return
        if cells is None:
            self.table, self.columns = None, []  # a vote table ends at the first line that is no row of it
        resolution, self.resolution = self.resolution, None  # only the paragraph right after it
        confirmed, self.confirmed = self.confirmed, None
        if confirmed and VOTE_LINE.match(text):
            resolution = confirmed  # "The Minutes … were confirmed …" then "Voting: Unanimous": the vote on them
        moving, self.moving = self.moving, bool(_MOVES.search(text))
        if (accordingly := _RESOLVED_ACCORDINGLY.search(text)) and (self.moving or moving):
            self._resolved_accordingly(text[:accordingly.start()].strip())
            self.moved_and = False
            return
        moved_and, self.moved_and = self.moved_and, False
        if moved_and and (marker := DECISION_MARKER.match(text)) and marker["text"].strip() \
                and not _OPEN_RESOLUTION.match(marker["text"]):
            self._resolved_as_moved(marker["text"].strip())
            return
        if moved_and and _MINUTES_CONFIRMED.match(text):
            self._resolved_as_moved(text.strip())  # "The Minutes were proposed by … and seconded by …." (Hart)
            return
        if moved_and and _BARE_RESOLVED.match(text):
            self.resolved_next = True  # "… seconded by Councillor Hance, it was" / "RESOLVED:" / "That …" (Bristol)
            return
        if moved_and and self.moved_waits > 0 and not _OF_THE_VOTE.search(text):
            self.moved_waits -= 1  # "Proposed by … and seconded by …." / "The Chief Executive also gave his
            self.moved_and = True  # thanks …" / "Resolved that a vote of thanks be recorded …" (Bassetlaw)
        resolved_next, self.resolved_next = self.resolved_next, False
        # "… seconded by … and …, it was" / "RESOLVED" / "That E W Strengiel be elected …" (a marker alone, not one
        # with its count: "Resolved: (By 14 votes to none)")
        if moved_and and _MARKER_ALONE.match(text):
            self.resolved_next = True
            return
        if resolved_next and not _statements(text, resolved=True):
            self._resolved_as_moved(text.strip())  # Thanet: "… and RESOLVED:" / "1.  THAT, following …"
            return
        passed, self.passed = self.passed, None
        if passed and _MOVED_NOTE.match(text):
            self._new().vote.outcome = passed  # "… were approved …" then "(Moved by … and seconded by …)"
            self.current = None
            return
        put_to_vote, self.put_to_vote = self.put_to_vote, False
        if put_to_vote and (resolution := _resolution_text(text)) and not _statements(text, resolved=True):
            self._resolved_as_moved(resolution)  # "… the proposition was put to the vote and" / "That …"
            return
        if _PUT_THEN_RESOLVED.match(text) and (marker := DECISION_MARKER.match(text)) and marker["text"].strip() \
                and not _statements(text, resolved=True):
            self._resolved_as_moved(marker["text"].strip())  # "Upon being put to the vote Council resolved to …"
            return
        if (elected := _NO_FURTHER_NOMINATIONS.match(text.strip())) and self.nominated \
                and any(_said_elected(elected["elected"], name) for name in self.nominated[0]):
            self._new().vote.outcome = "carried"  # the nomination made before it, unopposed
            self.current.vote.motion = elected["elected"]
            self.current, self.nominated, self.proposed = None, None, []  # voted on: its resolution no second vote
            return
        if put_to_vote and (bare := DECISION_MARKER.match(text)) and _OPEN_RESOLUTION.match(bare["text"]):
            self.put_to_vote = True  # "Having been put to the vote, the meeting;" / "Resolved" / "That …"
        proposed, self.proposed = self.proposed, []
        bare_marker, self.bare_marker = self.bare_marker, False
        marker = DECISION_MARKER.match(text)
        resolved = marker["text"].strip() if marker else text.strip() if bare_marker else ""
        if resolved and any(_resolves(that, resolved) for that, _ in proposed) \
                and not _statements(text, resolved=True):
            self._resolved_as_moved(resolved)  # "Resolved:" on a line of its own, what it resolved on the next
            return
        # "There being no further nominations it was:"; another nomination, the nominees leaving the room. The lines
        # of a recorded vote taken on it ("A recorded vote was asked for …", "For Cllr Clarance: Cllrs …", "Absent:
        # …", Teignbridge) stand between the proposition and its resolution without using up its wait.
        roll = bool(_VOTE_ROLL_LINE.match(text) or _RECORDED_VOTE_CALLED.search(text) or lone or under_movers)
        self.proposed = [(that, waits if roll else waits - 1) for that, waits in proposed if roll or waits > 0]
        nominated, self.nominated = self.nominated, None
        if nominated and resolved and (elected := [name for name in nominated[0] if _elects(resolved, name)]) \
                and not _statements(text, resolved=True):
            for _name in elected:
                self._resolved_as_moved(resolved)
            return
        if nominated and nominated[1] > 0:
            self.nominated = (nominated[0], nominated[1] - 1)
        bare, self.bare = self.bare, None
        if bare is not None and not _heading(text) and (
                _NAME_LIST.match(text) or _is_surname_list(text, alone=bare.count is not None)):
            self._named(replace(bare, names=text))  # "For the Motion" then, on its own line, the names
            self.listing = bare.option
            return
        if bare is not None and bare.count is not None:
            self._count_alone(bare)
        listing, self.listing = self.listing, None
        unfinished, self.unfinished = self.unfinished, False
        closed, self.closed = self.closed, False  # the names just read end with a full stop: that list is whole
        if listing and (unfinished or self._names_to_come(listing)) and self.current is not None \
                and not _heading(text) and not _states_result(text) and _is_surname_list(text, alone=True):
            self._add_names(self.current, listing, text)  # "… Hill, Irwin," then "Jones and King": it goes on
            self.listing = listing
            return
        if self.pending and self.current is not None:
            option, self.pending = self.pending, None
            if not _heading(text) and not _states_result(text):  # "Abstain:" then "The motion was carried."
                self._add_names(self.current, option, text)
                self.listing = option
                return
        if listing and not closed and self.current is not None and (_NAME_LINE.match(text) or _COUNT_LINE.match(text)):
            self._add_names(self.current, listing, text)  # one name to a line: the list goes on
            self.listing = listing
            return
        if listing and closed and _NAME_LIST.match(text) and looks_like_names(text):
            return  # another list of the division whose label the copy lost: no option to cast its names in
        listed, self.listed = self.listed, None
        if listed and self.current is not None and (count := _COUNT_LINE.match(text)):
            self.current.listed_counts.setdefault(listed, int(count["count"]))  # "For: Cllrs A and B" / "(2 members)"
            return
        if self.current is not None and self.current.stated and (noted := _CAST_NOTED.match(text.strip())):
            option = next(option for option in ("for", "against", "abstain") if noted[option])
            self.current.vote.casts.extend(VoteCast(person=person, option=option)
                                           for person in names_and_count(noted["names"])[0])
            return  # "… seconded by Cllr B and CARRIED." then "(Councillor C abstained – recorded at his request)."
        if heading := _heading(text):
            if heading.bare and not heading.names:  # a vote only once a list of names follows
                self.bare = heading
                return
            if heading.option != "absent":
                self._named(heading)
                return
            if self.current is not None and self.current.listed_options:  # "Absent from the division (5) - …"
                self.listed = "absent"  # its count may follow on the next line: still the division's
                self.not_voting.add(self.raw)
                return
        if self._division_count(text):
            return
        if self.awaiting is not None:  # "The Council resolved:-" then, on its own line, what it resolved
            awaiting, self.awaiting = self.awaiting, None
            self._resolved_after_division(awaiting, text)
        marker = DECISION_MARKER.match(text)
        statements = _statements(text, resolved=bool(marker) or resolution is not None,
                                 after_tally=self._awaits_tally_outcome() or self._awaits_outcome(self.current))
        if statements:
            for statement in statements:
                self._stated(statement, resolution)
            if _TALLY_FOLLOWS.search(text) and self.current is not None and self.current.vote.votes_for is None:
                self.tally_follows = self.current
            return
        if marker and (self._awaits_outcome(self.current) or self._awaits_tally_outcome()):
            if marker["text"].strip():
                self._resolved_after_division(self.current, marker["text"].strip())
            else:
                self.awaiting = self.current
        if marker and marker["text"].strip():
            self.resolution = marker["text"].strip()  # a tally printed next is the vote on it
        elif _MINUTES_CONFIRMED.match(text):
            self.confirmed = text.strip()
        self.bare_marker = bool(marker) and not marker["text"].strip()
        if quoted := _QUOTED.match(text):
            self.quoted_motion = quoted["text"].strip()
        if _RECORDED_VOTE_CALLED.search(text) and self.drafts and _outcome_only(self.drafts[-1]):
            self.summarised = self.drafts[-1]  # "… put to the vote and lost." / "A recorded vote was asked for …"
        self.current = None
        if not marker and (last := sentences(text)[-1:]) and _PASSIVE_OUTCOME.search(last[0]):
            self.passed = _outcome_near(last[0], len(last[0]))
        self.put_to_vote = self.put_to_vote or bool(_PUT_TO_THE_VOTE.search(text) or _VOTED_FOR_BELOW.search(text))
        if proposition := _PROPOSED_THAT.search(text) or _PROPOSED_THEN_SECONDED.search(text):
            self.proposed.append((proposition["that"], _PROPOSITION_WAITS))
        elif under_movers:
            self.proposed.append((text.strip(), _PROPOSITION_WAITS))  # "Proposed by …," / "Seconded by …;" / "That …"
        if nominees := [match["nominee"] for match in _NOMINATED.finditer(text)] + [
                nominee["name"] for match in ACTIVE_NOMINATION.finditer(text)
                if (nominee := _NOMINEE.match(text, match.end()))] + [
                match["nominee"] for match in _PROPOSED_NOMINEE.finditer(text)]:
            self.nominated = (nominees, _PROPOSITION_WAITS)
        if (pair := ACTIVE_PAIR.search(text)) and (active := _PAIR_AND_RESOLVED.match(text, pair.end())):
            if active["resolved"]:
                self._moved_then_resolved(active["resolved"])
            else:
                self.moved_and, self.moved_waits = True, 0
        elif moved := _MOVED_AND_RESOLVED.search(text):
            if moved["resolved"] and (marker := DECISION_MARKER.match(moved["resolved"])) \
                    and not _OPEN_RESOLUTION.match(marker["text"]):
                self._resolved_as_moved(marker["text"].strip())
            elif not moved["resolved"]:
                self.moved_and, self.moved_waits = True, 0
            elif DECISION_MARKER.match(moved["resolved"]):
                self.resolved_next = True  # "… seconded by the Vice-Chairman and RESOLVED:" then what it resolved
        elif (_MOVED_LINE.match(text) or _MOVED_LINE.match((sentences(text) or [""])[-1].strip())) and not nominees:
            # the paragraph's last sentence may be the moving ("… no objections. The Minutes were proposed by …", Hart)
            self.moved_and = True  # "Moved by … – Seconded by …" then "RESOLVED that …", a sentence of narrative
            self.moved_waits = 1  # between them at most

    def _roll_call(self, text: str) -> bool:
        """A line of a roll-call table flattened column by column (``_ROLL_COLUMN``): two header lines or more in
        a row, then a member to a line. True when the line was the table's."""
        columns, self.roll_columns = self.roll_columns, []
        if column := _roll_column(text):
            self.roll, self.roll_columns = None, [*columns, column]
            return False
        if self.roll is None and len(columns) >= 2 and len(set(columns)) == len(columns) and _NAME_LINE.match(text):
            self.roll = self._roll_drafts(columns)
        if self.roll is None or not _NAME_LINE.match(text):
            self.roll = None
            return False
        person = person_named(text.strip(" .,;"))
        column, draft = self.roll.cast(person)
        if draft is None:
            self.not_voting.add(self.raw)
        else:
            draft.vote.casts.append(VoteCast(person=person, option="for" if column in _PROPOSITIONS else column))
        return True

    def _roll_drafts(self, columns: list[str]) -> _RollCall:
        """The votes a roll-call table's columns cast in: one per motion or amendment, one for the options."""
        drafts: dict[str, _Draft] = {}
        options: _Draft | None = None
        for column in columns:
            if column in _PROPOSITIONS:
                drafts[column] = self._new()
            elif column != "absent":
                options = options or self._new()
                drafts[column] = options
        for draft in drafts.values():
            draft.vote.recorded = True
        self.current = None
        return _RollCall(columns, drafts)

    def _moved_then_resolved(self, resolved: str) -> None:
        """ "… seconded, and Council RESOLVED that:" then the resolution on the next line (it waits for it), or
        "… and Council RESOLVED that …" on the same line (the vote on it, carried)."""
        if (marker := DECISION_MARKER.match(resolved)) is None:
            return
        if _OPEN_RESOLUTION.match(marker["text"]):
            self.resolved_next = True
        else:
            self._resolved_as_moved(marker["text"].strip())

    def _resolved_accordingly(self, before: str) -> None:
        """A motion moved and seconded "and it was RESOLVED accordingly": the vote on it, which carried; its words
        are the paragraph's ("“Councillor Stewart Gardner be and is hereby appointed Vice-Chairman …" under "It was
        moved by Councillor Greenhalgh and seconded by Councillor Siddall that:"), or what the paragraph says was
        moved ("Councillor A McKeown moved a vote of thanks to Councillor Ollie Cross, the retiring Mayor.
        Councillor Siddall seconded the motion and it was RESOLVED accordingly.", High Peak)."""
        if _MOVES.search(before):
            moved = _MOVED_OBJECT.search(before)
            motion = moved["what"] if moved else None
        else:
            motion = before.strip(" “”\"'‘’") or None
        self._new().vote.outcome = "carried"
        self.current.vote.motion = motion
        self.current = None

    def _resolved_as_moved(self, resolution: str) -> None:
        """A resolution the minutes join to the motion moved and seconded ("… seconded by Councillor Gruen and
        RESOLVED- That …"): the vote on it, which carried."""
        self._new().vote.outcome = "carried"
        self.current.vote.motion = resolution
        self.current = None

    def _named(self, heading: _Heading) -> None:
        option = heading.option
        draft = self.current
        summarised, self.summarised = self.summarised, None
        if draft is None or option in draft.listed_options or heading.nominee:
            draft = self._new()
            if summarised is not None and summarised in self.drafts:  # the division is the vote it summarised
                self.drafts.remove(summarised)
                draft.summary_outcome = summarised.vote.outcome
        draft.vote.recorded = True
        if draft.vote.motion is None:
            draft.vote.motion = self._motion_from(heading.what)
        draft.listed_options.add(option)
        draft.subject = draft.subject or heading.what
        draft.nominee = draft.nominee or heading.nominee
        if heading.count is not None:
            draft.listed_counts[option] = heading.count
        if heading.names:
            self._add_names(draft, option, heading.names)
            self.listing = option if self.unfinished else None
            self.listed = option
        else:
            self.pending = option

    def _stated(self, statement: _Statement, resolution: str | None = None) -> None:
        """A counted or outcome statement: a vote of its own, or the outcome of the tally just read. A
        statement printed right after a RESOLVED paragraph ("RESOLVED: That permission be granted …" then
        "Voting: 11 – For 0 – Against") is the vote on that resolution, which carried."""
        draft = self.current
        counted = (statement.votes_for, statement.votes_against, statement.abstentions) != (None, None, None)
        follows, self.tally_follows = self.tally_follows, None
        if follows is not None and follows is draft and counted and statement.outcome is None:
            draft.vote.votes_for, draft.vote.votes_against, draft.vote.abstentions = (
                statement.votes_for, statement.votes_against, statement.abstentions)
            return  # "The proposal was carried, with voting as follows:" then "In Favour 6 Against 0 …"
        if draft is not None and draft.stated and not counted and draft.vote.outcome is None:
            draft.vote.outcome = statement.outcome  # "For: 35 Against: 0" then "The motion was carried."
        else:
            if draft is None or draft.stated:
                draft = self._new()
            draft.stated = True
            draft.vote.votes_for, draft.vote.votes_against, draft.vote.abstentions = (
                statement.votes_for, statement.votes_against, statement.abstentions)
            draft.vote.outcome = statement.outcome
        vote = draft.vote
        if vote.motion is None and resolution is not None:
            vote.motion = resolution
        if vote.motion is None and statement.speaks_of_motion and self.quoted_motion:
            vote.motion, self.quoted_motion = self.quoted_motion, None

    def _table_row(self, cells: list[str]) -> bool:
        """One row of a vote table in the minutes: "| Councillor | Vote |" rows ("| Cllr A | For |"), a column
        per option ("| For | Against | Abstain |", a name per cell), or an option, its names and count
        ("| For | A, B and C | 3 |"). False for a row of any other table."""
        filled = [cell for cell in cells if cell]
        labels = [cell.lower() for cell in filled]
        if not filled:
            return True  # a Markdown rule ("|---|---|") or an empty row
        if all(label in _TABLE_HEADER_WORDS for label in labels) and {"vote", "votes"} & set(labels):
            self.table = None  # "| Councillor | Vote |": the rows that follow open the vote
            return True
        if len(filled) > 1 and all(label in _TABLE_OPTIONS for label in labels):
            self.columns = [_TABLE_OPTIONS.get(cell.lower()) for cell in cells]
            self.table = self._new()
            self.table.vote.recorded = True
            return True
        if self.columns and self.table is not None:
            for option, cell in zip(self.columns, cells, strict=False):
                if option and cell:
                    self._add_names(self.table, option, cell)
            return True
        first, last = labels[0], labels[-1]
        if first in _TABLE_OPTIONS and len(filled) > 1:  # option | names | count
            self._named(_Heading(_TABLE_OPTIONS[first], "", " ".join(filled[1:])))
            self.pending = None
            return True
        if len(filled) in (2, 3) and (last in _TABLE_OPTIONS or last in _NOT_VOTING):  # councillor | vote
            if self.table is None:
                self.table = self._new()
                self.table.vote.recorded = True
            if last in _TABLE_OPTIONS:
                name = filled[0][:-len(last)].rstrip() if first.endswith(last) and len(first) > len(last) else filled[0]
                self.table.vote.casts.append(VoteCast(person=person_named(name), option=_TABLE_OPTIONS[last]))
            return True
        return False

    def _names_to_come(self, option: str) -> bool:
        """The list's label counted more voters than it has named so far ("For (51)", then a name to a line):
        a line of one surname goes on the list until the count is reached."""
        draft = self.current
        count = draft.listed_counts.get(option) if draft is not None else None
        return count is not None and sum(cast.option == option for cast in draft.vote.casts) < count

    def _count_alone(self, heading: _Heading) -> None:
        """"Abstain 0" under a division's named lists ("For 13" / "Councillors …" / "Against 33" / "Councillors …",
        Telford and Wrekin), no names after it: that option's count, nobody being named under it."""
        draft = self.current
        if draft is not None and not draft.stated and draft.listed_options and heading.option != "absent" \
                and heading.option not in draft.listed_options:
            draft.listed_counts.setdefault(heading.option, heading.count or 0)

    def _division_count(self, text: str) -> bool:
        """"(c) Abstentions – 0" in a division whose other options listed names: that option's count, printed
        alone because nobody is named under it."""
        draft = self.current
        text = _LIST_MARKER.sub("", " ".join(text.split()))
        if draft is None or draft.stated or not draft.listed_options or not _TALLY_LINE.match(text):
            return False
        pair = _LABEL_PAIR.search(text)
        label = " ".join(pair["label"].lower().split())
        option = "for" if label in ("for", "in favour") else "against" if label == "against" else "abstain"
        if option in draft.listed_options or option in draft.listed_counts:
            return False
        draft.listed_counts[option] = _number(pair["n"])
        return True

    def _awaits_tally_outcome(self) -> bool:
        """The paragraph just read counted a vote without stating its outcome."""
        draft = self.current
        return draft is not None and draft.stated and draft.vote.outcome is None and (
            draft.vote.votes_for is not None or draft.vote.votes_against is not None)

    @staticmethod
    def _awaits_outcome(draft: _Draft | None) -> bool:
        """A division just listed by name whose result no sentence has stated."""
        return draft is not None and bool(draft.listed_options) and not draft.stated and draft.vote.outcome is None

    @staticmethod
    def _resolved_after_division(draft: _Draft, resolution: str) -> None:
        """The resolution printed right after a named division is what the division decided: the motion
        carried ("RESOLVED – That Councillor Harker be appointed …"), unless it rejects the motion voted on
        ("The Council resolved:- to reject the procedural motion")."""
        rejects = bool(_REJECTS_MOTION.match(resolution))
        counts = draft.listed_counts
        fewer_for = (draft.vote.votes_for or 0) < (draft.vote.votes_against or 0)  # a tally the page counted
        if not rejects and (counts.get("for", 0) < counts.get("against", 0) or fewer_for
                            or _leaves_amendment(draft, resolution)):
            return  # the division lost, or was on an amendment the resolution does not speak of: no outcome
        draft.vote.outcome = "lost" if rejects else "carried"
        if draft.vote.motion is None and not _ADOPTS_MOTION.match(resolution) and not rejects:
            draft.vote.motion = resolution

    def _new(self) -> _Draft:
        self.summarised = None
        draft = _Draft(Vote())
        self.drafts.append(draft)
        self.current = draft
        return draft

    def _motion_from(self, what: str) -> str | None:
        what = " ".join(what.split()).strip(" :-–")
        if not what or _REFERENCE_ONLY.match(what):
            motion, self.quoted_motion = self.quoted_motion, None
            return motion
        return what

    def _add_names(self, draft: _Draft, option: str, text: str) -> None:
        self.unfinished = bool(_UNFINISHED.search(text))
        self.closed = text.rstrip().endswith(".")
        if count_line := _COUNT_LINE.match(text):  # the count printed under a list of names
            draft.listed_counts.setdefault(option, int(count_line["count"]))
            return
        people, count = names_and_count(text)
        if option == "absent":  # read so the division stays whole; no option of the vote
            return
        draft.vote.casts.extend(VoteCast(person=person, option=option) for person in people)
        if count is not None:
            draft.listed_counts[option] = count


# "… and it was RESOLVED accordingly." ending the paragraph of a motion moved and seconded, or the paragraph after
# one: the motion carried (High Peak).
_PROPOSITIONS = ("motion", "amendment")
_RESOLVED_ACCORDINGLY = re.compile(r",?\s+and\s+(?:it\s+was\s+)?(?:RESOLVED|[Rr]esolved)\s+accordingly\.?\s*$")
_MOVES = re.compile(r"\b(?:moved|proposed|seconded)\b", re.IGNORECASE)
# What a member moved, in their own sentence: "Councillor A McKeown moved a vote of thanks to Councillor Ollie Cross,
# the retiring Mayor."
_MOVED_OBJECT = re.compile(r"\b(?:moved|proposed)\s+(?P<what>(?:a|an|the)\s+[^.;]+?)\s*(?:[.;]|$)")


# A paragraph asking for the vote just stated to be recorded ("A recorded vote was asked for by at least five
# Members under Procedure Rule 4.13.5."): the named division that follows is that vote, so a sentence that stated
# only its outcome before ("This was seconded by Cllr Daws put to the vote and lost.", Teignbridge) is no vote of
# its own. A named vote said to be "taken on the Motion" after another was agreed (Durham) is a vote of its own.
_RECORDED_VOTE_CALLED = re.compile(
    r"\b(?:recorded|named)\s+(?:vote|division)\s+(?:was|were|had\s+been)\s+(?:asked\s+for|requested|called\s+for|"
    r"demanded)\b|\b(?:asked\s+for|requested|called\s+for|demanded)\s+(?:a\s+)?(?:recorded|named)\s+(?:vote|division)\b",
    re.IGNORECASE)


# A line of a recorded vote: its heading, or one of its lists ("For Cllr Radford: Cllrs …", "No Vote: …").
_VOTE_ROLL_LINE = re.compile(r"^(?:recorded|named)\s+(?:vote|division)\b"
                             r"|^(?:for|against|abstain\w*|absent|no\s+vote|not\s+voted)\b[^:]{0,40}:", re.IGNORECASE)


def _outcome_only(draft: _Draft) -> bool:
    """A vote stating its outcome and nothing else: no count, no name, no motion."""
    vote = draft.vote
    return vote.outcome is not None and not vote.casts and vote.motion is None and not draft.listed_counts \
        and (vote.votes_for, vote.votes_against, vote.abstentions) == (None, None, None)


@dataclass(frozen=True)
class _Heading:
    """A named list's heading: the option, what was voted on, names on the same line, the count it prints,
    and whether it stands alone on its line (its names then follow on the next)."""

    option: str
    what: str
    names: str
    count: int | None = None
    bare: bool = False
    nominee: str = ""  # the nominee a list under "For Cllr Clarance:" votes for, as printed


def named_heading(text: str) -> tuple[str, str, str] | None:
    """"There voted for the Minutes being a correct record:" → ("for", "the Minutes being a correct record",
    ""); "Against: Councillors A and B" → ("against", "", "Councillors A and B"); otherwise None.

    A short label followed by a bare number ("For: 35") is a count, not a heading; "Abstentions: None" is a
    heading listing nobody. A label alone on its line is a heading only when it says what was voted on or
    counts it ("For the Motion", "For (23)"). Members absent from a division are no option of the vote.
    """
    heading = _heading(text)
    if heading is None or heading.option == "absent":
        return None
    return heading.option, heading.what, heading.names


def list_label(text: str) -> tuple[str, str, int | None] | None:
    """A named list's label with what it lists: "Against (12): Bob Baker, Eve Ellis" → ("against", "Bob
    Baker, Eve Ellis", 12); "For (3)" → ("for", "", 3); "For the Motion" → ("for", "", None); otherwise None
    (members absent from a division are no option of the vote)."""
    heading = _heading(text)
    if heading is None or heading.option == "absent":
        return None
    return heading.option, heading.names, heading.count


def _heading(text: str) -> _Heading | None:
    match = _NAMED_HEADING.match(text) or _SHORT_HEADING.match(text)
    if not match:
        return _nominee_list(text)
    option = next(name for name in ("for", "against", "abstain", "absent") if match.groupdict().get(name))
    names = (match["names"] or "").strip()
    what = (match["what"] or "").strip()
    if match.re is _NAMED_HEADING:
        return _Heading(option, what, names)
    bare = not match["separator"]
    count = match["count"] or match["dash_count"] or match["alone_count"]  # "For 13", the names below (Telford)
    if what and match["reference"]:
        what = f"{what} ({match['reference']})"  # "For recommendation (4) – 38": the reference is the motion's
    if match["dash_count"] and not what:
        return None  # "For – 38" alone is a count ("For: 35"), the tally's to read
    if (bare and not (what or count)) or re.fullmatch(r"\d+\W*", names) or _LABELLED_RUN.search(text):
        return None
    return _Heading(option, what, names, int(count) if count else None, bare)


def _settle_elections(drafts: list[_Draft]) -> None:
    """An election's lists, one per nominee, and the resolution printed right before or after them electing one
    ("RESOLVED that Cllr Clarance be elected Chair …"): that nominee's vote is the resolution, carried; the other
    nominees' votes lost. Without such a resolution (a copy cut short) no vote has an outcome."""
    runs: list[tuple[int, int]] = []
    for index, draft in enumerate(drafts):
        if draft.nominee and runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        elif draft.nominee:
            runs.append((index, index + 1))
    for start, end in reversed(runs):  # from the last, so a resolution taken out moves no run still to settle
        _settle_election(drafts, start, end)


def _settle_election(drafts: list[_Draft], start: int, end: int) -> None:
    """Settles the election of ``drafts[start:end]`` by the carried resolution next to it, taken out of the drafts
    (it is the elected nominee's vote)."""
    election = drafts[start:end]
    for index in (end, start - 1):
        resolution = drafts[index].vote if 0 <= index < len(drafts) else None
        if resolution is None or resolution.outcome != "carried" or resolution.casts or not resolution.motion:
            continue
        elected = [draft for draft in election if _elects_nominee(resolution.motion, draft.nominee)]
        if len(elected) != 1:
            continue
        for draft in election:
            draft.vote.outcome = draft.vote.outcome or ("carried" if draft is elected[0] else "lost")
        elected[0].vote.motion = resolution.motion
        del drafts[index]
        return


def _elects_nominee(resolution: str, nominee: str) -> bool:
    """``_elects``, the nominee printed in capitals ("FOR COUNCILLOR MRS BERRY") or not."""
    return _elects(resolution, nominee) or _elects(resolution.upper(), nominee.upper())


def _nominee_list(text: str) -> _Heading | None:
    """ "For Cllr Clarance: Cllrs Atkins, … Wrigley    Total 32" → the "for" list of the vote on that nomination,
    its label the motion as printed ("For Cllr Clarance"); the names may follow on the next line under a titled
    nominee only ("For Councillor Cowan:"), an untitled label ("For information:") being no nominee."""
    match = _NOMINEE_LIST.match(" ".join(text.split()))
    if match is None:
        return None
    names = match["names"].strip()
    listed = bool(names) and (looks_like_names(names) or _is_surname_list(names))
    if not (listed or (not names and match["title"])):
        return None
    return _Heading("for", match["label"], names, nominee=match["label"].split(maxsplit=1)[1])


def names_and_count(text: str) -> tuple[list[Person], int | None]:
    """"Councillors Anderson, Bains … and Walsh ......... 24" → the people and the printed count (24).

    Dot leaders are removed; a number after them (or at the very end, in brackets or after a space) is the
    count printed for the option. "None" lists nobody.
    """
    text = " ".join(_restore_lost_commas(text).split())
    count = None
    leaders = list(_DOT_LEADER.finditer(text))
    if leaders:
        names_text, rest = text[:leaders[-1].start()], text[leaders[-1].end():].strip(" ()")
        count = int(rest) if rest.isdigit() else None
    elif trailing := _TRAILING_COUNT.search(text):
        names_text, count = text[:trailing.start()], int(trailing["count"])
    elif text.strip("() ").isdigit():  # "16": a count cell alone, no name
        names_text, count = "", int(text.strip("() "))
    else:
        names_text = text
    names_text = _UNFINISHED.sub("", names_text).strip(" .;:")  # "Ellis, Fisher and" (the list goes on)
    names_text = _RUN_TOGETHER_NAMES.sub(r"\g<end>, ", names_text)  # "Tony BurlesJas Dhot": two names
    if not names_text or _NOBODY.match(names_text):
        return [], count
    # "Lord Provost; Depute Provost; and Councillors A, B and C": the offices apart, the rest one list (so a
    # plural "Councillors" before a semicolon still applies after it).
    parts = [re.sub(r"^and\s+", "", part.strip()).strip(" .,:") for part in names_text.split(";")]
    names_text = ", ".join(part for part in parts if part and not _OFFICE_ONLY.match(part))
    return [listed.person for listed in split_names(names_text) if _is_named(listed.person)], count


def _restore_lost_commas(text: str) -> str:
    """"Lian Pate, Asif Raja  Paul Reynolds, David Roper" → "…, Asif Raja, Paul Reynolds, …": an entry of two
    full names with a double space between them is two entries (see ``_FULL_NAME``)."""
    def entry(part: str) -> str:
        halves = re.split(r"\s{2,}", part.strip())
        if len(halves) == 2 and all(_FULL_NAME.fullmatch(half) for half in halves):
            return part.replace(part.strip(), ", ".join(halves))
        return part
    return ",".join(entry(part) for part in text.split(","))


# A list of names that may be surnames alone, as a list broken over lines goes on: "Ellis, Fisher and Green".
_LISTED_NAME = (r"(?:(?:Councillors?|Cllrs?|Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+"
                r"(?:\s+[A-Z][\w'’-]+)?")
_SURNAME_LIST = re.compile(
    rf"^{_LISTED_NAME}(?P<more>(?:\s*(?:,|\band\b|&)\s*{_LISTED_NAME})*)\s*(?:[.;]|,|,?\s+and)?$")
# Names whose separators a copy lost (a list's items run together: "Tony BurlesJas DhotElizabeth Garelick"): a
# surname of three letters or more that runs into the next name's capital; "McEwan", "MacDonald", "FitzGerald"
# stay whole (and end where they run into the next: "P. M. McDonaldSusan O'Brien").
_RUN_TOGETHER_NAMES = re.compile(
    r"(?P<end>\b(?:(?:Mc|Mac|Fitz|O['’])[A-Z][a-zà-ÿ'’]{2,}|(?!(?:Mac|Fitz)[A-Z])[A-Z][a-zà-ÿ'’]{2,}))"
    r"(?=[A-Z](?:[a-zà-ÿ]|\.|\s))")
_UNFINISHED = re.compile(r"(?:,|\s(?:and|&))\s*$")


def _is_surname_list(text: str, alone: bool = False) -> bool:
    """A line of names separated by commas ("Archer, Baker and Cooper"); with ``alone``, a single name too
    (the last one of a list broken over lines)."""
    found = _SURNAME_LIST.match(_TRAILING_COUNT.sub("", " ".join(text.split())).strip())
    return bool(found and (alone or found["more"]))


def looks_like_names(text: str) -> bool:
    """A line that is a list of names (or says nobody): "Councillors A and B", "Bob Baker, Alice Archer", "None";
    never a sentence or a title."""
    text = _TRAILING_COUNT.sub("", " ".join(text.split())).strip()
    return bool(_NOBODY.match(text) or _NAME_LIST.match(text) or _NAME_LINE.match(text))


def _row_cells(text: str) -> list[str] | None:
    """A table row's cells in their columns (empty ones kept); [] for a Markdown rule; None for a line that is
    no table row."""
    text = text.strip()
    if _RULE_ROW.match(text):
        return []
    if len(text) > 1 and text.startswith("|") and text.endswith("|"):
        return [cell.strip() for cell in text[1:-1].split("|")]
    if "\t" in text:
        return [cell.strip() for cell in text.split("\t")]
    return None


def _is_named(person: Person) -> bool:
    """A voter listed by a name: not an office alone ("The Mayor"), nor initials without a surname ("S Q", what
    is left of a name where a copy is cut off)."""
    words = person.name.replace(".", " ").split()
    return not _OFFICE_ONLY.match(person.name) and any(len(word) > 1 for word in words)


# --- counted and outcome statements ---------------------------------------------------------------------


def _leaves_amendment(draft: _Draft, resolution: str) -> bool:
    """A division on an amendment followed by a resolution that does not name it (the substantive motion
    resolved): the resolution is not the amendment's result."""
    subject = f"{draft.subject} {draft.vote.motion or ''}".lower()
    return "amendment" in subject and "amendment" not in resolution.lower()


def _states_result(text: str) -> bool:
    """A paragraph that states a vote's result or a resolution, never a list of names."""
    return bool(DECISION_MARKER.match(text) or _statements(text))


@functools.lru_cache(maxsize=4096)  # asked of a paragraph up to four times by ``feed``; its list is never changed
def _statements(text: str, resolved: bool = False, after_tally: bool = False) -> list[_Statement]:
    """The vote statements of one paragraph, sentence by sentence. ``resolved``: the paragraph carries a
    RESOLVED marker, so a count in it is the count of a motion that carried. ``after_tally``: the paragraph
    comes right after a count that states no outcome, so its first sentence saying what was voted on "was
    (not) agreed" states that outcome ("For: 26 / Against: 32" then "The change was not agreed")."""
    found: list[_Statement] = []
    for index, sentence in enumerate(sentences(text)):
        if index == 0 and after_tally and not _counted(sentence) and _PASSIVE_OUTCOME.search(sentence):
            found.append(_Statement(None, None, None, _outcome_near(sentence, len(sentence)), False))
            continue
        if index == 0 and after_tally and _ELECTED_AFTER_VOTE.search(sentence):
            found.append(_Statement(None, None, None, "carried", False))  # the nominee the vote was on: elected
            continue
        counted = _counted(sentence)
        # "A vote was taken and it was RESOLVED UNANIMOUSLY" (Brentwood): the marker inside the sentence resolves it
        resolves = resolved or _RESOLVED_WITHIN.search(sentence) is not None
        for start, counts in counted:
            outcome = _outcome_near(sentence, start) or ("carried" if resolves else None)
            found.append(_Statement(*counts, outcome, bool(_SPEAKS_OF_MOTION.search(sentence))))
        if counted:
            continue
        outcome = _outcome_near(sentence, len(sentence)) or ("carried" if resolves else None)
        if outcome and (_UNANIMOUS.search(sentence) or _MOTION_OUTCOME.search(sentence)):
            found.append(_Statement(None, None, None, outcome, bool(_SPEAKS_OF_MOTION.search(sentence))))
    return found


_RESOLVED_WITHIN = re.compile(r"\b(?:it\s+was|and)\s+RESOLVED\b")  # in capitals, after the vote's words


def _counted(sentence: str) -> list[tuple[int, tuple[int | None, int | None, int | None]]]:
    """(position, (for, against, abstain)) of each counted statement in the sentence."""
    found = []
    if not _DIGIT.search(sentence) and not may_state(sentence, _NUMBER_WORDS):
        return found  # every count has a number (``_N``): most sentences have none
    taken: list[tuple[int, int]] = []
    for match in _BY_VOTES.finditer(sentence):
        abstain = _number(match["abstain"]) if match["abstain"] else None
        first, second = _number(match["first"]), _number(match["second"] or match["second_bare"])
        if (not match["for_label"] and not match["against_label"] and first > second
                and _outcome_near(sentence, match.end()) == "lost"):
            first, second = second, first  # "lost by 47 votes to 17": the larger side voted against
        found.append((match.start(), (first, second, abstain)))
        taken.append(match.span())
    if favour := _FAVOUR_OF_COUNT.match(sentence):  # "In favour of Councillor David Andrews being elected … – 6 votes."
        found.append((favour.start(), (_number(favour["n"]), None, None)))
        taken.append(favour.span())
    for run_pattern, pair in ((_LABELLED_RUN, _LABEL_PAIR), (_COUNTED_RUN, _COUNT_PAIR)):
        for run in run_pattern.finditer(sentence):
            if any(start < run.end() and run.start() < end for start, end in taken):
                continue
            counts = _labelled_counts(run.group(0), pair)
            if counts is not None:
                found.append((run.start(), counts))
                taken.append(run.span())
    return sorted(found)


_DIGIT = re.compile(r"\d")
# One of these is in every match of _LOST and _CARRIED ("not carried" holds "carried").
_OUTCOME_WORDS = ("lost", "fell", "rejected", "defeated", "carried", "agreed", "approved", "adopted", "passed",
                  "declared", "accepted")
_NUMBER_WORDS = tuple(NUMBER_WORDS)


def _labelled_counts(run: str, pair: re.Pattern[str]) -> tuple[int | None, int | None, int | None] | None:
    counts: dict[str, int] = {}
    for match in pair.finditer(run):
        label = " ".join(match["label"].lower().split())
        option = "for" if label in ("for", "in favour") else "against" if label == "against" else "abstain"
        if option in counts:
            return None  # the same option twice is not one vote's tally
        counts[option] = _number(match["n"])
    if "for" not in counts and "against" not in counts:
        return None
    return counts.get("for"), counts.get("against"), counts.get("abstain")


def _number(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else NUMBER_WORDS[text]


def _outcome_near(sentence: str, position: int) -> str | None:
    """The outcome word nearest before ``position`` in the sentence, else the nearest after it."""
    if not may_state(sentence, _OUTCOME_WORDS):
        return None
    lost = list(_LOST.finditer(sentence))  # one scan for the words and their spans
    words = [(m.start(), "lost") for m in lost]
    lost_spans = [m.span() for m in lost]
    words += [(m.start(), "carried") for m in _CARRIED.finditer(sentence)
              if not any(start <= m.start() < end for start, end in lost_spans)]
    if not words:
        return None
    before = [word for word in words if word[0] < position]
    if before:
        return max(before)[1]
    return min(words)[1]
