#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the English grammar of aimed unkindness into
resources/lexicon/en-context.txt (between its "# >>> grammar" and
"# <<< grammar" lines): who is aimed at and what is said of them, as a
few small word lists combined, rather than one phrase per message seen.

  checker-training/en-grammar.py [--write]   (without --write: prints it)

Kinds (issue 16, sixth round; lists from common knowledge of how children
write, none taken from a held-out line):
- threats: an intent ("i'll", "gonna", "imma") and a harm ("push", "smash",
  "beat up"), aimed at whoever follows ("you", "ur phone", "him");
- wishes of harm: "hope you" and an outcome ("trip", "fail", "get hit");
- exclusion: a group ("nobody", "everyone", "even the teacher") and what it
  does to someone ("likes", "is laughing at", "doesn't want"), aimed at
  whoever follows; orders to leave someone out ("don't let", "block", "let's
  all ignore"); a group made without someone ("a new chat without you");
  being told one does not belong ("you're not invited", "sit somewhere else");
- put-downs aimed by a target before them: negative predicates that are not
  rude words alone ("is trash", "picked last", "need a shower", "hurts my
  ears", "should be ashamed"), with targets that open a put-down ("imagine
  being", "stop acting", "he", "she");
- name-calling by description ("the weird kid"), gender and regional
  put-downs ("go play with dolls", "learn to talk"), mockery ("who asked
  you", "skill issue").
The checker reads "forward" entries as aimed at a target that follows them
(find_target() in nc-checker.c). Entries are de-duplicated as the checker
normalizes them (no apostrophes, doubled letters once).
"""
import argparse
import itertools
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CONTEXT = os.path.join(HERE, '..', 'resources', 'lexicon', 'en-context.txt')
BEGIN, END = '# >>> grammar (checker-training/en-grammar.py --write)', '# <<< grammar'

# who a put-down is aimed at, beyond the targets written in en-context.txt
TARGETS = ['him', 'he looks', 'she looks', 'he smells', 'she smells', 'he is so', 'she is so', 'imagine being', 'imagine having',
           'imagine looking', 'stop acting', 'stop being', 'stop crying', 'why are you so',
           'why is your', 'how are you this', 'your parents', 'your dad', 'your brother',
           'your sister', 'your friends', 'your song', 'your video', 'your art', 'your shoes',
           'your accent', 'your head', 'your belly', 'your ears', 'your feet', 'your laugh',
           'your handwriting', 'your outfit', 'your lunch']

# threats: intent + harm, aimed at whoever follows
INTENTS = ["i'll", 'i will', "i'm gonna", 'gonna', "i'm going to", 'going to', 'imma', 'ima',
           "we'll", 'we will', "we're gonna", 'i want to', 'i wanna', "i'm about to",
           'someone should', 'let me']
HARMS = ['beat', 'mess',  # ("beat you up", "mess you up"; "beat you at" is allowed)
         'hit', 'punch', 'kick', 'slap', 'smack', 'push', 'shove', 'beat up', 'hurt', 'kill',
         'stab', 'choke', 'strangle', 'drown', 'trip', 'jump', 'break', 'smash', 'crush', 'bury',
         'burn', 'throw', 'drag', 'spit on', 'knock out', 'mess up', 'wreck', 'ruin', 'expose',
         'leak', 'post', 'come for', 'come after', 'get back at', 'rip', 'flush',
         'pour water on']
# wishes of harm: plain phrases
HOPES = ['hope you', 'wish you would']
OUTCOMES = ['die', 'trip', 'fail', 'choke', 'get hit', 'get hurt', 'get sick', 'suffer',
            'rot', 'cry', 'get run over', 'get bullied', 'get expelled',
            'get kicked out', 'disappear', 'move away', 'never come back', 'get what you deserve',
            'get beat up', 'get punched', 'lose everything', 'trip and fall', 'fall down',
            'fall and', 'get lost', 'break a leg and']
THREATS_PLAIN = ['watch yourself', 'watch your back',
                 'better watch yourself', "you're so dead", 'you better run',
                 'better not come to school', "better not show up", 'i know where you live',
                 'wait till after school', 'wait until after school']

# exclusion: a group and what it does to someone, aimed at whoever follows
NOBODY = ['nobody', 'no one', 'noone']
PLACES = ['', ' at school', ' in class', ' in our class', ' here', ' in this school']
EVERYONE = ['everyone', 'everybody', 'we all', 'all of us', 'the whole class', 'the whole school',
            'the whole team', 'even the teacher', 'even your best friend', 'even your friends',
            'even your mom', 'even your own mom', 'even your parents', 'even your dog', 'they all']
KIND_VERBS = ['likes', 'like', 'wants', 'cares about', 'invited', 'asked', 'will miss',
              'would miss', 'trusts', 'believes', 'wants to sit with', 'wants to play with',
              'wants to be friends with', 'wants to hang out with', 'wants to talk to',
              'reply to', 'talk to', 'sit with', 'play with', 'invite', 'remembers', 'needs',
              'would ever date', 'will ever like', 'even likes', 'ever liked', 'picks']
UNKIND_VERBS = ['hates', 'hate', 'laughs at', 'is laughing at', 'are laughing at', 'laughed at',
                'talks about', 'is talking about', 'talked about', 'ignores', 'is ignoring',
                'makes fun of', 'made fun of', 'is sick of', 'is tired of',
                "doesn't like", "don't like", "can't stand", "doesn't want", "don't want",
                'ignore', 'block', 'unfollowed', 'unfriended', 'blocked']
# (any target after them: "who asked you", "stop talking to your friend")
ORDERS = ['nobody reply to', 'nobody talk to', 'stop talking to', 'stop inviting',
          'stop hanging out with', "let's all ignore", "let's ignore", "let's all block",
          "let's not invite", 'everyone block', 'everyone ignore', 'who invited', 'who asked',
          'who even invited', 'why did you invite', 'why is everyone friends with']
# (only "him" and "her" after them: "don't let your dog out" is no exclusion)
ORDERS_3RD = ["don't let {} play with us", "don't let {} sit with us", "don't let {} join",
              "don't let {} in our",
              "don't invite {}", "don't pick {}", "don't add {}", "don't sit with {}",
              "leave {} out", "kick {} out", "let's leave {} out", 'unfriend {}', 'unadd {}']
GROUPS = ['group', 'chat', 'gc', 'group chat', 'sleepover', 'server', 'squad', 'new group',
          'new chat', 'new gc']
NOT_BELONG = ["not invited", "not welcome", "not allowed to sit", "can't sit with us",
              "can't sit here", "can't play with us", "not one of us",
              "not cool enough", "not good enough for us", "not pretty enough",
              "not part of our", "don't belong", "doesn't belong", "sit somewhere else",
              "find another table", "find another group", "find new friends",
              "find your own friends", "get your own friends", "this seat is taken",
              "this table is full", "leave the group", "leave our group", "leave the chat",
              "leave us alone", "go sit somewhere else", "go somewhere else", "stay away from us",
              "stay away from me", "don't come near", "don't sit next to me",
              "don't sit with us", "don't touch me", "we don't want you", "don't want you here",
              "don't want you there", "not sitting with you", "not playing with you",
              "not your friend", "not our friend", "not friends anymore",
              "pretend you don't exist", "pretend he doesn't exist",
              "pretend she doesn't exist", "like you don't exist", "better off without"]

# negative predicates, aimed by a target before them: not rude alone
# ("is trash", "horrible", "awful" left out: in tweets they judge work and
# opinions far more than people)
PREDICATES = ['is mid', 'is so mid', 'are mid', 'so mid',
              'is cringe', 'is so cringe', 'is the worst', 'are the worst', 'is so lame',
              'so washed', 'washed up', 'irrelevant', 'a waste of space', 'a waste of air',
              'unlikeable', 'a crybaby', 'a show off', 'a know it all',
              "a teacher's pet", 'a suck up', 'a sellout', 'a disgrace', 'so dramatic',
              'should be ashamed', 'must be ashamed', 'must be embarrassed',
              'must be disappointed', 'must be so disappointed', 'must be so embarrassed',
              'must be so ashamed', 'so disappointed in', 'ashamed of you',
              'picked last', 'last one picked', 'always last', 'the last one picked',
              'need a shower', 'need a bath', 'needs a shower', 'needs a bath', 'need deodorant',
              'even shower', 'ever shower', 'even wash', 'ever wash', 'even brush',
              'smell bad', 'smells bad', 'smell so bad', 'smells so bad', 'reek', 'reeks',
              'smell like onions', 'smells like onions', 'smell like poop', 'smells like poop',
              'hurts my ears', 'hurts my eyes', 'makes me sick', 'makes me want to throw up',
              'makes me puke', 'gives me a headache', 'painful to look at', 'painful to watch',
              'so many pimples', 'so much acne', 'a unibrow', 'a double chin', 'a big forehead',
              'a fivehead', 'crooked teeth', 'buck teeth', 'bad breath', 'so hairy',
              'from the trash', 'from the garbage', 'from a dumpster', 'from the dumpster',
              'from the bin', 'from the dump', 'this slow', 'that slow', 'so slow at',
              'should just quit', 'should just give up',
              'a disaster', 'a nightmare', 'the reason everyone', 'the reason nobody',
              'the reason no one', 'brain is the size of', 'brain is so small',
              'brain is smaller than', 'to save your life', "can't sing at all",
              "can't draw at all", "can't dance at all", "can't play at all",
              "can't do anything", 'should go on a diet', 'should disappear', 'should just leave', 'should go away', 'should move schools',
              'should stop talking', 'should stop singing', 'should never sing',
              'like a girl', 'like a boy', 'like a dog', 'like your dog',
              'like a horse', 'like a frog', 'like a witch', 'like a zombie', 'like a goblin',
              'like a troll', 'like a mop', 'like a broom', "like a bird's nest",
              'like a birds nest', 'like a melted', 'like a rat', 'like a bug', 'like a worm',
              'like a grandpa', 'like an old man', 'like an old lady', 'like a dinosaur',
              'like a weirdo', 'like a freak', 'like a loser', 'like a nerd', 'like a baby',
              'like a beached whale', 'like a 2 year old', 'like a two year old',
              'like a 3 year old', 'like a 5 year old', 'like a five year old',
              'like a kindergartner', 'like a first grader', 'a parasite', 'a leech', 'a hot mess', 'a trainwreck', 'a train wreck', 'so clueless', 'clueless',
              'so dumb', 'so ugly', 'so annoying', 'so weird', 'so fat', 'so short',
              'too fat', 'too ugly', 'too weird', 'too slow', 'too stupid', 'too dumb',
              'a fatty', 'fatso', 'a lardo', 'a porker', 'four eyes', 'metal mouth',
              'pizza face', 'crater face', 'horse face', 'pig face', 'rat face', 'dog face',
              'carrot top', 'brain must be tiny', 'brain is tiny',
              'tiny brain', 'no brain cells', 'one brain cell', 'two brain cells', 'no talent',
              'zero talent', 'no skill', 'zero skill', 'bad at everything',
              'ruin everything', 'ruins everything', 'ruined everything', 'always ruin',
              'always ruins', 'a bad friend', 'a terrible friend', 'the worst friend',
              # second person + a negative predicate that is no rude word alone
              'so mean', 'too mean', 'a mean', 'rude', 'so weak', 'too weak', 'childish',
              'jealous', 'needy', 'clingy', 'desperate', 'so dramatic', 'whiny', 'bratty',
              'snobby', 'stuck up', 'full of yourself', 'arrogant', 'cocky', 'toxic', 'cruel', 'evil', 'scrawny', 'bald', 'suck', 'sucks', 'not funny',
              'not cool', 'not smart', 'not pretty', 'not good at anything',
              "can't do anything right", 'never do anything right', 'mess everything up',
              'messed everything up', 'a waste']

# harmless phrases of the same words
ALLOW = ['hit you up', 'hit me up', 'beat you in', 'beat your score',
         'beat your record', 'beat your time', 'post you', 'who asked for', 'who asked about',
         'maine coon', "can't join yet", 'watch what happens when',
         'watch what happens if']
# "tranny" as car talk (a transmission) names no one
CAR_TRANNY = ['new tranny', 'tranny fluid', 'tranny swap', 'manual tranny', 'automatic tranny',
              'auto tranny', 'tranny rebuild', 'tranny went out', 'tranny is slipping',
              'tranny cooler', 'tranny mount']
# Dutch "hoe" (how) with the Dutch words around it is no English "hoe"
DUTCH_HOE = ['hoe het', 'hoe een', 'hoe ik', 'hoe lang', 'hoe vaak', 'hoe veel', 'hoe durf',
             'hoe durft', 'hoe durven', 'hoe haal', 'hoe kan', 'hoe kun', 'hoe zit', 'hoe gaat',
             'hoe of wat', 'en hoe', 'maar hoe', 'weet hoe', 'precies hoe', 'zien hoe',
             'hoe werkt', 'hoe moet', 'hoe wordt', 'hoe zou', 'hoe ziet']

# said of oneself: read like a negation, they lower a put-down right after
# them ("i'm such a crybaby", "I'm the weirdo", "im pathetic trash")
SELF = ["i'm such a", 'i am such a', "i'm the", 'i am the', "i'm pathetic", "i'm the most",
        'call me a', 'i feel like a', "i'm kind of a", "i'm kinda"]

DESCRIBED_ADJ = ['fat', 'ugly', 'smelly', 'stinky', 'gross', 'dumb', 'stupid', 'loser']
DESCRIBED_NOUN = ['kid', 'girl', 'boy', 'guy']

PLAIN_INSULT = ['go play with dolls', 'go play with your dolls', 'back to the kitchen',
                'make me a sandwich', "you're mean", "you're so mean", 'you are mean',
                "you're mid", 'stop acting smart', 'stop acting tough', 'stop acting cool', 'stop being a drama queen', 'stop being such a drama queen', "that's for girls", "girls can't play", 'girls suck at',
                'boys are better', 'learn to talk', 'learn to speak english',
                'talk normal', 'talk normally', 'go back to your country',
                'go back where you came from', 'who asked you', 'who asked lol', 'who asked',
                'nobody asked lol', 'skill issue', 'cry about it', 'cry more', 'go cry',
                'go and cry', 'go cry to', 'cry to your mom', 'cry to your mommy',
                'in your dreams', 'as if you could', 'actually thought you could',
                'really thought you could', 'thought you could win', 'why are you even here', 'why is he even here',
                'why is she even here', 'why is she here', 'why is he here', 'no wonder your dad',
                'no wonder your mom', 'no wonder your parents', 'no wonder nobody',
                'no wonder no one', 'smarter than you',
                'prettier than you', 'smarter than him', 'smarter than her', 'did you even try',
                'your fault we',
                # (sixth round, batch A's kinds: rhetorical questions, being
                # pushed out, mocking someone's age, family and food)
                'why do you even', 'why are you like this', 'stop following us',
                'stop following me around', 'stop copying me', 'stop copying us',
                'embarrassing yourself', 'did your mom cut your hair', 'does your mom dress you',
                'your mom dresses you', 'unfollowing you everywhere', 'blocking you everywhere',
                "you're out of the group", 'voted you out', "you're kicked out",
                "you're not in our", 'who invited this kid', 'who invited that kid',
                'not you again', 'ugh you again', 'make your life miserable',
                'make your life hell', 'i know where you',
                'eat a salad', 'lay off the snacks', 'put the fork down',
                'keep crying', 'cry harder', 'cooler than you', 'way better than you',
                'so much better than you',
                # (batch B's kinds)
                'stop trying to be friends with', 'stop trying to fit in',
                'stop trying to sit with us', 'stop trying to hang out with us',
                "thought you're invited", 'thought you were invited',
                "don't talk to me ever again", 'never talk to me again',
                "don't ever talk to me"]
# comparisons with someone small: "even my little brother is smarter than you"
SMALL = ['even my little brother', 'even my little sister', 'even my baby brother',
         'even my baby sister', 'even my grandma', 'even my dog', 'even my cat', 'even a baby',
         'even a toddler', 'even a five year old', 'even a 5 year old', 'even a kindergartner']
BETTER = ['is smarter than', 'is better than', 'could do better', 'can do better', 'could beat',
          'can beat', 'plays better than', 'draws better than', 'sings better than',
          'is faster than', 'could do that', 'can do that', 'could do it', 'can do it',
          'is prettier than', 'has more friends than']


# body shaming: a part of the body and what is said of it, aimed by a target
# before it ("ur nose is huge")
BODY = ['nose', 'head', 'ears', 'forehead', 'belly', 'stomach', 'feet', 'teeth', 'butt', 'chin',
        'legs', 'arms', 'neck', 'lips', 'eyebrows', 'hair']
BODY_SAID = ['huge', 'enormous', 'massive', 'gigantic', 'so big', 'so yellow', 'so crooked',
             'so hairy', 'so greasy', 'so fat', 'looks like a', 'look like a']
SAME_CLOTHES = ['shirt', 'clothes', 'hoodie', 'outfit', 'jacket', 'pants']


def norm(phrase):
    p = phrase.lower().replace("'", '')
    return re.sub(r'(.)\1+', r'\1', p)


def existing():
    """The entries of the English lexicon files outside the grammar."""
    seen = set()
    lexdir = os.path.dirname(CONTEXT)
    for name in sorted(os.listdir(lexdir)):
        if not (name.startswith('en-') and name.endswith('.txt')):
            continue
        inside = False
        for line in open(os.path.join(lexdir, name), encoding='utf-8'):
            line = line.rstrip('\n')
            if line in (BEGIN, END):
                inside = line == BEGIN
                continue
            if not inside and line and line[0] not in '#@':
                seen.add(norm(line.split('\t')[0]))
    return seen


def grammar():
    out, seen = [], existing()

    def add(phrase, flags):
        key = norm(phrase)
        if key not in seen:
            seen.add(key)
            out.append(f'{phrase}\t{flags}')

    def each(flags, *lists, fmt=None):
        """Adds every combination of @lists, joined by spaces (or by @fmt)."""
        for combo in itertools.product(*lists):
            add(fmt.format(*combo) if fmt else ' '.join(combo), flags)

    fwd = 'aimed forward say=calm'
    out.append('@category insult')
    each('target', TARGETS)
    out.append('@category violence')
    each(fwd, INTENTS, HARMS)
    each('say=calm', HOPES, OUTCOMES)
    each('say=calm', THREATS_PLAIN)
    out.append('@category insult')
    each(fwd, NOBODY, PLACES, KIND_VERBS + UNKIND_VERBS, fmt='{}{} {}')
    each(fwd, EVERYONE, UNKIND_VERBS)
    each(fwd, ORDERS)
    for o in ORDERS_3RD:
        each('say=calm', ('him', 'her'), fmt=o)
    each(fwd, GROUPS, ('without',))
    each('say=calm', NOT_BELONG)
    each('allow', ALLOW + CAR_TRANNY + DUTCH_HOE)
    each('negation', SELF)
    each('aimed say=calm', PREDICATES)
    for b in BODY:
        singular = b in ('nose', 'head', 'forehead', 'belly', 'stomach', 'butt', 'chin', 'neck', 'hair')
        for said in BODY_SAID:
            if not said.startswith('look'):
                add(f"{b} {'is' if singular else 'are'} {said}", 'aimed say=calm')
            elif said.startswith('looks') == singular:
                add(f'{b} {said}', 'aimed say=calm')
        add(f'look at your {b}', 'say=calm')
    each('aimed say=calm', SAME_CLOTHES, fmt='the same {} every day')
    each('say=calm', DESCRIBED_ADJ, DESCRIBED_NOUN)
    each('say=calm', PLAIN_INSULT)
    each('say=calm', SMALL, BETTER)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--write', action='store_true')
    args = ap.parse_args()
    block = [BEGIN] + grammar() + [END]
    if not args.write:
        print('\n'.join(block))
        return
    text = open(CONTEXT, encoding='utf-8').read().split('\n')
    if BEGIN in text:
        a, b = text.index(BEGIN), text.index(END)
        text[a:b + 1] = block
    else:
        text[-1:-1] = block if text[-1] == '' else block
    open(CONTEXT, 'w', encoding='utf-8').write('\n'.join(text))


if __name__ == '__main__':
    main()
