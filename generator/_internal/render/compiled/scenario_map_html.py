# Written by `make templates` from scenario-map.html.j2: Jinja's Python for it (render/precompiled.py). Do not edit.
from generator._internal.render.escaping import escape_text
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'scenario-map.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_scenario = resolve('scenario')
    l_0_t = resolve('t')
    l_0_best = resolve('best')
    l_0_module_url = resolve('module_url')
    l_0_module_title = resolve('module_title')
    l_0_source = resolve('source')
    l_0_outline = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    included_template = environment.get_template('macros.html.j2', 'scenario-map.html.j2')._get_default_module(context)
    l_0_outline = getattr(included_template, 'scenario_outline', missing)
    if l_0_outline is missing:
        l_0_outline = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'scenario-map.html.j2') does not export the requested name 'scenario_outline'", name='scenario_outline')
    context.vars['outline'] = l_0_outline
    context.exported_vars.discard('outline')
    yield '<section class="course-map" aria-labelledby="map-'
    yield escape_text((t_2 if (t_2 := getattr((t_3 := (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario)), 'id', missing)) is not missing else environment.getattr(t_3, 'id')))
    yield '">\n<h2 id="map-'
    yield escape_text((t_4 if (t_4 := getattr((t_5 := (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario)), 'id', missing)) is not missing else environment.getattr(t_5, 'id')))
    yield '">'
    yield escape_text((t_6 if (t_6 := getattr((t_7 := (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario)), 'title', missing)) is not missing else environment.getattr(t_7, 'title')))
    yield '</h2>\n<p>'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'map_facts', id=(t_8 if (t_8 := getattr((t_9 := (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario)), 'id', missing)) is not missing else environment.getattr(t_9, 'id')), best=(undefined(name='best') if l_0_best is missing else l_0_best), nodes=t_1((t_10 if (t_10 := getattr((t_11 := (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario)), 'nodes', missing)) is not missing else environment.getattr(t_11, 'nodes')))))
    yield ' '
    if (undefined(name='module_url') if l_0_module_url is missing else l_0_module_url):
        pass
        yield '<a href="'
        yield escape_text((undefined(name='module_url') if l_0_module_url is missing else l_0_module_url))
        yield '">'
        yield escape_text((undefined(name='module_title') if l_0_module_title is missing else l_0_module_title))
        yield '</a>'
    else:
        pass
        yield escape_text((undefined(name='module_title') if l_0_module_title is missing else l_0_module_title))
    yield '</p>\n<pre class="mermaid"><code>'
    yield escape_text((undefined(name='source') if l_0_source is missing else l_0_source))
    yield '</code></pre>\n<details class="course-map__text">\n<summary>'
    yield escape_text(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'map_text_version'))
    yield '</summary>\n'
    yield escape_text(context.call((undefined(name='outline') if l_0_outline is missing else l_0_outline), (undefined(name='scenario') if l_0_scenario is missing else l_0_scenario), (undefined(name='t') if l_0_t is missing else l_0_t)))
    yield '\n</details>\n</section>'

blocks = {}
debug_info = '1=25&2=32&3=34&4=38&5=51&7=53&8=55'
