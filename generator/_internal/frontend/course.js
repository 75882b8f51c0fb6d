/*
 * course.js: enhances the course's static HTML (quizzes, scenarios, worksheets, progress).
 * One class per component, found by data-module, initialised once per element (GOV.UK
 * Frontend style): each extends Component, whose constructor sets the root, the course id and
 * the ready mark, then calls sync(). Learner state stays in localStorage under
 * "course:<course id>"; nothing is ever sent anywhere. The generator minifies it
 * (rjsmin) and writes the strings of the site's language in place of COURSE_STRINGS.
 */
(function () {
"use strict";
const STRINGS = COURSE_STRINGS;
const VERSION = 1;
const SECTIONS = ["quizzes", "scenarios", "worksheets"];
const OUTCOMES = {good: ["✓", "ending_good"], mixed: ["◐", "ending_mixed"], poor: ["✗", "ending_poor"]};
// How much of a question the learner has answered (every select of an order or match question counts).
const ANSWERED = "answered", UNANSWERED = "unanswered", PARTLY_ANSWERED = "partly";
const $ = (selector, root) => (root || document).querySelector(selector);
const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));
const on = (target, type, handler) => target.addEventListener(type, handler);
const text = (key, values) => (STRINGS[key] || key).replace(/\{(\w+)\}/g, (all, name) => values[name]);
const isObject = value => !!value && typeof value == "object" && !Array.isArray(value);
const isSelect = input => input.tagName == "SELECT";
const inputsOf = question => $$("input,select", question);
const labelOf = input => input.labels[0].textContent.trim();
const element = (tag, className = "", textContent = "") => Object.assign(document.createElement(tag), {className, textContent});
const button = (label, className, onclick) => Object.assign(element("button", "md-button " + className, label), {type: "button", onclick});

// A line with an icon and words: meaning never rests on colour or the icon alone.
function line(mark, words, className, tag) {
  const paragraph = element(tag || "p", className), icon = element("span", "course-icon", mark);
  icon.setAttribute("aria-hidden", "true");
  paragraph.append(icon, " ", words);
  return paragraph;
}

function focus(target) {
  if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.focus();
}

// Files are made in the page (Blob), never fetched. The link stays out of the document so
// Material's instant navigation never sees the click.
function download(name, content, type) {
  const link = element("a");
  link.href = URL.createObjectURL(new Blob([content], {type: type + ";charset=utf-8"}));
  link.download = name;
  link.click();
}

// Print one element only: the print stylesheet hides everything else while the classes are on.
function printOnly(target) {
  const classes = [document.documentElement.classList, target.classList];
  classes[0].add("course-printing");
  classes[1].add("course-print");
  window.addEventListener("afterprint", () => classes.forEach(list => list.remove("course-printing", "course-print")), {once: true});
  window.print();
}

// ---------------------------------------------------------------- storage
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

// ---------------------------------------------------------------- navigation marks
// A ✓ and the hidden words "(passed)" beside each navigation link of a passed module. The course
// is the page's; a page without a component uses the site's (STRINGS.course) or the last one seen.
let lastCourse = STRINGS.course;

function markPassedModules() {
  const root = $("[data-course]"), courseId = root ? (lastCourse = root.dataset.course) : lastCourse;
  if (!courseId) return;
  const quizzes = load(courseId).quizzes;
  const slugs = Object.keys(quizzes).filter(slug => quizzes[slug].passed && /^[\w-]+$/.test(slug));
  const pattern = new RegExp("/\\d+-(" + slugs.join("|") + ")(/|/index\\.html|\\.html)$");
  $$("a.md-nav__link").forEach(link => {
    const mark = $(".course-mark", link), passed = slugs.length > 0 && !link.hash && pattern.test(link.pathname);
    if (passed && !mark) link.append(line("✓", element("span", "course-sr", text("nav_passed")), "course-mark", "span"));
    if (!passed && mark) mark.remove();
  });
}

// ---------------------------------------------------------------- components
// What every widget shares: its root element, its course, the ready mark the stylesheet waits
// for (controls that need the script stay hidden until then), and sync() from stored state.
class Component {
  constructor(root, readyClass) {
    this.root = root;
    this.courseId = root.dataset.course;
    this.setUp();
    root.classList.add(readyClass);
    this.sync();
  }

  // Build the enhanced controls; each component adds its own.
  setUp() {}

