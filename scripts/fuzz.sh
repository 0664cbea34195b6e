#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers of untrusted input (Jazzer): each target in turn, for the
# given time each (default 10m). A finding fails the run and is saved as a seed under
# xmess-io/src/test/resources/cat/xmess/catalog/fuzz/CatalogParsersFuzzTestInputs/<target>/, where
# every later build replays it; commit it with the fix. The corpus Jazzer grows is kept in
# xmess-io/.cifuzz-corpus (not committed). Run one target at a time: never two at once.
#
#   scripts/fuzz.sh            # every target, 10 minutes each
#   scripts/fuzz.sh 2m         # every target, 2 minutes each
#   scripts/fuzz.sh 30m mergeOverlay
#
# How the options reach the fuzzing JVM (Jazzer 0.24.0, JUnit mode):
# - The test JVM's options go in -DtestArgLine, which the parent POM appends to Surefire's argLine
#   (-DargLine would be ignored: the POM sets argLine itself).
# - The time limit: Jazzer 0.24 takes it only from @FuzzTest(maxDuration) and ignores
#   jazzer.max_duration, so it is passed to libFuzzer as -max_total_time through the
#   jazzer.internal.arg.N properties (argument 0 is libFuzzer's argv[0]); libFuzzer keeps the last
#   value of a flag, so this one wins over the annotation's.
# - JaCoCo is skipped: its agent would be a second transformer of the same classes, and its report
#   is of no use here.
# - No coverage instrumentation of the model (cat.xmess.model). Jazzer retransforms the classes
#   already loaded when its agent starts, and HotSpot mishandles the retransformation of a record
#   whose components carry type annotations (the model's @Nullable, @NotBlank, @Pattern ...):
#   JDK-8376185, "NoSuchFieldError thrown after a record with type annotation retransformed", fixed
#   in the JDK's main line in March 2026, not in the JDK 17.0.15 used here. With the model
#   instrumented, loadCatalog crashed the JVM (SIGSEGV in Class.getRecordComponents0, under
#   Jackson's record introspection) and the imports failed with NoSuchFieldError: ca in
#   LocalizedText.<init>. The parsers under test (cat.xmess.io, cat.xmess.catalog) are still
#   instrumented. The option is given here, not in a junit-platform.properties: there it also
#   reached the regression runs of every build, where Jazzer then instrumented every class (JaCoCo's
#   agent included) and the test JVM died of ClassCircularityError.
# - The JDK is the one Maven runs on (JAVA_HOME), 17 here. Jazzer 0.24's ASM cannot read the JDK 25
#   class files ("Unsupported class file major version 69"), so the installed Temurin 25 is of no use.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10m}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(loadCatalog mergeOverlay importWorkbook importCsvDirectory)
fi

case "$duration" in
  *h) seconds=$(( ${duration%h} * 3600 )) ;;
  *m) seconds=$(( ${duration%m} * 60 )) ;;
  *s) seconds=${duration%s} ;;
  *[!0-9]*|'') echo "duration: a number with s, m or h, not '$duration'" >&2; exit 2 ;;
  *) seconds=$duration ;;
esac

# -timeout: an input that takes more than 20 s is a hang (a finding); -Xmx1g: one that needs more
# heap is an out-of-memory finding.
jvm="-Xmx1g -XX:-OmitStackTraceInFastThrow -Djazzer.instrumentation_excludes=cat.xmess.model.**"
libfuzzer="-Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=$seconds"
libfuzzer+=" -Djazzer.internal.arg.2=-timeout=20 -Djazzer.internal.arg.3=-print_final_stats=1"

status=0
for target in "${targets[@]}"; do
  echo "== fuzzing $target for $duration ($seconds s)"
  log="xmess-io/target/fuzz-$target.log"
  mkdir -p xmess-io/target
  if JAZZER_FUZZ=1 ./mvnw -B -pl xmess-io -am test \
      -Dtest="CatalogParsersFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djacoco.skip=true -DtestArgLine="$jvm $libfuzzer" >"$log" 2>&1; then
    echo "   no finding"
  else
    echo "   FINDING or failure: see $log" >&2
    status=1
  fi
  # libFuzzer's last status line and final stats: executions, exec/s, coverage, corpus size.
  grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 || true
  grep -E 'Done [0-9]+ runs|^stat::' "$log" || true
done
exit $status
