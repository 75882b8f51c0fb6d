/*
 * The SCORM adapter, shipped only inside a SCORM package: scorm12.js or scorm2004.js (how the version
 * names things), then this file, with state.js before them, inside one function.
 *
 * It runs in scorm-launch.html, which shows the course pages in a frame, so one LMS session lasts the
 * whole visit (Initialize once, Terminate once) whichever page the learner is on. The LMS is the record:
 *
 * - The learner's state lives here, in `courseStore`, for the whole session. The course pages in the
 *   frame read and write it there (state.js looks for the parent's store before localStorage), so
 *   they need no key of their own, nothing is lost when the browser keeps no storage, and this page
 *   learns of every change at once. (A key passed down in the frame's address would be lost at the
 *   first link; copying state in and out of localStorage fails when storage is blocked or full.)
 * - The browser copy is kept per LMS learner: "course:<id>:learner:<fingerprint of the learner id>",
 *   so the next learner on a shared computer never sees, or is reported with, the last one's work.
 * - On launch, the LMS's suspend_data and the browser copy are merged by result (state.js's merge:
 *   the better of each, never a pass or a score taken away), and what is reported never goes below
 *   what the LMS already holds.
 * - suspend_data is compact and versioned (encode below) and always fits the version's limit.
 * - Every call's return is checked, the LMS's error code and text read; the learner is told plainly
 *   when the LMS cannot be reached or cannot save, and their work stays in the browser meanwhile.
 * - At most one commit every five seconds, plus one when the page is hidden or left; exit is
 *   "suspend" and session_time (from performance.now(), never the wall clock) go with every commit.
 */
const PACKAGE = JSON.parse(document.getElementById("course-package").textContent);
const COURSE = PACKAGE.course, KEY = "course:" + COURSE;
const frame = document.getElementById("course-frame"), notice = document.getElementById("course-lms-notice");
const QUIZZES = {};
PACKAGE.quizzes.forEach(quiz => (QUIZZES[quiz.slug] = quiz));
const GAP = 5000; // milliseconds between commits at most
const RETRIES = 5; // failed commits in a row before waiting for the learner's next change
const started = performance.now();

let api = null, open = false, closing = false, reviewing = false;
let state = fresh(COURSE), shelfKey = "", browserKept = false;
let floor = {raw: 0, passed: false, completed: false, progress: 0};
let journal = null, pending = [], pageOpened = started;
const sent = {}, others = {}, checkedAt = {};
let dirty = false, timer = 0, lastCommit = -Infinity, failures = 0, changes = 0;

// ------------------------------------------------------------------ the LMS's API
// The SCORM rule: the API is window.API (1.2) or window.API_1484_11 (2004) on a parent, or the opener's.
function findApi(win) {
  for (let depth = 0; win && depth < 500; depth++) {
    try {
      if (win[LMS.api]) return win[LMS.api];
    } catch (error) {
      return null; // another site's window
    }
    if (win.parent == win) return null;
    win = win.parent;
  }
  return null;
}

// One call: its answer as a string; "" when the API throws (an LMS window gone mid-call).
function invoke(name, ...args) {
  try {
    return String(api[LMS.calls[name]](...args));
  } catch (error) {
    return "";
  }
}

function lastError() {
  const code = invoke("error");
  if (code == "0") return null;
  return {code: code || "101", text: invoke("text", code), detail: invoke("detail", code)};
}

// A call that failed: said in the console for the LMS's administrator. A session that is not open
// (never opened, or terminated by the LMS first) gets no more calls; nor does one being left.
function problem(what, error) {
  console.warn("course: the LMS could not " + what + " (error " + error.code + ": " + error.text + (error.detail ? "; " + error.detail : "") + ")");
  if (closing || LMS.closed.includes(error.code)) open = false;
}

function get(element) {
  if (!open) return "";
  const value = invoke("get", element), error = lastError();
  if (error && !LMS.unset.includes(error.code)) problem("read " + element, error);
  return error ? "" : value;
}

