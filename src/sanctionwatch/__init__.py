"""sanctionwatch: find sanctions evasion in the registries investigators hold."""

__version__ = "0.1.0"
