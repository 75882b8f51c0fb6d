// SCORM 2004 4th Edition: what its run-time environment calls things and how it writes them (lms.js,
// joined after this file, does the rest). Data model and formats: SCORM 2004 4th Edition RTE, 4.2 and C.
const LMS = {
  version: "2004",
  api: "API_1484_11",
  calls: {open: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit", close: "Terminate", error: "GetLastError", text: "GetErrorString", detail: "GetDiagnostic"},
  // Error codes: already initialised (the session is open); not initialised or terminated (a session
  // that is not open: stop calling); a value not set yet, or an optional element the LMS does not keep.
  opened: ["103"],
  closed: ["104", "112", "113", "122", "123", "132", "133", "142", "143"],
  unset: ["401", "402", "403"],
  suspendLimit: 64000,
  locationLimit: 1000,
  learner: "cmi.learner_id",
  suspend: "cmi.suspend_data",
  location: "cmi.location",
  exit: "cmi.exit",
  sessionTime: "cmi.session_time",
  reviewing: get => get("cmi.mode") == "review",

  // timeinterval (second,10,2): PT#H#M#S, seconds with at most two decimals.
  duration(milliseconds) {
    const hundredths = Math.round(Math.max(0, milliseconds) / 10), seconds = Math.floor(hundredths / 100);
    const rest = hundredths % 100 ? "." + String(hundredths % 100).padStart(2, "0") : "";
    return "PT" + Math.floor(seconds / 3600) + "H" + (Math.floor(seconds / 60) % 60) + "M" + (seconds % 60) + rest + "S";
  },

  recorded(get) {
    return {
      raw: +get("cmi.score.raw") || 0,
      passed: get("cmi.success_status") == "passed",
      completed: get("cmi.completion_status") == "completed",
      progress: +get("cmi.progress_measure") || 0
    };
  },

  // Completion and success apart: completed and passed once every quiz is passed; success is
  // "unknown" until then, never "failed" (quizzes can be tried again).
  report(set, result) {
    if (result.scored) {
      ["min", "max", "raw"].forEach(part => set("cmi.score." + part, {min: 0, max: 100, raw: result.raw}[part]));
      set("cmi.score.scaled", result.raw / 100);
    }
    set("cmi.progress_measure", Math.round(result.progress * 1e4) / 1e4);
    set("cmi.completion_status", result.completed ? "completed" : "incomplete");
    set("cmi.success_status", result.passed && result.scored ? "passed" : "unknown");
  },

  // One interaction per question, updated in place when the quiz is checked again (2004's
  // interactions can be read, so the ids already recorded are found at the start).
  interactions(get) {
    const known = {}, count = +get("cmi.interactions._count") || 0;
    for (let index = 0; index < count; index++) known[get("cmi.interactions." + index + ".id")] = index;
    return {next: count, index(id) { return id in known ? known[id] : (known[id] = this.next++); }};
  },

  interaction(set, index, item) {
    const at = "cmi.interactions." + index + ".";
    const answer = list => list.map(token => (Array.isArray(token) ? token.join("[.]") : token)).join("[,]");
    if (!set(at + "id", item.id)) return;
    set(at + "type", item.type);
    set(at + "description", item.text.replace(/^\{/, "").slice(0, 250));
    set(at + "learner_response", answer(item.response));
    set(at + "correct_responses.0.pattern", answer(item.pattern));
    set(at + "result", item.correct ? "correct" : "incorrect");
    set(at + "latency", LMS.duration(item.latency));
    set(at + "timestamp", new Date().toISOString());
  }
};