// Values already sent are not sent again. Some LMSs answer "false" with no error: taken as done.
function set(element, value) {
  value = String(value);
  if (!open) return false;
  if (sent[element] === value) return true;
  changes++;
  const error = invoke("set", element, value) == "true" ? null : lastError();
  if (error) {
    problem("keep " + element, error);
    return false;
  }
  sent[element] = value;
  return true;
}

function commit() {
  if (!open) return false;
  set(LMS.exit, "suspend");
  set(LMS.sessionTime, LMS.duration(performance.now() - started));
  const error = invoke("commit", "") == "true" ? null : lastError();
  if (error) problem("save (commit)", error);
  failures = error ? failures + 1 : 0;
  tell(error ? "lms_not_saving" : "");
  return !error;
}

// ------------------------------------------------------------------ telling the learner
function tell(key) {
  if (notice.dataset.key == (key || "")) return;
  notice.dataset.key = key || "";
  notice.textContent = key ? PACKAGE.strings[key] : "";
  notice.hidden = !key;
}

// ------------------------------------------------------------------ the store the course pages use
// The browser copy: kept when storage works, under this learner's key only.
function persist() {
  if (!shelfKey) return (browserKept = false);
  try {
    localStorage.setItem(shelfKey, JSON.stringify(state));
    browserKept = true;
  } catch (error) {
    browserKept = false;
  }
  return browserKept;
}

function browserCopy() {
  try {
    return shelfKey ? migrate(JSON.parse(localStorage.getItem(shelfKey)), COURSE) : null;
  } catch (error) {
    return null;
  }
}

// A new state from a course page: each newly checked quiz becomes interactions; reported soon.
function take(value) {
  let data = null;
  try {
    data = migrate(JSON.parse(value), COURSE);
  } catch (error) {}
  if (!data) return;
  noteChecks(state, data);
  state = data;
  persist();
  schedule();
}

const store = {
  getItem: key => (key == KEY ? JSON.stringify(state) : key in others ? others[key] : null),
  setItem(key, value) {
    if (key == KEY) return take(String(value));
    // Kept while the LMS saves or the browser keeps (the course pages' probe asks this).
    if (!(open && !failures) && !browserKept) throw new Error("course: progress is not being kept");
    others[key] = String(value);
  },
  removeItem: key => delete others[key]
};

// ------------------------------------------------------------------ what is reported
function summary(data) {
  let total = 0, passed = 0;
  PACKAGE.quizzes.forEach(quiz => {
    const saved = data.quizzes[quiz.slug];
    // A result earned before the trainer edited a quiz still counts, as on the progress page.
    if (!isObject(saved)) return;
    total += saved.best | 0;
    passed += !!saved.passed;
  });
  const count = PACKAGE.quizzes.length;
  return {scored: count > 0, raw: count ? Math.round(total / count) : 0, passed: passed == count, progress: count ? passed / count : 1};
}

// Never backwards: the LMS's record at launch, then each report, is the floor.
function report() {
  const now = summary(state);
  floor = {
    raw: Math.max(floor.raw, now.raw),
    passed: floor.passed || (now.scored && now.passed),
    completed: floor.completed || now.passed,
    progress: Math.max(floor.progress, now.progress)
  };
  if (!reviewing) {
    LMS.report(set, {...floor, scored: now.scored});
    pending.splice(0).forEach(item => LMS.interaction(set, journal.index(item.id), item));
  }
  set(LMS.suspend, encode(state, LMS.suspendLimit));
  const page = bookmark();
  if (page && page.length <= LMS.locationLimit) set(LMS.location, page);
}

function schedule() {
  dirty = true;
  if (!timer && open) timer = setTimeout(flush, Math.max(0, lastCommit + GAP * 2 ** Math.min(failures, 4) - performance.now()));
}

function flush() {
  clearTimeout(timer);
  timer = 0;
  if (!dirty || !open) return;
  dirty = false;
  const before = changes;
  report();
  // Nothing the LMS keeps has changed (a worksheet typed in: its text stays in the browser): no commit.
  if (changes == before && !failures) return;
  lastCommit = performance.now();
  if (commit()) return;
  dirty = true;
  if (failures < RETRIES) schedule(); // later, waiting longer each time; then at the learner's next change
}

