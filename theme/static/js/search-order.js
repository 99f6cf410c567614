/* The order of search results that the words alone do not decide: a temporarily closed service comes last. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory()
  } else {
    root.katalogSearchOrder = factory()
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict'

  // `positions` index `services` (the display data, best first); those whose service is closed for now
  // move to the end, keeping their order: someone in need first sees what can help today, and the
  // closed one still tells that it exists (its card says it is closed).
  function closedLast (positions, services) {
    const open = positions.filter(function (at) { return !services[at].closed })
    return open.concat(positions.filter(function (at) { return services[at].closed }))
  }

  return { closedLast: closedLast }
}))
