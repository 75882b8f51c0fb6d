# Written by `make templates` from progress.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'progress.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_course = resolve('course')
    l_0_title = resolve('title')
    l_0_strings = resolve('strings')
    l_0_t = resolve('t')
    l_0_rows = resolve('rows')
    l_0_lms = resolve('lms')
    try:
        t_1 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    pass
    yield '<div class="cp" data-module="course-progress" data-course="'
    yield escape((undefined(name='course') if l_0_course is missing else l_0_course))
    yield '" data-title="'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '" data-strings=\''
    yield escape(t_1(context.eval_ctx, (undefined(name='strings') if l_0_strings is missing else l_0_strings)))
    yield '\'>\n<noscript><p class="cp__note">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'noscript_progress'))
    yield '</p></noscript>\n<p class="cp__summary" id="cp-summary" aria-live="polite">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_intro'))
    yield '</p>\n<div class="cp__table-wrap" tabindex="0" role="region" aria-labelledby="cp-caption">\n<table class="cp__table">\n<caption id="cp-caption">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_caption'))
    yield '</caption>\n<thead>\n<tr><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_module'))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_time'))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_quiz'))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_scenarios'))
    yield '</th></tr>\n</thead>\n<tbody>\n'
    for l_1_row in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        l_1_module = missing
        _loop_vars = {}
        pass
        l_1_module = environment.getattr(l_1_row, 'module')
        _loop_vars['module'] = l_1_module
        yield '<tr class="cp-row" data-slug="'
        yield escape(environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'slug'))
        yield '"'
        if environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'quiz'):
            pass
            yield ' data-quiz-hash="'
            yield escape(environment.getattr(l_1_row, 'quiz_hash'))
            yield '"'
        yield '>\n<th scope="row"><a href="'
        yield escape(environment.getattr(l_1_row, 'url'))
        yield '">'
        yield escape(environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'number'))
        yield '. '
        yield escape(environment.getattr(environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'meta'), 'title'))
        yield '</a></th>\n<td data-label="'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_time', _loop_vars=_loop_vars))
        yield '">'
        if environment.getattr(environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'meta'), 'minutes'):
            pass
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'minutes_short', minutes=environment.getattr(environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'meta'), 'minutes'), _loop_vars=_loop_vars))
        yield '</td>\n<td class="cp-row__quiz" data-label="'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_quiz', _loop_vars=_loop_vars))
        yield '" data-status="'
        yield escape(('not-started' if environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'quiz') else 'none'))
        yield '">'
        yield escape((context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status_not_started', _loop_vars=_loop_vars) if environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'quiz') else context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status_no_quiz', _loop_vars=_loop_vars)))
        yield '</td>\n<td class="cp-row__scenarios" data-label="'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_scenarios', _loop_vars=_loop_vars))
        yield '">\n'
        if environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'scenarios'):
            pass
            yield '<ul class="cp-row__list">\n'
            for l_2_item in environment.getattr(l_1_row, 'scenarios'):
                _loop_vars = {}
                pass
                yield '<li data-scenario="'
                yield escape(environment.getattr(environment.getattr(l_2_item, 'scenario'), 'id'))
                yield '" data-hash="'
                yield escape(environment.getattr(l_2_item, 'hash'))
                yield '" data-best="'
                yield escape(environment.getattr(l_2_item, 'best'))
                yield '">'
                yield escape(environment.getattr(environment.getattr(l_2_item, 'scenario'), 'title'))
                yield ': <span class="cp-row__outcome">'
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status_not_started', _loop_vars=_loop_vars))
                yield '</span></li>\n'
            l_2_item = missing
            yield '</ul>\n'
        else:
            pass
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status_no_scenarios', _loop_vars=_loop_vars))
            yield '\n'
        yield '</td>\n</tr>\n'
    l_1_row = l_1_module = missing
    yield '</tbody>\n</table>\n</div>\n<h2 id="cp-move">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_move_title'))
    yield '</h2>\n'
    if (undefined(name='lms') if l_0_lms is missing else l_0_lms):
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_move_text_lms'))
        yield '</p>\n'
    else:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_move_text'))
        yield '</p>\n'
    yield '<div class="cp__actions">\n<button class="md-button" type="button" data-action="export">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_export'))
    yield '</button>\n'
    if (not (undefined(name='lms') if l_0_lms is missing else l_0_lms)):
        pass
        yield '<input class="cp__import course-sr" id="cp-import" type="file" accept="application/json,.json">\n<label class="md-button cp__import-label" for="cp-import">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_import'))
        yield '</label>\n'
    yield '<button class="md-button" type="button" data-action="reset">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_reset'))
    yield '</button>\n</div>\n<p class="cp__message" role="status"></p>\n<h2 id="cp-certificate">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'certificate_title'))
    yield '</h2>\n<p class="cp__certificate-locked">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'certificate_locked'))
    yield '</p>\n<form class="cp__certificate-form" hidden>\n<label for="cp-name">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'certificate_name'))
    yield '</label>\n<input id="cp-name" name="name" type="text" autocomplete="name" maxlength="80" required>\n<button class="md-button md-button--primary" type="submit">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'certificate_make'))
    yield '</button>\n</form>\n<div class="cp__certificate" hidden tabindex="-1"></div>\n</div>'

blocks = {}
debug_info = '1=24&2=30&3=32&6=34&8=36&11=44&12=48&13=51&14=59&15=65&16=71&17=77&18=79&20=82&21=86&25=100&33=105&34=107&35=110&37=115&40=118&41=120&43=123&45=126&48=128&49=130&51=132&53=134'