  // Show what storage holds (also on return from the back/forward cache).
  sync() {}
}

// ---------------------------------------------------------------- quiz
class Quiz extends Component {
  // Answer policy: after checking, every question is marked "Correct" or "Incorrect", the
  // feedback of each chosen option and the explanation are shown. The right answer of a question
  // answered wrongly ("The right answer: ...") is revealed only once the quiz has been passed,
  // or from the learner's second checked attempt on: a first wrong attempt makes them think
  // again with the feedback, and nobody is ever stuck.
  constructor(root) {
    super(root, "cq--ready");
  }

  setUp() {
    const root = this.root;
    this.passMark = +root.dataset.pass;
    this.questions = $$(".cq-q", root);
    this.checkButton = $(".cq__check", root);
    this.errors = element("div", "cq__errors");
    this.errors.setAttribute("role", "alert");
    this.result = element("div", "cq__result");
    this.result.setAttribute("aria-live", "polite");
    this.againButton = button(text("try_again"), "cq__again", () => this.reset());
    const form = $(".cq__form", root), actions = $(".cq__actions", root);
    actions.before(this.result);
    actions.append(this.againButton);
    form.prepend(this.errors);
    on(form, "submit", event => {
      event.preventDefault();
      this.submit();
    });
    on(form, "change", () => this.keep());
  }

  // This quiz's saved state. When the trainer changes the quiz (its content hash), the learner
  // keeps what they achieved (best, passed, attempts) but the checked view starts afresh; saved
  // answers come back only for questions whose own hash still matches.
  state(data) {
    const hash = this.root.dataset.hash, slug = this.root.dataset.quiz;
    let saved = data.quizzes[slug];
    if (!saved || saved.hash !== hash) saved = data.quizzes[slug] = {...saved, hash, checked: false, last: null};
    if (!isObject(saved.answers)) saved.answers = {};
    return saved;
  }

  // Save the answers (and whatever `more` changes) in one go; gives the saved state. An answer
  // is compact (it travels in SCORM's 4 KB suspend_data): each input's value or 1/0, comma-joined.
  keep(more) {
    return this.state(
      update(this.courseId, data => {
        const saved = this.state(data);
        this.questions.forEach(question => {
          const values = inputsOf(question).map(input => (isSelect(input) ? input.value : +input.checked));
          saved.answers[question.dataset.qid] = {h: question.dataset.hash, a: values.join()};
        });
        if (more) more(saved);
      })
    );
  }

  answered(question) {
    const all = inputsOf(question), done = all.filter(input => input.checked || (isSelect(input) && input.value)).length;
    if (!done) return UNANSWERED;
    return isSelect(all[0]) && done < all.length ? PARTLY_ANSWERED : ANSWERED;
  }

  // Every option must be as it should (so "multiple" is all or nothing), every select right.
  correct(question) {
    return inputsOf(question).every(input => (isSelect(input) ? input.value == input.dataset.answer : input.checked == input.hasAttribute("data-correct")));
  }

  rightAnswer(question) {
    const all = inputsOf(question);
    if (!isSelect(all[0])) return all.filter(input => input.hasAttribute("data-correct")).map(labelOf).join("; ");
    return all
      .sort((first, second) => first.dataset.answer - second.dataset.answer)
      .map(select => labelOf(select) + ": " + Array.from(select.options).find(option => option.value == select.dataset.answer).text)
      .join("; ");
  }

  score() {
    const correct = this.questions.filter(question => this.correct(question)).length, total = this.questions.length;
    return {correct, total, percent: Math.round((100 * correct) / total)};
  }

  submit() {
    this.clear();
    const missing = this.questions.map((question, index) => [question, index + 1, this.answered(question)]).filter(entry => entry[2] != ANSWERED);
    if (missing.length) return this.complain(missing);
    const last = this.score();
    this.show(
      this.keep(saved => {
        saved.checked = true;
        saved.attempts = (saved.attempts | 0) + 1;
        saved.last = last;
        saved.best = Math.max(saved.best | 0, last.percent);
        saved.passed = !!saved.passed || last.percent >= this.passMark;
      })
    );
    focus(this.result);
  }

