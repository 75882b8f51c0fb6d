// The learner's journey: the home page's way in, a module one section at a time, the way on after a
// passed quiz, and the whole of a long answer chosen in a select.
const statusOf = saved => (!isObject(saved) || !(saved.passed || saved.attempts) ? "status_not_started" : saved.passed ? "status_passed" : "status_not_passed");

// Home: each module's status; Start becomes "Continue: <the first module not passed yet>", then the certificate.
class Home extends Component {
  constructor(root) {
    super(root, "ch--ready");
  }

  setUp() {
    this.start = $(".ch__start-link", this.root);
    this.first = this.start && [this.start.href, this.start.textContent];
  }

  sync() {
    const data = load(this.courseId), cards = $$(".ch-card[data-slug]", this.root), summary = $(".ch__summary", this.root);
    const begun = [data.quizzes, data.scenarios, data.places].some(part => isObject(part) && Object.keys(part).length);
    let passed = 0, next = null;
    cards.forEach(card => {
      const status = statusOf(data.quizzes[card.dataset.slug]);
      const done = status == "status_passed", words = text("progress_quiz") + ": " + text(status);
      card.dataset.status = status.slice(7);
      $(".ch-card__status", card).replaceChildren(done ? line("✓", words, "", "span") : words);
      passed += done;
      next = next || (!done && card);
    });
    summary.hidden = !begun;
    summary.textContent = text("progress_summary", {passed, count: cards.length, percent: cards.length && Math.round((100 * passed) / cards.length)});
    if (!this.start) return;
    const [href, words] = !begun ? this.first : next ? [$("a", next).href, text("home_continue", {title: $(".ch-card__title", next).textContent})] : [this.root.dataset.certificate, text("next_certificate")];
    Object.assign(this.start, {href, textContent: words});
  }
}

// The page's Steps, for links to a part of the page (table of contents, search results, error summary).
let steps = null;

// A module shown one section at a time, in the browser only: without the script, in print and for search
// the whole page shows. Below the title, a step starts at each ## heading, scenario and quiz; what
// follows the quiz (its Sources) stays with it.
class Steps extends Component {
  constructor(root) {
    super(root, "course-steps--ready");
  }

  setUp() {
    const root = this.root, parts = [], children = Array.from(root.parentNode.children), title = children.findIndex(child => child.tagName == "H1");
    let quiz = false;
    // The page's title (and what comes before it) shows with every step.
    for (const child of children.slice(title + 1)) {
      if (child == root) continue;
      if (!parts.length || (!quiz && (child.tagName == "H2" || child.matches(".cs,.cq")))) parts.push([]);
      quiz = quiz || child.matches(".cq");
      parts[parts.length - 1].push(child);
    }
    this.parts = parts;
    this.title = children[title];
    if (parts.length < 2) return;
    this.bar = element("div", "course-steps__bar");
    this.back = button(text("step_back"), "", () => this.go(this.step - 1, true));
    this.next = button(text("step_continue"), "md-button--primary", () => this.go(this.step + 1, true));
    this.bar.append(this.back, this.next);
    steps = this;
    const places = load(this.courseId).places, place = isObject(places) && places[root.dataset.slug];
    if (!this.follow(location.hash, true)) this.go(isObject(place) ? place.step : 0);
  }

  // Show step `index`; when the learner `moved`, focus goes to its heading and the place is kept.
  go(index, moved) {
    const parts = this.parts, root = this.root, step = (this.step = Math.max(0, Math.min(index | 0, parts.length - 1)));
    parts.forEach((part, at) => part.forEach(child => child.classList.toggle("course-off", at != step)));
    const part = parts[step], heading = (step && part.find(child => child.tagName == "H2")) || part[0];
    heading.before(root);
    root.hidden = false;
    root.textContent = text("step_of", {step: step + 1, steps: parts.length});
    part[part.length - 1].after(this.bar);
    this.back.hidden = !step;
    this.next.hidden = step == parts.length - 1;
    if (!moved) return;
    const target = !step ? this.title || heading : heading.tagName == "H2" ? heading : $("h2", heading) || heading;
    target.setAttribute("aria-describedby", root.id);
    focus(target);
    root.scrollIntoView();
    update(this.courseId, data => {
      if (!isObject(data.places)) data.places = {};
      data.places[root.dataset.slug] = {step};
    });
  }

  // Open the step holding the target of `hash` (and scroll to it); false when it is not on this page.
  follow(hash, scroll) {
    let target = null;
    try {
      target = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
    } catch (error) {}
    const step = target ? this.parts.findIndex(part => part.some(child => child.contains(target))) : -1;
    if (step < 0) return false;
    if (step != this.step) this.go(step);
    if (scroll) (target == this.root.nextElementSibling ? this.root : target).scrollIntoView();
    return true;
  }
}

const stepsHere = () => steps && steps.root.isConnected && steps;
// Capture: the step opens before the browser (or Material) scrolls to the link's target.
document.addEventListener(
  "click",
  event => {
    const link = event.target.closest && event.target.closest("a[href*='#']");
    if (link && link.pathname == location.pathname && stepsHere()) steps.follow(link.hash);
  },
  true
);
on(window, "hashchange", () => stepsHere() && steps.follow(location.hash, true));

// After a passed quiz, the way on: the page's "Next" as a button; from the last module, once every quiz
// is passed, the certificate.
function wayOn(courseId) {
  const note = $(".course-next"), link = note && $("a", note), holder = element("p");
  if (!link) return [];
  const quizzes = load(courseId).quizzes, all = note.dataset.quizzes;
  const done = all != null && all.split(" ").every(slug => isObject(quizzes[slug]) && quizzes[slug].passed);
  const next = element("a", "md-button md-button--primary course-onward", done ? text("next_certificate") : note.textContent.trim());
  next.href = done ? note.dataset.certificate : link.href;
  holder.append(next);
  return [holder];
}

// A select shows only the start of a long answer on a phone: the whole of it goes under the select, for
// the eye only (a screen reader reads the select's value). Run on each change and after each click.
let measure = null;

function showChoices() {
  measure = measure || document.createElement("canvas").getContext("2d");
  $$(".cq-sel__select").forEach(select => {
    let shown = select.nextElementSibling;
    if (!shown || !shown.matches(".cq-sel__chosen")) {
      select.after((shown = element("span", "cq-sel__chosen")));
      shown.setAttribute("aria-hidden", "true");
    }
    const option = select.selectedIndex > 0 ? select.options[select.selectedIndex].text : "";
    measure.font = getComputedStyle(select).font;
    shown.textContent = option && measure.measureText(option).width > select.clientWidth - 32 ? option : "";
  });
}

on(document, "change", showChoices);
on(document, "click", () => setTimeout(showChoices));

COMPONENTS["course-home"] = Home;
COMPONENTS["course-steps"] = Steps;
