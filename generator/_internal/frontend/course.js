/*
 * course.js: enhances the course's static HTML (quizzes, scenarios, worksheets, progress).
 * One class per component, found by data-module, initialised once per element (GOV.UK
 * Frontend style). Learner state stays in localStorage under "course:<course id>"; nothing
 * is ever sent anywhere. Whole-line comments are stripped before shipping.
 */
(function () {
"use strict";
const S = /*@strings@*/{};
const VERSION = 1;
const SECTIONS = ["quizzes", "scenarios", "worksheets"];
const OUTCOMES = {good: ["✓", "ending_good"], mixed: ["◐", "ending_mixed"], poor: ["✗", "ending_poor"]};
const $ = (selector, root) => (root || document).querySelector(selector);
const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));
const on = (target, type, handler) => target.addEventListener(type, handler);
const t = (key, values) => (S[key] || key).replace(/\{(\w+)\}/g, (all, name) => values[name]);
const isObj = x => !!x && typeof x == "object" && !Array.isArray(x);
const isSelect = input => input.tagName == "SELECT";
const inputs = q => $$("input,select", q);
const label = input => input.labels[0].textContent.trim();
const el = (tag, className = "", textContent = "") => Object.assign(document.createElement(tag), {className, textContent});
const button = (text, className, onclick) => Object.assign(el("button", "md-button " + className, text), {type: "button", onclick});

// A line with an icon and words: meaning never rests on colour or the icon alone.
function line(mark, text, className, tag) {
  const p = el(tag || "p", className), icon = el("span", "course-icon", mark);
  icon.setAttribute("aria-hidden", "true");
  p.append(icon, " ", text);
  return p;
}

function focus(e) {
  if (!e.hasAttribute("tabindex")) e.tabIndex = -1;
  e.focus();
}

// Files are made in the page (Blob), never fetched. The link stays out of the document so
// Material's instant navigation never sees the click.
function download(name, text, type) {
  const a = el("a");
  a.href = URL.createObjectURL(new Blob([text], {type: type + ";charset=utf-8"}));
  a.download = name;
  a.click();
}

// Print one element only: the print stylesheet hides everything else while the classes are on.
function printOnly(target) {
  const classes = [document.documentElement.classList, target.classList];
  classes[0].add("course-printing");
  classes[1].add("course-print");
  window.addEventListener("afterprint", () => classes.forEach(c => c.remove("course-printing", "course-print")), {once: true});
  window.print();
}

// ---------------------------------------------------------------- storage
// localStorage when it works; memory when any access throws (private modes, blocked storage).
const memory = {};

