"""The CREATE statements Django 3.2 makes for the contenttypes and auth models as its migrations leave them
(django-3.2-auth-sqlite.sql, django-3.2-auth-postgresql.sql): run in a project made by `django-admin startproject
mysite`, with DJANGO_SETTINGS_MODULE=mysite.settings (SQLite) or settings naming the postgresql engine (no server
is needed: the SQL is collected, not run). AuthMigrationsTest compares Hotclub's sqlmigrate with these."""
import django, os
django.setup()
from django.db import connection
from django.apps import apps
with connection.schema_editor(collect_sql=True, atomic=False) as ed:
    for label in ['contenttypes', 'auth']:
        for m in apps.get_app_config(label).get_models():
            ed.create_model(m)
for s in ed.collected_sql: print(s)