  // GOV.UK error summary: links to the unanswered questions, and a message in each of them.
  complain(missing) {
    const list = element("ul");
    missing.forEach(([question, number, how]) => {
      const words = text(how == PARTLY_ANSWERED ? "error_partly" : "error_unanswered", {number});
      const link = element("a", "", words), item = element("li"), message = element("p", "cq-q__error");
      link.href = "#" + question.id;
      on(link, "click", event => {
        event.preventDefault();
        inputsOf(question)[0].focus();
      });
      item.append(link);
      list.append(item);
      message.id = question.id + "-error";
      message.append(element("span", "course-sr", text("error_prefix") + " "), words);
      $(".cq-q__hint", question).after(message);
      question.setAttribute("aria-describedby", question.id + "-hint " + message.id);
      question.classList.add("cq-q--error");
    });
    this.errors.append(element("h3", "cq__errors-title", text("error_title")), list);
    focus(this.errors);
  }

  // The checked look. Without the answers (cleared to fit an LMS), only the last result shows.
  show(saved) {
    const reveal = saved.passed || saved.attempts > 1, answered = this.questions.every(question => this.answered(question) == ANSWERED);
    const result = answered ? this.score() : saved.last, passed = isObject(result) && result.percent >= this.passMark;
    if (!isObject(result)) return;
    this.questions.forEach(question => {
      inputsOf(question).forEach(input => (input.disabled = true));
      if (!answered) return;
      const right = this.correct(question), mark = $(".cq-q__mark", question);
      question.classList.add(right ? "cq-q--correct" : "cq-q--incorrect");
      mark.append(line(right ? "✓" : "✗", text(right ? "correct" : "incorrect"), "cq-q__verdict"));
      if (!right && reveal) mark.append(element("p", "cq-q__answer", text("right_answer", {answer: this.rightAnswer(question)})));
      $$(".cq-q__mark,.cq-q__explanation", question).forEach(part => (part.hidden = false));
      $$(".cq-opt__feedback", question).forEach(feedback => (feedback.hidden = !$("input", feedback.parentNode).checked));
    });
    this.result.className = "cq__result cq__result--" + (passed ? "pass" : "fail");
    this.result.append(
      element("p", "cq__score", text("result", result)),
      line(passed ? "✓" : "↻", text(passed ? "passed" : "not_passed"), "cq__verdict"),
      element("p", "", passed ? text("pass_done") : text("pass_needs", {pass_mark: this.passMark}))
    );
    this.checkButton.hidden = true;
    this.againButton.hidden = false;
  }

  // Back to the unchecked look; the answers stay as they are.
  clear() {
    this.errors.replaceChildren();
    this.result.replaceChildren();
    this.result.className = "cq__result";
    this.questions.forEach(question => {
      question.classList.remove("cq-q--error", "cq-q--correct", "cq-q--incorrect");
      question.setAttribute("aria-describedby", question.id + "-hint");
      $$(".cq-q__error", question).forEach(message => message.remove());
      $(".cq-q__mark", question).replaceChildren();
      $$(".cq-q__mark,.cq-q__explanation,.cq-opt__feedback", question).forEach(part => (part.hidden = true));
      inputsOf(question).forEach(input => (input.disabled = false));
    });
    this.checkButton.hidden = false;
    this.againButton.hidden = true;
  }

  // Try again: answers and marks go; the quiz's status and best score stay.
  reset() {
    this.clear();
    this.questions.forEach(question => inputsOf(question).forEach(input => (isSelect(input) ? (input.value = "") : (input.checked = false))));
    this.keep(saved => {
      saved.answers = {};
      saved.checked = false;
    });
    focus(inputsOf(this.root)[0]);
  }

  // Restore the saved answers of unchanged questions, and the checked state.
  sync() {
    this.clear();
    const saved = this.state(load(this.courseId));
    this.questions.forEach(question => {
      const answer = saved.answers[question.dataset.qid];
      const values = isObject(answer) && answer.h === question.dataset.hash && typeof answer.a == "string" ? answer.a.split(",") : [];
      inputsOf(question).forEach((input, index) => (isSelect(input) ? (input.value = values[index] || "") : (input.checked = values[index] == 1)));
    });
    if (saved.checked) this.show(saved);
  }
}

// ---------------------------------------------------------------- scenario
class Scenario extends Component {
  constructor(root) {
    super(root, "cs--ready");
  }

  setUp() {
    const root = this.root;
    this.nodes = $$(".cs-node", root);
    this.log = element("ol", "cs__log");
    this.history = element("div", "cs__history");
    this.history.append(element("h3", "cs__history-title", text("what_happened")), this.log);
    this.live = element("p", "course-sr");
    this.live.setAttribute("aria-live", "polite");
    this.end = element("div");
    $(".cs__title", root).after(this.history);
    root.append(this.live);
    on(root, "click", event => {
      const choice = event.target.closest(".cs-choice__button");
      if (choice) this.pick(choice);
    });
    this.restart();
  }

