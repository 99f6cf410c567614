/* Additions for browsers with JavaScript: "my list" kept in localStorage, print buttons and the
   "open now" badge. Every page works without this file. */
(function () {
  "use strict";

  var STORE = "katalog-muj-seznam";
  var DAYS = ["su", "mo", "tu", "we", "th", "fr", "sa"];

  // The page gives its words in its own language (katalog.browsertexts); the scripts have none of their own.
  var given = JSON.parse(document.getElementById("katalog-texts").textContent);
  var pluralRules = new Intl.PluralRules(document.documentElement.lang);

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values || {}, name) ? String(values[name]) : whole;
    });
  }

  var texts = {
    // text("removeFilter", {filter: "Obec: Hejná"}) -> "Zrušit: Obec: Hejná"
    text: function (key, values) { return fill(given.texts[key], values); },
    // plural("found", 3) -> "Nalezeny 3 služby", by the language's plural rules
    plural: function (key, count) {
      var forms = given.plurals[key];
      return fill(forms[pluralRules.select(count)] || forms.other, { n: count });
    },
    filters: given.filters,
    needs: given.needs
  };
  window.katalogTexts = texts;

  function loadList() {
    try {
      var keys = JSON.parse(window.localStorage.getItem(STORE) || "[]");
      return Array.isArray(keys) ? keys.filter(function (key) { return typeof key === "string"; }) : [];
    } catch (error) {
      return [];  // storage blocked or corrupt: behave as an empty list
    }
  }

  function saveList(keys) {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(keys));
      return true;
    } catch (error) {
      return false;
    }
  }

  function countLabel(count) {
    return texts.plural("services", count);
  }

  function showCount() {
    var count = loadList().length;
    document.querySelectorAll("[data-my-list-count]").forEach(function (badge) {
      badge.textContent = count ? "(" + count + ")" : "";
      badge.hidden = !count;
    });
  }

  function setUpToggle(button) {
    var key = button.getAttribute("data-key");
    var status = button.parentNode.querySelector(".my-list-status");
    function render() {
      var saved = loadList().indexOf(key) !== -1;
      button.textContent = texts.text(saved ? "removeFromList" : "addToList");
    }
    button.addEventListener("click", function () {
      var keys = loadList();
      var index = keys.indexOf(key);
      if (index === -1) { keys.push(key); } else { keys.splice(index, 1); }
      if (!saveList(keys)) {
        status.textContent = texts.text("listNotSaved");
        return;
      }
      status.textContent = texts.text(index === -1 ? "added" : "removed", { services: countLabel(keys.length) });
      render();
      showCount();
    });
    render();
  }

  function setUpListPage(list) {
    var items = list.querySelectorAll("[data-key]");
    var empty = list.querySelector("[data-my-list-empty]");
    var status = list.querySelector("[data-my-list-status]");
    function render() {
      var keys = loadList();
      var shown = 0;
      items.forEach(function (item) {
        item.hidden = keys.indexOf(item.getAttribute("data-key")) === -1;
        if (!item.hidden) { shown += 1; }
      });
      empty.hidden = shown > 0;
      showCount();
    }
    list.addEventListener("click", function (event) {
      var remove = event.target.closest("[data-my-list-remove]");
      if (remove) {
        var key = remove.getAttribute("data-my-list-remove");
        saveList(loadList().filter(function (saved) { return saved !== key; }));
        render();
        status.textContent = texts.text("serviceRemoved");
        // The removed button is gone; keep keyboard users inside the list.
        list.querySelector("[data-print]").focus();
      } else if (event.target.closest("[data-my-list-clear]")) {
        saveList([]);
        render();
        status.textContent = texts.text("listEmpty");
      }
    });
    list.hidden = false;
    render();
  }

  /* Opening hours are local time in Czechia, wherever the visitor's device is set. */
  function pragueNow() {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Prague", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(new Date()).forEach(function (part) { parts[part.type] = part.value; });
    var weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday);
    return { day: DAYS[weekday], minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  }

  function minutes(text) {
    var pieces = text.split(":");
    return Number(pieces[0]) * 60 + Number(pieces[1]);
  }

  function isOpen(hours, now) {
    return hours.some(function (group) {
      return group.days.indexOf(now.day) !== -1 && group.open.some(function (span) {
        var ends = span.split("-");
        return minutes(ends[0]) <= now.minutes && now.minutes < minutes(ends[1]);
      });
    });
  }

  // The search page's "open now" filter asks the same clock (search-filters.js).
  window.katalogOpeningHours = { now: pragueNow, isOpen: isOpen };

  function showOpenNow(badge, now) {
    var open = isOpen(JSON.parse(badge.getAttribute("data-hours")), now);
    badge.textContent = texts.text(open ? "openNow" : "closedNow");
    badge.classList.toggle("is-open", open);
    badge.hidden = false;
  }

  // Escape closes the phone's open menu and gives the focus back to its button, as people expect of a menu.
  document.addEventListener("keydown", function (event) {
    var menu = document.querySelector(".site-menu[open]");
    if (event.key === "Escape" && menu) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-needs-js]").forEach(function (element) { element.hidden = false; });
    document.querySelectorAll("[data-without-js]").forEach(function (element) { element.hidden = true; });
    document.querySelectorAll("[data-my-list-toggle]").forEach(setUpToggle);
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    var list = document.querySelector("[data-my-list]");
    if (list) { setUpListPage(list); }
    var badges = document.querySelectorAll("[data-hours]");
    if (badges.length) {
      var now = pragueNow();
      badges.forEach(function (badge) { showOpenNow(badge, now); });
    }
    showCount();
  });
}());
