"""Generate the SDK's facade methods from the spec (``dockerhub_client/facade.py``).

openapi-python-client gives one module per operation; this step reads the same document
through the same pinned parser (so names and types agree with the generated endpoints) and
writes, for every operation, a *builder* (arguments checked, the request described as a
``Call``) and the two methods that run it: one on ``SyncOperations``, one coroutine on
``AsyncOperations``. List operations also get ``iter_<noun>`` and ``collect_<noun>``.

The rules, so that a new operation needs nothing but the spec:

- The method name is the ``operationId`` without a leading ``get_`` or ``list_``;
  ``check_*`` operations (HEAD) return ``bool`` (404 is ``False``).
- Path parameters are positional, query parameters and body fields keyword-only. A
  ``namespace`` + ``repository`` pair first accepts the flexible forms (``"nginx"``,
  ``"library/nginx"``, ``("library", "nginx")``); positionals after it move one place left
  in the one-part forms (``delete_tag("library/nginx", "latest")``), typed by overloads.
- Checks follow each schema: ``format: docker-namespace | docker-repository | docker-tag |
  docker-repository-path``, any other path string must be one safe path segment, integers
  honour ``minimum``/``maximum``, ``minLength``/``minItems`` refuse empty values, ``enum``
  refuses other values, ``date-time`` must be timezone-aware, ``minProperties`` on a body
  needs at least one field.
- A 200 body with a ``results`` array and a ``next`` link is a page: the method takes
  ``per_page`` and ``page`` and returns the items; ``iter_``/``collect_`` walk them all.

Extensions (documented in the spec's ``info.description``) say what a rule cannot:
``x-dockerhub-facade`` on an operation (``name``, ``handwritten``, ``positional``,
``arguments``, ``fill``, ``body-argument``), ``x-dockerhub-paging`` for envelopes of
another shape (``items``, ``total``, ``strategy``, ``per-page``) and
``x-dockerhub-argument`` on a parameter (the facade's name for it).
"""

from __future__ import annotations

import keyword
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader

GENERATOR_DIR = Path(__file__).resolve().parent
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_FORMAT_CHECKS = {
    "docker-namespace": "validate_namespace",
    "docker-repository": "validate_repository",
    "docker-tag": "validate_tag",
    "docker-repository-path": "repository_path",
}


class FacadeError(RuntimeError):
    """The spec asks for something the facade generator cannot express."""


@dataclass
class Arg:
    """One argument of a facade method."""

    name: str  # as the user writes it
    target: str  # the generated function's argument, or the body model's field
    where: str  # path | query | body
    annotation: str
    required: bool
    default: str | None = None
    check: str | None = None  # an expression of ``{value}``
    positional: bool = False

    def signature(self) -> str:
        annotation = self.annotation
        if self.required:
            return f"{self.name}: {annotation}"
        if self.default is None:
            optional = annotation if annotation.endswith("| None") else f"{annotation} | None"
            return f"{self.name}: {optional} = None"
        return f"{self.name}: {annotation} = {self.default}"

    def value(self) -> str:
        """The expression passing this argument on, checked."""
        text = self.name
        if self.check is not None:
            text = self.check.format(value=self.name)
            if not self.required and self.default is None:
                text = f"None if {self.name} is None else {text}"
        if not self.required and self.default is None:
            return f"given({text})"
        return text


@dataclass
class Paging:
    """How a list operation's page holds its items."""

    items: str
    total: str | None
    strategy: str  # next-link | page-number | single
    model: str
    item: str
    per_page: int


