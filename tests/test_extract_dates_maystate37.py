"""Whether a page's source may spell a local time in a stamp (`dates._may_state`), the cheap
test before a page's script state is read: the local day and the UTC day, when they are one
day, are now looked for in one scan of the source. A user relies on the same answer: a
stamp with its own offset, a UTC stamp, or Unix seconds, on the same day or across midnight.

Every source is made up for the test.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsarchive.extract import dates
from newsarchive.extract.document import parse

_BERLIN = timezone(timedelta(hours=1))


def _says(source: str, local: datetime) -> bool:
    doc = parse(
        f"<html><head><script>{source}</script></head><body><p>x</p></body></html>",
        "https://example.test/a",
    )
    return dates._may_state(doc, local)


@pytest.mark.parametrize(
    ("source", "local", "said"),
    [
        ('{"d":"2026-03-04T10:15:00+01:00"}', datetime(2026, 3, 4, 10, 15, tzinfo=_BERLIN), True),
        ('{"d":"2026-03-04 10:15:00+0100"}', datetime(2026, 3, 4, 10, 15, tzinfo=_BERLIN), True),
        ('{"d":"2026-03-04T09:15:00Z"}', datetime(2026, 3, 4, 10, 15, tzinfo=_BERLIN), True),
        ('{"d":"2026-03-04T09:15:00.000"}', datetime(2026, 3, 4, 10, 15, tzinfo=_BERLIN), True),
        # another clock with the local offset, and the local clock with none: neither stamp
        ('{"d":"2026-03-04T08:15:00+01:00"}', datetime(2026, 3, 4, 10, 15, tzinfo=_BERLIN), False),
        ('{"d":"2026-03-04T11:15:00"}', datetime(2026, 3, 4, 10, 15, tzinfo=_BERLIN), False),
        # across midnight: the UTC day is the day before
        ('{"d":"2026-03-03T23:30:00Z"}', datetime(2026, 3, 4, 0, 30, tzinfo=_BERLIN), True),
        ('{"d":"2026-03-04T00:30:00+01:00"}', datetime(2026, 3, 4, 0, 30, tzinfo=_BERLIN), True),
        ('{"d":"2026-03-04T23:30:00Z"}', datetime(2026, 3, 4, 0, 30, tzinfo=_BERLIN), False),
        # the day twice, the stamp only the second time
        (
            '{"a":"2026-03-04","d":"2026-03-04T10:15+01:00"}',
            datetime(2026, 3, 4, 10, 15, tzinfo=_BERLIN),
            True,
        ),
        ('{"t":1772615700}', datetime(2026, 3, 4, 10, 15, tzinfo=_BERLIN), True),
        ('{"t":1772615760}', datetime(2026, 3, 4, 10, 15, tzinfo=_BERLIN), False),
    ],
)
def test_a_stamp_of_the_time_is_found(source: str, local: datetime, said: bool) -> None:
    assert _says(source, local) is said
