# Generates django-answers.jsonl: random passwords and users, with Django 3.2's validate_password answers
# and difflib's quick_ratio.
import django, json, random
from django.conf import settings
settings.configure(AUTH_PASSWORD_VALIDATORS=[{'NAME':'django.contrib.auth.password_validation.'+n} for n in ['UserAttributeSimilarityValidator','MinimumLengthValidator','CommonPasswordValidator','NumericPasswordValidator']], INSTALLED_APPS=['django.contrib.auth','django.contrib.contenttypes'], USE_I18N=False)
django.setup()
from django.contrib.auth.password_validation import validate_password, CommonPasswordValidator
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from difflib import SequenceMatcher
rnd = random.Random(20261206)
common = sorted(CommonPasswordValidator().passwords)
pool = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' + '.-_@+! ' + 'éÉßİı' + '١٢٣²½' + '😀' + '\u00a0'
names = ['alice', 'Bob', 'Zoë', 'liddell', "O'Brien", 'jean-luc', 'émile', 'x', '']
def word(n): return ''.join(rnd.choice(pool) for _ in range(n))
def variant(s):
    ops = [lambda s: s, lambda s: s.upper(), lambda s: s + str(rnd.randint(0, 999)), lambda s: s[::-1],
           lambda s: ' ' + s + ' ', lambda s: s[:max(1, len(s) - 2)], lambda s: s.capitalize()]
    return rnd.choice(ops)(s)
out = []
for i in range(600):
    first, last = rnd.choice(names), rnd.choice(names)
    username = rnd.choice([first.lower() + last.lower(), word(rnd.randint(1, 12)), first + '_' + str(rnd.randint(1, 99))])
    email = rnd.choice(['', '%s.%s@example.com' % (first.lower(), last.lower()), word(5) + '@' + word(4) + '.org', 'a@b.'])
    user = dict(username=username, first_name=first, last_name=last, email=email)
    kind = rnd.randrange(5)
    if kind == 0: pw = word(rnd.randint(0, 16))
    elif kind == 1: pw = variant(rnd.choice(common))
    elif kind == 2: pw = variant(rnd.choice([username, first, last, email] or ['x']))
    elif kind == 3: pw = ''.join(rnd.choice('0123456789١٢٣²½') for _ in range(rnd.randint(1, 12)))
    else: pw = variant(word(rnd.randint(4, 30)))
    try:
        validate_password(pw, User(**user)); codes = []
    except ValidationError as e:
        codes = [[x.code, x.messages[0]] for x in e.error_list]
    a, b = word(rnd.randint(0, 10)), word(rnd.randint(0, 10))
    out.append(dict(password=pw, user=user, errors=codes, a=a, b=b, ratio=SequenceMatcher(a=a, b=b).quick_ratio()))
with open('django-answers.jsonl', 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=True) + '\n')
print(len(out), sum(1 for o in out if o['errors']), {c for o in out for c, _ in o['errors']})