// Leaving (or the LMS closing the window first): the last report, then Terminate, once.
function leave() {
  if (!open || closing) return;
  closing = true;
  clearTimeout(timer);
  report();
  commit();
  if (!open) return;
  const error = invoke("close", "") == "true" ? null : lastError();
  if (error) problem("finish", error);
  open = false;
}

// ------------------------------------------------------------------ interactions
const LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

// A checked quiz (one more attempt, as the package has it): each of its questions answered.
function noteChecks(before, after) {
  const now = performance.now();
  PACKAGE.quizzes.forEach(quiz => {
    const old = before.quizzes[quiz.slug], saved = after.quizzes[quiz.slug];
    if (!isObject(saved) || !saved.checked || saved.hash !== quiz.hash || (saved.attempts | 0) <= ((isObject(old) && old.attempts) | 0)) return;
    const since = Math.max(pageOpened, checkedAt[quiz.slug] || 0);
    checkedAt[quiz.slug] = now;
    quiz.questions.forEach(question => {
      const answer = isObject(saved.answers) && saved.answers[question.id];
      if (isObject(answer) && answer.h === question.hash) {
        const item = interaction(quiz, question, answer.a);
        if (item) pending.push({...item, latency: now - since});
      }
    });
  });
}

// The learner's response and the right one in SCORM's terms, from an answer as quiz.js saves it
// (one value per input in the file's order: 1/0 for options, the chosen value for a select) and the
// question's key (the same for the right answer).
function interaction(quiz, question, answer) {
  const values = answer.split(","), key = question.key.split(","), letter = index => LETTERS[index];
  const base = {id: quiz.slug + "_" + question.id, text: question.text, correct: answer == question.key};
  const chosen = flags => flags.map((flag, index) => (flag == "1" ? index : -1)).filter(index => index >= 0);
  if (values.length != key.length || key.length > LETTERS.length) return null;
  if (question.type == "true-false") {
    const word = flags => (chosen(flags)[0] == 0 ? "true" : "false");
    return {...base, type: "true-false", response: [word(values)], pattern: [word(key)]};
  }
  if (question.type == "single" || question.type == "multiple") return {...base, type: "choice", response: chosen(values).map(letter), pattern: chosen(key).map(letter)};
  if (question.type == "order") {
    // Select i shows the item at position key[i] of the file (its right place); the learner's order is
    // the items sorted by the positions chosen.
    const order = key.map((right, index) => [+values[index] || 0, +right - 1]).sort((one, other) => one[0] - other[0]);
    return {...base, type: "sequencing", response: order.map(item => letter(item[1])), pattern: key.map((right, index) => letter(index))};
  }
  // match: select i (the i-th left-hand item) holds the index of the right-hand text chosen.
  const pairs = list => list.map((value, index) => value !== "" && [(index + 1).toString(36), letter(+value)]).filter(Boolean);
  return {...base, type: "matching", response: pairs(values), pattern: pairs(key)};
}

// ------------------------------------------------------------------ suspend_data
// Compact and versioned: "c1", then sections split by "|", items by ",", fields by ".", numbers in
// base 36 (ids and slugs never hold those characters); the last section, worksheets, is always "{}":
// worksheet texts never leave the browser (the worksheet promises so, and an LMS shows suspend_data
// to its teachers), so they are kept in the browser copy only.
//   c1|seed|quizzes|scenarios|answers|transcripts|places|worksheets
//   quiz       slug.hash.best.attempts.flags[.correct.total]  (hash: first 4 hex; flags: 1 passed, 2 checked)
//   scenario   id.hash.plays[.ending.points]                   (ending: 0 poor, 1 mixed, 2 good)
//   answers    slug.answer.answer...  one per question of the package's quiz, in order, only while the
//              learner's quiz is the package's (same hash); an answer's values run together when each is
//              one character, else are joined by "~"
//   transcript id.node.points.path    (path: one base-36 digit per choice made)
//   place      slug.step
// When it does not fit, what can be rebuilt goes first: places, transcripts, saved answers, then
// scenario results, then quiz results not passed, then the rest.
const FORMAT = "c1";
const b36 = number => (number | 0).toString(36), n36 = text => (/^[0-9a-z]+$/.test(text) ? parseInt(text, 36) : NaN);
const short = hash => (typeof hash == "string" ? hash.slice(0, 4) : "0000");
const full = (prefix, known) => (known && known.startsWith(prefix) ? known : (prefix + "00000000").slice(0, 12));

