#!/usr/bin/env bash
# Start to first 200 and idle RSS of a packaged project:
#   benchmarks/jar/start.sh starter-template/target/mysite.jar [RUNS] [JAVA OPTIONS...]
# Each run starts `java -jar` in an empty temporary folder with an empty environment (but ALLOWED_HOSTS and a
# random SECRET_KEY, which a project refuses to start without when DEBUG is off),
# polls GET /greetings/ every 5 ms until it answers 200 (wall and CPU time), then waits 5 s and reads the process's resident set
# (VmRSS) while idle. Prints one line per run, then the median.
set -euo pipefail
jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
runs="${2:-5}"
shift $(( $# >= 2 ? 2 : 1 ))
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
port=18099
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
secret="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
times=(); cpus=(); rss=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  (cd "$work" && exec env -i ALLOWED_HOSTS=127.0.0.1 SECRET_KEY="$secret" "$(command -v "$java_bin")" "$@" -jar "$jar" "127.0.0.1:$port" \
      >"$work/out.txt" 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/greetings/" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/out.txt" >&2; exit 1; }
    sleep 0.005
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  # CPU time (user + system) spent until then: less sensitive than wall time to a loaded machine.
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  sleep 5
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "run $i: first 200 after ${ms} ms (CPU ${cpu_ms} ms), idle RSS $((kb / 1024)) MB"
  times+=("$ms"); cpus+=("$cpu_ms"); rss+=("$((kb / 1024))")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: first 200 after $(median "${times[@]}") ms (CPU $(median "${cpus[@]}") ms), idle RSS $(median "${rss[@]}") MB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
