"""Test plugin: pywb (to be written)."""
