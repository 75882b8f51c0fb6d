# Written by `make templates` from answers/choices.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'answers/choices.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_q = resolve('q')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_2 = environment.filters['md_inline']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_inline' found.")
    pass
    yield '<ul>\n'
    for l_1_option in (t_3 if (t_3 := getattr((t_4 := (undefined(name='q') if l_0_q is missing else l_0_q)), 'options', missing)) is not missing else environment.getattr(t_4, 'options')):
        l_1_t = resolve('t')
        _loop_vars = {}
        pass
        yield '<li>'
        if (t_5 if (t_5 := getattr((t_6 := l_1_option), 'correct', missing)) is not missing else environment.getattr(t_6, 'correct')):
            pass
            yield '<strong>✓ '
            yield escape_text(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'key_right', _loop_vars=_loop_vars))
            yield ':</strong>'
        else:
            pass
            yield '✗ '
            yield escape_text(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'key_wrong', _loop_vars=_loop_vars))
            yield ':'
        yield ' '
        yield escape_text(t_2(context, (t_7 if (t_7 := getattr((t_8 := l_1_option), 'text', missing)) is not missing else environment.getattr(t_8, 'text'))))
        if (t_9 if (t_9 := getattr((t_10 := l_1_option), 'feedback', missing)) is not missing else environment.getattr(t_10, 'feedback')):
            pass
            yield '<div class="course-key__feedback">'
            yield escape_text(t_1(context, (t_11 if (t_11 := getattr((t_12 := l_1_option), 'feedback', missing)) is not missing else environment.getattr(t_12, 'feedback'))))
            yield '</div>'
        yield '</li>\n'
    l_1_option = l_1_t = missing
    yield '</ul>'

blocks = {}
debug_info = '3=26&4=31'
