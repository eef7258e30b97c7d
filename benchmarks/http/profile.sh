#!/usr/bin/env bash
# Profiles one server of run.sh under wrk with Java Flight Recorder (CPU samples every millisecond) and prints
# where the samples went (JfrHotMethods). Not part of mvn verify.
#
#   benchmarks/http/profile.sh [SERVER] [SECONDS]        (defaults: hotclub, 20 s recorded after 10 s of warm-up)
#
# SERVER is undertow, hotclub, hotclub-middleware or hotclub-io; the recording stays in benchmarks/http/target/SERVER-profile.jfr
# (open it in JDK Mission Control for the call trees). Same environment variables as run.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
server="${1:-hotclub}"
seconds="${2:-20}"
warmup="${WARMUP:-10}"
port="${BENCH_PORT:-8790}"
java_opts=(${JAVA_OPTS:--Xms256m -Xmx256m})
jar="$root/benchmarks/target/benchmarks.jar"
out="$root/benchmarks/http/target"
url="http://127.0.0.1:$port/greetings/Alice/"
mkdir -p "$out"
if [ ! -f "$jar" ] || [ -n "$(find "$root/framework/src/main" "$root/benchmarks/src" -newer "$jar" -name '*.java' | head -1)" ]; then
    echo "Building $jar" >&2
    (cd "$root" && mvn -q -pl benchmarks -am -Pbench -DskipTests package)
fi

kind="$server" props=()
if [ "$server" = hotclub-io ]; then kind=hotclub; props=(-Dbench.ioThread=true); fi
jfr="$out/$server-profile.jfr"
taskset -c "${SERVER_CPU:-0}" java "${java_opts[@]}" "${props[@]}" \
    "-XX:StartFlightRecording=filename=$jfr,settings=profile,jdk.ExecutionSample#period=1ms,delay=${warmup}s,duration=${seconds}s" \
    -cp "$jar" dev.hotclub.benchmarks.http.GreetingServers "$kind" "$port" >"$out/$server.out" 2>"$out/$server.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do curl -fsS -o /dev/null "$url" 2>/dev/null && break; sleep 0.05; done
result="$(taskset -c "${WRK_CPU:-1}" wrk -t"${WRK_THREADS:-1}" -c"${WRK_CONNECTIONS:-32}" -d"$((warmup + seconds + 2))s" --latency "$url")"
echo "$result"
if echo "$result" | grep -q -E '^ *(Non-2xx or 3xx responses|Socket errors):'; then
    echo "$server did not answer $url with a 2xx to every request: the profile is of error pages (log: $out/$server.log)" >&2
    exit 1
fi
sleep 2
kill "$pid"; wait "$pid" 2>/dev/null || true
java -cp "$jar" dev.hotclub.benchmarks.http.JfrHotMethods "$jfr" 25