function read(key) {
  if (key in memory) return memory[key];
  try {
    return localStorage.getItem(key);
  } catch (e) {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch (e) {
    memory[key] = value;
  }
}

// Migration table: STEPS[n] turns version n into version n + 1. Version 0 is the unversioned
// shape of early previews (the same sections, no "v"). Add a step for each new version; never
// edit an old one. Anything that cannot be brought up to VERSION gives null.
const STEPS = [data => Object.assign({}, data, {v: 1})];

function migrate(data) {
  if (!isObj(data)) return null;
  let v = data.v || 0;
  while (v < VERSION && STEPS[v]) data = STEPS[v++](data);
  if (data.v !== VERSION || !SECTIONS.every(s => data[s] == null || (isObj(data[s]) && Object.values(data[s]).every(isObj)))) return null;
  SECTIONS.forEach(s => (data[s] = data[s] || {}));
  return data;
}

const fresh = () => migrate({v: VERSION});

// Unreadable progress is kept aside (never deleted) and the learner starts afresh.
function load(id) {
  const key = "course:" + id, text = read(key);
  let data = null;
  try {
    data = migrate(JSON.parse(text));
  } catch (e) {}
  if (text && !data) {
    const aside = key + ":corrupt:" + Date.now();
    write(aside, text);
    console.warn("course: unreadable progress set aside as " + aside);
    write(key, JSON.stringify(fresh()));
  }
  return data || fresh();
}

function save(id, data) {
  write("course:" + id, JSON.stringify(data));
  marks();
}

function update(id, change) {
  const data = load(id);
  change(data);
  save(id, data);
  return data;
}

// ---------------------------------------------------------------- navigation marks
// A ✓ and the hidden words "(passed)" beside each navigation link of a passed module. The course
// is the page's; a page without a component uses the site's (S.course) or the last one seen.
let lastCourse = S.course;

function marks() {
  const root = $("[data-course]"), id = root ? (lastCourse = root.dataset.course) : lastCourse;
  if (!id) return;
  const quizzes = load(id).quizzes;
  const slugs = Object.keys(quizzes).filter(k => quizzes[k].passed && /^[\w-]+$/.test(k));
  const pattern = new RegExp("/\\d+-(" + slugs.join("|") + ")(/|/index\\.html|\\.html)$");
  $$("a.md-nav__link").forEach(a => {
    const mark = $(".course-mark", a), passed = slugs.length > 0 && !a.hash && pattern.test(a.pathname);
    if (passed && !mark) a.append(line("✓", el("span", "course-sr", t("nav_passed")), "course-mark", "span"));
    if (!passed && mark) mark.remove();
  });
}

// ---------------------------------------------------------------- quiz
class Quiz {
  // Answer policy: after checking, every question is marked "Correct" or "Incorrect", the
  // feedback of each chosen option and the explanation are shown. The right answer of a question
  // answered wrongly ("The right answer: ...") is revealed only once the quiz has been passed,
  // or from the learner's second checked attempt on: a first wrong attempt makes them think
  // again with the feedback, and nobody is ever stuck.
  constructor(root) {
    this.root = root;
    this.id = root.dataset.course;
    this.pass = +root.dataset.pass;
    this.questions = $$(".cq-q", root);
    this.check = $(".cq__check", root);
    this.errors = el("div", "cq__errors");
    this.errors.setAttribute("role", "alert");
    this.result = el("div", "cq__result");
    this.result.setAttribute("aria-live", "polite");
    this.again = button(t("try_again"), "cq__again", () => this.reset());
    const form = $(".cq__form", root), actions = $(".cq__actions", root);
    actions.before(this.result);
    actions.append(this.again);
    form.prepend(this.errors);
    on(form, "submit", e => {
      e.preventDefault();
      this.submit();
    });
    on(form, "change", () => this.keep());
    root.classList.add("cq--ready");
    this.sync();
  }

  // This quiz's saved state. When the trainer changes the quiz (its content hash), the learner
  // keeps what they achieved (best, passed, attempts) but the checked view starts afresh; saved
  // answers come back only for questions whose own hash still matches.
  state(data) {
    const hash = this.root.dataset.hash, slug = this.root.dataset.quiz;
    let s = data.quizzes[slug];
    if (!s || s.hash !== hash) s = data.quizzes[slug] = {...s, hash, checked: false, last: null};
    if (!isObj(s.answers)) s.answers = {};
    return s;
  }

  // Save the answers (and whatever `more` changes) in one go; gives the saved state. An answer
  // is compact (it travels in SCORM's 4 KB suspend_data): each input's value or 1/0, comma-joined.
  keep(more) {
    return this.state(
      update(this.id, d => {
        const s = this.state(d);
        this.questions.forEach(q => (s.answers[q.dataset.qid] = {h: q.dataset.hash, a: inputs(q).map(i => (isSelect(i) ? i.value : +i.checked)).join()}));
        if (more) more(s);
      })
    );
  }

  // 0: answered; 1: not answered; 2: partly answered (a select still empty).
  missing(q) {
    const all = inputs(q), done = all.filter(i => i.checked || (isSelect(i) && i.value)).length;
    return !done ? 1 : isSelect(all[0]) && done < all.length ? 2 : 0;
  }

  // Every option must be as it should (so "multiple" is all or nothing), every select right.
  correct(q) {
    return inputs(q).every(i => (isSelect(i) ? i.value == i.dataset.answer : i.checked == i.hasAttribute("data-correct")));
  }

  answer(q) {
    const all = inputs(q);
    if (!isSelect(all[0])) return all.filter(i => i.hasAttribute("data-correct")).map(label).join("; ");
    return all
      .sort((a, b) => a.dataset.answer - b.dataset.answer)
      .map(s => label(s) + ": " + Array.from(s.options).find(o => o.value == s.dataset.answer).text)
      .join("; ");
  }

  score() {
    const correct = this.questions.filter(q => this.correct(q)).length, total = this.questions.length;
    return {correct, total, percent: Math.round((100 * correct) / total)};
  }

  submit() {
    this.clear();
    const missing = this.questions.map((q, n) => [q, n + 1, this.missing(q)]).filter(m => m[2]);
    if (missing.length) return this.complain(missing);
    const last = this.score();
    this.show(
      this.keep(s => {
        s.checked = true;
        s.attempts = (s.attempts | 0) + 1;
        s.last = last;
        s.best = Math.max(s.best | 0, last.percent);
        s.passed = !!s.passed || last.percent >= this.pass;
      })
    );
    focus(this.result);
  }

  // GOV.UK error summary: links to the unanswered questions, and a message in each of them.
  complain(missing) {
    const list = el("ul");
    missing.forEach(([q, number, kind]) => {
      const text = t(kind == 2 ? "error_partly" : "error_unanswered", {number});
      const link = el("a", "", text), item = el("li"), message = el("p", "cq-q__error");
      link.href = "#" + q.id;
      on(link, "click", e => {
        e.preventDefault();
        inputs(q)[0].focus();
      });
      item.append(link);
      list.append(item);
      message.id = q.id + "-error";
      message.append(el("span", "course-sr", t("error_prefix") + " "), text);
      $(".cq-q__hint", q).after(message);
      q.setAttribute("aria-describedby", q.id + "-hint " + message.id);
      q.classList.add("cq-q--error");
    });
    this.errors.append(el("h3", "cq__errors-title", t("error_title")), list);
    focus(this.errors);
  }

  // The checked look. Without the answers (cleared to fit an LMS), only the last result shows.
  show(s) {
    const reveal = s.passed || s.attempts > 1, answered = this.questions.every(q => !this.missing(q));
    const result = answered ? this.score() : s.last, passed = isObj(result) && result.percent >= this.pass;
    if (!isObj(result)) return;
    this.questions.forEach(q => {
      inputs(q).forEach(i => (i.disabled = true));
      if (!answered) return;
      const ok = this.correct(q), mark = $(".cq-q__mark", q);
      q.classList.add(ok ? "cq-q--correct" : "cq-q--incorrect");
      mark.append(line(ok ? "✓" : "✗", t(ok ? "correct" : "incorrect"), "cq-q__verdict"));
      if (!ok && reveal) mark.append(el("p", "cq-q__answer", t("right_answer", {answer: this.answer(q)})));
      $$(".cq-q__mark,.cq-q__explanation", q).forEach(e => (e.hidden = false));
      $$(".cq-opt__feedback", q).forEach(f => (f.hidden = !$("input", f.parentNode).checked));
    });
    this.result.className = "cq__result cq__result--" + (passed ? "pass" : "fail");
    this.result.append(
      el("p", "cq__score", t("result", result)),
      line(passed ? "✓" : "↻", t(passed ? "passed" : "not_passed"), "cq__verdict"),
      el("p", "", passed ? t("pass_done") : t("pass_needs", {pass_mark: this.pass}))
    );
    this.check.hidden = true;
    this.again.hidden = false;
  }

  // Back to the unchecked look; the answers stay as they are.
  clear() {
    this.errors.replaceChildren();
    this.result.replaceChildren();
    this.result.className = "cq__result";
    this.questions.forEach(q => {
      q.classList.remove("cq-q--error", "cq-q--correct", "cq-q--incorrect");
      q.setAttribute("aria-describedby", q.id + "-hint");
      $$(".cq-q__error", q).forEach(e => e.remove());
      $(".cq-q__mark", q).replaceChildren();
      $$(".cq-q__mark,.cq-q__explanation,.cq-opt__feedback", q).forEach(e => (e.hidden = true));
      inputs(q).forEach(i => (i.disabled = false));
    });
    this.check.hidden = false;
    this.again.hidden = true;
  }

  // Try again: answers and marks go; the quiz's status and best score stay.
  reset() {
    this.clear();
    this.questions.forEach(q => inputs(q).forEach(i => (isSelect(i) ? (i.value = "") : (i.checked = false))));
    this.keep(s => {
      s.answers = {};
      s.checked = false;
    });
    focus(inputs(this.root)[0]);
  }

  // Restore the saved answers of unchanged questions, and the checked state.
  sync() {
    this.clear();
    const s = this.state(load(this.id));
    this.questions.forEach(q => {
      const saved = s.answers[q.dataset.qid], all = inputs(q);
      const a = isObj(saved) && saved.h === q.dataset.hash && typeof saved.a == "string" ? saved.a.split(",") : [];
      all.forEach((i, n) => (isSelect(i) ? (i.value = a[n] || "") : (i.checked = a[n] == 1)));
    });
    if (s.checked) this.show(s);
  }
}

// ---------------------------------------------------------------- scenario
class Scenario {
  constructor(root) {
    this.root = root;
    this.nodes = $$(".cs-node", root);
    this.log = el("ol", "cs__log");
    this.history = el("div", "cs__history");
    this.history.append(el("h3", "cs__history-title", t("what_happened")), this.log);
    this.live = el("p", "course-sr");
    this.live.setAttribute("aria-live", "polite");
    this.end = el("div");
    $(".cs__title", root).after(this.history);
    root.append(this.live);
    on(root, "click", e => {
      const choice = e.target.closest(".cs-choice__button");
      if (choice) this.pick(choice);
    });
    root.classList.add("cs--ready");
    this.restart();
  }

  go(name) {
    this.nodes.forEach(n => (n.hidden = n.dataset.node != name));
    return this.nodes.find(n => n.dataset.node == name);
  }

  restart(move) {
    this.points = 0;
    this.log.replaceChildren();
    this.history.hidden = true;
    this.live.textContent = "";
    this.end.remove();
    const start = this.go(this.root.dataset.start);
    if (move) focus(start);
  }

  // The choice and its consequence join the transcript; the next situation shows and takes focus.
  pick(choice) {
    const feedback = $(".cs-choice__feedback", choice.parentNode), item = el("li");
    item.append(el("p", "cs__chose", t("you_chose", {choice: choice.textContent.trim()})));
    if (feedback) {
      const copy = feedback.cloneNode(true);
      copy.hidden = false;
      item.append(copy);
    }
    this.log.append(item);
    this.history.hidden = false;
    this.points += +choice.dataset.points || 0;
    const node = this.go(choice.dataset.next), kind = node.dataset.ending;
    if (OUTCOMES[kind]) {
      const points = this.points;
      this.end.className = "cs__end cs__end--" + kind;
      this.end.replaceChildren(
        line(OUTCOMES[kind][0], t(OUTCOMES[kind][1]), "cs__outcome"),
        el("p", "", t("points", {points, best: this.root.dataset.best})),
        button(t("start_again"), "cs__again", () => this.restart(true))
      );
      node.append(this.end);
      update(this.root.dataset.course, d => {
        const id = this.root.dataset.scenario, hash = this.root.dataset.hash;
        let s = d.scenarios[id];
        if (!s || s.hash !== hash) s = d.scenarios[id] = {hash, plays: 0};
        s.plays = (s.plays | 0) + 1;
        if (!isObj(s.best) || points > s.best.points) s.best = {points, ending: kind};
      });
    }
    // Announced: the choice, its consequence and, at an ending, the outcome and the points.
    this.live.textContent = item.innerText + " " + (kind ? this.end.innerText : "");
    focus(node);
  }
}

// ---------------------------------------------------------------- worksheet
class Worksheet {
  constructor(root) {
    const bar = el("div", "cw__actions");
    let timer = 0;
    this.root = root;
    this.boxes = $$("textarea", root);
    on(root, "input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.keep(), 300);
    });
    on(root, "change", () => this.keep());
    bar.append(
      button(t("worksheet_download"), "", () => download(root.dataset.worksheet + ".txt", this.text(), "text/plain")),
      button(t("worksheet_print"), "", () => printOnly(root))
    );
    $(".cw__form", root).append(bar);
    root.classList.add("cw--ready");
    this.sync();
  }

  keep() {
    update(this.root.dataset.course, d => {
      const answers = (d.worksheets[this.root.dataset.worksheet] = {});
      this.boxes.forEach(b => b.value && (answers[b.name] = b.value));
    });
  }

  sync() {
    const answers = load(this.root.dataset.course).worksheets[this.root.dataset.worksheet] || {};
    this.boxes.forEach(b => (b.value = typeof answers[b.name] == "string" ? answers[b.name] : ""));
  }

  text() {
    const title = $(".cw__title", this.root).textContent.trim();
    const parts = this.boxes.map(b => label(b) + "\n\n" + (b.value.trim() || "-"));
    return [title, "=".repeat(title.length)].concat(parts).join("\n\n") + "\n";
  }
}

