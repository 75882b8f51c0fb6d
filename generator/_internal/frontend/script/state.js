// The learner's state (version 2): its schema, validation, migrations and merge, in one place.
// Self-contained (it names nothing from the other parts), so the SCORM adapter can include it.
// Stored as JSON in localStorage under "course:<course id>"; memory stands in when storage throws.
// In an LMS package the launch page keeps it (the SCORM adapter's `courseStore`, per LMS learner).
const VERSION = 2;
const isObject = value => !!value && typeof value == "object" && !Array.isArray(value);
const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
// Ids and slugs, as the generator makes them (any length: the 1 MB limit on files bounds them);
// never a name Object.prototype has ("constructor").
const isKey = key => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key) && !(key in {});
const ENDINGS = ["poor", "mixed", "good"];

// ------------------------------------------------------------------ storage
const memory = {};
const watchers = []; // called after every save (the menu's passed marks)

// Where the state is kept: the browser's storage, or, for a page in the frame of an LMS package's
// launch page, that page's store, which holds it per LMS learner and reports it to the LMS.
function shelf() {
  try {
    const host = window.parent != window && window.parent.courseStore;
    if (host) return host;
  } catch (error) {} // a frame in another site's page
  return localStorage;
}

function read(key) {
  if (key in memory) return memory[key];
  try {
    return shelf().getItem(key);
  } catch (error) {
    return null;
  }
}

function write(key, value) {
  try {
    shelf().setItem(key, value);
    delete memory[key];
  } catch (error) {
    memory[key] = value; // blocked, or full: kept for this page only
  }
}

// Whether this browser keeps progress: a small write works (a full or blocked storage throws),
// and nothing had to stay in memory.
function storageKept() {
  write("course:probe", "1");
  return !Object.keys(memory).length;
}

// ------------------------------------------------------------------ schema
// A rule per value: a number N is a whole number from 0 to N; true, a boolean; a pattern, a text
// that matches it; [rule], a table of ids (at most 500) each holding what the rule says; {...},
// an object with those keys only, every one needed unless the rule has "?" (then all optional).
const HASH = /^[0-9a-f]{12}$/, MANY = 1e6;
const SCHEMA = {
  v: value => value === VERSION, course: isKey, seed: /^[a-z0-9]{8,16}$/,
  quizzes: [{"?": 1, hash: HASH, passed: true, best: 100, attempts: MANY, checked: true,
    last: value => value === null || fits({correct: MANY, total: MANY, percent: 100}, value),
    answers: [{h: HASH, a: /^[0-9a-z,]{0,2000}$/}]}],
  scenarios: [{"?": 1, hash: HASH, plays: MANY, best: {points: MANY, ending: value => ENDINGS.includes(value)},
    current: {node: isKey, points: MANY, path: value => Array.isArray(value) && value.length < 500 && value.every(index => fits(99, index))}}],
  worksheets: [[/^[^]{0,5000}$/]],
  places: [{step: MANY}]
};

function fits(rule, value) {
  if (typeof rule == "function") return rule(value);
  if (typeof rule == "number") return Number.isInteger(value) && value >= 0 && value <= rule;
  if (rule === true) return typeof value == "boolean";
  if (rule instanceof RegExp) return typeof value == "string" && rule.test(value);
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  if (Array.isArray(rule)) return keys.length <= 500 && keys.every(key => isKey(key) && fits(rule[0], value[key]));
  return keys.every(key => key != "?" && has(rule, key) && fits(rule[key], value[key])) && (has(rule, "?") || Object.keys(rule).every(key => has(value, key)));
}

// Not secret: it only mixes up the options' order.
const newSeed = () => Math.random().toString(36).slice(2, 14).padEnd(8, "0");

