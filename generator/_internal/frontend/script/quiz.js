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
    if (passed) this.onward();
    this.checkButton.hidden = true;
    this.againButton.hidden = false;
  }

  // A passed result leads on (journey.js): "Next: <module>", or from the last module the certificate.
  onward() {
    this.result.append(...wayOn(this.courseId));
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

COMPONENTS["course-quiz"] = Quiz;
