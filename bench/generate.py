"""Seeded generator of realistic council records for the benchmarks: ``python bench/generate.py --triples N --out DIR``.

It writes what ``publisher ingest DIR`` reads, in the forms a harvest leaves on disk:

- ``{council}/committees.xml``: the web service's GetCommittees response;
- ``{council}/councillors.xml``: GetCouncillorsByWard, every ward's councillors with party and terms of office
  (the people, and their memberships of the council);
- ``{council}/meetings/{year}/{MId}.txt``: the meeting page ("Agenda, decisions and minutes") as page text,
  one per committee per month: attendance and apologies, declarations of interest, the previous minutes
  approved, reports with linked documents, minutes text, RESOLVED decisions and votes (counted, and for some
  named per option);

each with its ``NAME.source.txt`` sidecar (the source URL and the council), as ``publisher fetch`` writes them.

The same ``--seed`` gives the same bytes. ``--triples`` is a target: the generator adds councils, committees
and months until its estimate of the triples the records map to reaches it (the estimate per meeting was
measured on these records; the real count is what ``publisher ingest`` prints).
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

# Measured: ``publisher ingest`` of generated data, triples landed / records (see bench/README.md).
TRIPLES_PER_REPORT = 60  # a report item: minutes, documents, motion, decision, vote (named lists for some)
TRIPLES_PER_MEETING = 192  # the meeting with attendance, apologies, declaration, previous minutes, provenance
TRIPLES_PER_COUNCILLOR = 20  # person, membership of the council, ward, party
TRIPLES_PER_COMMITTEE = 11
REFERENCE_TRIPLES = 5_500  # the council register and our vocabulary, in every store
COMMITTEES_PER_COUNCIL = 10
WARDS_PER_COUNCIL = 20
COUNCILLORS_PER_WARD = 3
FIRST_YEAR = 2016

FIRST_NAMES = (
    "Amy", "Ben", "Carl", "Dee", "Eve", "Fran", "Gail", "Hugh", "Ian", "Jane", "Kay", "Liam", "Mary", "Neil",
    "Olga", "Paul", "Rita", "Sam", "Tina", "Umar", "Vera", "Will", "Yusuf", "Zara", "Aisha", "Brian", "Chloe",
    "David", "Emma", "Fiona", "George", "Helen", "Imran", "Joan", "Kevin", "Laura", "Mohammed", "Nadia",
    "Oliver", "Priya", "Quentin", "Rachel", "Simon", "Tom", "Una", "Victor", "Wendy",
)
SURNAMES = (
    "Adams", "Bailey", "Carter", "Davies", "Evans", "Fox", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis",
    "Morris", "Nash", "O'Brien", "Patel", "Quinn", "Roberts", "Smith", "Taylor", "Usher", "Vaughan", "Walker",
    "Young", "Ahmed", "Brown", "Clarke", "Dixon", "Ellis", "Foster", "Gray", "Hall", "Ingram", "Jackson",
    "Kelly", "Lee", "Mills", "Norton", "Owen", "Parker", "Reid", "Shaw", "Turner", "Wood", "Wright",
)
PARTIES = ("Labour", "Conservative", "Liberal Democrat", "Green Party", "Independent")
COMMITTEES = ("Full Council", "Cabinet", "Planning Committee", "Licensing Committee", "Audit Committee",
              "Children and Families Scrutiny Committee", "Communities and Transport Scrutiny Committee",
              "Health and Wellbeing Board", "Economy and Regeneration Scrutiny Committee",
              "Standards Committee", "Corporate Resource Management Scrutiny Committee",
              "Adult Care and Health Scrutiny Committee")
WARD_WORDS = ("North", "South", "East", "West", "Central", "Park", "Hill", "Green", "Bridge", "Moor", "Vale",
              "Heath", "Brook", "Castle", "Abbey", "Mill", "Marsh", "Wood", "Cross", "Lane")
VENUES = ("Committee Room 1, Town Hall", "Council Chamber, Town Hall", "Committee Room 2, Civic Centre",
          "The Assembly Room, Town Hall")
OFFICERS = ("Director of Place", "Head of Planning", "Chief Finance Officer", "Director of Adult Social Care",
            "Head of Democratic Services", "Director of Children's Services", "Head of Highways",
            "Service Director for Communities")
TOPICS = ("the local transport plan", "air quality in the town centre", "the housing delivery test",
          "the revenue budget monitoring position", "school place planning", "the community safety plan",
          "the parks and green spaces strategy", "the capital programme", "fly-tipping enforcement",
          "the annual internal audit opinion", "the homelessness prevention strategy", "winter gritting",
          "the library service review", "the local plan consultation", "the treasury management strategy",
          "the corporate risk register", "youth services provision", "flood risk management")
FINDINGS = ("Members asked about the timetable for delivery and were told that the first phase would start in "
            "the spring.", "The officer explained that the figures reflected the position at the end of the "
            "third quarter.", "Members welcomed the report and asked that progress be reported back in six "
            "months.", "Concern was expressed about the impact on residents in the outlying wards.",
            "It was noted that the proposals had been the subject of public consultation over eight weeks.",
            "In response to a question, the officer confirmed that the costs would be met from existing "
            "budgets.", "Members discussed the risks set out in the report and the measures to reduce them.",
            "The Chair thanked the officers for a clear and thorough report.")
RESOLUTIONS = ("the report be noted", "the recommendations set out in the report be approved",
               "the strategy be adopted and published", "a further report be brought to a future meeting",
               "the Director be authorised to proceed with the procurement", "the comments of the Committee be "
               "forwarded to the Cabinet Member", "the proposed fees and charges be approved")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class Councillor:
    name: str
    ward: str
    party: str
    uid: int


@dataclass
class Council:
    slug: str
    host: str
    councillors: list[Councillor] = field(default_factory=list)
    committees: list[tuple[int, str]] = field(default_factory=list)  # (CId, title)


def estimate(meetings: int, reports: int, councillors: int, committees: int) -> int:
    return (REFERENCE_TRIPLES + meetings * TRIPLES_PER_MEETING + reports * TRIPLES_PER_REPORT
            + councillors * TRIPLES_PER_COUNCILLOR + committees * TRIPLES_PER_COMMITTEE)


def pick_councils(count: int) -> list[str]:
    """English councils from the register, in a fixed order (the register is part of the project)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from publisher.councils import load_register

    slugs = sorted(c.slug for c in load_register().councils if c.nation == "England" and not c.end_date)
    if count > len(slugs):
        raise SystemExit(f"at most {len(slugs)} councils: ask for fewer triples")
    return slugs[:count]


