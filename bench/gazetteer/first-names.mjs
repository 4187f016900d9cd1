// Prints the English and French first names of @faker-js/faker (MIT), one a line, for
// src/main/resources/dev/lectern/entities/first-names.txt. Usage: node first-names.mjs FAKER_PACKAGE_DIR
const dir = process.argv[2];
const { en, fr } = await import(dir + '/dist/index.js');
const names = new Set();
for (const locale of [en, fr]) {
  for (const key of ['first_name', 'middle_name']) {
    const value = locale.person[key];
    if (!value) continue;
    for (const list of Array.isArray(value) ? [value] : Object.values(value)) list.forEach(n => names.add(n));
  }
}
console.log('# First names in English and French, from @faker-js/faker 10.6.0 (MIT licence, see THIRD-PARTY.md).');
console.log('# Rebuilt by bench/gazetteer/first-names.mjs. A capitalised word from this list before another says a person.');
[...names].filter(n => /^\p{Lu}[\p{L}'-]+$/u.test(n)).sort().forEach(n => console.log(n));
