"""Stage: matching."""
