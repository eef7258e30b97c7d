#!/usr/bin/env bash
# Live-reload benchmark: save-to-visible latency in headless Chromium (Java view edit, template edit, stylesheet
# edit) in a project freshly generated from starter-template/. Needs Debian's chromium and chromium-driver.
# Not part of mvn verify.
#   benchmarks/reload/live.sh [SAVES]      (default: 20, after 5 warm-up saves of each kind)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
port="${HOTCLUB_BENCH_PORT:-8798}"

"$root/hotclub" startproject benchsite "$work/benchsite" >/dev/null
# Selenium, from the dev server's test dependencies (the browser tests use the same).
mvn -q -f "$root/devserver/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/classpath.txt" >/dev/null
java -cp "$(cat "$work/classpath.txt")" "$root/benchmarks/reload/LiveReloadBenchmark.java" \
  "$work/benchsite" "$port" "${1:-20}"
