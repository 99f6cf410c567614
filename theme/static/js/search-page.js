/* The search page: query and filters live in the URL and the history; the index loads when the search box is
   first focused or a search starts. */
(function () {
  'use strict'

  const root = document.getElementById('hledani')
  if (!root || !window.fetch || !window.URLSearchParams || !window.katalogSearchResults || !window.katalogSearchNeeds) return

  const FACETS = window.katalogSearchResults.FACETS
  const needs = window.katalogSearchNeeds
  const DEBOUNCE_MS = 120
  const form = document.getElementById('hledani-formular')
  const input = form.elements.q
  const free = form.elements.zdarma
  const filters = document.getElementById('hledani-filtry')
  const status = document.getElementById('hledani-stav')
  const list = document.getElementById('hledani-vysledky')
  const heading = document.getElementById('hledani-nadpis')
  const selects = {}
  FACETS.forEach(function (name) { selects[name] = form.elements[name] })
  const pageTitle = document.title

  const results = window.katalogSearchResults.create({
    form: form,
    selects: selects,
    free: free,
    freeLabel: form.querySelector('label[for="' + free.id + '"]'),
    status: status,
    list: list,
    empty: document.getElementById('hledani-nic'),
    removeBox: document.getElementById('hledani-zrusit'),
    emergency: document.getElementById('hledani-pomoc'),
    browse: document.getElementById('hledani-situace'),
    siteUrl: new URL(root.dataset.site, window.location.href),
    removeFilter: function (name) {
      if (name === 'zdarma') free.checked = false
      else if (needs.NAMES.indexOf(name) >= 0) needs.clear(name, form)
      else selects[name].value = ''
      changed()
      input.focus()
    }
  })

  function stateFromUrl () {
    const params = new URLSearchParams(window.location.search)
    const state = Object.assign({ q: params.get('q') || '', zdarma: params.get('zdarma') === '1' },
      needs.fromParams(params, form))
    FACETS.forEach(function (name) {
      const value = params.get(name) || ''
      // A shared link may name a value this build no longer has: it is ignored, not an error.
      const known = Array.from(selects[name].options).some(function (option) { return option.value === value })
      state[name] = known ? value : ''
    })
    return state
  }

  function stateFromForm () {
    const state = Object.assign({ q: input.value, zdarma: free.checked }, needs.fromForm(form))
    FACETS.forEach(function (name) { state[name] = selects[name].value })
    return state
  }

  function filtered (state) {
    return state.zdarma || needs.active(state).length > 0 || FACETS.some(function (name) { return state[name] })
  }

  function showState (state) {
    input.value = state.q
    free.checked = state.zdarma
    needs.show(state, form)
    FACETS.forEach(function (name) { selects[name].value = state[name] })
    // On a phone the filters would push the results below the fold: folded unless in use.
    if (window.matchMedia('(max-width: 40em)').matches) filters.open = filtered(state)
  }

  function addressOf (state) {
    const params = new URLSearchParams()
    if (state.q.trim()) params.set('q', state.q.trim())
    FACETS.forEach(function (name) { if (state[name]) params.set(name, state[name]) })
    if (state.zdarma) params.set('zdarma', '1')
    needs.toParams(state, params)
    const query = params.toString()
    return window.location.pathname + (query ? '?' + query : '')
  }

  // Typing a query adds one history entry, not one per key; a filter or a new query after
  // leaving the field adds another, so the back button steps through the searches made.
  let typing = false

  function record (newEntry) {
    const address = addressOf(stateFromForm())
    if (address === window.location.pathname + window.location.search) return
    if (newEntry) window.history.pushState(null, '', address)
    else window.history.replaceState(null, '', address)
  }

  function loadScript (src) {
    return new Promise(function (resolve, reject) {
      const script = document.createElement('script')
      script.src = src
      script.onload = resolve
      script.onerror = function () { reject(new Error('cannot load ' + src)) }
      document.head.appendChild(script)
    })
  }

  function fetchJson (address) {
    return window.fetch(address).then(function (response) {
      if (!response.ok) throw new Error(address + ': HTTP ' + response.status)
      return response.json()
    })
  }

  let loading = null
  let loaded = false

  // Starts loading once (again after a failure); only a search waiting on it says so.
  function load () {
    if (loading) return loading
    // czech-search.js registers its pipeline with lunr, so lunr.js must run first.
    const scripts = root.dataset.scripts.split(' ').reduce(function (done, src) {
      return done.then(function () { return loadScript(src) })
    }, Promise.resolve())
    loading = Promise.all([scripts, fetchJson(root.dataset.index), fetchJson(root.dataset.displayData)])
      .then(function (loaded) {
        return { index: window.lunr.Index.load(loaded[1]), services: loaded[2] }
      })
    loading.then(function () { loaded = true }, function () { loading = null })
    return loading
  }

  // The Czech site searches with the Czech pipeline; another language's site with its own and the Czech
  // one together (its index holds both languages' texts: katalog.search.languages).
  function search (index, text) {
    const lang = root.dataset.lang
    return lang === 'cs' ? window.katalogCzech.search(index, text) : window.katalogSearchLanguages.search(index, text, lang)
  }

  function showResults (data, state) {
    const services = data.services
    // Without words, the filters alone choose from every service, in the catalogue's A–Z order.
    const matched = state.q.trim() === ''
      ? services.map(function (service, at) { return at })
      : search(data.index, state.q).map(function (result) { return Number(result.ref) })
    results.show(services, matched, state)
    // The words in the title name the entry in the browser's history.
    document.title = (state.q.trim() ? window.katalogTexts.text('searchTitle', { query: state.q.trim() }) : '') + pageTitle
  }

  // Only the newest search shows its results, however the loading and the keys interleave.
  let generation = 0

  // toResults: after the words were sent (Enter, the button), focus goes to the results' heading, which
  // brings the first results into view on a phone whose keyboard covered them.
  function update (toResults) {
    const state = stateFromForm()
    const mine = ++generation
    // Which search the page shows, for whoever waits on it (tests).
    function shown () { root.dataset.shown = addressOf(state) }
    if (!state.q.trim() && !filtered(state)) {
      heading.hidden = true
      results.idle()
      document.title = pageTitle
      shown()
      return
    }
    if (!loaded) {
      status.textContent = window.katalogTexts.text('loading')
      list.setAttribute('aria-busy', 'true')
    }
    load().then(function (data) {
      list.removeAttribute('aria-busy')
      if (mine !== generation) return
      showResults(data, state)
      heading.hidden = false
      if (toResults) {
        heading.scrollIntoView({ block: 'start' })
        heading.focus({ preventScroll: true })
      }
      shown()
    }, function (error) {
      list.removeAttribute('aria-busy')
      if (mine !== generation) return
      status.textContent = window.katalogTexts.text('loadFailed')
      console.error(error)
    })
  }

  let timer = null

  function changed () {
    typing = false
    record(true)
    update()
  }

  input.addEventListener('input', function () {
    record(!typing)
    typing = true
    window.clearTimeout(timer)
    timer = window.setTimeout(update, DEBOUNCE_MS)
  })
  input.addEventListener('blur', function () { typing = false })
  // Whoever goes to the box is about to search: the data loads meanwhile, unannounced.
  input.addEventListener('focus', function () { load().catch(function (error) { console.error(error) }) })
  FACETS.forEach(function (name) { selects[name].addEventListener('change', changed) })
  free.addEventListener('change', changed)
  needs.listen(form, changed)
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    window.clearTimeout(timer)
    typing = false
    record(false)
    update(true)
  })
  window.addEventListener('popstate', function () {
    typing = false
    showState(stateFromUrl())
    update()
  })

  showState(stateFromUrl())
  update()
}())
