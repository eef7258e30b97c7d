#!/usr/bin/env bash
# HTTP benchmark: the seed's greeting view (/greetings/Alice/, DEBUG off) served by plain Undertow (BlockingHandler
# + response sender) and by Hotclub's production server (HotclubServer, request log on), side by side in one run.
#
# Every server runs at once, each its own JVM with the same options, all pinned to one core (taskset); wrk, pinned
# to the other core, drives one server at a time. After a warm-up of each, the rounds alternate between the servers
# in short bursts (the order flipping every round), so that each ratio compares two bursts a few seconds apart: on a
# shared machine the load drifts by more than the difference measured. Each burst also reads the CPU time the
# server's JVM used (/proc/PID/stat) and prints it per request: on a busy machine, the ratio of CPU time per request
# moves far less with the load than the ratio of requests per second. Not part of mvn verify.
#
#   benchmarks/http/run.sh [ROUNDS] [SECONDS]       (defaults: 10 rounds of 5 s per server, after 10 s of warm-up)
#
# Environment: JAVA_OPTS (default -Xms256m -Xmx256m), WRK_THREADS (1), WRK_CONNECTIONS (32), WARMUP (10),
# SERVER_CPU (0), WRK_CPU (1), SERVERS ("undertow hotclub"; add hotclub-io for a view served on the IO thread,
# undertow-ioend for plain Undertow sending from the IO thread as Hotclub does,
# hotclub-middleware for the starter's five default middleware, NAME-before for NAME from the jar BEFORE_JAR, a
# build of the code before a change), BENCH_PORT (8790, and the next ports). The request
# log goes to benchmarks/http/target/SERVER.log. Any answer but a 2xx stops the script with an error: a benchmark of
# error pages measures nothing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-10}"
seconds="${2:-5}"
warmup="${WARMUP:-10}"
threads="${WRK_THREADS:-1}"
connections="${WRK_CONNECTIONS:-32}"
server_cpu="${SERVER_CPU:-0}"
wrk_cpu="${WRK_CPU:-1}"
base_port="${BENCH_PORT:-8790}"
servers=(${SERVERS:-undertow hotclub})
java_opts=(${JAVA_OPTS:--Xms256m -Xmx256m})
jar="$root/benchmarks/target/benchmarks.jar"
out="$root/benchmarks/http/target"

if ! command -v wrk >/dev/null; then
    echo "wrk is missing; installing it (apt-get)" >&2
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null
fi
if [ ! -f "$jar" ] || [ -n "$(find "$root/framework/src/main" "$root/benchmarks/src" -newer "$jar" -name '*.java' | head -1)" ]; then
    echo "Building $jar" >&2
    (cd "$root" && mvn -q -pl benchmarks -am -Pbench -DskipTests package)
fi
mkdir -p "$out"

declare -A port pid
stop_servers() {
    for s in "${!pid[@]}"; do kill "${pid[$s]}" 2>/dev/null || true; done
    for s in "${!pid[@]}"; do wait "${pid[$s]}" 2>/dev/null || true; done
}
trap stop_servers EXIT

i=0
for server in "${servers[@]}"; do
    port[$server]=$((base_port + i)); i=$((i + 1))
    kind="$server" props=() server_jar="$jar"
    # NAME-before: the same server from BEFORE_JAR (a benchmarks.jar built from the code before a change), so
    # that a change's before and after are measured side by side in one run.
    if [[ "$kind" == *-before ]]; then kind="${kind%-before}"; server_jar="${BEFORE_JAR:?$server needs BEFORE_JAR}"; fi
    if [ "$kind" = hotclub-io ]; then kind=hotclub; props=(-Dbench.ioThread=true); fi
    taskset -c "$server_cpu" java "${java_opts[@]}" "${props[@]}" -cp "$server_jar" \
        dev.hotclub.benchmarks.http.GreetingServers "$kind" "${port[$server]}" >"$out/$server.out" 2>"$out/$server.log" &
    pid[$server]=$!
done
url() { echo "http://127.0.0.1:${port[$1]}/greetings/Alice/"; }
for server in "${servers[@]}"; do
    for _ in $(seq 1 300); do curl -fsS -o /dev/null "$(url "$server")" 2>/dev/null && break; sleep 0.05; done
    status="$(curl -sS -o "$out/$server.first" -w '%{http_code}' "$(url "$server")" || true)"
    if [ "$status" != 200 ] || ! grep -q 'Hello, Alice!' "$out/$server.first"; then
        echo "$server answers $(url "$server") with ${status:-nothing}, not 200 and the greeting:" >&2
        cat "$out/$server.first" "$out/$server.log" >&2; exit 1
    fi
done