// ---------------------------------------------------------------- progress page
class Progress {
  constructor(root) {
    this.root = root;
    this.id = root.dataset.course;
    this.form = $(".cp__certificate-form", root);
    this.certificate = $(".cp__certificate", root);
    on(root, "click", e => {
      const action = e.target.closest("[data-action]");
      if (action) this[action.dataset.action]();
    });
    on($(".cp__import", root), "change", e => this.open(e.target));
    on(this.form, "submit", e => {
      e.preventDefault();
      this.make();
    });
    root.classList.add("cp--ready");
    this.sync();
  }

  sync() {
    const data = load(this.id), rows = $$(".cp-row[data-quiz-hash]", this.root);
    let passed = 0;
    rows.forEach(row => {
      const s = data.quizzes[row.dataset.slug], cell = $(".cp-row__quiz", row);
      const status = !s || !(s.passed || s.attempts) ? "not-started" : s.passed ? "passed" : "not-passed";
      passed += status == "passed";
      cell.dataset.status = status;
      cell.textContent =
        status == "passed" ? t("status_passed") : status == "not-passed" ? t("status_not_passed") + ", " + t("best_percent", {percent: s.best | 0}) : t("status_not_started");
    });
    $$("[data-scenario]", this.root).forEach(item => {
      const s = data.scenarios[item.dataset.scenario], best = s && s.hash === item.dataset.hash && isObj(s.best) && s.best;
      const outcome = best && OUTCOMES[best.ending];
      $(".cp-row__outcome", item).textContent = outcome
        ? t("scenario_best", {outcome: t(outcome[1]), points: best.points, best: item.dataset.best})
        : t("status_not_started");
    });
    const total = rows.length, done = total > 0 && passed == total;
    $(".cp__summary", this.root).textContent = t("progress_summary", {passed, total, percent: total && Math.round((100 * passed) / total)});
    this.form.hidden = !done;
    $(".cp__certificate-locked", this.root).hidden = done;
    if (!done) this.certificate.hidden = true;
  }

