#!/usr/bin/env bash
# Scale-out, tested: two instances of the starter's jar behind nginx, on 127.0.0.1 only.
#
#   1. req/s through nginx with 1 instance, then with 2 (wrk, a 200 page: /greetings/alice/);
#   2. a rolling restart of both instances while wrk runs through nginx: each in turn gets SIGTERM,
#      must exit 0, is started again and waited for until its readiness URL answers 200. wrk must
#      report no socket error (connect, read, write, timeout) and no non-2xx/3xx response.
#
# Usage: deploy/rolling-restart-test.sh        (from anywhere; exit status 0 when every check passed)
# Knobs (environment): BENCH_SECONDS (8), CONNECTIONS (16), WRK_THREADS (2),
# NGINX_TEMPLATE (deploy/nginx.conf.template). The rolling restart's load lasts as long as the restart
# itself, plus 2 s before and 1 s after (wrk stops on SIGINT and prints its summary).
# Needs java, curl, python3, nginx (Debian: nginx-light) and wrk; run as root it installs the last two
# with apt-get when missing. It builds starter-template/target/mysite.jar when missing (set MAVEN_OPTS
# for a private local repository). Every process it starts is stopped on exit, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

TEST_NAME=rolling-restart-test
source deploy/behind-nginx.sh

BENCH_SECONDS=${BENCH_SECONDS:-8}
CONNECTIONS=${CONNECTIONS:-16}
WRK_THREADS=${WRK_THREADS:-2}
PAGE=/greetings/alice/
READY=/ready/
NGINX_CHECK=$PAGE

need nginx nginx-light
need wrk wrk
need curl curl
need python3 python3
build_starter_jar
JAR=$STARTER_JAR

begin_work hotclub-rolling

# --- wrk --------------------------------------------------------------------------------------------
run_wrk() { # seconds, output file
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$1s" --timeout 5s "http://127.0.0.1:$NGINX_PORT$PAGE" >"$2" 2>&1
}
check_wrk() { # output file, label: no socket error, no error status, some requests
  if grep -q -e 'Socket errors' -e 'Non-2xx or 3xx responses' "$1"; then
    cat "$1" >&2
    fail "$2: wrk saw failed requests"
  fi
  grep -q 'requests in' "$1" || { cat "$1" >&2; fail "$2: wrk printed no result"; }
}
req_per_sec() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }

# --- 1. throughput: 1 instance, then 2 ----------------------------------------------------------------
start_instances 2
say "instances on 127.0.0.1:${PORTS[0]} and 127.0.0.1:${PORTS[1]}, nginx on 127.0.0.1:$NGINX_PORT, wrk -t$WRK_THREADS -c$CONNECTIONS GET $PAGE"

start_nginx 1
body=$(curl -fsS "http://127.0.0.1:$NGINX_PORT$PAGE")
case "$body" in *'Hello, Alice!'*) ;; *) fail "unexpected page through nginx: $body" ;; esac
run_wrk 3 "$WORK/wrk-warmup-0.txt"     # JIT warm-up, not counted
run_wrk "$BENCH_SECONDS" "$WORK/wrk-1.txt"
check_wrk "$WORK/wrk-1.txt" "1 instance"
stop_nginx

start_nginx 2
run_wrk 3 "$WORK/wrk-warmup-1.txt"     # warms instance 1 up too
run_wrk "$BENCH_SECONDS" "$WORK/wrk-2.txt"
check_wrk "$WORK/wrk-2.txt" "2 instances"
say "1 instance:  $(req_per_sec "$WORK/wrk-1.txt") req/s through nginx (${BENCH_SECONDS} s)"
say "2 instances: $(req_per_sec "$WORK/wrk-2.txt") req/s through nginx (${BENCH_SECONDS} s)"

# --- 2. rolling restart under load --------------------------------------------------------------------
# wrk runs until SIGINT (at most 120 s), from 2 s before the first SIGTERM to 1 s after the last ready.
# wrk itself in the background, not a function or subshell: SIGINT must reach wrk.
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d120s --timeout 5s "http://127.0.0.1:$NGINX_PORT$PAGE" >"$WORK/wrk-rolling.txt" 2>&1 &
LOAD_PID=$!
sleep 2
kill -0 "$LOAD_PID" 2>/dev/null || { cat "$WORK/wrk-rolling.txt" >&2; fail "wrk did not start"; }
rolling_restart
kill -0 "$LOAD_PID" 2>/dev/null || { cat "$WORK/wrk-rolling.txt" >&2; fail "wrk ended before the rolling restart did (120 s)"; }
kill -INT "$LOAD_PID"
wait "$LOAD_PID" || { cat "$WORK/wrk-rolling.txt" >&2; fail "wrk failed"; }
LOAD_PID=""
check_wrk "$WORK/wrk-rolling.txt" "rolling restart"
sed 's/^/    /' "$WORK/wrk-rolling.txt"
say "rolling restart under load: $(awk '/requests in/ { print $1 }' "$WORK/wrk-rolling.txt") requests, 0 socket errors, 0 non-2xx/3xx, $(req_per_sec "$WORK/wrk-rolling.txt") req/s"
say "PASSED"
