// Reads {"code": …, "texts": […]} on stdin; prints what the JavaScript pipeline of that language makes
// of each text, and the query terms of each text on that language's site, as JSON.
'use strict'
const fs = require('fs')
const path = require('path')

const js = path.join(__dirname, '..', '..', 'theme', 'static', 'js')
const czech = require(path.join(js, 'czech-search.js'))
const languages = require(path.join(js, 'search-languages.js'))
require(path.join(js, 'english-search.js'))
require(path.join(js, 'ukrainian-search.js'))

const { code, texts, stopWords } = JSON.parse(fs.readFileSync(0, 'utf8'))
const pipeline = languages.pipelineFor(code)
const results = texts.map(function (text) {
  const words = pipeline.words(text)
  return {
    words: words,
    stems: words.map(pipeline.stem),
    analyse: pipeline.analyse(text),
    query: languages.queryTerms(text, code),
    phrase: words.length > 1 ? czech.phraseTerm(words, pipeline.stem) : null
  }
})
process.stdout.write(JSON.stringify({
  label: pipeline.label,
  stopWords: stopWords.filter(pipeline.isStopWord),
  results: results
}))
