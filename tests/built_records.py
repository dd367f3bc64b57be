"""Records built by hand in the domain model, for tests that must not depend on a reader."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from publisher import model


def everything_record() -> model.Record:
    """One record that uses every field of the model, so the mapping emits every term it knows."""
    bailey = model.Person("Sheila Bailey", "Councillor", party="Liberal Democrat", ward="Heatons North",
                          source_id="123")
    taylor = model.Person("Emma Taylor", "Superintendent", model.Organisation("Greater Manchester Police"))
    stokes = model.Person("Jane Stokes", "Councillor")
    issue = model.Issue("Safer Stockport Partnership Priorities", "68785")
    item = model.AgendaItem(
        number="4.(i)", title="Safer Stockport Partnership Priorities", position=4, source_id="555",
        issue=issue,
        documents=[model.Document("Safer Stockport Partnership Priorities", "https://example.org/doc/1",
                                  "application/pdf", "107 KB", date(2017, 11, 24))],
        report_of=model.Post("Deputy Chief Executive"),
        purpose="The purpose of this report is to seek Members views.",
        recommendations=["Note the plans;", "Consider the priorities."],
        contact=model.Contact(model.Person("Peter Owston"), "Community Safety Manager", "0161 474 3274",
                              "peter.owston@stockport.gov.uk"),
        minutes="The report was considered.",
        participations=[
            model.Participation("submitted", post=model.Post("Corporate Director for Place Management")),
            model.Participation("attended", bailey, model.Post("Cabinet Member for Communities", bailey)),
            model.Participation("attended", taylor),
            model.Participation("moved", stokes),
            model.Participation("seconded", bailey),
        ],
        comments=["The police had ring-fenced resources to address a rise in burglary."],
        decisions=[model.Decision("That the report be noted.", "Recommendations Approved",
                                  date(2017, 12, 4), key_decision=False)],
        votes=[model.Vote("That the report be noted.", 2, 1, 1,
                          [model.VoteCast(bailey, "for"), model.VoteCast(stokes, "for"),
                           model.VoteCast(model.Person("Ann Long", "Councillor"), "against"),
                           model.VoteCast(model.Person("Ben Dale", "Councillor"), "abstain"),
                           model.VoteCast(model.Person("Cy Rao", "Councillor"), "conflict of interests")],
                          outcome="carried", recorded=True)],
    )
    meeting = model.Meeting(
        model.Committee("Communities & Transport Scrutiny Committee", "7", "Scrutiny Committees"),
        date(2017, 12, 4), datetime(2017, 12, 4, 18, 0, tzinfo=ZoneInfo("Europe/London")), "999",
        "Committee Room 2, Town Hall", "Confirmed", [item],
        attendances=[model.Attendance(bailey, "present", "Committee Member"),
                     model.Attendance(stokes, "apologies"),
                     model.Attendance(model.Person("Ann Long", "Councillor"), "substitute",
                                      substitute_for=model.Person("Tom Hill", "Councillor"))],
        declarations=[model.Declaration(stokes, "non-pecuniary", "As a member of the board.", "4.(i)", False)],
    )
    return model.Record(
        kind="issue-meetings", source_id="68785",
        source_url="https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=68785&Opt=3",
        issue=issue, meetings=[meeting],
        committees=[model.Committee("Cabinet", "1", "Executive")],
        memberships=[model.Membership(bailey, "Communities & Transport Scrutiny Committee", "Chair",
                                      date(2017, 5, 20), date(2018, 5, 19)),
                     model.Membership(stokes, "council", "Councillor", date(2016, 5, 5))],
    )
