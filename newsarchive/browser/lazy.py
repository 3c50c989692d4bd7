"""Scrolling a rendered page through, top to bottom, so what loads in view is fetched.

Content a page loads only once scrolled into view was never fetched, and the archive
replayed with holes: script-swapped images (`data-src`, `data-srcset`, set from an
IntersectionObserver), embeds and posters loaded on scroll. Native `loading="lazy"`
images and iframes Chromium loads eagerly (`--blink-settings=lazyLoadEnabled=false` in
the launch arguments); scripts that wait for an element to be seen it cannot. So the
page is scrolled one viewport at a time, the network let go quiet at each step (as web
archiving crawlers' autoscroll does), then back to the top, where the screenshot is taken
(not waited at: what the top shows was loaded before the scroll).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page
from scrapy.statscollectors import StatsCollector

from newsarchive.browser.config import BrowserConfig

logger = logging.getLogger(__name__)

# The scroll's state in a page is its own, out of the page's sight: under symbols (no name in
# `Object.getOwnPropertyNames(window)`, `Object.keys`, for-in, where bot checks look for the
# names automation leaves) registered with keys drawn at random for each crawl (no page
# knows them), not enumerable. `$WATCHERS`: the init script's (WATCHERS_INIT_JS), shared
# with same-origin frames; `$ADDED`: what the scroll saw added (WATCH_JS).
KEYS = {name: f'Symbol.for("{secrets.token_hex(8)}")' for name in ("$WATCHERS", "$ADDED")}


def _js(source: str) -> str:
    for name, key in KEYS.items():
        source = source.replace(name, key)
    return source


# One viewport down, at once (a page's `scroll-behavior: smooth` would leave it where it
# was until the animation ends); whether it moved: it does not at the bottom, nor on a
# page whose document does not scroll.
# `arm`: the short timers set from now until the step was seen (TIMERS_JS) are waited for
# (armed only once it moved: at the bottom no TIMERS_JS would disarm it). The steps left to
# take, this one's wait included (0: it did not move).
STEP_DOWN_JS = _js("""(arm) => {
  const before = window.scrollY, state = window[$WATCHERS];
  window.scrollTo({top: before + window.innerHeight, behavior: "instant"});
  if (!(window.scrollY > before)) return 0;
  if (arm && state && state.pending) {
    Object.assign(state, {armed: true, set: 0, step: state.step + 1});
    state.watch();
  }
  const below = document.documentElement.scrollHeight - window.scrollY - window.innerHeight;
  return 1 + Math.max(0, Math.ceil(below / window.innerHeight));
}""")
TO_TOP_JS = '() => window.scrollTo({top: 0, behavior: "instant"})'
# Elements the page adds while it is scrolled through, kept for CUT_JS (under `$ADDED`,
# the page sees no name of it), and the address the scroll started at, in the document it
# started in: where the page says it is, and how tall it is.
WATCH_JS = _js("""() => {
  const added = [], start = location.href;
  const watch = new MutationObserver(records => records.forEach(r => added.push(...r.addedNodes)));
  watch.observe(document.documentElement, {childList: true, subtree: true});
  const state = {added, watch, start};
  Object.defineProperty(window, $ADDED, {value: state, configurable: true});
  return [start, document.documentElement.scrollHeight, window.innerHeight];
}""")
# Whether the scroll brought in another article, asked and answered in one turn of the
# page's own event loop (no navigation commits within it): ["left", address] when the
# document is no longer the one the scroll started in (WATCH_JS's state is not there), a
# page that went elsewhere, whose address is its own; ["moved", address] when the document
# took another address (pushState), put back as it was; ["growing", height] past `tallest`.
NEXT_JS = _js("""(tallest) => {
  const state = window[$ADDED], href = location.href;
  if (!state) return ["left", href];
  if (href.split("#", 1)[0] !== state.start.split("#", 1)[0]) {
    history.replaceState(history.state, "", state.start);
    return ["moved", href];
  }
  const height = document.documentElement.scrollHeight;
  return height > tallest ? ["growing", height] : null;
}""")
# Removes what the scroll appended that holds a story of its own (an article, a headline),
# outermost first: the page read ends where the article did. Lazy pictures and embeds stay.
CUT_JS = _js("""() => {
  const state = window[$ADDED];
  if (!state) return 0;
  state.watch.takeRecords().forEach(r => state.added.push(...r.addedNodes));
  state.watch.disconnect();
  delete window[$ADDED];
  const story = "article, h1, h2";
  const added = new Set(state.added.filter(n => n.nodeType === 1 && n.isConnected));
  let cut = 0;
  for (const node of added) {
    let outer = true;
    for (let up = node.parentElement; up; up = up.parentElement) {
      if (added.has(up)) { outer = false; break; }
    }
    if (outer && (node.matches(story) || node.querySelector(story))) { node.remove(); cut += 1; }
  }
  return cut;
}""")
UNWATCH_JS = _js("""() => {
  const state = window[$ADDED];
  if (state) { state.watch.disconnect(); delete window[$ADDED]; }
}""")
# Growth past this many times the page's height before the scroll (plus two screens, for
# pictures whose size is known only once loaded) is another article appended, not the
# page's own lazy content.
GROWN = 2

# Run in every rendered page before its scripts (an init script): counts what could answer
# a scroll. Scroll listeners on the window, the document or its root elements (and the
# `onscroll` properties, asked when needed); the targets IntersectionObservers watch.
WATCHERS_INIT_JS = _js(r"""(() => {
  const state = {scroll: 0, observers: new Set()};
  Object.defineProperty(window, $WATCHERS, {value: state});
  // A function put in place of the browser's shows the page what the browser's did: its
  // source text ("[native code]", asked by frameworks and bot checks), name and length;
  // a method's shape: no prototype, not a constructor. One registry for a page and its
  // same-origin frames: one's functions read through another's toString look native too.
  let natives = new WeakMap();
  try {
    const up = window.parent !== window && window.parent[$WATCHERS];
    if (up && up.natives) natives = up.natives;
  } catch (error) {}  // a frame in a page of another origin
  state.natives = natives;
  const source = Function.prototype.toString;
  const disguise = (wrapper, native) => {
    natives.set(wrapper, native);
    for (const key of ["name", "length"]) {
      Object.defineProperty(wrapper, key, {value: native[key], configurable: true});
    }
    return wrapper;
  };
  Function.prototype.toString = disguise({toString() {
    return source.call(natives.get(this) || this);
  }}.toString, source);
  // The scroll's symbols are not among the keys a page lists (a plain window has no own
  // symbol: two were a tell), however it lists them.
  const ours = new Set([$WATCHERS, $ADDED]);
  const symbols = Object.getOwnPropertySymbols, keys = Reflect.ownKeys;
  const described = Object.getOwnPropertyDescriptors;
  Object.getOwnPropertySymbols = disguise({getOwnPropertySymbols(object) {
    return symbols(object).filter(key => !ours.has(key));
  }}.getOwnPropertySymbols, symbols);
  Reflect.ownKeys = disguise({ownKeys(target) {
    return keys(target).filter(key => !ours.has(key));
  }}.ownKeys, keys);
  Object.getOwnPropertyDescriptors = disguise({getOwnPropertyDescriptors(object) {
    const all = described(object);
    for (const key of ours) delete all[key];
    return all;
  }}.getOwnPropertyDescriptors, described);
  const add = EventTarget.prototype.addEventListener;
  const scrolled = new Set(["scroll", "wheel", "touchmove", "scrollend"]);
  EventTarget.prototype.addEventListener = disguise({addEventListener(type, ...rest) {
    if (scrolled.has(type) && (this === window || this === document
        || this === document.documentElement || this === document.body)) state.scroll += 1;
    return add.call(this, type, ...rest);
  }}.addEventListener, add);
  // A scroll listener's short timers (a debounce: setTimeout up to 1 s), animation frames
  // and idle callbacks, set from a scroll event while a step is armed (STEP_DOWN_JS; the
  // event dispatched: `window.event`, the browser's getter) or from such a callback (up to
  // DEPTH deep: a debounce that re-arms), pending until they run or are cleared; and the
  // next tick, once the step was seen (TIMERS_JS), of each short setInterval the page runs
  // (a throttle that polls "scrolled since the last tick?"), with what that tick sets. What
  // the page runs for ever (a carousel's chain, a sticky header's frame loop) is not waited
  // for. Each is of a kind (its callback's source text; what a callback sets is of its
  // kind): a kind whose runs during two steps or more loaded nothing (set no source, added
  // no picture or frame, started no request) is idle, not waited for while nothing in view
  // waits to be loaded (`state.idle`): an ad's viewability check turning again, a clock.
  // What a scroll event set itself (a debounce) is waited for all the same: one that loads
  // the comments where their box (no picture) is seen loaded nothing at the steps before.
  const pending = new Map(), DEPTH = 4;  // key of a timer -> its kind
  // of those, the ones a scroll event set itself (a debounce): waited for, idle or not
  const direct = new Set();
  const current = (Object.getOwnPropertyDescriptor(window, "event") || {}).get;
  const scrolling = () => {
    const event = current && current.call(window);
    return Boolean(event && scrolled.has(event.type));
  };
  let running = 0, root = "";  // the depth and kind of the tracked callback now running
  const kinds = new Map(), intervals = new Map();  // a short interval's id -> its kind
  const now = performance.now.bind(performance);
  // when the script's requests seen since the first step started (fetch, XHR, beacons: a
  // picture's is seen as its source set): those a run started, in its microtasks or as the
  // browser got to them, start before it ended or within 100 ms
  const started = [], asked = new Set(["fetch", "xmlhttprequest", "beacon"]);
  Object.assign(state, {pending, direct, armed: false, set: 0, step: 0,
    timeout: window.setTimeout, frame: window.requestAnimationFrame});
  // what a tracked callback changed that loads something: a source set anew, a class or
  // style giving an element (or its ::before, ::after) a background the page never fetched,
  // a picture, frame or medium added. A clock flipping a class (a ticker's blinking dot) or
  // a style (a progress bar's width), a source set again as it was, loads nothing.
  const changes = window.MutationObserver && new MutationObserver(() => {});
  const media = "img, picture, source, iframe, video, audio, embed, object";
  // an ancestor's class naming a theme, a device or a feature the page tests for (switched
  // above): the page's state, no loader's
  const ENVIRONMENT = new RegExp("^(?:no-?)?(?:js|webp|avif|touch|svg|mobile|desktop|tablet"
    + "|ios|android|mac|windows|safari|firefox|chrome|edge|rtl|ltr)$|dark|light|theme"
    + "|contrast|print|-open$|^open-", "i");
  const url = /url\(/i;
  // background addresses judged already: a second flip to one is no load
  const known = new Set();
  // every resource the page fetched, from its start: its buffer of timings keeps the first
  // 250 only (a news page with its ads has more: a background fetched later was never seen)
  const loaded = new Set();
  let loading = null;
  try {
    loading = new PerformanceObserver(list => {
      for (const entry of list.getEntries()) loaded.add(entry.name);
    });
    loading.observe({type: "resource", buffered: true});
  } catch (error) {}
  const wasFetched = address => {
    if (loading) for (const entry of loading.takeRecords()) loaded.add(entry.name);
    return loaded.has(address) || performance.getEntriesByName(address).length > 0;
  };
  const fetched = address => {
    if (known.has(address)) return true;
    known.add(address);
    return wasFetched(address);
  };
  const addresses = text => [...text.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/gi)]
    .map(found => found[2]).filter(found => found && !found.startsWith("data:"));
  const backgrounds = element => element.nodeType === 1 && element.isConnected
    ? [null, "::before", "::after"].flatMap(
        pseudo => addresses(getComputedStyle(element, pseudo).backgroundImage || ""))
    : [];
  const loads = record => {
    if (record.type !== "attributes") {
      return [...record.addedNodes].some(node => node.nodeType === 1 && (node.matches(media)
        || node.querySelector(media) !== null || url.test(node.getAttribute("style") || "")));
    }
    const name = record.attributeName;
    if (record.target.getAttribute(name) === record.oldValue) return false;
    if (name !== "class" && name !== "style") return true;
    // a class also gives what is inside a background (`.frame.in-view .picture`): the first
    // elements inside are looked at too (a class flipped on <body> reads no whole page)
    const looked = [record.target];
    if (name === "class" && record.target.nodeType === 1) {
      const inside = record.target.getElementsByTagName("*");
      for (let i = 0; i < inside.length && i < 100; i++) looked.push(inside[i]);
    }
    // every address judged (not the first new one only): each is known at its next flip
    return looked.flatMap(backgrounds).map(found => !fetched(found)).includes(true);
  };
  state.watch = () => {  // from the first step on (STEP_DOWN_JS): what the page loads as read
    if (!changes || state.watching) return;
    state.watching = true;
    changes.observe(document, {subtree: true, childList: true, attributes: true,
      attributeOldValue: true,
      attributeFilter: ["src", "srcset", "poster", "data", "style", "class"]});
    try {  // an observer: the page's buffer of entries keeps only its first 250
      new PerformanceObserver(list => {
        for (const entry of list.getEntries()) {
          if (asked.has(entry.initiatorType)) started.push(entry.startTime);
        }
        if (started.length > 5000) started.splice(0, started.length - 5000);
      }).observe({type: "resource"});
    } catch (error) {}
  };
  const kindOf = callback => {
    let text = "";
    try { text = source.call(callback); } catch (error) {}
    return text.length > 400 ? text.length + text.slice(0, 300) + text.slice(-100) : text;
  };
  const track = (kind, depth, callback, self, args) => {
    let info = kinds.get(kind);
    if (!info) kinds.set(kind, info = {steps: new Set(), runs: [], loaded: false});
    info.steps.add(state.step);
    const outer = running, outerKind = root, start = now();
    running = depth;
    root = kind;
    if (changes) changes.takeRecords();
    try { return callback.apply(self, args); } finally {
      running = outer;
      root = outerKind;
      if (changes && changes.takeRecords().some(loads)) info.loaded = true;
      info.runs.push([start, now()]);
      if (info.runs.length > 20) info.runs.shift();
    }
  };
  const hook = (setName, clearNames, prefix, short) => {
    const set = window[setName];
    if (!set) return;
    window[setName] = disguise({[setName](callback, ...rest) {
      const depth = running ? running + 1 : state.armed && scrolling() ? 1 : 0;
      if (!depth || depth > DEPTH || typeof callback !== "function" || !short(rest[0])) {
        return set.call(this, callback, ...rest);
      }
      const kind = running ? root : kindOf(callback);
      let key;
      // strict: the callback gets the `this` the browser gives (none for a frame's)
      const id = set.call(this, function () {
        "use strict";
        pending.delete(key);
        direct.delete(key);
        return track(kind, depth, callback, this, arguments);
      }, ...rest);
      key = prefix + id;
      pending.set(key, kind);
      if (depth === 1) direct.add(key);
      state.set += 1;
      return id;
    }}[setName], set);
    for (const clearName of clearNames) {
      const clear = window[clearName];
      if (!clear) continue;
      window[clearName] = disguise({[clearName](id) {
        pending.delete(prefix + id);
        direct.delete(prefix + id);
        if (prefix === "t") {  // timeouts and intervals share their ids
          pending.delete("v" + id);
          intervals.delete(id);
        }
        return clear.call(this, id);
      }}[clearName], clear);
    }
  };
  hook("setTimeout", ["clearTimeout", "clearInterval"], "t", delay => !(delay > 1000));
  hook("requestAnimationFrame", ["cancelAnimationFrame"], "f", () => true);
  hook("requestIdleCallback", ["cancelIdleCallback"], "i", () => true);
  const every = window.setInterval;
  window.setInterval = disguise({setInterval(callback, ...rest) {
    if (typeof callback !== "function" || rest[0] > 1000) {
      return every.call(this, callback, ...rest);
    }
    const kind = kindOf(callback);
    let id;
    id = every.call(this, function () {
      "use strict";
      if (!pending.delete("v" + id)) return callback.apply(this, arguments);
      return track(kind, 1, callback, this, arguments);
    }, ...rest);
    intervals.set(id, kind);
    return id;
  }}.setInterval, every);
  state.intervals = () => intervals.size;
  state.ticks = () => {  // the step seen: each short interval's next tick is the step's
    for (const [id, kind] of intervals) pending.set("v" + id, kind);
    state.set += intervals.size;
  };
  // Something in view a script would load: a picture with no source (or a data: one), an
  // element whose data- attribute names a picture or medium it does not show yet (data-src,
  // data-srcset, data-bg, data-background, data-echo, data-original, data-lazy...), or one a
  // class would give a background the page never fetched (a style sheet's `.hero.in-view`
  // where a `.hero` is in view without it: a loader that switches a class alone).
  const named = /(src|bg|background|lazy|original|echo|poster|image|img)/i;
  const address = new RegExp("^(https?:)?//|^\\.{0,2}/[^\\s/]"
    + "|\\.(avif|gif|jpe?g|png|svg|webp|mp4|webm)([?#]|$)", "i");
  const resolve = (found, base) => {
    try { return new URL(found, base || document.baseURI).href; } catch (error) { return found; }
  };
  const inView = element => {
    const shape = element.localName === "source" && element.parentElement || element;
    const box = shape.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.right > 0
      && box.left < window.innerWidth && (box.width > 0 || box.height > 0);
  };
  const waiting = element => {
    if (element.localName === "img"
        && (!element.currentSrc || element.currentSrc.startsWith("data:"))) return true;
    let shown = null;
    for (const attribute of element.attributes) {
      if (!attribute.name.startsWith("data-") || !named.test(attribute.name)) continue;
      const first = attribute.value.trim().split(/[\s,]/, 1)[0];
      if (!first || !address.test(first)) continue;
      if (shown === null) {
        shown = [element.getAttribute("src"), element.getAttribute("srcset"),
          element.getAttribute("style"), element.currentSrc || "",
          ...backgrounds(element).map(found => resolve(found))].join(" ");
      }
      if (!shown.includes(first) && !shown.includes(resolve(first))) return true;
    }
    return false;
  };
  // The last compound of a selector (after its last combinator), its pseudo-element cut.
  const lastCompound = selector => {
    let depth = 0, quote = "", at = 0;
    for (let i = 0; i < selector.length; i++) {
      const c = selector[i];
      if (quote) { if (c === "\\") i++; else if (c === quote) quote = ""; continue; }
      if (c === '"' || c === "'") quote = c;
      else if (c === "(" || c === "[") depth++;
      else if (c === ")" || c === "]") depth--;
      else if (depth === 0 && " >+~".includes(c)) at = i + 1;
      else if (c === "\\") i++;
    }
    const compound = selector.slice(at).replace(/::?(before|after|first-line|first-letter)$/i, "");
    return [selector.slice(0, at), compound];
  };
  const splitList = text => {
    const parts = [];
    let depth = 0, from = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "(" || text[i] === "[") depth++;
      else if (text[i] === ")" || text[i] === "]") depth--;
      else if (text[i] === "," && depth === 0) { parts.push(text.slice(from, i)); from = i + 1; }
    }
    parts.push(text.slice(from));
    return parts.map(part => part.trim()).filter(Boolean);
  };
  // [selector without one of its last compound's classes, the whole one, whether its
  // background was never fetched] of each style rule that gives one. A class inside `:not()`
  // or `[...]` is none the element lacks (`.btn:not(.active)` without `.btn` is any element).
  const switched = () => {
    const found = [];
    const hide = text => "(" + " ".repeat(text.length - 2) + ")";
    const walk = (rules, base) => {
      for (const rule of rules) {
        if (rule.media && !window.matchMedia(rule.media.mediaText).matches) continue;
        if (rule.selectorText === undefined) {
          // another origin's @imported sheet: its rules unreadable (SecurityError), the
          // rest of this sheet read all the same
          if (rule.styleSheet) {
            try { walk(rule.styleSheet.cssRules, rule.styleSheet.href || base); }
            catch (error) {}
          }
          else if (rule.cssRules) walk(rule.cssRules, base);
          continue;
        }
        const image = rule.style && rule.style.backgroundImage || "";
        if (!url.test(image)) continue;
        const waits = !addresses(image).every(one => known.has(resolve(one, base))
            || wasFetched(resolve(one, base)));
        for (const whole of splitList(rule.selectorText)) {
          const [before, compound] = lastCompound(whole);
          const outer = compound.replace(/\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\]/g, hide);
          for (const one of outer.matchAll(/\.-?[_a-zA-Z][\w-]*/g)) {
            const cut = text => text.slice(0, one.index) + text.slice(one.index + one[0].length);
            if (!/[.#[]/.test(cut(outer))) continue;  // a bare tag or `*` left: any element
            found.push([before + cut(compound), before + compound, waits, false]);
          }
          // a class an ancestor is given (`.in-view .hero`, `.row.seen > .tile`): the element
          // itself (its compound names a class, an id or an attribute) waits without it
          if (!before || !/[.#[]/.test(outer)) continue;
          const inner = before.replace(/\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\]/g, hide);
          for (const one of inner.matchAll(/\.-?[_a-zA-Z][\w-]*/g)) {
            const at = one.index, end = at + one[0].length;
            // the page's own state, not a loader's: a class of the root (`html.dark .logo`,
            // `body.menu-open .x`), a theme's, a device's or a feature's (`.dark-mode .logo`,
            // `.no-js .hero`, `.webp .hero`): given at load or by a reader's choice, never as
            // something comes in view (a sticky header's logo, its dark variant, waited for
            // at every step of the scroll)
            const from = inner.slice(0, at).search(/[^\s>+~]*$/);
            if (/^(?:html|body|:root)(?![\w-])/i.test(inner.slice(from))) continue;
            if (ENVIRONMENT.test(one[0].slice(1))) continue;
            // a compound left empty is any ancestor (`*`)
            const edge = c => !/[^\s>+~]/.test(c || " ");
            const alone = edge(inner[at - 1]) && edge(inner[end]);
            const without = before.slice(0, at) + (alone ? "*" : "") + before.slice(end);
            found.push([without + compound, before + compound, waits, true]);
          }
        }
      }
    };
    for (const sheet of document.styleSheets) {
      try { walk(sheet.cssRules, sheet.href || document.baseURI); } catch (error) {}
    }
    return found;
  };
  const lazyInView = () => {
    for (const element of document.querySelectorAll("body *")) {
      if (waiting(element) && inView(element)) return true;
    }
    const found = switched(), variants = new Map();
    for (const [without, whole] of found) {
      if (!variants.has(without)) variants.set(without, []);
      variants.get(without).push(whole);
    }
    for (const [without, whole, waits, outside] of found) {
      if (!waits) continue;
      try {
        for (const element of document.querySelectorAll(without)) {
          if (element.matches(whole) || !inView(element)) continue;
          // an ancestor's class: an element showing a picture of its own already waits not
          if (outside && backgrounds(element).some(one => wasFetched(resolve(one)))) continue;
          // another variant shows (a weather icon's sun): the rain's picture is no load
          if (variants.get(without).some(other => element.matches(other))) continue;
          return true;
        }
      } catch (error) {}  // a selector the page's browser reads but querySelectorAll does not
    }
    return false;
  };
  state.lazyInView = lazyInView;
  // The kinds pending now that are idle (none while something in view waits to be loaded).
  state.idle = () => {
    const idle = new Set();
    for (const kind of new Set(pending.values())) {
      const info = kinds.get(kind);
      if (!info || info.loaded || [...info.steps].filter(s => s < state.step).length < 2) continue;
      if (started.some(t => info.runs.some(([from, to]) => t >= from && t <= to + 100))) {
        info.loaded = true;  // a fetch, a beacon
        continue;
      }
      idle.add(kind);
    }
    return idle.size && lazyInView() ? new Set() : idle;
  };
  if (!window.IntersectionObserver) return;
  const proto = IntersectionObserver.prototype;
  const observe = proto.observe, unobserve = proto.unobserve, disconnect = proto.disconnect;
  const targets = new WeakMap();
  const of = o => { if (!targets.has(o)) targets.set(o, new Set()); return targets.get(o); };
  proto.observe = disguise({observe(t) {
    of(this).add(t);
    state.observers.add(this);
    return observe.call(this, t);
  }}.observe, observe);
  proto.unobserve = disguise({unobserve(t) {
    of(this).delete(t);
    return unobserve.call(this, t);
  }}.unobserve, unobserve);
  proto.disconnect = disguise({disconnect() {
    of(this).clear();
    return disconnect.call(this);
  }}.disconnect, disconnect);
  state.observed = () => [...state.observers].reduce((n, o) => n + of(o).size, 0);
})();""")
# What could answer the scroll: null when the init script did not run (then: assume all).
WATCHERS_JS = _js("""() => {
  const state = window[$WATCHERS];
  if (!state) return null;
  const handler = window.onscroll || document.onscroll || (document.body && document.body.onscroll);
  // native lazy content not loaded (Chromium's eager switch turned off by the user)
  const lazy = [...document.querySelectorAll("img[loading=lazy]")].filter(i => !i.complete).length
    + document.querySelectorAll("iframe[loading=lazy]").length;
  const observed = state.observed ? state.observed() : 0;
  // a frame's own watchers are its window's: seen here only as a frame
  const frames = document.querySelectorAll("iframe, frame").length;
  return {scroll: state.scroll + (handler ? 1 : 0), observed, lazy, frames};
}""")
# After two frames (IntersectionObservers have seen the step, and called back): whether an
# image of the page is still loading.
FRAMES_JS = """() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(
  () => done([...document.images].some(img => img.currentSrc && !img.complete)))))"""

# Waits at most `ms` for the step to have been seen (two frames: its scroll events
# dispatched, the step disarmed, the observers of the page and its same-process frames
# told), the timers it armed (WATCHERS_INIT_JS) to have run and the images they swapped in
# to have loaded (seen in the page, however late the browser's events come): [timers the
# step set, timers waited for still pending, idle timers left running] (null without the
# init script).
TIMERS_JS = _js("""(ms) => {
  const state = window[$WATCHERS];
  if (!state || !state.pending) return null;
  const stop = performance.now() + ms;
  let seen = false, idle = null;
  state.frame.call(window, () => state.frame.call(window, () => {
    seen = true;
    state.armed = false;
    state.ticks();
  }));
  return new Promise(done => {
    const check = () => {
      if (seen && idle === null) idle = state.idle();
      const loading = [...document.images].some(img => img.currentSrc && !img.complete);
      const waited = [...state.pending].filter(
        ([key, kind]) => !(idle && idle.has(kind)) || state.direct.has(key));
      const waiting = !seen || state.armed || waited.length > 0;
      if ((!waiting && !loading) || performance.now() >= stop) {
        state.armed = false;
        done([state.set, waited.length, state.pending.size - waited.length]);
      } else state.timeout.call(window, check, 20);
    };
    check();
  });
}""")

# Waits for the page's network to go quiet, at most the seconds given.
WaitQuiet = Callable[[float], Awaitable[bool]]
# Whether the page has a request open now.
Busy = Callable[[], bool]


async def scroll_through(
    page: Page,
    config: BrowserConfig,
    wait_quiet: WaitQuiet,
    stats: StatsCollector,
    busy: Busy | None = None,
) -> int:
    """Steps down to the bottom, at most `lazy_scroll_steps` steps and `lazy_scroll_time` s,
    then back to the top: the steps taken (0 when switched off, the page is one screen, or
    nothing on it answers a scroll).

    A page with no scroll listener, no IntersectionObserver target, no lazy element and no
    frame (WATCHERS_INIT_JS) is not scrolled: nothing would load. One whose only watchers
    are IntersectionObservers takes a step as soon as the last one was seen (two frames: the
    observers called back), its images loaded and its requests done (`busy`): the network
    is let go quiet (BROWSER_SETTLE_TIME) only where a step started something, and once
    at the end. A scroll listener may wait on a timer of its own, a frame's are not seen:
    there each step waits quiet, once the step was seen (two frames) and, on a page with a
    scroll listener, the short timers its scroll events set have run (a debounce longer than
    the settle time: TIMERS_JS), the step's time (`action_timeout`) bounding both waits, and
    half the step's share of the time left (the steps left: STEP_DOWN_JS) the timers' one.
    """
    if config.lazy_scroll_steps == 0:
        return 0
    loop = asyncio.get_running_loop()
    deadline = loop.time() + config.lazy_scroll_time
    steps, bottom, appended = 0, False, False
    try:
        await page.evaluate(TO_TOP_JS)  # a listing driven by infinite scroll sits at its end
        watchers = await page.evaluate(WATCHERS_JS)
        if watchers is not None and not any(watchers.values()):
            stats.inc_value("browser/lazy_scroll/nothing_watches")
            return 0
        # IntersectionObservers call back within two frames: no settle needed after a step
        fast = busy is not None and watchers is not None
        fast = fast and not watchers["scroll"] and not watchers["frames"]
        # a scroll listener's debounce: its timers waited for at each step; a step is seen
        # (TIMERS_JS) before the quiet wait: a loaded renderer may not yet have drawn it
        timers = watchers is not None and bool(watchers["scroll"])
        seen = watchers is not None and not fast
        start, height, screen = await page.evaluate(WATCH_JS)
        while steps < config.lazy_scroll_steps and (left := deadline - loop.time()) > 0:
            if not (ahead := await page.evaluate(STEP_DOWN_JS, timers)):
                bottom = True
                break
            steps += 1
            if not fast or await page.evaluate(FRAMES_JS) or (busy is not None and busy()):
                stats.inc_value("browser/lazy_scroll/steps_waited")
                until = loop.time() + min(left, config.action_timeout)
                if seen:
                    # at most half the step's share of the time left: a page whose scripts
                    # keep setting short timers still gets to its bottom
                    share = (deadline - loop.time()) / min(
                        ahead, config.lazy_scroll_steps - steps + 1
                    )
                    await _wait_timers(page, min(until - loop.time(), share / 2), stats)
                await wait_quiet(max(until - loop.time(), config.settle_time))
            if stop := await _next_article(page, start, GROWN * height + 2 * screen, stats):
                bottom, appended = True, stop != "left"
                break
        if fast and (left := deadline - loop.time()) > 0:  # a fetch a last callback started
            await wait_quiet(min(left, config.action_timeout))
        await page.evaluate(TO_TOP_JS)  # first: cut at the bottom, the page would append anew
        await _cut_appended(page, stats) if appended else await page.evaluate(UNWATCH_JS)
    except PlaywrightError as exc:  # the page moved on meanwhile: read where it went
        logger.info("scrolling %s stopped: %s", page.url, exc.message.split("\n", 1)[0])
        bottom = True
    if not bottom:
        stats.inc_value("browser/lazy_scroll/limit_reached")
        logger.info("%s: scrolled %d steps, not to its bottom", page.url, steps)
    if steps:
        stats.inc_value("browser/lazy_scroll/pages")
        stats.inc_value("browser/lazy_scroll/steps", steps)
    return steps


async def _wait_timers(page: Page, timeout: float, stats: StatsCollector) -> None:
    """The timers a step's scroll events set (a listener's debounce), and the next tick of the
    page's short intervals (a throttle's poll), run: stepping on at once, a debounce of longer
    than the settle time would run with its element out of view (TIMERS_JS; at most
    `timeout` s). Those of a kind that loaded nothing at two steps are left running while
    nothing in view waits to be loaded (`browser/lazy_scroll/timers_idle`): an ad's 900 ms
    viewability check cost each step its 0.9 s."""
    done = await page.evaluate(TIMERS_JS, max(timeout, 0) * 1000)
    if done is None:
        return
    timers, pending, idle = done
    if timers:
        stats.inc_value("browser/lazy_scroll/timers_waited")
    if idle:
        stats.inc_value("browser/lazy_scroll/timers_idle")
    if pending:
        stats.inc_value("browser/lazy_scroll/timers_unfinished")
        logger.info(
            "%s: %d timers the scroll set still pending after %.1f s", page.url, pending, timeout
        )


async def _cut_appended(page: Page, stats: StatsCollector) -> None:
    """The stories the scroll appended, out of the document read (CUT_JS)."""
    cut = await page.evaluate(CUT_JS)
    if cut:
        stats.inc_value("browser/lazy_scroll/appended_cut", cut)
        logger.info("%s: %d appended stories cut from the page read", page.url, cut)


async def _next_article(page: Page, start: str, tallest: int, stats: StatsCollector) -> str:
    """Why the scroll stops, if it does (NEXT_JS): "moved" when the page took another address
    (put back: the item is the page read, not the next story's), "growing" past `tallest` (a
    news site's endless article feed: scrolling on would append story after story to the
    document read, and take the next one's address for the item); "left" when the page went
    to another document meanwhile (a script's `location.href`): its address is its own, the
    page is read where it went (the read sees the move). Asked in one evaluation: the
    address read in one document and put back in the next gave that next document the
    address the scroll started at, and the item its body under the first page's address."""
    seen = await page.evaluate(NEXT_JS, tallest)
    if seen is None:
        return ""
    why, where = seen
    stats.inc_value(f"browser/lazy_scroll/stopped_{why}")
    if why == "left":
        logger.info("%s: scrolling stopped, the page went to %s", start, where)
    elif why == "moved":
        logger.info("%s: scrolling stopped, the page took the address %s", start, where)
    else:
        logger.info("%s: scrolling stopped, the page grew to %d px", start, where)
    return str(why)
