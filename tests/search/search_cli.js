// Loads a serialised index (path in argv) into lunr.js, runs the JSON list of queries read on
// stdin through katalogCzech.search and prints the ranked document ids of each, as JSON.
'use strict'
const fs = require('fs')
const path = require('path')

const js = path.join(__dirname, '..', '..', 'theme', 'static', 'js')
const lunr = require(path.join(js, 'vendor', 'lunr.js'))
const czech = require(path.join(js, 'czech-search.js'))

const index = lunr.Index.load(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')))
const queries = JSON.parse(fs.readFileSync(0, 'utf8'))
const results = queries.map(function (text) {
  return czech.search(index, text).map(function (result) { return result.ref })
})
process.stdout.write(JSON.stringify(results))
