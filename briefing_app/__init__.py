"""Briefing viewer: a desktop app that shows one sourced briefing as a timeline, roster, drill and sources."""

__version__ = "0.1.0"
