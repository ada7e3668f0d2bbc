#!/usr/bin/env python3
"""Independent computation of the touchpoint programme's figures (issue 12), for
ProgrammeReferenceTests: standard library only (datetime, calendar), no shared code with shopper.

Reads JSON on stdin:
  {"today": "YYYY-MM-DD", "monday": "YYYY-MM-DD",
   "touchpoints": [{"id", "owner" (or null), "assessments": [{"score", "date"}],
                    "actions": [{"id", "status", "due", "done_on", "owner"}],
                    "review": {"unit": "days" | "months", "n": N}}],
   "runs": [{"started": "YYYY-MM-DDTHH:MM:SSZ", "counted": bool,
             "steps": [{"touchpoint", "attempt": bool, "score": int or null}]}]}
Writes JSON on stdout:
  {"touchpoints": {id: {"team", "gap", "last_checked", "recheck_due", "open", "overdue"}},
   "weekly": {"recheck": [ids, oldest check first, never-checked first], "done": [...],
              "overdue": [...], "due": [...], "no_owner": [...], "actions_without_owner": [...]}}

Definitions (docs/commands.md): team = the latest assessment by date (the later in the list on
a tie); measured = mean step score of attempts in counted runs of the latest calendar month
(UTC) with a counted run; gap = team - measured; last_checked = UTC day of the latest counted
run with an attempt at the touchpoint; recheck due when never checked or today is after
last_checked + review (months: same day, clamped to the month's end); open = idea, planned,
doing; overdue (touchpoints) = open with due before today; weekly: done = done_on in
[monday, monday+6], overdue = open with due before monday, due = open with due in
[monday, today+7].

Everything is as of `today` (docs/commands.md, "As of the reference date"): runs started on a
later day are dropped before anything else, assessments dated after today are dropped, and an
action whose done_on is after today counts as open (its status taken as "doing").
"""
import calendar
import json
import sys
from datetime import date, datetime, timedelta


def parse_day(text):
    return date.fromisoformat(text) if text else None


def add_months(d, n):
    month_index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def main():
    data = json.load(sys.stdin)
    today = parse_day(data["today"])
    monday = parse_day(data["monday"])
    runs = []
    for r in data["runs"]:
        r["when"] = datetime.strptime(r["started"], "%Y-%m-%dT%H:%M:%SZ")
        if r["counted"] and r["when"].date() <= today:
            runs.append(r)
    latest_month = max(((r["when"].year, r["when"].month) for r in runs), default=None)

    out = {}
    recheck = []
    weekly = {"done": [], "overdue": [], "due": [], "no_owner": [], "actions_without_owner": []}
    open_states = {"idea", "planned", "doing"}
    for t in data["touchpoints"]:
        tid = t["id"]
        team = None
        known = [a for a in t["assessments"] if parse_day(a["date"]) <= today]
        if known:
            best = max(range(len(known)), key=lambda i: (known[i]["date"], i))
            team = known[best]["score"]
        for a in t["actions"]:
            if a["status"] == "done" and parse_day(a["done_on"]) > today:
                a["status"] = "doing"

        scores = [s["score"] for r in runs if (r["when"].year, r["when"].month) == latest_month
                  for s in r["steps"] if s["touchpoint"] == tid and s["attempt"] and s["score"] is not None]
        measured = sum(scores) / len(scores) if scores else None
        checks = [r["when"] for r in runs for s in r["steps"] if s["touchpoint"] == tid and s["attempt"]]
        last = max(checks).date() if checks else None
        review = t["review"]
        if last is None:
            due = True
        elif review["unit"] == "days":
            due = today > last + timedelta(days=review["n"])
        else:
            due = today > add_months(last, review["n"])
        actions = t["actions"]
        opened = [a for a in actions if a["status"] in open_states]
        out[tid] = {
            "team": team,
            "gap": None if team is None or measured is None else team - measured,
            "last_checked": last.isoformat() if last else None,
            "recheck_due": due,
            "open": len(opened),
            "overdue": sum(1 for a in opened if a["due"] and parse_day(a["due"]) < today),
        }
        if due:
            recheck.append((last is not None, last or date.min, tid))
        if t["owner"] is None:
            weekly["no_owner"].append(tid)
        for a in actions:
            if a["owner"] is None and t["owner"] is None:
                weekly["actions_without_owner"].append(a["id"])
            if a["status"] == "done" and monday <= parse_day(a["done_on"]) <= monday + timedelta(days=6):
                weekly["done"].append(a["id"])
            if a["status"] in open_states and a["due"]:
                d = parse_day(a["due"])
                if d < monday:
                    weekly["overdue"].append(a["id"])
                elif d <= today + timedelta(days=7):
                    weekly["due"].append(a["id"])
    weekly["recheck"] = [tid for _, _, tid in sorted(recheck)]
    for key in ("done", "overdue", "due", "no_owner", "actions_without_owner"):
        weekly[key].sort()
    json.dump({"touchpoints": out, "weekly": weekly}, sys.stdout)


if __name__ == "__main__":
    main()
