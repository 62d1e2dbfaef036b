#!/usr/bin/env bash
# Compares `rmatch assign` with scipy.optimize.linear_sum_assignment on one seeded uniform N x N score matrix:
# both totals (they must agree: both are optimal) and both times. Timings are printed, never checked.
#
#   benchmarks/compare-scipy.sh [N] [SEED]      (defaults: N = 2000, SEED = 7)
#
# Needs python3 with numpy and scipy, and the .NET SDK; skips (exit 0) with a message when any is missing.
# scipy is timed on the solve alone and on reading the CSV plus the solve; the CLI time is the whole process
# (start-up, CSV parse, solve, JSON), run from a build made beforehand so the build is not timed.
set -euo pipefail

n="${1:-2000}"
seed="${2:-7}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

skip() {
    echo "compare-scipy: skipped: $1"
    exit 0
}

command -v python3 >/dev/null 2>&1 || skip "python3 not found"
python3 -c 'import numpy, scipy.optimize' >/dev/null 2>&1 || skip "python3 has no numpy/scipy (pip install numpy scipy)"
command -v dotnet >/dev/null 2>&1 || skip "dotnet not found"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scores="$work/scores.csv"

echo "compare-scipy: building the CLI (Release)"
dotnet build "$root/src/ReverseMentoring.Matching.Cli" -c Release -o "$work/cli" -v quiet -nologo >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; exit 1; }

# Matrix and scipy side: the score-matrix CSV format of `rmatch assign` (first row an empty cell then mentor ids,
# then one row per mentee id with its scores), full precision so both read the same numbers.
python3 - "$n" "$seed" "$scores" >"$work/scipy.txt" <<'PY'
import sys, time
import numpy as np
from scipy.optimize import linear_sum_assignment

n, seed, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
matrix = np.random.default_rng(seed).random((n, n))
with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write("," + ",".join(f"m{j:06d}" for j in range(n)) + "\n")
    for i in range(n):
        f.write(f"e{i:06d}," + ",".join(repr(float(x)) for x in matrix[i]) + "\n")

start = time.perf_counter()
rows, cols = linear_sum_assignment(matrix, maximize=True)
solve = time.perf_counter() - start

start = time.perf_counter()
read = np.loadtxt(path, delimiter=",", skiprows=1, usecols=range(1, n + 1))
rows2, cols2 = linear_sum_assignment(read, maximize=True)
read_solve = time.perf_counter() - start

print(f"{matrix[rows, cols].sum():.9f} {solve:.3f} {read_solve:.3f} {len(rows)}")
PY
read -r scipy_total scipy_solve scipy_read_solve scipy_pairs <"$work/scipy.txt"

start=$(date +%s.%N)
dotnet "$work/cli/rmatch.dll" assign --scores "$scores" >"$work/cli.json"
end=$(date +%s.%N)

python3 - "$work/cli.json" "$n" "$scipy_total" "$scipy_pairs" "$scipy_solve" "$scipy_read_solve" "$start" "$end" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
n, scipy_total, scipy_pairs = int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
scipy_solve, scipy_read_solve = float(sys.argv[5]), float(sys.argv[6])
cli_time = float(sys.argv[8]) - float(sys.argv[7])
cli_total, cli_pairs = float(doc["totalScore"]), int(doc["pairCount"])
tolerance = n * 1e-6  # the library rounds each score to its integer cost resolution
print(f"compare-scipy: N = {n}")
print(f"  scipy  linear_sum_assignment: {scipy_pairs} pairs, total {scipy_total:.6f}, solve {scipy_solve:.2f} s, read CSV + solve {scipy_read_solve:.2f} s")
print(f"  rmatch assign (whole process): {cli_pairs} pairs, total {cli_total:.6f}, {cli_time:.2f} s")
print(f"  ratio rmatch / scipy: {cli_time / scipy_solve:.1f} x the solve, {cli_time / scipy_read_solve:.1f} x read + solve")
if cli_pairs != scipy_pairs or abs(cli_total - scipy_total) > tolerance:
    print(f"  totals DIFFER by {abs(cli_total - scipy_total):.3g} (tolerance {tolerance:.3g})")
    sys.exit(1)
print(f"  totals agree within {tolerance:.3g} (difference {abs(cli_total - scipy_total):.3g})")
PY
