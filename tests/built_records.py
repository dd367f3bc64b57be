"""Records built by hand in the domain model, for tests that must not depend on a reader."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from publisher import model


def everything_record() -> model.Record:
    """One record that uses every field of the model, so the mapping emits every term it knows."""
    bailey = model.Person("Sheila Bailey", "Councillor", party="Liberal Democrat", ward="Heatons North",
                          source_id="123")
    taylor = model.Person("Emma Taylor", "Superintendent", model.Organisation("Greater Manchester Police"),
                          post_nominals=("QPM",), nickname="Em")
    stokes = model.Person("Jane Stokes", "Councillor", printed="Councillor Stokes")
    issue = model.Issue(
        "Safer Stockport Partnership Priorities", "68785",
        summary="This report seeks endorsement of the Safer Stockport Partnership priorities.",
        decision_type="Key", key_decision=True, key_reason="Policy Framework & Budget",
        status="Recommendations Approved", wards=["All Wards", "Heatons North"],
        notice_published=date(2017, 11, 1),
        decisions_due=[model.DecisionDue(date(2017, 12, 11), "Cabinet"),
                       model.DecisionDue(date(2018, 1, 9), "Cabinet Member for Communities")],
        lead_member=model.Post("Cabinet Member for Communities"), lead_director=model.Post("Deputy Chief Executive"),
        department="Corporate and Support Services",
        contact=model.Contact(role="Legal and Governance", phone="0161 474 3014",
                              email="democratic.services@stockport.gov.uk", team="Democratic Services"),
        consultation="All partners contributed to the Strategic Intelligence Assessment.",
        forward_plan_ref="IN2", impact_assessment="Yes will be required.",
        call_in="Not applicable - referral to Council Meeting",
        documents=[model.Document("Safer Stockport Partnership Plan", "https://example.org/doc/2")],
        organisations=[model.Organisation("Safer Stockport Partnership")],
    )
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
        end=datetime(2017, 12, 4, 20, 30),  # naive: read as Europe/London
        contact=model.Contact(model.Person("Jonathan Vaughan"), "Democratic Services Officer", "0161 474 3207",
                              "jonathan.vaughan@stockport.gov.uk", "Democratic Services"),
    )
    meeting.attendances.append(model.Attendance(model.Person("Tom Hill", "Councillor"), "expected"))
    meeting.arrivals.append(model.ArrivalOrDeparture(bailey, "arrived during item 4.(i)", "4.(i)"))
    cabinet = model.Committee("Cabinet", "1", "Executive", expired=False, deleted=False)
    decision = model.Decision(
        "That the Safer Stockport Partnership Plan be approved.", "Recommendations Approved", date(2017, 12, 11),
        key_decision=True, title="Safer Stockport Partnership Plan", maker="Cabinet", subject_to_call_in=True,
        purpose="To approve the partnership plan.", reasons="The partnership must agree priorities each year.",
        alternatives="None.", conflicts="None declared.", wards=["All Wards"],
        report_author=model.Person("Peter Owston"),
        contact=model.Contact(role="Community Safety Unit", phone="0161 474 3274"),
        published=date(2017, 12, 13), effective_from=date(2017, 12, 21), recommend_to_council=False,
        meeting=model.MeetingRef(cabinet, date(2017, 12, 11)), issue=issue, source_id="26804",
        participations=[model.Participation("moved", bailey), model.Participation("seconded", stokes)],
        votes=[model.Vote("That the plan be approved.", 2, 0, 0,
                          [model.VoteCast(bailey, "for"), model.VoteCast(stokes, "for")], "carried", False)],
        documents=[model.Document("Decision notice", "https://example.org/doc/3", "application/pdf", "20 KB")],
    )
    return model.Record(
        kind="issue-meetings", source_id="68785",
        source_url="https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=68785&Opt=3",
        issue=issue, meetings=[meeting],
        committees=[cabinet],
        memberships=[model.Membership(bailey, "Communities & Transport Scrutiny Committee", "Chair",
                                      date(2017, 5, 20), date(2018, 5, 19)),
                     model.Membership(stokes, "council", "Councillor", date(2016, 5, 5))],
        decisions=[decision,
                   model.Decision("That the plan be noted.", date=date(2018, 1, 9),
                                  maker="Cabinet Member for Communities")],
        people=[model.Person("Ann Long", "Councillor", party="Labour", ward="Brinnington and Central",
                             source_id="456")],
        posts=[model.Post("Leader of the Council", holder=bailey)],
        items=[model.AgendaItem("", "Minutes - 19th May, 2011", source_id="18978",
                                decisions=[model.Decision("That the minutes be approved.")])],
    )
