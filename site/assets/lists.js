/*
 * Surveyor paper lists: filter and sort the papers of a list, or of all the lists in a
 * container (a theme's sub-topics), in place. The HTML order is the page's own meaningful order
 * and the first sort choice; without this script the page shows it unchanged. Any other order
 * gathers the papers of every sub-topic into one list, so "newest first" means the whole theme;
 * choosing the first order again puts each paper back under its sub-topic.
 * The choices are kept in the address (?filter=&year=&theme=&sort=, see query-state.js).
 * Words are looked up in the site's search index (search-core.js), so a list finds what the
 * search page finds, abstracts and entity names included, shows them in its order (best first,
 * one list) unless another order is chosen, and says what it found in its words; without the
 * index, titles and summaries are searched as written.
 */
(function () {
  'use strict';

  var ORDERS = {
    title: function (a, b) {
      return a.title < b.title ? -1 : a.title > b.title ? 1 : a.at - b.at;
    },
    newest: function (a, b) { return missingLast(a.date, b.date) || compare(b.date, a.date) || a.at - b.at; },
    oldest: function (a, b) { return missingLast(a.date, b.date) || compare(a.date, b.date) || a.at - b.at; },
    upvotes: function (a, b) {
      return missingLast(a.upvotes, b.upvotes) || (b.upvotes || 0) - (a.upvotes || 0) || a.at - b.at;
    }
  };

  // What an order sorts by, where papers may lack it: those without come last, and the status says so.
  var SORTED_BY = { newest: 'date', oldest: 'date', upvotes: 'upvotes' };
  var LACKING = { date: 'a date', upvotes: 'upvotes' };

  function missingLast(x, y) {
    return (x == null) - (y == null);
  }

  function compare(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
  }

  function count(n) {
    return n.toLocaleString('en-US');
  }

  function text(li, selector) {
    var el = li.querySelector(selector);
    return el ? el.textContent : '';
  }

  function setup(form) {
    var container = document.getElementById(form.getAttribute('data-list'));
    if (!container) {
      return;
    }
    var lists = container.tagName === 'OL' ? [container] :
        Array.prototype.slice.call(container.querySelectorAll('ol.paper-list'));
    if (lists.length === 0) {
      return;
    }
    // What hides when its papers are all filtered out or gathered elsewhere: a sub-topic.
    var groups = lists.map(function (list) { return list.closest('.subtopic') || list; });
    var entries = [];
    lists.forEach(function (list, group) {
      Array.prototype.forEach.call(list.children, function (li) {
        var title = text(li, '.paper-title').trim().toLowerCase();
        entries.push({
          li: li,
          at: entries.length,
          group: group,
          title: title,
          paper: Number(li.getAttribute('data-paper')),
          words: title + ' ' + text(li, '.paper-summary').toLowerCase(),
          date: li.getAttribute('data-date'),
          year: li.getAttribute('data-year') || 'none',
          themes: (li.getAttribute('data-themes') || '').split(' '),
          upvotes: li.hasAttribute('data-upvotes') ? Number(li.getAttribute('data-upvotes')) : null
        });
      });
    });
    var filter = form.elements.filter;
    // No year control where too few papers are dated to filter by: the value is then always ''.
    var year = form.elements.year || { name: 'year', value: '' };
    var sort = form.elements.sort;
    var theme = form.elements.theme; // only where the list spans every theme
    var status = form.querySelector('.list-status');
    var search = form.getAttribute('data-search');
    var total = Number(form.getAttribute('data-total'));
    var controls = [filter, year, theme, sort].filter(function (c) { return c && c.tagName; });
    var single = lists.length === 1;
    var gathered = null; // the one list that holds every paper while another order is chosen
    var order = '';
    var ranked = null; // the search answer the list is in the order of, while it is
    var found = null; // the search index's answer for the words: {query, papers}
    var indexBroken = !window.SurveyorSearch;
    // The page's words for its own order ("alphabetical"), and what applies to that order alone (an
    // index of first letters): another order is named instead, and those hide.
    var id = form.getAttribute('data-list');
    var orderNames = Array.prototype.map.call(
        document.querySelectorAll('[data-order-of="' + id + '"]'), function (el) {
          return { el: el, first: el.textContent };
        });
    var firstOrderOnly = document.querySelectorAll('[data-first-order="' + id + '"]');
    // The sort's first choice is the page's own order ("Sub-topics"); while search's order is
    // shown instead, it names that order, so the menu and the count line agree (reader23).
    var firstSort = sort.options[0].textContent;

    /** Asks the search index for the papers the words find; applies them when they come. */
    function lookUp(query) {
      var opened = null;
      window.SurveyorSearch.open().then(function (engine) {
        opened = engine;
        return engine.search(query);
      }).then(function (result) {
        // Only words search skips ("the", "of"): they narrow nothing.
        found = { query: query, result: result, rank: result.units.length ? window.SurveyorSearch.ranks(result) : null,
          engine: opened, isMatch: opened.marker(result) };
      }, function () {
        indexBroken = true;
      }).then(function () {
        if (filter.value.trim() === query) {
          apply();
        }
      });
    }

    /**
     * The order shown: the sort chosen; else, for words the index found, search's order (best
     * first, as the search page lists them); else the page's own.
     */
    function wanted() {
      if (ORDERS[sort.value]) {
        return sort.value;
      }
      var query = filter.value.trim();
      return query && !indexBroken && found && found.query === query && found.rank ? 'rank' : '';
    }

    function byRank(a, b) {
      var x = found.rank[a.paper];
      var y = found.rank[b.paper];
      return (x === undefined) - (y === undefined) || (x || 0) - (y || 0) || a.at - b.at;
    }

    function arrange(next) {
      order = next;
      ranked = order === 'rank' ? found : null;
      var sorted = order ? entries.slice().sort(order === 'rank' ? byRank : ORDERS[order]) : entries;
      if (!single && order && !gathered) {
        gathered = lists[0].cloneNode(false);
        gathered.removeAttribute('id');
        form.parentNode.insertBefore(gathered, groups[0]);
      }
      sorted.forEach(function (entry) {
        var home = single || !order ? lists[entry.group] : gathered;
        home.appendChild(entry.li);
      });
    }

    function apply() {
      var query = filter.value.trim();
      var words = query.toLowerCase().split(/\s+/).filter(Boolean);
      var byIndex = words.length > 0 && !indexBroken;
      if (byIndex && !(found && found.query === query)) {
        status.textContent = 'Searching\u2026';
        lookUp(query);
        return; // the list stays as it is until the index answers
      }
      var next = wanted();
      if (next !== order || (next === 'rank' && ranked !== found)) {
        arrange(next);
      }
      var shown = 0;
      var groupShown = groups.map(function () { return 0; });
      entries.forEach(function (entry) {
        var visible = (!year.value || entry.year === year.value) &&
            (!theme || !theme.value || entry.themes.indexOf(theme.value) >= 0) &&
            (byIndex ? found.rank === null || found.rank[entry.paper] !== undefined
                : words.every(function (word) { return entry.words.indexOf(word) >= 0; }));
        entry.li.hidden = !visible;
        shown += visible ? 1 : 0;
        groupShown[entry.group] += visible ? 1 : 0;
      });
      if (!single) {
        var narrowing = words.length > 0 || year.value || (theme && theme.value);
        groups.forEach(function (group, k) {
          group.hidden = Boolean(order) || groupShown[k] === 0;
          // a narrowed list shows what matches: the folded sub-topics that hold it open
          var folded = group.querySelector && group.querySelector('details.subtopic-papers');
          if (folded && narrowing && groupShown[k] > 0) {
            folded.open = true;
          }
        });
        if (gathered) {
          gathered.hidden = !order;
        }
      }
      var narrowed = words.length > 0 || year.value || (theme && theme.value);
      // In search's order the sort control still shows the page's order: say which it is.
      var ranking = order === 'rank' ? ', best match first' : '';
      status.textContent = '';
      // A sort by a field few papers carry puts the rest after them, in the page's order: say so,
      // or the list seems to stop being sorted.
      var field = SORTED_BY[order];
      var lacking = field ? entries.filter(function (entry) {
        return !entry.li.hidden && entry[field] == null;
      }).length : 0;
      var first = shown - lacking;
      var after = lacking === 0 ? ''
          : lacking === shown ? ' None has ' + LACKING[field] + ': they stay in the page\'s order.'
          : ' The ' + count(first) + ' with ' + LACKING[field] + (first === 1 ? ' comes' : ' come') +
              ' first; the other ' + count(lacking) + (lacking === 1 ? ' has none and follows' : ' have none and follow') +
              ' in the page\'s order.';
      var result = byIndex && found.rank ? found.result : null;
      var docs = result && shown > 0 ? entries.filter(function (entry) { return !entry.li.hidden; }).sort(byRank)
          .map(function (entry) { return entry.paper; }) : [];
      // A paper listed through a curated synonym never writes the words: say why it is here too.
      var widened = result && result.bySynonym && docs.some(function (doc) { return result.bySynonym[doc]; });
      if (docs.length > 0 && (result.themes || result.named || result.corrected || result.partial || widened)) {
        // What search says of the same papers, in the same words (search-core.js).
        after = ' ' + window.SurveyorSearch.describe(found.result, docs, query, '') + after;
      }
      // None shown: what search read a typo as still said, as the search page and a list showing
      // papers say it ("No paper matches (searched for “curriculum”; no paper has “curriculm”).").
      var read = result && shown === 0 ? window.SurveyorSearch.correction(result, query) : '';
      var outside = byIndex && found.rank && !search ? elsewhere() : 0;
      if (!narrowed) {
        status.textContent = after.trim();
      } else if (search) {
        // The page lists only the first papers of a large theme: say so, and where all of them are.
        status.appendChild(document.createTextNode(shown === 0
            ? 'No paper on this page matches' + read + '; '
            : 'Showing ' + count(shown) + ' of the ' + count(entries.length) + ' papers on this page' +
                narrowedBy(query) + ranking + '; '));
        var link = document.createElement('a');
        link.href = search;
        link.textContent = 'search the theme';
        status.appendChild(link);
        status.appendChild(document.createTextNode(' for all ' + count(total) + '.' + after));
      } else {
        status.textContent = shown === 0
            // the correction quotes the words already
            ? 'No paper ' + [query ? 'matches' + (read || ' \u201c' + query + '\u201d') : 'is listed']
                .concat(scopes()).join(', ') + '. Clear the filter' +
                (theme && theme.value ? ' or choose another theme.' : year.tagName ? ' or choose another year.' : '.')
            : 'Showing ' + count(shown) + ' of ' + count(entries.length) + ' papers' + narrowedBy(query) +
                ranking + '.' + after;
        if (outside > 0) {
          pointOutside(outside, query);
        }
      }
      if (byIndex && found.rank) {
        showWhy();
      } else {
        clearWhy();
      }
      window.SurveyorQuery.write(controls);
      showOrder();
      if (showFoldAll) {
        showFoldAll();
      }
    }

    /**
     * Every choice that narrows the list, in the reader's words (": in Reasoning, from 2024,
     * matching “grpo”"): a count alone leaves a reader who set one of them and forgot another
     * wondering why a theme of 206 shows 17.
     */
    function narrowedBy(query) {
      var parts = scopes().concat(query ? ['matching \u201c' + query + '\u201d'] : []);
      return parts.length ? ': ' + parts.join(', ') : '';
    }

    /** The theme and year chosen, as "in Reasoning", "from 2024". */
    function scopes() {
      var parts = [];
      if (theme && theme.value) {
        parts.push('in ' + chosen(theme));
      }
      if (year.value) {
        parts.push(year.value === 'none' ? 'with no date' : 'from ' + chosen(year));
      }
      return parts;
    }

    /** The chosen option's name without its count: "Reasoning (206)" is "Reasoning". */
    function chosen(select) {
      return select.options[select.selectedIndex].textContent.replace(/\s*\([\d,]+\)$/, '').trim();
    }

    /** Names the order shown where the page names its own, and hides what fits that one alone. */
    function showOrder() {
      var name = order === 'rank' ? 'best match first'
          : order ? sort.options[sort.selectedIndex].textContent.toLowerCase() : null;
      orderNames.forEach(function (named) { named.el.textContent = name || named.first; });
      sort.options[0].textContent = order === 'rank' ? 'Best match first' : firstSort;
      Array.prototype.forEach.call(firstOrderOnly, function (el) { el.hidden = Boolean(order); });
    }

    /** How many papers the words find that this page does not list: those outside its theme. */
    function elsewhere() {
      var here = {};
      entries.forEach(function (entry) { here[entry.paper] = true; });
      return found.result.docs.filter(function (doc) { return !here[doc]; }).length;
    }

    /**
     * Says that the words find papers outside the page's theme, with a link to search them all:
     * "3 more outside Reasoning: search the whole survey."
     */
    function pointOutside(outside, query) {
      var site = document.querySelector('form.site-search');
      var heading = document.querySelector('h1');
      var scope = heading && heading.firstChild ? heading.firstChild.textContent.trim() : '';
      if (!site || !scope) {
        return;
      }
      status.appendChild(document.createTextNode(' ' + count(outside) + ' more outside ' + scope + ': '));
      var link = document.createElement('a');
      link.href = site.getAttribute('action') + '?q=' + encodeURIComponent(query);
      link.textContent = 'search the whole survey';
      status.appendChild(link);
      status.appendChild(document.createTextNode('.'));
    }

    // Why a paper matched, when neither its title nor its summary shows a word the filter found:
    // a snippet of its abstract (search-core.js), loaded as the paper scrolls into view.
    var snippets = [];
    var watching = null;

    function clearWhy() {
      snippets.forEach(function (p) { p.parentNode && p.parentNode.removeChild(p); });
      snippets = [];
      if (watching) {
        watching.disconnect();
      }
    }

    function showWhy() {
      clearWhy();
      var asked = found;
      var pattern = /[\p{L}\p{Nd}]+/gu;
      var unexplained = entries.filter(function (entry) {
        if (entry.li.hidden) {
          return false;
        }
        var words = (text(entry.li, '.paper-title') + ' ' + text(entry.li, '.paper-summary')).match(pattern) || [];
        return !words.some(function (word) { return asked.isMatch(word) > 0; });
      });
      var explain = function (entry) {
        asked.engine.abstracts([entry.paper]).then(function (texts) {
          var runs = window.SurveyorSearch.excerpt(asked.result, texts[0], asked.isMatch);
          if (asked !== found || !runs) {
            return;
          }
          var p = document.createElement('p');
          p.className = 'paper-snippet';
          var why = document.createElement('span');
          why.className = 'why';
          why.textContent = 'Abstract: ';
          p.appendChild(why);
          runs.forEach(function (run) {
            var node = run.m ? document.createElement('mark') : document.createTextNode(run.t);
            if (run.m) {
              node.textContent = run.t;
            }
            p.appendChild(node);
          });
          var summary = entry.li.querySelector('.paper-summary') || entry.li.querySelector('.paper-title');
          summary.parentNode.insertBefore(p, summary.nextSibling);
          snippets.push(p);
        }, function () {});
      };
      if (!('IntersectionObserver' in window)) {
        unexplained.slice(0, 20).forEach(explain);
        return;
      }
      var byLi = new Map();
      unexplained.forEach(function (entry) { byLi.set(entry.li, entry); });
      watching = new IntersectionObserver(function (seen) {
        seen.forEach(function (sight) {
          if (sight.isIntersecting && byLi.has(sight.target)) {
            watching.unobserve(sight.target);
            explain(byLi.get(sight.target));
          }
        });
      }, { rootMargin: '400px 0px' });
      unexplained.forEach(function (entry) { watching.observe(entry.li); });
    }

    // The groups are gathered into one list in another order: nothing to open then.
    var foldAll = form.querySelector('.fold-all');
    var showFoldAll = foldAll ? foldAllButton(foldAll, container, function () { return Boolean(order); })
        : null;

    window.SurveyorQuery.read(controls);
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  /**
   * One button opens every folded group of papers in the container, or folds them all, instead of
   * a click per group; it shows where two or more groups fold, unless {@code gathered()} says the
   * groups are gone for now. Returns what updates it.
   */
  function foldAllButton(button, container, gathered) {
    var folds = Array.prototype.slice.call(container.querySelectorAll('details.subtopic-papers'));
    function show() {
      var shut = folds.some(function (d) { return !d.open; });
      button.textContent = shut ? 'Open every group' : 'Fold every group';
      button.hidden = gathered() || folds.length < 2;
    }
    button.addEventListener('click', function () {
      var open = folds.some(function (d) { return !d.open; });
      folds.forEach(function (d) { d.open = open; });
      show();
    });
    container.addEventListener('toggle', show, true);
    show();
    return show;
  }

  // A button of its own, outside a list's controls (an entity page's groups), works the same way.
  Array.prototype.forEach.call(document.querySelectorAll('.fold-all'), function (button) {
    var container = document.getElementById(button.getAttribute('aria-controls'));
    if (container && !button.closest('form.list-controls')) {
      foldAllButton(button, container, function () { return false; });
    }
  });

  // A link into a folded group (a letter of the list of all papers) opens the group, in browsers
  // that do not open it themselves; a link to a sub-topic (from a paper page) opens its papers.
  function reveal() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var folded = target && (target.closest('details') ||
        (target.classList.contains('subtopic') && target.querySelector('details.subtopic-papers')));
    if (folded && !folded.open) {
      folded.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', reveal);
  reveal();

  // Printing shows every paper: the folded groups open for the print and fold again after it, so
  // paper does not get the guide words alone. (The print stylesheet unfolds them too, where a
  // browser lets a stylesheet do so.)
  var openedForPrint = [];
  window.addEventListener('beforeprint', function () {
    openedForPrint = Array.prototype.filter.call(
        document.querySelectorAll('details.subtopic-papers'), function (group) { return !group.open; });
    openedForPrint.forEach(function (group) { group.open = true; });
  });
  window.addEventListener('afterprint', function () {
    openedForPrint.forEach(function (group) { group.open = false; });
    openedForPrint = [];
  });

  if (!window.SurveyorQuery) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll('form.list-controls[data-list]'), setup);
})();
