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
