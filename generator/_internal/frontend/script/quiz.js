class Quiz extends Component {
  // Answer policy: after checking, every question is marked "Correct" or "Incorrect", the
  // feedback of each chosen option and the explanation are shown. The right answer of a question
  // answered wrongly ("The right answer: ...") is revealed only once the quiz has been passed,
  // or from the learner's second checked attempt on: a first wrong attempt makes them think
  // again with the feedback, and nobody is ever stuck. Each select of a match or order question
  // is marked too (aria-invalid and the word), so the learner sees which to change.
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
    on(form, "change", () => {
      this.keep();
      this.forgive();
    });
    this.mix();
  }

  // Options of single and multiple questions in an order of this learner's own (their seed),
  // the same on every visit; `shuffle: false` keeps the file's order. The page's HTML keeps it.
  mix() {
    const seed = load(this.courseId).seed + this.root.dataset.quiz;
    this.questions.forEach(question => {
      const list = $(".cq-q__options", question);
      if (!/^(single|multiple)$/.test(question.dataset.type) || question.closest("[data-shuffle=false]")) return;
      const place = option => mixed($("input", option).value + seed + question.dataset.qid);
      list.append(...$$(".cq-opt", list).sort((one, other) => place(one) - place(other)));
    });
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
          const values = filed(question).map(input => (isSelect(input) ? input.value : +input.checked)), id = question.dataset.qid;
          if (this.answered(question) == UNANSWERED) delete saved.answers[id];
          else saved.answers[id] = {h: question.dataset.hash, a: values.join()};
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

  // The right answer: a sentence, or for a match or order question a list, one pair per line.
  rightAnswer(question) {
    const all = inputsOf(question), order = question.dataset.type == "order";
    if (!isSelect(all[0])) return element("p", "cq-q__answer", text("right_answer", {answer: all.filter(input => input.hasAttribute("data-correct")).map(labelOf).join("; ")}));
    const box = element("div", "cq-q__answer"), list = element(order ? "ol" : "ul");
    all
      .sort((first, second) => first.dataset.answer - second.dataset.answer)
      .forEach(select => list.append(element("li", "", labelOf(select) + (order ? "" : ": " + $(`option[value="${select.dataset.answer}"]`, select).text))));
    box.append(element("p", "", text("right_answer_list")), list);
    return box;
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
        // Material's instant navigation (on body) would follow the hash, and the browser's move
        // to the fragment would leave focus on <body>: the link does its own move.
        event.preventDefault();
        event.stopPropagation();
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

  // Each error message goes as soon as its question is answered; the summary, with the last.
  forgive() {
    $$(".cq-q--error", this.root).forEach(question => {
      if (this.answered(question) != ANSWERED) return;
      question.classList.remove("cq-q--error");
      question.setAttribute("aria-describedby", question.id + "-hint");
      $(".cq-q__error", question).remove();
      $(`a[href="#${question.id}"]`, this.errors).parentNode.remove();
    });
    if (!$("li", this.errors)) this.errors.replaceChildren();
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
      inputsOf(question).filter(isSelect).forEach(select => {
        const good = select.value == select.dataset.answer;
        const note = line(good ? "✓" : "✗", text(good ? "correct" : "incorrect"), "cq-sel__mark", "span");
        note.id = select.id + "-mark";
        select.setAttribute("aria-describedby", note.id);
        if (!good) select.setAttribute("aria-invalid", "true");
        select.after(note);
      });
      if (!right && reveal) mark.append(this.rightAnswer(question));
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
      $$(".cq-q__error,.cq-q__kept,.cq-sel__mark", question).forEach(message => message.remove());
      $(".cq-q__mark", question).replaceChildren();
      $$(".cq-q__mark,.cq-q__explanation,.cq-opt__feedback", question).forEach(part => (part.hidden = true));
      inputsOf(question).forEach(input => {
        input.disabled = false;
        input.removeAttribute("aria-invalid");
        input.removeAttribute("aria-describedby"); // set on selects only, by their marks
      });
    });
    this.checkButton.hidden = false;
    this.againButton.hidden = true;
  }

  // Try again: the answers of questions answered rightly stay (and say so), the others and the
  // marks go; the quiz's status and best score stay. Focus goes to the first question to redo.
  reset() {
    const kept = this.questions.filter(question => this.correct(question)); // a right question is an answered one
    const redo = this.questions.filter(question => !kept.includes(question));
    this.clear();
    kept.forEach(question => $(".cq-q__hint", question).after(line("✓", text("answer_kept"), "cq-q__kept")));
    redo.forEach(question => inputsOf(question).forEach(input => (isSelect(input) ? (input.value = "") : (input.checked = false))));
    this.keep(saved => (saved.checked = false));
    focus(inputsOf(redo[0] || this.root)[0]);
  }

  // Restore the saved answers of unchanged questions, and the checked state.
  sync() {
    this.clear();
    const saved = this.state(load(this.courseId));
    this.questions.forEach(question => {
      const answer = saved.answers[question.dataset.qid];
      const values = isObject(answer) && answer.h === question.dataset.hash && typeof answer.a == "string" ? answer.a.split(",") : [];
      filed(question).forEach((input, index) => (isSelect(input) ? (input.value = values[index] || "") : (input.checked = values[index] == 1)));
    });
    if (saved.checked) this.show(saved);
  }
}

// A question's inputs in the file's order (options may be shown mixed up): answers are saved per input.
const filed = question => inputsOf(question).sort((one, other) => (isSelect(one) ? 0 : one.value - other.value || 0));

// A small seeded hash (FNV-1a): where an option goes in this learner's order.
function mixed(words) {
  let hash = 2166136261;
  for (const character of words) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
  return hash >>> 0;
}

COMPONENTS["course-quiz"] = Quiz;
