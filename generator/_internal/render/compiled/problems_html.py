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
        yield escape_text((t_3 if (t_3 := getattr((t_4 := l_1_problem), 'file', missing)) is not missing else environment.getattr(t_4, 'file')))
        if (t_5 if (t_5 := getattr((t_6 := l_1_problem), 'line', missing)) is not missing else environment.getattr(t_6, 'line')):
            pass
            yield ':'
            yield escape_text((t_7 if (t_7 := getattr((t_8 := l_1_problem), 'line', missing)) is not missing else environment.getattr(t_8, 'line')))
        yield '</code>'
        if (t_9 if (t_9 := getattr((t_10 := l_1_problem), 'where', missing)) is not missing else environment.getattr(t_10, 'where')):
            pass
            yield ' ('
            yield escape_text((t_11 if (t_11 := getattr((t_12 := l_1_problem), 'where', missing)) is not missing else environment.getattr(t_12, 'where')))
            yield ')'
        yield ': '
        yield escape_text(t_1((t_13 if (t_13 := getattr((t_14 := l_1_problem), 'message', missing)) is not missing else environment.getattr(t_14, 'message'))))
        if (t_15 if (t_15 := getattr((t_16 := l_1_problem), 'fix', missing)) is not missing else environment.getattr(t_16, 'fix')):
            pass
            yield '<br><strong>Fix:</strong> '
            yield escape_text(t_1((t_17 if (t_17 := getattr((t_18 := l_1_problem), 'fix', missing)) is not missing else environment.getattr(t_18, 'fix'))))
        yield '</li>\n'
    l_1_problem = missing
    yield '</ul>\n</div>'

blocks = {}
debug_info = '2=26&5=30&6=34'
