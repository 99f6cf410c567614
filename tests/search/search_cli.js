// Loads a serialised index (path in argv) into lunr.js, runs the JSON list of queries read on stdin
// through katalogCzech.search, or through katalogSearchLanguages.search for the site of the language
// code given after the path ("cs" or "" for the Czech site), and prints the ranked document ids of each,
// as JSON; with the site's display data (services.json) as a third argument, in the order the page
// shows them (katalogSearchOrder).
'use strict'
const fs = require('fs')
const path = require('path')

const js = path.join(__dirname, '..', '..', 'theme', 'static', 'js')
const lunr = require(path.join(js, 'vendor', 'lunr.min.js'))
const czech = require(path.join(js, 'czech-search.js'))
const languages = require(path.join(js, 'search-languages.js'))
require(path.join(js, 'english-search.js'))
require(path.join(js, 'ukrainian-search.js'))
const order = require(path.join(js, 'search-order.js'))

const [indexPath, code, servicesPath] = process.argv.slice(2)
const services = servicesPath ? JSON.parse(fs.readFileSync(servicesPath, 'utf8')) : null
const index = lunr.Index.load(JSON.parse(fs.readFileSync(indexPath, 'utf8')))
const queries = JSON.parse(fs.readFileSync(0, 'utf8'))
const results = queries.map(function (text) {
  const found = code && code !== 'cs' ? languages.search(index, text, code) : czech.search(index, text)
  const refs = found.map(function (result) { return result.ref })
  if (!services) return refs
  return order.closedLast(refs.map(Number), services).map(String)
})
process.stdout.write(JSON.stringify(results))