def make_council(slug: str, rng: random.Random) -> Council:
    council = Council(slug, f"democracy.{slug}.example.gov.uk")
    names: set[str] = set()
    uid = 1000
    for w in range(WARDS_PER_COUNCIL):
        ward = f"{WARD_WORDS[w % len(WARD_WORDS)]} {rng.choice(SURNAMES).replace(chr(39), '')}field"
        for _ in range(COUNCILLORS_PER_WARD):
            while (name := f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}") in names:
                pass
            names.add(name)
            uid += 1
            council.councillors.append(Councillor(name, ward, rng.choice(PARTIES), uid))
    titles = rng.sample(COMMITTEES, COMMITTEES_PER_COUNCIL)
    council.committees = [(300 + n, title) for n, title in enumerate(titles)]
    return council


def sidecar(path: Path, url: str, council: str, what: str) -> None:
    path.with_name(path.name.rsplit(".", 1)[0] + ".source.txt").write_text(
        f"Record: {path.name}\nSource URL: {url}\nCouncil: {council}\nWhat: {what}\n"
        f"Generated by bench/generate.py (synthetic data for benchmarks).\n", encoding="utf-8")


def write_committees(council: Council, folder: Path) -> None:
    rows = "".join(f"  <committee>\n    <committeeid>{cid}</committeeid>\n    <committeetitle>{escape(title)}"
                   f"</committeetitle>\n    <committeedeleted>False</committeedeleted>\n    <committeeexpired>"
                   f"False</committeeexpired>\n  </committee>\n" for cid, title in council.committees)
    path = folder / "committees.xml"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<committees>\n{rows}</committees>\n', encoding="utf-8")
    sidecar(path, f"https://{council.host}/mgWebService.asmx/GetCommittees", council.slug, "GetCommittees")


