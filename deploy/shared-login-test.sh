#!/usr/bin/env bash
# Logins shared by two instances behind nginx, and kept through a rolling restart, tested (issue 19's "done when"):
#
#   the project: the starter with users (deploy/shared-login/: its Site.java with Django's login and logout views,
#   a page behind loginRequired, and the session store its environment names), packaged as the starter's jar;
#   a throwaway PostgreSQL (DATABASE_URL) and a redis-server, each on a free port; `java -jar mysite.jar migrate`
#   and `createsuperuser --noinput` make the tables and the user. Then, once with sessions in the database
#   (Django's django_session) and once in Redis (REDIS_URL):
#     1. two instances behind nginx; a login through nginx with curl, as a browser does it (GET the form, its
#        CSRF cookie and token, POST): the session cookie then opens the protected page as the user on
#        instance A directly and on instance B directly;
#     2. a rolling restart of both instances while a loop keeps asking nginx for the protected page with that
#        cookie: every answer must be the page, as the user (a 200, never a redirect to the login form);
#     3. a logout through nginx (the page's POST form) ends the session on both instances: the old cookie is then
#        sent to the login form by each.
#
# Usage: deploy/shared-login-test.sh        (from anywhere; exit status 0 when every check passed)
# Needs java (a JDK: javac and jar build the project), curl, python3, nginx (Debian: nginx-light), redis-server
# and PostgreSQL's server binaries (Debian: postgresql; the cluster runs as the postgres user when the script
# runs as root, which PostgreSQL refuses to be); run as root it installs the missing ones with apt-get. It builds
# starter-template/target/mysite.jar when missing (set MAVEN_OPTS for a private local repository). Every process
# it starts is stopped on exit, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

TEST_NAME=shared-login-test
source deploy/behind-nginx.sh

PAGE=/members/
LOGIN=/accounts/login/
READY=/ready/
NGINX_CHECK=$LOGIN
GREETING='Hello, alice!'
USERNAME=alice
PASSWORD=$(head -c 24 /dev/urandom | base64 -w0 | tr -d '+/=')
JDK_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}

need nginx nginx-light
need curl curl
need python3 python3
need redis-server redis-server
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need /usr/lib/postgresql/15/bin/initdb postgresql
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
build_starter_jar
begin_work hotclub-shared-login

# --- the project: the starter's jar with deploy/shared-login's Site.java and templates -------------------
# What `mvn package` makes of the starter with these files, in a few seconds: javac against the jar (which holds
# the framework), and the new mysite.Site and templates put into a copy of it. Made while the databases start.
JAR=$WORK/mysite.jar
build_project_jar() {
  "${JDK_BIN}javac" -parameters -cp "$STARTER_JAR" -d "$WORK/classes" deploy/shared-login/Site.java &&
    cp "$STARTER_JAR" "$JAR" &&
    "${JDK_BIN}jar" uf "$JAR" -C "$WORK/classes" mysite/Site.class -C deploy/shared-login templates
}
build_project_jar >"$WORK/build.log" 2>&1 &
BUILD_PID=$!

# --- PostgreSQL and Redis, throwaway, on free ports ---------------------------------------------------------
PG_DIR=$(mktemp -d /tmp/hotclub-pg.XXXXXX)
AT_EXIT+=("rm -rf $PG_DIR")
PG_PORT=$(free_port)
AS_POSTGRES=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$PG_DIR"
  AS_POSTGRES=(runuser -u postgres --)
fi
"${AS_POSTGRES[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log" >&2; fail "initdb failed"; }
"${AS_POSTGRES[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -l "$PG_DIR/server.log" \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start \
    >"$WORK/pg_ctl.log" 2>&1 || { cat "$WORK/pg_ctl.log" "$PG_DIR/server.log" >&2; fail "PostgreSQL did not start"; }
AT_EXIT+=("${AS_POSTGRES[*]} $PG_BIN/pg_ctl -D $PG_DIR/data -m immediate -w stop >/dev/null")
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres mysite || fail "createdb mysite failed"
psql_value() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d mysite -tAc "$1"; }

