#!/usr/bin/env python3
"""Turns the English news gold set's markup ([TYPE words], one paragraph a line, see tuning.txt)
into the IOB2 format of the French sets: one 'token TAG' a line, a blank line after each sentence.
Run from the repository root: python3 bench/english-gold.py"""
import re
import pathlib

DIR = pathlib.Path('src/test/resources/dev/lectern/entities/english-news')
TOKEN = re.compile(r"'s\b|[\w]+(?:[-.,][\w]+)*|[^\w\s]")


def tokens(text):
    return TOKEN.findall(text)


def convert(source):
    out = []
    for line in source.read_text(encoding='utf-8').splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        sentence = []
        pos = 0
        for m in re.finditer(r'\[(PER|LOC|ORG) ([^\]]+)\]', line):
            sentence += [(t, 'O') for t in tokens(line[pos:m.start()])]
            words = tokens(m.group(2))
            sentence += [(t, ('B-' if k == 0 else 'I-') + m.group(1)) for k, t in enumerate(words)]
            pos = m.end()
        sentence += [(t, 'O') for t in tokens(line[pos:])]
        for k, (token, tag) in enumerate(sentence):
            out.append(f'{token} {tag}')
            following = sentence[k + 1][0] if k + 1 < len(sentence) else ''
            if token in '.!?' and (following == '' or following[0].isupper()) or \
                    token == '"' and k > 0 and sentence[k - 1][0] in '.!?' and (following == '' or following[0].isupper()):
                out.append('')
        if out and out[-1] != '':
            out.append('')
    return '\n'.join(out) + '\n'


for name in ['tuning', 'held-out']:
    (DIR / f'{name}.conll').write_text(convert(DIR / f'{name}.txt'), encoding='utf-8')
