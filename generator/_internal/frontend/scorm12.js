/*
 * scorm12.js: the SCORM 1.2 runtime adapter, shipped only inside the SCORM package.
 *
 * It runs in scorm-launch.html, which shows the course pages in a frame, so the LMS
 * session lasts for the whole visit (LMSInitialize once, LMSFinish once). The course
 * script keeps the learner's state in localStorage under "course:<id>"; this adapter
 * reads it, reports it to the LMS and keeps a copy in cmi.suspend_data, from which it
 * restores the state on another computer (browser storage empty).
 *
 * Reported:
 * - cmi.core.score.raw: the mean of every module quiz's best percentage (0 for a quiz not
 *   yet taken), rounded; score.min 0, score.max 100. A result earned before the trainer edited
 *   a quiz still counts.
 * - cmi.core.lesson_status: "incomplete" from the first launch, "passed" once every quiz is
 *   passed. "failed" is never sent: quizzes can be retried without limit.
 * - cmi.core.lesson_location: the course page last shown (the bookmark; reopened on resume).
 * - cmi.core.session_time, and cmi.core.exit "suspend" so the LMS resumes the attempt.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var KEY = "course:" + script.getAttribute("data-course");
  var LIMIT = 4096;
  var quizzes = pairs(script.getAttribute("data-quizzes"));
  var frame = document.getElementById("course-frame");
  var start = script.getAttribute("data-start");
  var opened = Date.now();
  var finished = false;
  var api = findApi(window) || (window.opener ? findApi(window.opener) : null);

  function pairs(text) {
    return (text || "").split(",").filter(Boolean).map(function (item) { return item.split(":"); });
  }

  // The SCORM 1.2 run-time rule: look for window.API up the parent chain, then the opener's.
  function findApi(win) {
    for (var depth = 0; win && depth < 10; depth++) {
      try {
        if (win.API) return win.API;
      } catch (e) {
        return null;
      }
      if (win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }

  function storage(value) {
    try {
      if (value === undefined) return window.localStorage.getItem(KEY);
      window.localStorage.setItem(KEY, value);
    } catch (e) {
      return null;
    }
    return value;
  }

  function state() {
    try {
      var data = JSON.parse(storage() || "null");
      return data && typeof data === "object" ? data : null;
    } catch (e) {
      return null;
    }
  }

  function set(name, value) {
    api.LMSSetValue(name, String(value));
  }

  // The whole state when it fits; otherwise worksheet texts go first, then saved answers
  // (quiz results and scenario outcomes always fit).
  function suspendData(data) {
    var text = JSON.stringify(data);
    if (text.length <= LIMIT) return text;
    var copy = JSON.parse(text);
    copy.worksheets = {};
    text = JSON.stringify(copy);
    if (text.length <= LIMIT) return text;
    Object.keys(copy.quizzes || {}).forEach(function (slug) { copy.quizzes[slug].answers = {}; });
    text = JSON.stringify(copy);
    return text.length <= LIMIT ? text : "";
  }

  function score(data) {
    var total = 0;
    var passed = 0;
    quizzes.forEach(function (quiz) {
      var entry = data && data.quizzes && data.quizzes[quiz[0]];
      // A result stays the learner's when the trainer edits the quiz, as on the progress page.
      if (!entry) return;
      total += Number(entry.best) || 0;
      if (entry.passed) passed++;
    });
    return {raw: quizzes.length ? Math.round(total / quizzes.length) : 0, all: passed === quizzes.length};
  }

  function report() {
    if (!api || finished) return;
    var data = state();
    var result = score(data);
    set("cmi.core.score.min", 0);
    set("cmi.core.score.max", 100);
    set("cmi.core.score.raw", result.raw);
    if (result.all && quizzes.length) set("cmi.core.lesson_status", "passed");
    if (data) set("cmi.suspend_data", suspendData(data));
    api.LMSCommit("");
  }

  // A page of this package, as a path relative to the launch page (never another site).
  function bookmark() {
    try {
      var here = frame.contentWindow.location.href;
      var base = window.location.href.replace(/[^/]*([?#].*)?$/, "");
      return here.indexOf(base) === 0 ? here.slice(base.length) : "";
    } catch (e) {
      return "";
    }
  }

  function safePage(path) {
    return /^[\w./-]+\.html(#[\w-]*)?$/.test(path || "") && path.indexOf("..") < 0 ? path : "";
  }

  function sessionTime() {
    var seconds = Math.round((Date.now() - opened) / 1000);
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return pad(Math.floor(seconds / 3600)) + ":" + pad(Math.floor(seconds / 60) % 60) + ":" + pad(seconds % 60);
  }

  function finish() {
    if (!api || finished) return;
    report();
    set("cmi.core.session_time", sessionTime());
    set("cmi.core.exit", "suspend");
    api.LMSCommit("");
    api.LMSFinish("");
    finished = true;
  }

  if (!api) {
    frame.src = start;
    return;
  }
  api.LMSInitialize("");
  var saved = api.LMSGetValue("cmi.suspend_data");
  if (saved && !state()) storage(saved);
  var status = api.LMSGetValue("cmi.core.lesson_status");
  if (!status || status === "not attempted") set("cmi.core.lesson_status", "incomplete");
  frame.src = safePage(api.LMSGetValue("cmi.core.lesson_location")) || start;
  frame.addEventListener("load", function () {
    var page = bookmark();
    if (page && !finished) {
      set("cmi.core.lesson_location", page);
      report();
    }
  });
  // The course pages write to localStorage from the frame; other same-origin documents
  // (this one) hear about each change through the storage event.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) report();
  });
  window.addEventListener("pagehide", finish);
  window.addEventListener("beforeunload", finish);
  report();
})();
