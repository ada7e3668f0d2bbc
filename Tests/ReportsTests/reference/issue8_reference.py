# Reference values for the issue-8 statistics, computed once with scipy/numpy
# (python3 Tests/ReportsTests/reference/issue8_reference.py) and pasted into
# BenjaminiHochbergTests.swift, NPSDifferenceTestTests.swift and ShopScoreTests.swift.
import numpy as np
from scipy import stats

# Benjamini-Hochberg: scipy.stats.false_discovery_control(ps, method="bh")
sets = [
    [0.01, 0.04, 0.03, 0.005, 0.2, 0.5],
    [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216, 0.222, 0.251, 0.269, 0.275, 0.34, 0.341, 0.384, 0.569, 0.594, 0.696, 0.762, 0.94, 0.942, 0.975, 0.986],
    [0.5, 0.5, 0.5],
    [1.0, 0.0, 0.02],
]
for ps in sets:
    print("bh", ps, [float(f"{q:.12g}") for q in stats.false_discovery_control(ps, method="bh")])

# Shop score: mean with t interval, clipped to 0..1
for xs in ([0.9, 0.85, 1.0, 0.7, 0.95], [1.0, 1.0, 0.5]):
    a = np.array(xs); m = a.mean(); se = a.std(ddof=1) / np.sqrt(len(a))
    lo, hi = stats.t.interval(0.95, len(a) - 1, loc=m, scale=se)
    print("shop", xs, m, max(0, lo), min(1, hi))

# Adjusted-Wald (pass, within target): p' = (x + z^2/2)/(n + z^2), p' +- z sqrt(p'(1-p')/(n+z^2))
z = stats.norm.ppf(0.975)
for x, n in ((7, 13), (4, 9), (0, 5)):
    pa = (x + z * z / 2) / (n + z * z); mg = z * np.sqrt(pa * (1 - pa) / (n + z * z))
    print("wald", x, n, max(0, pa - mg), min(1, pa + mg))

# NPS difference: z = (NPS2 - NPS1)/sqrt(v1/n1 + v2/n2), v = 100^2 (P + D - (P - D)^2)
# checked against the variance of per-answer scores (+100/0/-100) with ddof=0.
def score(a):
    return np.where(np.array(a) >= 9, 100.0, np.where(np.array(a) <= 6, -100.0, 0.0))
for cur, base in (([10, 9, 9, 8, 7, 6, 3, 10, 9, 2], [10, 10, 9, 9, 9, 8, 10, 7, 9, 6, 10, 9]),
                  ([9, 9, 10, 6, 5, 8], [10, 9, 9, 9, 10, 8])):
    c, b = score(cur), score(base)
    zz = (c.mean() - b.mean()) / np.sqrt(c.var() / len(c) + b.var() / len(b))
    print("nps", c.mean() - b.mean(), zz, 2 * stats.norm.sf(abs(zz)))

# Power of the N-1 two-proportion test for CSAT 90% -> 60% at 30 answers a period
# (cited in FalseDiscoveryTests): share of 20,000 simulated pairs with p < 0.05, 0.01, 0.005.
# Printed: 0.9 0.6 0.794 0.534 0.425
rng = np.random.default_rng(1)
def n1_p(x1, n1, x2, n2):
    N = n1 + n2; P = (x1 + x2) / N
    if P in (0, 1):
        return 1.0
    zz = (x1 / n1 - x2 / n2) * np.sqrt((N - 1) / N) / np.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
    return 2 * stats.norm.sf(abs(zz))
ps = np.array([n1_p(rng.binomial(30, 0.6), 30, rng.binomial(30, 0.9), 30) for _ in range(20000)])
print("power", 0.9, 0.6, (ps < 0.05).mean(), (ps < 0.01).mean(), (ps < 0.005).mean())
