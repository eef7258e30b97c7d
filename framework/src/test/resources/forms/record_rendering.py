"""Records Django 3.2's as_table/as_ul/as_p and widget HTML for FormRenderingTest:
`python3 record_rendering.py > django-rendering.json` with a Python that has Django 3.2."""
import json, sys, datetime
import django
from django.conf import settings
settings.configure(USE_I18N=False, USE_TZ=False)
django.setup()
from django import forms

class ContactForm(forms.Form):
    subject = forms.CharField(max_length=100)
    message = forms.CharField(widget=forms.Textarea, help_text='Say "hi" <politely>')
    sender = forms.EmailField()
    cc_myself = forms.BooleanField(required=False)

class EveryWidgetForm(forms.Form):
    name = forms.CharField(initial="O'Brien <x>")
    age = forms.IntegerField(min_value=0, max_value=130)
    price = forms.DecimalField(max_digits=5, decimal_places=2)
    ratio = forms.FloatField(required=False)
    secret = forms.CharField(widget=forms.PasswordInput)
    size = forms.ChoiceField(choices=[('', '---------'), ('s', 'Small'), ('l', 'Large')])
    color = forms.ChoiceField(choices=[('r', 'Red'), ('g', 'Green')], widget=forms.RadioSelect)
    toppings = forms.MultipleChoiceField(choices=[('c', 'Cheese'), ('h', 'Ham')], widget=forms.CheckboxSelectMultiple)
    tags = forms.MultipleChoiceField(choices=[('a', 'A'), ('b', 'B')], required=False)
    when = forms.DateField(required=False)
    at = forms.DateTimeField(required=False)
    maybe = forms.NullBooleanField()
    site = forms.URLField(required=False)
    token = forms.CharField(widget=forms.HiddenInput)
    upload = forms.FileField(required=False)
    data = forms.JSONField(required=False)

out = {}
def record(name, form):
    out[name] = {'table': str(form.as_table()), 'ul': str(form.as_ul()), 'p': str(form.as_p())}

record('contact_unbound', ContactForm())
record('contact_errors', ContactForm({'subject': 'x' * 101, 'message': '', 'sender': 'nope', 'cc_myself': 'on'}))
record('contact_valid_prefixed', ContactForm({'c-subject': 'Hi', 'c-message': 'Hello', 'c-sender': 'a@b.co'}, prefix='c'))
record('contact_no_ids', ContactForm(auto_id=False))
record('every_unbound', EveryWidgetForm())
record('every_bound', EveryWidgetForm({'name': 'Ann', 'age': '200', 'price': '1.234', 'secret': 'pw', 'size': 'l',
    'color': 'g', 'toppings': ['c', 'h'], 'tags': ['b'], 'when': '2026-12-06', 'at': '2026-12-06 10:30',
    'maybe': 'true', 'site': 'example.com', 'data': '{"a": [1, 2]}'}))
record('every_initial', EveryWidgetForm(initial={'when': datetime.date(2026, 12, 6), 'at': datetime.datetime(2026, 12, 6, 10, 30),
    'maybe': False, 'tags': ['a'], 'data': {'k': 'v'}, 'token': 't<1>'}))
record('every_bad_json', EveryWidgetForm({'data': 'nope', 'token': ''}))
json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
