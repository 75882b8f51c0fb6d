# Written by `make templates` from questions/choices.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'questions/choices.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
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
    yield '<div class="cq-q__options">\n'
    for (l_1_id, l_1_index, l_1_option) in (t_3 if (t_3 := getattr((t_4 := (undefined(name='view') if l_0_view is missing else l_0_view)), 'rows', missing)) is not missing else environment.getattr(t_4, 'rows')):
        l_1_input_type = resolve('input_type')
        _loop_vars = {}
        pass
        yield '<div class="cq-opt">\n<input class="cq-opt__input" type="'
        yield escape_text((undefined(name='input_type') if l_1_input_type is missing else l_1_input_type))
        yield '" id="'
        yield escape_text(l_1_id)
        yield '" name="'
        yield escape_text((t_5 if (t_5 := getattr((t_6 := (undefined(name='view') if l_0_view is missing else l_0_view)), 'base', missing)) is not missing else environment.getattr(t_6, 'base')))
        yield '" value="'
        yield escape_text(l_1_index)
        yield '"'
        if (t_7 if (t_7 := getattr((t_8 := l_1_option), 'correct', missing)) is not missing else environment.getattr(t_8, 'correct')):
            pass
            yield ' data-correct'
        yield '>\n<label class="cq-opt__label" for="'
        yield escape_text(l_1_id)
        yield '">'
        yield escape_text(t_2(context, (t_9 if (t_9 := getattr((t_10 := l_1_option), 'text', missing)) is not missing else environment.getattr(t_10, 'text'))))
        yield '</label>\n'
        if (t_11 if (t_11 := getattr((t_12 := l_1_option), 'feedback', missing)) is not missing else environment.getattr(t_12, 'feedback')):
            pass
            yield '<div class="cq-opt__feedback" hidden>'
            yield escape_text(t_1(context, (t_13 if (t_13 := getattr((t_14 := l_1_option), 'feedback', missing)) is not missing else environment.getattr(t_14, 'feedback'))))
            yield '</div>\n'
        yield '</div>\n'
    l_1_id = l_1_index = l_1_option = l_1_input_type = missing
    yield '</div>'

blocks = {}
debug_info = '4=26&6=31&7=43&8=47&9=50'
