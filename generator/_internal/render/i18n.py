"""Every interface string, in one table keyed by language.

The templates and the browser script both read this table (the script gets the
site language's strings written into it at build time), so a translator edits
one place. Missing keys fall back to English; placeholders use `{name}`.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        # Module page
        "objectives_heading": "In this module you will learn to",
        "minutes": "About {minutes} minutes",
        "page_loading": "Loading the page",
        "sources_heading": "Sources",
        "next_module": "Next: {title}",
        "next_certificate": "Get your certificate",
        "step_of": "Step {step} of {steps}",
        "step_continue": "Continue",
        "step_back": "Back",
        # Home page
        "home_start": "Start the course",
        "home_continue": "Continue: {title}",
        "home_modules": "The modules",
        "module_number": "Module {number}",
        # Footer: the learners' site and the trainers' guide link to each other
        "footer_trainers": "For trainers",
        "footer_learners": "Back to the course",
        "trainers_site_name": "{site}: for trainers",
        # Quiz, static HTML
        "quiz_title": "Check your understanding",
        "quiz_intro_one": "1 question. You pass with {pass_mark}% or more.",
        "quiz_intro": "{count} questions. You pass with {pass_mark}% or more.",
        "question_number": "Question {number} of {total}",
        "hint_single": "Choose one answer.",
        "hint_multiple": "Choose every answer that is right. The question counts as correct only "
        "when you choose all the right answers and none of the wrong ones.",
        "hint_true_false": "Is this true or false?",
        "hint_order": "Give each item its position: 1 is first.",
        "hint_match": "Choose the match for each item.",
        "true": "True",
        "false": "False",
        "choose": "Choose…",
        "check_answers": "Check answers",
        "try_again": "Try again",
        "noscript_quiz": "Checking answers needs JavaScript, which is off in this browser. "
        "You can still read the questions and think about your answers.",
        # Quiz, in the browser
        "result": "{correct} of {total} correct ({percent}%).",
        "passed": "Passed",
        "not_passed": "Not passed yet",
        "pass_needs": "You need {pass_mark}% to pass. Read the feedback, then try again.",
        "pass_done": "Well done: you passed this quiz.",
        "correct": "Correct",
        "incorrect": "Incorrect",
        "error_title": "There is a problem",
        "error_unanswered": "Answer question {number}",
        "error_partly": "Answer every part of question {number}",
        "error_prefix": "Error:",
        "right_answer": "The right answer: {answer}",
        "right_answer_list": "The right answer:",
        "answer_kept": "Correct last time: your answer is kept.",
        "your_answer": "You chose",
        # Scenarios
        "scenario_label": "Scenario",
        "noscript_scenario": "This exercise needs JavaScript, which is off in this browser. "
        "Here is the situation it starts with.",
        "start_again": "Start again",
        "points": "{points} of {best} points",
        "ending_good": "Good outcome",
        "ending_mixed": "Mixed outcome",
        "ending_poor": "Poor outcome",
        "you_chose": "You chose: {choice}",
        "what_happened": "What happened so far",
        # Worksheets
        "worksheet_saved": "Your answers are kept in this browser only.",
        "worksheet_download": "Download my answers",
        "worksheet_print": "Print",
        "noscript_worksheet": "Keeping your answers needs JavaScript. You can still use these questions on paper.",
        # Progress
        "progress_title": "Your progress",
        "status_passed": "passed",
        "status_not_passed": "not passed yet",
        "status_not_started": "not started",
        "nav_passed": "(passed)",
        "minutes_short": "{minutes} min",
        "map_facts": "Id: {id}. Best score: {best}. Situations: {nodes}. Module:",
        "map_text_version": "Text version of this map",
        "key_pass_mark": "pass mark {pass_mark}%",
        "key_type_single": "one answer",
        "key_type_multiple": "every right answer",
        "key_type_true_false": "true or false",
        "key_type_order": "put in order; the right order is shown",
        "key_type_match": "match each pair",
        "key_right": "Right",
        "key_contents": "Modules in this answer key",
        "maps_none": "This course has no scenarios yet.",
        "key_wrong": "Wrong",
        "key_answer": "Answer",
        "key_best": "best score {best}",
        "map_start": "start",
        "maps_title": "Scenario maps",
        "maps_intro": "Each branching scenario as a map: situations in boxes, choices on the arrows with "
        "their points, endings in rounded boxes. Use it to check a scenario's paths, or to run it face to face.",
        "noscript_progress": "Your progress is kept by JavaScript in this browser, and JavaScript is off.",
        "progress_intro": "Your answers and results are kept in this browser, on this device only. "
        "Nothing is sent anywhere.",
        "progress_caption": "Modules, quizzes and scenarios",
        "progress_module": "Module",
        "progress_time": "Time",
        "progress_quiz": "Quiz",
        "progress_scenarios": "Scenarios",
        "progress_summary": "You have passed {passed} of {total} quizzes ({percent}% complete).",
        "best_percent": "best {percent}%",
        "status_no_quiz": "no quiz",
        "status_no_scenarios": "none",
        "scenario_best": "{outcome}, {points} of {best} points",
        "progress_move_title": "Move your progress to another device",
        "progress_move_text": "Save your progress to a file, then open that file on the progress page "
        "of the other device.",
        "progress_move_text_lms": "Your learning platform keeps your progress: open the course from it on the other "
        "device and your results are there.",
        "progress_export": "Save progress to a file",
        "progress_import": "Load progress from a file",
        "progress_reset": "Reset my progress",
        "progress_reset_confirm": "Delete all your answers and results in this browser? This cannot be undone.",
        "progress_import_failed": "That file could not be read as course progress. Nothing was changed.",
        "progress_import_too_big": "That file is too big (over 1 MB) to be course progress. Nothing was changed.",
        "progress_import_other_course": "That file holds progress from another course. Nothing was changed.",
        "progress_merged": "Your progress was loaded from the file: {changes}. Nothing was taken away.",
        "progress_unchanged": "That file holds no results for this course. Nothing was changed.",
        "progress_undo": "Undo loading the file",
        "progress_undone": "Loading the file was undone.",
        # Plural pairs (key_one, key_other) until plural rules come with translations.
        "import_quizzes_added_one": "1 quiz added",
        "import_quizzes_added_other": "{count} quizzes added",
        "import_quizzes_improved_one": "1 quiz result improved",
        "import_quizzes_improved_other": "{count} quiz results improved",
        "import_quizzes_kept_one": "1 quiz kept",
        "import_quizzes_kept_other": "{count} quizzes kept",
        "import_scenarios_added_one": "1 scenario added",
        "import_scenarios_added_other": "{count} scenarios added",
        "import_scenarios_improved_one": "1 scenario result improved",
        "import_scenarios_improved_other": "{count} scenario results improved",
        "import_scenarios_kept_one": "1 scenario kept",
        "import_scenarios_kept_other": "{count} scenarios kept",
        "import_answers_added_one": "1 worksheet answer added",
        "import_answers_added_other": "{count} worksheet answers added",
        "storage_not_kept": "This browser is not keeping your progress",
        "storage_not_kept_text": "Save your progress to a file, or it will be lost when you leave this page.",
        "progress_reset_done": "Your progress was reset.",
        "certificate_title": "Certificate of completion",
        "certificate_locked": "When you have passed every quiz, you can make a certificate here.",
        "certificate_name": "Your name, as it should appear on the certificate",
        "certificate_make": "Make my certificate",
        "certificate_heading": "Certificate of completion",
        "certificate_text": "This is to certify that",
        "certificate_completed": "has completed the course",
        "certificate_modules": "Modules completed",
        "certificate_date": "Date",
        "certificate_print": "Print or save as PDF",
        "certificate_note": "Made in your browser. Nothing was sent anywhere.",
        # The SCORM package's launch page (its adapter shows them above the course)
        "lms_none": "This course is not connected to a learning platform: your progress is kept in this browser only.",
        "lms_unreachable": "Your learning platform could not be reached, so your progress is not being "
        "recorded. You can still take the course, but keep this window open: your work is lost when it "
        "closes. Try again later, or tell your trainer.",
        "lms_not_saving": "Your learning platform is not saving your progress at the moment. Your work is "
        "kept in this browser and will be sent when the platform answers again. Keep this window open.",
    },
}


PROGRESS_STRINGS = frozenset(
    {
        "certificate_completed",
        "certificate_date",
        "certificate_heading",
        "certificate_locked",
        "certificate_make",
        "certificate_modules",
        "certificate_name",
        "certificate_note",
        "certificate_print",
        "certificate_text",
        "certificate_title",
        "import_answers_added_one",
        "import_answers_added_other",
        "import_quizzes_added_one",
        "import_quizzes_added_other",
        "import_quizzes_improved_one",
        "import_quizzes_improved_other",
        "import_quizzes_kept_one",
        "import_quizzes_kept_other",
        "import_scenarios_added_one",
        "import_scenarios_added_other",
        "import_scenarios_improved_one",
        "import_scenarios_improved_other",
        "import_scenarios_kept_one",
        "import_scenarios_kept_other",
        "progress_import",
        "progress_import_failed",
        "progress_import_other_course",
        "progress_import_too_big",
        "progress_merged",
        "progress_reset_confirm",
        "progress_reset_done",
        "progress_unchanged",
        "progress_undo",
        "progress_undone",
    }
)
"""Strings only the progress page's script uses: written into that page (`data-strings`), not into
course.js, which every page loads."""


def strings_for(language: str | None) -> dict[str, str]:
    """The table for `language` ('fr', 'fr_CA' or 'fr-CA'), English where it has gaps."""
    table = dict(STRINGS["en"])
    if language:
        for code in (language.split("-")[0].split("_")[0], language.replace("_", "-")):
            table.update(STRINGS.get(code, {}))
    return table


RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ps", "ur", "ku", "dv", "yi"})


def is_rtl(language: str | None) -> bool:
    """Whether the interface language is written right to left."""
    return bool(language) and str(language).split("-")[0].split("_")[0] in RTL_LANGUAGES


DATE_LOCALES = {"en": "en-GB"}
"""The locale whose way of writing dates a course in this language follows (a UK course: 1 December 2026)."""


def date_locale(language: str | None) -> str:
    """The BCP 47 locale the browser writes dates in for a course in `language` (`en` -> `en-GB`)."""
    code = str(language or "en").replace("_", "-")
    return DATE_LOCALES.get(code, code)
