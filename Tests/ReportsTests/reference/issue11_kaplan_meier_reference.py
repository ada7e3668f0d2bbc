#!/usr/bin/env python3
"""Reference values for KaplanMeier (issue 11, section 4): lifelines on the same data.

Run in a venv with lifelines (not needed for the Swift tests, which hold the printed values):
    python3 -m venv /tmp/venv-km && /tmp/venv-km/bin/pip install lifelines
    /tmp/venv-km/bin/python Tests/ReportsTests/reference/issue11_kaplan_meier_reference.py

For each data set it prints the curve (time, S, lower, upper) as lifelines'
KaplanMeierFitter gives it (confidence_interval_: Greenwood's exponential / "log-log"
interval, alpha 0.05), median_survival_time_ and median_survival_times(confidence_interval_)
(the Brookmeyer-Crowley interval for the median read off the log-log bands), and for pairs
lifelines.statistics.logrank_test's statistic and p-value. inf prints as "inf".
"""
import lifelines
from lifelines import KaplanMeierFitter
from lifelines.statistics import logrank_test
from lifelines.utils import median_survival_times

DATA = {
    # Response times in hours; False = no answer by then (censored).
    "ties": ([1, 2, 2, 2, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 10],
             [True, True, True, False, True, False, True, True, True, False, True, False, True, True, False]),
    "all_censored": ([3, 5, 5, 8], [False, False, False, False]),
    "no_censoring": ([0.5, 1.25, 2, 2, 3.5, 4, 6, 7.75, 9, 12], [True] * 10),
    "one_event": ([4], [True]),
    "one_event_among_censored": ([2, 3, 4, 6, 9], [False, True, False, False, False]),
    # 22 waits, 4 never answered (18%), in hours of working time.
    "working_hours": ([0.25, 0.5, 0.75, 1, 1.5, 1.75, 2, 2.25, 2.5, 2.66, 2.75, 3, 3.5, 4, 5, 6, 8, 9, 27, 27, 27, 27],
                      [True] * 18 + [False] * 4),
    "period_a": ([1, 1, 2, 3, 4, 4, 5, 7, 8, 10, 12, 15], [True, True, True, True, False, True, True, True, False, True, False, False]),
    "period_b": ([2, 3, 4, 6, 8, 9, 9, 11, 14, 16, 20, 24, 24], [True, True, False, True, True, True, False, True, True, False, False, False, False]),
}

PAIRS = [("period_a", "period_b"), ("ties", "no_censoring"), ("working_hours", "period_b"), ("all_censored", "one_event_among_censored")]


def fmt(x):
    return "inf" if x == float("inf") else repr(float(x))


def main():
    print("lifelines", lifelines.__version__)
    for name, (t, e) in DATA.items():
        k = KaplanMeierFitter().fit(t, e)
        ci = k.confidence_interval_
        print(f"== {name}")
        for time, s, lo, hi in zip(k.survival_function_.index, k.survival_function_.iloc[:, 0], ci.iloc[:, 0], ci.iloc[:, 1]):
            print(f"  t={fmt(time)} S={fmt(s)} lower={fmt(lo)} upper={fmt(hi)}")
        m = median_survival_times(ci)
        print(f"  median={fmt(k.median_survival_time_)} low={fmt(m.iloc[0, 0])} high={fmt(m.iloc[0, 1])}")
    for a, b in PAIRS:
        r = logrank_test(DATA[a][0], DATA[b][0], DATA[a][1], DATA[b][1])
        print(f"logrank {a} vs {b}: statistic={fmt(r.test_statistic)} p={fmt(r.p_value)}")


if __name__ == "__main__":
    main()
