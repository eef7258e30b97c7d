# Generates django-hashes.jsonl: random passwords hashed by Django 3.2's hashers (small work factors), for
# HasherInteropTest to reproduce byte for byte. Needs Django 3.2 and argon2-cffi.
import django, json, random
from django.conf import settings
settings.configure()
django.setup()
from django.contrib.auth.hashers import (PBKDF2PasswordHasher, PBKDF2SHA1PasswordHasher, MD5PasswordHasher,
                                         Argon2PasswordHasher)
rnd = random.Random(61206)
pool = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-_@$!' + 'éßİ٢²😀\u00a0\u0307'
salts = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
out = []
for i in range(80):
    password = ''.join(rnd.choice(pool) for _ in range(rnd.randint(0, 24)))
    salt = ''.join(rnd.choice(salts) for _ in range(rnd.choice([8, 12, 22])))
    kind = rnd.choice(['pbkdf2_sha256', 'pbkdf2_sha1', 'md5', 'argon2'])
    params = {}
    if kind.startswith('pbkdf2'):
        params['iterations'] = rnd.randint(1, 3000)
        hasher = (PBKDF2PasswordHasher if kind == 'pbkdf2_sha256' else PBKDF2SHA1PasswordHasher)()
        encoded = hasher.encode(password, salt, params['iterations'])
    elif kind == 'md5':
        encoded = MD5PasswordHasher().encode(password, salt)
    else:
        p = rnd.randint(1, 3)
        params = dict(time_cost=rnd.randint(1, 3), memory_cost=8 * p * rnd.randint(1, 4), parallelism=p)
        hasher = type('Small', (Argon2PasswordHasher,), params)()
        encoded = hasher.encode(password, salt)
    out.append(dict(algorithm=kind, password=password, salt=salt, params=params, encoded=encoded))
with open('django-hashes.jsonl', 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=True) + '\n')
print(len(out))
