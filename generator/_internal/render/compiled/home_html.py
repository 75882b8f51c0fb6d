# Written by `make templates` from home.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'home.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_course = resolve('course')
    l_0_progress = resolve('progress')
    l_0_modules = resolve('modules')
    l_0_t = resolve('t')
    pass
    yield '<div class="ch" data-module="course-home" data-course="'
    yield escape_text((undefined(name='course') if l_0_course is missing else l_0_course))
    yield '" data-certificate="'
    yield escape_text((undefined(name='progress') if l_0_progress is missing else l_0_progress))
    yield '#cp-certificate">\n'
    if (undefined(name='modules') if l_0_modules is missing else l_0_modules):
        pass
        yield '<p class="ch__start"><a class="md-button md-button--primary ch__start-link" href="'
        yield escape_text((t_1 if (t_1 := getattr((t_2 := environment.getitem((undefined(name='modules') if l_0_modules is missing else l_0_modules), 0)), 'url', missing)) is not missing else environment.getattr(t_2, 'url')))
        yield '">'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'home_start'))
        yield '</a></p>\n'
    yield '<p class="ch__summary" hidden></p>\n<h2 class="ch__title" id="course-modules">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'home_modules'))
    yield '</h2>\n<ol class="ch__modules">\n'
    for l_1_item in (undefined(name='modules') if l_0_modules is missing else l_0_modules):
        l_1_module = missing
        _loop_vars = {}
        pass
        l_1_module = (t_3 if (t_3 := getattr((t_4 := l_1_item), 'module', missing)) is not missing else environment.getattr(t_4, 'module'))
        _loop_vars['module'] = l_1_module
        yield '<li class="ch-card"'
        if (t_5 if (t_5 := getattr((t_6 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'quiz', missing)) is not missing else environment.getattr(t_6, 'quiz')):
            pass
            yield ' data-slug="'
            yield escape_text((t_7 if (t_7 := getattr((t_8 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'slug', missing)) is not missing else environment.getattr(t_8, 'slug')))
            yield '"'
        yield '>\n<a class="ch-card__link" href="'
        yield escape_text((t_9 if (t_9 := getattr((t_10 := l_1_item), 'url', missing)) is not missing else environment.getattr(t_10, 'url')))
        yield '"><span class="ch-card__number">'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'module_number', number=(t_11 if (t_11 := getattr((t_12 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'number', missing)) is not missing else environment.getattr(t_12, 'number')), _loop_vars=_loop_vars))
        yield '</span> <span class="ch-card__title">'
        yield escape_text((t_13 if (t_13 := getattr((t_14 := (t_15 if (t_15 := getattr((t_16 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'meta', missing)) is not missing else environment.getattr(t_16, 'meta'))), 'title', missing)) is not missing else environment.getattr(t_14, 'title')))
        yield '</span></a>\n<p class="ch-card__facts">'
        if (t_17 if (t_17 := getattr((t_18 := (t_19 if (t_19 := getattr((t_20 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'meta', missing)) is not missing else environment.getattr(t_20, 'meta'))), 'minutes', missing)) is not missing else environment.getattr(t_18, 'minutes')):
            pass
            yield '<span>'
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'minutes', count=(t_21 if (t_21 := getattr((t_22 := (t_23 if (t_23 := getattr((t_24 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'meta', missing)) is not missing else environment.getattr(t_24, 'meta'))), 'minutes', missing)) is not missing else environment.getattr(t_22, 'minutes')), _loop_vars=_loop_vars))
            yield '</span>'
        if (t_25 if (t_25 := getattr((t_26 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'quiz', missing)) is not missing else environment.getattr(t_26, 'quiz')):
            pass
            yield ' <span class="ch-card__status"></span>'
        yield '</p>\n</li>\n'
    l_1_item = l_1_module = missing
    yield '</ol>\n</div>'

blocks = {}
debug_info = '4=17&5=21&6=24&9=29&11=31&12=35&13=38&14=44&15=50'
