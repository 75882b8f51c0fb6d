# Written by `make templates` from progress.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
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
    l_0_table = resolve('table')
    l_0_lms = resolve('lms')
    try:
        t_1 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    pass
    yield '<div class="cp" data-module="course-progress" data-course="'
    yield escape_text((undefined(name='course') if l_0_course is missing else l_0_course))
    yield '" data-title="'
    yield escape_text((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '" data-strings=\''
    yield escape_text(t_1(context.eval_ctx, (undefined(name='strings') if l_0_strings is missing else l_0_strings)))
    yield '\'>\n<noscript><p class="cp__note">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'noscript_progress'))
    yield '</p></noscript>\n<p class="cp__summary" id="cp-summary" aria-live="polite">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_intro'))
    yield '</p>\n'
    yield escape_text((undefined(name='table') if l_0_table is missing else l_0_table))
    yield '\n<h2 id="cp-move">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_move_title'))
    yield '</h2>\n'
    if (undefined(name='lms') if l_0_lms is missing else l_0_lms):
        pass
        yield '<p>'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_move_text_lms'))
        yield '</p>\n'
    else:
        pass
        yield '<p>'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_move_text'))
        yield '</p>\n'
    yield '<div class="cp__actions">\n<button class="md-button" type="button" data-action="export">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_export'))
    yield '</button>\n'
    if (not (undefined(name='lms') if l_0_lms is missing else l_0_lms)):
        pass
        yield '<input class="cp__import course-sr" id="cp-import" type="file" accept="application/json,.json">\n<label class="md-button cp__import-label" for="cp-import">'
        yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_import'))
        yield '</label>\n'
    yield '<button class="md-button" type="button" data-action="reset">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'progress_reset'))
    yield '</button>\n</div>\n<p class="cp__message" role="status"></p>\n<h2 id="cp-certificate">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'certificate_title'))
    yield '</h2>\n<p class="cp__certificate-locked">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'certificate_locked'))
    yield '</p>\n<form class="cp__certificate-form" hidden>\n<label for="cp-name">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'certificate_name'))
    yield '</label>\n<input id="cp-name" name="name" type="text" autocomplete="name" maxlength="80" required>\n<button class="md-button md-button--primary" type="submit">'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'certificate_make'))
    yield '</button>\n</form>\n<div class="cp__certificate" hidden tabindex="-1"></div>\n</div>'

blocks = {}
debug_info = '1=25&2=31&3=33&4=35&5=37&6=39&7=42&9=47&12=50&13=52&15=55&17=58&20=60&21=62&23=64&25=66'
