/*
 * Surveyor search engine, shared by the search page and the paper lists. The index is written by
 * the build in pieces (assets/search/): a manifest, shards of the word dictionary with their
 * postings, fragments of what a result shows, and the papers' themes and years. Each piece is a
 * script that adds itself to one global, loaded when a query needs it: scripts, not fetch, so it
 * works from disk (file://) and under any sub-path.
 *
 * The build stems every word, so a word is looked up as written and leads to its stem's papers.
 * Every query word must match (as a prefix too, so results come while typing; whole words score
 * more), or, when no paper has them all, the most of them, said as such; words joined by hyphens ("low-rank"), or side by side where the index holds them as one
 * word ("fine tuning"), ask for the compound first. Of typo candidates as far away, the commoner
 * counts more. A query that names an entity ("LoRA", "GRPO") finds first exactly the papers that
 * mention it, as its entity page counts them, then those holding a longer word its word begins
 * ("LoRAMoE"). Papers matching only by such a longer word follow those matching every word as
 * written. A query that begins an entity's name ("low-rank" of "low-rank adaptation") finds what
 * its words find and the entity's papers. Scores are BM25's with a title boost and a smaller one
 * for the sentence that says what a paper does (its summary), computed by the build. A query
 * naming a theme, or a theme's named sub-topic, finds its papers first. A result shown without a
 * matched word gets a snippet of its abstract (excerpt), loaded for it alone.
 */
