"""Muragat's front ends: the command line and the Qt desktop app, both over `index`."""
