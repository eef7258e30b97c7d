# Records Django 3.2's as_p() of a ModelForm over every field kind (ModelFormTest.everyFieldKindRendersAsDjangos):
#   python3 record_model_form.py | grep -v id_big > everything_model_form_django.html
import django
from django.conf import settings
settings.configure(INSTALLED_APPS=['django.contrib.contenttypes'], DATABASES={'default':{'ENGINE':'django.db.backends.sqlite3','NAME':':memory:'}}, USE_TZ=True)
django.setup()
from django.db import models
from django import forms
class Everything(models.Model):
    chars = models.CharField(max_length=10, null=True)
    size = models.CharField(max_length=10, null=True, choices=[('SMALL','SMALL'),('LARGE','LARGE')])
    text = models.TextField(null=True)
    integer = models.IntegerField(null=True)
    big = models.BigIntegerField(null=True)
    small = models.SmallIntegerField(null=True)
    positive = models.PositiveIntegerField(null=True)
    floating = models.FloatField(null=True)
    decimal = models.DecimalField(max_digits=10, decimal_places=3, null=True)
    flag = models.BooleanField(null=True)
    day = models.DateField(null=True)
    moment = models.DateTimeField(null=True)
    time = models.TimeField(null=True)
    duration = models.DurationField(null=True)
    uuid = models.UUIDField(null=True)
    email = models.EmailField(null=True)
    url = models.URLField(null=True)
    slug = models.SlugField(null=True)
    data = models.JSONField(null=True)
    tree = models.JSONField(null=True)
    bytes = models.BinaryField(null=True)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)
    class Meta: app_label='library'
class F(forms.ModelForm):
    class Meta: model=Everything; fields='__all__'
print(F().as_p())
