# Written by `make templates` from questions/order.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'questions/order.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_positions = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['md_inline']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_inline' found.")
    pass
    l_1_t = resolve('t')
    l_1_range = resolve('range')
    l_1_q = resolve('q')
    t_3 = []
    pass
    t_3.extend((
        '<option value="">',
        escape_text(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'choose')),
        '</option>\n',
    ))
    for l_2_position in context.call((undefined(name='range') if l_1_range is missing else l_1_range), 1, (t_1((t_4 if (t_4 := getattr((t_5 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'items', missing)) is not missing else environment.getattr(t_5, 'items'))) + 1)):
        _loop_vars = {}
        pass
        t_3.extend((
            '<option value="',
            escape_text(l_2_position),
            '">',
            escape_text(l_2_position),
            '</option>\n',
        ))
    l_2_position = missing
    l_0_positions = (Markup if context.eval_ctx.autoescape else identity)(concat(t_3))
    context.vars['positions'] = l_0_positions
    context.exported_vars.add('positions')
    l_1_t = l_1_range = l_1_q = missing
    yield '<div class="cq-q__selects">\n'
    for (l_1_id, l_1_index, l_1_item) in (t_6 if (t_6 := getattr((t_7 := (undefined(name='view') if l_0_view is missing else l_0_view)), 'rows', missing)) is not missing else environment.getattr(t_7, 'rows')):
        _loop_vars = {}
        pass
        yield '<div class="cq-sel">\n<label class="cq-sel__label" for="'
        yield escape_text(l_1_id)
        yield '">'
        yield escape_text(t_2(context, l_1_item))
        yield '</label>\n<select class="cq-sel__select" id="'
        yield escape_text(l_1_id)
        yield '" name="'
        yield escape_text(l_1_id)
        yield '" data-answer="'
        yield escape_text((l_1_index + 1))
        yield '">\n'
        yield escape_text((undefined(name='positions') if l_0_positions is missing else l_0_positions))
        yield '</select>\n</div>\n'
    l_1_id = l_1_index = l_1_item = missing
    yield '</div>'

blocks = {}
debug_info = '4=33&5=36&6=41&3=47&10=52&12=56&13=60&14=66'
