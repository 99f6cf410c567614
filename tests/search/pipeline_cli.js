// Reads a JSON list of texts on stdin; prints what the JavaScript pipeline makes of each, as JSON.
'use strict'
const fs = require('fs')
const path = require('path')

// czech-search.js loads the vendored lunr.min.js next to it.
const czech = require(path.join(__dirname, '..', '..', 'theme', 'static', 'js', 'czech-search.js'))

const results = JSON.parse(fs.readFileSync(0, 'utf8')).map(function (text) {
  const normalised = czech.normalise(text)
  return {
    normalise: normalised,
    tokenise: czech.tokenise(normalised),
    fold: czech.fold(normalised),
    stem: czech.stem(normalised),
    analyse: czech.analyse(text),
    phrase: czech.phraseTerm(czech.tokenise(normalised), czech.stem)
  }
})
process.stdout.write(JSON.stringify({
  stopWords: Array.from(czech.STOP_WORDS), derivedStems: czech.DERIVED_STEMS, results: results
}))
