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

COMPONENTS["course-worksheet"] = Worksheet;
