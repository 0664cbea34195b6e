#!/usr/bin/env bash
# Runs the whole benchmark suite and writes xmess-benchmarks/results/ (see README, Benchmarks):
#   jmh.json, jmh-mix.json                     raw JMH results (-rf json)
#   cold-start.md, cold-start.tsv              whole-process cold start (ColdStart)
#   mix-<size>-<engine>.tsv                    median latency of every query of the mix
#   answers-<size>-<engine>.tsv                each engine's answers to the mix (for the agreement)
#   heap.jsonl                                 retained heap per catalog size
#   agreement.md, h2-plan-<size>.txt           same hits from every engine? H2's plan
#   relevance.md                               nDCG@10 of the SDK and Lucene BM25
#   bundled-path.txt                           no validator on the bundled path
#   machine.txt                                JVM, machine, commit and load average
#   summary.md                                 the tables of ratios
# Synthetic catalogs are generated once into xmess-benchmarks/target/synthetic (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=xmess-benchmarks/results
JAR=xmess-benchmarks/target/benchmarks.jar
DATA="$PWD/xmess-benchmarks/target/synthetic"
JAVA=${JAVA:-java}
start=$(date +%s)

# The CLI jar too: the cold-start processes run it as users do.
./mvnw -q -Pbenchmarks -pl xmess-benchmarks,xmess-examples -am package -DskipTests
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

{
  "$JAVA" -version 2>&1
  echo "cores (nproc): $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}') total"
  echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
  echo "os: $(uname -sr)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- . ':!xmess-benchmarks/results' 2>/dev/null || echo ' (with uncommitted changes)'), run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "load at start: $(uptime | sed 's/.*load average/load average/')"
} > "$RESULTS/machine.txt"

run() { "$JAVA" -Dxmess.bench.data="$DATA" -cp "$JAR" "$@"; }

echo "== synthetic catalogs (generated and validated once)"
run -Xmx8g cat.xmess.benchmarks.SyntheticCatalogs 1000 10000 100000

echo "== bundled path: no validator (and no Jackson) classes loaded"
loaded=$(run -verbose:class cat.xmess.benchmarks.BundledPathProbe)
validators=$(grep -cE '^\[.*class,load\] (org\.hibernate\.validator|com\.networknt)\.' <<<"$loaded" || true)
jackson=$(grep -cE '^\[.*class,load\] tools\.jackson\.' <<<"$loaded" || true)
hits=$(grep -o 'hits=[0-9]*' <<<"$loaded")
echo "$validators Hibernate Validator or JSON Schema validator classes and $jackson Jackson classes loaded while loading and searching the bundled catalog (java -verbose:class, $hits): it reads the form compiled at build time. The same proof runs in every build as xmess-catalog's BundledLoadDoesNotValidateTest." > "$RESULTS/bundled-path.txt"
cat "$RESULTS/bundled-path.txt"
[ "$validators" = 0 ] || { echo "a validator was loaded on the bundled path" >&2; exit 1; }
[ "$jackson" = 0 ] || { echo "Jackson was loaded on the bundled path" >&2; exit 1; }

echo "== whole-process cold start (child JVMs, rounds interleaved with the Jackson baseline)"
# The module's own jar, named after the version the POM gives it (the first <version> is the parent's).
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' xmess-benchmarks/pom.xml | head -1)
run cat.xmess.benchmarks.ColdStart "$RESULTS" xmess-benchmarks/target/lib \
  "xmess-benchmarks/target/xmess-benchmarks-$version.jar" xmess-examples/target/xmess.jar 15 3

echo "== retained heap (fresh JVM per size, serial GC)"
for size in 1000 10000 100000; do
  run -XX:+UseSerialGC -Xmx8g cat.xmess.benchmarks.HeapFootprint "$RESULTS/heap.jsonl" "$size"
done

echo "== JMH: load, validation"
"$JAVA" -Dxmess.bench.data="$DATA" -jar "$JAR" 'LoadBenchmark|ValidationBenchmark' \
  -rf json -rff "$RESULTS/jmh.json"

echo "== relevance: nDCG@10 on the judged queries of the bundled catalog"
run cat.xmess.benchmarks.Relevance "$RESULTS" xmess-catalog/src/test/resources/cat/xmess/catalog/search/judged-queries.txt

echo "== JMH: query mix (one fork per engine and size; each fork also writes its engine's answers)"
mix() { "$JAVA" -Dxmess.bench.data="$DATA" -Dxmess.bench.results="$PWD/$RESULTS" -jar "$JAR" MixBenchmark "$@"; }
mix -p engine=xmess,lucene -rf json -rff "$RESULTS/jmh-mix.json"
# H2 takes 0.1 to 0.5 s per text query at 100k: longer iterations so that each query is timed a few times.
mix -p engine=h2 -w 8s -wi 1 -r 20s -i 2 -rf json -rff "$RESULTS/jmh-mix-h2.json"
echo "load at end: $(uptime | sed 's/.*load average/load average/')" >> "$RESULTS/machine.txt"

echo "== engine agreement over the query mix (fails if H2 or Lucene find other initiatives than the SDK)"
for size in 10000 100000; do
  run cat.xmess.benchmarks.EngineAgreement "$RESULTS" "$size"
done
{ for f in "$RESULTS"/agreement-*.md; do cat "$f"; done; } > "$RESULTS/agreement.md"
rm "$RESULTS"/agreement-*.md

echo "== summary"
run cat.xmess.benchmarks.Summary "$RESULTS" > /dev/null
echo "Suite finished in $(( ($(date +%s) - start) / 60 )) min; see $RESULTS/summary.md"
