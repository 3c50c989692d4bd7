"""Test plugin: demo_site (to be written)."""
