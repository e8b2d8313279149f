#!/usr/bin/env node
// Writes the typed name lists of the npm packages compromise 14.17.0 (MIT, (c) Spencer Kelly) and
// states-us 1.1.1 (MIT) as "list<TAB>name" lines (names lower-case, as compromise keeps them), for
// enrich/src/main/resources/io/newsflow/enrich/entity/names-compromise.tsv.
//
//     npm install --prefix /tmp/nc compromise@14.17.0 states-us@1.1.1
//     NODE_PATH=/tmp/nc/node_modules node train/scripts/typed_names_from_compromise.mjs \
//         > enrich/src/main/resources/io/newsflow/enrich/entity/names-compromise.tsv
//
// Lists: person, firstname, lastname, honorific, org, team, country, city, region, place, demonym
// (compromise's lexicon tags), orgword and placeword (the words compromise takes as the head of an
// organisation or place name: "bank", "council", "river", "island"), state (US states and territories).
import { createRequire } from 'module'
import path from 'path'

const require = createRequire(path.join(process.env.NODE_PATH || process.cwd(), 'x.js'))
const nlp = require('compromise')
const { states } = require('states-us')

const LISTS = {
  Person: 'person', FirstName: 'firstname', MaleName: 'firstname', FemaleName: 'firstname',
  LastName: 'lastname', Honorific: 'honorific', Organization: 'org', SportsTeam: 'team',
  Country: 'country', City: 'city', Region: 'region', Place: 'place', Demonym: 'demonym',
}
const model = nlp.model()
const rows = new Set()
for (const lexicon of [model.one.lexicon, model.one.frozenLex || {}]) {
  for (const [name, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      if (LISTS[tag]) rows.add(LISTS[tag] + '\t' + name)
    }
  }
}
for (const w of Object.keys(model.two.orgWords)) rows.add('orgword\t' + w)
for (const w of Object.keys(model.two.placeWords)) rows.add('placeword\t' + w)
for (const s of states) rows.add('state\t' + s.name.toLowerCase())

console.log('# Typed names from npm compromise 14.17.0 (MIT, (c) 2019 Spencer Kelly) and states-us 1.1.1 (MIT).')
console.log('# Produced by train/scripts/typed_names_from_compromise.mjs. Columns: list, name.')
for (const row of [...rows].filter(r => !/[\t\n]$/.test(r)).sort()) console.log(row)
