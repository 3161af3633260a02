"""The package's layout keeps its architecture: layers import only the layers below them, the
rules are data, no import circle, short functions in the pipeline, no speed claims in code."""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest
import regex

import postings_parser

PACKAGE = Path(postings_parser.__file__).resolve().parent

# the layers, lowest first: a module may import from its own layer and the ones below it
LAYERS: dict[str, int] = {
    "rules": 0,
    "errors": 1,
    "models": 1,
    "jsonld": 1,
    "normalize": 2,
    "page": 3,
    "posting": 4,
    "pipeline": 5,
    "__init__": 5,
    "batch": 6,
    "testing": 6,
    "arrow": 6,
    "spark": 6,
    "strategies": 6,
    "__main__": 6,
}
# the layers that make up the parsing pipeline, held to the short-function rule
PIPELINE = ("normalize", "page", "posting", "rules", "pipeline")
MAX_FUNCTION_LINES = 40


def _modules() -> dict[str, Path]:
    """Dotted name inside the package (``posting.sections``) -> file."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULE_NAMES = {
    ".".join(p.relative_to(PACKAGE).with_suffix("").parts) for p in PACKAGE.rglob("*.py")
}


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _package_imports(name: str, path: Path) -> set[str]:
    """The package's modules that ``name`` imports (at any depth, typing-only imports aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    here = name.split(".") if is_package else name.split(".")[:-1]
    if name == "__init__":
        here = []
    found: set[str] = set()
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            skip.update(id(n) for child in node.body for n in ast.walk(child))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            base = here[: len(here) - (node.level - 1)] if node.level > 1 else here
            target = [*base, *(node.module.split(".") if node.module else [])]
            if target:
                found.add(".".join(target))
            else:  # ``from .. import x`` at the package's root: a module or a name of __init__
                found.update(a.name if a.name in MODULE_NAMES else "__init__" for a in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "postings_parser."
        ):
            found.add(node.module.removeprefix("postings_parser."))  # type: ignore[union-attr]
    return found


def _layer(module: str) -> int:
    return LAYERS[module.split(".")[0]]


MODULES = _modules()
IMPORTS = {name: _package_imports(name, path) for name, path in MODULES.items()}


def test_every_module_belongs_to_a_layer() -> None:
    assert sorted(m for m in MODULES if m.split(".")[0] not in LAYERS) == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_only_its_own_layer_and_the_layers_below(module: str) -> None:
    above = sorted(t for t in IMPORTS[module] if _layer(t) > _layer(module))
    assert above == [], f"{module} reaches up into {above}"


def test_rules_import_nothing_from_the_package() -> None:
    rules = {m: sorted(t for t in IMPORTS[m] if t.split(".")[0] != "rules") for m in MODULES}
    assert {m: t for m, t in rules.items() if m.startswith("rules") and t} == {}


def test_the_stages_never_import_the_io_layer() -> None:
    io_layer = ("batch", "arrow", "spark")
    reach = {
        m: sorted(t for t in IMPORTS[m] if t.split(".")[0] in io_layer)
        for m in MODULES
        if _layer(m) < LAYERS["batch"]
    }
    assert {m: t for m, t in reach.items() if t} == {}


def test_no_import_circle() -> None:
    def resolve(target: str) -> str | None:
        while target and target not in MODULES:
            target = target.rpartition(".")[0]
        return target or None

    graph = {m: {r for t in IMPORTS[m] if (r := resolve(t)) and r != m} for m in MODULES}
    # a package imports its own modules in its __init__: that is not a circle
    graph = {m: {t for t in ts if not t.startswith(m + ".")} for m, ts in graph.items()}
    state: dict[str, int] = {}
    circle: list[str] = []

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for t in sorted(graph[m]):
            if state.get(t) == 1 and not circle:
                circle.extend([*path[path.index(t) :], t])
            elif t not in state:
                visit(t, [*path, t])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert circle == []


def _functions(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.name, node.end_lineno - node.lineno + 1)  # type: ignore[operator]
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


def test_pipeline_functions_are_short() -> None:
    long = [
        f"{name}.{fn} ({n} lines)"
        for name, path in MODULES.items()
        if name.split(".")[0] in PIPELINE
        for fn, n in _functions(path)
        if n > MAX_FUNCTION_LINES
    ]
    assert long == []


_SPEED_CLAIM = regex.compile(
    r"\b(?:faster|slower|twice as fast|\d+(?:\.\d+)?\s?(?:x|×|times)\s(?:as\s)?(?:fast|slow)|"
    r"speed-?up)\b",
    regex.IGNORECASE,
)


def _comments_and_docstrings(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    texts = [
        tok.string
        for tok in tokenize.generate_tokens(io.StringIO(source).readline)
        if tok.type == tokenize.COMMENT
    ]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node)
            if doc:
                texts.append(doc)
    return texts


@pytest.mark.parametrize(
    "text", ["# 4x faster here", "three times faster than a dataclass", "twice as fast as regex"]
)
def test_the_speed_claim_check_catches_claims(text: str) -> None:
    assert _SPEED_CLAIM.search(text)


def test_code_comments_make_no_speed_claims() -> None:
    claims = [
        f"{name}: {m.group()!r}"
        for name, path in MODULES.items()
        for text in _comments_and_docstrings(path)
        if (m := _SPEED_CLAIM.search(text))
    ]
    assert claims == []
