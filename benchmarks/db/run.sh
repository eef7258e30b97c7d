#!/usr/bin/env bash
# TechEmpower's database tests (single query /db, 20 queries, fortunes, 20 updates; TFB's rules) on one throwaway
# PostgreSQL, served three ways side by side: Hotclub's ORM and FreeMarker (hotclub), plain Undertow + JDBC +
# HikariCP with the same pool size (jdbc), and Django 3.2 under gunicorn (django). Not part of mvn verify or CI.
#
#   benchmarks/db/run.sh [ROUNDS] [SECONDS]      (defaults: 3 rounds of 5 s per server and test, after 5 s of warm-up)
#
# First it starts PostgreSQL (Debian's server binaries, a cluster in a temporary folder, as the postgres user when
# run as root; durability off), loads TFB's tables (schema.sql), starts the servers, each pinned to SERVER_CPU, and
# checks every endpoint of each (verify.py: headers, rows, clamping, the fortunes page byte for byte, the statements
# each request runs). Then, per round, each test is measured on each server in turn, the order flipping every round,
# so that the ratios compare bursts a few seconds apart on a shared machine. Any answer but a 2xx stops the script.
#
# Environment: WRK_THREADS (1), WRK_CONNECTIONS (32), WARMUP (5), SERVER_CPU (0), WRK_CPU (1), PG_CPU (1),
# POOL_SIZE (10: both Java pools), DJANGO_WORKERS (2 * cores the server has + 1 = 3), JAVA_OPTS (-Xms256m -Xmx256m),
# SERVERS ("hotclub jdbc django"; hotclub-before is Hotclub from BEFORE_JAR, a benchmarks.jar built from the code
# before a change, so that the change's before and after are measured side by side in one run; jdbc-ioend is jdbc
# sending each response from the IO thread, as Hotclub does),
# TESTS ("db queries fortunes updates"), BENCH_PORT (8810 and the next ports).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/benchmarks/db"
rounds="${1:-3}"
seconds="${2:-${BENCH_SECONDS:-5}}"
warmup="${WARMUP:-5}"
threads="${WRK_THREADS:-1}"
connections="${WRK_CONNECTIONS:-32}"
server_cpu="${SERVER_CPU:-0}"
wrk_cpu="${WRK_CPU:-1}"
pg_cpu="${PG_CPU:-1}"
pool_size="${POOL_SIZE:-10}"
server_cores="$(taskset -c "$server_cpu" nproc)"
django_workers="${DJANGO_WORKERS:-$((2 * server_cores + 1))}"
base_port="${BENCH_PORT:-8810}"
servers=(${SERVERS:-hotclub jdbc django})
tests=(${TESTS:-db queries fortunes updates})
java_opts=(${JAVA_OPTS:--Xms256m -Xmx256m})
jar="$root/benchmarks/target/benchmarks.jar"
out="$here/target"
python=/usr/bin/python3   # Debian's, with python3-django and python3-psycopg2

sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x /usr/bin/gunicorn ] || missing+=(gunicorn)
$python -c 'import psycopg2' 2>/dev/null || missing+=(python3-psycopg2)
$python -c 'import django' 2>/dev/null || missing+=(python3-django)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (apt-get)" >&2
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$pg_bin" ]; then
    echo "No PostgreSQL server under /usr/lib/postgresql: apt-get install postgresql" >&2; exit 1
fi
if [ ! -f "$jar" ] || [ -n "$(find "$root/framework/src/main" "$root/benchmarks/src" -newer "$jar" -type f | head -1)" ]; then
    echo "Building $jar" >&2
    (cd "$root" && mvn -q -pl benchmarks -am -Pbench -DskipTests package)
fi
mkdir -p "$out"

# PostgreSQL: a throwaway cluster, as the framework's tests start it (PostgresServer.java).
pg_dir="$(mktemp -d /tmp/hotclub-dbbench-XXXXXX)"
as_pg=()
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pg_dir"; as_pg=(runuser -u postgres --); fi
pg_port=$((base_port + 9))
declare -A port pid
stop_all() {
    for s in "${!pid[@]}"; do kill "${pid[$s]}" 2>/dev/null || true; done
    for s in "${!pid[@]}"; do wait "${pid[$s]}" 2>/dev/null || true; done
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
}
trap stop_all EXIT
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$out/initdb.log"
taskset -c "$pg_cpu" "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/server.log" -o \
    "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_preload_libraries=pg_stat_statements" \
    start >/dev/null
psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE hello_world"
"${psql[@]}" -d hello_world -f "$here/schema.sql" >/dev/null
database_url="postgres://postgres@127.0.0.1:$pg_port/hello_world"

