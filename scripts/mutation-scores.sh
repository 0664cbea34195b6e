#!/usr/bin/env bash
# Prints the mutation score per package from the PIT reports that `./mvnw verify -Pmutation` leaves
# in */target/pit-reports/mutations.xml: mutants, detected (killed or timed out), without coverage,
# the score (detected / mutants, what mutationThreshold checks) and the test strength (detected /
# covered mutants). Reads the reports only; run it after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t reports < <(find . -path '*/target/pit-reports/mutations.xml' | sort)
if [ "${#reports[@]}" -eq 0 ]; then
  echo "mutation-scores: no */target/pit-reports/mutations.xml; run ./mvnw verify -Pmutation first" >&2
  exit 1
fi
# One mutation per line: <mutation detected='…' status='…' …><sourceFile>…</sourceFile><mutatedClass>…
cat "${reports[@]}" | grep -o "<mutation [^>]*status='[A-Z_]*'[^>]*>.*</mutatedClass>" \
  | sed -E "s/.*status='([A-Z_]+)'.*<mutatedClass>([^<]*)<\/mutatedClass>/\1 \2/" \
  | awk '
    function row(name, t, d, u) {
      return sprintf("| %-38s | %7d | %8d | %11d | %4d%% | %7d%% |", name, t, d, u,
        int(100 * d / t), (t - u) ? int(100 * d / (t - u)) : 0) }
    { cls = $2; sub(/\$.*/, "", cls); pkg = cls; sub(/\.[^.]*$/, "", pkg)
      total[pkg]++; all++
      if ($1 == "KILLED" || $1 == "TIMED_OUT" || $1 == "MEMORY_ERROR" || $1 == "RUN_ERROR") { det[pkg]++; alldet++ }
      if ($1 == "NO_COVERAGE") { nocov[pkg]++; allnocov++ } }
    END {
      for (p in total) print row(p, total[p], det[p] + 0, nocov[p] + 0) | "sort"
      close("sort")
      print row("all", all, alldet + 0, allnocov + 0) }' \
  | { printf "| %-38s | %7s | %8s | %11s | %5s | %8s |\n" package mutants detected "no coverage" score strength
      echo "|----------------------------------------|---------|----------|-------------|-------|----------|"
      cat; }
