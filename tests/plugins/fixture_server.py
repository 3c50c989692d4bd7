"""Test plugin: fixture_server (to be written)."""
