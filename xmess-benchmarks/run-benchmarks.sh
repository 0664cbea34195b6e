#!/usr/bin/env bash
# Runs the whole benchmark suite and writes xmess-benchmarks/results/ (see README, Benchmarks):
#   jmh.json, jmh-query-<size>-<engine>.json  raw JMH results (-rf json)
#   heap.jsonl                                 retained heap per catalog size
#   agreement.md                               same ids from every engine?
#   bundled-path.txt                           no validator on the bundled path
#   machine.txt                                JVM and machine
#   summary.md                                 the table of ratios
# Synthetic catalogs are generated once into xmess-benchmarks/target/synthetic (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=xmess-benchmarks/results
JAR=xmess-benchmarks/target/benchmarks.jar
DATA="$PWD/xmess-benchmarks/target/synthetic"
JAVA=${JAVA:-java}
start=$(date +%s)

./mvnw -q -Pbenchmarks -pl xmess-benchmarks -am package -DskipTests
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

{
  "$JAVA" -version 2>&1
  echo "cores (nproc): $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}') total"
  echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
  echo "os: $(uname -sr)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown), run $(date -u +%Y-%m-%dT%H:%MZ)"
} > "$RESULTS/machine.txt"

run() { "$JAVA" -Dxmess.bench.data="$DATA" -cp "$JAR" "$@"; }

echo "== synthetic catalogs (generated and validated once)"
run -Xmx6g cat.xmess.benchmarks.SyntheticCatalogs 1000 10000 100000

echo "== bundled path: no validator (and no Jackson) classes loaded"
loaded=$(run -verbose:class cat.xmess.benchmarks.BundledPathProbe)
validators=$(grep -cE '^\[.*class,load\] (org\.hibernate\.validator|com\.networknt)\.' <<<"$loaded" || true)
jackson=$(grep -cE '^\[.*class,load\] tools\.jackson\.' <<<"$loaded" || true)
hits=$(grep -o 'hits=[0-9]*' <<<"$loaded")
echo "$validators Hibernate Validator or JSON Schema validator classes and $jackson Jackson classes loaded while loading and searching the bundled catalog (java -verbose:class, $hits): it reads the form compiled at build time. The same proof runs in every build as xmess-catalog's BundledLoadDoesNotValidateTest." > "$RESULTS/bundled-path.txt"
cat "$RESULTS/bundled-path.txt"
[ "$validators" = 0 ] || { echo "a validator was loaded on the bundled path" >&2; exit 1; }
[ "$jackson" = 0 ] || { echo "Jackson was loaded on the bundled path" >&2; exit 1; }

echo "== retained heap (fresh JVM per size, serial GC)"
for size in 1000 10000 100000; do
  run -XX:+UseSerialGC -Xmx8g cat.xmess.benchmarks.HeapFootprint "$RESULTS/heap.jsonl" "$size"
done

echo "== JMH: cold start, load, validation"
"$JAVA" -Dxmess.bench.data="$DATA" -jar "$JAR" 'ColdStartBenchmark|LoadBenchmark|ValidationBenchmark' \
  -rf json -rff "$RESULTS/jmh.json"

echo "== JMH: queries (one JVM per size, each engine built once)"
for size in 10000 100000; do
  run -Xms4g -Xmx10g cat.xmess.benchmarks.QuerySuite "$RESULTS" "$size"
done
{ head -2 "$RESULTS/agreement-10000.md"; for f in "$RESULTS"/agreement-*.md; do tail -n +3 "$f"; done; } > "$RESULTS/agreement.md"
rm "$RESULTS"/agreement-*.md

echo "== summary"
run cat.xmess.benchmarks.Summary "$RESULTS" > /dev/null
echo "Suite finished in $(( ($(date +%s) - start) / 60 )) min; see $RESULTS/summary.md"
