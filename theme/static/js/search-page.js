/* The search page: query and filters live in the URL; the index loads on first use; results, counts and help. */
(function () {
  'use strict'

  const root = document.getElementById('hledani')
  if (!root || !window.fetch || !window.URLSearchParams) return

  const form = document.getElementById('hledani-formular')
  const input = form.elements.q
  const status = document.getElementById('hledani-stav')
  const list = document.getElementById('hledani-vysledky')
  const empty = document.getElementById('hledani-nic')
  const removeBox = document.getElementById('hledani-zrusit')
  const emergency = document.getElementById('hledani-pomoc')
  const browse = document.getElementById('hledani-situace')
  const free = form.elements.zdarma
  const freeLabel = form.querySelector('label[for="' + free.id + '"]')
  // The filters' URL parameters, which are also the keys of the display data (katalog.search.documents).
  const FACETS = ['obec', 'situace', 'komu', 'forma', 'druh']
  const selects = {}
  FACETS.forEach(function (name) { selects[name] = form.elements[name] })
  // Cards are added in pages: thousands at once would stall a phone.
  const PAGE = 30
  const DEBOUNCE_MS = 120
  const siteUrl = new URL(root.dataset.site, window.location.href)
  const pageTitle = document.title

  // Counts are appended to the labels, so the plain labels are kept aside once.
  FACETS.forEach(function (name) {
    Array.from(selects[name].options).forEach(function (option) { option.dataset.label = option.textContent })
  })
  freeLabel.dataset.label = freeLabel.textContent

  function stateFromUrl () {
    const params = new URLSearchParams(window.location.search)
    const state = { q: params.get('q') || '', zdarma: params.get('zdarma') === '1' }
    FACETS.forEach(function (name) {
      const value = params.get(name) || ''
      // A shared link may name a value this build no longer has: it is ignored, not an error.
      const known = Array.from(selects[name].options).some(function (option) { return option.value === value })
      state[name] = known ? value : ''
    })
    return state
  }

  function stateFromForm () {
    const state = { q: input.value, zdarma: free.checked }
    FACETS.forEach(function (name) { state[name] = selects[name].value })
    return state
  }

  function showState (state) {
    input.value = state.q
    free.checked = state.zdarma
    FACETS.forEach(function (name) { selects[name].value = state[name] })
  }

  function addressOf (state) {
    const params = new URLSearchParams()
    if (state.q.trim()) params.set('q', state.q.trim())
    FACETS.forEach(function (name) { if (state[name]) params.set(name, state[name]) })
    if (state.zdarma) params.set('zdarma', '1')
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

  let loading = null

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

  function load () {
    if (loading) return loading
    status.textContent = 'Načítám vyhledávání…'
    list.setAttribute('aria-busy', 'true')
    // czech-search.js registers its pipeline with lunr, so lunr.js must run first.
    const scripts = root.dataset.scripts.split(' ').reduce(function (done, src) {
      return done.then(function () { return loadScript(src) })
    }, Promise.resolve())
    loading = Promise.all([scripts, fetchJson(root.dataset.index), fetchJson(root.dataset.displayData)])
      .then(function (loaded) {
        return { index: window.lunr.Index.load(loaded[1]), services: loaded[2] }
      })
    loading.catch(function () { loading = null }).then(function () { list.removeAttribute('aria-busy') })
    return loading
  }

  function serves (service, name, value) {
    if (name === 'obec') return service.region || service.obec.indexOf(value) >= 0
    if (name === 'druh') return service.druh === value
    return service[name].indexOf(value) >= 0
  }

  // Whether a service passes every active filter but `except`, which a count leaves out.
  function passes (service, state, except) {
    if (except !== 'zdarma' && state.zdarma && !service.zdarma) return false
    return FACETS.every(function (name) {
      return name === except || !state[name] || serves(service, name, state[name])
    })
  }

  // Each option tells how many results choosing it would leave; without results, the plain labels.
  function showCounts (services, found, state) {
    function label (node, count) {
      node.textContent = node.dataset.label + (found ? ' (' + count + ')' : '')
    }
    FACETS.forEach(function (name) {
      const left = found ? found.filter(function (position) { return passes(services[position], state, name) }) : []
      Array.from(selects[name].options).forEach(function (option) {
        const count = option.value === '' ? left.length : left.filter(function (position) {
          return serves(services[position], name, option.value)
        }).length
        label(option, count)
        option.disabled = Boolean(found) && count === 0 && !option.selected
      })
    })
    label(freeLabel, found && found.filter(function (position) {
      return services[position].zdarma && passes(services[position], state, 'zdarma')
    }).length)
  }

  function foundText (count) {
    if (count === 0) return 'Nenašli jsme žádnou službu.'
    if (count === 1) return 'Nalezena 1 služba'
    if (count <= 4) return 'Nalezeny ' + count + ' služby'
    return 'Nalezeno ' + count + ' služeb'
  }

  function element (tag, className, text) {
    const made = document.createElement(tag)
    if (className) made.className = className
    if (text) made.textContent = text
    return made
  }

  function card (service) {
    const item = element('li', 'service-card')
    const title = item.appendChild(element('h2', 'service-card-title'))
    const link = title.appendChild(element('a', null, service.name))
    link.href = new URL(service.url, siteUrl).href
    item.appendChild(element('p', 'service-card-provider', service.provider))
    if (service.closed) item.appendChild(element('p', 'badge badge-closed', 'Dočasně uzavřeno'))
    item.appendChild(element('p', 'service-card-summary', service.summary))
    item.appendChild(element('p', 'service-card-area', 'Kde pomáhá: ' + service.area))
    if (service.phone) {
      const phone = item.appendChild(element('ul', 'phones')).appendChild(element('li'))
      phone.appendChild(element('a', 'phone', service.phone.number)).href = service.phone.tel
    }
    return item
  }

  function showCards (services, found, from) {
    list.querySelectorAll('.search-more').forEach(function (more) { more.remove() })
    found.slice(from, from + PAGE).forEach(function (position) { list.appendChild(card(services[position])) })
    const rest = found.length - from - PAGE
    if (rest <= 0) return
    const more = list.appendChild(element('li', 'search-more'))
    const button = more.appendChild(element('button', 'button', 'Zobrazit další (' + rest + ')'))
    button.type = 'button'
    button.addEventListener('click', function () {
      showCards(services, found, from + PAGE)
      const next = list.children[from + PAGE]
      if (next) next.querySelector('a').focus()
    })
  }

  function showRemoveFilters (state) {
    const chips = removeBox.querySelector('ul')
    chips.replaceChildren()
    const active = FACETS.filter(function (name) { return state[name] }).map(function (name) {
      const select = selects[name]
      const label = form.querySelector('label[for="' + select.id + '"]').textContent
      return { text: label + ': ' + select.options[select.selectedIndex].dataset.label, clear: function () { select.value = '' } }
    })
    if (state.zdarma) active.push({ text: freeLabel.dataset.label, clear: function () { free.checked = false } })
    active.forEach(function (filter) {
      const button = chips.appendChild(element('li')).appendChild(element('button', 'chip', 'Zrušit: ' + filter.text))
      button.type = 'button'
      button.addEventListener('click', function () {
        filter.clear()
        changed()
        input.focus()
      })
    })
    removeBox.hidden = active.length === 0
  }

  function showResults (data, state) {
    const services = data.services
    // Without words, the filters alone choose from every service, in the catalogue's A–Z order.
    const matched = state.q.trim() === ''
      ? services.map(function (service, position) { return position })
      : window.katalogCzech.search(data.index, state.q).map(function (result) { return Number(result.ref) })
    const found = matched.filter(function (position) { return passes(services[position], state, null) })
    showCounts(services, matched, state)
    list.replaceChildren()
    showCards(services, found, 0)
    status.textContent = foundText(found.length)
    empty.hidden = found.length > 0
    // Removing a filter helps only when the words alone find something.
    if (found.length === 0) showRemoveFilters(matched.length > 0 ? state : {})
    emergency.classList.toggle('is-prominent', found.length === 0)
    browse.hidden = found.length > 0
    // The words in the title name the entry in the browser's history.
    document.title = (state.q.trim() ? '„' + state.q.trim() + '“ – ' : '') + pageTitle
    // Which search the page shows, for whoever waits on it (tests).
    root.dataset.shown = addressOf(state)
  }

  function showIdle (state) {
    list.replaceChildren()
    status.textContent = ''
    empty.hidden = true
    emergency.classList.remove('is-prominent')
    browse.hidden = false
    showCounts(null, null, null)
    document.title = pageTitle
    root.dataset.shown = addressOf(state)
  }

  // Only the newest search shows its results, however the loading and the keys interleave.
  let generation = 0

  function update () {
    const state = stateFromForm()
    const mine = ++generation
    if (!state.q.trim() && !state.zdarma && FACETS.every(function (name) { return !state[name] })) {
      showIdle(state)
      return
    }
    load().then(function (data) {
      if (mine === generation) showResults(data, state)
    }, function (error) {
      if (mine !== generation) return
      status.textContent = 'Vyhledávání se nepodařilo načíst. Zkuste to znovu, nebo služby procházejte podle toho, co řešíte.'
      browse.hidden = false
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
  FACETS.forEach(function (name) { selects[name].addEventListener('change', changed) })
  free.addEventListener('change', changed)
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    window.clearTimeout(timer)
    typing = false
    record(false)
    update()
  })
  window.addEventListener('popstate', function () {
    typing = false
    showState(stateFromUrl())
    update()
  })

  showState(stateFromUrl())
  update()
}())
