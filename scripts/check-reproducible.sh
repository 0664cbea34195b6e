#!/usr/bin/env bash
# Checks that the build is reproducible: rebuilds the committed sources in a copy at another path
# and compares every jar byte for byte with the ones the last build left in */target.
# Run after ./mvnw verify (or package); extra arguments go to Maven (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

mapfile -t jars < <(find . -path ./scripts -prune -o -path '*/target/*.jar' -print \
  | grep -v '/target/it' | grep -v '/original-' | sort)
if [ "${#jars[@]}" -eq 0 ]; then
  echo "check-reproducible: no jars under */target; run ./mvnw verify first" >&2
  exit 1
fi

copy=$(mktemp -d "${TMPDIR:-/tmp}/xmess-repro.XXXXXX")
trap 'rm -rf "$copy"' EXIT
# The working tree as it is, without build output, at a different absolute path.
tar --exclude=./.git --exclude='./*/target' --exclude=./target -cf - . | tar -xf - -C "$copy"
(cd "$copy" && ./mvnw -B -q -DskipTests -Dinvoker.skip package "$@")

differ=0
for jar in "${jars[@]}"; do
  if cmp -s "$jar" "$copy/$jar"; then
    echo "same      $(sha256sum "$jar" | cut -c1-16)  $jar"
  else
    echo "DIFFERENT $jar" >&2
    differ=1
  fi
done
if [ "$differ" -ne 0 ]; then
  echo "check-reproducible: the jars above differ between two builds of the same sources" >&2
  exit 1
fi
echo "check-reproducible: ${#jars[@]} jars identical across two builds"
