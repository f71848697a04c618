#!/usr/bin/env bash
# Browser tests of the SalesPerf web resources in real headless Chromium.
#   WebResources/test.sh [RESULTS_DIR]        (default: WebResources/artifacts)
# Installs what is missing (Debian chromium + a CJK font through apt-get, playwright-core through
# npm ci; never a downloaded browser), runs node's test runner over tests/*.test.js, writes
# RESULTS_DIR/webresources.counts ("<passed> <failed>"), RESULTS_DIR/webresources.tap and one
# screenshot per page view in RESULTS_DIR/screens/, and exits non-zero on any failure.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# RESULTS_DIR is relative to the caller's directory (the repository's ./test.sh passes artifacts/test-results).
results="${1:-$here/artifacts}"
mkdir -p "$results" || { echo "webresources: cannot create $results" >&2; exit 1; }
results="$(cd "$results" && pwd)"
cd "$here"
counts="$results/webresources.counts"
tap="$results/webresources.tap"
rm -f "$counts" "$tap"
rm -rf "$results/screens"

give_up() {
  echo "webresources: $1" >&2
  echo "0 1" > "$counts"
  exit 1
}

# 1. Debian's Chromium (and a font for the Chinese screenshots); apt-get update only when something is missing.
missing=()
dpkg -s chromium >/dev/null 2>&1 && [ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "webresources: installing ${missing[*]} (apt-get)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq || give_up "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || give_up "apt-get install ${missing[*]} failed"
fi
[ -x /usr/bin/chromium ] || give_up "/usr/bin/chromium is missing"

# 2. playwright-core exactly as locked (no browser download: it only drives /usr/bin/chromium).
locked="$(node -e "console.log(require('./package-lock.json').packages['node_modules/playwright-core'].version)")" \
  || give_up "cannot read package-lock.json"
installed="$(node -e "console.log(require('./node_modules/playwright-core/package.json').version)" 2>/dev/null || true)"
if [ "$installed" != "$locked" ]; then
  echo "webresources: npm ci (playwright-core $locked)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error || give_up "npm ci failed"
fi

# 3. The tests. Each test file serves the web resources itself from 127.0.0.1 on a free port.
export SPM_SCREENS="$results/screens"
status=0
node --test --test-concurrency=1 --test-timeout=120000 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" \
  tests/*.test.js || status=$?

passed="$(sed -n 's/^# pass \([0-9][0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -n 1)"
failed="$(sed -n 's/^# fail \([0-9][0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -n 1)"
cancelled="$(sed -n 's/^# cancelled \([0-9][0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -n 1)"
passed="${passed:-0}"
failed=$(( ${failed:-0} + ${cancelled:-0} ))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the runner failed without reporting a failed test (crash, missing results)
fi
echo "$passed $failed" > "$counts"
echo "webresources: $passed passed, $failed failed (screens in $SPM_SCREENS)"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
