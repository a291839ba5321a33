/*
 * Surveyor search page, over the engine in search-core.js: the index comes in pieces, so the
 * page answers once the few pieces a query needs are in. Text from the index reaches the page
 * only through textContent and text nodes, never as markup.
 */
(function () {
  'use strict';

  var PAGE_SIZE = 20;
  var FIRST = 6; // results shown before the rest of a page: the loads a browser makes at once
  var form = document.getElementById('search-form');
  if (!form || !window.SurveyorSearch || !window.SurveyorQuery) {
    return;
  }
  var input = document.getElementById('search-q');
  var themeSelect = document.getElementById('search-theme');
  // No year filter where too few papers are dated: its value is then always ''.
  var yearSelect = document.getElementById('search-year') || { value: '', addEventListener: function () {} };
  var section = document.querySelector('.search-results');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  // The papers with every word but one, after those with all of them, under their own heading.
  var nearList = document.getElementById('search-near') || list;
  var nearHeading = document.getElementById('search-near-heading') || { hidden: true };
  var more = document.getElementById('search-more');
  var controls = [input, themeSelect, yearSelect].filter(function (c) { return c.tagName; });
  var engine = null;
  var themes = {};
  var results = []; // the papers with every word, then those missing one (from nearFrom)
  var nearFrom = 0;
  var isMatch = function () { return 0; };
  var found = null; // the latest search's answer (SurveyorSearch's search), for the status line
  var shown = 0;
  var asked = 0; // the latest search; an older one that finishes late is dropped
  var firstShown = false;
  var filling = false; // the first results are shown and the rest of the page is coming

  /** Searches again and shows the results; {@code keep} keeps as many shown and the focus. */
  function run(keep) {
    var ticket = ++asked;
    var query = input.value;
    var theme = themeSelect.value;
    var year = yearSelect.value;
    var filtered = Boolean(theme || year);
    var hasWords = engine.units(query).length > 0;
    var asking = hasWords
        ? engine.search(query)
        : Promise.resolve({ docs: filtered ? allPapers() : [], terms: [], units: [] });
    var narrowed = filtered ? engine.filter(theme, year) : Promise.resolve(null);
    Promise.all([asking, narrowed]).then(function (both) {
      var result = both[0];
      var docs = both[1] ? result.docs.filter(both[1]) : result.docs;
      var nearDocs = !result.near ? [] : both[1] ? result.near.docs.filter(both[1]) : result.near.docs;
      var all = docs.concat(nearDocs);
      var focused = keep && section.contains(document.activeElement) ? document.activeElement.getAttribute('href') : null;
      var count = keep ? Math.max(shown, PAGE_SIZE) : PAGE_SIZE;
      // The first few results show as soon as their fragments are in (the browser's first
      // round of loads), the rest of the page as soon as its own are.
      var first = Math.min(count, FIRST);
      var shownFirst = page(all, 0, first); // asked first: the browser loads in the order asked
      var rest = page(all, first, count - first);
      return shownFirst.then(function (items) {
        if (ticket !== asked) {
          return;
        }
        results = all;
        nearFrom = docs.length;
        found = result;
        isMatch = engine.marker(result);
        list.textContent = '';
        nearList.textContent = '';
        nearList.hidden = true;
        nearHeading.hidden = true;
        if (result.near && nearDocs.length > 0) {
          nearHeading.textContent = 'With ' + spelledOut(result.near.matched) + ' of the ' + spelledOut(result.near.of) +
              ' words' + (result.near.titled ? ' in the title' : '');
        }
        shown = 0;
        filling = true;
        append(items);
        section.hidden = !hasWords && !filtered;
        status.textContent = describe(query, hasWords, filtered);
        window.SurveyorQuery.write(controls);
        return rest.then(function (others) {
          if (ticket !== asked) {
            return;
          }
          filling = false;
          append(others);
          if (focused) {
            var again = titleLinks().filter(function (a) { return a.getAttribute('href') === focused; })[0];
            (again || input).focus();
          }
        });
      });
    }).catch(function (error) {
      if (ticket === asked) {
        status.textContent = 'The search index could not be read: ' + error.message;
        section.hidden = false;
      }
    });
  }

  function allPapers() {
    var docs = [];
    for (var i = 0; i < engine.manifest.papers; i++) {
      docs.push(i);
    }
    return docs;
  }

  /** The fragments of results from {@code from}, at most {@code count}, each with its paper's number. */
  function page(docs, from, count) {
    var shownDocs = docs.slice(from, from + count);
    return engine.fragments(shownDocs).then(function (papers) {
      return papers.map(function (paper, i) { return { paper: paper, doc: shownDocs[i] }; });
    });
  }

  function append(items) {
    var fragment = document.createDocumentFragment();
    var nearFragment = document.createDocumentFragment();
    items.forEach(function (entry, i) {
      var isNear = shown + i >= nearFrom;
      (isNear ? nearFragment : fragment).appendChild(item(entry.paper, entry.doc, isNear && nearList !== list ? 'h4' : 'h3'));
    });
    list.appendChild(fragment);
    if (nearFragment.childNodes.length > 0) {
      nearList.appendChild(nearFragment);
      nearList.hidden = false;
      nearHeading.hidden = false;
    }
    shown += items.length;
    var left = results.length - shown;
    more.hidden = left <= 0 || filling;
    more.textContent = moreLabel(left);
    if (shown > 0 && !firstShown) {
      firstShown = true;
      performance.mark('search-first-result');
    }
  }

  /** The paging button's words: "Show 20 more of 57 remaining", "Show the last 3", "Show the last one". */
  function moreLabel(left) {
    if (left === 1) {
      return 'Show the last one';
    }
    return left <= PAGE_SIZE ? 'Show the last ' + left : 'Show ' + PAGE_SIZE + ' more of ' + grouped(left) + ' remaining';
  }

  /** A count as the pages print it: 1,645, not 1645. */
  function grouped(n) {
    return n.toLocaleString('en-US');
  }

  /** A small count as a word ("three"), as the count line says it. */
  function spelledOut(n) {
    var words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    return n < words.length ? words[n] : grouped(n);
  }

  function describe(query, hasWords, filtered) {
    var where = [];
    if (themeSelect.value) {
      where.push(themes[themeSelect.value].name);
    }
    if (yearSelect.value) {
      where.push(yearSelect.value === 'none' ? 'without a date' : yearSelect.value);
    }
    if (!hasWords && !filtered) {
      return ''; // nothing asked yet: no "not found"
    }
    var scope = filtered ? ' (' + where.join(', ') + ')' : '';
    var about = hasWords ? ' for \u201c' + query.trim() + '\u201d' : '';
    if (results.length === 0) {
      return 'No paper found' + about + scope + '. Try fewer or shorter words, or another filter.';
    }
    if (!hasWords) {
      return grouped(results.length) + (results.length === 1 ? ' paper' : ' papers') + scope + '.';
    }
    return window.SurveyorSearch.describe(found, results.slice(0, nearFrom), query, scope, results.length - nearFrom);
  }

  function item(paper, doc, level) {
    var li = element('li', 'paper-item');
    var heading = element(level, 'paper-title');
    var link = element('a');
    link.href = paper.h;
    var visible = marked(link, paper.t);
    heading.appendChild(link);
    li.appendChild(heading);
    var summary = element('p', 'paper-summary');
    visible = marked(summary, paper.s || '') || visible;
    li.appendChild(summary);
    if (!visible && found && found.units && found.units.length) {
      snippet(li, summary, doc);
    }
    if (paper.a) { // the authors, when a source or curator names them
      li.appendChild(element('p', 'paper-authors', paper.a));
    }
    var meta = element('p', 'paper-meta');
    if (paper.d) {
      meta.appendChild(element('span', 'date', paper.d));
    }
    if (paper.u != null) {
      if (paper.d) { // set apart as the lists do: "5 Feb · 3 upvotes"
        var sep = element('span', 'sep', ' \u00b7 ');
        sep.setAttribute('aria-hidden', 'true');
        meta.appendChild(sep);
      }
      meta.appendChild(element('span', 'upvotes', paper.u + (paper.u === 1 ? ' upvote' : ' upvotes')));
    }
    var paperThemes = paper.m && paper.m.length ? paper.m : ['other'];
    paperThemes.forEach(function (slug) {
      var chip = element('a', 'chip', themes[slug].name);
      chip.href = themes[slug].href;
      meta.appendChild(chip);
    });
    li.appendChild(meta);
    return li;
  }

  /**
   * Appends text to parent as text nodes, with <mark> around what of its words the query matched;
   * whether it marked any.
   */
  function marked(parent, text) {
    var pattern = /[\p{L}\p{Nd}]+/gu;
    var at = 0;
    var m;
    var any = false;
    while ((m = pattern.exec(text)) !== null) {
      var length = isMatch(m[0]); // all of the word, or the part a query word begins
      if (length) {
        parent.appendChild(document.createTextNode(text.slice(at, m.index)));
        parent.appendChild(element('mark', null, m[0].slice(0, length)));
        at = m.index + length;
        any = true;
      }
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
    return any;
  }

  /**
   * Shows why a result matched when its title and summary don't say: the part of its abstract
   * holding the words, marked, loaded with the abstract (or, for a paper found as a theme's
   * member, that it is one).
   */
  function snippet(li, after, doc) {
    var result = found;
    var marker = isMatch;
    engine.abstracts([doc]).then(function (texts) {
      if (result !== found || !li.parentNode) {
        return; // another search has replaced this one
      }
      var runs = window.SurveyorSearch.excerpt(result, texts[0], marker);
      var p = element('p', 'paper-snippet');
      if (runs) {
        p.appendChild(element('span', 'why', 'Abstract: '));
        runs.forEach(function (run) {
          p.appendChild(run.m ? element('mark', null, run.t) : document.createTextNode(run.t));
        });
      } else if (result.themes && result.themes.only[doc]) {
        p.appendChild(element('span', 'why', 'Found as a paper of ' + window.SurveyorSearch.places(result.themes.places) +
            ', which the query names.'));
      } else {
        return;
      }
      li.insertBefore(p, after.nextSibling);
    }, function () {}); // without the abstract the result is shown as it was
  }

  function element(name, className, text) {
    var el = document.createElement(name);
    if (className) {
      el.className = className;
    }
    if (text != null) {
      el.textContent = text;
    }
    return el;
  }

  /** The results' title links in page order: those with every word, then those missing one. */
  function titleLinks() {
    return Array.prototype.slice.call(section.querySelectorAll('#search-results .paper-title a, #search-near .paper-title a'));
  }

  function start(opened) {
    engine = opened;
    engine.manifest.themes.forEach(function (theme) {
      themes[theme.slug] = theme;
    });
    input.addEventListener('input', function () { run(false); });
    themeSelect.addEventListener('change', function () { run(false); });
    yearSelect.addEventListener('change', function () { run(false); });
    more.addEventListener('click', function () {
      var next = shown;
      page(results, shown, PAGE_SIZE).then(function (items) {
        append(items);
        var link = titleLinks()[next];
        if (link) {
          link.focus();
        }
      });
    });
    form.addEventListener('submit', function (event) {
      // Enter opens the best result; results already follow the typing.
      event.preventDefault();
      var first = titleLinks()[0];
      if (first) {
        first.click();
      }
    });
    input.addEventListener('keydown', function (event) {
      var first = titleLinks()[0];
      if (event.key === 'ArrowDown' && first) {
        event.preventDefault();
        first.focus();
      }
    });
    section.addEventListener('keydown', function (event) {
      var links = titleLinks();
      var at = links.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && at >= 0 && at + 1 < links.length) {
        links[at + 1].focus();
      } else if (event.key === 'ArrowUp' && at >= 0) {
        (at > 0 ? links[at - 1] : input).focus();
      } else if (event.key === 'Escape') {
        input.focus();
      } else {
        return;
      }
      event.preventDefault();
    });
    form.querySelector('button[type=submit]').hidden = true;
    window.SurveyorQuery.read(controls);
    run(false);
  }

  window.SurveyorSearch.open().then(start);
})();
