#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad input across netconductctl and netconduct-check, speaking TAP.

Each row: what is run, the exit status and a fragment of the message
expected on stderr; and after each row the SQLite content of the database
is the same as before (a digest of every table). Usage:
check-ctl-bad-input.py NETCONDUCTCTL NETCONDUCT-CHECK
"""
import json
import os
import subprocess
import sys

from ctl_harness import Harness

h = Harness(sys.argv[1])
check_tool = sys.argv[2]

# A database with something in every table that bad input could touch.
for args in (['profile', 'add', 'An', '--age', '10-12'], ['profile', 'add', 'Bình', '--age', '13-15'],
             ['list', 'add', 'block', 'games.example', '--profile', 'An'],
             ['time', 'set', 'An', '--daily', '60', '--hours', 'mon-fri=7-20,sat-sun=8-21']):
    p = h.run(*args)
    h.ok(p.returncode == 0, 'setup: ' + ' '.join(args), p.err)
p = h.run('pin', 'set', stdin=b'73915428\n')
h.ok(p.returncode == 0, 'setup: pin set', p.err)
with open(h.path('hosts.txt'), 'w') as f:
    f.write('casino.example\n')
open(h.path('empty.txt'), 'w').close()
p = h.run('list', 'import', h.path('hosts.txt'), '--category', 'gambling')
h.ok(p.returncode == 0, 'setup: list import', p.err)
p = h.run('export', '--with-pin-hash', h.path('good.json'))
h.ok(p.returncode == 0, 'setup: export', p.err)
good = json.load(open(h.path('good.json')))

HOURS = 'Write for example 7-20'


def settings_file(name, change=None, text=None):
    """Writes a settings file: the good export changed by @change (a
    function of the parsed JSON), or @text as it is."""
    path = h.path(name)
    if text is None:
        data = json.loads(json.dumps(good))
        change(data)
        text = json.dumps(data, ensure_ascii=False)
    with open(path, 'wb') as f:
        f.write(text.encode('utf-8') if isinstance(text, str) else text)
    return path


def prof(key, value):
    def change(d):
        d['profiles'][0][key] = value
    return change


def top(key, value):
    def change(d):
        d[key] = value
    return change


def setting(key, value):
    def change(d):
        d['settings'][key] = value
    return change


# (name, arguments, stdin, exit status, fragment of stderr)
rows = [
    ('no command', [], b'', 2, 'Usage'),
    ('unknown command', ['frobnicate'], b'', 2, 'Unknown command'),
    ('profile add without a name', ['profile', 'add'], b'', 2, 'Usage: netconductctl profile add'),
    ('profile add without an age', ['profile', 'add', 'Lan'], b'', 2, '--age'),
    ('profile add unknown age', ['profile', 'add', 'Lan', '--age', '5-7'], b'', 2, 'use 6-9, 10-12'),
    ('profile add age with a fraction', ['profile', 'add', 'Lan', '--age', '10-12.5'], b'', 2, 'use 6-9, 10-12'),
    ('profile add age with a space', ['profile', 'add', 'Lan', '--age', ' 10-12'], b'', 2, 'use 6-9, 10-12'),
    ('profile add unknown option', ['profile', 'add', 'Lan', '--age', '6-9', '--colour', 'red'], b'', 2, 'Unknown option'),
    ('profile add empty name', ['profile', 'add', '', '--age', '6-9'], b'', 1, 'name of 1 to 40 characters'),
    ('profile add blank name', ['profile', 'add', '   ', '--age', '6-9'], b'', 1, 'choose another name'),
    ('profile add name with a tab', ['profile', 'add', 'A\tB', '--age', '6-9'], b'', 1, 'control characters'),
    ('profile add name with a new line', ['profile', 'add', 'A\nB', '--age', '6-9'], b'', 1, 'control characters'),
    ('profile add name with an escape', ['profile', 'add', 'A\x1b[31mB', '--age', '6-9'], b'', 1, 'control characters'),
    ('profile add name with a bidi override', ['profile', 'add', '\u202eAn', '--age', '6-9'], b'', 1, 'choose another name'),
    ('profile add name of 41 characters', ['profile', 'add', 'ạ' * 41, '--age', '6-9'], b'', 1, '1 to 40'),
    ('profile add duplicate', ['profile', 'add', 'An', '--age', '6-9'], b'', 1, 'exists already'),
    ('profile add unknown language', ['profile', 'add', 'Lan', '--age', '6-9', '--language', 'fr'], b'', 1, 'use vi, en'),
    ('profile add avatar with a control character', ['profile', 'add', 'Lan', '--age', '6-9', '--avatar', 'a\x01'], b'', 1, 'avatar'),
    ('profile add avatar of 65 bytes', ['profile', 'add', 'Lan', '--age', '6-9', '--avatar', 'x' * 65], b'', 1, 'at most 64 bytes'),
    ('profile set without a field', ['profile', 'set', 'An'], b'', 2, 'KEY=VALUE'),
    ('profile set without =', ['profile', 'set', 'An', 'social'], b'', 2, 'Write KEY=VALUE'),
    ('profile set unknown profile', ['profile', 'set', 'Nobody', 'social=true'], b'', 1, 'Nobody'),
    ('profile set unknown field', ['profile', 'set', 'An', 'colour=red'], b'', 2, 'Unknown profile setting'),
    ('profile set social=maybe', ['profile', 'set', 'An', 'social=maybe'], b'', 2, 'true or false'),
    ('profile set social=1.0', ['profile', 'set', 'An', 'social=1.0'], b'', 2, 'true or false'),
    ('profile set social empty', ['profile', 'set', 'An', 'social='], b'', 2, 'true or false'),
    ('profile set daily-limit 30.5', ['profile', 'set', 'An', 'daily-limit=30.5'], b'', 2, 'between 0 (no limit) and 1440'),
    ('profile set daily-limit -1', ['profile', 'set', 'An', 'daily-limit=-1'], b'', 2, 'between 0'),
    ('profile set daily-limit 1441', ['profile', 'set', 'An', 'daily-limit=1441'], b'', 2, 'between 0'),
    ('profile set daily-limit 30abc', ['profile', 'set', 'An', 'daily-limit=30abc'], b'', 2, 'between 0'),
    ('profile set daily-limit with a space', ['profile', 'set', 'An', 'daily-limit= 30'], b'', 2, 'between 0'),
    ('profile set daily-limit +30', ['profile', 'set', 'An', 'daily-limit=+30'], b'', 2, 'between 0'),
    ('profile set daily-limit 0x1E', ['profile', 'set', 'An', 'daily-limit=0x1E'], b'', 2, 'between 0'),
    ('profile set daily-limit empty', ['profile', 'set', 'An', 'daily-limit='], b'', 2, 'between 0'),
    ('profile set daily-limit huge', ['profile', 'set', 'An', 'daily-limit=99999999999999999999999'], b'', 2, 'between 0'),
    ('hours empty', ['profile', 'set', 'An', 'hours='], b'', 2, 'No hours are given'),
    ('hours =', ['profile', 'set', 'An', 'hours=='], b'', 2, 'lacks the days or the hours'),
    ('hours ,,,', ['profile', 'set', 'An', 'hours=,,,'], b'', 2, 'remove the extra comma'),
    ('hours trailing comma', ['profile', 'set', 'An', 'hours=7-20,'], b'', 2, 'remove the extra comma'),
    ('hours monday', ['profile', 'set', 'An', 'hours=monday=7-20'], b'', 2, 'is not a day'),
    ('hours monkey', ['profile', 'set', 'An', 'hours=monkey=7-20'], b'', 2, 'is not a day'),
    ('hours mo', ['profile', 'set', 'An', 'hours=mo=7-20'], b'', 2, 'is not a day'),
    ('hours three days', ['profile', 'set', 'An', 'hours=mon-wed-fri=7-20'], b'', 2, 'is not a day'),
    ('hours 25-26', ['profile', 'set', 'An', 'hours=mon=25-26'], b'', 2, 'is not a start time'),
    ('hours 7-25', ['profile', 'set', 'An', 'hours=mon=7-25'], b'', 2, 'is not an end time'),
    ('hours 7:30', ['profile', 'set', 'An', 'hours=mon=7:30-9'], b'', 2, 'whole hour'),
    ('hours 7:0', ['profile', 'set', 'An', 'hours=mon=7:0-9'], b'', 2, 'whole hour'),
    ('hours backwards', ['profile', 'set', 'An', 'hours=mon=20-7'], b'', 2, 'put the earlier hour first'),
    ('hours empty range', ['profile', 'set', 'An', 'hours=mon=7-7'], b'', 2, 'put the earlier hour first'),
    ('hours day twice', ['profile', 'set', 'An', 'hours=mon-fri=7-20,mon=8-9'], b'', 2, 'name each day once'),
    ('hours days backwards', ['profile', 'set', 'An', 'hours=sun-mon=7-9'], b'', 2, 'write the earlier day first'),
    ('hours none plus a range', ['profile', 'set', 'An', 'hours=mon=none+7-9'], b'', 2, 'is not a range of hours'),
    ('hours one number', ['profile', 'set', 'An', 'hours=mon=7'], b'', 2, 'is not a range of hours'),
    ('hours three numbers', ['profile', 'set', 'An', 'hours=mon=7-20-22'], b'', 2, 'is not a range of hours'),
    ('hours negative', ['profile', 'set', 'An', 'hours=mon=-7'], b'', 2, 'is not a start time'),
    ('hours double dash', ['profile', 'set', 'An', 'hours=mon=7--20'], b'', 2, 'is not a range of hours'),
    ('hours with a tab', ['profile', 'set', 'An', 'hours=mon=7-20\t'], b'', 2, 'control character'),
    ('hours two =', ['profile', 'set', 'An', 'hours=mon==7-20'], b'', 2, 'more than one'),
    ('hours too long', ['profile', 'set', 'An', 'hours=' + '7-20,' * 200], b'', 2, 'longer than 512'),
    ('hours fraction', ['profile', 'set', 'An', 'hours=7.5-20'], b'', 2, 'is not a start time'),
    ('blocked-categories unknown', ['profile', 'set', 'An', 'blocked-categories=adult,sweets'], b'', 2, 'Unknown category'),
    ('blocked-categories trailing comma', ['profile', 'set', 'An', 'blocked-categories=adult,'], b'', 2, 'Unknown category'),
    ('blocked-categories prefix', ['profile', 'set', 'An', 'blocked-categories=adultx'], b'', 2, 'use adult'),
    ('profile set age', ['profile', 'set', 'An', 'age=5-7'], b'', 2, 'use 6-9'),
    ('profile set defaults', ['profile', 'set', 'An', 'defaults=teen'], b'', 2, 'use 6-9'),
    ('profile set empty name', ['profile', 'set', 'An', 'name='], b'', 1, 'choose another name'),
    ('profile set name with an escape', ['profile', 'set', 'An', 'name=a\x1bb'], b'', 1, 'control characters'),
    ('profile set language', ['profile', 'set', 'An', 'language=fr'], b'', 1, 'use vi, en'),
    ('profile set avatar too long', ['profile', 'set', 'An', 'avatar=' + 'x' * 100], b'', 1, 'at most 64 bytes'),
    ('profile set one good one bad', ['profile', 'set', 'An', 'social=true', 'daily-limit=abc'], b'', 2, 'between 0'),
    ('profile remove unknown', ['profile', 'remove', 'Nobody'], b'', 1, 'Nobody'),
    ('profile unknown verb', ['profile', 'rename', 'An'], b'', 2, 'Usage'),
    ('time set without a rule', ['time', 'set', 'An'], b'', 2, 'Usage: netconductctl time set'),
    ('time set --daily 5000', ['time', 'set', 'An', '--daily', '5000'], b'', 2, 'between 0'),
    ('time set --daily 30.5', ['time', 'set', 'An', '--daily', '30.5'], b'', 2, 'between 0'),
    ('time set --daily -5', ['time', 'set', 'An', '--daily=-5'], b'', 2, 'between 0'),
    ('time set --daily abc', ['time', 'set', 'An', '--daily', 'abc'], b'', 2, 'between 0'),
    ('time set --daily empty', ['time', 'set', 'An', '--daily='], b'', 2, 'between 0'),
    ('time set --hours empty', ['time', 'set', 'An', '--hours='], b'', 2, 'No hours are given'),
    ('time set --hours =', ['time', 'set', 'An', '--hours', '='], b'', 2, 'lacks the days'),
    ('time set --hours ,,,', ['time', 'set', 'An', '--hours', ',,,'], b'', 2, 'remove the extra comma'),
    ('time set good daily, bad hours', ['time', 'set', 'An', '--daily', '30', '--hours', 'mon=9-8'], b'', 2, 'earlier hour first'),
    ('time set unknown profile', ['time', 'set', 'Nobody', '--daily', '30'], b'', 1, 'Nobody'),
    ('time set unknown option', ['time', 'set', 'An', '--daily', '30', '--bogus', '1'], b'', 2, 'Unknown option'),
    ('time extend 0', ['time', 'extend', 'An', '0'], b'', 2, 'between 1 and 720'),
    ('time extend 721', ['time', 'extend', 'An', '721'], b'', 2, 'between 1 and 720'),
    ('time extend 1.5', ['time', 'extend', 'An', '1.5'], b'', 2, 'between 1 and 720'),
    ('time extend -5', ['time', 'extend', 'An', '-5'], b'', 2, 'between 1 and 720'),
    ('time extend trailing space', ['time', 'extend', 'An', '15 '], b'', 2, 'between 1 and 720'),
    ('time extend infinite', ['time', 'extend', 'An', 'infinite'], b'', 2, 'between 1 and 720'),
    ('time extend unknown profile', ['time', 'extend', 'Nobody', '15'], b'', 1, 'Nobody'),
    ('time extend without minutes', ['time', 'extend', 'An'], b'', 2, 'Usage'),
    ('time show unknown profile', ['time', 'show', 'Nobody'], b'', 1, 'Nobody'),
    ('list add unknown kind', ['list', 'add', 'maybe', 'x.example'], b'', 2, 'allow|block'),
    ('list add not a host', ['list', 'add', 'block', 'not a host'], b'', 1, 'write a name such as example.org'),
    ('list add without a host', ['list', 'add', 'block'], b'', 2, 'Usage'),
    ('list add one good one bad', ['list', 'add', 'block', 'ok.example', 'bad host'], b'', 1, 'write a name such as example.org'),
    ('list add unknown profile', ['list', 'add', 'block', 'x.example', '--profile', 'Nobody'], b'', 1, 'Nobody'),
    ('list remove missing host', ['list', 'remove', 'block', 'never.example'], b'', 1, 'check the spelling'),
    ('list show unknown kind', ['list', 'show', 'maybe'], b'', 2, 'Usage'),
    ('list import unknown category', ['list', 'import', h.path('hosts.txt'), '--category', 'sweets'], b'', 2, 'use one of adult'),
    ('list import category prefix', ['list', 'import', h.path('hosts.txt'), '--category', 'adultx'], b'', 2, 'use one of adult'),
    ('list import without a category', ['list', 'import', h.path('hosts.txt')], b'', 2, '--category'),
    ('list import missing file', ['list', 'import', h.path('missing.txt'), '--category', 'adult'], b'', 1, 'missing.txt'),
    ('list import empty file', ['list', 'import', h.path('empty.txt'), '--category', 'adult'], b'', 1, 'no web site addresses'),
    ('list import name with a new line', ['list', 'import', h.path('hosts.txt'), '--category', 'adult', '--name', 'a\nb'], b'', 1, 'give it another name'),
    ('list import name of 81 characters', ['list', 'import', h.path('hosts.txt'), '--category', 'adult', '--name', 'x' * 81], b'', 1, '1 to 80 characters'),
    ('list drop abc', ['list', 'drop', 'abc'], b'', 2, 'list categories'),
    ('list drop 0', ['list', 'drop', '0'], b'', 2, 'list categories'),
    ('list drop 1.5', ['list', 'drop', '1.5'], b'', 2, 'list categories'),
    ('list drop -1', ['list', 'drop', '-1'], b'', 2, 'list categories'),
    ('list unknown verb', ['list', 'purge'], b'', 2, 'Usage'),
    ('pin set on the command line', ['pin', 'set', '1234'], b'', 2, 'never from the command line'),
    ('pin set too short', ['pin', 'set'], b'12\n', 2, 'at least 4 digits'),
    ('pin set 9 digits', ['pin', 'set'], b'123456789\n', 2, 'at most 8 digits'),
    ('pin set short passphrase', ['pin', 'set'], b'abc12\n', 2, 'at least 8 characters'),
    ('pin set nothing', ['pin', 'set'], b'', 2, 'No PIN on standard input'),
    ('pin set 4 MiB line', ['pin', 'set'], b'1' * (4 << 20), 2, 'longer than 1023 bytes'),
    ('pin set invalid UTF-8', ['pin', 'set'], b'abc\xff\xfedefgh\n', 2, 'not valid text'),
    ('pin unknown verb', ['pin', 'reset'], b'', 2, 'Usage: netconductctl pin'),
    ('export two files', ['export', 'a.json', 'b.json'], b'', 2, 'Usage: netconductctl export'),
    ('decide without a profile', ['decide', 'https://example.org/'], b'', 2, '--profile'),
    ('import without a file', ['import'], b'', 2, 'Usage: netconductctl import'),
    ('import missing file', ['import', h.path('missing.json')], b'', 1, 'Cannot open'),
    ('import a folder', ['import', h.tmp], b'', 1, 'Cannot read the settings file'),
]

# (name, file contents or a change to the good export, exit status, fragment)
imports = [
    ('broken JSON', '{', 2, 'Choose the file that “Export” wrote'),
    ('deeply nested JSON', '[' * 200000 + ']' * 200000, 2, 'more than 8 deep'),
    ('nested objects', '{"a":' * 100 + '1' + '}' * 100, 2, 'more than 8 deep'),
    ('17 MiB file', b' ' * (17 << 20) + b'{}', 2, 'larger than 16 MiB'),
    ('a list, not an object', '[]', 2, 'does not hold a JSON object'),
    ('not UTF-8', b'{"format": "\xff\xfe"}', 2, 'Choose the file'),
    ('foreign format', '{"format":"something-else","version":1}', 2, '“format” must be'),
    ('format as a number', '{"format":1,"version":1}', 2, '“format” must be text'),
    ('version in quotes', '{"format":"netconduct-settings","version":"1"}', 2, '“version” must be a whole number'),
    ('version 1.5', '{"format":"netconduct-settings","version":1.5}', 2, '“version” must be a whole number'),
    ('version missing', '{"format":"netconduct-settings"}', 2, '“version” is missing'),
    ('version from the future', '{"format":"netconduct-settings","version":2}', 1, 'newer NetConduct'),
    ('unknown top-level key', top('colour', 'red'), 2, '“colour” is not part of'),
    ('profiles not a list', top('profiles', {}), 2, '“profiles” must be a list'),
    ('a profile that is a number', top('profiles', [1]), 2, '“profiles[0]” must be an object'),
    ('daily limit in quotes', prof('daily_limit_minutes', '30'), 2, '“profiles[0].daily_limit_minutes” must be a whole number'),
    ('daily limit 30.5', prof('daily_limit_minutes', 30.5), 2, 'profiles[0].daily_limit_minutes'),
    ('daily limit 5000', prof('daily_limit_minutes', 5000), 2, 'from 0 to 1440'),
    ('daily limit -1', prof('daily_limit_minutes', -1), 2, 'from 0 to 1440'),
    ('social_allowed in quotes', prof('social_allowed', 'true'), 2, '“profiles[0].social_allowed” must be true or false'),
    ('allow_list_only as 1', prof('allow_list_only', 1), 2, 'must be true or false'),
    ('unknown category', prof('blocked_categories', ['adult', 'sweets']), 2, 'unknown category “sweets”'),
    ('two categories in one string', prof('blocked_categories', ['adult,gambling']), 2, 'unknown category'),
    ('categories not a list', prof('blocked_categories', 'adult'), 2, 'must be a list'),
    ('category as a number', prof('blocked_categories', [1]), 2, 'blocked_categories[0]” must be text'),
    ('six days of hours', prof('allowed_hours', [0] * 6), 2, 'must list 7 days'),
    ('hours in quotes', prof('allowed_hours', ['255'] * 7), 2, 'allowed_hours[0]” must be a whole number'),
    ('hours past 24 bits', prof('allowed_hours', [16777216] * 7), 2, 'from 0 to 16777215'),
    ('negative hours', prof('allowed_hours', [-1] * 7), 2, 'from 0 to 16777215'),
    ('hours as fractions', prof('allowed_hours', [1.5] * 7), 2, 'must be a whole number'),
    ('name with a control character', prof('name', 'An\u0007'), 2, 'control characters'),
    ('name of 41 characters', prof('name', 'x' * 41), 2, '1 to 40 characters'),
    ('name of 300 bytes', prof('name', 'x' * 300), 2, 'longer than 256 bytes'),
    ('name missing', lambda d: d['profiles'][0].pop('name'), 2, '“profiles[0].name” is missing'),
    ('name null', prof('name', None), 2, 'must be text'),
    ('age unknown', prof('age', '5-7'), 2, '“profiles[0].age” must be an age band'),
    ('unknown profile key', prof('colour', 'red'), 2, '“profiles[0].colour” is not part of'),
    ('avatar too long for the store', prof('avatar', 'x' * 100), 2, 'at most 64 bytes'),
    ('language unknown', prof('language', 'fr'), 2, 'use vi, en'),
    ('the same profile twice', lambda d: d['profiles'].append(dict(d['profiles'][0])), 2, 'in the file twice'),
    ('host not a string', prof('allow', [1]), 2, '“profiles[0].allow[0]” must be text'),
    ('host of 2000 bytes', prof('allow', ['a' * 2000]), 2, 'longer than 1024 bytes'),
    ('host not a host', prof('block', ['not a host']), 2, 'write a name such as example.org'),
    ('settings not an object', top('settings', []), 2, '“settings” must be an object'),
    ('a 100 KB setting', setting('retention-days', 'x' * 100000), 2, 'longer than 4096 bytes'),
    ('a 100 MB setting', None, 2, 'larger than 16 MiB'),
    ('a setting as a number', setting('retention-days', 30), 2, '“settings.retention-days” must be text'),
    ('retention-days not a number', setting('retention-days', 'abc'), 2, 'from 1 to 3650'),
    ('retention-days 0', setting('retention-days', '0'), 2, 'from 1 to 3650'),
    ('first-run-done yes', setting('first-run-done', 'yes'), 2, 'must be "true" or "false"'),
    ('ui-language fr', setting('ui-language', 'fr'), 2, 'must be "vi", "en"'),
    ('a setting name with a new line', setting('a\nb', 'x'), 2, 'is not a setting’s name'),
    ('everyone not an object', top('everyone', ['x.example']), 2, '“everyone” must be an object'),
    ('everyone unknown key', top('everyone', {'allow': [], 'maybe': []}), 2, '“everyone.maybe” is not part of'),
    ('everyone host as a number', top('everyone', {'allow': [5]}), 2, '“everyone.allow[0]” must be text'),
    ('category list with an unknown category', top('category_lists', [{'name': 'x', 'category': 'sweets'}]), 2, 'unknown category “sweets”'),
    ('category list count in quotes', top('category_lists', [{'name': 'x', 'category': 'adult', 'domain_count': '3'}]), 2, 'domain_count” must be a whole number'),
    ('category list without a name', top('category_lists', [{'category': 'adult'}]), 2, '“category_lists[0].name” is missing'),
    ('category list name with a tab', top('category_lists', [{'name': 'a\tb', 'category': 'adult'}]), 2, 'give it another name'),
    ('PIN hash as a number', top('pin_hash', 5), 2, '“pin_hash” must be text'),
    ('PIN hash garbage', top('pin_hash', '$argon2id$garbage'), 1, 'not an Argon2id hash'),
    ('PIN hash with weak parameters', top('pin_hash', '$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo'), 1, 'weaker'),
    ('PIN hash too heavy to check', top('pin_hash', '$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo'), 1, 'take too long'),
]

checks = [
    ('netconduct-check unknown format', ['--format=xml'], 2, 'use jsonl or text'),
    ('netconduct-check unknown language', ['--lang=fr'], 2, 'use vi, en or auto'),
    ('netconduct-check unknown option', ['--bogus'], 2, 'Unknown option'),
    ('netconduct-check missing file', [h.path('missing.txt')], 1, 'Cannot open'),
]

HINT_WORDS = ('use ', 'Use ', 'write', 'Write', 'remove', 'choose', 'Choose', 'give', 'Give', 'add it',
              'shorten', 'put the', 'name each', 'correct it', 'must be', 'must list', 'Usage', 'keep one',
              'set the PIN', 'export it', 'Name the', 'between', 'at least', 'at most', 'never from',
              '--category', '--profile', 'is missing', 'newer NetConduct', 'exists already', 'No PIN',
              'write a name such as example.org', 'no web site addresses', 'There is no', 'Cannot', 'not valid text', 'check the spelling', 'Choose',
              'list categories', 'Unknown', 'true or false')


def checked(name, p, status, fragment, before):
    h.ok(p.returncode == status, '%s: exit %d' % (name, status), 'exit %d\n%s' % (p.returncode, p.err))
    h.ok(fragment in p.err, '%s: says “%s”' % (name, fragment), p.err)
    h.ok(any(w in p.err for w in HINT_WORDS), '%s: says what to do' % name, p.err)
    if before is not None:
        h.ok(h.digest() == before, '%s: database unchanged' % name)


n_rows = 0
before = h.digest()
for name, args, stdin, status, fragment in rows:
    checked(name, h.run(*args, stdin=stdin), status, fragment, before)
    n_rows += 1

for i, (name, content, status, fragment) in enumerate(imports):
    if content is None:                       # the 100 MB value: written, never parsed
        path = h.path('huge.json')
        with open(path, 'wb') as f:
            f.write(b'{"format":"netconduct-settings","version":1,"settings":{"retention-days":"')
            f.write(b'x' * (100 << 20))
            f.write(b'"}}')
    elif callable(content):
        path = settings_file('import-%d.json' % i, change=content)
    else:
        path = settings_file('import-%d.json' % i, text=content)
    checked('import ' + name, h.run('import', path), status, fragment, before)
    n_rows += 1
    if content is None:
        os.unlink(path)

for name, args, status, fragment in checks:
    p = subprocess.run([check_tool] + args, input=b'', capture_output=True, env=h.env, timeout=60)
    p.err = p.stderr.decode('utf-8', 'replace')
    checked(name, p, status, fragment, None)
    n_rows += 1

h.ok(n_rows >= 100, 'at least 100 bad inputs (%d)' % n_rows)
p = h.run('import', h.path('good.json'))
h.ok(p.returncode == 0, 'the good export still imports', p.err)
h.finish()
