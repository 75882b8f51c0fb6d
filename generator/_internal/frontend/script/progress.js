class Progress extends Component {
  constructor(root) {
    super(root, "cp--ready");
  }

  // This page's own strings come with the page (data-strings), not with course.js.
  setUp() {
    const root = this.root;
    Object.assign(STRINGS, JSON.parse(root.dataset.strings));
    this.form = $(".cp__certificate-form", root);
    this.certificate = $(".cp__certificate", root);
    on(root, "click", event => {
      const action = event.target.closest("[data-action]");
      if (action) this[action.dataset.action]();
    });
    const input = $(".cp__import", root); // not in an LMS package: the LMS keeps the record
    if (input) on(input, "change", event => this.open(event.target));
    this.undo = button(text("progress_undo"), "cp__undo", () => this.putBack());
    this.undo.hidden = true;
    $(".cp__message", root).after(this.undo);
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
        ? text("scenario_best", {outcome: text(outcome[1]), points: best.points, count: item.dataset.best})
        : text("status_not_started");
    });
    const total = rows.length, done = total > 0 && passed == total;
    $(".cp__summary", this.root).textContent = text("progress_summary", {passed, count: total, percent: total && Math.round((100 * passed) / total)});
    this.form.hidden = !done;
    $(".cp__certificate-locked", this.root).hidden = done;
    if (!done) this.certificate.hidden = true;
  }

  // Built from known words and validated numbers only, with textContent.
  say(message, undo) {
    this.sync();
    $(".cp__message", this.root).textContent = message;
    this.undo.hidden = !undo;
  }

  export() {
    saveToFile(this.courseId);
  }

  // A file is merged in only if it is this course's progress through and through (checked
  // against the state's schema, at most 1 MB): the better of each result is kept, the page
  // says what changed, and the progress before stays aside for one undo.
  open(input) {
    const file = input.files[0], courseId = this.courseId;
    input.value = "";
    if (!file) return;
    if (file.size > 1e6) return this.say(text("progress_import_too_big"));
    file.text().then(content => {
      let data = null;
      try {
        data = JSON.parse(content);
      } catch (error) {}
      data = migrate(data, courseId);
      if (!data) return this.say(text("progress_import_failed"));
      // Files from version 2 on carry their course's id (older ones, from before a second course, do not).
      if (data.course != courseId) return this.say(text("progress_import_other_course"));
      let changes;
      this.before = load(courseId);
      update(courseId, current => (changes = merge(current, data)));
      const parts = [];
      ["quizzes", "scenarios", "answers"].forEach(section =>
        ["added", "improved", "kept"].forEach(how => changes[section][how] && parts.push(text("import_" + section + "_" + how, {count: changes[section][how]})))
      );
      this.say(parts.length ? text("progress_merged", {changes: parts.join(", ")}) : text("progress_unchanged"), changes.changed);
    });
  }

  putBack() {
    save(this.courseId, this.before);
    this.say(text("progress_undone"));
  }

  reset() {
    if (!window.confirm(text("progress_reset_confirm"))) return;
    save(this.courseId, fresh(this.courseId, load(this.courseId).seed));
    this.say(text("progress_reset_done"));
  }

  // Built with textContent only: the learner's name and the course's text are never HTML.
  make() {
    const name = $("input", this.form).value.trim(), certificate = this.certificate, modules = element("ul", "cp-cert__modules");
    const date = new Intl.DateTimeFormat(STRINGS.locale, {dateStyle: "long"}).format(new Date());
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

COMPONENTS["course-progress"] = Progress;