i=0
for server in "${servers[@]}"; do
    port[$server]=$((base_port + i)); i=$((i + 1))
    case "$server" in
        hotclub|jdbc|jdbc-ioend|hotclub-before)
            kind="$server" server_jar="$jar"
            if [ "$server" = hotclub-before ]; then kind=hotclub; server_jar="${BEFORE_JAR:?hotclub-before needs BEFORE_JAR}"; fi
            taskset -c "$server_cpu" java "${java_opts[@]}" -cp "$server_jar" dev.hotclub.benchmarks.db.DbServers \
                "$kind" "${port[$server]}" "$database_url" "$pool_size" >"$out/$server.out" 2>"$out/$server.log" & ;;
        django)
            DATABASE_URL="$database_url" taskset -c "$server_cpu" /usr/bin/gunicorn --chdir "$here/django" \
                --workers "$django_workers" --worker-class sync --bind "127.0.0.1:${port[$server]}" \
                --log-level warning wsgi:application >"$out/$server.out" 2>"$out/$server.log" & ;;
        *) echo "Unknown server $server: hotclub, hotclub-before, jdbc, jdbc-ioend or django" >&2; exit 2 ;;
    esac
    pid[$server]=$!
done
path_of() {
    case "$1" in
        db) echo /db ;; queries) echo "/queries?queries=20" ;; fortunes) echo /fortunes ;; updates) echo "/updates?queries=20" ;;
        *) echo "Unknown test $1: db, queries, fortunes or updates" >&2; exit 2 ;;
    esac
}
url() { echo "http://127.0.0.1:${port[$1]}$(path_of "$2")"; }
for server in "${servers[@]}"; do
    for _ in $(seq 1 600); do curl -fsS -o /dev/null "$(url "$server" db)" 2>/dev/null && break; sleep 0.1; done
    $python "$here/verify.py" "$server" "http://127.0.0.1:${port[$server]}" \
        "host=127.0.0.1 port=$pg_port user=postgres dbname=hello_world" || { cat "$out/$server.log" >&2; exit 1; }
done

burst() { # SERVER TEST SECONDS: prints req/s
    local result
    result="$(taskset -c "$wrk_cpu" wrk -t"$threads" -c"$connections" -d"$3s" "$(url "$1" "$2")")"
    # wrk counts the answers that are not 2xx or 3xx, and socket errors, but exits 0 either way.
    if echo "$result" | grep -q -E '^ *(Non-2xx or 3xx responses|Socket errors):'; then
        echo "$1 did not answer $(url "$1" "$2") with a 2xx to every request:" >&2
        echo "$result" | grep -E '^ *(Non-2xx or 3xx responses|Socket errors|Requests/sec):' >&2
        echo "(its log: $out/$1.log)" >&2
        return 1
    fi
    echo "$result" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }'
}

echo "wrk -t$threads -c$connections; ${warmup} s warm-up per server and test, then $rounds rounds of ${seconds} s;" \
    "servers on CPU $server_cpu, wrk on CPU $wrk_cpu, PostgreSQL on CPU $pg_cpu; pools of $pool_size;" \
    "gunicorn: $django_workers sync workers"
echo "JVM: $(java -version 2>&1 | head -1); options: ${java_opts[*]}; Django $($python -c 'import django; print(django.get_version())');" \
    "PostgreSQL $("$pg_bin/postgres" --version | awk '{ print $3 }')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for test in "${tests[@]}"; do for server in "${servers[@]}"; do burst "$server" "$test" "$warmup" >/dev/null || exit 1; done; done

# The ratios: hotclub (and hotclub-before) against each other server, and hotclub against hotclub-before.
pairs=()
for base in hotclub hotclub-before; do
    [[ " ${servers[*]} " == *" $base "* ]] || continue
    for server in "${servers[@]}"; do
        if [ "$server" != hotclub ] && [ "$server" != hotclub-before ]; then pairs+=("$base/$server"); fi
    done
done
if [[ " ${servers[*]} " == *" hotclub "* && " ${servers[*]} " == *" hotclub-before "* ]]; then pairs+=("hotclub/hotclub-before"); fi
header="round|test"; for server in "${servers[@]}"; do header="$header|$server req/s"; done
for pair in "${pairs[@]}"; do header="$header|$pair"; done
echo "$header|load average" | tr '|' '\t'
declare -A ratios
for round in $(seq 1 "$rounds"); do
    order=("${servers[@]}")
    if [ $((round % 2)) = 0 ]; then order=($(printf '%s\n' "${servers[@]}" | tac)); fi
    for test in "${tests[@]}"; do
        declare -A rps=()
        for server in "${order[@]}"; do rps[$server]="$(burst "$server" "$test" "$seconds")" || exit 1; done
        row="$round|$test"
        for server in "${servers[@]}"; do row="$row|${rps[$server]}"; done
        for pair in "${pairs[@]}"; do
            ratio="$(awk -v a="${rps[${pair%%/*}]}" -v b="${rps[${pair#*/}]}" 'BEGIN { printf "%.2f", a / b }')"
            ratios["$test $pair"]="${ratios["$test $pair"]:-} $ratio"
            row="$row|$ratio"
        done
        echo "$row|$(cut -d' ' -f1-3 /proc/loadavg)" | tr '|' '\t'
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() {
    printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}
if [ ${#pairs[@]} -gt 0 ]; then
    for test in "${tests[@]}"; do
        line="$test:"
        for pair in "${pairs[@]}"; do
            r=(${ratios["$test $pair"]})
            line="$line $pair median $(median "${r[@]}") (range $(printf '%s\n' "${r[@]}" | sort -n | head -1)-$(printf '%s\n' "${r[@]}" | sort -n | tail -1));"
        done
        echo "$line"
    done
fi
