"""The page's own day (``extract.records.stamps``): the day partial dates resolve against when
an article has no publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.records.stamps import reference_day

STORY = "\nA court in Tarnley on Monday sentenced Ivo Brand to four years in prison for fraud."


@pytest.mark.parametrize(("head", "day"), [
    # ---- a stamp going on past a bar to more page furniture ("| Updated ...")
    ("March 04, 2019 09:12 am | Updated June 2, 2022 10:01 pm IST - LAGOS", dt.date(2019, 3, 4)),
    ("11 October 2016 | Court reporter", dt.date(2016, 10, 11)),
    # ---- a labelled stamp with its weekday
    ("PublishDate: Thursday, May 9, 2019 08:15", dt.date(2019, 5, 9)),
    ("Publish date: Friday, 3 July 2020", dt.date(2020, 7, 3)),
    ("Posted on Monday, 6 January 2020", dt.date(2020, 1, 6)),
    # ---- controls: a bare weekday-led date is often the page's own today; a date in the
    # story's prose is no stamp
    ("Thursday, November 26th, 2020", None),
    ("The appeal was lodged on March 4, 2019 | say lawyers", None),
])
def test_the_pages_own_day(head: str, day: dt.date | None) -> None:
    assert reference_day("Court news\n" + head + STORY, None) == day


def test_a_publication_date_wins() -> None:
    text = "PublishDate: Thursday, May 9, 2019 08:15" + STORY
    assert reference_day(text, dt.date(2019, 5, 10)) == dt.date(2019, 5, 10)