def write_councillors(council: Council, folder: Path) -> None:
    wards: dict[str, list[Councillor]] = {}
    for person in council.councillors:
        wards.setdefault(person.ward, []).append(person)
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<councillorsbyward>\n<wards>\n']
    for ward, people in wards.items():
        out.append(f"<ward>\n<wardtitle>{escape(ward)}</wardtitle>\n<councillors>\n")
        for person in people:
            start = date(FIRST_YEAR - 2 + person.uid % 3, 5, 5 + person.uid % 3)
            out.append(f"<councillor>\n<councillorid>{person.uid}</councillorid>\n<fullusername>Councillor "
                       f"{escape(person.name)}</fullusername>\n<politicalpartytitle>{person.party}"
                       f"</politicalpartytitle>\n<keyposts></keyposts>\n<termsofoffice>\n<termofoffice>\n"
                       f"<startdate>{start:%d/%m/%Y}</startdate>\n<enddate></enddate>\n</termofoffice>\n"
                       f"</termsofoffice>\n</councillor>\n")
        out.append("</councillors>\n</ward>\n")
    out.append("</wards>\n</councillorsbyward>\n")
    path = folder / "councillors.xml"
    path.write_text("".join(out), encoding="utf-8")
    sidecar(path, f"https://{council.host}/mgWebService.asmx/GetCouncillorsByWard", council.slug,
            "GetCouncillorsByWard")


def names_phrase(people: list[Councillor]) -> str:
    names = [p.name for p in people]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return ("Councillor " if len(names) == 1 else "Councillors ") + listed


def meeting_page(council: Council, committee: str, day: date, rng: random.Random, reports: int) -> str:
    """One meeting page, in the text form the meeting page reader takes."""
    members = rng.sample(council.councillors, 9)
    present, apologies = members[:7], members[7:]
    hour = rng.choice(("2.00 p.m.", "6.00 p.m.", "6.30 p.m.", "10.00 a.m."))
    previous = day - timedelta(days=28)
    lines = ["Agenda, decisions and minutes", "",
             f"{committee} - {WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} {hour}", "",
             f"Venue: {rng.choice(VENUES)}. View directions", "", "Contact: Democratic Services", "",
             "Items", "No. Item", "",
             "1.", "", "Apologies for absence", "", "Minutes:", "",
             f"Present: {names_phrase(present)}.", "",
             f"Apologies for absence were received from {names_phrase(apologies)}.", "",
             "2.", "", "Declarations of interest", "", "Minutes:", "",
             f"Councillor {present[1].name} declared a personal interest in item 4 as a member of the "
             f"{present[1].ward} Community Association.", "",
             "3.", "", f"Minutes of the previous meeting pdf icon PDF {rng.randint(90, 400)} KB", "",
             f"To approve the minutes of the meeting held on {previous.day} {MONTHS[previous.month - 1]} "
             f"{previous.year}.", "", "Minutes:", "",
             f"RESOLVED – That the minutes of the meeting held on {previous.day} {MONTHS[previous.month - 1]} "
             f"{previous.year} be approved as a correct record.", ""]
    for n in range(4, 4 + reports):
        lines += report_item(n, present, rng)
    return "\n".join(lines) + "\n"


