"""The MkDocs plugin entry point (`plugins: [course]` in mkdocs.yml)."""

from generator._internal.site.plugin import CourseConfig, CoursePlugin

__all__ = ["CourseConfig", "CoursePlugin"]
