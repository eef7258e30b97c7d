#!/usr/bin/env bash
# HTTP benchmark: the seed's greeting view (/greetings/Alice/, DEBUG off) served by plain Undertow (BlockingHandler
# + response sender) and by Hotclub's production server (HotclubServer, request log on), side by side in one run.
# Each server runs pinned to one core (taskset), wrk to the other, with the same JVM options; each round measures
# every server once after its own warm-up, the order alternating from round to round. Not part of mvn verify.
#
#   benchmarks/http/run.sh [ROUNDS] [SECONDS]           (defaults: 3 rounds of 15 s each, after 10 s of warm-up)
#
# Environment: JAVA_OPTS (default -Xms256m -Xmx256m), WRK_THREADS (1), WRK_CONNECTIONS (32), WARMUP (10),
# SERVER_CPU (0), WRK_CPU (1), SERVERS ("undertow hotclub"; add hotclub-io for views served on the IO thread),
# BENCH_PORT (8790), JFR=1 records a flight recording of each measured Hotclub run into benchmarks/http/target/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-3}"
seconds="${2:-15}"
warmup="${WARMUP:-10}"
threads="${WRK_THREADS:-1}"
connections="${WRK_CONNECTIONS:-32}"
server_cpu="${SERVER_CPU:-0}"
wrk_cpu="${WRK_CPU:-1}"
port="${BENCH_PORT:-8790}"
servers=(${SERVERS:-undertow hotclub})
java_opts=(${JAVA_OPTS:--Xms256m -Xmx256m})
jar="$root/benchmarks/target/benchmarks.jar"
out="$root/benchmarks/http/target"
url="http://127.0.0.1:$port/greetings/Alice/"

if ! command -v wrk >/dev/null; then
    echo "wrk is missing; installing it (apt-get)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; fi
fi
if [ ! -f "$jar" ] || [ -n "$(find "$root/framework/src" "$root/benchmarks/src" -newer "$jar" -name '*.java' | head -1)" ]; then
    echo "Building $jar" >&2
    (cd "$root" && mvn -q -pl benchmarks -am -Pbench -DskipTests package)
fi
mkdir -p "$out"

pid=""
stop_server() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi
}
trap stop_server EXIT

# wrk's latency figures come as 1.23ms, 456.00us or 1.02s: in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# measure SERVER ROUND: prints "req/s p99_ms log_lines"
measure() {
    local server="$1" round="$2" extra=()
    if [ "${JFR:-0}" = 1 ] && [ "$server" != undertow ]; then
        extra=("-XX:StartFlightRecording=filename=$out/$server-$round.jfr,settings=profile,delay=${warmup}s")
    fi
    local kind="$server" props=()
    if [ "$server" = hotclub-io ]; then kind=hotclub; props=(-Dbench.ioThread=true); fi
    taskset -c "$server_cpu" java "${java_opts[@]}" "${extra[@]}" "${props[@]}" -cp "$jar" \
        dev.hotclub.benchmarks.http.GreetingServers "$kind" "$port" >"$out/$server.out" 2>"$out/$server.log" &
    pid=$!
    for _ in $(seq 1 200); do
        curl -fsS -o /dev/null "$url" 2>/dev/null && break
        sleep 0.05
    done
    curl -fsS "$url" | grep -q 'Hello, Alice!' || { echo "$server does not answer $url" >&2; cat "$out/$server.log" >&2; exit 1; }
    taskset -c "$wrk_cpu" wrk -t"$threads" -c"$connections" -d"${warmup}s" "$url" >/dev/null
    local result
    result="$(taskset -c "$wrk_cpu" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$url")"
    echo "$result" >"$out/$server-$round.wrk"
    stop_server
    local rps p99 lines
    rps="$(echo "$result" | awk '/^Requests\/sec:/ { print $2 }')"
    p99="$(to_ms "$(echo "$result" | awk '$1 == "99%" { print $2 }')")"
    lines="$(grep -c '"GET /greetings/Alice/ HTTP/1.1" 200' "$out/$server.log" || true)"
    echo "$rps $p99 $lines"
}

echo "wrk -t$threads -c$connections, ${warmup}s warm-up + ${seconds}s measured per server; server on CPU $server_cpu, wrk on CPU $wrk_cpu"
echo "JVM: $(java -version 2>&1 | head -1); options: ${java_opts[*]}; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-11s %12s %10s %12s %8s\n' round server "req/s" "p99 ms" "log lines" ratio
declare -A ratios
for round in $(seq 1 "$rounds"); do
    order=("${servers[@]}")
    if [ $((round % 2)) = 0 ]; then order=($(printf '%s\n' "${servers[@]}" | tac)); fi
    declare -A rps=()
    for server in "${order[@]}"; do
        read -r r p l <<<"$(measure "$server" "$round")"
        rps[$server]="$r"
        printf '%-6s %-11s %12s %10s %12s\n' "$round" "$server" "$r" "$p" "${l:-0}"
    done
    for server in "${servers[@]}"; do
        if [ "$server" != undertow ] && [ -n "${rps[undertow]:-}" ]; then
            ratio="$(awk -v a="${rps[$server]}" -v b="${rps[undertow]}" 'BEGIN { printf "%.2f", a / b }')"
            ratios[$server]="${ratios[$server]:-} $ratio"
            printf '%-6s %-11s %12s %10s %12s %8s\n' "$round" "$server" "" "" "" "${ratio}x"
        fi
    done
done
for server in "${!ratios[@]}"; do
    echo "$server / undertow, per round:${ratios[$server]}  (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
done
