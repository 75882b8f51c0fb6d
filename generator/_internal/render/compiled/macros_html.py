# Written by `make templates` from macros.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_scenario_outline = missing
    try:
        t_1 = environment.filters['md_inline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_inline' found.")
    pass
    def macro(l_1_scenario, l_1_t):
        t_2 = []
        if l_1_scenario is missing:
            l_1_scenario = undefined("parameter 'scenario' was not provided", name='scenario')
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        pass
        t_2.append(
            '<ul class="course-outline">\n',
        )
        for (l_2_name, l_2_node) in context.call(environment.getattr(environment.getattr(l_1_scenario, 'nodes'), 'items')):
            _loop_vars = {}
            pass
            t_2.extend((
                '<li><strong>',
                escape_text(l_2_name),
                '</strong>',
            ))
            if (l_2_name == environment.getattr(l_1_scenario, 'start')):
                pass
                t_2.extend((
                    ' (',
                    escape_text(context.call(l_1_t, 'map_start', _loop_vars=_loop_vars)),
                    ')',
                ))
            if environment.getattr(l_2_node, 'ending'):
                pass
                t_2.extend((
                    ' (',
                    escape_text(context.call(l_1_t, ('ending_' + environment.getattr(l_2_node, 'ending')), _loop_vars=_loop_vars)),
                    ')',
                ))
            t_2.extend((
                ': ',
                escape_text(t_1(context, environment.getattr(l_2_node, 'text'))),
                '\n',
            ))
            if environment.getattr(l_2_node, 'choices'):
                pass
                t_2.append(
                    '<ul>\n',
                )
                for l_3_choice in environment.getattr(l_2_node, 'choices'):
                    _loop_vars = {}
                    pass
                    t_2.extend((
                        '<li>',
                        escape_text(t_1(context, environment.getattr(l_3_choice, 'text'))),
                        ' → <strong>',
                        escape_text(environment.getattr(l_3_choice, 'next')),
                        '</strong>',
                    ))
                    if environment.getattr(l_3_choice, 'points'):
                        pass
                        t_2.extend((
                            ' (+',
                            escape_text(environment.getattr(l_3_choice, 'points')),
                            ')',
                        ))
                    if environment.getattr(l_3_choice, 'feedback'):
                        pass
                        t_2.extend((
                            '<br><em>',
                            escape_text(t_1(context, environment.getattr(l_3_choice, 'feedback'))),
                            '</em>',
                        ))
                    t_2.append(
                        '</li>\n',
                    )
                l_3_choice = missing
                t_2.append(
                    '</ul>\n',
                )
            t_2.append(
                '</li>\n',
            )
        l_2_name = l_2_node = missing
        t_2.append(
            '</ul>\n',
        )
        return concat(t_2)
    context.exported_vars.add('scenario_outline')
    context.vars['scenario_outline'] = l_0_scenario_outline = Macro(environment, macro, 'scenario_outline', ('scenario', 't'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=19&4=29&5=34&6=56&8=61&9=66'
