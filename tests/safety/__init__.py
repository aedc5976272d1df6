"""Tests for weighin.safety."""
