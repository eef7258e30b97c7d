"""Records Django 3.2's answers for FieldCleaningTableTest: run with a Python that has Django 3.2,
`python3 record_django.py > django-cleaning.json`. Each case: field spec, input, then Django's cleaned value
(as str) or its error messages."""
import json, sys, datetime, decimal, uuid
import django
from django.conf import settings
settings.configure(USE_I18N=False, USE_TZ=False)
django.setup()
from django import forms
from django.core.exceptions import ValidationError

C = [('a', 'A'), ('b', 'B'), ('g', [('x', 'X')])]

def make(spec):
    kind, opts = spec[0], dict(spec[1]) if len(spec) > 1 else {}
    if kind in ('ChoiceField', 'MultipleChoiceField'):
        opts['choices'] = C
    if kind == 'TypedChoiceField':
        opts['choices'] = [('1', 'One'), ('2', 'Two'), ('x', 'Ex')]
        opts['coerce'] = int
        opts['empty_value'] = None
    if kind == 'DecimalField':
        for k in ('max_value', 'min_value'):
            if k in opts: opts[k] = decimal.Decimal(opts[k])
    return getattr(forms, kind)(**opts)

def show(v):
    if isinstance(v, bool) or v is None: return repr(v)
    if isinstance(v, datetime.timedelta):
        from django.utils.duration import duration_string
        return duration_string(v)
    if isinstance(v, (dict, list)) and not isinstance(v, str): return json.dumps(v)
    if isinstance(v, float): return repr(v)
    return str(v)

CASES = [
 (['CharField'], ['', '  ', ' hi ', 'x' * 5, 'a\x00b']),
 (['CharField', {'max_length': 3, 'min_length': 2}], ['abcd', 'a', 'ab', '']),
 (['CharField', {'max_length': 1}], ['ab']),
 (['CharField', {'min_length': 1, 'required': False}], ['']),
 (['CharField', {'required': False, 'strip': False}], [' a ', '']),
 (['IntegerField'], ['', '42', ' 7 ', '3.0', '3.5', 'abc', '-12', '+5', '1e3', '3.', '99999999999']),
 (['IntegerField', {'min_value': 1, 'max_value': 10}], ['0', '11', '5']),
 (['FloatField'], ['1.5', '1', 'abc', 'inf', 'nan', '-0.5', '1e3', ' 2.5 ', '.5', '']),
 (['FloatField', {'min_value': 0.5, 'max_value': 2.5}], ['0.1', '3', '1']),
 (['DecimalField', {'max_digits': 5, 'decimal_places': 2}], ['123.45', '1234.5', '1.234', '123456', 'abc', '1e2', '-1.5', 'inf', '0.001']),
 (['DecimalField', {'max_digits': 3}], ['1234', '12.3']),
 (['DecimalField', {'decimal_places': 1}], ['1.25']),
 (['DecimalField', {'max_digits': 2, 'decimal_places': 1}], ['12']),
 (['DecimalField', {'min_value': '1.5', 'max_value': '10'}], ['1', '11', '2']),
 (['BooleanField'], ['', 'on', 'false', 'False', '0', 'true', '1']),
 (['BooleanField', {'required': False}], ['', 'false', 'on']),
 (['NullBooleanField'], ['', 'true', 'false', '1', '0', 'True', 'maybe', 'unknown']),
 (['EmailField'], ['a@b.co', ' a@b.co ', 'nope', 'a@b', 'a@localhost', 'a@[127.0.0.1]', 'a b@c.de', 'x@münchen.de', '']),
 (['URLField'], ['http://example.com', 'example.com', 'https://x.y/z?q=1', 'ftp://f.org', 'nope', 'http://', 'http://localhost:8000/', 'http://[::1]/', 'http://256.0.0.1/', 'javascript:alert(1)', '//example.com/x']),
 (['SlugField'], ['a-b_c', 'a b', 'ünï']),
 (['UUIDField'], ['12345678-1234-5678-1234-567812345678', '12345678123456781234567812345678', '{12345678-1234-5678-1234-567812345678}', 'nope', '']),
 (['DateField'], ['2026-12-06', '12/06/2026', '12/06/26', 'Dec 06 2026', 'Dec 6, 2026', '6 December 2026', '2026-02-30', 'nope', '2026-1-5', '']),
 (['DateTimeField'], ['2026-12-06 10:30', '2026-12-06 10:30:15', '2026-12-06T10:30:15', '2026-12-06 10:30:15.123456', '12/06/2026 10:30', '2026-12-06', 'nope', '2026-12-06 25:00']),
 (['TimeField'], ['10:30', '10:30:15', '10:30:15.5', '25:00', 'nope', '']),
 (['DurationField'], ['1 02:03:04', '02:03', '30', 'P3DT4H', '-1 00:00:01', '3 days, 04:05:06', 'nope', '1:2:3.5']),
 (['ChoiceField'], ['a', 'x', 'z', '', 'g']),
 (['ChoiceField', {'required': False}], ['']),
 (['TypedChoiceField'], ['1', '2', 'x', '3', '']),
 (['MultipleChoiceField'], [['a', 'b'], ['a', 'z'], [], 'a', ['x']]),
 (['MultipleChoiceField', {'required': False}], [[]]),
 (['JSONField'], ['{"a": 1}', '[1, 2]', '"s"', '1.5', 'nope', '', 'null', '{"a": [true, null]}']),
]

out = []
for spec, inputs in CASES:
    for value in inputs:
        field = make(spec)
        case = {'field': spec, 'input': value}
        try:
            case['clean'] = show(field.clean(value))
        except ValidationError as e:
            case['errors'] = e.messages
        out.append(case)
json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
