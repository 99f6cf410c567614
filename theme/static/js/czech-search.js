/* Czech text pipeline for lunr.js 2.3.9 and the catalogue's search: the query side of katalog.search.czech. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./vendor/lunr.min.js'))
  } else {
    root.katalogCzech = factory(root.lunr)
  }
}(typeof self !== 'undefined' ? self : this, function (lunr) {
  'use strict'

  // plugins/katalog/search/czech.py holds the same rules and lists, with the reasons for them;
  // tests/search/test_parity.py checks that both give the same tokens.

  const STOP_WORDS = new Set(`
    a aby abych abychom abyste ač ačkoli ale ani anebo ano apod asi atd až
    během bez beze by bych bychom byl byla byli bylo byly bys byste být
    co či čí
    dle do
    i
    já jak jako jaká jaké jaký jakmile je jeho jej její jejich jemu jen jestli jestliže ještě ji jí
    jich jim jimi již jsem jsi jsme jsou jste
    k kam kde kdo kdy když ke kolem kromě ku kvůli který která které kteří kterou kterého
    kterém kterému kterým kterých kterými
    lze
    má mají mám máme máte mě mezi mi mimo mít mne mně mnou moje mohou my můj může můžete
    na nad nade nám námi naše naši náš nás např ne nebo neboť nebude nebyl něco nejsou nějaký
    něj ně něm němu než není nic nich nikdo ním ní nim nimi nyní
    o od ode on ona oni ono ony okolo
    pak po pod pode podle pokud potom pouze pro proč proti protože proto před přede přes při
    s se sebe sebou si sobě svá své svého svém svému svou svůj svých svým svými
    ta tak také takže tam tato té tě tebe tebou tedy těch těm těmi ten tento teď též ti tím
    tímto tito tj to toho tohoto tom tomto tomu toto tobě tou tu tuto tvůj ty tyto tzv
    u už
    v vám vámi vás váš vaše vaši ve vedle velmi více však vše všech všechno všem všichni vy vůči
    z za zda zde ze že

    chci chce chceme chtěl chtěla chtěli hledám hledáme hledá mého mému moji mojí mou mým
    najít najdu nějak nějaká nějaké nějakou někde někdo někoho nemá nemám nemáme nemají nevím
    moc pomozte pomoct poraďte potřebuji potřebuju potřebuje potřebujeme potřeboval potřebovala
    prosím prostě sehnat seženu strašně hrozně taky teda fakt furt pořád
  `.trim().split(/\s+/))
  const UNACCENTED_CONTENT_WORDS = new Set(['byt', 'muze'])
  const CASE_ENDINGS = [
    'ech', 'ich', 'ach', 'ych', 'eho', 'iho', 'emu', 'imu', 'emi', 'imi', 'ymi', 'ami',
    'em', 'im', 'ym', 'am', 'um', 'mi', 'ou',
    'a', 'e', 'i', 'o', 'u', 'y'
  ]
  const POSSESSIVES = ['ov', 'in', 'uv']
  const MIN_STEM = 3
  const MIN_POSSESSIVE_STEM = 4
  const HARDENED = { c: 'k', z: 'h' }
  const VOWELS = 'aeiouy'
  const DERIVED_STEMS = {
    pecovat: 'pek', pecuj: 'pek',
    pij: 'pit', pijan: 'pit',
    bydlt: 'bydln', bydl: 'bydln', bydll: 'bydln',
    spim: 'spat', spi: 'spat', span: 'spat', spal: 'spat', prespan: 'prespat',
    bij: 'bit', tyran: 'tyr',
    jist: 'jidl', najist: 'jidl',
    pujcit: 'pujck',
    terapeut: 'terapi',
    psychologick: 'psycholog', psychick: 'psychik',
    zabij: 'zabit',
    pracovat: 'prak', pracuj: 'prak'
  }
  const PHRASE_JOINER = '_'
  // The longest phrase looked for in a query, in words.
  const LONGEST_PHRASE = 4
  // An exact stem outranks the longer words that only share its prefix.
  const EXACT_BOOST = 10
  // A phrase typed whole outranks its words found apart.
  const PHRASE_BOOST = 3 * EXACT_BOOST

  function normalise (text) {
    return text.normalize('NFKC').replace(/[\u{10000}-\u{10FFFF}]/gu, ' ').toLowerCase()
  }

  function tokenise (text) {
    return text.split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word !== '' })
  }

  function fold (token) {
    return token.normalize('NFD').replace(/\p{Mn}/gu, '')
  }

  const UNACCENTED_STOP_WORDS = new Set(Array.from(STOP_WORDS, fold)
    .filter(function (word) { return !UNACCENTED_CONTENT_WORDS.has(word) }))

  function isStopWord (token) {
    return STOP_WORDS.has(token) || UNACCENTED_STOP_WORDS.has(token)
  }

  function removeEnding (word, endings, minStem) {
    for (const ending of endings) {
      if (word.endsWith(ending) && word.length - ending.length >= minStem) {
        return word.slice(0, -ending.length)
      }
    }
    return word
  }

  function harden (word) {
    if (word.length < MIN_STEM) return word
    const last = word.slice(-1)
    word = word.slice(0, -1) + (HARDENED[last] || last)
    if (word.length > MIN_STEM && word[word.length - 2] === 'e' && !VOWELS.includes(word.slice(-1))) {
      word = word.slice(0, -2) + word.slice(-1)
    }
    return word
  }

  function stem (token) {
    let word = fold(token)
    if (!/^\p{L}+$/u.test(word)) return word
    word = removeEnding(word, CASE_ENDINGS, MIN_STEM)
    word = harden(removeEnding(word, POSSESSIVES, MIN_POSSESSIVE_STEM))
    return Object.prototype.hasOwnProperty.call(DERIVED_STEMS, word) ? DERIVED_STEMS[word] : word
  }

  // The one index term of a phrase of several words, its stop words included: "bez domova" is not "domov".
  function phraseTerm (words, stemOf) {
    return words.map(stemOf).join(PHRASE_JOINER)
  }

  // The terms of the phrases in a query's words that the index holds: every run of two to
  // LONGEST_PHRASE words.
  function phrasesIn (words, stemOf, index) {
    const found = []
    if (!index) return found
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 2; end <= Math.min(words.length, start + LONGEST_PHRASE); end++) {
        const term = phraseTerm(words.slice(start, end), stemOf)
        if (Object.prototype.hasOwnProperty.call(index.invertedIndex, term)) found.push(term)
      }
    }
    return found
  }

  function trimmer (token) {
    const words = tokenise(normalise(token.toString()))
    if (words.length === 1) return token.update(function () { return words[0] })
    return words.map(function (word) { return token.clone(function () { return word }) })
  }

  function stopWordFilter (token) {
    return isStopWord(token.toString()) ? undefined : token
  }

  function stemmer (token) {
    return token.update(stem)
  }

  lunr.Pipeline.registerFunction(trimmer, 'czech-trimmer')
  lunr.Pipeline.registerFunction(stopWordFilter, 'czech-stop-word-filter')
  lunr.Pipeline.registerFunction(stemmer, 'czech-stemmer')
  const pipeline = new lunr.Pipeline()
  pipeline.add(trimmer, stopWordFilter, stemmer)

  function analyse (text) {
    return tokenise(normalise(text)).reduce(function (terms, word) {
      return terms.concat(pipeline.runString(word))
    }, [])
  }

  // The longest prefix shared by the typed word and its stem: it still reaches the longer word
  // being typed when the stemmer rewrote what looked like an ending (služe → sluh, "slu").
  function typedPrefix (word, stemmed) {
    const typed = fold(word)
    let length = 0
    while (length < stemmed.length && typed[length] === stemmed[length]) length++
    return stemmed.slice(0, length) || stemmed
  }

  // Clauses for index.query. The text is never parsed as lunr query syntax, so any character is
  // safe; terms go in already processed (usePipeline: false) because in lunr 2.3.9 a required
  // clause whose term the stop-word filter drops throws or empties the results.
  // requireAll: every word must match; partialLastWord: the last word is matched from its typed
  // prefix rather than from its stem, which is looser (obědů → "ob") but finds half-typed words;
  // fuzzy: a word of FUZZY_MIN_LENGTH letters or more also matches a term one edit away (a typo).
  // index: with one, each phrase of the query that the index holds as one term (phrasesIn) is asked
  // for too, optionally: it lifts the services it names above those that only have its words.
  function queryFor (text, { requireAll = true, partialLastWord = false, fuzzy = false } = {}, index = null) {
    const presence = requireAll ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL
    const words = tokenise(normalise(text))
    const phrases = phrasesIn(words, stem, index)
    return function (query) {
      phrases.forEach(function (phrase) {
        query.term(phrase, { usePipeline: false, boost: PHRASE_BOOST })
      })
      words.forEach(function (word, i) {
        const last = i === words.length - 1
        const terms = pipeline.runString(word)
        if (terms.length === 0) {
          // A stop word being typed may be the start of a longer word ("do" → domov).
          if (last && !fuzzy) {
            query.term(fold(word), {
              usePipeline: false,
              wildcard: lunr.Query.wildcard.TRAILING,
              presence: lunr.Query.presence.OPTIONAL
            })
          }
          return
        }
        if (fuzzy) {
          const typo = fold(word).length >= FUZZY_MIN_LENGTH && terms[0].length >= FUZZY_MIN_STEM
          query.term(terms[0], typo ? { usePipeline: false, presence: presence, editDistance: 1 } : { usePipeline: false, presence: presence })
          return
        }
        if (!last) {
          // The same boost as the last word's exact stem, or the last word typed would outweigh
          // the others tenfold ("Velký Bor senioři" would rank by "senioři" alone).
          query.term(terms[0], { usePipeline: false, presence: presence, boost: EXACT_BOOST })
          return
        }
        query.term(partialLastWord ? typedPrefix(word, terms[0]) : terms[0], {
          usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, presence: presence
        })
        query.term(terms[0], { usePipeline: false, boost: EXACT_BOOST })
      })
    }
  }

  // Strictest reading first: every word; then every word with the last one half-typed;
  // then any word.
  const READINGS = [{}, { partialLastWord: true }, { requireAll: false, partialLastWord: true }]
  // Fewer results than this and the words may hold a typo: a page shows three results at once.
  const FEW_RESULTS = 3
  const FUZZY_MIN_LENGTH = 5
  // One edit of a shorter stem leaves too little to tell words apart ("obd", obědy, is one from "od").
  const FUZZY_MIN_STEM = 4

  // The results of one reading after another, until one finds something.
  function firstFound (index, text, readings) {
    let results = []
    let previous = ''
    for (const reading of readings) {
      const clauses = queryFor(text, reading, index)
      // Most words typed are their stem plus an ending, so the half-typed reading often asks
      // the very same as the first; asking again would only double the time of a vain search.
      const asked = []
      clauses({ term: function (term, options) { asked.push([term, options]) } })
      if (asked.length === 0 || JSON.stringify(asked) === previous) continue
      previous = JSON.stringify(asked)
      results = index.query(clauses)
      if (results.length > 0) break
    }
    return results
  }

  // With a typo forgiven in each word: every word, then (if nothing else was found) any word.
  const TYPO_READINGS = [{ fuzzy: true }, { requireAll: false, fuzzy: true }]

  // What is found only with a typo forgiven comes after what is found as typed.
  function withTypos (index, text, results) {
    if (results.length >= FEW_RESULTS) return results
    const found = new Set(results.map(function (result) { return result.ref }))
    const more = firstFound(index, text, results.length ? TYPO_READINGS.slice(0, 1) : TYPO_READINGS)
    return results.concat(more.filter(function (result) { return !found.has(result.ref) }))
  }

  function search (index, text) {
    // lunr takes a query without clauses for a negated one and returns every document.
    if (tokenise(normalise(text)).length === 0) return []
    return withTypos(index, text, firstFound(index, text, READINGS))
  }

  return {
    STOP_WORDS: STOP_WORDS,
    normalise: normalise,
    tokenise: tokenise,
    fold: fold,
    isStopWord: isStopWord,
    stem: stem,
    analyse: analyse,
    DERIVED_STEMS: DERIVED_STEMS,
    FEW_RESULTS: FEW_RESULTS,
    FUZZY_MIN_LENGTH: FUZZY_MIN_LENGTH,
    FUZZY_MIN_STEM: FUZZY_MIN_STEM,
    phraseTerm: phraseTerm,
    phrasesIn: phrasesIn,
    queryFor: queryFor,
    search: search
  }
}))
