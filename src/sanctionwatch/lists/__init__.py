"""Stage: lists."""