@dataclass
class Method:
    """Everything the template needs for one operation."""

    operation_id: str
    name: str
    module: str  # dockerhub_client.api.<tag>.<operation>
    http: str
    path: str
    summary: str
    description: str
    deprecated: bool
    args: list[Arg] = field(default_factory=list)
    body_model: str | None = None
    body_argument: str | None = None
    body_fill: dict[str, str] = field(default_factory=dict)
    body_min_properties: int = 0
    returns: str = "None"
    expect: str | None = None
    exists: bool = False
    paging: Paging | None = None
    flexible: bool = False
    shifted: list[Arg] = field(default_factory=list)  # the positionals after a flexible pair

    @property
    def positional(self) -> list[Arg]:
        return [a for a in self.args if a.where == "path" or a.positional]

    @property
    def keywords(self) -> list[Arg]:
        return [a for a in self.args if not (a.where == "path" or a.positional)]

    def parameters(self, *extra: str, trailing: tuple[str, ...] = (), loose: bool = False) -> str:
        """The method's parameters after ``self``: ``extra`` keywords first (``per_page``,
        ``page``), ``trailing`` ones last (the walk options). ``loose``: for a builder, whose
        arguments after a flexible pair are sorted out (and checked) before use, ``Any``."""
        parts = [a.signature() for a in self.positional]
        if self.flexible:
            # After the first, each position takes its own argument (the three-part form)
            # or the next one (a one-part form, everything moved one place left).
            following = [b.annotation for b in self.positional[2:]] + ["None"]
            parts[1:] = [
                f"{a.name}: Any = None"
                if loose and self.shifted
                else f"{a.name}: {_union(a.annotation, b, 'None')} = None"
                for a, b in zip(self.positional[1:], following, strict=True)
            ]
        return self._joined(parts, [*extra, *(a.signature() for a in self.keywords), *trailing])

    def overloads(self) -> list[str]:
        """The typed forms of a method whose flexible pair has positionals after it: the
        three-part form, and the one-part form (``"library/nginx"`` or ``"nginx"``) with
        the rest moved one place left, positional-only."""
        if not self.shifted:
            return []
        keywords = [a.signature() for a in self.keywords]
        full = [a.signature() for a in self.positional]
        short = ["repository: str", *(a.signature() for a in self.shifted), "/"]
        return [self._joined(full, keywords), self._joined(short, keywords)]

    @staticmethod
    def _joined(parts: list[str], keywords: list[str]) -> str:
        if keywords:
            parts = [*parts, "*", *keywords]
        return ", ".join(parts)

    def call_names(self, *extra: str) -> str:
        names = [a.name for a in self.positional]
        names += [f"{a.name}={a.name}" for a in self.keywords]
        names += [f"{e}={e}" for e in extra]
        return ", ".join(names)

    def docstring(self) -> str:
        text = self.summary.strip().rstrip(".") + "."
        more = self.description.strip()
        lines = [text, ""]
        lines.append(f"``{self.http.upper()} {self.path}`` (operation ``{self.operation_id}``).")
        if more and more.rstrip(".") != self.summary.strip().rstrip("."):
            lines += ["", *more.splitlines()]
        if self.shifted:
            example = ", ".join(a.name for a in self.shifted)
            lines += [
                "",
                "The repository may also be one argument:",
                f'``{self.name}("library/nginx", {example})``,'
                ' or ``"nginx"`` for an official image.',
            ]
        if self.deprecated:
            lines += ["", "Deprecated by Docker."]
        return (
            "\n".join(line.rstrip() for line in lines).replace('"""', "'''").replace("\\", "\\\\")
        )


def _union(*annotations: str) -> str:
    """``a | b | ...`` of the annotations' members, each once, in order."""
    members: list[str] = []
    for annotation in annotations:
        for member in annotation.split(" | "):
            if member not in members:
                members.append(member)
    return " | ".join(members)


def _text(value: Any) -> str:
    """Plain text of the parser's wrapped strings (untrusted text, code snippets)."""
    if value is None:
        return ""
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    return str(value)


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _schema_properties(spec: dict[str, Any], schema: Any) -> tuple[dict[str, Any], set[str], int]:
    """(properties, required names, minProperties) of an object schema, allOf merged."""
    schema = _resolve(spec, schema)
    properties: dict[str, Any] = {}
    required: set[str] = set(schema.get("required", []))
    minimum = int(schema.get("minProperties", 0))
    for part in schema.get("allOf", []):
        more, needed, least = _schema_properties(spec, part)
        properties.update(more)
        required |= needed
        minimum = max(minimum, least)
    for name, value in schema.get("properties", {}).items():
        properties[name] = _resolve(spec, value)
    return properties, required, minimum


