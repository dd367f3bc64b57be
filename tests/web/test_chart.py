"""The landing page's chart as a person reads it: bars wide enough to see, one per month over a short span and
one per year over a long one, every period label inside the picture and apart from its neighbours."""

from __future__ import annotations

from lxml import etree

from publisher.web.chart import Series, bars, chart_unit

SVG = "{http://www.w3.org/2000/svg}"
LABEL_CHAR = 13.0  # px a character of a 22 px label takes (a phone's), at most


def drawn(series: list[Series]) -> etree._Element:
    return etree.fromstring(bars("Meetings and decisions", series).encode())


def groups(svg: etree._Element) -> list[etree._Element]:
    return svg.findall(f"{SVG}g[@class='period']")


def labels(svg: etree._Element) -> list[tuple[float, str]]:
    return [(float(t.get("x")), t.text) for g in groups(svg) for t in g.findall(f"{SVG}text[@class='tick']")]


def widths(svg: etree._Element) -> list[float]:
    return [float(r.get("width")) for g in groups(svg) for r in g.findall(f"{SVG}rect")]


SPARSE = [Series("meetings", {"2017-01": 1, "2017-12": 1, "2021-09": 1, "2026-02": 3}),
          Series("decisions", {"2017-12": 1, "2018-07": 2, "2021-09": 1})]


def test_a_long_sparse_span_is_drawn_per_year_with_bars_you_can_see() -> None:
    svg = drawn(SPARSE)
    assert svg.get("data-unit") == "year" and chart_unit(SPARSE) == "year"
    assert [g.get("data-period") for g in groups(svg)] == [str(y) for y in range(2017, 2027)]
    counts = {g.get("data-period"): [int(r.get("data-count")) for r in g.findall(f"{SVG}rect")] for g in groups(svg)}
    assert counts["2017"] == [2, 1] and counts["2018"] == [0, 2] and counts["2026"] == [3, 0]
    assert min(widths(svg)) >= 20  # 110 monthly slots drew bars 2.5 px wide
    assert [text for _, text in labels(svg)] == [str(y) for y in range(2017, 2027)]
    assert svg.find(f"{SVG}title").text == "Meetings and decisions"
    assert svg.find(f"{SVG}desc").text.startswith("Counts per year from 2017 to 2026: 6 meetings, 4 decisions.")
    first = svg.find(f"{SVG}g[@data-period='2026']/{SVG}rect/{SVG}title")
    assert first.text == "2026: 3 meetings"


def test_a_short_span_is_drawn_per_month_empty_months_included() -> None:
    series = [Series("meetings", {"2024-01": 2, "2024-04": 1})]
    svg = drawn(series)
    assert svg.get("data-unit") == "month"
    assert [g.get("data-period") for g in groups(svg)] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert [text for _, text in labels(svg)] == ["Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024"]
    assert svg.find(f"{SVG}g[@data-period='2024-03']/{SVG}rect").get("data-count") == "0"


def test_period_labels_stay_inside_the_picture_and_apart() -> None:
    """Three years of months: the last label was centred on the last slot and cut by the edge."""
    series = [Series("meetings", {"2023-01": 1, "2025-12": 4})]
    svg = drawn(series)
    width = float(svg.get("viewBox").split()[2])
    placed = labels(svg)
    assert len(groups(svg)) == 36 and 3 <= len(placed) < 36  # not one per month: they would overlap
    for x, text in placed:
        half = LABEL_CHAR * len(text) / 2
        assert half <= x <= width - half, text
    gaps = [b - a for (a, _), (b, _) in zip(placed, placed[1:], strict=False)]
    assert min(gaps) >= LABEL_CHAR * len("Jan 2023") + 4


def test_a_single_month_is_one_bar_not_a_block() -> None:
    svg = drawn([Series("meetings", {"2025-05": 1})])
    assert len(groups(svg)) == 1
    assert widths(svg) == [44.0]  # capped: a whole plot's width of bar reads as a background, not a bar
    assert groups(svg)[0].find(f"{SVG}text[@class='count']").text == "1"  # its count written over it


def test_no_dated_counts_draw_nothing() -> None:
    assert bars("Meetings", [Series("meetings", {})]) == ""
    assert chart_unit([Series("meetings", {})]) == "month"
