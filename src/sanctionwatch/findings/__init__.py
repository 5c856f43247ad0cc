"""Stage: findings."""