def _check_for(schema: dict[str, Any], where: str, argument: str) -> str | None:
    """The check expression for a value of ``schema`` (``{value}`` stands for it)."""
    kinds = schema.get("type")
    kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
    fmt = schema.get("format")
    if fmt in _FORMAT_CHECKS:
        return f"{_FORMAT_CHECKS[fmt]}({{value}}, {argument!r})"
    if kind == "string" and "enum" in schema:
        choices = tuple(v for v in schema["enum"] if v is not None)
        return f"check_choice({{value}}, {argument!r}, {choices!r})"
    if kind == "string" and fmt == "date-time":
        return f"aware({{value}}, {argument!r})"
    if kind == "integer":
        low = schema.get("minimum", 0 if where == "path" else None)
        high = schema.get("maximum")
        if low is None and high is None:
            return f"check_integer({{value}}, {argument!r})"
        return f"check_integer({{value}}, {argument!r}, {low!r}, {high!r})"
    if kind == "array":
        items = _check_for(schema.get("items", {}), where, argument)
        least = int(schema.get("minItems", 0))
        each = "None" if items is None else "lambda item: " + items.format(value="item")
        return f"check_list({{value}}, {argument!r}, {least}, {each})"
    if kind == "string" and where == "path":
        return f"validate_segment({{value}}, {argument!r})"
    if kind == "string" and schema.get("minLength", 0) >= 1:
        return f"require_text({{value}}, {argument!r})"
    return None


def _facade_name(operation_id: str, options: dict[str, Any]) -> str:
    if "name" in options:
        return str(options["name"])
    for prefix in ("get_", "list_"):
        if operation_id.startswith(prefix):
            return operation_id[len(prefix) :]
    return operation_id


def _annotation(prop: Any) -> str:
    return _text(prop.get_type_string(no_optional=True))


def _argument_name(raw_name: str, python_name: str, renamed: str | None) -> str:
    if renamed:
        return renamed
    if raw_name.isidentifier() and not keyword.iskeyword(raw_name):
        return raw_name
    return python_name


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], list[Any]]]:
    """operationId -> (method, path, operation, path-level parameters)."""
    found: dict[str, tuple[str, str, dict[str, Any], list[Any]]] = {}
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            operation = item.get(method)
            if operation is not None:
                found[operation["operationId"]] = (
                    method,
                    path,
                    operation,
                    item.get("parameters", []),
                )
    return found


def _raw_parameters(
    spec: dict[str, Any], operation: dict[str, Any], shared: list[Any]
) -> dict[str, dict[str, Any]]:
    params: dict[str, dict[str, Any]] = {}
    for raw in [*shared, *operation.get("parameters", [])]:
        param = _resolve(spec, raw)
        params[param["name"]] = param
    return params


def _paging(
    spec: dict[str, Any], operation: dict[str, Any], response_prop: Any, per_page_default: int
) -> Paging | None:
    extension = operation.get("x-dockerhub-paging")
    if not hasattr(response_prop, "required_properties"):
        return None
    properties = {
        _text(p.name): p
        for p in [*response_prop.required_properties, *response_prop.optional_properties]
    }
    model = str(response_prop.class_info.name)
    if extension is None:
        if "results" not in properties or "next" not in properties:
            return None
        extension = {}
    items = str(extension.get("items", "results"))
    total = extension.get("total", "count" if "count" in properties else None)
    strategy = str(extension.get("strategy", "next-link"))
    if strategy not in ("next-link", "page-number", "single"):
        raise FacadeError(
            f"x-dockerhub-paging strategy {strategy!r} is not next-link, page-number or single"
        )
    if items not in properties:
        raise FacadeError(f"{model} has no {items!r} to page through")
    inner = properties[items]
    item = (
        _text(inner.inner_property.get_type_string(no_optional=True))
        if hasattr(inner, "inner_property")
        else "Any"
    )
    return Paging(
        items=str(properties[items].python_name),
        total=None if total is None else str(properties[str(total)].python_name),
        strategy=strategy,
        model=model,
        item=item,
        per_page=int(extension.get("per-page", per_page_default)),
    )


