"""The timeline of the case records' events (issue 29): headless, for the CLI and the window.

`events` (index/timeline/build.py) makes a `Timeline` from the archive; `timeline_json`,
`timeline_svg` and `timeline_png` write it out. Nothing here imports Qt.
"""

from index.timeline.build import Filters, Timeline, events, touches
from index.timeline.dates import DateRange, parse_bound, parse_date
from index.timeline.event import Event

__all__ = [
    "DateRange",
    "Event",
    "Filters",
    "Timeline",
    "events",
    "parse_bound",
    "parse_date",
    "touches",
]