// Migration table: STEPS[n] turns version n into version n + 1. Version 0 is the unversioned
// shape of early previews. Add a step for each new version; never edit an old one.
const STEPS = [
  data => ({...data, v: 1}),
  // 2: the course id, the learner's seed and places; texts at most 5,000 characters.
  (data, courseId) => ({
    quizzes: {}, scenarios: {}, worksheets: {},
    ...JSON.parse(JSON.stringify(data, (key, value) => (typeof value == "string" ? value.slice(0, 5000) : value))),
    v: 2, course: courseId, seed: newSeed(), places: {}
  })
];

// Anything brought up to VERSION that fits the schema, else null. A version-2 state keeps its
// own course id (so another course's file can be told apart).
function migrate(data, courseId) {
  if (!isObject(data)) return null;
  let version = data.v === undefined ? 0 : data.v;
  if (!Number.isInteger(version) || version < 0 || version > VERSION) return null;
  while (version < VERSION) data = STEPS[version++](data, courseId);
  return fits(SCHEMA, data) ? data : null;
}

const fresh = (courseId, seed) => ({v: VERSION, course: courseId, seed: seed || newSeed(), quizzes: {}, scenarios: {}, worksheets: {}, places: {}});

// Unreadable progress is kept aside (never deleted) and the learner starts afresh. A new
// learner's state is written at once, so the seed (the options' order) stays on reload.
function load(courseId) {
  const key = "course:" + courseId, stored = read(key);
  let data = null;
  try {
    data = migrate(JSON.parse(stored), courseId);
  } catch (error) {}
  if (stored && !data) {
    const aside = key + ":corrupt:" + Date.now();
    write(aside, stored);
    console.warn("course: progress set aside as " + aside);
  }
  if (!data) write(key, JSON.stringify((data = fresh(courseId))));
  data.course = courseId;
  return data;
}

function save(courseId, data) {
  write("course:" + courseId, JSON.stringify(data));
  watchers.forEach(watcher => watcher());
}

// Read, change, write: the stored state is read again just before each write, and a change
// touches only its own fields, so two tabs never undo each other's work.
function update(courseId, change) {
  const data = load(courseId);
  change(data);
  save(courseId, data);
  return data;
}

// ------------------------------------------------------------------ merge
const rank = best => (isObject(best) ? ENDINGS.indexOf(best.ending) * 1e6 + best.points : -1);
// The better scenario result: the better ending first (good > mixed > poor), then more points.
const better = (one, other) => (rank(other) > rank(one) ? other : one);

// The better of each result of `incoming` kept in `data`; gives what changed, per section:
// {quizzes: {added, improved, kept}, scenarios: {...}, answers: {added}, changed: how many in all}.
function merge(data, incoming) {
  const changes = {answers: {added: 0}, changed: 0};
  ["quizzes", "scenarios"].forEach(section => {
    const tally = (changes[section] = {added: 0, improved: 0, kept: 0});
    Object.keys(incoming[section]).forEach(id => {
      const mine = data[section][id], theirs = incoming[section][id], before = JSON.stringify(mine);
      if (!mine) data[section][id] = theirs;
      else {
        if (theirs.passed) mine.passed = true;
        ["best", "attempts", "plays"].forEach(key => typeof theirs[key] == "number" && (mine[key] = Math.max(mine[key] | 0, theirs[key])));
        if (isObject(theirs.best)) mine.best = better(mine.best, theirs.best);
      }
      const how = !mine ? "added" : JSON.stringify(mine) == before ? "kept" : "improved";
      tally[how]++;
      changes.changed += how != "kept";
    });
  });
  Object.keys(incoming.worksheets).forEach(id => {
    const mine = (data.worksheets[id] = data.worksheets[id] || {}), theirs = incoming.worksheets[id];
    Object.keys(theirs).forEach(key => !mine[key] && theirs[key] && (mine[key] = theirs[key]) && changes.answers.added++ + changes.changed++);
  });
  Object.keys(incoming.places).forEach(slug => (data.places[slug] = data.places[slug] || incoming.places[slug]));
  return changes;
}
