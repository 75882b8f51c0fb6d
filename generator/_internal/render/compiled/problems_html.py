# Written by `make templates` from problems.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'problems.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_problems = resolve('problems')
    try:
        t_1 = environment.filters['code_spans']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'code_spans' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<div class="course-problems" role="alert">\n<h2 class="course-problems__title">This preview has '
    yield escape_text(t_2((undefined(name='problems') if l_0_problems is missing else l_0_problems)))
    yield ' problem'
    yield escape_text(('' if (t_2((undefined(name='problems') if l_0_problems is missing else l_0_problems)) == 1) else 's'))
    yield ' to fix</h2>\n<p>The pages below are shown without the parts that have problems. Save the fixed file and this page reloads.</p>\n<ul class="course-problems__list">\n'
    for l_1_problem in (undefined(name='problems') if l_0_problems is missing else l_0_problems):
        _loop_vars = {}
        pass
        yield '<li><code>'
        yield escape_text(environment.getattr(l_1_problem, 'file'))
        if environment.getattr(l_1_problem, 'line'):
            pass
            yield ':'
            yield escape_text(environment.getattr(l_1_problem, 'line'))
        yield '</code>'
        if environment.getattr(l_1_problem, 'where'):
            pass
            yield ' ('
            yield escape_text(environment.getattr(l_1_problem, 'where'))
            yield ')'
        yield ': '
        yield escape_text(t_1(environment.getattr(l_1_problem, 'message')))
        if environment.getattr(l_1_problem, 'fix'):
            pass
            yield '<br><strong>Fix:</strong> '
            yield escape_text(t_1(environment.getattr(l_1_problem, 'fix')))
        yield '</li>\n'
    l_1_problem = missing
    yield '</ul>\n</div>'

blocks = {}
debug_info = '2=26&5=30&6=34'
