# Written by `make templates` from answers/order.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'answers/order.html.j2'

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
    yield '<ol>\n'
    for l_1_entry in (t_2 if (t_2 := getattr((t_3 := (undefined(name='q') if l_0_q is missing else l_0_q)), 'items', missing)) is not missing else environment.getattr(t_3, 'items')):
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape_text(t_1(context, l_1_entry))
        yield '</li>\n'
    l_1_entry = missing
    yield '</ol>'

blocks = {}
debug_info = '3=20&4=24'