  say(key) {
    this.sync();
    $(".cp__message", this.root).textContent = t(key);
  }

  export() {
    download(this.id + "-progress.json", JSON.stringify(load(this.id), null, 2), "application/json");
  }

  // A file replaces the stored progress only if it is course progress through and through.
  open(input) {
    const file = input.files[0];
    if (file)
      file.text().then(text => {
        let data = null;
        try {
          data = JSON.parse(text);
          data = typeof data.v == "number" ? migrate(data) : null;
        } catch (e) {}
        if (data) save(this.id, data);
        input.value = "";
        this.say(data ? "progress_imported" : "progress_import_failed");
      });
  }

  reset() {
    if (!window.confirm(t("progress_reset_confirm"))) return;
    save(this.id, fresh());
    this.say("progress_reset_done");
  }

  // Built with textContent only: the learner's name and the course's text are never HTML.
  make() {
    const name = $("input", this.form).value.trim(), c = this.certificate, modules = el("ul", "cp-cert__modules");
    const date = new Date().toLocaleDateString(document.documentElement.lang || undefined, {dateStyle: "long"});
    if (!name) return;
    modules.append(...$$(".cp-row th", this.root).map(th => el("li", "", th.textContent.trim())));
    c.replaceChildren(
      el("p", "cp-cert__title", t("certificate_heading")),
      el("p", "", t("certificate_text")),
      el("p", "cp-cert__name", name),
      el("p", "", t("certificate_completed")),
      el("p", "cp-cert__course", this.root.dataset.title),
      el("h3", "", t("certificate_modules")),
      modules,
      el("p", "cp-cert__date", t("certificate_date") + ": " + date),
      el("p", "cp-cert__note", t("certificate_note")),
      button(t("certificate_print"), "md-button--primary cp-cert__print", () => printOnly(c))
    );
    c.hidden = false;
    focus(c);
  }
}

// ---------------------------------------------------------------- start
const COMPONENTS = {"course-quiz": Quiz, "course-scenario": Scenario, "course-worksheet": Worksheet, "course-progress": Progress};
const instances = new WeakMap();

function init() {
  $$("[data-module]").forEach(root => {
    const Component = COMPONENTS[root.dataset.module];
    if (!Component || root.hasAttribute("data-course-init")) return;
    root.setAttribute("data-course-init", "");
    try {
      instances.set(root, new Component(root));
    } catch (e) {
      console.error(e);
    }
  });
  marks();
}

// Back/forward cache: the page comes back as it was left, but storage may have moved on.
on(window, "pageshow", e => {
  if (!e.persisted) return;
  $$("[data-course-init]").forEach(root => {
    const component = instances.get(root);
    if (component && component.sync) component.sync();
  });
  marks();
});

// Material's document$ announces each instant-navigation page; the page itself is also initialised
// directly, as Material never announces it on file:// (init is a no-op for elements already done).
if (window.document$) window.document$.subscribe(init);
if (document.readyState == "loading") on(document, "DOMContentLoaded", init);
else init();
})();
