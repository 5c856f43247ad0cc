"""The `sanctionwatch` command: one sub-command group per pipeline stage."""
