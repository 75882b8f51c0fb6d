# Written by `make templates` from answers/true-false.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'answers/true-false.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_q = resolve('q')
    pass
    yield '<p><strong>'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_answer'))
    yield ': '
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), ('true' if (t_1 if (t_1 := getattr((t_2 := (undefined(name='q') if l_0_q is missing else l_0_q)), 'answer', missing)) is not missing else environment.getattr(t_2, 'answer')) else 'false')))
    yield '</strong></p>'

blocks = {}
debug_info = '2=15'