REDIS_PORT=$(free_port)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK" >"$WORK/redis.log" 2>&1 &
REDIS_PID=$!
AT_EXIT+=("kill $REDIS_PID")
for _ in $(seq 1 50); do
  [ "$(redis-cli -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ] && break
  kill -0 "$REDIS_PID" 2>/dev/null || { cat "$WORK/redis.log" >&2; fail "redis-server exited at start"; }
  sleep 0.1
done
say "PostgreSQL ${PG_BIN//[^0-9]/} on 127.0.0.1:$PG_PORT, redis-server on 127.0.0.1:$REDIS_PORT"

wait "$BUILD_PID" || { cat "$WORK/build.log" >&2; fail "building $JAR from deploy/shared-login failed"; }
DATABASE_ENV=(DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/mysite")
INSTANCE_ENV=("${DATABASE_ENV[@]}")
run_jar migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; fail "java -jar mysite.jar migrate failed"; }
say "migrate: applied $(sed -n 's/^ *Applying \(.*\)\.\.\. OK$/\1/p' "$WORK/migrate.log" | paste -sd ' ')"
INSTANCE_ENV=("${DATABASE_ENV[@]}" HOTCLUB_SUPERUSER_USERNAME="$USERNAME" HOTCLUB_SUPERUSER_EMAIL=alice@example.com
    HOTCLUB_SUPERUSER_PASSWORD="$PASSWORD")
run_jar createsuperuser --noinput >"$WORK/createsuperuser.log" 2>&1 ||
  { cat "$WORK/createsuperuser.log" >&2; fail "java -jar mysite.jar createsuperuser --noinput failed"; }
INSTANCE_ENV=("${DATABASE_ENV[@]}")
say "createsuperuser: $(cat "$WORK/createsuperuser.log")"

# --- logging in with curl, and checking who a cookie is -----------------------------------------------------
NGINX=http://127.0.0.1:$NGINX_PORT

csrf_token_in() { # page: the value of its form's csrfmiddlewaretoken
  local token
  token=$(sed -n 's/.*name="csrfmiddlewaretoken" value="\([^"]*\)".*/\1/p' "$1")
  [ -n "$token" ] || fail "no CSRF token in the form: $(cat "$1")"
  echo "$token"
}

log_in() { # through nginx, as a browser: the form, its CSRF cookie and token, then the POST. Sets SESSION.
  local cookies=$WORK/cookies.txt token answer
  rm -f "$cookies"
  curl -fsS -c "$cookies" -b "$cookies" -o "$WORK/login-form.html" "$NGINX$LOGIN?next=$PAGE" ||
    fail "GET $LOGIN?next=$PAGE through nginx failed"
  token=$(csrf_token_in "$WORK/login-form.html")
  answer=$(curl -sS -c "$cookies" -b "$cookies" -o "$WORK/login-answer.html" -w '%{http_code} %{redirect_url}' \
      --data-urlencode "csrfmiddlewaretoken=$token" --data-urlencode "username=$USERNAME" \
      --data-urlencode "password=$PASSWORD" --data-urlencode "next=$PAGE" "$NGINX$LOGIN")
  [ "$answer" = "302 $NGINX$PAGE" ] ||
    fail "POST $LOGIN: expected a redirect to $PAGE, got '$answer': $(cat "$WORK/login-answer.html")"
  SESSION=$(awk '$6 == "sessionid" { print $7 }' "$cookies")
  [ -n "$SESSION" ] || fail "no sessionid cookie after logging in: $(cat "$cookies")"
}

page_as_session() { # base URL: "STATUS" and, when the page greets the user, " user"
  local status
  status=$(curl -sS -m 10 -o "$WORK/page.html" -w '%{http_code}' -b "sessionid=$SESSION" "$1$PAGE") || status=000
  grep -qF "$GREETING" "$WORK/page.html" 2>/dev/null && status+=" user"
  echo "$status"
}

check_shared() { # the session opens the page as the user on each instance directly
  local i answer
  for i in "${!PORTS[@]}"; do
    answer=$(page_as_session "http://127.0.0.1:${PORTS[$i]}")
    [ "$answer" = "200 user" ] || fail "instance $i directly: GET $PAGE with the session from nginx answered $answer"
  done
  say "logged in through nginx; the session opens $PAGE as $USERNAME on instance 0 and on instance 1 directly"
}

restart_while_asking() { # a rolling restart while a loop asks nginx for the page: every answer 200 as the user
  local answers=$WORK/answers.txt total bad
  : >"$answers"
  (while :; do page_as_session "$NGINX" >>"$answers"; done) &
  LOAD_PID=$!
  sleep 1
  rolling_restart
  kill "$LOAD_PID"
  wait "$LOAD_PID" 2>/dev/null || true
  LOAD_PID=""
  total=$(wc -l <"$answers")
  bad=$(grep -vcx '200 user' "$answers" || true)
  [ "$bad" = 0 ] || fail "during the rolling restart $bad of $total answers were not the page as $USERNAME: $(sort "$answers" | uniq -c | tr '\n' ' ')"
  [ "$total" -gt 0 ] || fail "no answer during the rolling restart"
  say "rolling restart: $total requests for $PAGE through nginx, every one 200 as $USERNAME"
}

log_out() { # with the page's POST button, through nginx; then the old cookie opens the page on neither instance
  local cookies=$WORK/cookies.txt token answer i
  curl -fsS -c "$cookies" -b "$cookies" -o "$WORK/members.html" "$NGINX$PAGE" || fail "GET $PAGE through nginx failed"
  token=$(csrf_token_in "$WORK/members.html")
  answer=$(curl -sS -c "$cookies" -b "$cookies" -o "$WORK/logout-answer.html" -w '%{http_code}' \
      --data-urlencode "csrfmiddlewaretoken=$token" "$NGINX/accounts/logout/")
  [ "$answer" = 200 ] || fail "POST /accounts/logout/: expected 200 (logged out), got $answer"
  for i in "${!PORTS[@]}"; do
    answer=$(page_as_session "http://127.0.0.1:${PORTS[$i]}")
    [ "$answer" = 302 ] || fail "instance $i: the session cookie answered $answer after the logout (expected 302 to the login form)"
  done
  say "logged out through nginx: the old session cookie opens $PAGE on neither instance"
}

# --- 1. sessions in PostgreSQL --------------------------------------------------------------------------------
start_instances 2
start_nginx 2
say "sessions in the database: instances on 127.0.0.1:${PORTS[0]} and 127.0.0.1:${PORTS[1]}, nginx on 127.0.0.1:$NGINX_PORT"
log_in
[ "$(psql_value "SELECT count(*) FROM django_session WHERE session_key = '$SESSION'")" = 1 ] ||
  fail "the session is not in django_session"
check_shared
restart_while_asking
log_out

# --- 2. sessions in Redis ---------------------------------------------------------------------------------------
stop_nginx
stop_instance 0
stop_instance 1
INSTANCE_ENV+=(REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0")
start_instances 2
start_nginx 2
say "sessions in Redis: instances on 127.0.0.1:${PORTS[0]} and 127.0.0.1:${PORTS[1]}"
log_in
[ "$(redis-cli -p "$REDIS_PORT" exists "hotclub.sessions:$SESSION")" = 1 ] || fail "the session is not in Redis"
check_shared
restart_while_asking
log_out
say "PASSED"
