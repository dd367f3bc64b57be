"""Patterns found by reading stored ModernGov pages of corpus councils no reader was tuned on (audit f: combined
authorities, metropolitan boroughs, agendas before their minutes): each test quotes the page's own lines and asserts
what a careful reader takes from them, and what it leaves unread with a Warning."""

from __future__ import annotations

from publisher.sources.meeting_page import read_meeting_page

SOLIHULL_AGENDA = (
    "Agenda\n\nCouncil\nTuesday 6th July 2021 5.30 pm\n\nVenue: Civic Suite\n\nContact: Jane Game \n\nItems\n"
    "No. Item\n\n1.\n\nApologies.\n\n10.\n\nRecommendations from Committees\n\n"
    "To deal with a number of recommendations from Committees:\n\n \n\nRemuneration Committee 2 June 2021\n\n"
    "Minute 5 Catering Management of Change (page 172)\n\n \n\nThe Remuneration Committee RESOLVED:\n\n"
    "a)  to approve the redundancy and pension strain costs where they are at a level that this is required by the "
    "Council’s Pay Policy Statement; and\n\n \n\nAudit Committee 14 June 2021\n\n"
    "Minute 10 Treasury Management Outturn Report 2020/21 (page 174)\n\n \n\nRESOLVED\n\n"
    "The Committee recommends that Council approves the Treasury Management Outturn report 2020/21 attached at "
    "Appendix A.\n")


def test_a_resolution_quoted_in_an_agenda_alone_is_no_decision_of_the_meeting() -> None:
    """Solihull's Council agenda (eservices.solihull.gov.uk … CId=125&MId=8774), headed "Agenda" alone, quotes the
    Remuneration and Audit Committees' resolutions under "Recommendations from Committees" (before: both published
    as the Council's decisions on item 10). The page holds no minutes: the item is read, its quoted resolution is
    Warned of."""
    record = read_meeting_page(SOLIHULL_AGENDA, source_url="https://eservices.solihull.gov.uk/mgInternet/"
                                                           "ieListDocuments.aspx?CId=125&MId=8774")
    meeting = record.meetings[0]
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies."), ("10", "Recommendations from Committees")]
    assert not any(item.decisions for item in meeting.items)
    assert any("agenda alone not read as a decision" in warning and "Remuneration Committee RESOLVED" in warning
               for warning in record.warnings)


def test_a_contact_post_printed_after_the_name_without_a_comma_is_parted_from_it() -> None:
    """Barnsley's Cabinet (barnsleymbc.moderngov.co.uk … MID=6928, a Markdown copy that lost the wide gap) prints
    "Contact: Martin McCarthy Service Director Governance, Member and Business Support" (before: the person "Martin
    McCarthy Service Director Governance" with the role "Member and Business Support")."""
    from publisher.sources.text_rules import parse_contact

    contact = parse_contact("Martin McCarthy Service Director Governance, Member and Business Support")
    assert contact is not None and contact.person is not None
    assert (contact.person.name, contact.role, contact.team) == (
        "Martin McCarthy", "Service Director Governance", "Member and Business Support")
    kept = parse_contact("Jane Smith, Democratic Services Officer, 01483 444")
    assert kept is not None and kept.person is not None and (kept.person.name, kept.role) == (
        "Jane Smith", "Democratic Services Officer")


def test_a_heading_of_whose_members_they_are_gives_no_organisation() -> None:
    """Liverpool City Region's apologies (moderngov.merseytravel.gov.uk … MId=7013) group the names under "Members
    of the LCR Combined Authority" and "Deputy Portfolio Holders" (before: "Members of the LCR Combined Authority"
    published as the organisation of Joanne Anderson and Asif Hamid). The names and their posts are read."""
    page = ("Agenda and draft minutes\n\nLiverpool City Region Combined Authority - Friday, 23rd July, 2021 1.00 pm"
            "\n\nVenue: Authority Chamber - No.1 Mann Island, Liverpool, L3 1BP\n\nItems\nNo. Item\n\n24.\n\n"
            "Apologies for Absence\n\nAdditional documents:\n\nMinutes:\n\n"
            "Apologies for absence were received on behalf of:\n\n \n\nMembers of the LCR Combined Authority\n\n"
            "Mayor Joanne Anderson, Portfolio Holder: Education, Skills, Equality and Diversity\n\n"
            "Asif Hamid MBE, Portfolio Holder: Business Support\n")
    meeting = read_meeting_page(page, source_url="https://moderngov.merseytravel.gov.uk/ieListDocuments.aspx?"
                                                 "MId=7013").meetings[0]
    assert [(entry.person.name, entry.kind, entry.role, entry.person.organisation)
            for entry in meeting.attendances] == [
        ("Joanne Anderson", "apologies", "Portfolio Holder: Education, Skills, Equality and Diversity", None),
        ("Asif Hamid", "apologies", "Portfolio Holder: Business Support", None)]