  go(name) {
    this.nodes.forEach(node => (node.hidden = node.dataset.node != name));
    return this.nodes.find(node => node.dataset.node == name);
  }

  restart(moveFocus) {
    this.points = 0;
    this.log.replaceChildren();
    this.history.hidden = true;
    this.live.textContent = "";
    this.end.remove();
    const start = this.go(this.root.dataset.start);
    if (moveFocus) focus(start);
  }

  // The choice and its consequence join the transcript; the next situation shows and takes focus.
  pick(choice) {
    const feedback = $(".cs-choice__feedback", choice.parentNode), item = element("li");
    item.append(element("p", "cs__chose", text("you_chose", {choice: choice.textContent.trim()})));
    if (feedback) {
      const copy = feedback.cloneNode(true);
      copy.hidden = false;
      item.append(copy);
    }
    this.log.append(item);
    this.history.hidden = false;
    this.points += +choice.dataset.points || 0;
    const node = this.go(choice.dataset.next), ending = node.dataset.ending;
    if (OUTCOMES[ending]) {
      const points = this.points;
      this.end.className = "cs__end cs__end--" + ending;
      this.end.replaceChildren(
        line(OUTCOMES[ending][0], text(OUTCOMES[ending][1]), "cs__outcome"),
        element("p", "", text("points", {points, best: this.root.dataset.best})),
        button(text("start_again"), "cs__again", () => this.restart(true))
      );
      node.append(this.end);
      update(this.courseId, data => {
        const id = this.root.dataset.scenario, hash = this.root.dataset.hash;
        let saved = data.scenarios[id];
        if (!saved || saved.hash !== hash) saved = data.scenarios[id] = {hash, plays: 0};
        saved.plays = (saved.plays | 0) + 1;
        if (!isObject(saved.best) || points > saved.best.points) saved.best = {points, ending};
      });
    }
    // Announced: the choice, its consequence and, at an ending, the outcome and the points.
    this.live.textContent = item.innerText + " " + (ending ? this.end.innerText : "");
    focus(node);
  }
}

// ---------------------------------------------------------------- worksheet
class Worksheet extends Component {
  constructor(root) {
    super(root, "cw--ready");
  }

  setUp() {
    const root = this.root, bar = element("div", "cw__actions");
    let timer = 0;
    this.boxes = $$("textarea", root);
    on(root, "input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.keep(), 300);
    });
    on(root, "change", () => this.keep());
    bar.append(
      button(text("worksheet_download"), "", () => download(root.dataset.worksheet + ".txt", this.asText(), "text/plain")),
      button(text("worksheet_print"), "", () => printOnly(root))
    );
    $(".cw__form", root).append(bar);
  }

  keep() {
    update(this.courseId, data => {
      const answers = (data.worksheets[this.root.dataset.worksheet] = {});
      this.boxes.forEach(box => box.value && (answers[box.name] = box.value));
    });
  }

  sync() {
    const answers = load(this.courseId).worksheets[this.root.dataset.worksheet] || {};
    this.boxes.forEach(box => (box.value = typeof answers[box.name] == "string" ? answers[box.name] : ""));
  }

  asText() {
    const title = $(".cw__title", this.root).textContent.trim();
    const parts = this.boxes.map(box => labelOf(box) + "\n\n" + (box.value.trim() || "-"));
    return [title, "=".repeat(title.length)].concat(parts).join("\n\n") + "\n";
  }
}

// ---------------------------------------------------------------- progress page
class Progress extends Component {
  constructor(root) {
    super(root, "cp--ready");
  }

  setUp() {
    const root = this.root;
    this.form = $(".cp__certificate-form", root);
    this.certificate = $(".cp__certificate", root);
    on(root, "click", event => {
      const action = event.target.closest("[data-action]");
      if (action) this[action.dataset.action]();
    });
    on($(".cp__import", root), "change", event => this.open(event.target));
    on(this.form, "submit", event => {
      event.preventDefault();
      this.make();
    });
  }

