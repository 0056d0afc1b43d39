// awesome-dsl site: search, facets, sort and shareable state over the list's data, in plain JavaScript.
// Every string of the data is untrusted: it reaches the page through textContent and setAttribute only,
// and a link is made only of an http(s) or relative URL.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('awesome-data').textContent);
  var entries = data.entries;
  var FACETS = data.facets; // [{key, label}]
  var state = { q: '', sort: 'list', filters: {} };
  var els = {
    q: document.getElementById('q'),
    sort: document.getElementById('sort'),
    facets: document.getElementById('facets'),
    results: document.getElementById('results'),
    count: document.getElementById('count')
  };

  function safeHref(url) {
    return /^(https?:\/\/|\.{0,2}\/|#)/i.test(url) ? url : null;
  }

  // the search text of each entry, lower-cased once
  entries.forEach(function (e) {
    e._text = [e.title, e.description || '', e.venue || '', (e.tags || []).join(' '), e.section].join(' ').toLowerCase();
  });

  function readHash() {
    state = { q: '', sort: 'list', filters: {} };
    var hash = location.hash.replace(/^#/, '');
    if (!hash) { return; }
    hash.split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i < 0) { return; }
      var k = decodeURIComponent(pair.slice(0, i)), v = decodeURIComponent(pair.slice(i + 1));
      if (k === 'q') { state.q = v; } else if (k === 'sort') { state.sort = v; } else if (FACETS.some(function (f) { return f.key === k; })) {
        state.filters[k] = v.split(',').filter(Boolean);
      }
    });
  }

  function writeHash() {
    var parts = [];
    if (state.q) { parts.push('q=' + encodeURIComponent(state.q)); }
    if (state.sort !== 'list') { parts.push('sort=' + encodeURIComponent(state.sort)); }
    FACETS.forEach(function (f) {
      var values = state.filters[f.key];
      if (values && values.length) { parts.push(f.key + '=' + values.map(encodeURIComponent).join(',')); }
    });
    var hash = parts.length ? '#' + parts.join('&') : '';
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.replaceState(null, '', hash || location.pathname + location.search);
    }
  }

  function matchesQuery(e, words) {
    for (var w = 0; w < words.length; w++) { if (e._text.indexOf(words[w]) < 0) { return false; } }
    return true;
  }

  /** The facets whose filter an entry fails: -1 for none, the facet's index for one, -2 for more. */
  function failing(e) {
    var failed = -1;
    for (var f = 0; f < FACETS.length; f++) {
      var wanted = state.filters[FACETS[f].key];
      if (wanted && wanted.length) {
        var have = e.facets[FACETS[f].key] || [];
        var ok = false;
        for (var i = 0; i < wanted.length && !ok; i++) { ok = have.indexOf(wanted[i]) >= 0; }
        if (!ok) {
          if (failed !== -1) { return -2; }
          failed = f;
        }
      }
    }
    return failed;
  }

  /**
   * One pass over the entries: those shown, and each facet value's count among the entries the other
   * facets' filters (and the search) let through, as a faceted search counts.
   */
  function evaluate() {
    var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = [];
    var counts = FACETS.map(function () { return {}; });
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      if (words.length && !matchesQuery(e, words)) { continue; }
      var failed = failing(e);
      if (failed === -2) { continue; }
      if (failed === -1) { shown.push(e); }
      for (var f = 0; f < FACETS.length; f++) {
        if (failed !== -1 && failed !== f) { continue; }
        var values = e.facets[FACETS[f].key];
        if (!values) { continue; }
        for (var v = 0; v < values.length; v++) { counts[f][values[v]] = (counts[f][values[v]] || 0) + 1; }
      }
    }
    return { shown: shown, counts: counts };
  }

  function sorted(list) {
    var copy = list.slice();
    if (state.sort === 'name') {
      copy.sort(function (a, b) { return a.title.localeCompare(b.title); });
    } else if (state.sort === 'year') {
      copy.sort(function (a, b) { return (b.year || 0) - (a.year || 0) || a.order - b.order; });
    } else if (state.sort === 'stars') {
      copy.sort(function (a, b) { return (b.stars == null ? -1 : b.stars) - (a.stars == null ? -1 : a.stars) || a.order - b.order; });
    }
    return copy;
  }

  // text with the query's words marked, built as text nodes and <mark> elements
  function highlighted(text) {
    var fragment = document.createDocumentFragment();
    var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) { fragment.appendChild(document.createTextNode(text)); return fragment; }
    var lower = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var next = -1, len = 0;
      words.forEach(function (w) { var i = lower.indexOf(w, at); if (i >= 0 && (next < 0 || i < next)) { next = i; len = w.length; } });
      if (next < 0) { break; }
      if (next > at) { fragment.appendChild(document.createTextNode(text.slice(at, next))); }
      var mark = document.createElement('mark');
      mark.textContent = text.slice(next, next + len);
      fragment.appendChild(mark);
      at = next + len;
    }
    if (at < text.length) { fragment.appendChild(document.createTextNode(text.slice(at))); }
    return fragment;
  }

  function entryElement(e) {
    var li = document.createElement('li');
    li.className = 'entry';
    li.id = e.anchor;
    var h = document.createElement('h3');
    var main = e.links.length ? safeHref(e.links[0].url) : null;
    if (main) {
      var a = document.createElement('a');
      a.setAttribute('href', main);
      a.setAttribute('rel', 'noopener noreferrer');
      a.appendChild(highlighted(e.title));
      h.appendChild(a);
    } else {
      h.appendChild(highlighted(e.title));
    }
    li.appendChild(h);
    var meta = [e.section, e.venue, e.year].filter(function (x) { return x != null && x !== ''; }).join(' · ');
    if (e.stars != null) { meta += ' · ★ ' + e.stars + (e.archived ? ' · archived' : ''); }
    var p = document.createElement('p');
    p.className = 'meta';
    p.textContent = meta;
    li.appendChild(p);
    if (e.description) {
      var d = document.createElement('p');
      d.appendChild(highlighted(e.description));
      li.appendChild(d);
    }
    var links = document.createElement('p');
    links.className = 'links';
    e.links.slice(1).concat(e.cite ? [{ label: 'Cite', url: null, cite: e.cite }] : []).forEach(function (l) {
      if (l.cite) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Cite';
        button.addEventListener('click', function () {
          var pre = li.querySelector('pre') || li.appendChild(document.createElement('pre'));
          pre.textContent = l.cite;
          if (navigator.clipboard) { navigator.clipboard.writeText(l.cite).catch(function () {}); }
        });
        links.appendChild(button);
        return;
      }
      var href = safeHref(l.url);
      var link = document.createElement(href ? 'a' : 'span');
      if (href) { link.setAttribute('href', href); link.setAttribute('rel', 'noopener noreferrer'); }
      link.textContent = l.label;
      links.appendChild(link);
    });
    if (links.childNodes.length) { li.appendChild(links); }
    return li;
  }

  function renderFacets(counts) {
    els.facets.textContent = '';
    FACETS.forEach(function (f, index) {
      var count = counts[index];
      var values = data.values[f.key].filter(function (v) { return count[v] || (state.filters[f.key] || []).indexOf(v) >= 0; });
      if (!values.length) { return; }
      var fieldset = document.createElement('fieldset');
      var legend = document.createElement('legend');
      legend.textContent = f.label;
      fieldset.appendChild(legend);
      values.forEach(function (v) {
        var label = document.createElement('label');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.value = v;
        box.checked = (state.filters[f.key] || []).indexOf(v) >= 0;
        box.addEventListener('change', function () {
          var list = state.filters[f.key] || (state.filters[f.key] = []);
          if (box.checked) { list.push(v); } else { list.splice(list.indexOf(v), 1); }
          update(f.key, v);
        });
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + v + ' '));
        var number = document.createElement('span');
        number.className = 'count';
        number.textContent = '(' + (count[v] || 0) + ')';
        label.appendChild(number);
        fieldset.appendChild(label);
      });
      els.facets.appendChild(fieldset);
    });
  }

  /** Results are drawn a page at a time: a long list stays fast to type into; "Show more" draws the next. */
  var PAGE = 200;
  var current = [];

  function renderResults(shown) {
    current = sorted(shown);
    var list = document.createElement('ol');
    list.className = 'entries';
    els.results.textContent = '';
    els.results.appendChild(list);
    more(list, 0);
    els.count.textContent = shown.length + ' of ' + entries.length + ' entries';
  }

  function more(list, from) {
    var to = Math.min(current.length, from + PAGE);
    for (var i = from; i < to; i++) { list.appendChild(entryElement(current[i])); }
    var old = document.getElementById('more');
    if (old) { old.remove(); }
    if (to < current.length) {
      var button = document.createElement('button');
      button.type = 'button';
      button.id = 'more';
      button.textContent = 'Show ' + Math.min(PAGE, current.length - to) + ' more (' + (current.length - to) + ' left)';
      button.addEventListener('click', function () {
        more(list, to);
        var next = list.children[to];
        if (next) { var link = next.querySelector('a, button'); if (link) { link.focus(); } }
      });
      els.results.appendChild(button);
    }
  }

  function update(focusFacet, focusValue) {
    writeHash();
    var result = evaluate();
    renderResults(result.shown);
    renderFacets(result.counts);
    if (focusFacet) { // keep the keyboard where it was after the facets are drawn again
      var box = els.facets.querySelector('input[value="' + CSS.escape(focusValue) + '"]');
      if (box) { box.focus(); }
    }
  }

  function fromState() {
    els.q.value = state.q;
    els.sort.value = state.sort;
    var result = evaluate();
    renderResults(result.shown);
    renderFacets(result.counts);
  }

  els.q.addEventListener('input', function () { state.q = els.q.value; update(); });
  els.sort.addEventListener('change', function () { state.sort = els.sort.value; update(); });
  window.addEventListener('hashchange', function () { readHash(); fromState(); });
  readHash();
  fromState();
  if (window.performance && performance.mark) { performance.mark('awesome-ready'); } // for bench/site
  document.documentElement.setAttribute('data-ready', 'true');
})();
