# Written by `make templates` from quiz.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quiz.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_base = resolve('base')
    l_0_course = resolve('course')
    l_0_module = resolve('module')
    l_0_hash = resolve('hash')
    l_0_quiz = resolve('quiz')
    l_0_title = resolve('title')
    l_0_intro = resolve('intro')
    l_0_t = resolve('t')
    l_0_questions = resolve('questions')
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
    try:
        t_3 = environment.tests['false']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'false' found.")
    pass
    yield '<section class="cq" id="'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '" data-search-exclude data-module="course-quiz" data-course="'
    yield escape_text((undefined(name='course') if l_0_course is missing else l_0_course))
    yield '" data-quiz="'
    yield escape_text(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'slug'))
    yield '" data-hash="'
    yield escape_text((undefined(name='hash') if l_0_hash is missing else l_0_hash))
    yield '" data-pass="'
    yield escape_text(environment.getattr((undefined(name='quiz') if l_0_quiz is missing else l_0_quiz), 'pass_mark'))
    yield '"'
    if (not environment.getattr((undefined(name='quiz') if l_0_quiz is missing else l_0_quiz), 'shuffle')):
        pass
        yield ' data-shuffle="false"'
    yield ' aria-labelledby="'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '-title">\n<h2 class="cq__title" id="'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '-title">'
    yield escape_text((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</h2>\n<p class="cq__intro">'
    yield escape_text((undefined(name='intro') if l_0_intro is missing else l_0_intro))
    yield '</p>\n<noscript><p class="cq__note">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'noscript_quiz'))
    yield '</p></noscript>\n<form class="cq__form" action="#'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '" novalidate>\n'
    for l_1_view in (undefined(name='questions') if l_0_questions is missing else l_0_questions):
        l_1_q = missing
        _loop_vars = {}
        pass
        l_1_q = environment.getattr(l_1_view, 'q')
        _loop_vars['q'] = l_1_q
        yield '<fieldset class="cq-q" id="'
        yield escape_text(environment.getattr(l_1_view, 'base'))
        yield '" data-qid="'
        yield escape_text(environment.getattr((undefined(name='q') if l_1_q is missing else l_1_q), 'id'))
        yield '" data-type="'
        yield escape_text(environment.getattr((undefined(name='q') if l_1_q is missing else l_1_q), 'type'))
        yield '" data-hash="'
        yield escape_text(environment.getattr(l_1_view, 'hash'))
        yield '"'
        if t_3(environment.getattr((undefined(name='q') if l_1_q is missing else l_1_q), 'shuffle')):
            pass
            yield ' data-shuffle="false"'
        yield ' aria-describedby="'
        yield escape_text(environment.getattr(l_1_view, 'base'))
        yield '-hint">\n<legend class="cq-q__legend"><span class="cq-q__number">'
        yield escape_text(environment.getattr(l_1_view, 'number'))
        yield '</span> <span class="cq-q__prompt">'
        yield escape_text(t_2(context, environment.getattr((undefined(name='q') if l_1_q is missing else l_1_q), 'prompt')))
        yield '</span></legend>\n<p class="cq-q__hint" id="'
        yield escape_text(environment.getattr(l_1_view, 'base'))
        yield '-hint">'
        yield escape_text(environment.getattr(l_1_view, 'hint'))
        yield '</p>\n'
        template = environment.get_or_select_template(environment.getattr(l_1_view, 'template'), 'quiz.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'q': l_1_q, 'view': l_1_view}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n<div class="cq-q__mark" hidden></div>\n'
        if environment.getattr((undefined(name='q') if l_1_q is missing else l_1_q), 'explanation'):
            pass
            yield '<div class="cq-q__explanation" hidden>'
            yield escape_text(t_1(context, environment.getattr((undefined(name='q') if l_1_q is missing else l_1_q), 'explanation')))
            yield '</div>\n'
        yield '</fieldset>\n'
    l_1_view = l_1_q = missing
    yield '<div class="cq__actions">\n<button class="cq__check md-button md-button--primary" type="submit">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'check_answers'))
    yield '</button>\n</div>\n</form>\n</section>'

blocks = {}
debug_info = '1=40&2=56&3=60&4=62&5=64&6=66&7=70&8=73&9=87&10=91&11=95&13=102&14=105&19=110'
