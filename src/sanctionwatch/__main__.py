"""`python -m sanctionwatch ...` runs the same command line as the `sanctionwatch` script."""

from sanctionwatch.cli.main import main

main()
