# Written by `make templates` from worksheet.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'worksheet.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_base = resolve('base')
    l_0_course = resolve('course')
    l_0_worksheet = resolve('worksheet')
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
    yield '<section class="cw" id="'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '" data-module="course-worksheet" data-course="'
    yield escape_text((undefined(name='course') if l_0_course is missing else l_0_course))
    yield '" data-worksheet="'
    yield escape_text((t_3 if (t_3 := getattr((t_4 := (undefined(name='worksheet') if l_0_worksheet is missing else l_0_worksheet)), 'id', missing)) is not missing else environment.getattr(t_4, 'id')))
    yield '" aria-labelledby="'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '-title">\n<h2 class="cw__title" id="'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '-title">'
    yield escape_text((t_5 if (t_5 := getattr((t_6 := (undefined(name='worksheet') if l_0_worksheet is missing else l_0_worksheet)), 'title', missing)) is not missing else environment.getattr(t_6, 'title')))
    yield '</h2>\n'
    if (t_7 if (t_7 := getattr((t_8 := (undefined(name='worksheet') if l_0_worksheet is missing else l_0_worksheet)), 'intro', missing)) is not missing else environment.getattr(t_8, 'intro')):
        pass
        yield '<div class="cw__intro">'
        yield escape_text(t_1(context, (t_9 if (t_9 := getattr((t_10 := (undefined(name='worksheet') if l_0_worksheet is missing else l_0_worksheet)), 'intro', missing)) is not missing else environment.getattr(t_10, 'intro'))))
        yield '</div>\n'
    yield '<noscript><p class="cw__note">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'noscript_worksheet'))
    yield '</p></noscript>\n<form class="cw__form" action="#'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '">\n'
    l_1_loop = missing
    for l_1_question, l_1_loop in LoopContext((t_11 if (t_11 := getattr((t_12 := (undefined(name='worksheet') if l_0_worksheet is missing else l_0_worksheet)), 'questions', missing)) is not missing else environment.getattr(t_12, 'questions')), undefined):
        _loop_vars = {}
        pass
        yield '<div class="cw-q">\n<label class="cw-q__label" for="'
        yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
        yield '-'
        yield escape_text((t_13 if (t_13 := getattr((t_14 := l_1_question), 'id', missing)) is not missing else environment.getattr(t_14, 'id')))
        yield '">'
        yield escape_text((t_15 if (t_15 := getattr((t_16 := l_1_loop), 'index', missing)) is not missing else environment.getattr(t_16, 'index')))
        yield '. '
        yield escape_text(t_2(context, (t_17 if (t_17 := getattr((t_18 := l_1_question), 'prompt', missing)) is not missing else environment.getattr(t_18, 'prompt'))))
        yield '</label>\n'
        if (t_19 if (t_19 := getattr((t_20 := l_1_question), 'hint', missing)) is not missing else environment.getattr(t_20, 'hint')):
            pass
            yield '<div class="cw-q__hint" id="'
            yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
            yield '-'
            yield escape_text((t_21 if (t_21 := getattr((t_22 := l_1_question), 'id', missing)) is not missing else environment.getattr(t_22, 'id')))
            yield '-hint">'
            yield escape_text(t_1(context, (t_23 if (t_23 := getattr((t_24 := l_1_question), 'hint', missing)) is not missing else environment.getattr(t_24, 'hint'))))
            yield '</div>\n'
        yield '<textarea class="cw-q__input" id="'
        yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
        yield '-'
        yield escape_text((t_25 if (t_25 := getattr((t_26 := l_1_question), 'id', missing)) is not missing else environment.getattr(t_26, 'id')))
        yield '" name="'
        yield escape_text((t_27 if (t_27 := getattr((t_28 := l_1_question), 'id', missing)) is not missing else environment.getattr(t_28, 'id')))
        yield '" rows="4" maxlength="5000"'
        if (t_29 if (t_29 := getattr((t_30 := l_1_question), 'hint', missing)) is not missing else environment.getattr(t_30, 'hint')):
            pass
            yield ' aria-describedby="'
            yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
            yield '-'
            yield escape_text((t_31 if (t_31 := getattr((t_32 := l_1_question), 'id', missing)) is not missing else environment.getattr(t_32, 'id')))
            yield '-hint"'
        yield '></textarea>\n</div>\n'
    l_1_loop = l_1_question = missing
    yield '<p class="cw__saved">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'worksheet_saved'))
    yield '</p>\n</form>\n</section>'

blocks = {}
debug_info = '1=29&2=37&3=41&4=44&6=47&7=49&8=52&10=56&11=64&12=67&14=74&17=90'