def report_item(number: int, present: list[Councillor], rng: random.Random) -> list[str]:
    topic, officer = rng.choice(TOPICS), rng.choice(OFFICERS)
    mover, seconder = rng.sample(present, 2)
    favour = rng.randint(4, len(present))
    lines = [f"{number}.", "", f"{topic[0].upper()}{topic[1:]} pdf icon PDF {rng.randint(100, 900)} KB", "",
             f"To consider the report of the {officer}.", "", "Additional documents:", "",
             f"· Appendix A - {topic} data pdf icon PDF {rng.randint(20, 300)} KB", "", "Minutes:", "",
             f"The Committee considered a report of the {officer} on {topic}. "
             + " ".join(rng.sample(FINDINGS, 3)), "",
             f"It was moved by Councillor {mover.name} and seconded by Councillor {seconder.name} that "
             f"{rng.choice(RESOLUTIONS)}.", ""]
    if rng.random() < 0.25:  # a recorded vote: named lists, counts printed after them
        order = rng.sample(present, len(present))
        ayes, noes = order[:favour], order[favour:]
        lines += [f"On being put to the vote the motion was carried by {len(ayes)} votes to {len(noes)}.", "",
                  "There voted for the motion:", "",
                  f"{names_phrase(ayes)} .......... {len(ayes)}", ""]
        if noes:
            lines += ["There voted against the motion:", "", f"{names_phrase(noes)} .......... {len(noes)}", ""]
    else:
        lines += [f"On being put to the vote the motion was carried by {favour} votes to "
                  f"{len(present) - favour}.", ""]
    lines += [f"RESOLVED – That {rng.choice(RESOLUTIONS)}.", ""]
    return lines


def write_meetings(council: Council, folder: Path, months: int, rng: random.Random) -> tuple[int, int]:
    meetings = reports_written = 0
    mid = 10_000
    for m in range(months):
        year, month = FIRST_YEAR + m // 12, m % 12 + 1
        for n, (cid, title) in enumerate(council.committees):
            mid += 1
            day = date(year, month, 2 + n * 2)
            day += timedelta(days=max(0, 7 - day.weekday()) if day.weekday() > 3 else 0)  # Monday to Thursday
            reports = rng.randint(3, 6)
            page = folder / "meetings" / str(year) / f"{mid}.txt"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(meeting_page(council, title, day, rng, reports), encoding="utf-8")
            sidecar(page, f"https://{council.host}/ieListDocuments.aspx?CId={cid}&MId={mid}&Ver=4", council.slug,
                    "meeting page (Agenda, decisions and minutes)")
            meetings += 1
            reports_written += reports
    return meetings, reports_written


def plan(triples: int) -> tuple[int, int]:
    """How many councils and months of meetings reach ``triples``: months first (up to ten years), then councils."""
    per_month = COMMITTEES_PER_COUNCIL * (TRIPLES_PER_MEETING + 4.5 * TRIPLES_PER_REPORT)
    fixed = (WARDS_PER_COUNCIL * COUNCILLORS_PER_WARD * TRIPLES_PER_COUNCILLOR
             + COMMITTEES_PER_COUNCIL * TRIPLES_PER_COMMITTEE)
    wanted = max(triples - REFERENCE_TRIPLES, 1)
    councils = max(1, round(wanted / (120 * per_month + fixed)))
    months = max(1, min(120, round((wanted / councils - fixed) / per_month)))
    return councils, months


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, required=True, help="about how many triples the records map to")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (must be empty or absent)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty")
    rng = random.Random(args.seed)
    councils, months = plan(args.triples)
    meetings = reports = people = 0
    for slug in pick_councils(councils):
        council = make_council(slug, rng)
        folder = args.out / slug
        folder.mkdir(parents=True, exist_ok=True)
        write_committees(council, folder)
        write_councillors(council, folder)
        found = write_meetings(council, folder, months, rng)
        meetings, reports, people = meetings + found[0], reports + found[1], people + len(council.councillors)
    print(f"{councils} councils, {months} months, {meetings} meetings, {reports} reports, {people} councillors: "
          f"about {estimate(meetings, reports, people, councils * COMMITTEES_PER_COUNCIL)} triples in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
