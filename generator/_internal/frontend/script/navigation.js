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
}
