/* English text pipeline for lunr.js 2.3.9 and the catalogue's search: the query side of katalog.search.english. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./vendor/lunr.min.js'), require('./czech-search.js'), require('./search-languages.js'))
  } else {
    root.katalogEnglish = factory(root.lunr, root.katalogCzech, root.katalogSearchLanguages)
  }
}(typeof self !== 'undefined' ? self : this, function (lunr, czech, languages) {
  'use strict'

  // plugins/katalog/search/english.py holds the same rules and lists, with the reasons for them;
  // tests/search/test_parity_languages.py checks that both give the same tokens.

  const EXTRA_STOP_WORDS = new Set(`
    need needs want wants looking find please im ive id dont cant wont isnt near nearby someone somewhere
    anyone anybody somebody anywhere really
  `.trim().split(/\s+/))

  function words (text) {
    return czech.tokenise(languages.joinApostrophes(czech.normalise(text))).map(czech.fold)
  }

  // lunr's own list, and the words a query is wrapped in.
  function isStopWord (word) {
    return EXTRA_STOP_WORDS.has(word) || lunr.stopWordFilter(new lunr.Token(word)) === undefined
  }

  function stem (word) {
    return lunr.stemmer(new lunr.Token(word)).toString()
  }

  return languages.register('en', 'english', { words: words, isStopWord: isStopWord, stem: stem })
}))
