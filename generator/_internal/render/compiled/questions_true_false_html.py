# Written by `make templates` from questions/true-false.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'questions/true-false.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '<div class="cq-q__options cq-q__options--inline">\n'
    for l_1_value in (True, False):
        l_1_view = resolve('view')
        l_1_q = resolve('q')
        l_1_t = resolve('t')
        l_1_key = missing
        _loop_vars = {}
        pass
        l_1_key = ('true' if l_1_value else 'false')
        _loop_vars['key'] = l_1_key
        yield '<div class="cq-opt">\n<input class="cq-opt__input" type="radio" id="'
        yield escape_text((t_1 if (t_1 := getattr((t_2 := (undefined(name='view') if l_1_view is missing else l_1_view)), 'base', missing)) is not missing else environment.getattr(t_2, 'base')))
        yield '-'
        yield escape_text((undefined(name='key') if l_1_key is missing else l_1_key))
        yield '" name="'
        yield escape_text((t_3 if (t_3 := getattr((t_4 := (undefined(name='view') if l_1_view is missing else l_1_view)), 'base', missing)) is not missing else environment.getattr(t_4, 'base')))
        yield '" value="'
        yield escape_text((undefined(name='key') if l_1_key is missing else l_1_key))
        yield '"'
        if ((t_5 if (t_5 := getattr((t_6 := (undefined(name='q') if l_1_q is missing else l_1_q)), 'answer', missing)) is not missing else environment.getattr(t_6, 'answer')) == l_1_value):
            pass
            yield ' data-correct'
        yield '>\n<label class="cq-opt__label" for="'
        yield escape_text((t_7 if (t_7 := getattr((t_8 := (undefined(name='view') if l_1_view is missing else l_1_view)), 'base', missing)) is not missing else environment.getattr(t_8, 'base')))
        yield '-'
        yield escape_text((undefined(name='key') if l_1_key is missing else l_1_key))
        yield '">'
        yield escape_text(context.call((undefined(name='t') if l_1_t is missing else l_1_t), (undefined(name='key') if l_1_key is missing else l_1_key), _loop_vars=_loop_vars))
        yield '</label>\n</div>\n'
    l_1_value = l_1_key = l_1_view = l_1_q = l_1_t = missing
    yield '</div>'

blocks = {}
debug_info = '3=13&4=20&6=23&7=35'
