# Sourced (not run) by the tests of instances behind nginx: deploy/rolling-restart-test.sh and
# deploy/shared-login-test.sh. Everything on 127.0.0.1; every process started here is stopped on exit.
#
# The sourcing script sets TEST_NAME (the first word of every line printed) before sourcing; then JAR (the project's
# jar: java -jar JAR [ADDR:]PORT serves it), READY (the readiness path, READINESS_URL), NGINX_CHECK (a path nginx
# must answer with 200 once started), and calls begin_work once. It may add NAME=VALUE pairs to INSTANCE_ENV (the
# instances' otherwise clean environment) and commands to AT_EXIT (cleanup runs them, the last added first, after
# stopping nginx and the instances: the script's own servers). LOAD_PID, when set, is a load generator to stop.

TEMPLATE=${NGINX_TEMPLATE:-deploy/nginx.conf.template}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
declare -a PIDS=() PORTS=() INSTANCE_ENV=() AT_EXIT=()
NGINX_PID=""
LOAD_PID=""

fail() {
  echo "$TEST_NAME: FAILED: $*" >&2
  # What nginx saw: connection refusals, 503s passed on, upstreams all marked down.
  if [ -n "${WORK:-}" ] && [ -s "$WORK/nginx/logs/error.log" ]; then
    echo "nginx's error log, its kinds of message counted:" >&2
    sed -E 's/^[0-9\/]+ [0-9:]+ \[[a-z]+\] [0-9#]+: \*[0-9]+ //; s/,.*//' "$WORK/nginx/logs/error.log" |
      sort | uniq -c | sort -rn | head -10 >&2
  fi
  exit 1
}
say() { echo "$TEST_NAME: [$(date +%T)] $*"; }

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

now() { date +%s%N; }
since() { # start (from now): the seconds since, as 1.23
  local ms=$(( ($(now) - $1) / 1000000 ))
  printf '%d.%02d' $((ms / 1000)) $((ms % 1000 / 10))
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

build_starter_jar() { # starter-template/target/mysite.jar, built when missing (MAVEN_OPTS for a private repository)
  STARTER_JAR=$PWD/starter-template/target/mysite.jar
  [ -f "$STARTER_JAR" ] && return
  say "building $STARTER_JAR"
  mvn -q -pl framework -am install -DskipTests
  mvn -q -f starter-template/pom.xml package -DskipTests
}

# --- scratch space and cleanup ----------------------------------------------------------------------
begin_work() { # prefix: WORK, a fresh folder deleted on exit, the exit trap, and nginx's port
  WORK=$(mktemp -d "/tmp/$1.XXXXXX")
  NGINX_PORT=$(free_port)
  trap cleanup EXIT
  trap 'exit 130' INT TERM
}

cleanup() {
  local pid i
  set +e
  [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill -QUIT "$NGINX_PID" 2>/dev/null
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for _ in $(seq 1 50); do
    local alive=""
    for pid in "${PIDS[@]}" $NGINX_PID $LOAD_PID; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ -z "$alive" ] && break
    sleep 0.1
  done
  for pid in "${PIDS[@]}" $NGINX_PID $LOAD_PID; do kill -KILL "$pid" 2>/dev/null; done
  for ((i = ${#AT_EXIT[@]} - 1; i >= 0; i--)); do eval "${AT_EXIT[$i]}"; done
  wait 2>/dev/null
  rm -rf "$WORK"
}

# --- instances --------------------------------------------------------------------------------------
SECRET_KEY=$(head -c 60 /dev/urandom | base64 -w0 | tr -d '+/=' | cut -c1-50)

clean_env() { # sets CLEAN_ENV: the command prefix that runs a command from WORK in the instances' clean environment
  CLEAN_ENV=(env -i -C "$WORK" PATH="$PATH" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"}
      ALLOWED_HOSTS=127.0.0.1,localhost SECRET_KEY="$SECRET_KEY" READINESS_URL="$READY"
      SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto: https" NUM_PROXIES=1 "${INSTANCE_ENV[@]}")
}

run_jar() { # arguments: java -jar JAR with them (a command: migrate...), in the instances' environment
  clean_env
  "${CLEAN_ENV[@]}" "$JAVA" -jar "$JAR" "$@"
}

start_instance() { # index: starts it on PORTS[index], in a clean environment, from the scratch folder
  local i=$1
  clean_env
  "${CLEAN_ENV[@]}" "$JAVA" -jar "$JAR" "127.0.0.1:${PORTS[$i]}" >>"$WORK/instance-$i.log" 2>&1 &
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
  local i=$1 pid rc=0
  pid=${PIDS[$i]}
  kill -TERM "$pid"
  for _ in $(seq 1 400); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && fail "instance $i still running 40 s after SIGTERM"
  wait "$pid" || rc=$?
  [ "$rc" = 0 ] || { tail -20 "$WORK/instance-$i.log" >&2; fail "instance $i exited with status $rc after SIGTERM (expected 0)"; }
}

start_instances() { # count: PORTS set to free ports, each started, then each waited for
  local n=$1 i
  PORTS=()
  for ((i = 0; i < n; i++)); do PORTS[$i]=$(free_port); start_instance "$i"; done
  for ((i = 0; i < n; i++)); do wait_ready "$i"; done
}

rolling_restart() { # each instance in turn: stopped (exit 0), started, ready, then 1 s before the next
  local i t0 t1 stopped started
  started=$(now)
  for i in "${!PORTS[@]}"; do
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
}

# --- nginx ------------------------------------------------------------------------------------------
start_nginx() { # number of instances behind it: nginx on NGINX_PORT in front of the first n
  local n=$1 i upstreams="" nginx
  nginx=$(command -v nginx)
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
        "$nginx" -p "$WORK/nginx" -c nginx.conf -g 'daemon off;' 2>>"$WORK/nginx-stderr.log" &
  else
    "$nginx" -p "$WORK/nginx" -c nginx.conf -g 'daemon off;' 2>>"$WORK/nginx-stderr.log" &
  fi
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT$NGINX_CHECK" 2>/dev/null)" = 200 ] && return 0
    kill -0 "$NGINX_PID" 2>/dev/null || break
    sleep 0.1
  done
  cat "$WORK/nginx-stderr.log" "$WORK/nginx/logs/error.log" >&2 2>/dev/null
  fail "nginx on 127.0.0.1:$NGINX_PORT does not answer $NGINX_CHECK with 200"
}
stop_nginx() {
  kill -QUIT "$NGINX_PID"
  wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""
}
