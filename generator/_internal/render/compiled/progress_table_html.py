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
        l_1_module = environment.getattr(l_1_row, 'module')
        _loop_vars['module'] = l_1_module
        yield '<tr class="cp-row" data-slug="'
        yield escape_text(environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'slug'))
        yield '"'
        if environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'quiz'):
            pass
            yield ' data-quiz-hash="'
            yield escape_text(environment.getattr(l_1_row, 'quiz_hash'))
            yield '"'
        yield '>\n<th scope="row"><a href="'
        yield escape_text(environment.getattr(l_1_row, 'url'))
        yield '">'
        yield escape_text(environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'number'))
        yield '. '
        yield escape_text(environment.getattr(environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'meta'), 'title'))
        yield '</a></th>\n<td data-label="'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_time', _loop_vars=_loop_vars))
        yield '">'
        if environment.getattr(environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'meta'), 'minutes'):
            pass
            yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'minutes_short', minutes=environment.getattr(environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'meta'), 'minutes'), _loop_vars=_loop_vars))
        yield '</td>\n<td class="cp-row__quiz" data-label="'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_quiz', _loop_vars=_loop_vars))
        yield '" data-status="'
        yield escape_text(('not-started' if environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'quiz') else 'none'))
        yield '">'
        yield escape_text((context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status_not_started', _loop_vars=_loop_vars) if environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'quiz') else context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status_no_quiz', _loop_vars=_loop_vars)))
        yield '</td>\n<td class="cp-row__scenarios" data-label="'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_scenarios', _loop_vars=_loop_vars))
        yield '">\n'
        if environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'scenarios'):
            pass
            yield '<ul class="cp-row__list">\n'
            for l_2_item in environment.getattr(l_1_row, 'scenarios'):
                _loop_vars = {}
                pass
                yield '<li data-scenario="'
                yield escape_text(environment.getattr(environment.getattr(l_2_item, 'scenario'), 'id'))
                yield '" data-hash="'
                yield escape_text(environment.getattr(l_2_item, 'hash'))
                yield '" data-best="'
                yield escape_text(environment.getattr(l_2_item, 'best'))
                yield '">'
                yield escape_text(environment.getattr(environment.getattr(l_2_item, 'scenario'), 'title'))
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
