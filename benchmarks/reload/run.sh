#!/usr/bin/env bash
# Reload benchmark: save-to-served latency (Java view edit, template edit) and cold start to first 200,
# in a project freshly generated from starter-template/. Not part of mvn verify.
#   benchmarks/reload/run.sh [SAVES] [COLD_STARTS]      (defaults: 30 and 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
port="${HOTCLUB_BENCH_PORT:-8799}"

"$root/hotclub" startproject benchsite "$work/benchsite" >/dev/null
java "$root/benchmarks/reload/ReloadBenchmark.java" "$work/benchsite" "$port" "${1:-30}" "${2:-5}"
