#!/usr/bin/python3
"""Checks one server's answers to TechEmpower's database tests before it is measured (benchmarks/db/run.sh).

    verify.py NAME BASE_URL DSN

Each endpoint: status 200, the Server, Date and Content-Type headers (application/json; the fortunes'
text/html; charset=utf-8), a length or chunked body; the rows valid and as the database has them; the
queries parameter clamped to 1..500 (TFB's cases 2, 0, foo, 501 and empty); the fortunes page exactly
TFB's (the added fortune, sorted, escaped, UTF-8); the number of statements each test runs, counted by
PostgreSQL (pg_stat_statements). Exits 1 with what is wrong.
"""
import html
import json
import sys
import urllib.request

import psycopg2

name, base, dsn = sys.argv[1:4]
problems = []
db = psycopg2.connect(dsn)
db.autocommit = True


def fail(message):
    problems.append(f"{name}: {message}")


def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return response.status, response.headers, response.read()


def check_headers(path, headers, content_type):
    for header in ("Server", "Date"):
        if not headers.get(header):
            fail(f"{path} has no {header} header")
    if (headers.get("Content-Type") or "").replace(" ", "").lower() != content_type.replace(" ", "").lower():
        fail(f"{path} has Content-Type {headers.get('Content-Type')!r}, not {content_type!r}")
    if not headers.get("Content-Length") and (headers.get("Transfer-Encoding") or "").lower() != "chunked":
        fail(f"{path} has neither Content-Length nor chunked Transfer-Encoding")


def world_in_db(world_id):
    with db.cursor() as cursor:
        cursor.execute("SELECT randomnumber FROM world WHERE id = %s", (world_id,))
        return cursor.fetchone()[0]


def check_world(path, world, check_db=True):
    if not isinstance(world, dict) or set(world) != {"id", "randomNumber"}:
        fail(f"{path} answered {world!r}, not an object with id and randomNumber")
        return
    if not (isinstance(world["id"], int) and 1 <= world["id"] <= 10000):
        fail(f"{path}: id {world['id']!r} is not 1..10000")
    elif not (isinstance(world["randomNumber"], int) and 1 <= world["randomNumber"] <= 10000):
        fail(f"{path}: randomNumber {world['randomNumber']!r} is not 1..10000")
    elif check_db and world_in_db(world["id"]) != world["randomNumber"]:
        fail(f"{path}: world {world['id']} has randomNumber {world_in_db(world['id'])} in the database,"
             f" {world['randomNumber']} in the answer")


def json_get(path):
    status, headers, body = get(path)
    if status != 200:
        fail(f"{path} answered {status}")
    check_headers(path, headers, "application/json")
    return json.loads(body)


# /db
world = json_get("/db")
check_world("/db", world)

# /queries: TFB's cases and the lengths it expects.
for value, length in (("2", 2), ("0", 1), ("foo", 1), ("501", 500), ("", 1), ("20", 20)):
    path = f"/queries?queries={value}"
    worlds = json_get(path)
    if not isinstance(worlds, list) or len(worlds) != length:
        fail(f"{path} answered {len(worlds) if isinstance(worlds, list) else worlds!r} rows, not {length}")
        continue
    for w in worlds:
        check_world(path, w)

# /fortunes: the page TFB expects, the added fortune included, sorted by message, escaped.
with db.cursor() as cursor:
    cursor.execute("SELECT id, message FROM fortune")
    rows = cursor.fetchall()
rows.append((0, "Additional fortune added at request time."))
rows.sort(key=lambda row: row[1])
expected = ("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>"
            + "".join(f"<tr><td>{i}</td><td>{html.escape(m)}</td></tr>" for i, m in rows)
            + "</table></body></html>")
status, headers, body = get("/fortunes")
if status != 200:
    fail(f"/fortunes answered {status}")
check_headers("/fortunes", headers, "text/html; charset=utf-8")
page = body.decode("utf-8").strip()
# TFB accepts an apostrophe raw or as any of its entities.
for entity in ("&#x27;", "&#39;", "&apos;"):
    page = page.replace(entity, "'")
if page != expected.replace("&#x27;", "'"):
    fail(f"/fortunes is not TFB's page:\n  expected {expected!r}\n  answered {body.decode('utf-8')!r}")
if '<td>11</td><td>&lt;script&gt;alert(&quot;This should not be displayed' not in page:
    fail("/fortunes does not escape the <script> fortune")

# /updates: 20 rows, each now in the database with its new number.
for value, length in (("20", 20), ("0", 1), ("foo", 1), ("501", 500)):
    path = f"/updates?queries={value}"
    worlds = json_get(path)
    if not isinstance(worlds, list) or len(worlds) != length:
        fail(f"{path} answered {len(worlds) if isinstance(worlds, list) else worlds!r} rows, not {length}")
        continue
    once = [w for w in worlds if sum(1 for v in worlds if v["id"] == w["id"]) == 1]
    for w in worlds:
        check_world(path, w, check_db=w in once)


# Statement counts: each request of /queries?queries=20 runs 20 SELECTs on world, /updates?queries=20 20 SELECTs
# and updates one row per distinct id (in one statement or twenty), /db one, /fortunes one SELECT on fortune.
def counts(path, requests):
    with db.cursor() as cursor:
        cursor.execute("SELECT pg_stat_statements_reset()")
    distinct_ids = 0
    for _ in range(requests):
        status, _, body = get(path)
        if path.startswith("/updates"):
            distinct_ids += len({w["id"] for w in json.loads(body)})
    with db.cursor() as cursor:
        cursor.execute("""SELECT coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*select' AND query ~* 'world'), 0),
                                 coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*select' AND query ~* 'fortune'), 0),
                                 coalesce(sum(rows) FILTER (WHERE query ~* '^\\s*update' AND query ~* 'world'), 0)
                          FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())""")
        return (*cursor.fetchone(), distinct_ids)


n = 10
world_selects, fortune_selects, updated, _ = counts("/db", n)
if world_selects != n:
    fail(f"{n} requests of /db ran {world_selects} SELECTs on world, not {n}")
world_selects, _, _, _ = counts("/queries?queries=20", n)
if world_selects != 20 * n:
    fail(f"{n} requests of /queries?queries=20 ran {world_selects} SELECTs on world, not {20 * n}")
_, fortune_selects, _, _ = counts("/fortunes", n)
if fortune_selects != n:
    fail(f"{n} requests of /fortunes ran {fortune_selects} SELECTs on fortune, not {n}")
world_selects, _, updated, distinct_ids = counts("/updates?queries=20", n)
if world_selects != 20 * n:
    fail(f"{n} requests of /updates?queries=20 ran {world_selects} SELECTs on world, not {20 * n}")
if not distinct_ids <= updated <= 20 * n:
    fail(f"{n} requests of /updates?queries=20 updated {updated} rows, not {distinct_ids} to {20 * n}")

if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"{name}: every endpoint answers as TFB requires; statements per request: /db 1, /queries?queries=20 20,"
      f" /fortunes 1, /updates?queries=20 20 SELECTs + {updated / n:.1f} rows updated")
