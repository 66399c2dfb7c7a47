"""Command-line entry point: argument parsing only."""


def main(argv: list[str] | None = None) -> int:
    return 0
