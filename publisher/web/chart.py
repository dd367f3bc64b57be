"""A small bar chart of counts over time, drawn on the server as inline SVG: no script, no library, readable by
screen readers (a title, a description, and a title on each bar).

Records are sparse: a few meetings spread over years. One bar per month over a long span draws hair-thin bars
in a wide empty axis, so a span of more than :data:`MONTHLY_UP_TO` months is drawn per year; either way every
period from the first to the last is a slot, so the time axis stays even.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from html import escape

MONTH = re.compile(r"\d{4}-\d{2}")
COLOURS = ("#1d70b8", "#d4351c", "#00703c", "#6f72af")  # distinct for the common colour-vision deficiencies
MONTHLY_UP_TO = 36  # months: a longer span is drawn per year
WIDEST_BAR = 44.0  # px: a few periods still read as bars, not as blocks
LABEL_CHAR = 13.0  # the width of a character of a 22 px label (a phone's, style.css), to keep labels apart


@dataclass(frozen=True)
class Series:
    name: str  # plural noun, as in the legend: "meetings"
    counts: dict[str, int]  # "2017-12" → count


@dataclass(frozen=True)
class Periods:
    """The slots of the time axis: months ("2017-12") or years ("2017"), first to last, empty ones included."""

    unit: str  # "month" or "year"
    keys: list[str]

    def name(self, key: str, short: bool = False) -> str:
        return month_name(key, short) if self.unit == "month" else key

    def of(self, month: str) -> str:
        return month if self.unit == "month" else month[:4]


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive ("2017-11", "2017-12", "2018-01" …)."""
    year, month = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def periods_between(first: str, last: str) -> Periods:
    """Months when the span is short enough to read them, else years."""
    months = months_between(first, last)
    if len(months) <= MONTHLY_UP_TO:
        return Periods("month", months)
    return Periods("year", [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)])


def month_name(month: str, short: bool = False) -> str:
    day = date.fromisoformat(month + "-01")
    return f"{day:%b %Y}" if short else f"{day:%B %Y}"


def nice_ceiling(peak: int) -> tuple[int, int]:
    """An axis maximum at or above ``peak`` and its tick step, both round numbers."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000):
        if peak <= step * 5:
            return max(step, -(-peak // step) * step), step
    step = 10 ** len(str(peak)) // 10
    return -(-peak // step) * step, step


def chart_unit(series: list[Series]) -> str:
    """"month" or "year": what one bar of :func:`bars` counts for these series (for the caption)."""
    months = sorted(m for s in series for m in s.counts if MONTH.fullmatch(m))
    return periods_between(months[0], months[-1]).unit if months else "month"


def bars(title: str, series: list[Series], width: int = 760, height: int = 300) -> str:
    """SVG markup: one group of bars per period (month or year, :func:`periods_between`) from the first to the
    last with a count, a y axis with round ticks, period labels that neither overlap nor leave the picture, the
    count over each bar when there is room, and a legend."""
    months_seen = sorted(m for s in series for m in s.counts if MONTH.fullmatch(m))
    if not months_seen:
        return ""
    periods = periods_between(months_seen[0], months_seen[-1])
    totals_by = [_summed(s, periods) for s in series]
    peak = max((c for counts in totals_by for c in counts.values()), default=1) or 1
    top, step = nice_ceiling(peak)
    left, right, upper, lower = 48, 12, 58, 34  # upper: the legend, and a count over the tallest bar
    plot_w, plot_h = width - left - right - 4, height - upper - lower
    slot = plot_w / len(periods.keys)
    bar = min(WIDEST_BAR, max(1.0, slot * 0.8 / len(series)))
    label_w = LABEL_CHAR * len(periods.name(periods.keys[0], short=True))
    apart = label_w + 12  # label centres this far apart never overlap
    label_every = math.ceil(apart / slot)
    last_label = -math.inf

    def y(count: float) -> float:
        return upper + plot_h - plot_h * count / top

    totals = ", ".join(f"{sum(s.counts.values())} {s.name}" for s in series)
    span = f"from {periods.name(periods.keys[0])} to {periods.name(periods.keys[-1])}"
    desc = f"Counts per {periods.unit} {span}: {totals}. The figures are also in the table below."
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
             f'role="img" aria-labelledby="chart-title chart-desc" data-unit="{periods.unit}">',
             f'<title id="chart-title">{escape(title)}</title>', f'<desc id="chart-desc">{escape(desc)}</desc>']
    for tick in range(0, top + 1, step):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" class="tick">{tick}</text>')
    for n, key in enumerate(periods.keys):
        x0 = left + 2 + slot * n + (slot - bar * len(series)) / 2
        drawn = []
        for k, s in enumerate(series):
            count = totals_by[k].get(key, 0)
            drawn.append(f'<rect x="{x0 + k * bar:.1f}" y="{y(count):.1f}" width="{bar:.1f}" '
                         f'height="{plot_h * count / top:.1f}" fill="{COLOURS[k % len(COLOURS)]}" '
                         f'data-series="{escape(s.name)}" data-count="{count}">'
                         f'<title>{periods.name(key)}: {count} {escape(s.name)}</title></rect>')
            if count and bar >= 14:
                drawn.append(f'<text x="{x0 + k * bar + bar / 2:.1f}" y="{y(count) - 4:.1f}" text-anchor="middle" '
                             f'class="count">{count}</text>')
        label = ""
        centre = min(max(left + 2 + slot * n + slot / 2, label_w / 2 + 2), width - label_w / 2 - 2)  # never cut
        if n % label_every == 0 and centre - last_label >= apart:  # a label pushed in from the edge may not fit
            last_label = centre
            label = (f'<text x="{centre:.1f}" y="{upper + plot_h + 18}" text-anchor="middle" '
                     f'class="tick">{periods.name(key, short=True)}</text>')
        parts.append(f'<g class="period" data-period="{key}">{"".join(drawn)}{label}</g>')
    parts.append(f'<line x1="{left}" x2="{left}" y1="{upper}" y2="{upper + plot_h}" class="axis"/>'
                 f'<line x1="{left}" x2="{width - right}" y1="{upper + plot_h}" y2="{upper + plot_h}" class="axis"/>')
    x = left + 4
    for k, s in enumerate(series):
        parts.append(f'<rect x="{x}" y="10" width="14" height="14" fill="{COLOURS[k % len(COLOURS)]}"/>'
                     f'<text x="{x + 20}" y="22" class="legend">{escape(s.name)}</text>')
        x += 36 + LABEL_CHAR * len(s.name)  # room for the legend at a phone's size too
    parts.append("</svg>")
    return "".join(parts)


def _summed(s: Series, periods: Periods) -> dict[str, int]:
    """The series' counts per period of the axis."""
    summed: dict[str, int] = {}
    for month, count in s.counts.items():
        if MONTH.fullmatch(month):
            summed[periods.of(month)] = summed.get(periods.of(month), 0) + count
    return summed
