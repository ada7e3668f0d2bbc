#!/usr/bin/env python3
"""Reference values for the report's response figures (issue 11, section 4): a generated history
of wait steps, with unanswered waits, summarised per period by lifelines and plain formulas.

Run in a venv with lifelines (the Swift tests hold the printed values):
    python3 -m venv /tmp/venv-a && /tmp/venv-a/bin/pip install lifelines
    /tmp/venv-a/bin/python Tests/ReportsTests/reference/issue11_response_report_reference.py

The history is made by the same generator as `ResponseReportTests.history` (a 64-bit LCG, the
step's `clock: working`): 40 waits a period; a wait is
unanswered with probability 0.2 and watched for 8 to 40 working hours, else answered after
-ln(u) * mean working seconds (whole seconds, at least 60); mean 2 h in October, 24 h in
November. Wall seconds are 2.5 x the working seconds (the report must use the working ones).

Per period it prints n, answered within the 3 h target (unanswered never within) with the
adjusted-Wald 95% interval, the share never answered, lifelines' median_survival_time_ and
median_survival_times(confidence_interval_) (Brookmeyer-Crowley, log-log); then
lifelines.statistics.logrank_test between the periods (November first); then the same for an
unchanged November (seed 13, mean 2 h).
"""
import math

from lifelines import KaplanMeierFitter
from lifelines.statistics import logrank_test
from lifelines.utils import median_survival_times

MASK = (1 << 64) - 1
TARGET = 3 * 3600
Z = 1.95996  # as the report rounds it (docs/report.md, Definitions)


class LCG:
    def __init__(self, seed):
        self.state = seed & MASK

    def uniform(self):
        """(0, 1): the top 53 bits of the next state, plus half a step so it is never 0."""
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & MASK
        return ((self.state >> 11) + 0.5) / float(1 << 53)


def period(seed, count, mean):
    rng = LCG(seed)
    times, answered = [], []
    for _ in range(count):
        if rng.uniform() < 0.2:
            times.append(float(round(8 * 3600 + rng.uniform() * 32 * 3600)))
            answered.append(False)
        else:
            times.append(float(max(60, round(-math.log(rng.uniform()) * mean))))
            answered.append(True)
    return times, answered


def adjusted_wald(x, n):
    p = (x + Z * Z / 2) / (n + Z * Z)
    m = Z * math.sqrt(p * (1 - p) / (n + Z * Z))
    return x / n, max(0.0, p - m), min(1.0, p + m)


def fmt(x):
    return "nil" if x is None or x == float("inf") else repr(float(x))


PERIODS = {"2026-10": period(11, 40, 2 * 3600), "2026-11": period(12, 40, 24 * 3600)}

for label, (t, e) in PERIODS.items():
    n = len(t)
    within = sum(1 for ti, ei in zip(t, e) if ei and ti <= TARGET)
    rate, low, high = adjusted_wald(within, n)
    km = KaplanMeierFitter().fit(t, e)
    ci = median_survival_times(km.confidence_interval_)
    med = km.median_survival_time_
    print(f"{label}: n={n} within={within} rate={fmt(rate)} low={fmt(low)} high={fmt(high)} "
          f"unanswered={n - sum(e)} share={fmt((n - sum(e)) / n)} median={fmt(med)} "
          f"median_low={fmt(ci.iloc[0, 0])} median_high={fmt(ci.iloc[0, 1])}")
    print(f"  times={t}")
    print(f"  answered={e}")

(tn, en), (to, eo) = PERIODS["2026-11"], PERIODS["2026-10"]
r = logrank_test(tn, to, event_observed_A=en, event_observed_B=eo)
print(f"logrank 2026-11 vs 2026-10: statistic={fmt(r.test_statistic)} p={fmt(r.p_value)}")

# No change: November drawn like October (seed 13, 36 waits, mean 2 h).
ts, es = period(13, 36, 2 * 3600)
r = logrank_test(ts, to, event_observed_A=es, event_observed_B=eo)
km = KaplanMeierFitter().fit(ts, es)
print(f"unchanged 2026-11: median={fmt(km.median_survival_time_)} "
      f"logrank statistic={fmt(r.test_statistic)} p={fmt(r.p_value)}")