# wrk's latencies come as 812.00us, 1.23ms or 1.02s: in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
# The CPU time the server's JVM has used (all its threads: GC, JIT and the request log's writer included), in
# clock ticks.
cpu_ticks() {
    awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/${pid[$1]}/stat"
}
tick_us=$((1000000 / $(getconf CLK_TCK)))
burst() { # SERVER SECONDS: prints "req/s p99_ms cpu_us_per_request"
    local result before after
    before="$(cpu_ticks "$1")"
    result="$(taskset -c "$wrk_cpu" wrk -t"$threads" -c"$connections" -d"$2s" --latency "$(url "$1")")"
    after="$(cpu_ticks "$1")"
    # wrk counts the answers that are not 2xx or 3xx, and socket errors, but exits 0 either way.
    if echo "$result" | grep -q -E '^ *(Non-2xx or 3xx responses|Socket errors):'; then
        echo "$1 did not answer $(url "$1") with a 2xx to every request:" >&2
        echo "$result" | grep -E '^ *(Non-2xx or 3xx responses|Socket errors|Requests/sec):' >&2
        echo "(its log: $out/$1.log)" >&2
        return 1
    fi
    echo "$(echo "$result" | awk '/^Requests\/sec:/ { print $2 }') $(to_ms "$(echo "$result" | awk '$1 == "99%" { print $2 }')")" \
        "$(echo "$result" | awk -v t=$((after - before)) -v us="$tick_us" '/ requests in / { printf "%.1f", t * us / $1 }')"
}

echo "wrk -t$threads -c$connections; ${warmup} s warm-up each, then $rounds rounds of ${seconds} s per server; servers on CPU $server_cpu, wrk on CPU $wrk_cpu"
echo "JVM: $(java -version 2>&1 | head -1); options: ${java_opts[*]}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for server in "${servers[@]}"; do burst "$server" "$warmup" >/dev/null || exit 1; done

header="round"; for server in "${servers[@]}"; do header="$header|$server req/s|p99 ms|cpu us/req"; done
for server in "${servers[@]}"; do [ "$server" = undertow ] || header="$header|$server/undertow|cpu"; done
echo "$header" | tr '|' '\t'
declare -A ratios cpu_ratios sums cpu_sums
for round in $(seq 1 "$rounds"); do
    order=("${servers[@]}")
    if [ $((round % 2)) = 0 ]; then order=($(printf '%s\n' "${servers[@]}" | tac)); fi
    declare -A rps=() p99=() cpu=()
    for server in "${order[@]}"; do
        line="$(burst "$server" "$seconds")" || exit 1
        read -r r p c <<<"$line"
        rps[$server]="$r"; p99[$server]="$p"; cpu[$server]="$c"
        sums[$server]="$(awk -v a="${sums[$server]:-0}" -v b="$r" 'BEGIN { print a + b }')"
        cpu_sums[$server]="$(awk -v a="${cpu_sums[$server]:-0}" -v b="$c" 'BEGIN { print a + b }')"
    done
    row="$round"
    for server in "${servers[@]}"; do row="$row|${rps[$server]}|${p99[$server]}|${cpu[$server]}"; done
    for server in "${servers[@]}"; do
        [ "$server" = undertow ] && continue
        ratio="$(awk -v a="${rps[$server]}" -v b="${rps[undertow]}" 'BEGIN { printf "%.2f", a / b }')"
        ratios[$server]="${ratios[$server]:-} $ratio"
        # Undertow's CPU time per request over this server's: the ratio the server's core would give if nothing
        # else ran on it, which the load of a shared machine does not move as much as it moves req/s.
        cpu_ratio="$(awk -v a="${cpu[undertow]}" -v b="${cpu[$server]}" 'BEGIN { printf "%.2f", a / b }')"
        cpu_ratios[$server]="${cpu_ratios[$server]:-} $cpu_ratio"
        row="$row|$ratio|$cpu_ratio"
    done
    echo "$row" | tr '|' '\t'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() {
    printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}
for server in "${servers[@]}"; do
    [ "$server" = undertow ] && continue
    echo "$server / undertow: median $(median ${ratios[$server]})," \
        "range $(printf '%s\n' ${ratios[$server]} | sort -n | head -1)-$(printf '%s\n' ${ratios[$server]} | sort -n | tail -1)," \
        "mean req/s $(awk -v a="${sums[$server]}" -v n="$rounds" 'BEGIN { printf "%.0f", a / n }') vs $(awk -v a="${sums[undertow]}" -v n="$rounds" 'BEGIN { printf "%.0f", a / n }');" \
        "request log lines: $(grep -c '"GET /greetings/Alice/ HTTP/1.1" 200' "$out/$server.log" || true)"
    echo "  CPU time per request: median ratio $(median ${cpu_ratios[$server]}), range" \
        "$(printf '%s\n' ${cpu_ratios[$server]} | sort -n | head -1)-$(printf '%s\n' ${cpu_ratios[$server]} | sort -n | tail -1)," \
        "mean $(awk -v a="${cpu_sums[$server]}" -v n="$rounds" 'BEGIN { printf "%.1f", a / n }') us vs" \
        "$(awk -v a="${cpu_sums[undertow]}" -v n="$rounds" 'BEGIN { printf "%.1f", a / n }') us"
done
