# Django 3.2 settings for TechEmpower's database tests, as TFB's Django entry (frameworks/Python/django): DEBUG off,
# no middleware, persistent connections, the database from DATABASE_URL (postgres://USER@HOST:PORT/NAME).
import os
from urllib.parse import urlparse

_url = urlparse(os.environ["DATABASE_URL"])

DEBUG = False
SECRET_KEY = "benchmark-secret-key-benchmark-secret-key-benchmark-secret-key"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "urls"
INSTALLED_APPS = ["world"]
MIDDLEWARE = []
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": _url.path.lstrip("/"),
        "USER": _url.username or "postgres",
        "PASSWORD": _url.password or "",
        "HOST": _url.hostname,
        "PORT": str(_url.port or 5432),
        "CONN_MAX_AGE": None,
    }
}
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}]
USE_TZ = False
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
LOGGING_CONFIG = None
