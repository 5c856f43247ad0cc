"""Stage: names."""
