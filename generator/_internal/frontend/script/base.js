/*
 * course.js, part 1: what every part shares. The shipped course.js is these files joined in
 * the order of assets.SCRIPT_PARTS, inside one function, minified (rjsmin), with the strings
 * of the site's language in place of COURSE_STRINGS. One class per component, found by
 * data-module, initialised once per element (GOV.UK Frontend style): each extends Component,
 * whose constructor sets the root, the course id and the ready mark, then calls sync().
 * Learner state stays in localStorage under "course:<course id>"; nothing is ever sent anywhere.
 */
const STRINGS = COURSE_STRINGS;
const OUTCOMES = {good: ["✓", "ending_good"], mixed: ["◐", "ending_mixed"], poor: ["✗", "ending_poor"]};
// How much of a question the learner has answered (every select of an order or match question counts).
const ANSWERED = "answered", UNANSWERED = "unanswered", PARTLY_ANSWERED = "partly";
const $ = (selector, root) => (root || document).querySelector(selector);
const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));
const on = (target, type, handler) => target.addEventListener(type, handler);
// A counted string comes as key_one, key_few, ...: the browser's CLDR rules pick the form for values.count.
const rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(STRINGS.locale) : {select: () => "other"};
const text = (key, values = {}) => (STRINGS[key] || STRINGS[key + "_" + rules.select(values.count)] || STRINGS[key + "_other"] || key).replace(/\{(\w+)\}/g, (all, name) => values[name]);
const isSelect = input => input.tagName == "SELECT";
const inputsOf = question => $$("input,select", question);
const labelOf = input => input.labels[0].textContent.trim();
const element = (tag, className = "", textContent = "") => Object.assign(document.createElement(tag), {className, textContent});
const button = (label, className, onclick) => Object.assign(element("button", "md-button " + className, label), {type: "button", onclick});

// A line with an icon and words: meaning never rests on colour or the icon alone.
function line(mark, words, className, tag) {
  const paragraph = element(tag || "p", className), icon = element("span", "course-icon", mark);
  icon.setAttribute("aria-hidden", "true");
  paragraph.append(icon, " ", words);
  return paragraph;
}

function focus(target) {
  if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.focus();
}

// Files are made in the page (Blob), never fetched. The link stays out of the document so
// Material's instant navigation never sees the click.
function download(name, content, type) {
  const link = element("a");
  link.href = URL.createObjectURL(new Blob([content], {type: type + ";charset=utf-8"}));
  link.download = name;
  link.click();
}

// Print one element only: the print stylesheet hides everything else while the classes are on.
function printOnly(target) {
  const classes = [document.documentElement.classList, target.classList];
  classes[0].add("course-printing");
  classes[1].add("course-print");
  window.addEventListener("afterprint", () => classes.forEach(list => list.remove("course-printing", "course-print")), {once: true});
  window.print();
}

// What every widget shares: its root element, its course, the ready mark the stylesheet waits
// for (controls that need the script stay hidden until then), and sync() from stored state.
class Component {
  constructor(root, readyClass) {
    this.root = root;
    this.courseId = root.dataset.course;
    this.setUp();
    root.classList.add(readyClass);
    this.sync();
  }

  // Build the enhanced controls; each component adds its own.
  setUp() {}

  // Show what storage holds (also on return from the back/forward cache).
  sync() {}
}

// data-module name -> component class; each component's file adds itself.
const COMPONENTS = {};
