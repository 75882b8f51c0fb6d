# Written by `make templates` from answers/match.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'answers/match.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_q = resolve('q')
    try:
        t_1 = environment.filters['md_inline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_inline' found.")
    pass
    yield '<ul>\n'
    for l_1_pair in (t_2 if (t_2 := getattr((t_3 := (undefined(name='q') if l_0_q is missing else l_0_q)), 'pairs', missing)) is not missing else environment.getattr(t_3, 'pairs')):
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape_text(t_1(context, (t_4 if (t_4 := getattr((t_5 := l_1_pair), 'left', missing)) is not missing else environment.getattr(t_5, 'left'))))
        yield ' → <strong>'
        yield escape_text((t_6 if (t_6 := getattr((t_7 := l_1_pair), 'right', missing)) is not missing else environment.getattr(t_7, 'right')))
        yield '</strong></li>\n'
    l_1_pair = missing
    yield '</ul>'

blocks = {}
debug_info = '3=20&4=24'
