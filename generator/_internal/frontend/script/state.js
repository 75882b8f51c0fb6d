// The learner's state in the browser: storage that may be blocked, versions and migrations.
const VERSION = 1;
const SECTIONS = ["quizzes", "scenarios", "worksheets"];

// localStorage when it works; memory when any access throws (private modes, blocked storage).
const memory = {};

function read(key) {
  if (key in memory) return memory[key];
  try {
    return localStorage.getItem(key);
  } catch (error) {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch (error) {
    memory[key] = value;
  }
}

// Migration table: STEPS[n] turns version n into version n + 1. Version 0 is the unversioned
// shape of early previews (the same sections, no "v"). Add a step for each new version; never
// edit an old one. Anything that cannot be brought up to VERSION gives null.
const STEPS = [data => Object.assign({}, data, {v: 1})];

function migrate(data) {
  if (!isObject(data)) return null;
  let version = data.v || 0;
  while (version < VERSION && STEPS[version]) data = STEPS[version++](data);
  const wellFormed = section => data[section] == null || (isObject(data[section]) && Object.values(data[section]).every(isObject));
  if (data.v !== VERSION || !SECTIONS.every(wellFormed)) return null;
  SECTIONS.forEach(section => (data[section] = data[section] || {}));
  return data;
}

const fresh = () => migrate({v: VERSION});

// Unreadable progress is kept aside (never deleted) and the learner starts afresh.
function load(courseId) {
  const key = "course:" + courseId, stored = read(key);
  let data = null;
  try {
    data = migrate(JSON.parse(stored));
  } catch (error) {}
  if (stored && !data) {
    const aside = key + ":corrupt:" + Date.now();
    write(aside, stored);
    console.warn("course: unreadable progress set aside as " + aside);
    write(key, JSON.stringify(fresh()));
  }
  return data || fresh();
}

function save(courseId, data) {
  write("course:" + courseId, JSON.stringify(data));
  markPassedModules();
}

function update(courseId, change) {
  const data = load(courseId);
  change(data);
  save(courseId, data);
  return data;
}