def collect_methods(spec: dict[str, Any], data: Any) -> list[Method]:
    """One :class:`Method` per operation that the facade generates."""
    raw_ops = _operations(spec)
    methods: list[Method] = []
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            operation_id = str(endpoint.name)
            http, path, operation, shared = raw_ops[operation_id]
            options = dict(operation.get("x-dockerhub-facade") or {})
            if options.get("handwritten"):
                continue
            methods.append(
                _method(spec, tag, endpoint, operation_id, http, path, operation, shared, options)
            )
    names = [m.name for m in methods]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise FacadeError(f"two operations would make the same facade method: {duplicated}")
    return sorted(methods, key=lambda m: m.name)


def _method(
    spec: dict[str, Any],
    tag: str,
    endpoint: Any,
    operation_id: str,
    http: str,
    path: str,
    operation: dict[str, Any],
    shared: list[Any],
    options: dict[str, Any],
) -> Method:
    raw_params = _raw_parameters(spec, operation, shared)
    renames: dict[str, str] = dict(options.get("arguments") or {})
    positional_fields = set(options.get("positional") or [])
    method = Method(
        operation_id=operation_id,
        name=_facade_name(operation_id, options),
        module=f"dockerhub_client.api.{tag}.{operation_id}",
        http=http,
        path=path,
        summary=_text(endpoint.summary) or operation_id.replace("_", " "),
        description=_text(endpoint.description),
        deprecated=bool(operation.get("deprecated")),
    )
    with_body = {
        str(code)
        for code, response in operation.get("responses", {}).items()
        if str(code).startswith("2") and _resolve(spec, response).get("content")
    }
    success = [r for r in endpoint.responses if str(_status(r)) in with_body]
    response_prop = success[0].prop if success else None
    per_page_default = 100
    for prop in [*endpoint.path_parameters, *endpoint.query_parameters]:
        raw = raw_params[_text(prop.name)]
        if raw["in"] == "query" and raw["name"] in ("page", "page_size"):
            if raw["name"] == "page_size" and "default" in raw.get("schema", {}):
                per_page_default = int(raw["schema"]["default"])
            continue
        argument = _argument_name(
            raw["name"], str(prop.python_name), raw.get("x-dockerhub-argument")
        )
        schema = _resolve(spec, raw.get("schema", {}))
        method.args.append(
            Arg(
                name=argument,
                target=str(prop.python_name),
                where=raw["in"],
                annotation=_annotation(prop),
                required=bool(raw.get("required")),
                check=_check_for(schema, raw["in"], argument),
            )
        )
    if endpoint.bodies:
        body = endpoint.bodies[0]
        method.body_model = str(body.prop.class_info.name)
        raw_body = _resolve(spec, operation["requestBody"])
        schema = next(iter(raw_body["content"].values()))["schema"]
        properties, required, least = _schema_properties(spec, schema)
        method.body_min_properties = least
        fill = dict(options.get("fill") or {})
        if options.get("body-argument"):
            method.body_argument = str(options["body-argument"])
            method.args.append(
                Arg(
                    name=method.body_argument,
                    target="body",
                    where="body",
                    annotation=method.body_model,
                    required=True,
                    check=(
                        f"check_model({{value}}, {method.body_argument!r}, "
                        f"models.{method.body_model})"
                    ),
                    positional=True,
                )
            )
        else:
            props = [*body.prop.required_properties, *body.prop.optional_properties]
            for prop in props:
                raw_name = _text(prop.name)
                if raw_name in fill:
                    method.body_fill[str(prop.python_name)] = fill[raw_name]
                    continue
                argument = _argument_name(raw_name, str(prop.python_name), renames.get(raw_name))
                prop_schema = properties.get(raw_name, {})
                default = None
                if prop.default is not None and raw_name not in required:
                    default = _text(prop.default.python_code)
                method.args.append(
                    Arg(
                        name=argument,
                        target=str(prop.python_name),
                        where="body",
                        annotation=_annotation(prop),
                        required=raw_name in required,
                        default=default,
                        check=_check_for(prop_schema, "body", argument),
                        positional=raw_name in positional_fields,
                    )
                )
    if operation_id.startswith("check_"):
        method.exists = True
        method.returns = "bool"
    elif response_prop is not None and type(response_prop).__name__ != "NoneProperty":
        paging = _paging(spec, operation, response_prop, per_page_default)
        if paging is not None:
            method.paging = paging
            method.returns = f"list[{paging.item}]"
            method.expect = paging.model
        else:
            kind = type(response_prop).__name__
            method.returns = _text(response_prop.get_type_string(no_optional=True))
            method.expect = {
                "ModelProperty": method.returns,
                "ListProperty": "list",
                "StringProperty": "str",
            }.get(kind)
            if method.expect is None:
                raise FacadeError(f"{operation_id}: cannot check a {kind} response")
    # Positional arguments: path parameters first (as in the path), then positional fields.
    order = {name: i for i, name in enumerate(re.findall(r"{(\w+)}", path))}
    method.args.sort(
        key=lambda a: (a.where != "path", order.get(a.target, 99) if a.where == "path" else 0)
    )
    required_first = [a for a in method.args if a.positional and a.required]
    optional_after = [a for a in method.args if a.positional and not a.required]
    rest = [a for a in method.args if not a.positional]
    method.args = (
        [a for a in rest if a.where == "path"]
        + required_first
        + optional_after
        + [a for a in rest if a.where != "path"]
    )
    # The flexible repository forms: a namespace + repository pair first. Positionals after
    # it (a tag, an id) move one place left in the one-part forms, so they must be required.
    positional = method.positional
    method.flexible = (
        [a.target for a in positional[:2]] == ["namespace", "repository"]
        and all(a.where == "path" for a in positional[:2])
        and all(a.required for a in positional[2:])
    )
    method.shifted = positional[2:] if method.flexible else []
    return method


