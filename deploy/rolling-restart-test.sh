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

BENCH_SECONDS=${BENCH_SECONDS:-8}
CONNECTIONS=${CONNECTIONS:-16}
WRK_THREADS=${WRK_THREADS:-2}
PAGE=/greetings/alice/
READY=/ready/
JAR=$PWD/starter-template/target/mysite.jar
TEMPLATE=${NGINX_TEMPLATE:-deploy/nginx.conf.template}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

fail() {
  echo "rolling-restart-test: FAILED: $*" >&2
  # What nginx saw: connection refusals, 503s passed on, upstreams all marked down.
  if [ -n "${WORK:-}" ] && [ -s "$WORK/nginx/logs/error.log" ]; then
    echo "nginx's error log, its kinds of message counted:" >&2
    sed -E 's/^[0-9\/]+ [0-9:]+ \[[a-z]+\] [0-9#]+: \*[0-9]+ //; s/,.*//' "$WORK/nginx/logs/error.log" |
      sort | uniq -c | sort -rn | head -10 >&2
  fi
  exit 1
}
say() { echo "rolling-restart-test: [$(date +%T)] $*"; }

# --- tools ------------------------------------------------------------------------------------------
need() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $2"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null || fail "apt-get install -y $2 failed"
  else
    fail "$1 is missing: apt-get install -y $2"
  fi
}
need nginx nginx-light
need wrk wrk
need curl curl
need python3 python3
NGINX=$(command -v nginx)

if [ ! -f "$JAR" ]; then
  say "building $JAR"
  mvn -q -pl framework -am install -DskipTests
  mvn -q -f starter-template/pom.xml package -DskipTests
fi

# --- scratch space and cleanup ----------------------------------------------------------------------
WORK=$(mktemp -d /tmp/hotclub-rolling.XXXXXX)
declare -a PIDS=() PORTS=()
NGINX_PID=""
WRK_PID=""
cleanup() {
  local pid
  set +e
  [ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill -QUIT "$NGINX_PID" 2>/dev/null
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for _ in $(seq 1 50); do
    local alive=""
    for pid in "${PIDS[@]}" $NGINX_PID $WRK_PID; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ -z "$alive" ] && break
    sleep 0.1
  done
  for pid in "${PIDS[@]}" $NGINX_PID $WRK_PID; do kill -KILL "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s%N; }
since() { # start (from now): the seconds since, as 1.23
  local ms=$(( ($(now) - $1) / 1000000 ))
  printf '%d.%02d' $((ms / 1000)) $((ms % 1000 / 10))
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- instances --------------------------------------------------------------------------------------
SECRET_KEY=$(head -c 60 /dev/urandom | base64 -w0 | tr -d '+/=' | cut -c1-50)

start_instance() { # index: starts it on PORTS[index], in a clean environment, from the scratch folder
  local i=$1
  (cd "$WORK" && exec env -i PATH="$PATH" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
      ALLOWED_HOSTS=127.0.0.1,localhost SECRET_KEY="$SECRET_KEY" READINESS_URL="$READY" \
      SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto: https" NUM_PROXIES=1 \
      "$JAVA" -jar "$JAR" "127.0.0.1:${PORTS[$i]}" >>"$WORK/instance-$i.log" 2>&1) &
  PIDS[$i]=$!
}

wait_ready() { # index: until GET READY answers 200 (30 s at most)
  local i=$1
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:${PORTS[$i]}$READY" 2>/dev/null && return 0
    kill -0 "${PIDS[$i]}" 2>/dev/null || { tail -20 "$WORK/instance-$i.log" >&2; fail "instance $i exited at start"; }
    sleep 0.25
  done
  tail -20 "$WORK/instance-$i.log" >&2
  fail "instance $i not ready after 30 s"
}

stop_instance() { # index: SIGTERM, then it must exit 0 within its grace period (30 s) and a bit
  local i=$1 pid=${PIDS[$i]} rc=0
  kill -TERM "$pid"
  for _ in $(seq 1 400); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && fail "instance $i still running 40 s after SIGTERM"
  wait "$pid" || rc=$?
  [ "$rc" = 0 ] || { tail -20 "$WORK/instance-$i.log" >&2; fail "instance $i exited with status $rc after SIGTERM (expected 0)"; }
}

# --- nginx ------------------------------------------------------------------------------------------
NGINX_PORT=$(free_port)
start_nginx() { # number of instances behind it
  local n=$1 i upstreams=""
  for ((i = 0; i < n; i++)); do
    upstreams+="server 127.0.0.1:${PORTS[$i]} max_fails=0; "
  done
  rm -rf "$WORK/nginx"
  mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
  sed -e "s|@LISTEN@|127.0.0.1:$NGINX_PORT|" -e "s|@UPSTREAMS@|$upstreams|" \
      "$TEMPLATE" >"$WORK/nginx/nginx.conf"
  if [ "$(id -u)" = 0 ]; then
    # Unprivileged even when the script runs as root: nginx only needs its prefix.
    chmod 755 "$WORK"
    chown -R nobody "$WORK/nginx"
    setpriv --reuid=nobody --regid=nogroup --clear-groups -- \
        "$NGINX" -p "$WORK/nginx" -c nginx.conf -g 'daemon off;' 2>>"$WORK/nginx-stderr.log" &
  else
    "$NGINX" -p "$WORK/nginx" -c nginx.conf -g 'daemon off;' 2>>"$WORK/nginx-stderr.log" &
  fi
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT$PAGE" 2>/dev/null)" = 200 ] && return 0
    kill -0 "$NGINX_PID" 2>/dev/null || break
    sleep 0.1
  done
  cat "$WORK/nginx-stderr.log" "$WORK/nginx/logs/error.log" >&2 2>/dev/null
  fail "nginx on 127.0.0.1:$NGINX_PORT does not answer $PAGE with 200"
}
stop_nginx() {
  kill -QUIT "$NGINX_PID"
  wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""
}

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
PORTS=("$(free_port)" "$(free_port)")
start_instance 0
start_instance 1
wait_ready 0
wait_ready 1
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
WRK_PID=$!
sleep 2
kill -0 "$WRK_PID" 2>/dev/null || { cat "$WORK/wrk-rolling.txt" >&2; fail "wrk did not start"; }
started=$(now)
for i in 0 1; do
  t0=$(now)
  stop_instance "$i"
  stopped=$(since "$t0")
  t1=$(now)
  start_instance "$i"
  wait_ready "$i"
  say "instance $i restarted: stopped (exit 0) in $stopped s, ready again in $(since "$t1") s"
  sleep 1
done
say "rolling restart done in $(since "$started") s"
kill -0 "$WRK_PID" 2>/dev/null || { cat "$WORK/wrk-rolling.txt" >&2; fail "wrk ended before the rolling restart did (120 s)"; }
kill -INT "$WRK_PID"
wait "$WRK_PID" || { cat "$WORK/wrk-rolling.txt" >&2; fail "wrk failed"; }
WRK_PID=""
check_wrk "$WORK/wrk-rolling.txt" "rolling restart"
sed 's/^/    /' "$WORK/wrk-rolling.txt"
say "rolling restart under load: $(awk '/requests in/ { print $1 }' "$WORK/wrk-rolling.txt") requests, 0 socket errors, 0 non-2xx/3xx, $(req_per_sec "$WORK/wrk-rolling.txt") req/s"
say "PASSED"