function encode(data, limit) {
  const pools = {quizzes: [], passed: [], scenarios: [], answers: [], paths: [], places: []};
  Object.keys(data.quizzes).forEach(slug => {
    const saved = data.quizzes[slug], last = saved.last, quiz = QUIZZES[slug];
    const fields = [slug, short(saved.hash), b36(saved.best), b36(saved.attempts), b36(!!saved.passed + (saved.checked ? 2 : 0))];
    if (isObject(last)) fields.push(b36(last.correct), b36(last.total));
    (saved.passed ? pools.passed : pools.quizzes).push(fields.join("."));
    if (!quiz || saved.hash !== quiz.hash || !isObject(saved.answers)) return;
    const answers = quiz.questions.map(question => {
      const answer = saved.answers[question.id];
      if (!isObject(answer) || answer.h !== question.hash || typeof answer.a != "string") return "";
      const values = answer.a.split(",");
      return values.every(value => value.length == 1) ? values.join("") : values.join("~");
    });
    if (answers.some(Boolean)) pools.answers.push([slug, ...answers].join("."));
  });
  Object.keys(data.scenarios).forEach(id => {
    const saved = data.scenarios[id], best = saved.best, current = saved.current;
    const fields = [id, short(saved.hash), b36(saved.plays)];
    if (isObject(best)) fields.push(ENDINGS.indexOf(best.ending), b36(best.points));
    pools.scenarios.push(fields.join("."));
    if (isObject(current) && current.path.every(index => index < 36)) pools.paths.push([id, current.node, b36(current.points), current.path.map(b36).join("")].join("."));
  });
  Object.keys(data.places).forEach(slug => pools.places.push(slug + "." + b36(data.places[slug].step)));
  const text = () => [FORMAT, data.seed, pools.passed.concat(pools.quizzes).join(","), pools.scenarios.join(","), pools.answers.join(","), pools.paths.join(","), pools.places.join(","), "{}"].join("|");
  const order = ["places", "paths", "answers", "scenarios", "quizzes", "passed"];
  let result = text();
  while (result.length > limit) {
    const pool = pools[order.find(name => pools[name].length)];
    if (!pool) break; // nothing left to drop: cannot happen within SCORM's limits
    pool.pop();
    result = text();
  }
  return result;
}

// The state a suspend_data holds, checked against the state's schema; null when it holds none.
// The first adapter's suspend_data (the state as JSON) is read too.
function decode(text) {
  if (!text) return null;
  try {
    if (text[0] == "{") return migrate(JSON.parse(text), COURSE);
    const parts = text.split("|"), items = part => (part ? part.split(",").map(item => item.split(".")) : []);
    if (parts[0] != FORMAT || parts.length < 8) return null;
    const data = fresh(COURSE, /^[a-z0-9]{8,16}$/.test(parts[1]) ? parts[1] : undefined);
    items(parts[2]).forEach(([slug, hash, best, attempts, flags, correct, total]) => {
      const quiz = QUIZZES[slug], saved = {hash: full(hash, quiz && quiz.hash), best: n36(best), attempts: n36(attempts), passed: !!(n36(flags) & 1), checked: !!(n36(flags) & 2), last: null, answers: {}};
      if (total) saved.last = {correct: n36(correct), total: n36(total), percent: Math.round((100 * n36(correct)) / n36(total))};
      data.quizzes[slug] = saved;
    });
    items(parts[3]).forEach(([id, hash, plays, ending, points]) => {
      data.scenarios[id] = {hash: full(hash, (PACKAGE.scenarios.find(item => item.id == id) || {}).hash), plays: n36(plays)};
      if (ending) data.scenarios[id].best = {ending: ENDINGS[+ending], points: n36(points)};
    });
    items(parts[4]).forEach(([slug, ...answers]) => {
      const quiz = QUIZZES[slug], saved = data.quizzes[slug];
      if (!quiz || !saved || saved.hash !== quiz.hash) return;
      answers.forEach((answer, index) => {
        const question = quiz.questions[index];
        if (question && answer) saved.answers[question.id] = {h: question.hash, a: (answer.includes("~") ? answer.split("~") : answer.split("")).join(",")};
      });
    });
    items(parts[5]).forEach(([id, node, points, path]) => {
      if (data.scenarios[id]) data.scenarios[id].current = {node, points: n36(points), path: (path || "").split("").map(n36)};
    });
    items(parts[6]).forEach(([slug, step]) => (data.places[slug] = {step: n36(step)}));
    data.worksheets = JSON.parse(parts.slice(7).join("|"));
    return migrate(data, COURSE);
  } catch (error) {
    return null;
  }
}

