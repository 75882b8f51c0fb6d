// Start: every component on the page, on each instant-navigation page and after the back/forward cache.
const instances = new WeakMap();

function init() {
  $$("[data-module]").forEach(root => {
    const Widget = COMPONENTS[root.dataset.module];
    if (!Widget || root.hasAttribute("data-course-init")) return;
    root.setAttribute("data-course-init", "");
    try {
      instances.set(root, new Widget(root));
    } catch (error) {
      console.error(error);
    }
  });
  markPassedModules();
  showChoices();
}

// Every component shows the stored state again, and so does the menu.
function resync() {
  $$("[data-course-init]").forEach(root => {
    const component = instances.get(root);
    if (component) component.sync();
  });
  markPassedModules();
  showChoices();
}

// Back/forward cache: the page comes back as it was left, but storage may have moved on; and
// another tab's change to this course's progress (the storage event) shows here too.
on(window, "pageshow", event => event.persisted && resync());
on(window, "storage", event => (!event.key || event.key == "course:" + lastCourse) && resync());

// Material's document$ announces each instant-navigation page; the page itself is also initialised
// directly, as Material never announces it on file:// (init is a no-op for elements already done).
if (window.document$) window.document$.subscribe(init);
if (document.readyState == "loading") on(document, "DOMContentLoaded", init);
else init();