def test_an_agenda_whose_items_each_print_a_label_is_cut_in_a_last_bare_title() -> None:
    """Liverpool City Region's agenda (moderngov.merseytravel.gov.uk … MId=7019), stored cut: every item prints
    "Additional documents:" under its title, the last is "14." / "Ro" and nothing more (before: an item titled
    "Ro"). It is left out with a Warning."""
    page = ("Agenda\n\nLiverpool City Region Combined Authority - Friday, 10th June, 2022 12.00 pm\n\n"
            "Venue: Council Chamber, Town Hall, High Street, Liverpool L2 3SW\n\nItems\nNo. Item\n\n"
            "10.\n\nMinutes of the meeting of the LCR Combined Authority held on 29 April 2022 pdf icon PDF 269 KB\n\n"
            "Additional documents:\n\n11.\n\nLiverpool City Region Mayor Announcements and Updates\n\n"
            "Additional documents:\n\n12.\n\nDelivering the Liverpool City Region's Vision for Bus pdf icon PDF 328 KB"
            "\n\nTo consider the report of the Executive Director Place and the Portfolio Holder: Transport and Air "
            "Quality.\n\nAdditional documents:\n\n13.\n\nHousing Update pdf icon PDF 174 KB\n\n"
            "Additional documents:\n\n14.\n\nRo\n")
    record = read_meeting_page(page, source_url="https://moderngov.merseytravel.gov.uk/ieListDocuments.aspx?"
                                                "CId=364&MId=7019")
    assert [item.number for item in record.meetings[0].items] == ["10", "11", "12", "13"]
    assert any("copy stops in its title (Ro)" in warning for warning in record.warnings)


def test_a_last_title_left_with_its_bracket_open_is_cut_by_the_copy() -> None:
    """Bury's Cabinet agenda (councildecisions.bury.gov.uk … MID=3662), stored cut mid-title: its last line is
    "Northern Gateway (Governance / Investment" (before: an item so titled). A title leaves no bracket open."""
    page = ("\nCabinet - Wednesday, 25th September, 2024 6.00 pm\n\nVenue: Bury Town Hall\n\n"
            "Contact: Chloe Ashworth  Democratic Services\n\nNo. Item\n\n\nApologies for Absence\n\n\n"
            "Biodiversity Strategy pdf icon PDF 314 KB\n\nReport of the Cabinet Member for Environment, Climate "
            "Change and Operations attached.\n\n\nAdditional documents:\n\n\n"
            "Northern Gateway (Governance / Investment\n")
    record = read_meeting_page(page, source_url="https://councildecisions.bury.gov.uk/ieListDocuments.aspx?"
                                                "CId=126&MID=3662")
    assert [item.title for item in record.meetings[0].items] == ["Apologies for Absence", "Biodiversity Strategy"]
    assert any("Northern Gateway (Governance / Investment" in warning for warning in record.warnings)


def test_the_verb_left_of_it_was_resolved_to_is_no_word_of_the_decision() -> None:
    """Cambridgeshire and Peterborough Combined Authority's Board (… CId=141&MId=216&Ver=4) prints "Decision: It was
    resolved to: A Note the changes in membership …" (before: the decision "to: A Note …")."""
    from publisher.sources.meeting_page import decisions_in
    from publisher.sources.text_rules import Line

    found = decisions_in([Line(1, "It was resolved to: A Note the changes in membership from East Cambridgeshire "
                                  "District Council on the Combined Authority’s Skills and Employment Committee.")],
                         None, False)
    assert [decision.text[:12] for decision in found] == ["A Note the c"]


