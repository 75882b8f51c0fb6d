// A ✓ and the hidden words "(passed)" beside each navigation link of a passed module. The course
// is the page's; a page without a component uses the site's (STRINGS.course) or the last one seen.
let lastCourse = STRINGS.course;

function markPassedModules() {
  const root = $("[data-course]"), courseId = root ? (lastCourse = root.dataset.course) : lastCourse;
  if (!courseId) return;
  const quizzes = load(courseId).quizzes;
  const slugs = Object.keys(quizzes).filter(slug => quizzes[slug].passed && /^[\w-]+$/.test(slug));
  const pattern = new RegExp("/\\d+-(" + slugs.join("|") + ")(/|/index\\.html|\\.html)$");
  $$("a.md-nav__link").forEach(link => {
    const mark = $(".course-mark", link), passed = slugs.length > 0 && !link.hash && pattern.test(link.pathname);
    if (passed && !mark) link.append(line("✓", element("span", "course-sr", text("nav_passed")), "course-mark", "span"));
    if (!passed && mark) mark.remove();
  });
  warnIfNotKept(); // after every save too: storage may fill up while the learner works
}
watchers.push(markPassedModules);

const saveToFile = courseId => download(courseId + "-progress.json", JSON.stringify(load(courseId), null, 2), "application/json");

// Storage blocked or full: every page says its progress is not kept, and offers it as a file.
function warnIfNotKept() {
  const courseId = lastCourse, article = $(".md-content__inner");
  if (!courseId || !article || $(".course-notice", article) || storageKept()) return;
  const notice = element("div", "course-notice");
  notice.append(element("p", "course-notice__title", text("storage_not_kept")), element("p", "", text("storage_not_kept_text")), button(text("progress_export"), "md-button--primary", () => saveToFile(courseId)));
  article.prepend(notice);
}
