// The learner's state (version 2): its schema, validation, migrations and merge, in one place.
// Self-contained (it names nothing from the other parts), so the SCORM adapter can include it.
// Stored as JSON in localStorage under "course:<course id>"; memory stands in when storage throws.
const VERSION = 2;
const isObject = value => !!value && typeof value == "object" && !Array.isArray(value);
const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
// Ids and slugs, as the generator makes them; never a name Object.prototype has ("constructor").
const isKey = key => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key) && key.length <= 80 && !(key in {});
const ENDINGS = ["poor", "mixed", "good"];

// ------------------------------------------------------------------ storage
const memory = {};
const watchers = []; // called after every save (the menu's passed marks)

function read(key) {
  if (has(memory, key)) return memory[key];
  try {
    return localStorage.getItem(key);
  } catch (error) {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, value);
    delete memory[key];
  } catch (error) {
    memory[key] = value; // blocked, or full: kept for this page only
  }
}

// Whether this browser keeps progress: storage answers, and nothing had to stay in memory.
function storageKept() {
  try {
    localStorage.setItem("course:probe", "1");
    localStorage.removeItem("course:probe");
    return !Object.keys(memory).length;
  } catch (error) {
    return false;
  }
}

// ------------------------------------------------------------------ schema
// Each check takes a value and says whether it fits; shape() and table() refuse unknown keys.
const count = (max = 1e6) => value => Number.isInteger(value) && value >= 0 && value <= max;
const matches = (pattern, max) => value => typeof value == "string" && value.length <= max && pattern.test(value);
const boolean = value => typeof value == "boolean";
const hash = matches(/^[0-9a-f]{12}$/, 12);
const shape = (fields, required = []) => value =>
  isObject(value) && Object.keys(value).every(key => has(fields, key) && fields[key](value[key])) && required.every(key => has(value, key));
const table = (entry, max = 500) => value =>
  isObject(value) && Object.keys(value).length <= max && Object.keys(value).every(key => isKey(key) && entry(value[key]));
const last = value =>
  value === null || (shape({correct: count(1e4), total: count(1e4), percent: count(100)}, ["correct", "total", "percent"])(value) && value.correct <= value.total);
const quizState = shape({
  hash, passed: boolean, best: count(100), attempts: count(), checked: boolean, last,
  answers: table(shape({h: hash, a: matches(/^[0-9a-z,]*$/, 2000)}, ["h", "a"]), 1000)
});
const ending = value => ENDINGS.includes(value);
const path = value => Array.isArray(value) && value.length <= 500 && value.every(count(100));
const scenarioState = shape({
  hash, plays: count(),
  best: shape({points: count(), ending}, ["points", "ending"]),
  current: shape({node: isKey, points: count(), path}, ["node", "points", "path"])
});
const valid = shape(
  {
    v: value => value === VERSION, course: isKey, seed: matches(/^[a-z0-9]{8,16}$/, 16),
    quizzes: table(quizState), scenarios: table(scenarioState),
    worksheets: table(table(matches(/^[^]*$/, 5000), 200)), places: table(shape({step: count(1e4)}, ["step"]))
  },
  ["v", "course", "seed", "quizzes", "scenarios", "worksheets", "places"]
);

function newSeed() {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), byte => (byte % 36).toString(36)).join("");
}

// Migration table: STEPS[n] turns version n into version n + 1. Version 0 is the unversioned
// shape of early previews. Add a step for each new version; never edit an old one.
const STEPS = [
  data => ({...data, v: 1}),
  // 2: the course id and the learner's seed; worksheet texts at most 5,000 characters; places.
  (data, courseId) => {
    const sheets = isObject(data.worksheets) ? data.worksheets : {};
    Object.values(sheets).forEach(answers => isObject(answers) && Object.keys(answers).forEach(key => {
      if (typeof answers[key] == "string") answers[key] = answers[key].slice(0, 5000);
    }));
    ["quizzes", "scenarios", "worksheets"].forEach(section => (data[section] = data[section] || {}));
    return {...data, v: 2, course: courseId, seed: newSeed(), places: {}};
  }
];

// Anything brought up to VERSION that fits the schema, else null. A version-2 state keeps its
// own course id (so another course's file can be told apart).
function migrate(data, courseId) {
  if (!isObject(data)) return null;
  let version = data.v === undefined ? 0 : data.v;
  if (!Number.isInteger(version) || version < 0 || version > VERSION) return null;
  while (version < VERSION) data = STEPS[version++](data, courseId);
  return valid(data) ? data : null;
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
    console.warn("course: unreadable progress set aside as " + aside);
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
// {quizzes: {added, improved, kept}, scenarios: {...}, answers: {added}}.
function merge(data, incoming) {
  const changes = {quizzes: {added: 0, improved: 0, kept: 0}, scenarios: {added: 0, improved: 0, kept: 0}, answers: {added: 0}};
  const join = (section, combine) =>
    Object.keys(incoming[section]).forEach(id => {
      const mine = data[section][id], theirs = incoming[section][id], tally = changes[section];
      if (!mine) return (data[section][id] = theirs), tally.added++;
      const before = JSON.stringify(mine);
      combine(mine, theirs);
      tally[JSON.stringify(mine) == before ? "kept" : "improved"]++;
    });
  join("quizzes", (mine, theirs) => {
    if (theirs.passed) mine.passed = true;
    ["best", "attempts"].forEach(key => has(theirs, key) && (mine[key] = Math.max(mine[key] | 0, theirs[key])));
  });
  join("scenarios", (mine, theirs) => {
    if (has(theirs, "plays")) mine.plays = Math.max(mine.plays | 0, theirs.plays);
    const best = better(mine.best, theirs.best);
    if (best) mine.best = best;
  });
  Object.keys(incoming.worksheets).forEach(id => {
    const mine = (data.worksheets[id] = data.worksheets[id] || {}), theirs = incoming.worksheets[id];
    Object.keys(theirs).forEach(key => !mine[key] && theirs[key] && (mine[key] = theirs[key]) && changes.answers.added++);
  });
  Object.keys(incoming.places).forEach(slug => (data.places[slug] = data.places[slug] || incoming.places[slug]));
  return changes;
}
