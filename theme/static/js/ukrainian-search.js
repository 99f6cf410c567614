/* Ukrainian text pipeline for lunr.js 2.3.9 and the catalogue's search: the query side of katalog.search.ukrainian. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./czech-search.js'), require('./search-languages.js'))
  } else {
    root.katalogUkrainian = factory(root.katalogCzech, root.katalogSearchLanguages)
  }
}(typeof self !== 'undefined' ? self : this, function (czech, languages) {
  'use strict'

  // plugins/katalog/search/ukrainian.py holds the same rules and lists, with the reasons for them;
  // tests/search/test_parity_languages.py checks that both give the same tokens.

  const STOP_WORDS = new Set(`
    а аби або адже але б би бо був буде будь була були було бути в вам вас ваш ваша ваше ваші вже ви
    вона вони воно все всього всі від він де для до допоможіть ж же з за знайти зі й його коли куди
    ласка лише мене мені ми мною можна моя моє мої мій на над нам нас наш наша наше наші не нема немає
    нею ним них ну ні ніде о об по потрібен потрібна потрібне потрібно потрібні при про під після саме
    себе собі та так також там тебе теж ти тобі треба тут у уже хочу хто це цей цього ця ці чи чого чому
    шукаю що щоб я як яка яке який які є і із їй їм їх її
    дуже маю можу підкажіть порадьте скажіть
  `.trim().split(/\s+/))
  const LOOK_ALIKES = { a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', ï: 'ї' }
  const CYRILLIC = languages.CYRILLIC
  const LATIN = /[a-zï]/
  const CASE_ENDINGS = [
    'ього', 'ьому', 'іями', 'ьми', 'ями', 'ами', 'еві', 'єві', 'ого', 'ому', 'ими', 'іми', 'има',
    'ьою', 'ією', 'іям', 'іях', 'ою', 'ею', 'єю', 'ом', 'ем', 'єм', 'ам', 'ям', 'ах', 'ях', 'ів',
    'їв', 'ей', 'ий', 'ій', 'ої', 'ім', 'им', 'их', 'іх', 'ія', 'ії', 'ію', 'а', 'я', 'и', 'і',
    'ї', 'у', 'ю', 'о', 'е', 'є', 'ь', 'й'
  ]
  const MIN_STEM = 2
  const MIN_FLEETING_WORD = 5
  const MIN_ADJECTIVE_STEM = 4
  const VOWELS = 'аеєиіїоуюя'
  const HARDENED = { з: 'г', ц: 'к' }

  function dropFleetingVowel (word) {
    if (word.length >= MIN_FLEETING_WORD) {
      if (word.endsWith('ок')) return word.slice(0, -2) + 'к'
      if (word.endsWith('ець')) return word.slice(0, -3) + 'ц'
    }
    return word
  }

  function undouble (word) {
    const last = word.slice(-1)
    return word.length > MIN_STEM + 1 && last === word[word.length - 2] && !VOWELS.includes(last) ? word.slice(0, -1) : word
  }

  function oForI (word) {
    for (let position = word.length - 1; position > 0; position--) {
      if (VOWELS.includes(word[position])) {
        if (word[position] === 'і' && position < word.length - 1) {
          return word.slice(0, position) + 'о' + word.slice(position + 1)
        }
        return word
      }
    }
    return word
  }

  function harden (word) {
    const last = word.slice(-1)
    return word.length > MIN_STEM ? word.slice(0, -1) + (HARDENED[last] || last) : word
  }

  const STEPS = [
    dropFleetingVowel,
    function (word) { return languages.removeEnding(word, CASE_ENDINGS, MIN_STEM) },
    function (word) { return languages.removeEnding(word, ['ов'], MIN_ADJECTIVE_STEM) },
    undouble, oForI, harden
  ]

  function cyrillic (word) {
    word = word.replace(/ґ/g, 'г')
    return LATIN.test(word) ? Array.from(word, function (char) { return LOOK_ALIKES[char] || char }).join('') : word
  }

  function words (text) {
    return czech.tokenise(languages.joinApostrophes(czech.normalise(text))).map(function (word) {
      return CYRILLIC.test(word) ? cyrillic(word) : czech.fold(word)
    })
  }

  function isStopWord (word) {
    return STOP_WORDS.has(word)
  }

  function stem (word) {
    if (!CYRILLIC.test(word) || !/^\p{L}+$/u.test(word)) return word
    return STEPS.reduce(function (stemmed, step) { return step(stemmed) }, word)
  }

  const pipeline = languages.register('uk', 'ukrainian', { words: words, isStopWord: isStopWord, stem: stem })
  pipeline.STOP_WORDS = STOP_WORDS
  return pipeline
}))
