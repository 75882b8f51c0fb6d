// A learner who has done everything a SCORM package offers, as its launch page's store would hold it:
// every quiz passed with every answer saved, every scenario played to its best ending with a transcript,
// a place in every module, and `text` characters in each of `boxes` worksheet boxes. Run in the launch
// page (scorm-launch.html) by benchmarks/run.py and tests/browser/test_scorm_lms.py: the package's own
// JSON (#course-package) says what the course holds. Returns the state as a JSON text.
// `scenarios`: at least that many scenarios (made-up ones after the course's own), to stand for a larger course.
({boxes, text, scenarios = 0}) => {
  const layout = JSON.parse(document.getElementById("course-package").textContent);
  const state = {v: 2, course: layout.course, seed: "fill0seed", quizzes: {}, scenarios: {}, worksheets: {}, places: {}};
  layout.quizzes.forEach(quiz => {
    const answers = {};
    quiz.questions.forEach(question => (answers[question.id] = {h: question.hash, a: question.key}));
    const total = quiz.questions.length;
    state.quizzes[quiz.slug] = {hash: quiz.hash, passed: true, best: 100, attempts: 1, checked: true, last: {correct: total, total, percent: 100}, answers};
    state.places[quiz.slug] = {step: 3};
  });
  layout.scenarios.forEach(scenario => {
    state.scenarios[scenario.id] = {hash: scenario.hash, plays: 2, best: {ending: "good", points: 12}, current: {node: "end-good", points: 12, path: [0, 1, 0, 2]}};
  });
  for (let extra = layout.scenarios.length; extra < scenarios; extra++) {
    state.scenarios["scenario-" + extra] = {hash: "0123456789ab", plays: 2, best: {ending: "good", points: 12}, current: {node: "end-good", points: 12, path: [0, 1, 0, 2]}};
  }
  for (let box = 0; box < boxes; box++) {
    const sheet = (state.worksheets["sheet-" + (box % 3)] = state.worksheets["sheet-" + (box % 3)] || {});
    sheet["box-" + box] = ("Learner's own words " + box + ". ").repeat(Math.ceil(text / 20)).slice(0, text);
  }
  return JSON.stringify(state);
}
