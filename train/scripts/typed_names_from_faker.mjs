#!/usr/bin/env node
// Writes the first and last names of the locales of npm @faker-js/faker 10.6.0 (MIT, (c) 2022-present
// Faker contributors) as "list<TAB>name" lines (lower case), for
// enrich/src/main/resources/io/newsflow/enrich/entity/names-faker.tsv.
//
//     npm pack @faker-js/faker@10.6.0 && npm install --prefix /tmp/fk ./faker-js-faker-10.6.0.tgz
//     NODE_PATH=/tmp/fk/node_modules node train/scripts/typed_names_from_faker.mjs \
//         > enrich/src/main/resources/io/newsflow/enrich/entity/names-faker.tsv
//
// Why: news (and the CoNLL-2003 test split: sports results, politics) is full of foreign people never
// seen in training; faker's locales hold real first and last names of about sixty countries. Lists:
// firstname and lastname, the kinds of compromise's lexicon that TypedNames extends with them. (Faker's
// towns, regions and company legal forms were tried too and did not help: see docs/research/2026-11-28-ner.md.)
// Only Latin-script names are kept; Cyrillic ones (the Russian, Ukrainian and Macedonian locales) are
// romanised the way English-language news writes them ("Кузнецов" -> "kuznetsov").
// Names with accents are listed twice, as written and with the accents removed ("Müller",
// "Muller"), since wire text often drops them.
import { createRequire } from 'module'
import path from 'path'

const require = createRequire(path.join(process.env.NODE_PATH || process.cwd(), 'x.js'))
const { allLocales } = require('@faker-js/faker')

// Russian-style romanisation (BGN/PCGN as simplified by news agencies), with the extra letters of
// Ukrainian, Macedonian and Serbian
const CYRILLIC = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj',
  ќ: 'kj', ѕ: 'dz',
}
const VOWELS = 'аеёиоуыэюяєіїь'

function romanise(name) {
  let out = ''
  const s = name.toLowerCase()
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    // "е" is "ye" at the start of a word and after a vowel or soft/hard sign: "Ельцин" -> "yeltsin"
    if (c === 'е' && (i === 0 || !/\p{L}/u.test(s[i - 1]) || VOWELS.includes(s[i - 1]) || s[i - 1] === 'ъ')) {
      out += 'ye'
    } else {
      out += c in CYRILLIC ? CYRILLIC[c] : c
    }
  }
  return out
}

const SPECIAL = { ł: 'l', ø: 'o', ß: 'ss', ı: 'i', đ: 'd', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ə: 'e' }
function unaccented(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łøßıđæœþðə]/g, c => SPECIAL[c])
}

const LATIN = /^[\p{Script=Latin}\p{M} .'’&-]+$/u
const CYRILLIC_NAME = /^[\p{Script=Cyrillic} .'’-]+$/u

function values(x) {
  if (x == null) return []
  if (Array.isArray(x)) return x
  return Object.values(x).flatMap(values)
}

const rows = new Set()
function add(list, raw) {
  if (typeof raw !== 'string' || raw.includes('{{')) return
  const name = raw.trim().toLowerCase().replace(/\s+/g, ' ')
  if (name.length < 2) return
  let forms
  if (LATIN.test(name)) {
    forms = [name, unaccented(name)]
  } else if (CYRILLIC_NAME.test(name)) {
    forms = [romanise(name)]
  } else {
    return
  }
  for (const f of forms) {
    if (/^[a-z]/.test(unaccented(f)) && /\p{L}{2}/u.test(f)) rows.add(list + '\t' + f)
  }
}

for (const [locale, def] of Object.entries(allLocales)) {
  // en_BORK is "Swedish chef" gibberish; base holds no names
  if (locale === 'en_BORK' || locale === 'base') continue
  const person = def.person || {}
  values(person.first_name).forEach(n => add('firstname', n))
  values(person.last_name).forEach(n => add('lastname', n))
}

console.log('# First and last names from the locales of npm @faker-js/faker 10.6.0 (MIT, (c) 2022-present Faker contributors).')
console.log('# Produced by train/scripts/typed_names_from_faker.mjs. Columns: list, name.')
for (const row of [...rows].sort()) console.log(row)
