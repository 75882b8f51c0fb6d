# Written by `make templates` from scenario.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'scenario.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_base = resolve('base')
    l_0_course = resolve('course')
    l_0_scenario = resolve('scenario')
    l_0_hash = resolve('hash')
    l_0_best = resolve('best')
    l_0_t = resolve('t')
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
    yield '<section class="cs" id="'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '" data-search-exclude data-module="course-scenario" data-course="'
    yield escape_text((undefined(name='course') if l_0_course is missing else l_0_course))
    yield '" data-scenario="'
    yield escape_text((t_3 if (t_3 := getattr((t_4 := (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario)), 'id', missing)) is not missing else environment.getattr(t_4, 'id')))
    yield '" data-hash="'
    yield escape_text((undefined(name='hash') if l_0_hash is missing else l_0_hash))
    yield '" data-best="'
    yield escape_text((undefined(name='best') if l_0_best is missing else l_0_best))
    yield '" data-start="'
    yield escape_text((t_5 if (t_5 := getattr((t_6 := (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario)), 'start', missing)) is not missing else environment.getattr(t_6, 'start')))
    yield '" aria-labelledby="'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '-title">\n<h2 class="cs__title" id="'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '-title"><span class="cs__label">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'scenario_label'))
    yield ':</span> '
    yield escape_text((t_7 if (t_7 := getattr((t_8 := (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario)), 'title', missing)) is not missing else environment.getattr(t_8, 'title')))
    yield '</h2>\n<noscript><p class="cs__note">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'noscript_scenario'))
    yield '</p></noscript>\n'
    for (l_1_name, l_1_node) in context.call((t_9 if (t_9 := getattr((t_10 := (t_11 if (t_11 := getattr((t_12 := (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario)), 'nodes', missing)) is not missing else environment.getattr(t_12, 'nodes'))), 'items', missing)) is not missing else environment.getattr(t_10, 'items'))):
        _loop_vars = {}
        pass
        yield '<div class="cs-node" id="'
        yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
        yield '-'
        yield escape_text(l_1_name)
        yield '" data-node="'
        yield escape_text(l_1_name)
        yield '"'
        if (t_13 if (t_13 := getattr((t_14 := l_1_node), 'ending', missing)) is not missing else environment.getattr(t_14, 'ending')):
            pass
            yield ' data-ending="'
            yield escape_text((t_15 if (t_15 := getattr((t_16 := l_1_node), 'ending', missing)) is not missing else environment.getattr(t_16, 'ending')))
            yield '"'
        if (l_1_name != (t_17 if (t_17 := getattr((t_18 := (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario)), 'start', missing)) is not missing else environment.getattr(t_18, 'start'))):
            pass
            yield ' hidden'
        yield '>\n<div class="cs-node__text">'
        yield escape_text(t_1(context, (t_19 if (t_19 := getattr((t_20 := l_1_node), 'text', missing)) is not missing else environment.getattr(t_20, 'text'))))
        yield '</div>\n'
        if (t_21 if (t_21 := getattr((t_22 := l_1_node), 'choices', missing)) is not missing else environment.getattr(t_22, 'choices')):
            pass
            yield '<div class="cs-node__choices">\n'
            for l_2_choice in (t_23 if (t_23 := getattr((t_24 := l_1_node), 'choices', missing)) is not missing else environment.getattr(t_24, 'choices')):
                _loop_vars = {}
                pass
                yield '<div class="cs-choice">\n<button class="cs-choice__button" type="button" data-next="'
                yield escape_text((t_25 if (t_25 := getattr((t_26 := l_2_choice), 'next', missing)) is not missing else environment.getattr(t_26, 'next')))
                yield '" data-points="'
                yield escape_text((t_27 if (t_27 := getattr((t_28 := l_2_choice), 'points', missing)) is not missing else environment.getattr(t_28, 'points')))
                yield '">'
                yield escape_text(t_2(context, (t_29 if (t_29 := getattr((t_30 := l_2_choice), 'text', missing)) is not missing else environment.getattr(t_30, 'text'))))
                yield '</button>\n'
                if (t_31 if (t_31 := getattr((t_32 := l_2_choice), 'feedback', missing)) is not missing else environment.getattr(t_32, 'feedback')):
                    pass
                    yield '<div class="cs-choice__feedback" hidden>'
                    yield escape_text(t_1(context, (t_33 if (t_33 := getattr((t_34 := l_2_choice), 'feedback', missing)) is not missing else environment.getattr(t_34, 'feedback'))))
                    yield '</div>\n'
                yield '</div>\n'
            l_2_choice = missing
            yield '</div>\n'
        yield '</div>\n'
    l_1_name = l_1_node = missing
    yield '</section>'

blocks = {}
debug_info = '1=31&2=45&3=51&4=53&5=57&6=72&7=74&9=77&11=81&12=87&13=90'