  sync() {
    const data = load(this.courseId), rows = $$(".cp-row[data-quiz-hash]", this.root);
    let passed = 0;
    rows.forEach(row => {
      const saved = data.quizzes[row.dataset.slug], cell = $(".cp-row__quiz", row);
      const status = !saved || !(saved.passed || saved.attempts) ? "not-started" : saved.passed ? "passed" : "not-passed";
      passed += status == "passed";
      cell.dataset.status = status;
      cell.textContent =
        status == "passed" ? text("status_passed") : status == "not-passed" ? text("status_not_passed") + ", " + text("best_percent", {percent: saved.best | 0}) : text("status_not_started");
    });
    $$("[data-scenario]", this.root).forEach(item => {
      const saved = data.scenarios[item.dataset.scenario], best = saved && saved.hash === item.dataset.hash && isObject(saved.best) && saved.best;
      const outcome = best && OUTCOMES[best.ending];
      $(".cp-row__outcome", item).textContent = outcome
        ? text("scenario_best", {outcome: text(outcome[1]), points: best.points, best: item.dataset.best})
        : text("status_not_started");
    });
    const total = rows.length, done = total > 0 && passed == total;
    $(".cp__summary", this.root).textContent = text("progress_summary", {passed, total, percent: total && Math.round((100 * passed) / total)});
    this.form.hidden = !done;
    $(".cp__certificate-locked", this.root).hidden = done;
    if (!done) this.certificate.hidden = true;
  }

  say(key) {
    this.sync();
    $(".cp__message", this.root).textContent = text(key);
  }

  export() {
    download(this.courseId + "-progress.json", JSON.stringify(load(this.courseId), null, 2), "application/json");
  }

  // A file replaces the stored progress only if it is course progress through and through.
  open(input) {
    const file = input.files[0];
    if (file)
      file.text().then(content => {
        let data = null;
        try {
          data = JSON.parse(content);
          data = typeof data.v == "number" ? migrate(data) : null;
        } catch (error) {}
        if (data) save(this.courseId, data);
        input.value = "";
        this.say(data ? "progress_imported" : "progress_import_failed");
      });
  }

  reset() {
    if (!window.confirm(text("progress_reset_confirm"))) return;
    save(this.courseId, fresh());
    this.say("progress_reset_done");
  }

  // Built with textContent only: the learner's name and the course's text are never HTML.
  make() {
    const name = $("input", this.form).value.trim(), certificate = this.certificate, modules = element("ul", "cp-cert__modules");
    const date = new Date().toLocaleDateString(document.documentElement.lang || undefined, {dateStyle: "long"});
    if (!name) return;
    modules.append(...$$(".cp-row th", this.root).map(heading => element("li", "", heading.textContent.trim())));
    certificate.replaceChildren(
      element("p", "cp-cert__title", text("certificate_heading")),
      element("p", "", text("certificate_text")),
      element("p", "cp-cert__name", name),
      element("p", "", text("certificate_completed")),
      element("p", "cp-cert__course", this.root.dataset.title),
      element("h3", "", text("certificate_modules")),
      modules,
      element("p", "cp-cert__date", text("certificate_date") + ": " + date),
      element("p", "cp-cert__note", text("certificate_note")),
      button(text("certificate_print"), "md-button--primary cp-cert__print", () => printOnly(certificate))
    );
    certificate.hidden = false;
    focus(certificate);
  }
}

// ---------------------------------------------------------------- start
const COMPONENTS = {"course-quiz": Quiz, "course-scenario": Scenario, "course-worksheet": Worksheet, "course-progress": Progress};
const instances = new WeakMap();

function init() {
  $$("[data-module]").forEach(root => {
    const Widget = COMPONENTS[root.dataset.module];
    if (!Widget || root.hasAttribute("data-course-init")) return;
    root.setAttribute("data-course-init", "");
    try {
      instances.set(root, new Widget(root));
    } catch (error) {
      console.error(error);
    }
  });
  markPassedModules();
}

// Back/forward cache: the page comes back as it was left, but storage may have moved on.
on(window, "pageshow", event => {
  if (!event.persisted) return;
  $$("[data-course-init]").forEach(root => {
    const component = instances.get(root);
    if (component) component.sync();
  });
  markPassedModules();
});

// Material's document$ announces each instant-navigation page; the page itself is also initialised
// directly, as Material never announces it on file:// (init is a no-op for elements already done).
if (window.document$) window.document$.subscribe(init);
if (document.readyState == "loading") on(document, "DOMContentLoaded", init);
else init();
})();
