"""Stage: simulate."""
