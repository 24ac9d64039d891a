#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`netconductctl lessons`: the teachers' list of lessons, speaking TAP.

Runs the built tool on a temporary database and checks the JSON (every
lesson, its Code references and quiz items), the text form, a learner's
progress and bad arguments."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ctl_harness import Tap  # noqa: E402

ctl = sys.argv[1]
tap = Tap()
ok = tap.ok


def run(*args):
    return subprocess.run([ctl, '--database', db] + list(args), capture_output=True, text=True, env=env)


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'ctl.db')
    env = dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8', NETCONDUCT_POLICY_DIR=os.path.join(tmp, 'none'))

    p = run('lessons', '--format=json')
    ok(p.returncode == 0, 'lessons --format=json succeeds', p.stderr)
    try:
        data = json.loads(p.stdout)
    except ValueError as e:
        data = {'lessons': []}
        ok(False, 'the output is JSON', str(e))
    lessons = data.get('lessons', [])
    ids = [l['id'] for l in lessons]
    ok(len(lessons) >= 15, 'at least 15 lessons', str(len(lessons)))
    ok(len(set(ids)) == len(ids), 'lesson ids are unique')
    ok(all(i.startswith('lesson-') for i in ids), 'ids start with lesson-')
    total = sum(l['quiz_items'] for l in lessons)
    ok(total >= 153 and total == data.get('quiz_item_count'), 'at least 153 quiz items, counted right', str(total))
    ok(all(l['refs'] and all(r['id'] and r['citation'] for r in l['refs']) for l in lessons),
       'every lesson names the Code references it teaches, with citations')
    ok(all(l['title'] and l['summary'] for l in lessons), 'every lesson has a title and summary')
    taught = {r['id'] for l in lessons for r in l['refs']}
    ok({'3.1', '3.2', '3.3', '3.4', '4.5', '7.3', 'c88.4'} <= taught, 'the four rules, 4.5, 7.3 and the 2025 code are taught')
    by_id = {l['id']: l for l in lessons}
    new = ('lesson-scams', 'lesson-wellbeing', 'lesson-footprint')
    ok(all(i in by_id and by_id[i]['quiz_items'] >= 10 for i in new),
       'the scams, wellbeing and footprint lessons are listed, with at least 10 items each')
    ok(ids.index('lesson-scams') < ids.index('lesson-accounts') < ids.index('lesson-footprint') < ids.index('lesson-truth'),
       'scams come early, footprint right after accounts', ' '.join(ids))
    ok({'c88.7', 'c88.8', 'c88.9'} <= taught, 'the 2025 code rules on harmful content, personal information and links are taught')
    ok('progress' not in lessons[0], 'no progress without --profile')

    p = run('lessons')
    ok(p.returncode == 0 and 'lesson-truth' in p.stdout and 'Check before you share' in p.stdout,
       'the text form lists the lessons', p.stdout[-300:] + p.stderr)
    ok(f'{len(lessons)} lessons, {total} quiz items' in p.stdout, 'the text form ends with the totals')

    p = run('profile', 'add', 'Lan', '--age', '10-12')
    ok(p.returncode == 0, 'a learner is added', p.stderr)
    p = run('lessons', '--format=json', '--profile', 'Lan')
    ok(p.returncode == 0, 'lessons --profile succeeds', p.stderr)
    progress = [l.get('progress', {}) for l in json.loads(p.stdout or '{"lessons": []}')['lessons']]
    ok(progress and all(x.get('state') == 'new' and x.get('score') == 0 for x in progress),
       'a new learner has every lesson new')

    p = run('lessons', '--profile', 'Nobody')
    ok(p.returncode != 0, 'an unknown learner is refused')
    p = run('lessons', '--format=xml')
    ok(p.returncode == 2 and 'Usage' in p.stderr, 'an unknown format is a usage error', p.stderr)
    p = run('lessons', 'extra')
    ok(p.returncode == 2, 'an extra argument is a usage error')

    # `lessons grade`: the verdict of a "rewrite it kindly" answer as JSON
    def grade(answer, *extra, item=('lesson-respect', 'respect-feedback'), stdin=None):
        args = ['lessons', 'grade', *item] + (['--answer', answer] if answer is not None else []) + list(extra)
        p = subprocess.run([ctl, '--database', db] + args, capture_output=True, env=env,
                           input=stdin if stdin is not None else b'')
        try:
            return p, json.loads(p.stdout)
        except ValueError:
            return p, {}
    p, v = grade('Lan, your slides were clear. Maybe speak a little slower next time.')
    ok(p.returncode == 0 and v.get('pass') is True and v.get('reason') == 'ok' and v.get('message'),
       'grade: a kind rewrite passes', p.stdout + p.stderr)
    ok('reminder' not in v, 'grade: no share reminder without a link', p.stdout)
    p, v = grade('Lan, your slides were clear. The notes are at https://school.example.edu.vn/slides')
    ok(v.get('pass') is True and 'official' in v.get('reminder', ''),
       'grade: a link gets the share reminder, the verdict stays', p.stdout + p.stderr)
    p, v = grade('Thanks Lan, but that was stupid.')
    ok(p.returncode == 0 and v.get('pass') is False and v.get('reason') == 'still-hurtful',
       'grade: an unkind rewrite is still hurtful', p.stdout + p.stderr)
    p, v = grade('Lan spoke for ten minutes.')
    ok(v.get('pass') is False and v.get('reason') == 'not-kind-enough', 'grade: a plain rewrite is not kind enough', p.stdout)
    p, v = grade('   ')
    ok(v.get('reason') == 'empty', 'grade: an empty answer', p.stdout)
    p, v = grade(None, stdin='No worries, let’s try again next round!'.encode(), item=('lesson-safety', 'safety-game-chat'))
    ok(v.get('pass') is True, 'grade: the answer is read from standard input without --answer', p.stdout + p.stderr)
    p, v = grade(None, stdin=b'caf\xe9 \xff')
    ok(p.returncode == 2 and b'UTF-8' in p.stderr, 'grade: invalid UTF-8 is refused', p.stderr)
    p, v = grade('x', item=('lesson-nope', 'respect-feedback'))
    ok(p.returncode == 2 and b'lesson-nope' in p.stderr, 'grade: an unknown lesson is named', p.stderr)
    p, v = grade('x', item=('lesson-respect', 'nope'))
    ok(p.returncode == 2 and b'nope' in p.stderr, 'grade: an unknown item is named', p.stderr)
    p = subprocess.run([ctl, '--database', db, 'lessons', 'grade', 'lesson-respect'], capture_output=True, env=env)
    ok(p.returncode == 2 and b'Usage' in p.stderr, 'grade: a missing item is a usage error', p.stderr)

tap.finish()
