"""Test plugin: crawling (to be written)."""
