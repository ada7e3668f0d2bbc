# Reference values for the league tables' tests (issue 9), computed once with scipy/numpy
# (python3 Tests/ReportsTests/reference/issue9_league_reference.py) and pasted into
# SegmentStatisticsTests.swift.
import numpy as np
from scipy import stats

part = [0.55, 0.6, 0.7, 0.5, 0.65, 0.62]
rest = [0.9, 0.85, 0.95, 0.8, 0.88, 0.92, 0.75, 0.97, 0.86, 0.91]

# Welch one-sided "part below rest": scipy's alternative="less".
r = stats.ttest_ind(part, rest, equal_var=False, alternative="less")
print("welch_less", repr(r.statistic), repr(r.df), repr(r.pvalue))
# A part above the rest: the same one-sided test gives p near 1.
r = stats.ttest_ind(rest, part, equal_var=False, alternative="less")
print("welch_less_above", repr(r.statistic), repr(r.df), repr(r.pvalue))

# The rest's summary taken out of the whole's: n, mean, sum of squared deviations of `rest`.
whole = np.array(part + rest)
a = np.array(rest)
print("rest_summary", len(a), repr(a.mean()), repr(((a - a.mean()) ** 2).sum()))
print("whole_summary", len(whole), repr(whole.mean()), repr(((whole - whole.mean()) ** 2).sum()))

# N-1 two-proportion test, one-sided "part below rest": z = (p1 - p2) sqrt((N-1)/N) / sqrt(P Q (1/n1 + 1/n2)),
# p = Phi(z) (Campbell 2007).
def n1(x1, n1_, x2, n2_):
    N = n1_ + n2_
    P = (x1 + x2) / N
    z = (x1 / n1_ - x2 / n2_) * np.sqrt((N - 1) / N) / np.sqrt(P * (1 - P) * (1 / n1_ + 1 / n2_))
    return z, stats.norm.cdf(z)
for case in ((2, 8, 40, 50), (7, 8, 30, 50), (3, 6, 110, 120)):
    z, p = n1(*case)
    print("n1_less", case, repr(z), repr(p))

# Fisher's exact test, one-sided "part below rest", used when an expected count of the 2x2 table is
# under 1 (Campbell 2007): scipy.stats.fisher_exact([[x1, n1-x1], [x2, n2-x2]], alternative="less").
for x1, n1_, x2, n2_ in ((3, 6, 101, 114), (5, 6, 101, 114), (0, 4, 200, 200), (6, 6, 101, 114)):
    r = stats.fisher_exact([[x1, n1_ - x1], [x2, n2_ - x2]], alternative="less")
    print("fisher_less", (x1, n1_, x2, n2_), repr(r.pvalue))

# Why not the N-1 z there: 3 of 6 against 101 of 114 (expected failures in the part 0.6).
z, p = n1(3, 6, 101, 114)
print("n1_less_small", repr(z), repr(p))
