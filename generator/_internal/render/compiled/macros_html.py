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
        for (l_2_name, l_2_node) in context.call((t_3 if (t_3 := getattr((t_4 := (t_5 if (t_5 := getattr((t_6 := l_1_scenario), 'nodes', missing)) is not missing else environment.getattr(t_6, 'nodes'))), 'items', missing)) is not missing else environment.getattr(t_4, 'items'))):
            _loop_vars = {}
            pass
            t_2.extend((
                '<li><strong>',
                escape_text(l_2_name),
                '</strong>',
            ))
            if (l_2_name == (t_7 if (t_7 := getattr((t_8 := l_1_scenario), 'start', missing)) is not missing else environment.getattr(t_8, 'start'))):
                pass
                t_2.extend((
                    ' (',
                    escape_text(context.call(l_1_t, 'map_start', _loop_vars=_loop_vars)),
                    ')',
                ))
            if (t_9 if (t_9 := getattr((t_10 := l_2_node), 'ending', missing)) is not missing else environment.getattr(t_10, 'ending')):
                pass
                t_2.extend((
                    ' (',
                    escape_text(context.call(l_1_t, ('ending_' + (t_11 if (t_11 := getattr((t_12 := l_2_node), 'ending', missing)) is not missing else environment.getattr(t_12, 'ending'))), _loop_vars=_loop_vars)),
                    ')',
                ))
            t_2.extend((
                ': ',
                escape_text(t_1(context, (t_13 if (t_13 := getattr((t_14 := l_2_node), 'text', missing)) is not missing else environment.getattr(t_14, 'text')))),
                '\n',
            ))
            if (t_15 if (t_15 := getattr((t_16 := l_2_node), 'choices', missing)) is not missing else environment.getattr(t_16, 'choices')):
                pass
                t_2.append(
                    '<ul>\n',
                )
                for l_3_choice in (t_17 if (t_17 := getattr((t_18 := l_2_node), 'choices', missing)) is not missing else environment.getattr(t_18, 'choices')):
                    _loop_vars = {}
                    pass
                    t_2.extend((
                        '<li>',
                        escape_text(t_1(context, (t_19 if (t_19 := getattr((t_20 := l_3_choice), 'text', missing)) is not missing else environment.getattr(t_20, 'text')))),
                        ' → <strong>',
                        escape_text((t_21 if (t_21 := getattr((t_22 := l_3_choice), 'next', missing)) is not missing else environment.getattr(t_22, 'next'))),
                        '</strong>',
                    ))
                    if (t_23 if (t_23 := getattr((t_24 := l_3_choice), 'points', missing)) is not missing else environment.getattr(t_24, 'points')):
                        pass
                        t_2.extend((
                            ' (+',
                            escape_text((t_25 if (t_25 := getattr((t_26 := l_3_choice), 'points', missing)) is not missing else environment.getattr(t_26, 'points'))),
                            ')',
                        ))
                    if (t_27 if (t_27 := getattr((t_28 := l_3_choice), 'feedback', missing)) is not missing else environment.getattr(t_28, 'feedback')):
                        pass
                        t_2.extend((
                            '<br><em>',
                            escape_text(t_1(context, (t_29 if (t_29 := getattr((t_30 := l_3_choice), 'feedback', missing)) is not missing else environment.getattr(t_30, 'feedback')))),
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
