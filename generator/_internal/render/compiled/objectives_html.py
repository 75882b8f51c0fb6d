# Written by `make templates` from objectives.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'objectives.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_module = resolve('module')
    l_0_t = resolve('t')
    try:
        t_1 = environment.filters['md_inline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_inline' found.")
    pass
    yield '<div class="course-objectives">\n'
    if (t_2 if (t_2 := getattr((t_3 := (t_4 if (t_4 := getattr((t_5 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'meta', missing)) is not missing else environment.getattr(t_5, 'meta'))), 'objectives', missing)) is not missing else environment.getattr(t_3, 'objectives')):
        pass
        yield '<h2 class="course-objectives__title" id="objectives-'
        yield escape_text((t_6 if (t_6 := getattr((t_7 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'slug', missing)) is not missing else environment.getattr(t_7, 'slug')))
        yield '">'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'objectives_heading'))
        yield '</h2>\n<ul class="course-objectives__list">\n'
        for l_1_objective in (t_8 if (t_8 := getattr((t_9 := (t_10 if (t_10 := getattr((t_11 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'meta', missing)) is not missing else environment.getattr(t_11, 'meta'))), 'objectives', missing)) is not missing else environment.getattr(t_9, 'objectives')):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape_text(t_1(context, l_1_objective))
            yield '</li>\n'
        l_1_objective = missing
        yield '</ul>\n'
    if (t_12 if (t_12 := getattr((t_13 := (t_14 if (t_14 := getattr((t_15 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'meta', missing)) is not missing else environment.getattr(t_15, 'meta'))), 'minutes', missing)) is not missing else environment.getattr(t_13, 'minutes')):
        pass
        yield '<p class="course-objectives__time">'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'minutes', count=(t_16 if (t_16 := getattr((t_17 := (t_18 if (t_18 := getattr((t_19 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'meta', missing)) is not missing else environment.getattr(t_19, 'meta'))), 'minutes', missing)) is not missing else environment.getattr(t_17, 'minutes'))))
        yield '</p>\n'
    yield '</div>'

blocks = {}
debug_info = '2=21&3=24&5=28&6=32&10=36&11=39'
