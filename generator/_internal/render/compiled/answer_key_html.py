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
            yield escape_text((t_3 if (t_3 := getattr((t_4 := (t_5 if (t_5 := getattr((t_6 := l_1_item), 'module', missing)) is not missing else environment.getattr(t_6, 'module'))), 'slug', missing)) is not missing else environment.getattr(t_4, 'slug')))
            yield '">'
            yield escape_text((t_7 if (t_7 := getattr((t_8 := (t_9 if (t_9 := getattr((t_10 := l_1_item), 'module', missing)) is not missing else environment.getattr(t_10, 'module'))), 'number', missing)) is not missing else environment.getattr(t_8, 'number')))
            yield '. '
            yield escape_text((t_11 if (t_11 := getattr((t_12 := (t_13 if (t_13 := getattr((t_14 := (t_15 if (t_15 := getattr((t_16 := l_1_item), 'module', missing)) is not missing else environment.getattr(t_16, 'module'))), 'meta', missing)) is not missing else environment.getattr(t_14, 'meta'))), 'title', missing)) is not missing else environment.getattr(t_12, 'title')))
            yield '</a></li>\n'
        l_1_item = missing
        yield '</ul>\n</nav>\n'
    elif ((undefined(name='part') if l_0_part is missing else l_0_part) == 'head'):
        pass
        l_0_module = (t_17 if (t_17 := getattr((t_18 := (undefined(name='item') if l_0_item is missing else l_0_item)), 'module', missing)) is not missing else environment.getattr(t_18, 'module'))
        context.vars['module'] = l_0_module
        context.exported_vars.add('module')
        yield '<div class="course-key__head" data-search-exclude>\n<h2 class="course-key__title" id="key-'
        yield escape_text((t_19 if (t_19 := getattr((t_20 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'slug', missing)) is not missing else environment.getattr(t_20, 'slug')))
        yield '">'
        if (t_21 if (t_21 := getattr((t_22 := (undefined(name='item') if l_0_item is missing else l_0_item)), 'url', missing)) is not missing else environment.getattr(t_22, 'url')):
            pass
            yield '<a href="'
            yield escape_text((t_23 if (t_23 := getattr((t_24 := (undefined(name='item') if l_0_item is missing else l_0_item)), 'url', missing)) is not missing else environment.getattr(t_24, 'url')))
            yield '">'
            yield escape_text((t_25 if (t_25 := getattr((t_26 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'number', missing)) is not missing else environment.getattr(t_26, 'number')))
            yield '. '
            yield escape_text((t_27 if (t_27 := getattr((t_28 := (t_29 if (t_29 := getattr((t_30 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'meta', missing)) is not missing else environment.getattr(t_30, 'meta'))), 'title', missing)) is not missing else environment.getattr(t_28, 'title')))
            yield '</a>'
        else:
            pass
            yield escape_text((t_31 if (t_31 := getattr((t_32 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'number', missing)) is not missing else environment.getattr(t_32, 'number')))
            yield '. '
            yield escape_text((t_33 if (t_33 := getattr((t_34 := (t_35 if (t_35 := getattr((t_36 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'meta', missing)) is not missing else environment.getattr(t_36, 'meta'))), 'title', missing)) is not missing else environment.getattr(t_34, 'title')))
        yield '</h2>\n'
        if (t_37 if (t_37 := getattr((t_38 := (t_39 if (t_39 := getattr((t_40 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'meta', missing)) is not missing else environment.getattr(t_40, 'meta'))), 'minutes', missing)) is not missing else environment.getattr(t_38, 'minutes')):
            pass
            yield '<p>'
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'minutes', count=(t_41 if (t_41 := getattr((t_42 := (t_43 if (t_43 := getattr((t_44 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'meta', missing)) is not missing else environment.getattr(t_44, 'meta'))), 'minutes', missing)) is not missing else environment.getattr(t_42, 'minutes'))))
            yield '</p>'
        if (t_45 if (t_45 := getattr((t_46 := (t_47 if (t_47 := getattr((t_48 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'meta', missing)) is not missing else environment.getattr(t_48, 'meta'))), 'objectives', missing)) is not missing else environment.getattr(t_46, 'objectives')):
            pass
            yield '<h3>'
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'objectives_heading'))
            yield '</h3>\n<ul>\n'
            for l_1_objective in (t_49 if (t_49 := getattr((t_50 := (t_51 if (t_51 := getattr((t_52 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'meta', missing)) is not missing else environment.getattr(t_52, 'meta'))), 'objectives', missing)) is not missing else environment.getattr(t_50, 'objectives')):
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
        l_0_module = (t_53 if (t_53 := getattr((t_54 := (undefined(name='item') if l_0_item is missing else l_0_item)), 'module', missing)) is not missing else environment.getattr(t_54, 'module'))
        context.vars['module'] = l_0_module
        context.exported_vars.add('module')
        yield '<div class="course-key" data-search-exclude>\n'
        if (t_55 if (t_55 := getattr((t_56 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'quiz', missing)) is not missing else environment.getattr(t_56, 'quiz')):
            pass
            yield '<h3>'
            yield escape_text(((t_57 if (t_57 := getattr((t_58 := (t_59 if (t_59 := getattr((t_60 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'quiz', missing)) is not missing else environment.getattr(t_60, 'quiz'))), 'title', missing)) is not missing else environment.getattr(t_58, 'title')) or context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'quiz_title')))
            yield ' ('
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_pass_mark', pass_mark=(t_61 if (t_61 := getattr((t_62 := (t_63 if (t_63 := getattr((t_64 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'quiz', missing)) is not missing else environment.getattr(t_64, 'quiz'))), 'pass_mark', missing)) is not missing else environment.getattr(t_62, 'pass_mark'))))
            yield ')</h3>\n<ol class="course-key__questions">\n'
            for l_1_q in (t_65 if (t_65 := getattr((t_66 := (t_67 if (t_67 := getattr((t_68 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'quiz', missing)) is not missing else environment.getattr(t_68, 'quiz'))), 'questions', missing)) is not missing else environment.getattr(t_66, 'questions')):
                _loop_vars = {}
                pass
                yield '<li class="course-key__question">\n<p>'
                yield escape_text(t_2(context, (t_69 if (t_69 := getattr((t_70 := l_1_q), 'prompt', missing)) is not missing else environment.getattr(t_70, 'prompt'))))
                yield ' <span class="course-key__type">('
                yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), ('key_type_' + context.call((t_71 if (t_71 := getattr((t_72 := (t_73 if (t_73 := getattr((t_74 := l_1_q), 'type', missing)) is not missing else environment.getattr(t_74, 'type'))), 'replace', missing)) is not missing else environment.getattr(t_72, 'replace')), '-', '_', _loop_vars=_loop_vars)), _loop_vars=_loop_vars))
                yield ')</span></p>\n'
                template = environment.get_or_select_template(markup_join(('answers/', (t_75 if (t_75 := getattr((t_76 := l_1_q), 'type', missing)) is not missing else environment.getattr(t_76, 'type')), '.html.j2', )), 'answer-key.html.j2')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'q': l_1_q, 'module': l_0_module, 'outline': l_0_outline}))
                try:
                    for event in gen:
                        yield event
                finally: gen.close()
                yield '\n'
                if (t_77 if (t_77 := getattr((t_78 := l_1_q), 'explanation', missing)) is not missing else environment.getattr(t_78, 'explanation')):
                    pass
                    yield '<div class="course-key__explanation">'
                    yield escape_text(t_1(context, (t_79 if (t_79 := getattr((t_80 := l_1_q), 'explanation', missing)) is not missing else environment.getattr(t_80, 'explanation'))))
                    yield '</div>'
                yield '</li>\n'
            l_1_q = missing
            yield '</ol>\n'
        for l_1_scenario in (t_81 if (t_81 := getattr((t_82 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'scenarios', missing)) is not missing else environment.getattr(t_82, 'scenarios')):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'scenario_label', _loop_vars=_loop_vars))
            yield ': '
            yield escape_text((t_83 if (t_83 := getattr((t_84 := l_1_scenario), 'title', missing)) is not missing else environment.getattr(t_84, 'title')))
            yield ' ('
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_best', best=environment.getitem((t_85 if (t_85 := getattr((t_86 := (undefined(name='item') if l_0_item is missing else l_0_item)), 'best', missing)) is not missing else environment.getattr(t_86, 'best')), (t_87 if (t_87 := getattr((t_88 := l_1_scenario), 'id', missing)) is not missing else environment.getattr(t_88, 'id'))), _loop_vars=_loop_vars))
            yield ')</h3>\n'
            yield escape_text(context.call((undefined(name='outline') if l_0_outline is missing else l_0_outline), l_1_scenario, (undefined(name='t') if l_0_t is missing else l_0_t), _loop_vars=_loop_vars))
            yield '\n'
        l_1_scenario = missing
        for l_1_worksheet in (t_89 if (t_89 := getattr((t_90 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'worksheets', missing)) is not missing else environment.getattr(t_90, 'worksheets')):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape_text((t_91 if (t_91 := getattr((t_92 := l_1_worksheet), 'title', missing)) is not missing else environment.getattr(t_92, 'title')))
            yield '</h3>\n<ol>\n'
            for l_2_question in (t_93 if (t_93 := getattr((t_94 := l_1_worksheet), 'questions', missing)) is not missing else environment.getattr(t_94, 'questions')):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape_text(t_2(context, (t_95 if (t_95 := getattr((t_96 := l_2_question), 'prompt', missing)) is not missing else environment.getattr(t_96, 'prompt'))))
                yield '</li>\n'
            l_2_question = missing
            yield '</ol>\n'
        l_1_worksheet = missing
        yield '</div>\n'

blocks = {}
debug_info = '1=30&4=36&5=39&7=41&8=45&12=53&13=55&15=59&16=76&17=81&18=84&20=86&21=90&27=97&29=101&30=104&32=108&34=112&35=116&36=123&41=131&42=135&43=141&45=144&46=148&48=150&49=154'