window.SurveyorSearch = (function () {
  'use strict';

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var d = 0; d < ALPHABET.length; d++) {
    DIGIT[ALPHABET.charAt(d)] = d;
  }
  var PREFIX_SHARDS = 4; // shards a short prefix may load beyond its own
  var PREFIX_TERMS = 40; // the commonest terms a prefix stands for
  var PREFIX_WEIGHT = 0.6;
  var TYPO_WEIGHT = 0.5;
  var PARTS_WEIGHT = 0.15; // a compound's words found apart
  var SYNONYM_WEIGHT = 0.5; // a paper found by a curated synonym of a query word, not the word
  var BY_SYNONYM = 'synonym'; // ... whose title holds the synonym: a title match, not one that lifts
  var MIN_PREFIX = 4; // an entity query's word also finds longer words from this many letters
  var NEAR_PARTS = 3; // a query of this many parts or more also finds the papers missing one
  var TITLE_BAND = 32; // a posting scored this or more has the term in its title (SearchIndexer)
  var TITLE_TOP = 1023; // ... and is read as TITLE_BAND to twice it, in fine steps
  // Words that join the things a query compares ("sft vs rl"), dropped from a query as stop words
  // are, though the index keeps them: read as a word, "vs" was asked of every paper (review 13).
  var CONNECTIVES = ['vs', 'versus'];
  var WORD = /[\p{L}\p{Nd}]/u;
  var HYPHEN = /[-\u2010\u2011]/;

  var script = document.currentScript;
  var base = script ? script.src.replace(/[^/]*$/, '') : '';
  var loading = {};

  /** A key's value only when the object holds it: "constructor" is a word, not a method. */
  function own(object, key) {
    return object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  function store() {
    return self.SURVEYOR_SEARCH || (self.SURVEYOR_SEARCH = {});
  }

  /** A piece of the index by name ("index", "s-lo", "f-12", "facets"), loaded once. */
  function piece(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        if (store()[name]) {
          resolve(store()[name]);
          return;
        }
        var tag = document.createElement('script');
        tag.src = base + 'search/' + (name === 'index' ? 'index' : name) + '.js';
        tag.onload = function () {
          if (store()[name]) {
            resolve(store()[name]);
          } else {
            reject(new Error('search index piece missing: ' + tag.src));
          }
        };
        tag.onerror = function () {
          reject(new Error('cannot load ' + tag.src));
        };
        document.head.appendChild(tag);
      });
    }
    return loading[name];
  }

  /** Numbers from the index's text (see SearchCodes.java). */
  function numbers(text) {
    var out = [];
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charAt(i)];
      value = value * 32 + (digit & 31);
      if ((digit & 32) === 0) {
        out.push(value);
        value = 0;
      }
    }
    return out;
  }

  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  }

  /** Runs of letters and digits, as SearchWords.java cuts them; with hyphens kept as joins. */
  function runs(text) {
    var out = [];
    var i = 0;
    while (i < text.length) {
      if (!WORD.test(text.charAt(i))) {
        i++;
        continue;
      }
      var start = i;
      while (i < text.length && WORD.test(text.charAt(i))) {
        i++;
      }
      out.push({ word: text.slice(start, i), joined: i + 1 < text.length && HYPHEN.test(text.charAt(i)) &&
          WORD.test(text.charAt(i + 1)) });
    }
    return out;
  }

  function shardName(key) {
    var name = 's-';
    for (var i = 0; i < key.length; i++) {
      var c = key.charAt(i);
      name += /[a-z0-9]/.test(c) ? c : '_' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
    }
    return name;
  }

  /**
   * Edits from a to b, two letters swapped counting as one ("lroa": "lora", "thougth": "thought"),
   * as people mistype (optimal string alignment); more than {@code most} is most + 1.
   */
  function editDistance(a, b, most) {
    if (Math.abs(a.length - b.length) > most) {
      return most + 1;
    }
    var before = null; // the row two letters of a back
    var row = [];
    for (var j = 0; j <= b.length; j++) {
      row.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var next = [i];
      var least = i;
      for (var k = 1; k <= b.length; k++) {
        var d = Math.min(row[k] + 1, next[k - 1] + 1, row[k - 1] + (a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1));
        if (before && i > 1 && k > 1 && a.charAt(i - 1) === b.charAt(k - 2) && a.charAt(i - 2) === b.charAt(k - 1)) {
          d = Math.min(d, before[k - 2] + 1);
        }
        next.push(d);
        least = Math.min(least, d);
      }
      if (least > most) {
        return most + 1;
      }
      before = row;
      row = next;
    }
    return row[b.length];
  }

  /**
   * A typo is read as one word: the nearest, and of those as near the commonest, as a spelling
   * corrector would ("tunning": "tuning", not "turning"; "instrction" is not also "instruct").
   * Several would widen the query beyond what the right spelling finds.
   */
  function nearest(word, shards) {
    var most = word.length >= 8 ? 2 : 1;
    var near = [];
    shards.forEach(function (shard) {
      Object.keys(shard.forms).forEach(function (form) {
        var distance = editDistance(word, form, most);
        if (distance <= most) {
          near.push({ shard: shard, form: form, weight: TYPO_WEIGHT / distance, distance: distance });
        }
      });
    });
    var least = Math.min.apply(null, near.map(function (w) { return w.distance; }));
    return near.filter(function (w) { return w.distance === least; });
  }

  function Engine(manifest) {
    this.manifest = manifest;
    this.keys = Object.create(null);
    this.sorted = manifest.shards.slice().sort();
    var keys = this.keys;
    manifest.shards.forEach(function (key) { keys[key] = true; });
    this.stop = Object.create(null);
    var stop = this.stop;
    manifest.stop.concat(CONNECTIVES).forEach(function (word) { stop[word] = true; });
    // The curator's synonym groups (survey.md, search_synonyms): each form of a group's one-word
    // names, as the index holds them, leads to its group and which of its names it is.
    this.synonymOf = Object.create(null);
    var synonymOf = this.synonymOf;
    (manifest.synonyms || []).forEach(function (group, g) {
      Object.keys(group.f).forEach(function (form) { synonymOf[form] = { group: g, name: group.f[form] }; });
    });
  }

  /**
   * The query's units: a word, or words joined by hyphens; stop words left out. A word keeps its
   * place among the query's words (at), so that only words written side by side are read together.
   */
  Engine.prototype.units = function (query) {
    var stop = this.stop;
    var units = [];
    var parts = [];
    runs(fold(query)).forEach(function (run, at) {
      parts.push(run.word);
      if (!run.joined) {
        var kept = parts.filter(function (w) { return !stop[w]; });
        if (parts.length > 1) {
          units.push({ joined: parts.join(''), parts: kept, from: at + 1 - parts.length, to: at + 1 });
        } else if (kept.length) {
          units.push({ word: kept[0], at: at, from: at, to: at + 1 });
        }
        parts = [];
      }
    });
    return units;
  };

  /** The shard a word belongs to: the longest shard key it starts with. */
  Engine.prototype.keyOf = function (word) {
    for (var end = word.length; end >= 0; end--) {
      if (this.keys[word.slice(0, end)]) {
        return word.slice(0, end);
      }
    }
    return null;
  };

  Engine.prototype.shard = function (key) {
    return piece(shardName(key)).then(function (shard) {
      shard.key = key;
      // The build leaves out what a shard has none of (a shard may hold only entity names).
      shard.forms = shard.forms || {};
      shard.terms = shard.terms || [];
      shard.phrases = shard.phrases || {};
      return shard;
    });
  };

  /** A posting's score as ranked: a title's, written in fine steps, at most twice a text's. */
  function level(score) {
    return score < TITLE_BAND ? score : TITLE_BAND + (score - TITLE_BAND) * (TITLE_BAND - 1) / (TITLE_TOP - TITLE_BAND);
  }

  /**
   * The postings of a term, decoded once: papers and their scores (idf × score in the term). A
   * common term lists its best postings with scores and every paper holding it as bits (a); the
   * papers only there score f, their mean.
   */
  function postings(term) {
    if (!term.docs) {
      var values = numbers(term.p);
      var docs = [];
      var scores = [];
      var titles = [];
      var doc = -1;
      for (var i = 0; i < values.length; i += 2) {
        doc += values[i];
        docs.push(doc);
        scores.push(level(values[i + 1]) * term.w / 100);
        titles.push(values[i + 1] >= TITLE_BAND);
      }
      if (term.a) {
        var head = docs;
        var headScores = scores;
        var headTitles = titles;
        var next = 0;
        docs = [];
        scores = [];
        titles = [];
        for (var c = 0; c < term.a.length; c++) {
          var bits = DIGIT[term.a.charAt(c)];
          for (var bit = 0; bits !== 0 && bit < 6; bit++, bits >>= 1) {
            if (bits & 1) {
              var paper = c * 6 + bit;
              docs.push(paper);
              if (head[next] === paper) {
                titles.push(headTitles[next]);
                scores.push(headScores[next++]);
              } else {
                titles.push(term.f >= TITLE_BAND);
                scores.push(level(term.f) * term.w / 100);
              }
            }
          }
        }
      }
      term.docs = docs;
      term.scores = scores;
      term.titles = titles;
    }
    return term;
  }

  /**
   * The papers holding a term only in other forms than its home form ({doc: true}), or null: a
   * query for the home form finds them after the papers writing it.
   */
  function variants(term) {
    if (term.variants === undefined) {
      var odd = null;
      if (term.o || term.b) {
        odd = {};
        if (term.o) {
          var doc = -1;
          numbers(term.o).forEach(function (gap) {
            doc += gap;
            odd[doc] = true;
          });
        } else {
          for (var c = 0; c < term.b.length; c++) {
            for (var bits = DIGIT[term.b.charAt(c)], b = 0; bits !== 0; b++, bits >>= 1) {
              if (bits & 1) {
                odd[c * 6 + b] = true;
              }
            }
          }
        }
      }
      term.variants = odd;
    }
    return term.variants;
  }

  /**
   * The papers holding a term only as a part of a model's name ({doc: true}; "Distill" of
   * DeepSeek-R1-Distill-Qwen), or null: they rank as lacking the word.
   */
  function nameOnly(term) {
    if (term.named === undefined) {
      var only = null;
      if (term.n) {
        only = {};
        var doc = -1;
        numbers(term.n).forEach(function (gap) {
          doc += gap;
          only[doc] = true;
        });
      }
      term.named = only;
    }
    return term.named;
  }

  /** How many papers hold a term: its postings (a number ends at a character below 32), or its bits. */
  function size(term) {
    if (term.df === undefined) {
      var count = 0;
      var text = term.a || term.p;
      for (var i = 0; i < text.length; i++) {
        var digit = DIGIT[text.charAt(i)];
        if (term.a) {
          for (; digit; digit >>= 1) {
            count += digit & 1;
          }
        } else if ((digit & 32) === 0) {
          count++;
        }
      }
      term.df = term.a ? count : count / 2;
    }
    return term.df;
  }

  /** The terms a form stands for, following a form that points to its stem's home shard. */
  Engine.prototype.termsOf = function (shard, form) {
    var self = this;
    var refs = own(shard.forms, form) || [];
    // A form's first term is its stem's; any after it a comparative's base ("short" of "shorter").
    return Promise.all(refs.map(function (ref, i) {
      if (typeof ref === 'number') {
        return [{ shard: shard, n: ref, base: i > 0 }];
      }
      var key = self.keyOf(ref);
      return key === null ? [] : self.shard(key).then(function (home) {
        return (own(home.forms, ref) || []).map(function (n, k) { return { shard: home, n: n, base: i > 0 || k > 0 }; })
            .filter(function (t) { return typeof t.n === 'number'; });
      });
    })).then(function (lists) { return [].concat.apply([], lists); });
  };

  /**
   * Papers matching one word: its own forms fully, longer words it begins less, and, when
   * nothing has either, words one or two letters away (the commoner of those as far away more).
   * Returns {scores: {doc: score}, terms}.
   */
  Engine.prototype.word = function (word, prefix) {
    var self = this;
    var own = this.keyOf(word);
    var keys = own === null ? [] : [own];
    if (prefix) {
      keys = keys.concat(this.sorted.filter(function (key) {
        return key.length > word.length && key.lastIndexOf(word, 0) === 0;
      }).slice(0, PREFIX_SHARDS));
    }
    return Promise.all(keys.map(function (key) { return self.shard(key); })).then(function (shards) {
      var wanted = [];
      shards.forEach(function (shard, at) {
        Object.keys(shard.forms).forEach(function (form) {
          if (form === word) {
            wanted.push({ shard: shard, form: form, weight: 1 });
          } else if (prefix && form.lastIndexOf(word, 0) === 0) {
            wanted.push({ shard: shard, form: form, weight: PREFIX_WEIGHT, local: true });
          }
        });
      });
      if (wanted.length > 0 || word.length < 4 || shards.length === 0) {
        return wanted;
      }
      // A typo in the first two letters ("lroa") is the word of another shard: it too is read,
      // in a second round of loads, only when nothing is found.
      var swapped = self.keyOf(word.charAt(1) + word.charAt(0) + word.slice(2));
      var other = swapped === null || swapped === shards[0].key ? Promise.resolve([]) : self.shard(swapped).then(function (shard) {
        return [shard];
      });
      return other.then(function (more) { return nearest(word, [shards[0]].concat(more)); });
    }).then(function (wanted) {
      return Promise.all(wanted.map(function (w) {
        // A longer word found only by its prefix is followed to another shard only when loaded.
        var refs = w.shard.forms[w.form];
        if (w.local && refs.some(function (r) { return typeof r !== 'number' && !loading[shardName(self.keyOf(r) || '')]; })) {
          return [];
        }
        return self.termsOf(w.shard, w.form).then(function (terms) {
          return terms.map(function (t) {
            return { shard: t.shard, n: t.n, weight: w.weight, distance: w.distance, form: w.form, base: t.base && !w.local };
          });
        });
      }));
    }).then(function (lists) {
      var found = [].concat.apply([], lists);
      var typo = null; // the commonest term of the nearest words
      found.forEach(function (t) {
        if (t.distance && (!typo || size(t.shard.terms[t.n]) > size(typo.shard.terms[typo.n]))) {
          typo = t;
        }
      });
      found = found.filter(function (t) { return !t.distance || t === typo; });
      var best = {};
      found.forEach(function (t) {
        var id = t.shard.key + '\u0000' + t.n;
        if (!best[id] || best[id].weight < t.weight) {
          best[id] = t;
        }
      });
      var terms = Object.keys(best).sort().map(function (id) { return best[id]; });
      var exact = terms.filter(function (t) { return t.weight === 1; });
      var rest = terms.filter(function (t) { return t.weight < 1; }).sort(function (a, b) {
        return size(b.shard.terms[b.n]) - size(a.shard.terms[a.n]);
      }).slice(0, PREFIX_TERMS);
      terms = exact.concat(rest);
      var scores = {};
      var exact = {}; // papers holding the word itself (or, for a typo, the word meant)
      var titled = {}; // papers whose title holds it, or a longer word it begins
      // The index says which papers lack a stem's home form; of another form it cannot say. Most
      // words have no such papers, and skip this.
      var odd = terms.filter(function (t) {
        var term = t.shard.terms[t.n];
        return t.weight === 1 && !t.distance && term.h === t.form;
      }).map(function (t) { return variants(t.shard.terms[t.n]); });
      var written = odd.length ? {} : null; // papers holding the word as written, if not known
      // A longer word the word begins says no more than the word itself: it scores with the word's
      // rarity, not its own ("reasoning-aware", in one paper, gave ReFineVLA's title ten times
      // the weight of a title writing "Reasoning" for "reasoning distillation"). A word typed
      // only in part, found whole nowhere, keeps the longer words' own.
      var rarity = 0;
      terms.forEach(function (t) {
        if (t.weight === 1 && !t.distance) {
          rarity = Math.max(rarity, t.shard.terms[t.n].w);
        }
      });
      var prose = {}; // papers holding the word, or a longer word it begins, outside a model's name
      var asTyped = {}; // papers holding the word's own stem, not only a comparative's base
      var onlyBase = {};
      terms.forEach(function (t) {
        var term = postings(t.shard.terms[t.n]);
        term.docs.forEach(function (doc) { (t.base ? onlyBase : asTyped)[doc] = true; });
        var whole = t.weight === 1 || Boolean(t.distance);
        var lacks = written && t.weight === 1 && !t.distance && term.h === t.form ? variants(term) : null;
        var weight = t.weight * (whole || !rarity ? 1 : Math.min(1, rarity / term.w));
        var onlyNamed = nameOnly(term);
        for (var i = 0; i < term.docs.length; i++) {
          if (!(onlyNamed && onlyNamed[term.docs[i]])) {
            prose[term.docs[i]] = true;
          }
          if (written && whole && !(lacks && lacks[term.docs[i]])) {
            written[term.docs[i]] = true;
          }
          var s = term.scores[i] * weight;
          if (!(scores[term.docs[i]] >= s)) {
            scores[term.docs[i]] = s;
          }
          if (whole) {
            exact[term.docs[i]] = true;
          }
          if (term.titles[i]) {
            titled[term.docs[i]] = true;
          }
        }
      });
      var variant = {}; // papers holding the word only in another form ("reinforcing")
      odd.forEach(function (lacking) {
        Object.keys(lacking).forEach(function (doc) {
          if (!written[doc]) {
            variant[doc] = true;
          }
        });
      });
      // A comparative's base ranks after the word as typed, as another form of it does: "shorter"
      // lists the papers writing "shorter" before those writing only "short".
      Object.keys(onlyBase).forEach(function (doc) {
        if (!asTyped[doc]) {
          variant[doc] = true;
        }
      });
      var inName = {}; // papers holding it only in a model's name: "distill" in R1-Distill-Qwen
      Object.keys(scores).forEach(function (doc) {
        if (!prose[doc]) {
          inName[doc] = true;
        }
      });
      return { scores: scores, terms: terms, exact: exact, titled: titled, variant: variant, inName: inName,
        meant: typo ? typo.form : null };
    });
  };

  /** The papers of a set written as gaps (p, the first counted from -1) or bits (a), ascending. */
  function memberDocs(members) {
    var docs = [];
    if (members.a) {
      for (var c = 0; c < members.a.length; c++) {
        for (var bits = DIGIT[members.a.charAt(c)], b = 0; bits !== 0; b++, bits >>= 1) {
          if (bits & 1) {
            docs.push(c * 6 + b);
          }
        }
      }
    } else {
      var doc = -1;
      numbers(members.p || '').forEach(function (gap) {
        doc += gap;
        docs.push(doc);
      });
    }
    return docs;
  }

  /** The papers of such a set as {doc: true}; {} for none. */
  function papersOf(members) {
    var out = {};
    memberDocs(members || {}).forEach(function (doc) { out[doc] = true; });
    return out;
  }

  /** The papers in every map, their scores summed; walks the smallest map (a rare word's). */
  function intersect(maps, weight) {
    if (maps.length === 0) {
      return {};
    }
    var lists = maps.map(function (map) { return Object.keys(map); });
    var least = 0;
    lists.forEach(function (list, i) {
      if (list.length < lists[least].length) {
        least = i;
      }
    });
    var out = {};
    lists[least].forEach(function (doc) {
      var sum = 0;
      for (var i = 0; i < maps.length; i++) {
        if (maps[i][doc] === undefined) {
          return;
        }
        sum += maps[i][doc];
      }
      out[doc] = sum * weight;
    });
    return out;
  }

  /**
   * The papers holding the most of the parts' words, when none holds all: {matched: how many,
   * scores: theirs summed over the parts they hold}; matched 0 when no part finds a paper.
   */
  function mostOf(found) {
    var held = {};
    var sums = {};
    found.forEach(function (f) {
      Object.keys(f.scores).forEach(function (doc) {
        held[doc] = (held[doc] || 0) + 1;
        sums[doc] = (sums[doc] || 0) + f.scores[doc];
      });
    });
    var matched = 0;
    Object.keys(held).forEach(function (doc) { matched = Math.max(matched, held[doc]); });
    var scores = {};
    Object.keys(held).forEach(function (doc) {
      if (held[doc] === matched) {
        scores[doc] = sums[doc];
      }
    });
    return { matched: matched, scores: scores };
  }

  /**
   * A unit's papers: a word's, or a compound's (joined, else its words together, less). A
   * compound's word apart widens to its curated synonyms as the word alone would ({@code groups}:
   * the query's count of each group's words), so "easy-to-hard" finds what "easy to hard" finds.
   */
  Engine.prototype.unit = function (unit, groups) {
    var self = this;
    if (unit.word) {
      return this.word(unit.word, true);
    }
    return Promise.all([this.word(unit.joined, true)].concat(unit.parts.map(function (part) {
      var synonym = own(self.synonymOf, part);
      var found = self.word(part, false);
      return synonym && groups && groups[synonym.group] === 1 ? self.withSynonyms(found, synonym, part) : found;
    }))).then(function (found) {
      var joined = found[0];
      var apart = found.length > 1 ? intersect(found.slice(1).map(function (f) { return f.scores; }), PARTS_WEIGHT) : {};
      var scores = {};
      Object.keys(apart).forEach(function (doc) { scores[doc] = apart[doc]; });
      Object.keys(joined.scores).forEach(function (doc) {
        scores[doc] = Math.max(scores[doc] || 0, joined.scores[doc]);
      });
      // A compound ranks by its own scores (joined before apart): no paper of it is a prefix's.
      var widened = found.slice(1).filter(function (f) { return f.synonyms; })[0];
      // Found through a word apart's synonym, not the compound: said as the word alone's would be.
      var synonym = {};
      found.slice(1).forEach(function (f) {
        Object.keys(f.synonym || {}).forEach(function (doc) {
          if (apart[doc] !== undefined && joined.scores[doc] === undefined) {
            synonym[doc] = f.synonym[doc];
          }
        });
      });
      return { scores: scores, terms: [].concat.apply([], found.map(function (f) { return f.terms; })), exact: scores,
        titled: joined.titled, synonyms: widened ? widened.synonyms : null, synonym: synonym };
    });
  };

  /** How many of the query's words name each synonym group: {group: count}. */
  Engine.prototype.synonymGroups = function (units) {
    var self = this;
    var groups = {};
    units.forEach(function (unit) {
      (unit.word ? [unit.word] : unit.parts).forEach(function (word) {
        var synonym = own(self.synonymOf, word);
        if (synonym) {
          groups[synonym.group] = (groups[synonym.group] || 0) + 1;
        }
      });
    });
    return groups;
  };

  /**
   * A word's papers and those writing one of its curated synonyms instead ("teacher" and
   * "knowledge transfer" for "distill"), which score SYNONYM_WEIGHT of theirs, rank after the
   * papers writing the word (as a longer word a word begins does) and count a title holding the
   * synonym as a title holding the word (the curator calls them one thing; the tier weighs titles by
   * what they say, the score still ranks the synonym's papers after). A query naming two words of one group ("teacher
   * student") asks for both, so neither is widened: the caller leaves those words alone.
   */
  Engine.prototype.withSynonyms = function (found, synonym, word) {
    var self = this;
    var group = this.manifest.synonyms[synonym.group];
    var others = group.w.map(function (name, i) { return i; }).filter(function (i) { return i !== synonym.name; });
    var names = others.map(function (i) { return group.w[i]; });
    return Promise.all([found, Promise.all(names.map(function (name) {
      return Promise.all(name.map(function (word) { return self.word(word, false); }));
    }))]).then(function (both) {
      var out = both[0];
      var said = [];
      both[1].forEach(function (words, i) {
        var scores = intersect(words.map(function (w) { return w.scores; }), SYNONYM_WEIGHT / words.length);
        // A name of several words counts where the build found its words together, not anywhere
        // ("reinforcement learning" of "rl": CLIMB writes "to reinforce" and "learning").
        var together = words.length > 1 && group.p ? papersOf(group.p[others[i]]) : null;
        var titles = together && group.t ? papersOf(group.t[others[i]]) : null;
        var docs = Object.keys(scores).filter(function (doc) { return !together || together[doc]; });
        if (docs.length === 0) {
          return;
        }
        said.push(names[i].join(' '));
        words.forEach(function (w) { out.terms = out.terms.concat(w.terms); });
        docs.forEach(function (doc) {
          var titled = titles ? Boolean(titles[doc]) : words.every(function (w) { return w.titled[doc]; });
          if (out.scores[doc] === undefined || (out.synonym && out.synonym[doc] && out.scores[doc] < scores[doc])
              || (out.inName && out.inName[doc])) {
            out.scores[doc] = scores[doc];
            out.synonym = out.synonym || {};
            out.synonym[doc] = said[said.length - 1]; // the name it was found by
            if (out.inName) {
              delete out.inName[doc];
            }
          }
          if (titled && !out.titled[doc]) {
            out.titled[doc] = BY_SYNONYM;
          }
        });
      });
      out.synonyms = said.length ? { word: word, names: said } : null;
      return out;
    });
  };

  /**
   * Two words written side by side that the index holds as one word ("fine tuning": "fine-tuning",
   * "finetuning"), read as that compound, as "fine-tuning" is, or null: the compound first, the
   * words apart after ("fine" apart from "tuning" is mostly "fine-grained").
   */
  Engine.prototype.together = function (first, second, between, groups) {
    var self = this;
    var unit = { joined: first.word + between.join('') + second.word, parts: [first.word, second.word], from: first.from,
      to: second.to };
    var key = this.keyOf(unit.joined);
    if (key === null) {
      return Promise.resolve(null);
    }
    return this.shard(key).then(function (shard) {
      return own(shard.forms, unit.joined) ? self.unit(unit, groups) : null;
    }).then(function (found) {
      return found ? { unit: unit, found: found } : null;
    });
  };

  /**
   * The units' papers, in order; side-by-side words the index holds as one read as it. All of it
   * is asked for at once, so the shards load in one round.
   */
  Engine.prototype.read = function (units, words) {
    var self = this;
    var groups = this.synonymGroups(units);
    var apart = units.map(function (unit) {
      var found = self.unit(unit, groups);
      var synonym = unit.word ? own(self.synonymOf, unit.word) : undefined;
      if (synonym || !unit.word) {
        return synonym && groups[synonym.group] === 1 ? self.withSynonyms(found, synonym, unit.word) : found;
      }
      // A typo widens as the word meant does ("distilation"), once that word is known.
      return found.then(function (f) {
        var meant = f.meant ? own(self.synonymOf, f.meant) : undefined;
        return meant && !groups[meant.group] ? self.withSynonyms(f, meant, f.meant) : f;
      });
    });
    // Words with only stop words between them are side by side too: "easy to hard" is the
    // compound "easy-to-hard" when the index holds it, as the hyphenated query reads it.
    var pairs = units.map(function (unit, i) {
      var next = units[i + 1];
      return unit.word && next && next.word ? self.together(unit, next, words.slice(unit.at + 1, next.at), groups) : null;
    });
    return Promise.all([Promise.all(apart), Promise.all(pairs)]).then(function (both) {
      var read = { units: [], found: [] };
      for (var i = 0; i < units.length; i++) {
        var pair = both[1][i];
        read.units.push(pair ? pair.unit : units[i]);
        read.found.push(pair ? pair.found : both[0][i]);
        i += pair ? 1 : 0;
      }
      return read;
    });
  };

  /** The entity a whole query names, if any: its term here, else null. */
  Engine.prototype.entity = function (query) {
    var phrase = runs(fold(query)).map(function (r) { return r.word; }).join(' ');
    var cased = runs(query).map(function (r) { return r.word; }).join(' ');
    var key = phrase ? this.keyOf(phrase) : null;
    if (key === null) {
      return Promise.resolve(null);
    }
    return this.shard(key).then(function (shard) {
      var named = (own(shard.phrases, phrase) || []).filter(function (p) {
        return !p.c || p.c.split('|').indexOf(cased) >= 0;
      });
      return named.length ? { shard: shard, n: named[0].t, weight: 1, cased: Boolean(named[0].c), via: named[0].s,
        start: Boolean(named[0].p), written: named[0].w || [] } : null;
    });
  };

  /**
   * An entity query's papers: the entity's, then those only holding a longer word that starts with
   * the query's one word ("lora": "LoRAMoE"), which rank below them; not for a name matched only
   * as written.
   */
  function named(entity, units, words, via) {
    var term = postings(entity.shard.terms[entity.n]);
    var scores = {};
    var exact = {};
    var titled = {};
    term.docs.forEach(function (doc, i) {
      scores[doc] = term.scores[i];
      exact[doc] = true;
      if (term.titles[i]) {
        titled[doc] = true;
      }
    });
    var longer = [];
    // A name matched only as written ("MATH", the benchmark) is not the start of other words.
    var begun = via || (!entity.cased && units.length === 1 && units[0].word && units[0].word.length >= MIN_PREFIX ?
      words[0] : null);
    if (begun) {
      longer = begun.terms.filter(function (t) { return t.weight < 1 && !t.distance; });
      longer.forEach(function (t) {
        var more = postings(t.shard.terms[t.n]);
        more.docs.forEach(function (doc, i) {
          var s = more.scores[i] * t.weight;
          if (!exact[doc] && !(scores[doc] >= s)) {
            scores[doc] = s;
          }
          if (!exact[doc] && more.titles[i]) {
            titled[doc] = true;
          }
        });
      });
    }
    return { scores: scores, terms: longer, exact: exact, titled: titled };
  }

  /**
   * A query that only begins an entity's name ("low-rank" of "low-rank adaptation"): the papers its
   * words find as text, and the entity's (with the longer words its abbreviation begins), each
   * scored the better of the two: how central the entity is to a paper, or how much it uses the
   * words.
   */
  function startOfName(byName, found) {
    var text = intersect(found.map(function (f) { return f.scores; }), 1);
    var out = { scores: byName.scores, exact: byName.exact, titled: byName.titled,
      terms: [].concat.apply(byName.terms, found.map(function (f) { return f.terms; })) };
    Object.keys(text).forEach(function (doc) {
      if (!(out.scores[doc] >= text[doc])) {
        out.scores[doc] = text[doc];
      }
      if (found.every(function (f) { return f.exact[doc] !== undefined; })) {
        out.exact[doc] = true;
      }
      if (found.every(function (f) { return f.titled[doc]; })) {
        out.titled[doc] = true;
      }
    });
    return out;
  }

  /**
   * The terms a word leads to in the shards already loaded ("shard key\u0000number"), following a
   * form that points to its stem's home shard; [] when its shard is not loaded or lacks it.
   */
  Engine.prototype.termIds = function (word) {
    var self = this;
    var key = this.keyOf(word);
    var shard = key === null ? null : store()[shardName(key)];
    var out = [];
    (own(shard && shard.forms, word) || []).forEach(function (ref) {
      if (typeof ref === 'number') {
        out.push(key + '\u0000' + ref);
        return;
      }
      var homeKey = self.keyOf(ref);
      var home = homeKey === null ? null : store()[shardName(homeKey)];
      (own(home && home.forms, ref) || []).forEach(function (n) {
        if (typeof n === 'number') {
          out.push(homeKey + '\u0000' + n);
        }
      });
    });
    return out;
  };

  /** Whether two words are forms of one stem ("prompts", "prompt"), by the terms they lead to. */
  Engine.prototype.sameTerm = function (a, b) {
    if (a === b) {
      return true;
    }
    var mine = this.termIds(a);
    return this.termIds(b).some(function (id) { return mine.indexOf(id) >= 0; });
  };

  /**
   * The themes the query's words name ("curriculum", "instruction tuning", "PEFT"), or a theme's
   * named sub-topic ("soft prompt", any form of its words, or as written before a typo was read
   * ({@code asked}); numbered after the themes): each a span of
   * whole parts (the words read as one unit or entity), the longest first, left to right.
   */
  Engine.prototype.themeSpans = function (words, parts, asked) {
    var self = this;
    var themes = this.manifest.themes;
    var groups = this.manifest.groups || [];
    var starts = {};
    var ends = {};
    parts.forEach(function (p) { starts[p.from] = true; ends[p.to] = true; });
    var spans = [];
    for (var from = 0; from < words.length; from++) {
      if (!starts[from]) {
        continue;
      }
      for (var to = words.length; to > from; to--) {
        var phrase = words.slice(from, to).join(' ');
        var bit = -1;
        themes.forEach(function (t, i) {
          if (bit < 0 && (t.q || []).indexOf(phrase) >= 0) {
            bit = i;
          }
        });
        var keep = function (w) { return !self.stop[w]; };
        var kept = words.slice(from, to).filter(keep);
        var typed = (asked || words).slice(from, to).filter(keep); // before a typo was read
        groups.forEach(function (g, i) {
          var q = g.q.split(' ');
          if (bit < 0 && q.length === kept.length && q.every(function (w, k) {
            return typed[k] === w || self.sameTerm(kept[k], w);
          })) {
            bit = themes.length + i;
          }
        });
        if (ends[to] && bit >= 0) {
          spans.push({ from: from, to: to, bit: bit });
          from = to - 1;
          break;
        }
      }
    }
    return spans;
  };

  /**
   * The parts a theme's span covers, read as one: the papers matching all of them as text, then
   * the theme's other papers (theme: matched by membership alone, scoring nothing here).
   */
  function themed(span, covered, members) {
    var text = intersect(covered.map(function (p) { return p.found.scores; }), 1);
    var every = function (key, doc) {
      return covered.every(function (p) { return p.found[key][doc] !== undefined; });
    };
    var found = { scores: text, exact: {}, titled: {}, theme: {},
      terms: [].concat.apply([], covered.map(function (p) { return p.found.terms; })) };
    var member = {};
    members.forEach(function (doc) { member[doc] = true; });
    Object.keys(text).forEach(function (doc) {
      // A name of several words is a phrase: a longer word one of them begins breaks it, and a
      // paper holding only that is no mention of the name ("software" and "prompt formatting"
      // listed A Sober Look ... for "soft prompt", as mentioning it)
      if (span.to - span.from > 1 && !member[doc] && !every('exact', doc)) {
        delete text[doc];
        return;
      }
      if (every('exact', doc)) {
        found.exact[doc] = true;
      }
      if (every('titled', doc)) {
        found.titled[doc] = true;
      }
    });
    members.forEach(function (doc) {
      if (text[doc] === undefined) {
        found.scores[doc] = 0;
        found.exact[doc] = true;
        found.theme[doc] = true;
      }
    });
    return { from: span.from, to: span.to, found: found };
  }

  /**
   * The themes (by place in the manifest) whose name is some run of the query's words: their
   * members are asked for with the words' shards, before the query's parts are known.
   */
  Engine.prototype.themesNamed = function (words) {
    var bits = [];
    var phrases = {};
    for (var from = 0; from < words.length; from++) {
      for (var to = from + 1; to <= words.length; to++) {
        phrases[words.slice(from, to).join(' ')] = true;
      }
    }
    var themes = this.manifest.themes;
    themes.forEach(function (t, i) {
      if ((t.q || []).some(function (q) { return phrases[q]; })) {
        bits.push(i);
      }
    });
    // A sub-topic named in the forms its name is stored in ("soft prompt"); another form of its
    // words ("soft prompts") loads the members once the words' shards tell it.
    var stop = this.stop;
    var kept = words.filter(function (w) { return !stop[w]; });
    var keptPhrases = {};
    for (var a = 0; a < kept.length; a++) {
      for (var b = a + 1; b <= kept.length; b++) {
        keptPhrases[kept.slice(a, b).join(' ')] = true;
      }
    }
    (this.manifest.groups || []).forEach(function (g, i) {
      if (keptPhrases[g.q]) {
        bits.push(themes.length + i);
      }
    });
    return bits;
  };

  /**
   * What a span names: a theme ({name}) or a theme's sub-topic ({name, of: the theme's name}), by
   * its number in themeSpans.
   */
  Engine.prototype.place = function (bit) {
    var themes = this.manifest.themes;
    if (bit < themes.length) {
      return { name: themes[bit].name };
    }
    var group = this.manifest.groups[bit - themes.length];
    var of = themes.filter(function (t) { return t.slug === group.m; })[0];
    return { name: group.name, of: of ? of.name : '' };
  };

  /** A theme's (or sub-topic's) papers by number, ascending (see SearchCodes.members), loaded once. */
  Engine.prototype.members = function (bit) {
    var themes = this.manifest.themes.length;
    return piece(bit < themes ? 't-' + bit : 'g-' + (bit - themes)).then(function (members) {
      members.docs = members.docs || memberDocs(members);
      return members.docs;
    });
  };

  /**
   * Searches: resolves to {docs, terms, units, exact, named, themes, corrected}: the matching papers best
   * first (ties in paper order), the terms that matched (for marking words), the papers matching
   * every word as written, not only by a longer word it begins, for a query that names an entity,
   * the word whose longer words also matched ({word}; exact is then the entity's papers), and for
   * one naming themes, their names, the papers in all of them, and those found only as a theme's
   * ({names, members, only, whole}: whole when one theme's name is the whole query); and for one
   * with a typo, the query's words as read (the word meant for the typo), else null; for one
   * naming a theme and an entity, the papers that mention the entity (mentioned). When no paper
   * matches every part (a word, a compound, a name, a theme), the papers matching the most of them,
   * ranked in the same order by the parts each matches, and partial: {matched, of}; else null.
   *
   * Order: for a query naming themes, the papers in all of them first (the count line names them
   * first); then papers matching every word as text before those a theme's membership alone
   * brought in; then by how much of the query's words their title holds, each word weighed by its
   * rarity (weigh; a longer word a word begins counts: "LoRAMoE" for "lora"); then those matching every word as written; then by score.
   */
  Engine.prototype.search = function (query) {
    var self = this;
    var units = this.units(query);
    if (units.length === 0) {
      return Promise.resolve({ docs: [], terms: [], units: units, exact: {}, named: null, themes: null });
    }
    var words = runs(fold(query)).map(function (r) { return r.word; });
    var asked = words.slice(); // as written, a typo too
    // The entity's shard, the words' shards and the members of the themes the words may name load
    // at once: one round of loads, not two.
    this.themesNamed(words).forEach(function (bit) {
      self.members(bit).catch(function () {}); // an error shows when the members are used
    });
    var read = this.read(units, words);
    var entity = null;
    var spans = [];
    var themes = null;
    var corrected = null; // the words, a typo read as the word meant
    var mentioned = null; // the papers that mention the entity the query names
    return Promise.all([this.entity(query), read]).then(function (both) {
      // A typo is read as the word meant, for a name too ("instrction tuning").
      var meant = words.slice();
      both[1].units.forEach(function (u, i) {
        if (u.word && both[1].found[i].meant) {
          meant[u.at] = both[1].found[i].meant;
        }
      });
      if (meant.join(' ') === words.join(' ')) {
        return both;
      }
      corrected = meant;
      if (both[0]) {
        return both;
      }
      words = meant;
      return self.entity(meant.join(' ')).then(function (fixed) { return [fixed, both[1]]; });
    }).then(function (both) {
      // A name its abbreviation spells out finds the abbreviation's longer words too.
      if (both[0] && both[0].via) {
        return self.word(both[0].via, true).then(function (via) { return both.concat([via]); });
      }
      // A name read through a typo ("lroa") finds the longer words the name begins, as it would.
      var one = both[1].units.length === 1 && both[1].units[0].word ? both[1].units[0] : null;
      if (both[0] && corrected && one) {
        return self.word(corrected[one.at], true).then(function (word) {
          both[1].found[0] = word;
          return both;
        });
      }
      return both;
    }).then(function (both) {
      entity = both[0];
      units = both[1].units;
      if (entity) {
        mentioned = postings(entity.shard.terms[entity.n]).docs.reduce(function (map, doc) {
          map[doc] = true;
          return map;
        }, {});
      }
      var byName = entity ? named(entity, units, both[1].found, both[2]) : null;
      var parts = entity ? [{ from: 0, to: words.length, found: entity.start ? startOfName(byName, both[1].found) : byName }]
          : units.map(function (u, i) { return { from: u.from, to: u.to, found: both[1].found[i] }; });
      spans = self.themeSpans(words, parts, asked);
      // A theme's name is read as the theme only in a query of nothing but names of themes and
      // sub-topics ("curriculum", "curriculum reasoning", "soft prompts"). In "distill reasoning
      // small models" "reasoning" is a word like the others: the count line said "8 papers in
      // the Reasoning theme", a theme the reader had not asked for (review 10).
      if (!covered(spans, words, self.stop)) {
        spans = [];
      }
      if (spans.length === 0) {
        return parts;
      }
      return Promise.all(spans.map(function (span) { return self.members(span.bit); })).then(function (members) {
        var out = [];
        var at = 0;
        spans.forEach(function (span, s) {
          for (; parts[at].from < span.from; at++) {
            out.push(parts[at]);
          }
          var covered = [];
          for (; at < parts.length && parts[at].to <= span.to; at++) {
            covered.push(parts[at]);
          }
          out.push(themed(span, covered, members[s]));
        });
        themes = { names: spans.map(function (s) { return self.place(s.bit).name; }),
          places: spans.map(function (s) { return self.place(s.bit); }), members: {}, only: {},
          whole: spans.length === 1 && spans[0].from === 0 && spans[0].to === words.length };
        // The papers in every theme named.
        var count = {};
        members.forEach(function (docs) {
          docs.forEach(function (doc) { count[doc] = (count[doc] || 0) + 1; });
        });
        Object.keys(count).forEach(function (doc) {
          if (count[doc] === members.length) {
            themes.members[doc] = true;
          }
        });
        return out.concat(parts.slice(at));
      });
    }).then(function (parts) {
      var found = parts.map(function (p) { return p.found; });
      var scores = intersect(found.map(function (f) { return f.scores; }), 1);
      // No paper with every word: those with the most of them, said as such (partial).
      var partial = null;
      if (found.length > 1 && Object.keys(scores).length === 0) {
        var most = mostOf(found);
        if (most.matched > 0) {
          scores = most.scores;
          partial = { matched: most.matched, of: found.length };
        }
      }
      // Papers with every word but one, when a query has three or more parts: shown after those
      // with all of them, said apart (review 10: "distill reasoning small models" missed "Large
      // Language Models Are Reasoning Teachers", which never writes "distill").
      var near = null;
      if (!partial && found.length >= NEAR_PARTS) {
        var nearScores = {};
        found.forEach(function (left, i) {
          var rest = intersect(found.filter(function (f, k) { return k !== i; }).map(function (f) { return f.scores; }), 1);
          Object.keys(rest).forEach(function (doc) {
            if (scores[doc] === undefined) {
              nearScores[doc] = rest[doc];
            }
          });
        });
        if (Object.keys(nearScores).length > 0) {
          near = { scores: nearScores, matched: found.length - 1, of: found.length };
        }
      }
      // A paper missing one word whose title holds every other ("Improving ... for Solving Math
      // Problems" for "math word problems") joins those with all of them, before those holding
      // them only in their texts (review 13: two such papers came first); after those whose
      // titles hold one, which more often write what the query asks ("distill" in "distill
      // reasoning small models", whose title-matching papers missing it came first).
      var lifted = {};
      if (near && !themes) {
        Object.keys(near.scores).forEach(function (doc) {
          if (found.every(function (f) { return f.scores[doc] === undefined || f.titled[doc] === true; })) {
            lifted[doc] = true;
            scores[doc] = near.scores[doc];
            delete near.scores[doc];
          }
        });
      }
      // Of two words, a paper lacking one whose title holds the other is about that: listed
      // after those with both, said apart ("catastrophic forgetting" missed "Mitigating Visual
      // Forgetting ..."); one lacking a word that its text alone holds is not, nor one whose title
      // holds a word most papers have ("reasoning" of "video reasoning"), which says little.
      if (!partial && !themes && found.length === 2) {
        var titledScores = {};
        found.forEach(function (f, i) {
          var other = found[1 - i];
          var docs = Object.keys(f.scores);
          (docs.length > self.manifest.papers / 2 ? [] : docs).forEach(function (doc) {
            if (f.titled[doc] && other.scores[doc] === undefined && scores[doc] === undefined) {
              titledScores[doc] = f.scores[doc];
            }
          });
        });
        if (Object.keys(titledScores).length > 0) {
          near = { scores: titledScores, matched: 1, of: 2, titled: true };
        }
      }
      var exact = {};
      weigh(found, self.manifest.papers);
      var docs = ranked(found, scores, Boolean(partial), themes, exact, self.manifest.papers, lifted);
      return {
        docs: docs,
        lifted: Object.keys(lifted).length ? lifted : null,
        near: near ? { docs: ranked(found, near.scores, true, themes, {}, self.manifest.papers, {}),
          matched: near.matched, of: near.of, titled: Boolean(near.titled) } : null,
        terms: [].concat.apply([], found.map(function (f) { return f.terms; })),
        units: units,
        exact: exact,
        named: entity && !entity.start ? { word: entity.via || (units.length === 1 && units[0].word ?
            (corrected ? corrected[units[0].at] : units[0].word) : null) } : null,
        themes: themes,
        mentioned: entity && !entity.start && themes ? mentioned : null,
        written: entity ? { names: entity.written, cased: entity.cased, via: entity.via } : null,
        corrected: corrected ? corrected.join(' ') : null,
        ignored: asked.filter(function (w, i) { return self.stop[w] && asked.indexOf(w) === i; }),
        synonyms: found.filter(function (f) { return f.synonyms; }).map(function (f) { return f.synonyms; }),
        bySynonym: bySynonym(found),
        partial: partial
      };
    });
  };

  /**
   * The papers some word found only through a curated synonym, each with the names it was found
   * by ({doc: ["teacher"]}), or null: the count line says why a paper never writing the word is listed.
   */
  function bySynonym(found) {
    var by = {};
    found.forEach(function (f) {
      Object.keys(f.synonym || {}).forEach(function (doc) {
        (by[doc] = by[doc] || []).push(f.synonym[doc]);
      });
    });
    return Object.keys(by).length ? by : null;
  }

  /**
   * The papers of {@code scores} best first, in the order search gives; of an answer holding only
   * some of the query's words ({@code some}), the words each paper has count, as if they were the
   * query. Marks in {@code exact} the papers matching their words as written, and in the themes'
   * {@code only} those found as a theme's member alone.
   */
  function ranked(found, scores, some, themes, exact, papers, lifted) {
    // Sorted through typed arrays: thousands of papers compare fast there, not in an object.
    var docs = Object.keys(scores).map(Number);
    var dense = new Float64Array(papers);
    var tier = new Float64Array(papers);
    docs.forEach(function (doc) {
      dense[doc] = scores[doc];
      var theme = 0;
      var titles = 0;
      var later = 0;
      var its = some || lifted[doc] ? found.filter(function (f) { return f.scores[doc] !== undefined; }) : found;
      its.forEach(function (f) {
        theme += f.theme && f.theme[doc] ? 1 : 0;
        titles += f.titled[doc] ? f.weight : 0;
      });
      // As written first, then another form of a word ("reinforcing" for "reinforcement"), then
      // a longer word a word begins.
      if (its.every(function (f) { return f.exact[doc] !== undefined; })) {
        exact[doc] = true;
        later = its.some(function (f) { return f.variant && f.variant[doc]; }) ? 1 : 0;
      } else {
        later = 2;
      }
      // The papers in every theme the query names first, as the count line says they are.
      var outside = themes && !themes.members[doc] ? 1 : 0;
      // A paper lacking a word, its title holding the others, ranks as a paper with every word
      // whose title holds that much less, after all of those: the word it lacks costs it that
      // word's weight ("SFT or RL? ..." for "rl vs sft generalization" lacks only "generalization",
      // a word most papers have, and its title names the two rare ones: it came 11th, after
      // titles naming only "Generation" or "Generality", and is 3rd).
      var lacking = 0;
      if (lifted[doc]) {
        found.forEach(function (f) { lacking += f.scores[doc] === undefined ? f.weight : 0; });
      }
      // A word held only in a model's name ("Distill" of DeepSeek-R1-Distill-Qwen, in a paper
      // that distils nothing) costs the paper that word's weight too: it came 2nd for "distill
      // reasoning small models", its title naming the two others.
      its.forEach(function (f) { lacking += f.inName && f.inName[doc] ? f.weight : 0; });
      tier[doc] = outside * 1e12 + theme * 1e11 + Math.round((lacking - titles) * 1e6) * 10 + (lifted[doc] ? 2.5 : later);
      if (theme && themes) {
        themes.only[doc] = true;
      }
    });
    docs.sort(function (a, b) {
      return tier[a] - tier[b] || dense[b] - dense[a] || a - b;
    });
    return docs;
  }

  /**
   * What a title holding each part's words says, as {@code weight} on each part: 1 for a word at most
   * a fifth of the papers have, else its BM25 idf's share of such a word's (SearchIndexer's idf, of
   * the papers the part finds). A title naming "models" or "reasoning" in a survey of reasoning
   * models says little; counted as a whole word, it put "Concise and Organized Perception
   * Facilitates Large Language Models for Deductive Reasoning" with the titles naming "SFT" and
   * "RL" (issue 22), and Porter's stem of "generalization" ("gener", of "generation" and "general"
   * too: 308 of 469 papers) made "Learning to Generate Research Idea" a title match for it, which
   * now weighs 0.26 of one.
   */
  function weigh(found, papers) {
    var fifth = papers / 5;
    var full = Math.log(1 + (papers - fifth + 0.5) / (fifth + 0.5));
    found.forEach(function (f) {
      var n = Object.keys(f.scores).length;
      // at least a thousandth: a title naming a word every paper has still outranks a text naming it
      f.weight = Math.max(0.001, Math.min(1, Math.log(1 + (papers - n + 0.5) / (n + 0.5)) / full));
    });
  }

  /** Whether the spans of theme names cover every word of the query but stop words. */
  function covered(spans, words, stop) {
    return spans.length > 0 && words.every(function (word, i) {
      return stop[word] || spans.some(function (span) { return span.from <= i && i < span.to; });
    });
  }

  /**
   * How much of a word of a shown text the query matched: all of a form of its terms, the part a
   * query word begins ("LoRA" of "LoRAMoE"), or 0.
   */
  Engine.prototype.marker = function (result) {
    var forms = {};
    var used = {};
    result.terms.forEach(function (t) {
      // A longer word a query word begins is marked for the part the query wrote.
      if (t.weight === 1 || t.distance) {
        used[t.shard.key + '\u0000' + t.n] = true;
      }
    });
    var seen = [];
    result.terms.forEach(function (t) {
      if (seen.indexOf(t.shard) >= 0) {
        return;
      }
      seen.push(t.shard);
      Object.keys(t.shard.forms).forEach(function (form) {
        t.shard.forms[form].forEach(function (ref) {
          if (typeof ref === 'number' && used[t.shard.key + '\u0000' + ref]) {
            forms[form] = true;
          }
        });
      });
    });
    var words = [];
    result.units.forEach(function (u) { words.push(u.word || u.joined); (u.parts || []).forEach(function (p) { words.push(p); }); });
    if (result.written && result.written.via) { // "LoRA" of "LoRAMoE", found for "low-rank adaptation"
      words.push(result.written.via);
    }
    return function (word) {
      var folded = fold(word);
      if (forms[folded]) {
        return word.length;
      }
      var begun = words.filter(function (w) { return folded.lastIndexOf(w, 0) === 0; })
          .reduce(function (a, w) { return Math.max(a, w.length); }, 0);
      if (begun === 0) {
        return 0;
      }
      for (var end = 1; end < word.length; end++) { // folding may change a word's length
        if (fold(word.slice(0, end)).length >= begun) {
          return end;
        }
      }
      return word.length;
    };
  };

  /** What results show, for the given papers, in their order. */
  Engine.prototype.fragments = function (docs) {
    var size = this.manifest.bundle;
    return Promise.all(docs.map(function (doc) {
      return piece('f-' + Math.floor(doc / size)).then(function (bundle) { return bundle[doc % size]; });
    }));
  };

  /** The abstracts of the given papers, in their order ('' where the index has none). */
  Engine.prototype.abstracts = function (docs) {
    var size = this.manifest.excerpts;
    return Promise.all(docs.map(function (doc) {
      return size ? piece('a-' + Math.floor(doc / size)).then(function (bundle) { return bundle[doc % size] || ''; })
          : Promise.resolve('');
    }));
  };

  /** Each paper's theme mask and year (a year of the manifest's list, or null). */
  Engine.prototype.facets = function () {
    var manifest = this.manifest;
    if (!this.facetsLoaded) {
      this.facetsLoaded = piece('facets').then(function (text) {
        var values = numbers(text);
        var masks = [];
        var years = [];
        for (var i = 0; i < values.length; i += 2) {
          masks.push(values[i]);
          years.push(values[i + 1] ? manifest.years[values[i + 1] - 1] : null);
        }
        return { masks: masks, years: years };
      });
    }
    return this.facetsLoaded;
  };

  /** A filter on facets: theme slug ('' any, 'other' none) and year ('' any, 'none' unknown). */
  Engine.prototype.filter = function (theme, year) {
    var bit = -1;
    this.manifest.themes.forEach(function (t, i) {
      if (t.slug === theme) {
        bit = i;
      }
    });
    var other = this.manifest.themes.length - 1;
    return this.facets().then(function (facets) {
      return function (doc) {
        var mask = facets.masks[doc];
        if (theme && (bit === other ? mask !== 0 : (mask & (1 << bit)) === 0)) {
          return false;
        }
        var y = facets.years[doc];
        return !year || (year === 'none' ? y === null : String(y) === year);
      };
    });
  };

  function grouped(n) {
    return n.toLocaleString('en-US');
  }

  function quoted(text) {
    return '\u201c' + text + '\u201d';
  }

  /**
   * What a search found, in a short sentence, as the search page and every list's filter say it:
   * of {@code docs} (the result's papers a page shows: all, or those a facet or a page keeps),
   * what matched and how. For a query of theme names, those in the themes, then the others the
   * words find (a page holding none of the theme's papers says only what its papers match); for
   * one naming an entity, those that mention it (as its page counts), then those only holding a
   * longer word; else how many. {@code near}, on the search page, is how many of the papers
   * missing one word it lists after them. {@code scope} goes before the full stop
   * (" (Reasoning)"). A typo says what was searched: "6 more mention “curriculum” (searched for
   * “curriculum”; no paper has “curriclum”)."
   */
  function describe(result, docs, query, scope, near) {
    // One parenthesis, not two side by side: "(not counting “vs”; “reinforcement learning” ... counting for “rl”)".
    return described(result, docs, query, scope, near).replace(/ \(not counting ([^()]*)\) \(/, ' (not counting $1; ');
  }

  function described(result, docs, query, scope, near) {
    var name = result.corrected || query.trim();
    var corrected = correction(result, query);
    var widened = synonymsCounted(result);
    // One parenthesis: "(searched for “distillation”; no paper has “distilation”; “teacher” ...)".
    var tail = (corrected && widened ? corrected.slice(0, -1) + '; ' + widened.slice(2) : corrected + widened) +
        (scope || '') + '.';
    var line;
    if (result.partial) {
      // "No paper has all three words of “…”; 12 have two of them (Reasoning)."
      return 'No paper has ' + allOf(result, query, result.partial.of) + '; ' +
          grouped(docs.length) + (docs.length === 1 ? ' has ' : ' have ') + spelled(result.partial.matched) + ' of them' + tail;
    }
    var themed = result.themes;
    var inside = themed ? docs.filter(function (doc) { return themed.members[doc]; }).length : 0;
    if (themed && inside > 0) {
      var more = docs.length - inside;
      var last = themed.names[themed.names.length - 1];
      var groups = (themed.places || []).some(function (p) { return p.of !== undefined; });
      var names = groups ? places(themed.places)
          : themed.names.length === 1 ? 'the ' + last + ' theme'
          : (themed.names.length === 2 ? 'both the ' : 'all of the ') + themed.names.slice(0, -1).join(', ') + ' and ' +
            last + ' themes';
      line = papers(inside) + ' in ' + names;
      if (result.mentioned) {
        // The name is an entity's too: each figure says what it counts, so the reader need not
        // work out that the theme's 58 and the 43 more make the entity page's 101.
        var all = docs.filter(function (doc) { return result.mentioned[doc]; }).length;
        var mentioning = docs.filter(function (doc) { return themed.members[doc] && result.mentioned[doc]; }).length;
        line += mentioning < inside ? ', ' + grouped(mentioning) + (mentioning === 1 ? ' of them mentions ' : ' of them mention ')
            : inside === 1 ? ', which mentions ' : ', all ' + grouped(inside) + ' mention ';
        line += quoted(name);
        if (more > 0) {
          line += '; ' + grouped(more) + ' more ' + (more === 1 ? 'mentions' : 'mention') + ' it outside ' +
              (themed.names.length === 1 ? 'the ' + (groups ? 'sub-topic' : 'theme') : 'them') +
              ' (' + grouped(all) + ' in all, as its entity page counts)';
        }
      } else if (more > 0) {
        line += '; ' + grouped(more) + ' more ' + (themed.whole ? holding(more, result, name)
            : (more === 1 ? 'matches ' : 'match ') + quoted(name));
      }
    } else if (result.named || result.mentioned) {
      var named = result.named || {};
      var exact = docs.filter(function (doc) { return (result.mentioned || result.exact)[doc]; }).length;
      var longer = docs.length - exact;
      line = exact === 0 ? 'No paper mentions ' + quoted(name)
          : papers(exact) + (exact === 1 ? ' mentions ' : ' mention ') + quoted(name);
      if (longer > 0 && named.word) {
        line += '; ' + grouped(longer) + (exact === 0 ? '' : ' more') + (longer === 1 ? ' contains' : ' contain') +
            ' words starting with ' + quoted(named.word);
      }
    } else if (themed && themed.whole) {
      // A theme's name on a page holding none of its papers: what they match, not the theme.
      line = papers(docs.length) + ' ' + holding(docs.length, result, name);
    } else if (result.near) {
      // "3 papers have all three words of “…”, 2 more have two of them in their title"
      var lifted = result.lifted ? docs.filter(function (doc) { return result.lifted[doc]; }).length : 0;
      var whole = docs.length - lifted;
      line = (whole === 0 ? 'No paper has ' : papers(whole) + (whole === 1 ? ' has ' : ' have ')) +
          allOf(result, query, result.near.of);
      var titled = lifted === 0 ? '' : (whole === 0 ? '; ' + papers(lifted) : ', ' + grouped(lifted) + ' more') +
          (lifted === 1 ? ' has ' : ' have ') + spelled(result.near.matched) + ' of them in ' +
          (lifted === 1 ? 'its title' : 'their titles');
      if (near > 0) { // "10 papers have all four words of “…”; below them, 25 have three."
        return line + tail.slice(0, -1) + titled + (docs.length === 0 ? '; ' : '; below them, ') + grouped(near) +
            (near === 1 ? ' has ' : ' have ') + spelled(result.near.matched) +
            (result.near.titled ? (near === 1 ? ' in its title' : ' in their titles') : '') + '.';
      }
      return line + tail.slice(0, -1) + titled + '.';
    } else {
      var instead = throughSynonym(result, docs);
      if (instead) {
        // Says why a listed paper never writes the word, in place of the parenthesis saying which
        // synonyms counted: "41 papers for “distill”; 19 more write its synonym “teacher” instead."
        return (instead.words === 0 ? instead.line : papers(instead.words) + ' for ' + quoted(name) + '; ' + instead.line) +
            corrected + (scope || '') + '.';
      }
      line = papers(docs.length) + ' for ' + quoted(name);
    }
    return line + tail;
  }

  /**
   * Of {@code docs}, those found only through a curated synonym of a query's word, said as such
   * ("19 more write its synonym “teacher” or “knowledge transfer” instead"; of a query of several
   * words, "…, synonyms of “distill”, instead"), with how many the words themselves found; or null
   * when none was, or when synonyms of two words counted (the parenthesis names them then).
   */
  function throughSynonym(result, docs) {
    var widened = result.synonyms || [];
    var by = result.bySynonym;
    var only = by && widened.length === 1 ? docs.filter(function (doc) { return by[doc]; }) : [];
    if (only.length === 0) {
      return null;
    }
    var used = {};
    only.forEach(function (doc) { by[doc].forEach(function (name) { used[name] = true; }); });
    var names = widened[0].names.filter(function (name) { return used[name]; });
    var said = names.map(quoted).join(names.length > 2 ? ', ' : ' or ').replace(/, ([^,]*)$/, ' or $1');
    var word = quoted(widened[0].word);
    var alone = result.units.length === 1 && Boolean(result.units[0].word); // "its synonym" is the query's
    var words = docs.length - only.length;
    var verb = only.length === 1 ? ' writes ' : ' write ';
    var line = words === 0
        ? papers(only.length) + verb + said + ', ' + (names.length === 1 ? 'a synonym' : 'synonyms') + ' of ' + word +
            (alone ? '' : ', in its place')
        : grouped(only.length) + ' more' + verb + (alone ? 'its ' + (names.length === 1 ? 'synonym ' : 'synonyms ') + said
            : said + ', ' + (names.length === 1 ? 'a synonym' : 'synonyms') + ' of ' + word + ',') + ' instead';
    return { words: words, line: line };
  }

  /** "1 paper", "12 papers". */
  function papers(n) {
    return grouped(n) + (n === 1 ? ' paper' : ' papers');
  }

  /**
   * What {@code n} papers found by a theme's name hold of it: "mention “curriculum”" for a word;
   * "have both words of “efficient reasoning”" for several, as the index knows where a paper has
   * each word, not whether it writes them together ("77 more mention “efficient reasoning”"
   * counted papers of which 7 wrote it, issue 22).
   */
  function holding(n, result, name) {
    var words = result.units.length;
    return words > 1 ? (n === 1 ? 'has ' : 'have ') + allOf(result, name, words)
        : (n === 1 ? 'mentions ' : 'mention ') + quoted(name);
  }

  /**
   * The stop words a count of words leaves out: " (not counting “vs”)", so that "all three words
   * of “rl vs sft generalization”" does not puzzle a reader counting four (issue 22); else ''.
   */
  function notCounting(result) {
    var ignored = result.ignored || [];
    return ignored.length ? ' (not counting ' + ignored.map(quoted).join(' or ') + ')' : '';
  }

  /**
   * What a count of {@code n} parts says they are: "both words of “curriculum rl”"; where the search
   * read words typed apart as one ("long cot" as "long-cot"), the parts themselves, as a reader who
   * typed three words would not count two: "both “long cot” and “overthinking”" (issue 22).
   */
  function allOf(result, query, n) {
    var name = result.corrected || query.trim();
    var asked = runs(fold(query));
    var shown = result.corrected ? result.corrected.split(' ') : asked.map(function (r) { return r.word; });
    var units = result.units || [];
    var read = units.length === n && units.some(function (u) {
      return u.joined && asked.slice(u.from, u.to - 1).some(function (r) { return !r.joined; });
    });
    if (!read) {
      return allWords(n) + ' of ' + quoted(name) + notCounting(result);
    }
    var parts = units.map(function (u) {
      return quoted(asked.slice(u.from, u.to).map(function (r, i) {
        return (shown[u.from + i] || r.word) + (i + 1 < u.to - u.from ? (r.joined ? '-' : ' ') : '');
      }).join(''));
    });
    return (n === 2 ? 'both ' : 'all of ') + parts.slice(0, -1).join(', ') + ' and ' + parts[n - 1];
  }

  /** "both words", "all three words". */
  function allWords(n) {
    return n === 2 ? 'both words' : 'all ' + spelled(n) + ' words';
  }

  /**
   * What a search read a typo as, where it did, the same on the search page and every list's
   * filter: " (searched for “curriculum”; no paper has “curriculm”)"; else ''.
   */
  function correction(result, query) {
    if (!result.corrected) {
      return '';
    }
    var asked = runs(fold(query)).map(function (r) { return r.word; });
    var meant = result.corrected.split(' ');
    var typos = asked.filter(function (word, i) { return word !== meant[i]; });
    return ' (searched for ' + quoted(result.corrected) + '; no paper has ' + typos.map(quoted).join(' or ') + ')';
  }

  /** Which curated synonyms counted as a query's words: " (“teacher” or “student” counting for “distill”)". */
  function synonymsCounted(result) {
    var said = (result.synonyms || []).map(function (s) {
      return s.names.map(quoted).join(s.names.length > 2 ? ', ' : ' or ').replace(/, ([^,]*)$/, ' or $1') +
          ' counting for ' + quoted(s.word);
    });
    return said.length ? ' (' + said.join('; ') + ')' : '';
  }

  /** A small count as a word ("three words"), a larger one in figures. */
  function spelled(n) {
    var words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    return n < words.length ? words[n] : grouped(n);
  }

  var SNIPPET = 220; // the most characters of an abstract a snippet shows
  var SENTENCE_END = /[.!?]["\u201d')\]]*\s+(?=[\p{Lu}\p{Nd}("\u201c])/gu;

  /**
   * Where an abstract says what a query matched, for a result whose title and summary show none
   * of it: the sentence holding most of what matched (an entity's names, "Group Relative Policy
   * Optimization" for "GRPO", count most, a word whole more than the part a query word begins),
   * and a second where the first lacks a matched word another holds; each cut around its first
   * match to fit SNIPPET characters. Runs of text ({t, m}: m when marked), "\u2026" where cut; or
   * null when the abstract holds none of it.
   */
  function excerpt(result, text, isMatch) {
    var marks = matches(result, text, isMatch);
    if (marks.length === 0) {
      return null;
    }
    var sentences = [];
    var start = 0;
    var end;
    SENTENCE_END.lastIndex = 0;
    while ((end = SENTENCE_END.exec(text)) !== null) {
      sentences.push({ from: start, to: end.index + end[0].length });
      start = end.index + end[0].length;
    }
    sentences.push({ from: start, to: text.length });
    sentences.forEach(function (sentence) {
      sentence.marks = marks.filter(function (m) { return m.at >= sentence.from && m.end <= sentence.to; });
    });
    var chosen = [];
    var seen = {};
    for (var round = 0; round < 2; round++) {
      var best = null;
      var most = 0;
      sentences.forEach(function (sentence) {
        var keys = {};
        var gain = 0;
        sentence.marks.forEach(function (m) {
          if (!seen[m.key] && !keys[m.key]) {
            keys[m.key] = true;
            gain += m.weight;
          }
        });
        if (gain > most) {
          best = sentence;
          most = gain;
        }
      });
      if (!best || (round > 0 && most < 2)) { // a second only for a whole word or a name
        break;
      }
      best.marks.forEach(function (m) { seen[m.key] = true; });
      chosen.push(best);
    }
    if (chosen.length === 0) { // only across a cut, as in "e.g. GRPO": around the first match
      chosen.push({ from: 0, to: text.length, marks: marks });
    }
    chosen.sort(function (x, y) { return x.from - y.from; });
    var room = chosen.length === 1 ? SNIPPET : Math.round(SNIPPET * 0.6);
    var out = [];
    var last = 0;
    chosen.forEach(function (sentence) {
      var from = sentence.from;
      var to = sentence.to;
      var first = sentence.marks[0];
      if (to - from > room) { // a long sentence: the part around its first match
        from = wordStart(text, Math.max(from, first.at - Math.floor(room / 4)), first.at);
        to = wordEnd(text, Math.min(to, from + room));
      }
      while (from < to && /\s/.test(text.charAt(from))) {
        from++;
      }
      while (to > from && /\s/.test(text.charAt(to - 1))) {
        to--;
      }
      if (from > last) {
        out.push({ t: out.length ? ' \u2026 ' : '\u2026 ', m: false });
      }
      var at = from;
      marks.forEach(function (m) {
        if (m.at >= at && m.end <= to) {
          if (m.at > at) {
            out.push({ t: text.slice(at, m.at), m: false });
          }
          out.push({ t: text.slice(m.at, m.end), m: true });
          at = m.end;
        }
      });
      if (to > at) {
        out.push({ t: text.slice(at, to), m: false });
      }
      last = to;
    });
    if (text.slice(last).trim()) {
      out.push({ t: ' \u2026', m: false });
    }
    return out;
  }

  /**
   * What of a text a query matched, in text order: {at, end, key, weight}, the key telling one
   * matched word or name from another; an entity's names first, then words (or the part a query
   * word begins) outside them.
   */
  function matches(result, text, isMatch) {
    var words = [];
    var pattern = /[\p{L}\p{Nd}]+/gu;
    var m;
    while ((m = pattern.exec(text)) !== null) {
      words.push({ at: m.index, end: m.index + m[0].length, word: m[0], folded: fold(m[0]) });
    }
    var marks = [];
    var taken = [];
    var written = result.written || { names: [] };
    written.names.forEach(function (name) {
      var parts = runs(written.cased ? name : fold(name)).map(function (r) { return r.word; });
      for (var i = 0; parts.length && i + parts.length <= words.length; i++) {
        var k = 0;
        while (k < parts.length && !taken[i + k] &&
            (written.cased ? words[i + k].word : words[i + k].folded) === parts[k]) {
          k++;
        }
        if (k === parts.length) {
          marks.push({ at: words[i].at, end: words[i + k - 1].end, key: '\u0000name', weight: 3 });
          for (k = 0; k < parts.length; k++) {
            taken[i + k] = true;
          }
        }
      }
    });
    words.forEach(function (w, i) {
      var length = taken[i] ? 0 : isMatch(w.word);
      if (length) {
        var whole = length === w.word.length;
        marks.push({ at: w.at, end: w.at + length, key: w.folded.slice(0, length), weight: whole ? 2 : 1 });
      }
    });
    return marks.sort(function (x, y) { return x.at - y.at; });
  }

  /** The start of the word at or after {@code at}, not past {@code limit}. */
  function wordStart(text, at, limit) {
    if (at === 0 || !WORD.test(text.charAt(at - 1))) {
      return at;
    }
    while (at < limit && WORD.test(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** The end of the word before {@code at}: a cut never halves a word. */
  function wordEnd(text, at) {
    while (at > 0 && at < text.length && WORD.test(text.charAt(at)) && WORD.test(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  /**
   * Themes and sub-topics a query names, as a count line says them: "the Soft prompts sub-topic
   * of PEFT", "both the Reasoning theme and the Soft prompts sub-topic of PEFT".
   */
  function places(list) {
    var said = list.map(function (p) {
      return p.of === undefined ? 'the ' + p.name + ' theme' : 'the ' + p.name + ' sub-topic of ' + p.of;
    });
    var last = said[said.length - 1];
    return said.length === 1 ? last
        : (said.length === 2 ? 'both ' : 'all of ') + said.slice(0, -1).join(', ') + ' and ' + last;
  }

  /** The result's papers by rank: {doc: place}, for a list to show them in search's order. */
  function ranks(result) {
    var rank = {};
    result.docs.forEach(function (doc, i) { rank[doc] = i; });
    return rank;
  }

  var opened = null;

  return {
    /** The engine, once the manifest is in. */
    open: function () {
      if (!opened) {
        opened = piece('index').then(function (manifest) { return new Engine(manifest); });
      }
      return opened;
    },
    fold: fold,
    describe: describe,
    correction: correction,
    excerpt: excerpt,
    places: places,
    ranks: ranks,
    words: function (text) { return runs(text).map(function (r) { return r.word; }); }
  };
})();
