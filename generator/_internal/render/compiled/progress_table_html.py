# Written by `make templates` from progress-table.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'progress-table.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_rows = resolve('rows')
    pass
    yield '<div class="cp__table-wrap" tabindex="0" role="region" aria-labelledby="cp-caption">\n<table class="cp__table">\n<caption id="cp-caption">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_caption'))
    yield '</caption>\n<thead>\n<tr><th scope="col">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_module'))
    yield '</th><th scope="col">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_time'))
    yield '</th><th scope="col">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_quiz'))
    yield '</th><th scope="col">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_scenarios'))
    yield '</th></tr>\n</thead>\n<tbody>\n'
    for l_1_row in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        l_1_module = missing
        _loop_vars = {}
        pass
        l_1_module = (t_1 if (t_1 := getattr((t_2 := l_1_row), 'module', missing)) is not missing else environment.getattr(t_2, 'module'))
        _loop_vars['module'] = l_1_module
        yield '<tr class="cp-row" data-slug="'
        yield escape_text((t_3 if (t_3 := getattr((t_4 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'slug', missing)) is not missing else environment.getattr(t_4, 'slug')))
        yield '"'
        if (t_5 if (t_5 := getattr((t_6 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'quiz', missing)) is not missing else environment.getattr(t_6, 'quiz')):
            pass
            yield ' data-quiz-hash="'
            yield escape_text((t_7 if (t_7 := getattr((t_8 := l_1_row), 'quiz_hash', missing)) is not missing else environment.getattr(t_8, 'quiz_hash')))
            yield '"'
        yield '>\n<th scope="row"><a href="'
        yield escape_text((t_9 if (t_9 := getattr((t_10 := l_1_row), 'url', missing)) is not missing else environment.getattr(t_10, 'url')))
        yield '">'
        yield escape_text((t_11 if (t_11 := getattr((t_12 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'number', missing)) is not missing else environment.getattr(t_12, 'number')))
        yield '. '
        yield escape_text((t_13 if (t_13 := getattr((t_14 := (t_15 if (t_15 := getattr((t_16 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'meta', missing)) is not missing else environment.getattr(t_16, 'meta'))), 'title', missing)) is not missing else environment.getattr(t_14, 'title')))
        yield '</a></th>\n<td data-label="'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_time', _loop_vars=_loop_vars))
        yield '">'
        if (t_17 if (t_17 := getattr((t_18 := (t_19 if (t_19 := getattr((t_20 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'meta', missing)) is not missing else environment.getattr(t_20, 'meta'))), 'minutes', missing)) is not missing else environment.getattr(t_18, 'minutes')):
            pass
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'minutes_short', minutes=(t_21 if (t_21 := getattr((t_22 := (t_23 if (t_23 := getattr((t_24 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'meta', missing)) is not missing else environment.getattr(t_24, 'meta'))), 'minutes', missing)) is not missing else environment.getattr(t_22, 'minutes')), _loop_vars=_loop_vars))
        yield '</td>\n<td class="cp-row__quiz" data-label="'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_quiz', _loop_vars=_loop_vars))
        yield '" data-status="'
        yield escape_text(('not-started' if (t_25 if (t_25 := getattr((t_26 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'quiz', missing)) is not missing else environment.getattr(t_26, 'quiz')) else 'none'))
        yield '">'
        yield escape_text((context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status_not_started', _loop_vars=_loop_vars) if (t_27 if (t_27 := getattr((t_28 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'quiz', missing)) is not missing else environment.getattr(t_28, 'quiz')) else context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status_no_quiz', _loop_vars=_loop_vars)))
        yield '</td>\n<td class="cp-row__scenarios" data-label="'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_scenarios', _loop_vars=_loop_vars))
        yield '">\n'
        if (t_29 if (t_29 := getattr((t_30 := (undefined(name='module') if l_1_module is missing else l_1_module)), 'scenarios', missing)) is not missing else environment.getattr(t_30, 'scenarios')):
            pass
            yield '<ul class="cp-row__list">\n'
            for l_2_item in (t_31 if (t_31 := getattr((t_32 := l_1_row), 'scenarios', missing)) is not missing else environment.getattr(t_32, 'scenarios')):
                _loop_vars = {}
                pass
                yield '<li data-scenario="'
                yield escape_text((t_33 if (t_33 := getattr((t_34 := (t_35 if (t_35 := getattr((t_36 := l_2_item), 'scenario', missing)) is not missing else environment.getattr(t_36, 'scenario'))), 'id', missing)) is not missing else environment.getattr(t_34, 'id')))
                yield '" data-hash="'
                yield escape_text((t_37 if (t_37 := getattr((t_38 := l_2_item), 'hash', missing)) is not missing else environment.getattr(t_38, 'hash')))
                yield '" data-best="'
                yield escape_text((t_39 if (t_39 := getattr((t_40 := l_2_item), 'best', missing)) is not missing else environment.getattr(t_40, 'best')))
                yield '">'
                yield escape_text((t_41 if (t_41 := getattr((t_42 := (t_43 if (t_43 := getattr((t_44 := l_2_item), 'scenario', missing)) is not missing else environment.getattr(t_44, 'scenario'))), 'title', missing)) is not missing else environment.getattr(t_42, 'title')))
                yield ': <span class="cp-row__outcome">'
                yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status_not_started', _loop_vars=_loop_vars))
                yield '</span></li>\n'
            l_2_item = missing
            yield '</ul>\n'
        else:
            pass
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status_no_scenarios', _loop_vars=_loop_vars))
            yield '\n'
        yield '</td>\n</tr>\n'
    l_1_row = l_1_module = missing
    yield '</tbody>\n</table>\n</div>'

blocks = {}
debug_info = '5=15&7=17&10=25&11=29&12=32&13=40&14=46&15=52&16=58&17=60&19=63&20=67&24=81'
