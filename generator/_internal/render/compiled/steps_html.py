# Written by `make templates` from steps.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'steps.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_course = resolve('course')
    l_0_module = resolve('module')
    pass
    yield '<p class="course-steps" id="course-steps" data-module="course-steps" data-course="'
    yield escape_text((undefined(name='course') if l_0_course is missing else l_0_course))
    yield '" data-slug="'
    yield escape_text((t_1 if (t_1 := getattr((t_2 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'slug', missing)) is not missing else environment.getattr(t_2, 'slug')))
    yield '" role="status" hidden></p>'

blocks = {}
debug_info = '3=15'
