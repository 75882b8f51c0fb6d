# Written by `make templates` from questions/multiple.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'questions/multiple.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    l_1_input_type = 'checkbox'
    pass
    template = environment.get_template('questions/choices.html.j2', 'questions/multiple.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'input_type': l_1_input_type}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_input_type = missing

blocks = {}
debug_info = '3=13'
