# Written by `make templates` from answer-key.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'answer-key.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_part = resolve('part')
    l_0_t = resolve('t')
    l_0_modules = resolve('modules')
    l_0_item = resolve('item')
    l_0_module = resolve('module')
    l_0_outline = missing
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
    included_template = environment.get_template('macros.html.j2', 'answer-key.html.j2')._get_default_module(context)
    l_0_outline = getattr(included_template, 'scenario_outline', missing)
    if l_0_outline is missing:
        l_0_outline = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'answer-key.html.j2') does not export the requested name 'scenario_outline'", name='scenario_outline')
    context.vars['outline'] = l_0_outline
    context.exported_vars.discard('outline')
    if ((undefined(name='part') if l_0_part is missing else l_0_part) == 'contents'):
        pass
        yield '<nav class="course-key__contents" data-search-exclude aria-label="'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_contents'))
        yield '">\n<ul>\n'
        for l_1_item in (undefined(name='modules') if l_0_modules is missing else l_0_modules):
            _loop_vars = {}
            pass
            yield '<li><a href="#key-'
            yield escape_text(environment.getattr(environment.getattr(l_1_item, 'module'), 'slug'))
            yield '">'
            yield escape_text(environment.getattr(environment.getattr(l_1_item, 'module'), 'number'))
            yield '. '
            yield escape_text(environment.getattr(environment.getattr(environment.getattr(l_1_item, 'module'), 'meta'), 'title'))
            yield '</a></li>\n'
        l_1_item = missing
        yield '</ul>\n</nav>\n'
    elif ((undefined(name='part') if l_0_part is missing else l_0_part) == 'head'):
        pass
        l_0_module = environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'module')
        context.vars['module'] = l_0_module
        context.exported_vars.add('module')
        yield '<div class="course-key__head" data-search-exclude>\n<h2 class="course-key__title" id="key-'
        yield escape_text(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'slug'))
        yield '">'
        if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'url'):
            pass
            yield '<a href="'
            yield escape_text(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'url'))
            yield '">'
            yield escape_text(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'number'))
            yield '. '
            yield escape_text(environment.getattr(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'meta'), 'title'))
            yield '</a>'
        else:
            pass
            yield escape_text(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'number'))
            yield '. '
            yield escape_text(environment.getattr(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'meta'), 'title'))
        yield '</h2>\n'
        if environment.getattr(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'meta'), 'minutes'):
            pass
            yield '<p>'
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'minutes', count=environment.getattr(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'meta'), 'minutes')))
            yield '</p>'
        if environment.getattr(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'meta'), 'objectives'):
            pass
            yield '<h3>'
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'objectives_heading'))
            yield '</h3>\n<ul>\n'
            for l_1_objective in environment.getattr(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'meta'), 'objectives'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape_text(t_2(context, l_1_objective))
                yield '</li>\n'
            l_1_objective = missing
            yield '</ul>\n'
        yield '</div>\n'
    else:
        pass
        l_0_module = environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'module')
        context.vars['module'] = l_0_module
        context.exported_vars.add('module')
        yield '<div class="course-key" data-search-exclude>\n'
        if environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'quiz'):
            pass
            yield '<h3>'
            yield escape_text((environment.getattr(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'quiz'), 'title') or context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'quiz_title')))
            yield ' ('
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_pass_mark', pass_mark=environment.getattr(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'quiz'), 'pass_mark')))
            yield ')</h3>\n<ol class="course-key__questions">\n'
            for l_1_q in environment.getattr(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'quiz'), 'questions'):
                _loop_vars = {}
                pass
                yield '<li class="course-key__question">\n<p>'
                yield escape_text(t_2(context, environment.getattr(l_1_q, 'prompt')))
                yield ' <span class="course-key__type">('
                yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), ('key_type_' + context.call(environment.getattr(environment.getattr(l_1_q, 'type'), 'replace'), '-', '_', _loop_vars=_loop_vars)), _loop_vars=_loop_vars))
                yield ')</span></p>\n'
                template = environment.get_or_select_template(markup_join(('answers/', environment.getattr(l_1_q, 'type'), '.html.j2', )), 'answer-key.html.j2')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'q': l_1_q, 'module': l_0_module, 'outline': l_0_outline}))
                try:
                    for event in gen:
                        yield event
                finally: gen.close()
                yield '\n'
                if environment.getattr(l_1_q, 'explanation'):
                    pass
                    yield '<div class="course-key__explanation">'
                    yield escape_text(t_1(context, environment.getattr(l_1_q, 'explanation')))
                    yield '</div>'
                yield '</li>\n'
            l_1_q = missing
            yield '</ol>\n'
        for l_1_scenario in environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'scenarios'):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'scenario_label', _loop_vars=_loop_vars))
            yield ': '
            yield escape_text(environment.getattr(l_1_scenario, 'title'))
            yield ' ('
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_best', best=environment.getitem(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'best'), environment.getattr(l_1_scenario, 'id')), _loop_vars=_loop_vars))
            yield ')</h3>\n'
            yield escape_text(context.call((undefined(name='outline') if l_0_outline is missing else l_0_outline), l_1_scenario, (undefined(name='t') if l_0_t is missing else l_0_t), _loop_vars=_loop_vars))
            yield '\n'
        l_1_scenario = missing
        for l_1_worksheet in environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'worksheets'):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape_text(environment.getattr(l_1_worksheet, 'title'))
            yield '</h3>\n<ol>\n'
            for l_2_question in environment.getattr(l_1_worksheet, 'questions'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape_text(t_2(context, environment.getattr(l_2_question, 'prompt')))
                yield '</li>\n'
            l_2_question = missing
            yield '</ol>\n'
        l_1_worksheet = missing
        yield '</div>\n'

blocks = {}
debug_info = '1=30&4=36&5=39&7=41&8=45&12=53&13=55&15=59&16=76&17=81&18=84&20=86&21=90&27=97&29=101&30=104&32=108&34=112&35=116&36=123&41=131&42=135&43=141&45=144&46=148&48=150&49=154'
