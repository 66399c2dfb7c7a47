"""Every function of the application reads at a glance: under MAX_LINES lines, or it says why
not in a comment starting `# Long:` just above it (above its decorators)."""

from __future__ import annotations

import ast
from pathlib import Path

VIEWER = Path(__file__).resolve().parents[1] / "viewer"
MAX_LINES = 60
REASON = "# Long:"


def _says_why(lines: list[str], top: int) -> bool:
    """Whether the comment just above line `top` (counted from 1) gives a reason."""
    k = top - 2
    while k >= 0 and lines[k].strip().startswith("#"):
        if lines[k].strip().startswith(REASON):
            return True
        k -= 1
    return False


def _long_functions_saying_nothing(source: str) -> list[tuple[int, str]]:
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            top = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            if node.end_lineno - top + 1 > MAX_LINES and not _says_why(lines, top):
                found.append((node.lineno, node.name))
    return found


def test_the_check_sees_a_long_function_and_its_reason() -> None:
    body = "".join(f"    x{k} = {k}\n" for k in range(MAX_LINES))
    long = f"def f() -> None:\n{body}"
    assert _long_functions_saying_nothing(long) == [(1, "f")]
    assert _long_functions_saying_nothing(f"{REASON} a reason\n# more of it\n{long}") == []


def test_every_long_function_says_why_it_is_long() -> None:
    found = [
        f"{path.relative_to(VIEWER.parent)}:{line} {name}"
        for path in sorted(VIEWER.rglob("*.py"))
        for line, name in _long_functions_saying_nothing(path.read_text(encoding="utf-8"))
    ]
    assert found == [], (
        f"functions over {MAX_LINES} lines: split them, or say why not in a `{REASON}` "
        "comment just above"
    )
