"""The templates compiled ahead by `make templates` (render/precompiled.py): do not edit."""

STAMP = '58529a22fb7ff0d9e746e37742250aff6868c8aac6642013fc57ff5ff59c728e'
JINJA = '3.1.6'
MODULES = {'answer-key.html.j2': 'answer_key_html', 'answers/choices.html.j2': 'answers_choices_html', 'answers/match.html.j2': 'answers_match_html', 'answers/multiple.html.j2': 'answers_multiple_html', 'answers/order.html.j2': 'answers_order_html', 'answers/single.html.j2': 'answers_single_html', 'answers/true-false.html.j2': 'answers_true_false_html', 'home.html.j2': 'home_html', 'macros.html.j2': 'macros_html', 'next.html.j2': 'next_html', 'objectives.html.j2': 'objectives_html', 'problems.html.j2': 'problems_html', 'progress-table.html.j2': 'progress_table_html', 'progress.html.j2': 'progress_html', 'quiz.html.j2': 'quiz_html', 'scenario-map.html.j2': 'scenario_map_html', 'scenario.html.j2': 'scenario_html', 'steps.html.j2': 'steps_html', 'worksheet.html.j2': 'worksheet_html'}
