class Worksheet extends Component {
  constructor(root) {
    super(root, "cw--ready");
  }

  setUp() {
    const root = this.root, bar = element("div", "cw__actions");
    let timer = 0;
    this.boxes = $$("textarea", root);
    on(root, "input", event => {
      clearTimeout(timer);
      timer = setTimeout(() => this.keep(event.target), 300);
    });
    on(root, "change", event => this.keep(event.target));
    bar.append(
      button(text("worksheet_download"), "", () => download(root.dataset.worksheet + ".txt", this.asText(), "text/plain")),
      button(text("worksheet_print"), "", () => printOnly(root))
    );
    $(".cw__form", root).append(bar);
  }

  // Only the box typed in is written (into the state as stored now), so answers typed in
  // another tab, in this worksheet or another, stay.
  keep(box) {
    const id = this.root.dataset.worksheet;
    update(this.courseId, data => {
      const answers = (data.worksheets[id] = data.worksheets[id] || {});
      if (box.value) answers[box.name] = box.value.slice(0, 5000);
      else delete answers[box.name];
    });
  }

  // The box being typed in keeps what it shows (another tab's change arrives while typing).
  sync() {
    const answers = load(this.courseId).worksheets[this.root.dataset.worksheet] || {};
    this.boxes.forEach(box => box != document.activeElement && (box.value = answers[box.name] || ""));
  }

  asText() {
    const title = $(".cw__title", this.root).textContent.trim();
    const parts = this.boxes.map(box => labelOf(box) + "\n\n" + (box.value.trim() || "-"));
    return [title, "=".repeat(title.length)].concat(parts).join("\n\n") + "\n";
  }
}

COMPONENTS["course-worksheet"] = Worksheet;
