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
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_3 = environment.filters['md_inline']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md_inline' found.")
    try:
        t_4 = environment.tests['false']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'false' found.")
    pass
    yield '<section class="cq" id="'
    yield escape_text((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '" data-search-exclude data-module="course-quiz" data-course="'
    yield escape_text((undefined(name='course') if l_0_course is missing else l_0_course))
    yield '" data-quiz="'
    yield escape_text((t_5 if (t_5 := getattr((t_6 := (undefined(name='module') if l_0_module is missing else l_0_module)), 'slug', missing)) is not missing else environment.getattr(t_6, 'slug')))
    yield '" data-hash="'
    yield escape_text((undefined(name='hash') if l_0_hash is missing else l_0_hash))
    yield '" data-pass="'
    yield escape_text((t_7 if (t_7 := getattr((t_8 := (undefined(name='quiz') if l_0_quiz is missing else l_0_quiz)), 'pass_mark', missing)) is not missing else environment.getattr(t_8, 'pass_mark')))
    yield '"'
    if (not (t_9 if (t_9 := getattr((t_10 := (undefined(name='quiz') if l_0_quiz is missing else l_0_quiz)), 'shuffle', missing)) is not missing else environment.getattr(t_10, 'shuffle'))):
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
        l_1_input_type = resolve('input_type')
        l_1_positions = resolve('positions')
        l_1_answers = resolve('answers')
        l_1_q = missing
        _loop_vars = {}
        pass
        l_1_q = (t_11 if (t_11 := getattr((t_12 := l_1_view), 'q', missing)) is not missing else environment.getattr(t_12, 'q'))
        _loop_vars['q'] = l_1_q
        yield '<fieldset class="cq-q" id="'
        yield escape_text((t_13 if (t_13 := getattr((t_14 := l_1_view), 'base', missing)) is not missing else environment.getattr(t_14, 'base')))
        yield '" data-qid="'
        yield escape_text((t_15 if (t_15 := getattr((t_16 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'id', missing)) is not missing else environment.getattr(t_16, 'id')))
        yield '" data-type="'
        yield escape_text((t_17 if (t_17 := getattr((t_18 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'type', missing)) is not missing else environment.getattr(t_18, 'type')))
        yield '" data-hash="'
        yield escape_text((t_19 if (t_19 := getattr((t_20 := l_1_view), 'hash', missing)) is not missing else environment.getattr(t_20, 'hash')))
        yield '"'
        if t_4((t_21 if (t_21 := getattr((t_22 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'shuffle', missing)) is not missing else environment.getattr(t_22, 'shuffle'))):
            pass
            yield ' data-shuffle="false"'
        yield ' aria-describedby="'
        yield escape_text((t_23 if (t_23 := getattr((t_24 := l_1_view), 'base', missing)) is not missing else environment.getattr(t_24, 'base')))
        yield '-hint">\n<legend class="cq-q__legend"><span class="cq-q__number">'
        yield escape_text((t_25 if (t_25 := getattr((t_26 := l_1_view), 'number', missing)) is not missing else environment.getattr(t_26, 'number')))
        yield '</span> <span class="cq-q__prompt">'
        yield escape_text(t_3(context, (t_27 if (t_27 := getattr((t_28 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'prompt', missing)) is not missing else environment.getattr(t_28, 'prompt'))))
        yield '</span></legend>\n<p class="cq-q__hint" id="'
        yield escape_text((t_29 if (t_29 := getattr((t_30 := l_1_view), 'base', missing)) is not missing else environment.getattr(t_30, 'base')))
        yield '-hint">'
        yield escape_text((t_31 if (t_31 := getattr((t_32 := l_1_view), 'hint', missing)) is not missing else environment.getattr(t_32, 'hint')))
        yield '</p>\n'
        if ((t_33 if (t_33 := getattr((t_34 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'type', missing)) is not missing else environment.getattr(t_34, 'type')) == 'single'):
            pass
            l_1_input_type = 'radio'
            _loop_vars['input_type'] = l_1_input_type
            yield '<div class="cq-q__options">\n'
            for (l_2_id, l_2_index, l_2_option) in (t_35 if (t_35 := getattr((t_36 := l_1_view), 'rows', missing)) is not missing else environment.getattr(t_36, 'rows')):
                _loop_vars = {}
                pass
                yield '<div class="cq-opt">\n<input class="cq-opt__input" type="'
                yield escape_text((undefined(name='input_type') if l_1_input_type is missing else l_1_input_type))
                yield '" id="'
                yield escape_text(l_2_id)
                yield '" name="'
                yield escape_text((t_37 if (t_37 := getattr((t_38 := l_1_view), 'base', missing)) is not missing else environment.getattr(t_38, 'base')))
                yield '" value="'
                yield escape_text(l_2_index)
                yield '"'
                if (t_39 if (t_39 := getattr((t_40 := l_2_option), 'correct', missing)) is not missing else environment.getattr(t_40, 'correct')):
                    pass
                    yield ' data-correct'
                yield '>\n<label class="cq-opt__label" for="'
                yield escape_text(l_2_id)
                yield '">'
                yield escape_text(t_3(context, (t_41 if (t_41 := getattr((t_42 := l_2_option), 'text', missing)) is not missing else environment.getattr(t_42, 'text'))))
                yield '</label>\n'
                if (t_43 if (t_43 := getattr((t_44 := l_2_option), 'feedback', missing)) is not missing else environment.getattr(t_44, 'feedback')):
                    pass
                    yield '<div class="cq-opt__feedback" hidden>'
                    yield escape_text(t_2(context, (t_45 if (t_45 := getattr((t_46 := l_2_option), 'feedback', missing)) is not missing else environment.getattr(t_46, 'feedback'))))
                    yield '</div>\n'
                yield '</div>\n'
            l_2_id = l_2_index = l_2_option = missing
            yield '</div>'
        elif ((t_47 if (t_47 := getattr((t_48 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'type', missing)) is not missing else environment.getattr(t_48, 'type')) == 'multiple'):
            pass
            l_1_input_type = 'checkbox'
            _loop_vars['input_type'] = l_1_input_type
            yield '<div class="cq-q__options">\n'
            for (l_2_id, l_2_index, l_2_option) in (t_49 if (t_49 := getattr((t_50 := l_1_view), 'rows', missing)) is not missing else environment.getattr(t_50, 'rows')):
                _loop_vars = {}
                pass
                yield '<div class="cq-opt">\n<input class="cq-opt__input" type="'
                yield escape_text((undefined(name='input_type') if l_1_input_type is missing else l_1_input_type))
                yield '" id="'
                yield escape_text(l_2_id)
                yield '" name="'
                yield escape_text((t_51 if (t_51 := getattr((t_52 := l_1_view), 'base', missing)) is not missing else environment.getattr(t_52, 'base')))
                yield '" value="'
                yield escape_text(l_2_index)
                yield '"'
                if (t_53 if (t_53 := getattr((t_54 := l_2_option), 'correct', missing)) is not missing else environment.getattr(t_54, 'correct')):
                    pass
                    yield ' data-correct'
                yield '>\n<label class="cq-opt__label" for="'
                yield escape_text(l_2_id)
                yield '">'
                yield escape_text(t_3(context, (t_55 if (t_55 := getattr((t_56 := l_2_option), 'text', missing)) is not missing else environment.getattr(t_56, 'text'))))
                yield '</label>\n'
                if (t_57 if (t_57 := getattr((t_58 := l_2_option), 'feedback', missing)) is not missing else environment.getattr(t_58, 'feedback')):
                    pass
                    yield '<div class="cq-opt__feedback" hidden>'
                    yield escape_text(t_2(context, (t_59 if (t_59 := getattr((t_60 := l_2_option), 'feedback', missing)) is not missing else environment.getattr(t_60, 'feedback'))))
                    yield '</div>\n'
                yield '</div>\n'
            l_2_id = l_2_index = l_2_option = missing
            yield '</div>'
        elif ((t_61 if (t_61 := getattr((t_62 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'type', missing)) is not missing else environment.getattr(t_62, 'type')) == 'true-false'):
            pass
            yield '<div class="cq-q__options cq-q__options--inline">\n'
            for l_2_value in (True, False):
                l_2_key = missing
                _loop_vars = {}
                pass
                l_2_key = ('true' if l_2_value else 'false')
                _loop_vars['key'] = l_2_key
                yield '<div class="cq-opt">\n<input class="cq-opt__input" type="radio" id="'
                yield escape_text((t_63 if (t_63 := getattr((t_64 := l_1_view), 'base', missing)) is not missing else environment.getattr(t_64, 'base')))
                yield '-'
                yield escape_text((undefined(name='key') if l_2_key is missing else l_2_key))
                yield '" name="'
                yield escape_text((t_65 if (t_65 := getattr((t_66 := l_1_view), 'base', missing)) is not missing else environment.getattr(t_66, 'base')))
                yield '" value="'
                yield escape_text((undefined(name='key') if l_2_key is missing else l_2_key))
                yield '"'
                if ((t_67 if (t_67 := getattr((t_68 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'answer', missing)) is not missing else environment.getattr(t_68, 'answer')) == l_2_value):
                    pass
                    yield ' data-correct'
                yield '>\n<label class="cq-opt__label" for="'
                yield escape_text((t_69 if (t_69 := getattr((t_70 := l_1_view), 'base', missing)) is not missing else environment.getattr(t_70, 'base')))
                yield '-'
                yield escape_text((undefined(name='key') if l_2_key is missing else l_2_key))
                yield '">'
                yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), (undefined(name='key') if l_2_key is missing else l_2_key), _loop_vars=_loop_vars))
                yield '</label>\n</div>\n'
            l_2_value = l_2_key = missing
            yield '</div>'
        elif ((t_71 if (t_71 := getattr((t_72 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'type', missing)) is not missing else environment.getattr(t_72, 'type')) == 'order'):
            pass
            l_2_range = resolve('range')
            t_73 = []
            pass
            t_73.extend((
                '<option value="">',
                escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'choose')),
                '</option>\n',
            ))
            for l_3_position in context.call((undefined(name='range') if l_2_range is missing else l_2_range), 1, (t_1((t_74 if (t_74 := getattr((t_75 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'items', missing)) is not missing else environment.getattr(t_75, 'items'))) + 1)):
                _loop_vars = {}
                pass
                t_73.extend((
                    '<option value="',
                    escape_text(l_3_position),
                    '">',
                    escape_text(l_3_position),
                    '</option>\n',
                ))
            l_3_position = missing
            l_1_positions = (Markup if context.eval_ctx.autoescape else identity)(concat(t_73))
            _loop_vars['positions'] = l_1_positions
            l_2_range = missing
            yield '<div class="cq-q__selects">\n'
            for (l_2_id, l_2_index, l_2_item) in (t_76 if (t_76 := getattr((t_77 := l_1_view), 'rows', missing)) is not missing else environment.getattr(t_77, 'rows')):
                _loop_vars = {}
                pass
                yield '<div class="cq-sel">\n<label class="cq-sel__label" for="'
                yield escape_text(l_2_id)
                yield '">'
                yield escape_text(t_3(context, l_2_item))
                yield '</label>\n<select class="cq-sel__select" id="'
                yield escape_text(l_2_id)
                yield '" name="'
                yield escape_text(l_2_id)
                yield '" data-answer="'
                yield escape_text((l_2_index + 1))
                yield '">\n'
                yield escape_text((undefined(name='positions') if l_1_positions is missing else l_1_positions))
                yield '</select>\n</div>\n'
            l_2_id = l_2_index = l_2_item = missing
            yield '</div>'
        elif ((t_78 if (t_78 := getattr((t_79 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'type', missing)) is not missing else environment.getattr(t_79, 'type')) == 'match'):
            pass
            t_80 = []
            pass
            t_80.extend((
                '<option value="">',
                escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'choose')),
                '</option>\n',
            ))
            for l_3_index in (t_81 if (t_81 := getattr((t_82 := l_1_view), 'order', missing)) is not missing else environment.getattr(t_82, 'order')):
                _loop_vars = {}
                pass
                t_80.extend((
                    '<option value="',
                    escape_text(l_3_index),
                    '">',
                    escape_text((t_83 if (t_83 := getattr((t_84 := environment.getitem((t_85 if (t_85 := getattr((t_86 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'pairs', missing)) is not missing else environment.getattr(t_86, 'pairs')), l_3_index)), 'right', missing)) is not missing else environment.getattr(t_84, 'right'))),
                    '</option>\n',
                ))
            l_3_index = missing
            l_1_answers = (Markup if context.eval_ctx.autoescape else identity)(concat(t_80))
            _loop_vars['answers'] = l_1_answers
            yield '<div class="cq-q__selects">\n'
            for (l_2_id, l_2_index, l_2_pair) in (t_87 if (t_87 := getattr((t_88 := l_1_view), 'rows', missing)) is not missing else environment.getattr(t_88, 'rows')):
                _loop_vars = {}
                pass
                yield '<div class="cq-sel">\n<label class="cq-sel__label" for="'
                yield escape_text(l_2_id)
                yield '">'
                yield escape_text(t_3(context, (t_89 if (t_89 := getattr((t_90 := l_2_pair), 'left', missing)) is not missing else environment.getattr(t_90, 'left'))))
                yield '</label>\n<select class="cq-sel__select" id="'
                yield escape_text(l_2_id)
                yield '" name="'
                yield escape_text(l_2_id)
                yield '" data-answer="'
                yield escape_text(l_2_index)
                yield '">\n'
                yield escape_text((undefined(name='answers') if l_1_answers is missing else l_1_answers))
                yield '</select>\n</div>\n'
            l_2_id = l_2_index = l_2_pair = missing
            yield '</div>'
        yield '\n<div class="cq-q__mark" hidden></div>\n'
        if (t_91 if (t_91 := getattr((t_92 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'explanation', missing)) is not missing else environment.getattr(t_92, 'explanation')):
            pass
            yield '<div class="cq-q__explanation" hidden>'
            yield escape_text(t_2(context, (t_93 if (t_93 := getattr((t_94 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'explanation', missing)) is not missing else environment.getattr(t_94, 'explanation'))))
            yield '</div>\n'
        yield '</fieldset>\n'
    l_1_view = l_1_q = l_1_input_type = l_1_positions = l_1_answers = missing
    yield '<div class="cq__actions">\n<button class="cq__check md-button md-button--primary" type="submit">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'check_answers'))
    yield '</button>\n</div>\n</form>\n</section>'

blocks = {}
debug_info = '1=46&2=62&3=66&4=68&5=70&6=72&7=79&8=82&9=96&10=100&11=104&2=106&4=109&6=113&7=125&8=129&9=132&11=137&2=139&4=142&6=146&7=158&8=162&9=165&11=170&3=173&4=177&6=180&7=192&11=200&4=207&5=210&6=215&3=221&10=225&12=229&13=233&14=239&11=243&4=249&5=252&6=257&3=263&10=266&12=270&13=274&14=280&13=285&14=288&19=293'
