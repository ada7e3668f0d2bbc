#!/usr/bin/env python3
"""Reference values for WorkingHours (issue 11, section 3): an independent implementation.

Working time is summed minute by minute: each UTC minute in [start, end) is converted to the
zone's wall clock with Python's zoneinfo and counted when its weekday's hours contain that
local minute and its local date is not a holiday. Every zone used has offsets in whole
minutes and every instant is a whole minute, so the sum is exact.

For "the instant working time reaches T after start", the minutes are walked from start and
the answer is the end of the minute at which the count reaches T.

Writes working_hours_cases.json beside this script (read by WorkingHoursReferenceTests):
    python3 Tests/ShopperCoreTests/reference/working_hours_reference.py
The seed is fixed, so the output is the same every run (with the same tz database).
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone, date
from zoneinfo import ZoneInfo

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# Schedules in the scenario / locations form: key -> "HH:MM-HH:MM[, HH:MM-HH:MM]".
SCHEDULES = [
    {"mon-fri": "09:00-18:00"},
    {"mon-fri": "09:00-18:00", "sat": "10:00-14:00"},
    {"mon-fri": "09:00-13:00, 14:00-18:00"},
    {"mon-sun": "00:00-24:00"},
    {"mon-thu": "08:30-17:30", "fri": "08:30-15:00"},
    {"mon-fri": "01:30-03:30, 22:00-24:00", "sun": "00:00-02:45"},  # around the hours clocks change
    {"tue": "12:00-12:15", "sat-sun": "10:00-22:00"},
    {"mon-sat": "07:00-11:00, 12:00-16:00, 17:00-21:00"},
]

ZONES = ["Europe/Berlin", "Europe/Moscow", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
         "UTC", "America/Sao_Paulo", "Asia/Kathmandu"]

# Nights the clocks changed (local dates) to centre some intervals on.
CHANGES = ["2011-03-27", "2014-10-26", "2025-03-30", "2025-10-26", "2026-03-08", "2026-11-01",
           "2026-04-05", "2026-10-04", "2018-11-04", "2019-02-17"]


def parse(schedule):
    """Weekday index -> list of (opens, closes) minutes after midnight."""
    week = {i: [] for i in range(7)}
    for key, text in schedule.items():
        parts = key.split("-")
        first, last = DAYS.index(parts[0]), DAYS.index(parts[-1])
        for chunk in text.split(","):
            a, b = chunk.strip().split("-")
            opens = int(a[:2]) * 60 + int(a[3:])
            closes = int(b[:2]) * 60 + int(b[3:])
            for d in range(first, last + 1):
                week[d].append((opens, closes))
    return week


def working_minute(utc_minute, zone, week, holidays):
    local = datetime.fromtimestamp(utc_minute * 60, tz=timezone.utc).astimezone(zone)
    if local.date().isoformat() in holidays:
        return False
    m = local.hour * 60 + local.minute
    return any(a <= m < b for a, b in week[local.weekday()])


def seconds_between(start, end, zone, week, holidays):
    return sum(60 for m in range(start // 60, end // 60) if working_minute(m, zone, week, holidays))


def reach(start, working, zone, week, holidays, limit):
    count = 0
    for m in range(start // 60, start // 60 + limit):
        if working_minute(m, zone, week, holidays):
            count += 60
            if count >= working:
                return (m + 1) * 60
    return None


def main():
    rng = random.Random(20261130)
    cases = []
    for n in range(200):
        schedule = SCHEDULES[n % len(SCHEDULES)]
        zone_name = ZONES[rng.randrange(len(ZONES))]
        zone = ZoneInfo(zone_name)
        week = parse(schedule)
        if n % 3 == 0:
            centre = datetime.fromisoformat(rng.choice(CHANGES)).replace(tzinfo=timezone.utc)
            start_dt = centre - timedelta(minutes=rng.randrange(0, 4 * 24 * 60))
        else:
            start_dt = datetime(2005, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=rng.randrange(0, 25 * 365 * 24 * 60))
        start = int(start_dt.timestamp()) // 60 * 60
        length = rng.choice([rng.randrange(1, 600), rng.randrange(600, 6 * 24 * 60), rng.randrange(6 * 24 * 60, 40 * 24 * 60)])
        end = start + length * 60
        holidays = []
        for _ in range(rng.randrange(0, 4)):
            day = (start_dt + timedelta(days=rng.randrange(-1, max(1, length // 1440 + 2)))).date()
            if day.isoformat() not in holidays:
                holidays.append(day.isoformat())
        seconds = seconds_between(start, end, zone, week, set(holidays))
        case = {"zone": zone_name, "hours": schedule, "holidays": holidays, "start": start, "end": end, "seconds": seconds}
        if n % 2 == 0:
            working = rng.randrange(1, 3 * 9 * 60) * 60
            instant = reach(start, working, zone, week, set(holidays), 120 * 24 * 60)
            if instant is not None:
                case["reach"] = {"working": working, "instant": instant}
        cases.append(case)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "working_hours_cases.json")
    with open(path, "w") as f:
        f.write('{"generator": "working_hours_reference.py", "cases": [\n')
        f.write(",\n".join(json.dumps(c, sort_keys=True, ensure_ascii=False) for c in cases))
        f.write("\n]}\n")


if __name__ == "__main__":
    main()
