#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers of untrusted input (Jazzer): each target in turn, for the
# given time each (default 10m). A finding fails the run and is saved as a seed under
# xmess-io/src/test/resources/cat/xmess/catalog/fuzz/CatalogParsersFuzzTestInputs/<target>/, where
# every later build replays it; commit it with the fix. The corpus Jazzer grows is kept in
# xmess-io/.cifuzz-corpus (not committed).
#
#   scripts/fuzz.sh            # every target, 10 minutes each
#   scripts/fuzz.sh 2m         # every target, 2 minutes each
#   scripts/fuzz.sh 30m mergeOverlay
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10m}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(loadCatalog mergeOverlay importWorkbook importCsvDirectory)
fi

status=0
for target in "${targets[@]}"; do
  echo "== fuzzing $target for $duration"
  log="xmess-io/target/fuzz-$target.log"
  mkdir -p xmess-io/target
  if JAZZER_FUZZ=1 ./mvnw -B -pl xmess-io -am test \
      -Dtest="CatalogParsersFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="$duration" -DargLine="-Xmx1g -XX:-OmitStackTraceInFastThrow" >"$log" 2>&1; then
    echo "   no finding"
  else
    echo "   FINDING or failure: see $log" >&2
    status=1
  fi
  # libFuzzer's last status line: executions, coverage, corpus size.
  grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 || true
  grep -E 'Done [0-9]+ runs' "$log" | tail -1 || true
done
exit $status
