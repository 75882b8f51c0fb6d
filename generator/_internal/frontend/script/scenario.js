class Scenario extends Component {
  // A scenario in progress is kept as the path of choice indexes from the start (with its node
  // and points), so it resumes after a reload or a visit elsewhere; the transcript is rebuilt
  // from the page. An ending counts a play and keeps the best result (ending first, then points).
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
    // Start again: under the transcript while playing, in the ending's box at the end.
    this.leave = button(text("start_again"), "cs__again", () => this.restart(true));
    $(".cs__title", root).after(this.history);
    root.append(this.live);
    on(root, "click", event => {
      const choice = event.target.closest(".cs-choice__button");
      if (choice) this.pick(choice);
    });
  }

  // This scenario's saved state; a changed scenario (its hash) starts afresh, keeping nothing.
  state(data) {
    const hash = this.root.dataset.hash, id = this.root.dataset.scenario;
    let saved = data.scenarios[id];
    if (!saved || saved.hash !== hash) saved = data.scenarios[id] = {hash, plays: 0};
    return saved;
  }

  go(name) {
    this.nodes.forEach(node => (node.hidden = node.dataset.node != name));
    return this.nodes.find(node => node.dataset.node == name);
  }

  // Back to the opening; `moveFocus`: the learner asked (Start again), so the half-played game goes.
  restart(moveFocus) {
    this.points = 0;
    this.path = [];
    this.node = this.go(this.root.dataset.start);
    this.log.replaceChildren();
    this.history.hidden = true;
    this.live.textContent = "";
    this.end.remove();
    this.history.append(this.leave);
    if (moveFocus) {
      update(this.courseId, data => delete this.state(data).current);
      focus(this.node);
    }
  }

  // Resume the saved path, choice by choice; a path that no longer fits the page starts afresh.
  sync() {
    this.restart();
    const saved = load(this.courseId).scenarios[this.root.dataset.scenario], current = saved && saved.hash === this.root.dataset.hash && saved.current;
    if (!current) return;
    for (const index of current.path) {
      const choice = $$(".cs-choice__button", this.node)[index];
      if (!choice) return this.restart();
      this.pick(choice, true);
    }
  }

  // The choice and its consequence join the transcript; the next situation shows and takes focus.
  // `replaying`: rebuilding a saved path, so nothing is saved or announced.
  pick(choice, replaying) {
    const feedback = $(".cs-choice__feedback", choice.parentNode), item = element("li");
    item.append(element("p", "cs__chose", text("you_chose", {choice: choice.textContent.trim()})));
    if (feedback) {
      const copy = feedback.cloneNode(true);
      copy.hidden = false;
      item.append(copy);
    }
    this.log.append(item);
    this.history.hidden = false;
    this.path.push($$(".cs-choice__button", this.node).indexOf(choice));
    this.points += +choice.dataset.points || 0;
    const node = (this.node = this.go(choice.dataset.next)), ending = node.dataset.ending, points = this.points;
    if (OUTCOMES[ending]) {
      this.end.className = "cs__end cs__end--" + ending;
      this.end.replaceChildren(
        line(OUTCOMES[ending][0], text(OUTCOMES[ending][1]), "cs__outcome"),
        element("p", "", text("points", {points, count: this.root.dataset.best})),
        this.leave
      );
      node.append(this.end);
    }
    if (replaying) return;
    update(this.courseId, data => {
      const saved = this.state(data);
      if (!ending) return this.path.length < 500 && (saved.current = {node: node.dataset.node, points, path: this.path});
      delete saved.current;
      saved.plays = (saved.plays | 0) + 1;
      saved.best = better(saved.best, {points, ending});
    });
    // Announced: the choice, its consequence and, at an ending, the outcome and the points.
    this.live.textContent = item.innerText + " " + (ending ? this.end.innerText : "");
    focus(node);
  }
}

COMPONENTS["course-scenario"] = Scenario;
