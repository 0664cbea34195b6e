#!/usr/bin/env bash
# Writes the API baseline of a release: the classes of xmess-model and xmess-catalog as that release
# built them, without resources, to api/<artifact>-<version>.jar. japicmp compares every build
# against the baseline named by xmess.api.baseline in pom.xml (CONTRIBUTING.md, API compatibility).
#
# The SDK is not published to Maven Central, so the previous release's jars cannot be downloaded:
# the baseline is built once, at release time, from the release commit, and committed (a few hundred
# kilobytes of class files). Builds then need no network and no git history to check compatibility.
#
#   scripts/api-baseline.sh 0.2.0            # from the working tree (run on the release commit)
#   scripts/api-baseline.sh 0.1.0 19b4870    # from an older commit, in a temporary worktree
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
version="${1:?usage: scripts/api-baseline.sh <version> [<commit>]}"
commit="${2:-}"

source_dir="$root"
cleanup() { :; }
if [ -n "$commit" ]; then
  # Beside the repository, so that ../shared (the dossier) resolves as in the repository itself.
  source_dir="$(dirname "$root")/.xmess-api-baseline-$version"
  git worktree add --detach "$source_dir" "$commit" >/dev/null
  cleanup() { git -C "$root" worktree remove --force "$source_dir"; }
fi
trap cleanup EXIT

(cd "$source_dir" && ./mvnw -B -q package -DskipTests -Djacoco.skip=true -Dinvoker.skip=true \
    -Dxmess.api.check.skip=true -pl xmess-model,xmess-catalog -am)

for artifact in xmess-model xmess-catalog; do
  classes="$(mktemp -d)"
  (cd "$source_dir/$artifact/target/classes" && find . -name '*.class' -exec cp --parents {} "$classes" \;)
  # Fixed entry times, so that the same release always gives the same bytes.
  jar --create --date=2000-01-01T00:00:00Z --file "api/$artifact-$version.jar" -C "$classes" .
  rm -rf "$classes"
  echo "api/$artifact-$version.jar: $(unzip -l "api/$artifact-$version.jar" | tail -1 | awk '{print $2}') classes"
done
