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

COMPONENTS["course-scenario"] = Scenario;
