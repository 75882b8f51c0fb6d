// SCORM 1.2: what its run-time environment calls things and how it writes them (lms.js, joined after
// this file, does the rest). Data model elements and formats: SCORM 1.2 RTE, section 3.4 and appendix A.
const LMS = {
  version: "1.2",
  api: "API",
  calls: {open: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", close: "LMSFinish", error: "LMSGetLastError", text: "LMSGetErrorString", detail: "LMSGetDiagnostic"},
  // Error codes: an Initialize that still opened a session (none in 1.2); a session not open (1.2 has
  // no code for "already finished": most LMSs answer 101, which lms.js treats as any failure); a value
  // the LMS simply does not keep (an optional element).
  opened: [],
  closed: ["301"],
  unset: ["401"],
  suspendLimit: 4096,
  locationLimit: 255,
  learner: "cmi.core.student_id",
  suspend: "cmi.suspend_data",
  location: "cmi.core.lesson_location",
  exit: "cmi.core.exit",
  sessionTime: "cmi.core.session_time",
  reviewing: get => get("cmi.core.lesson_mode") == "review",

  // CMITimespan: HHHH:MM:SS.SS (hours: two to four digits).
  duration(milliseconds) {
    const hundredths = Math.min(Math.round(Math.max(0, milliseconds) / 10), 9999 * 360000 + 359999);
    const pad = number => String(number).padStart(2, "0"), seconds = Math.floor(hundredths / 100);
    return pad(Math.floor(seconds / 3600)) + ":" + pad(Math.floor(seconds / 60) % 60) + ":" + pad(seconds % 60) + "." + pad(hundredths % 100);
  },

  // What the LMS recorded before this session: the floor of what is reported.
  recorded(get) {
    const status = get("cmi.core.lesson_status");
    return {raw: +get("cmi.core.score.raw") || 0, passed: status == "passed", completed: status == "passed" || status == "completed", progress: 0};
  },

  // One lesson_status: passed once every quiz is passed, never failed (quizzes can be tried again).
  report(set, result) {
    if (result.scored) ["min", "max", "raw"].forEach(part => set("cmi.core.score." + part, {min: 0, max: 100, raw: result.raw}[part]));
    set("cmi.core.lesson_status", result.passed && result.scored ? "passed" : result.completed ? "completed" : "incomplete");
  },

  // Interactions are write-only in 1.2, so each checked quiz adds its questions to the journal.
  interactions: get => ({next: +get("cmi.interactions._count") || 0, index() { return this.next++; }}),

  interaction(set, index, item) {
    const at = "cmi.interactions." + index + ".", tokens = list => list.map(token => (Array.isArray(token) ? token.join(".") : token)).join(",");
    const answer = list => (item.type == "true-false" ? (list[0] == "true" ? "t" : "f") : tokens(list));
    // CMIIdentifier: letters, digits, - and _ only (no dots), at most 255.
    if (!set(at + "id", item.id.replace(/[^\w-]/g, "_").slice(0, 255))) return;
    set(at + "type", item.type);
    set(at + "student_response", answer(item.response));
    set(at + "correct_responses.0.pattern", answer(item.pattern));
    set(at + "result", item.correct ? "correct" : "wrong");
    set(at + "latency", LMS.duration(item.latency));
    const now = new Date(), pad = number => String(number).padStart(2, "0");
    set(at + "time", pad(now.getHours()) + ":" + pad(now.getMinutes()) + ":" + pad(now.getSeconds()));
  }
};
