"""A small bar chart of counts per month, drawn on the server as inline SVG: no script, no library, readable
by screen readers (a title, a description, and a title on each bar)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from html import escape

MONTH = re.compile(r"\d{4}-\d{2}")
COLOURS = ("#1d70b8", "#d4351c", "#00703c", "#6f72af")  # distinct for the common colour-vision deficiencies


@dataclass(frozen=True)
class Series:
    name: str  # plural noun, as in the legend: "meetings"
    counts: dict[str, int]  # "2017-12" → count


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive ("2017-11", "2017-12", "2018-01" …)."""
    year, month = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


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


def monthly_bars(title: str, series: list[Series], width: int = 760, height: int = 300) -> str:
    """SVG markup: one group of bars per month from the first to the last month with a count (empty months
    included, so the time axis is even), a y axis with round ticks, month labels and a legend."""
    months_seen = sorted(m for s in series for m in s.counts if MONTH.fullmatch(m))
    if not months_seen:
        return ""
    months = months_between(months_seen[0], months_seen[-1])
    peak = max((c for s in series for c in s.counts.values()), default=1) or 1
    top, step = nice_ceiling(peak)
    left, right, upper, lower = 48, 12, 44, 34
    plot_w, plot_h = width - left - right - 4, height - upper - lower
    slot = plot_w / len(months)
    bar = max(1.0, slot * 0.8 / len(series))
    label_every = max(1, math.ceil(72 / slot))  # a month label is about 60 px wide

    def y(count: float) -> float:
        return upper + plot_h - plot_h * count / top

    totals = ", ".join(f"{sum(s.counts.values())} {s.name}" for s in series)
    desc = (f"Counts per month from {month_name(months[0])} to {month_name(months[-1])}: {totals}. "
            f"The figures are also in the table below.")
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
             f'role="img" aria-labelledby="chart-title chart-desc">',
             f'<title id="chart-title">{escape(title)}</title>', f'<desc id="chart-desc">{escape(desc)}</desc>']
    for tick in range(0, top + 1, step):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" class="tick">{tick}</text>')
    for n, month in enumerate(months):
        x0 = left + 2 + slot * n + (slot - bar * len(series)) / 2
        bars = []
        for k, s in enumerate(series):
            count = s.counts.get(month, 0)
            bars.append(f'<rect x="{x0 + k * bar:.1f}" y="{y(count):.1f}" width="{bar:.1f}" '
                        f'height="{plot_h * count / top:.1f}" fill="{COLOURS[k % len(COLOURS)]}" '
                        f'data-series="{escape(s.name)}" data-count="{count}">'
                        f'<title>{month_name(month)}: {count} {escape(s.name)}</title></rect>')
        label = ""
        if n % label_every == 0:
            label = (f'<text x="{left + 2 + slot * n + slot / 2:.1f}" y="{upper + plot_h + 18}" text-anchor="middle" '
                     f'class="tick">{month_name(month, short=True)}</text>')
        parts.append(f'<g class="month" data-month="{month}">{"".join(bars)}{label}</g>')
    parts.append(f'<line x1="{left}" x2="{left}" y1="{upper}" y2="{upper + plot_h}" class="axis"/>'
                 f'<line x1="{left}" x2="{width - right}" y1="{upper + plot_h}" y2="{upper + plot_h}" class="axis"/>')
    x = left + 4
    for k, s in enumerate(series):
        parts.append(f'<rect x="{x}" y="10" width="14" height="14" fill="{COLOURS[k % len(COLOURS)]}"/>'
                     f'<text x="{x + 20}" y="22" class="legend">{escape(s.name)}</text>')
        x += 36 + 9 * len(s.name)
    parts.append("</svg>")
    return "".join(parts)
