/* The search page's filters by need (katalog.facets.NEED_FILTERS): open now, my age, a place reachable in a
   wheelchair, a language I speak. They live in the URL beside the facets; search-results.js applies them. */
(function () {
  'use strict'

  // The parameters, in the page's order, as the page gives them (katalog.browsertexts).
  const NAMES = window.katalogTexts.needs || []
  const MAX_AGE = 120

  function isCheckbox (field) { return field.type === 'checkbox' }

  // A value from a shared link that this page cannot show is ignored, as the facets' are.
  function cleaned (field, value) {
    if (isCheckbox(field)) return value === '1'
    if (field.type === 'number') {
      return /^\d{1,3}$/.test(value) && Number(value) <= MAX_AGE ? String(Number(value)) : ''
    }
    return Array.from(field.options).some(function (option) { return option.value === value }) ? value : ''
  }

  function fromParams (params, form) {
    const state = {}
    NAMES.forEach(function (name) { state[name] = cleaned(form.elements[name], params.get(name) || '') })
    return state
  }

  function fromForm (form) {
    const state = {}
    NAMES.forEach(function (name) {
      const field = form.elements[name]
      state[name] = isCheckbox(field) ? field.checked : cleaned(field, field.value.trim())
    })
    return state
  }

  function show (state, form) {
    NAMES.forEach(function (name) {
      const field = form.elements[name]
      if (isCheckbox(field)) field.checked = Boolean(state[name])
      else field.value = state[name] || ''
    })
  }

  function toParams (state, params) {
    NAMES.forEach(function (name) {
      if (state[name]) params.set(name, state[name] === true ? '1' : state[name])
    })
  }

  function active (state) {
    return NAMES.filter(function (name) { return state[name] })
  }

  function clear (name, form) {
    const field = form.elements[name]
    if (isCheckbox(field)) field.checked = false
    else field.value = ''
  }

  // The words of a filter in use, for the button that removes it: its label, and its value where it has one.
  function describe (name, form) {
    const field = form.elements[name]
    const label = form.querySelector('label[for="' + field.id + '"]').textContent.trim()
    if (isCheckbox(field)) return label
    return label + ': ' + (field.options ? field.options[field.selectedIndex].textContent.trim() : field.value)
  }

  function fits (service, name, value, now) {
    if (name === 'otevreno') return window.katalogOpeningHours.isOpen(service.otevreno, now)
    if (name === 'bezbarierove') return service.bezbarierove
    if (name === 'jazyk') return service.jazyk.indexOf(value) >= 0
    if (name === 'vek') {
      // A service that names no age is for anyone.
      const age = Number(value)
      const range = service.vek
      return !range || ((range[0] === null || age >= range[0]) && (range[1] === null || age <= range[1]))
    }
    return true
  }

  // Whether a service meets every need in use but `except`; `now` is the region's time (site.js).
  function passes (service, state, except, now) {
    return NAMES.every(function (name) {
      return name === except || !state[name] || fits(service, name, state[name], now)
    })
  }

  function listen (form, onChange) {
    NAMES.forEach(function (name) { form.elements[name].addEventListener('change', onChange) })
  }

  window.katalogSearchNeeds = {
    NAMES: NAMES,
    fromParams: fromParams,
    fromForm: fromForm,
    show: show,
    toParams: toParams,
    active: active,
    clear: clear,
    describe: describe,
    passes: passes,
    listen: listen,
    now: function () { return window.katalogOpeningHours.now() }
  }
}())
