# Written by `make templates` from questions/match.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'questions/match.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_answers = missing
    try:
        t_1 = environment.filters['md_inline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_inline' found.")
    pass
    l_1_t = resolve('t')
    t_2 = []
    pass
    t_2.extend((
        '<option value="">',
        escape_text(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'choose')),
        '</option>\n',
    ))
    for l_2_index in (t_3 if (t_3 := getattr((t_4 := (undefined(name='view') if l_0_view is missing else l_0_view)), 'order', missing)) is not missing else environment.getattr(t_4, 'order')):
        l_2_q = resolve('q')
        _loop_vars = {}
        pass
        t_2.extend((
            '<option value="',
            escape_text(l_2_index),
            '">',
            escape_text((t_5 if (t_5 := getattr((t_6 := environment.getitem((t_7 if (t_7 := getattr((t_8 := (undefined(name='q') if l_2_q is missing else l_2_q)), 'pairs', missing)) is not missing else environment.getattr(t_8, 'pairs')), l_2_index)), 'right', missing)) is not missing else environment.getattr(t_6, 'right'))),
            '</option>\n',
        ))
    l_2_index = l_2_q = missing
    l_0_answers = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
    context.vars['answers'] = l_0_answers
    context.exported_vars.add('answers')
    l_1_t = missing
    yield '<div class="cq-q__selects">\n'
    for (l_1_id, l_1_index, l_1_pair) in (t_9 if (t_9 := getattr((t_10 := (undefined(name='view') if l_0_view is missing else l_0_view)), 'rows', missing)) is not missing else environment.getattr(t_10, 'rows')):
        _loop_vars = {}
        pass
        yield '<div class="cq-sel">\n<label class="cq-sel__label" for="'
        yield escape_text(l_1_id)
        yield '">'
        yield escape_text(t_1(context, (t_11 if (t_11 := getattr((t_12 := l_1_pair), 'left', missing)) is not missing else environment.getattr(t_12, 'left'))))
        yield '</label>\n<select class="cq-sel__select" id="'
        yield escape_text(l_1_id)
        yield '" name="'
        yield escape_text(l_1_id)
        yield '" data-answer="'
        yield escape_text(l_1_index)
        yield '">\n'
        yield escape_text((undefined(name='answers') if l_0_answers is missing else l_0_answers))
        yield '</select>\n</div>\n'
    l_1_id = l_1_index = l_1_pair = missing
    yield '</div>'

blocks = {}
debug_info = '4=25&5=28&6=34&3=40&10=45&12=49&13=53&14=59'