// ------------------------------------------------------------------ bookmarks
// A page of this package only, as a relative path ("04-ladder.html#cq-ladder"): never another site,
// never a path from the server's root, never the launch page itself.
function safePage(path) {
  const match = typeof path == "string" && /^((?:[\w-]+\/)*[\w-]+\.html)(#[\w.-]*)?$/.exec(path);
  return match && PACKAGE.pages.includes(match[1]) ? path : "";
}

function bookmark() {
  try {
    const here = frame.contentWindow.location, base = location.href.replace(/[^/]*([?#].*)?$/, "");
    return here.href.startsWith(base) ? safePage(here.href.slice(base.length)) : "";
  } catch (error) {
    return ""; // another site, opened from a link in the course
  }
}

// A learner's id kept out of storage keys: two 32-bit FNV-1a hashes.
function fingerprint(text) {
  return [2166136261, 3323198485].map(seed => {
    let hash = seed;
    for (const character of text) hash = Math.imul(hash ^ character.codePointAt(0), 16777619);
    return (hash >>> 0).toString(16).padStart(8, "0");
  }).join("");
}

// ------------------------------------------------------------------ start
function begin() {
  api = findApi(window) || (window.opener ? findApi(window.opener) : null);
  if (!api) {
    // Opened outside an LMS (a trainer trying the package): the course keeps its progress in this browser.
    tell("lms_none");
    frame.src = PACKAGE.start;
    return;
  }
  window.courseStore = store;
  open = invoke("open", "") == "true";
  if (!open) {
    const error = lastError() || {code: "0", text: "no error given"};
    open = LMS.opened.includes(error.code);
    if (!open) problem("start the session", error);
  }
  if (!open) {
    // The learner's work stays in this window until it closes (no learner id: nothing in storage).
    tell("lms_unreachable");
    frame.src = PACKAGE.start;
    return;
  }
  const learner = get(LMS.learner);
  shelfKey = learner ? KEY + ":learner:" + fingerprint(learner) : "";
  const recorded = decode(get(LMS.suspend)), copy = browserCopy();
  state = recorded || fresh(COURSE, copy ? copy.seed : undefined);
  if (copy) merge(state, copy);
  floor = LMS.recorded(get);
  reviewing = LMS.reviewing(get);
  journal = LMS.interactions(get);
  persist();
  const page = safePage(get(LMS.location));
  dirty = true;
  flush();
  frame.src = page || PACKAGE.start;
}

frame.addEventListener("load", () => {
  pageOpened = performance.now();
  if (open && bookmark()) schedule();
});
// Another window of the same learner's course: its results join this one's.
window.addEventListener("storage", event => {
  if (!shelfKey || event.key != shelfKey || !event.newValue) return;
  let other = null;
  try {
    other = migrate(JSON.parse(event.newValue), COURSE);
  } catch (error) {}
  if (!other || !merge(state, other).changed) return;
  schedule();
  try {
    frame.contentWindow.dispatchEvent(new StorageEvent("storage", {key: KEY}));
  } catch (error) {}
});
// Hidden (another tab, the phone locked, the LMS moving on): commit now, while the LMS can still be
// reached the usual way; leaving: the last report and Terminate.
document.addEventListener("visibilitychange", () => document.visibilityState == "hidden" && flush());
window.addEventListener("pagehide", leave);
window.addEventListener("beforeunload", leave);
begin();
