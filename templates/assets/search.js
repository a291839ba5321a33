/*
 * Surveyor search page: lunr over the papers in search-index.js. Nothing is fetched, so the
 * page works offline and from disk. Text from the index reaches the page only through
 * textContent and text nodes, never as markup.
 *
 * Two indexes: a small one over titles, themes and entities, built at once so results show
 * immediately, and a full one that adds the abstracts, built in slices between frames; when it
 * is ready the results are completed. Results are ranked by how many of the query's words the
 * title holds, then by the small index's score, then the full one's, so the first results
 * shown stay first.
 */
(function () {
  'use strict';

  var PAGE_SIZE = 50;
  var SNIPPET = 240;
  var SLICE_MS = 12;
  var data = window.SURVEYOR_SEARCH;
  var form = document.getElementById('search-form');
  if (!form || !data || !window.lunr || !window.SurveyorQuery) {
    return;
  }
  var input = document.getElementById('search-q');
  var themeSelect = document.getElementById('search-theme');
  var yearSelect = document.getElementById('search-year');
  var section = document.querySelector('.search-results');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var controls = [input, themeSelect, yearSelect];
  var papers = data.papers;
  var themes = {};
  data.themes.forEach(function (theme) {
    themes[theme.slug] = theme;
  });

  // lunr's Porter stemmer, remembered per word: abstracts repeat their words a lot.
  var stems = Object.create(null);
  function stemWord(word) {
    var stem = stems[word];
    if (stem === undefined) {
      stem = stems[word] = lunr.stemmer(new lunr.Token(word)).toString();
    }
    return stem;
  }
  function stemToken(token) {
    return token.update(stemWord);
  }
  lunr.Pipeline.registerFunction(stemToken, 'surveyorStemmer');

  function builder(withAbstracts) {
    var b = new lunr.Builder();
    b.pipeline.add(lunr.trimmer, lunr.stopWordFilter, stemToken);
    b.searchPipeline.add(stemToken);
    b.ref('id');
    b.field('title', { boost: 10 });
    b.field('themes', { boost: 3 });
    b.field('entities', { boost: 3 });
    b.field('authors', { boost: 3 });
    if (withAbstracts) {
      b.field('abstract');
    }
    return b;
  }

  function fields(i) {
    var paper = papers[i];
    return {
      id: String(i),
      title: paper.title,
      abstract: paper.abstractText || '',
      themes: (paper.themes || []).map(function (slug) { return themes[slug].name; }),
      entities: paper.entities || [],
      authors: (paper.authors || []).concat(paper.venue ? [paper.venue] : [])
    };
  }

  var started = performance.now();
  var quick = builder(false);
  papers.forEach(function (paper, i) { quick.add(fields(i)); });
  quick = quick.build();
  performance.measure('search-quick-index', { start: started });
  var full = null;

  // Papers in title order, for filters without words.
  var byTitle = papers.map(function (paper, i) { return i; }).sort(function (a, b) {
    var x = papers[a].title.toLowerCase();
    var y = papers[b].title.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a - b;
  });

  var results = [];
  var words = [];
  var shown = 0;
  var firstShown = false;

  /** The query's words as the index holds them: trimmed, stop words out, stemmed, unique. */
  function terms(text) {
    var out = [];
    lunr.tokenizer(text).forEach(function (token) {
      var kept = lunr.stopWordFilter(lunr.trimmer(token));
      var term = kept && stemWord(kept.toString());
      if (term && out.indexOf(term) < 0) {
        out.push(term);
      }
    });
    return out;
  }

  /** Every word must match, as a prefix so results come while typing; whole words score more. */
  function query(index) {
    return index.query(function (q) {
      words.forEach(function (word) {
        q.term(word, {
          usePipeline: false,
          wildcard: lunr.Query.wildcard.TRAILING,
          presence: lunr.Query.presence.REQUIRED
        });
        q.term(word, { usePipeline: false, boost: 5 });
      });
    });
  }

  function find() {
    var quickHits = query(quick);
    var quickScore = {};
    quickHits.forEach(function (hit) { quickScore[hit.ref] = hit.score; });
    return (full ? query(full) : quickHits).map(function (hit) {
      var i = Number(hit.ref);
      return {
        i: i,
        titleWords: words.filter(function (word) {
          return titleStems(i).some(function (stem) { return stem.lastIndexOf(word, 0) === 0; });
        }).length,
        quick: quickScore[hit.ref] || 0,
        score: hit.score
      };
    }).sort(function (a, b) {
      return b.titleWords - a.titleWords || b.quick - a.quick || b.score - a.score || a.i - b.i;
    }).map(function (hit) { return hit.i; });
  }

  /** The words of a text, each with where it starts, and whether it matches a query word. */
  function scan(text, test) {
    var found = [];
    var pattern = /[\p{L}\p{N}_]+/gu;
    var m;
    while ((m = pattern.exec(text)) !== null) {
      found.push({ at: m.index, end: m.index + m[0].length, match: test(stemWord(m[0].toLowerCase())) });
    }
    return found;
  }

  var titleStemCache = [];
  function titleStems(i) {
    if (!titleStemCache[i]) {
      titleStemCache[i] = (papers[i].title.toLowerCase().match(/[\p{L}\p{N}_]+/gu) || []).map(stemWord);
    }
    return titleStemCache[i];
  }

  function isQueryWord(stem) {
    return words.some(function (word) { return stem.lastIndexOf(word, 0) === 0; });
  }

  function inFilters(i) {
    var paper = papers[i];
    var theme = themeSelect.value;
    var year = yearSelect.value;
    var paperThemes = paper.themes || [];
    if (theme && !(theme === 'other' ? paperThemes.length === 0 : paperThemes.indexOf(theme) >= 0)) {
      return false;
    }
    return !year || (year === 'none' ? paper.year == null : String(paper.year) === year);
  }

  /** Searches again and shows the results; {@code keep} keeps as many shown and the focus. */
  function run(keep) {
    words = terms(input.value);
    var filtered = Boolean(themeSelect.value || yearSelect.value);
    if (words.length === 0) {
      results = filtered ? byTitle.filter(inFilters) : [];
    } else {
      results = find().filter(inFilters);
    }
    var focused = keep && list.contains(document.activeElement) ? document.activeElement.getAttribute('href') : null;
    var count = keep ? Math.max(shown, PAGE_SIZE) : PAGE_SIZE;
    list.textContent = '';
    shown = 0;
    showMore(count);
    section.hidden = words.length === 0 && !filtered;
    status.textContent = describe(filtered);
    window.SurveyorQuery.write(controls);
    if (focused) {
      var again = titleLinks().filter(function (a) { return a.getAttribute('href') === focused; })[0];
      (again || input).focus();
    }
  }

  function showMore(count) {
    var end = Math.min(results.length, shown + count);
    var fragment = document.createDocumentFragment();
    for (; shown < end; shown++) {
      fragment.appendChild(item(results[shown]));
    }
    list.appendChild(fragment);
    var left = results.length - shown;
    more.hidden = left <= 0;
    more.textContent = 'Show ' + Math.min(PAGE_SIZE, left) + ' more of ' + grouped(left) + ' remaining';
    if (shown > 0 && !firstShown) {
      firstShown = true;
      performance.mark('search-first-result');
    }
  }

  /** A count as the pages print it: 1,645, not 1645. */
  function grouped(n) {
    return n.toLocaleString('en-US');
  }

  function describe(filtered) {
    var where = [];
    if (themeSelect.value) {
      where.push(themes[themeSelect.value].name);
    }
    if (yearSelect.value) {
      where.push(yearSelect.value === 'none' ? 'without a date' : yearSelect.value);
    }
    if (!words.length && !filtered) {
      return ''; // nothing asked yet: no "not found"
    }
    var scope = filtered ? ' (' + where.join(', ') + ')' : '';
    var about = words.length ? ' for \u201c' + input.value.trim() + '\u201d' : '';
    var pending = words.length && !full ? ' Abstracts are still being indexed.' : '';
    if (results.length === 0) {
      return 'No paper found' + about + scope + '.' +
          (pending || ' Try fewer or shorter words, or another filter.');
    }
    return grouped(results.length) + (results.length === 1 ? ' paper' : ' papers') + about + scope + '.' + pending;
  }

  function item(i) {
    var paper = papers[i];
    var li = element('li', 'paper-item');
    var heading = element('h3', 'paper-title');
    var link = element('a');
    link.href = paper.href;
    marked(link, paper.title, scan(paper.title, isQueryWord));
    heading.appendChild(link);
    li.appendChild(heading);
    li.appendChild(snippet(paper.abstractText || ''));
    var meta = element('p', 'paper-meta');
    if (paper.date) {
      meta.appendChild(element('span', 'date', paper.date));
    }
    if (paper.upvotes != null) {
      meta.appendChild(element('span', 'upvotes', paper.upvotes + (paper.upvotes === 1 ? ' upvote' : ' upvotes')));
    }
    var paperThemes = paper.themes && paper.themes.length ? paper.themes : ['other'];
    paperThemes.forEach(function (slug) {
      var chip = element('a', 'chip', themes[slug].name);
      chip.href = themes[slug].href;
      meta.appendChild(chip);
    });
    li.appendChild(meta);
    return li;
  }

  /** The abstract around its first match, or its start, with the matching words marked. */
  function snippet(text) {
    var p = element('p', 'paper-summary');
    var found = scan(text, isQueryWord);
    var first = found.filter(function (w) { return w.match; })[0];
    var start = first && first.at > SNIPPET / 2 ? text.lastIndexOf(' ', first.at - 60) + 1 : 0;
    var end = Math.min(text.length, start + SNIPPET);
    var cut = text.lastIndexOf(' ', end);
    if (end < text.length && cut > start) {
      end = cut;
    }
    if (start > 0) {
      p.appendChild(document.createTextNode('\u2026'));
    }
    marked(p, text.slice(start, end), found.map(function (w) {
      return { at: w.at - start, end: w.end - start, match: w.match };
    }).filter(function (w) { return w.at >= 0 && w.end <= end - start; }));
    if (end < text.length) {
      p.appendChild(document.createTextNode('\u2026'));
    }
    return p;
  }

  /** Appends text to parent as text nodes, with <mark> around the matching words. */
  function marked(parent, text, found) {
    var at = 0;
    found.forEach(function (w) {
      if (w.match) {
        parent.appendChild(document.createTextNode(text.slice(at, w.at)));
        parent.appendChild(element('mark', null, text.slice(w.at, w.end)));
        at = w.end;
      }
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
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

  function titleLinks() {
    return Array.prototype.slice.call(list.querySelectorAll('.paper-title a'));
  }

  /** Adds the abstracts a slice at a time, so typing stays responsive while it runs. */
  function buildFull() {
    var b = builder(true);
    var next = 0;
    (function slice() {
      var until = performance.now() + SLICE_MS;
      while (next < papers.length && performance.now() < until) {
        b.add(fields(next++));
      }
      if (next < papers.length) {
        setTimeout(slice, 0);
        return;
      }
      full = b.build();
      performance.measure('search-full-index', { start: started });
      if (words.length > 0) {
        run(true);
      }
    })();
  }

  input.addEventListener('input', function () { run(false); });
  themeSelect.addEventListener('change', function () { run(false); });
  yearSelect.addEventListener('change', function () { run(false); });
  more.addEventListener('click', function () {
    var next = shown;
    showMore(PAGE_SIZE);
    var link = titleLinks()[next];
    if (link) {
      link.focus();
    }
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
  list.addEventListener('keydown', function (event) {
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
  setTimeout(buildFull, 0);
})();
