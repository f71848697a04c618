#!/usr/bin/env bash
# Restores, builds and runs every test suite. Last line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

if ! dotnet build SalesPerf.Plugins.sln -c Release -nologo -v q; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
dotnet test SalesPerf.Plugins.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" || status=$?

if [ -x WebResources/test.sh ]; then
  WebResources/test.sh "$results" || status=$?
fi

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  t=$(get total); e=$(get executed); p=$(get passed); f=$(get failed)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
for counts in "$results"/*.counts; do
  [ -e "$counts" ] || continue
  read -r p f < "$counts"
  passed=$((passed + p)); failed=$((failed + f))
done

for summary in "$results"/*.summary.txt; do
  [ -e "$summary" ] && cat "$summary"
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "a test run failed without reporting a failed test (crash or missing results)"
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
