/* The search page's results: the filters applied, their counts, the service cards and the help when nothing is found. */
(function () {
  'use strict'

  // The filters' URL parameters, which are also the keys of the display data: from the facet registry
  // (katalog.facets), as the page gives it; the words too (site.js, which runs first).
  const texts = window.katalogTexts
  const FACETS = texts.filters
  // Cards are added in pages: thousands at once would stall a phone.
  const PAGE = 30
  // The filters by need (search-filters.js), and the region's time they are applied at, taken once a search.
  const needs = window.katalogSearchNeeds
  let now = null

  function serves (service, name, value) {
    if (name === 'obec') return service.region || service.obec.indexOf(value) >= 0
    if (name === 'druh') return service.druh === value
    return service[name].indexOf(value) >= 0
  }

  // Whether a service passes every active filter but `except`, which a count leaves out.
  function passes (service, state, except) {
    if (except !== 'zdarma' && state.zdarma && !service.zdarma) return false
    if (!needs.passes(service, state, except, now)) return false
    return FACETS.every(function (name) {
      return name === except || !state[name] || serves(service, name, state[name])
    })
  }

  function foundText (count) {
    return count === 0 ? texts.text('nothingFound') : texts.plural('found', count)
  }

  function element (tag, className, text) {
    const made = document.createElement(tag)
    if (className) made.className = className
    if (text) made.textContent = text
    return made
  }

  // `page` holds the page's elements: form, selects (by facet), free, freeLabel, status, list,
  // empty, removeBox, emergency, browse; siteUrl; and removeFilter(name), called by the help.
  function create (page) {
    // Counts are appended to the labels, so the plain labels are kept aside once.
    FACETS.forEach(function (name) {
      Array.from(page.selects[name].options).forEach(function (option) { option.dataset.label = option.textContent })
    })
    page.freeLabel.dataset.label = page.freeLabel.textContent

    // Each option tells how many results choosing it would leave; without results, the plain labels.
    function showCounts (services, matched, state) {
      function label (node, count) {
        node.textContent = node.dataset.label + (matched ? ' (' + count + ')' : '')
      }
      FACETS.forEach(function (name) {
        const left = matched ? matched.filter(function (at) { return passes(services[at], state, name) }) : []
        Array.from(page.selects[name].options).forEach(function (option) {
          const count = option.value === '' ? left.length : left.filter(function (at) {
            return serves(services[at], name, option.value)
          }).length
          label(option, count)
          option.disabled = Boolean(matched) && count === 0 && !option.selected
        })
      })
      label(page.freeLabel, matched && matched.filter(function (at) {
        return services[at].zdarma && passes(services[at], state, 'zdarma')
      }).length)
    }

    function card (service) {
      const item = element('li', 'service-card')
      const title = item.appendChild(element('h2', 'service-card-title'))
      title.appendChild(element('a', null, service.name)).href = new URL(service.url, page.siteUrl).href
      item.appendChild(element('p', 'service-card-provider', service.provider))
      if (service.closed) item.appendChild(element('p', 'badge badge-closed', texts.text('closed')))
      item.appendChild(element('p', 'service-card-summary', service.summary))
      item.appendChild(element('p', 'service-card-area', texts.text('servesArea', { area: service.area })))
      if (service.phone) {
        const phone = item.appendChild(element('ul', 'phones')).appendChild(element('li'))
        phone.appendChild(element('a', 'phone', service.phone.number)).href = service.phone.tel
      }
      return item
    }

    function showCards (services, found, from) {
      page.list.querySelectorAll('.search-more').forEach(function (more) { more.remove() })
      found.slice(from, from + PAGE).forEach(function (at) { page.list.appendChild(card(services[at])) })
      const rest = found.length - from - PAGE
      if (rest <= 0) return
      const more = page.list.appendChild(element('li', 'search-more'))
      const button = more.appendChild(element('button', 'button', texts.plural('more', rest)))
      button.type = 'button'
      button.addEventListener('click', function () {
        showCards(services, found, from + PAGE)
        const next = page.list.children[from + PAGE]
        if (next) next.querySelector('a').focus()
      })
    }

    function showRemoveFilters (state) {
      const chips = page.removeBox.querySelector('ul')
      chips.replaceChildren()
      const active = FACETS.filter(function (name) { return state[name] }).map(function (name) {
        const select = page.selects[name]
        const label = page.form.querySelector('label[for="' + select.id + '"]').textContent
        return { name: name, text: label + ': ' + select.options[select.selectedIndex].dataset.label }
      })
      if (state.zdarma) active.push({ name: 'zdarma', text: page.freeLabel.dataset.label })
      needs.active(state).forEach(function (name) { active.push({ name: name, text: needs.describe(name, page.form) }) })
      active.forEach(function (filter) {
        const button = chips.appendChild(element('li')).appendChild(element('button', 'chip', texts.text('removeFilter', { filter: filter.text })))
        button.type = 'button'
        button.addEventListener('click', function () { page.removeFilter(filter.name) })
      })
      page.removeBox.hidden = active.length === 0
    }

    // `matched` are the positions of the services the words found, best first.
    function show (services, matched, state) {
      now = needs.now()
      const passing = matched.filter(function (at) { return passes(services[at], state, null) })
      const found = window.katalogSearchOrder.closedLast(passing, services)
      showCounts(services, matched, state)
      page.list.replaceChildren()
      showCards(services, found, 0)
      page.status.textContent = foundText(found.length)
      page.empty.hidden = found.length > 0
      // Removing a filter helps only when the words alone find something.
      if (found.length === 0) showRemoveFilters(matched.length > 0 ? state : {})
      page.emergency.classList.toggle('is-prominent', found.length === 0)
      page.browse.hidden = found.length > 0
    }

    function idle () {
      page.list.replaceChildren()
      page.status.textContent = ''
      page.empty.hidden = true
      page.emergency.classList.remove('is-prominent')
      page.browse.hidden = false
      showCounts(null, null, null)
    }

    return { show: show, idle: idle }
  }

  window.katalogSearchResults = { FACETS: FACETS, create: create }
}())