def _status(response: Any) -> int:
    code = response.status_code
    pattern = getattr(code, "pattern", None) or str(code)
    digits = re.sub(r"\D", "", str(pattern))
    return int(digits[:3]) if digits else 0


def load(spec_path: Path) -> tuple[dict[str, Any], Any]:
    """The raw document and openapi-python-client's parse of it (the pinned version)."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    raw = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    config_file = ConfigFile.load_from_path(GENERATOR_DIR / "config.yml")
    config = Config.from_sources(config_file, MetaType.NONE, spec_path, "utf-8", False, None)
    data = GeneratorData.from_dict(raw, config=config)
    if not hasattr(data, "endpoint_collections_by_tag"):
        raise FacadeError(f"the spec does not parse: {data}")
    return raw, data


def render(spec_path: Path, output: Path) -> None:
    """Write the facade module for ``spec_path`` to ``output`` and format it."""
    raw, data = load(spec_path)
    methods = collect_methods(raw, data)
    handwritten = sorted(
        {
            str(op.get("x-dockerhub-facade", {}).get("handwritten"))
            for _, _, op, _ in _operations(raw).values()
            if (op.get("x-dockerhub-facade") or {}).get("handwritten")
        }
    )
    env = Environment(  # noqa: S701 - it writes Python, not HTML
        loader=FileSystemLoader(GENERATOR_DIR / "templates"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    template = env.get_template("facade.py.jinja")
    models = sorted(
        {
            name
            for m in methods
            for name in re.findall(
                r"\b[A-Z]\w+", " ".join([m.returns, *(a.annotation for a in m.args)])
            )
        }
        - {"Any", "None"}
    )
    output.write_text(
        template.render(
            methods=methods, models=models, handwritten=handwritten, operations=_operations(raw)
        ),
        encoding="utf-8",
    )
    names = sorted(
        name
        for m in methods
        for name in (
            [m.name]
            if not m.paging or m.paging.strategy == "single"
            else [m.name, f"iter_{m.name}", f"collect_{m.name}"]
        )
    )
    functions = output.with_name("functions.py")
    functions.write_text(
        env.get_template("functions.py.jinja").render(names=names), encoding="utf-8"
    )
    _format(output)
    _format(functions)


def _format(output: Path) -> None:
    """Format a generated file with the pinned ruff, as the client's post-hooks do."""
    bin_dir = Path(sys.executable).parent
    for command in (
        [
            "ruff",
            "check",
            "--isolated",
            "--no-cache",
            "--fix-only",
            "--quiet",
            "--select",
            "F401,I,UP",
        ],
        ["ruff", "format", "--isolated", "--no-cache", "--quiet", "--line-length", "120"],
    ):
        subprocess.run(
            [str(bin_dir / command[0]), *command[1:], "--target-version", "py311", str(output)],
            check=True,
        )