def test_a_mover_and_seconder_line_names_each_by_surname_not_the_label() -> None:
    """Rotherham's Council (moderngov.rotherham.gov.uk … MId=16186) prints "Mover:- Councillor Read Seconder:-
    Councillor Cusworth" under a resolution (before: a person "Read Seconder")."""
    from publisher.sources.prose_people import people_in_prose

    named = [(found.person.name, found.person.honorific)
             for found in people_in_prose("Mover:- Councillor Read Seconder:- Councillor Cusworth")]
    assert named[0] == ("Read", "Councillor")
    assert not any("Seconder" in name for name, _ in named)


def test_a_decision_the_copy_stops_in_is_left_out_of_an_agenda_item_page() -> None:
    """Sheffield's agenda item (democracy.sheffield.gov.uk/mgAi.aspx?ID=31365), stored cut: its last line is
    "RESOLVED UNANIMOUSLY: That the Committee’s work programme, as set out in Appendix 1, be agreed, including"
    (before: published as the decision). The words kept are no decision; a Warning says so."""
    from publisher.sources.agenda_item_page import read_agenda_item_page

    page = ("Agenda item\n\nWork Programme\n\nReport of the Director of Policy and Democratic Engagement\n\n"
            "Minutes:\n\nThe Committee received the Committee’s Work Programme for consideration and discussion.\n\n"
            "7.8\n\nRESOLVED UNANIMOUSLY: That the Committee’s work programme, as set out in Appendix 1, be agreed, "
            "including\n")
    record = read_agenda_item_page(page, source_url="https://democracy.sheffield.gov.uk/mgAi.aspx?ID=31365")
    items = record.items or record.meetings[0].items
    assert [item.title for item in items] == ["Work Programme"]
    assert not items[0].decisions
    assert any("copy stops in it" in warning for warning in record.warnings)


def test_the_numbered_parts_of_a_decision_proforma_are_no_items() -> None:
    """Stockton-on-Tees's Cabinet (moderngov.stockton.gov.uk … CId=1146&MId=4246) prints each decision as a
    numbered proforma under "Decision:": "1." / "Title of Item/Report" … "5." / "Declared (Cabinet Member) Conflicts
    of Interest", "6." / "Details of any Dispensations" (before: items 5 and 6 so titled, and items 1 and 2 titled
    "Title of Item/Report" and "Record of the Decision" after the real item 6)."""
    page = ("Agenda and decisions\n\nCabinet - Thursday 16th January, 2025 4.30 pm\n\n"
            "Venue: Conference Room, Dunedin House, Columbia Drive, Thornaby, TS17 6BJ\n\nItems\nNo. Item\n\n"
            "4.\n\nMinutes pdf icon PDF 97 KB\n\n5.\n\nMinutes of Various Bodies pdf icon PDF 127 KB\n\n"
            "Additional documents:\n\nDecision:\n\nCABINET DECISION\n\n1.\n\nTitle of Item/Report\n\n"
            "Minutes of Various Bodies\n\n2.\n\nRecord of the Decision\n\nRESOLVED that the minutes be received.\n\n"
            "5.\n\nDeclared (Cabinet Member) Conflicts of Interest\n\nNone\n\n6.\n\nDetails of any Dispensations\n\n"
            "None\n\nProper Officer\n\n6.\n\nRegeneration Powering our Future pdf icon PDF 123 KB\n\nDecision:\n\n"
            "CABINET DECISION\n\n1.\n\nTitle of Item/Report\n\nRegeneration Powering our Future\n")
    record = read_meeting_page(page, source_url="https://moderngov.stockton.gov.uk/ieListDocuments.aspx?"
                                                "CId=1146&MId=4246")
    assert [(item.number, item.title) for item in record.meetings[0].items] == [
        ("4", "Minutes"), ("5", "Minutes of Various Bodies"), ("6", "Regeneration Powering our Future")]
