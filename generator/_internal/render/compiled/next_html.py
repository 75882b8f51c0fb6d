# Written by `make templates` from next.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'next.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_course = resolve('course')
    l_0_quizzes = resolve('quizzes')
    l_0_url = resolve('url')
    l_0_title = resolve('title')
    l_0_before = l_0_after = missing
    try:
        t_1 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    (l_0_before, l_0_after) = context.call((t_2 if (t_2 := getattr((t_3 := context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'next_module', title='\x1f')), 'split', missing)) is not missing else environment.getattr(t_3, 'split')), '\x1f')
    context.vars.update({'after': l_0_after, 'before': l_0_before})
    context.exported_vars.update(('after', 'before'))
    yield '<p class="course-next" data-course="'
    yield escape_text((undefined(name='course') if l_0_course is missing else l_0_course))
    yield '"'
    if (not t_1((undefined(name='quizzes') if l_0_quizzes is missing else l_0_quizzes))):
        pass
        yield ' data-quizzes="'
        yield escape_text((undefined(name='quizzes') if l_0_quizzes is missing else l_0_quizzes))
        yield '" data-certificate="'
        yield escape_text((undefined(name='url') if l_0_url is missing else l_0_url))
        yield '#cp-certificate"'
    yield '>'
    yield escape_text((undefined(name='before') if l_0_before is missing else l_0_before))
    yield '<a href="'
    yield escape_text((undefined(name='url') if l_0_url is missing else l_0_url))
    yield '">'
    yield escape_text((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</a>'
    yield escape_text((undefined(name='after') if l_0_after is missing else l_0_after))
    yield '</p>'

blocks = {}
debug_info = '3=24&4=28'
