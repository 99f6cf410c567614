/* Search pipelines by language for lunr.js 2.3.9: the registry, the generic pipeline and the search of a site in one language whose index also holds the Czech texts; the query side of katalog.search.languages. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./vendor/lunr.min.js'), require('./czech-search.js'))
  } else {
    root.katalogSearchLanguages = factory(root.lunr, root.katalogCzech)
  }
}(typeof self !== 'undefined' ? self : this, function (lunr, czech) {
  'use strict'

  // plugins/katalog/search/pipeline.py and languages.py hold the same rules, with the reasons for them;
  // tests/search/test_parity_languages.py checks that both give the same tokens. Load order on a page:
  // vendor/lunr.min.js, czech-search.js, this file, then english-search.js, ukrainian-search.js, which
  // register themselves here.

  // A run of apostrophes between two letters that are no apostrophes (ʼ is a letter to Unicode).
  const APOSTROPHES_IN_WORD = /(?<=[^\P{L}\u02bc])[\u02bc'\u2019\u2018`]+(?=[^\P{L}\u02bc])/gu
  const CYRILLIC = /[\u0400-\u052f]/
  // As czech-search.js: an exact term outranks the longer words that only share its prefix.
  const EXACT_BOOST = 10

  function joinApostrophes (text) {
    return text.replace(APOSTROPHES_IN_WORD, '')
  }

  // The word without the first of the endings it has, if as much as minStem letters remain.
  function removeEnding (word, endings, minStem) {
    for (const ending of endings) {
      if (word.endsWith(ending) && word.length - ending.length >= minStem) return word.slice(0, -ending.length)
    }
    return word
  }

  // A language's rules ({ words, isStopWord, stem }) as registered lunr functions and an analyser.
  function definePipeline (label, rules) {
    function trimmer (token) {
      const found = rules.words(token.toString())
      if (found.length === 1) return token.update(function () { return found[0] })
      return found.map(function (word) { return token.clone(function () { return word }) })
    }
    function stopWordFilter (token) {
      return rules.isStopWord(token.toString()) ? undefined : token
    }
    function stemmer (token) {
      return token.update(rules.stem)
    }
    lunr.Pipeline.registerFunction(trimmer, label + '-trimmer')
    lunr.Pipeline.registerFunction(stopWordFilter, label + '-stop-word-filter')
    lunr.Pipeline.registerFunction(stemmer, label + '-stemmer')
    const pipeline = new lunr.Pipeline()
    pipeline.add(trimmer, stopWordFilter, stemmer)
    return {
      label: label,
      words: rules.words,
      isStopWord: rules.isStopWord,
      stem: rules.stem,
      analyse: function (text) {
        return rules.words(text).reduce(function (terms, word) { return terms.concat(pipeline.runString(word)) }, [])
      }
    }
  }

  const czechPipeline = {
    label: 'czech',
    words: function (text) { return czech.tokenise(czech.normalise(text)) },
    isStopWord: czech.isStopWord,
    stem: czech.stem,
    analyse: czech.analyse
  }
  const pipelines = { cs: czechPipeline }

  // For a language without rules of its own: lower case, no diacritics, no stop words, no stemmer.
  const generic = definePipeline('generic', {
    words: function (text) { return czech.tokenise(czech.normalise(text)).map(czech.fold) },
    isStopWord: function () { return false },
    stem: function (word) { return word }
  })

  function register (code, label, rules) {
    pipelines[code] = definePipeline(label, rules)
    return pipelines[code]
  }

  function pipelineFor (code) {
    return Object.prototype.hasOwnProperty.call(pipelines, code) ? pipelines[code] : generic
  }

  // For each word of the query, the terms that may stand for it in an index of the site's language
  // and Czech: its own term and, unless it is Cyrillic (no Czech text has it), its Czech term.
  // A stop word of the site's language stands for nothing.
  function queryTerms (text, code) {
    const own = pipelineFor(code)
    const result = []
    for (const word of own.words(text)) {
      if (own.isStopWord(word)) continue
      let terms = [own.stem(word)]
      if (code !== 'cs' && !CYRILLIC.test(word)) terms = terms.concat(czech.analyse(word))
      result.push(Array.from(new Set(terms)))
    }
    return result
  }

  // The phrases of the query that the index holds as one term each, in the site's language or Czech.
  function phrasesIn (index, text, code) {
    const own = pipelineFor(code)
    const found = czech.phrasesIn(own.words(text), own.stem, index)
    if (code !== 'cs') found.push.apply(found, czech.phrasesIn(czechPipeline.words(text), czech.stem, index))
    return Array.from(new Set(found))
  }

  // A phrase typed whole outranks its words found apart, as in czech-search.js.
  const PHRASE_BOOST = 3 * EXACT_BOOST

  function clauses (words, phrases) {
    return function (query) {
      phrases.forEach(function (phrase) { query.term(phrase, { usePipeline: false, boost: PHRASE_BOOST }) })
      words.forEach(function (terms, i) {
        for (const term of terms) {
          if (i === words.length - 1) {
            query.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING })
          }
          query.term(term, { usePipeline: false, boost: EXACT_BOOST })
        }
      })
    }
  }

  // Every word found in a result, each by one of its terms (the last one also as a prefix).
  function hasEveryWord (result, words) {
    const matched = Object.keys(result.matchData.metadata)
    return words.every(function (terms, i) {
      const last = i === words.length - 1
      return terms.some(function (term) {
        return matched.some(function (found) { return last ? found.startsWith(term) : found === term })
      })
    })
  }

  // Each term of a word of czech.FUZZY_MIN_LENGTH letters or more also matches a term one edit away.
  // `typed` are the words as typed, in the order of `words`, their terms.
  function typoClauses (words, typed) {
    return function (query) {
      words.forEach(function (terms, i) {
        for (const term of terms) {
          const typo = term.length >= czech.FUZZY_MIN_STEM && typed[i].length >= czech.FUZZY_MIN_LENGTH
          query.term(term, typo ? { usePipeline: false, editDistance: 1 } : { usePipeline: false })
        }
      })
    }
  }

  // The results of a query on a site of language `code`: those with every word if there are any,
  // else those with any word. lunr 2.3.9 cannot require one of several terms, so every clause is
  // optional and the first reading filters. When no result has every word and there are fewer than
  // czech.FEW_RESULTS, what a typo forgiven in every longer word finds comes after. The Czech site
  // keeps katalogCzech.search.
  function search (index, text, code) {
    if (code === 'cs') return czech.search(index, text)
    const words = queryTerms(text, code)
    // lunr takes a query without clauses for a negated one and returns every document.
    if (words.length === 0) return []
    const results = index.query(clauses(words, phrasesIn(index, text, code)))
    const complete = results.filter(function (result) { return hasEveryWord(result, words) })
    if (complete.length > 0) return complete
    const found = results
    if (found.length >= czech.FEW_RESULTS) return found
    const seen = new Set(found.map(function (result) { return result.ref }))
    return found.concat(index.query(typoClauses(words, typedWords(text, code))).filter(function (result) { return !seen.has(result.ref) }))
  }

  // The words of a query that stand for something, as typed (queryTerms gives their terms in this order).
  function typedWords (text, code) {
    const own = pipelineFor(code)
    return own.words(text).filter(function (word) { return !own.isStopWord(word) })
  }

  return {
    CYRILLIC: CYRILLIC,
    joinApostrophes: joinApostrophes,
    removeEnding: removeEnding,
    pipelines: pipelines,
    generic: generic,
    register: register,
    pipelineFor: pipelineFor,
    queryTerms: queryTerms,
    search: search
  }
}))
