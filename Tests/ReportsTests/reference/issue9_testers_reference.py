# Reference values for `shopper testers` (issue 9, tester calibration), computed independently
# of the Swift code with plain Python loops and scipy, and pasted into
# TesterCalibrationBuilderTests.swift and OneSampleTTestTests.swift.
# Run: python3 Tests/ReportsTests/reference/issue9_testers_reference.py
#
# Definition (docs/report.md, "Tester calibration"): for each scenario and period (month here),
# each counted run of tester T gets one value per measure:
#   step leniency: the mean, over the run's scored steps that some other tester scored in the
#     period, of (score - mean score of that step over the other testers' runs in the period);
#   shop leniency: run shop score (yes/scored) - mean shop score of the other testers' runs.
# T's leniency is the mean of its runs' values (n = runs with a value) with a 95% t interval and
# a two-sided t test of 0 (df n - 1) whose standard error adds the uncertainty of the others'
# means: SE^2 = s^2/n + sum over periods p of (n_p/n)^2 * v_p/N_p, v_p the sample variance of the
# N_p other runs' values in p (their mean step score; their shop score), s^2 standing in for v_p
# when N_p < 2. Benjamini-Hochberg over every test of every row; a row's q is the smaller of
# its two; flagged when q < 0.05.
import numpy as np
from scipy import stats

# (tester, month, [s1, s2, s3] scores or None, (yes, scored) of the checklist)
RUNS = [
    ("Anna", 10, [9, 10, 9], (9, 10)),
    ("Anna", 10, [10, 10, None], (10, 10)),
    ("Anna", 11, [9, 9, 10], (8, 10)),
    ("Anna", 11, [10, 10, 9], (9, 10)),
    ("anna", 11, [10, 9, 9], (9, 10)),
    ("Boris", 10, [6, 7, 5], (7, 10)),
    ("Boris", 10, [5, None, 6], (6, 10)),
    ("Boris", 11, [6, 6, 7], (7, 10)),
    ("Chen", 10, [7, 8, 6], (8, 10)),
    ("Chen", 11, [7, 7, 7], (0, 0)),
    ("Chen", 11, [8, 6, None], (9, 10)),
    ("Dana", 11, [None, None, 9], (10, 10)),
    ("Dana", 10, [4, 5, 6], (5, 10)),
    ("Eve", 12, [7, 7, 7], (8, 10)),
]

def key(name):
    return name.lower()

step_values, shop_values = {}, {}
# (n_p, v_p or None, N_p) per tester and measure, per period
step_strata, shop_strata = {}, {}
months = sorted({r[1] for r in RUNS})
for month in months:
    same = [r for r in RUNS if r[1] == month]
    counts = {}
    for tester, _, scores, (yes, scored) in same:
        k = key(tester)
        diffs = []
        for s, score in enumerate(scores):
            if score is None:
                continue
            others = [r[2][s] for r in same if key(r[0]) != k and r[2][s] is not None]
            if others:
                diffs.append(score - np.mean(others))
        c = counts.setdefault(k, [0, 0])
        if diffs:
            step_values.setdefault(k, []).append(np.mean(diffs))
            c[0] += 1
        if scored > 0:
            others = [r[3][0] / r[3][1] for r in same if key(r[0]) != k and r[3][1] > 0]
            if others:
                shop_values.setdefault(k, []).append(yes / scored - np.mean(others))
                c[1] += 1
    for k, (ns, nsh) in counts.items():
        if ns:
            vals = [np.mean([x for x in r[2] if x is not None]) for r in same
                    if key(r[0]) != k and any(x is not None for x in r[2])]
            step_strata.setdefault(k, []).append((ns, np.var(vals, ddof=1) if len(vals) >= 2 else None, len(vals)))
        if nsh:
            vals = [r[3][0] / r[3][1] for r in same if key(r[0]) != k and r[3][1] > 0]
            shop_strata.setdefault(k, []).append((nsh, np.var(vals, ddof=1) if len(vals) >= 2 else None, len(vals)))

def summary(values, strata):
    a = np.array(values)
    n = len(a)
    m = a.mean()
    if n < 2:
        return m, None, None, n, None
    s2 = a.var(ddof=1)
    se2 = s2 / n + sum((np_ / n) ** 2 * (v if (N >= 2 and v is not None) else s2) / N for np_, v, N in strata if N > 0)
    se = np.sqrt(se2)
    lo, hi = stats.t.interval(0.95, n - 1, loc=m, scale=se)
    p = 2 * stats.t.sf(abs(m / se), n - 1) if se > 0 else None
    return m, lo, hi, n, p

testers = sorted({key(r[0]) for r in RUNS})
rows, ps, owners = {}, [], []
for k in testers:
    step = summary(step_values[k], step_strata[k]) if k in step_values else None
    shop = summary(shop_values[k], shop_strata[k]) if k in shop_values else None
    rows[k] = (step, shop)
    for which, s in (("step", step), ("shop", shop)):
        if s is not None and s[4] is not None:
            ps.append(s[4])
            owners.append((k, which, s[0]))
qs = stats.false_discovery_control(ps, method="bh") if ps else []
best = {}
for (k, which, mean), q in zip(owners, qs):
    if k not in best or q < best[k][0]:
        best[k] = (q, mean)
def fmt(x):
    return "nil" if x is None else f"{float(x):.12g}"
for k in testers:
    step, shop = rows[k]
    q = best.get(k)
    flag = None if q is None or q[0] >= 0.05 else ("higher" if q[1] > 0 else "lower")
    print(k, "step", None if step is None else [fmt(v) for v in step],
          "shop", None if shop is None else [fmt(v) for v in shop],
          "q", fmt(q[0]) if q else "nil", "flag", flag)

# DifferenceFromOthersTests: without a comparison term it is scipy's one-sample t test and
# t interval; with one, the formula above.
for xs in ([1.5, 0.5, 2.0, 1.0, -0.5, 1.25], [0.1, -0.2, 0.05, 0.0], [3.0, 3.5]):
    r = stats.ttest_1samp(xs, 0)
    a = np.array(xs)
    lo, hi = stats.t.interval(0.95, len(a) - 1, loc=a.mean(), scale=a.std(ddof=1) / np.sqrt(len(a)))
    print("ttest", xs, fmt(r.statistic), fmt(r.pvalue), fmt(lo), fmt(hi))
xs = [1.5, 0.5, 2.0, 1.0, -0.5, 1.25]
strata = [(2, 0.8, 10), (3, None, 1), (1, 0.3, 4)]
print("stratified", xs, strata, [fmt(v) for v in summary(xs, strata)])
