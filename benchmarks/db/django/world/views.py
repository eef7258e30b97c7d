# TechEmpower's four database tests as TFB's Django entry writes them (frameworks/Python/django/hello/world/views.py):
# the full ORM, a template for the fortunes, json.dumps for the JSON (TFB's entry uses ujson, not packaged here).
import json
from operator import attrgetter, itemgetter
from random import randint

from django.http import HttpResponse
from django.shortcuts import render

from world.models import Fortune, World


def _queries(request):
    try:
        queries = int(request.GET.get("queries", 1))
    except ValueError:
        queries = 1
    return min(max(queries, 1), 500)


def _random():
    return randint(1, 10000)


def _json(data):
    return HttpResponse(json.dumps(data), content_type="application/json")


def db(request):
    world = World.objects.get(id=_random())
    return _json({"id": world.id, "randomNumber": world.randomnumber})


def queries(request):
    worlds = []
    for _ in range(_queries(request)):
        world = World.objects.get(id=_random())
        worlds.append({"id": world.id, "randomNumber": world.randomnumber})
    return _json(worlds)


def fortunes(request):
    fortunes = list(Fortune.objects.values("id", "message"))
    fortunes.append({"id": 0, "message": "Additional fortune added at request time."})
    fortunes.sort(key=itemgetter("message"))
    return render(request, "fortunes.html", {"fortunes": fortunes})


def updates(request):
    worlds = []
    for _ in range(_queries(request)):
        world = World.objects.get(id=_random())
        world.randomnumber = _random()
        worlds.append(world)
    # One UPDATE for all, as the Java servers (TFB allows batched writes), rows in id order against deadlocks.
    World.objects.bulk_update(sorted(worlds, key=attrgetter("id")), ["randomnumber"])
    return _json([{"id": w.id, "randomNumber": w.randomnumber} for w in worlds])
