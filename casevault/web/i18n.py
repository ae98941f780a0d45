"""Translation catalogs: compile .po into .mo with polib, so no system gettext is needed.

``python -m casevault.web.i18n`` compiles every catalog whose .mo is missing or older
than its .po (install and ``casevault serve`` run it); ``--check`` only reports stale
catalogs and exits 1 if there are any.
"""

from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
from collections.abc import Sequence
from pathlib import Path

import polib  # type: ignore[import-untyped]

PACKAGE_DIR = Path(__file__).resolve().parent.parent
LOCALE_DIR = PACKAGE_DIR / "locale"
# What makemessages leaves out; tests and evaluation texts are not shown to users.
SKIPPED_PARTS = frozenset({"tests", "migrations", "eval", "locale", "static"})
GETTEXT_NAMES = {
    "_": "gettext",
    "gettext": "gettext",
    "gettext_lazy": "gettext",
    "gettext_noop": "gettext",
    "ngettext": "ngettext",
    "ngettext_lazy": "ngettext",
    "pgettext": "pgettext",
    "pgettext_lazy": "pgettext",
    "npgettext": "npgettext",
    "npgettext_lazy": "npgettext",
}
Message = tuple[str, str]  # (context, msgid)


def catalogs(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    return sorted(locale_dir.glob("*/LC_MESSAGES/*.po"))


def _message(kind: str, args: Sequence[object]) -> Message | None:
    if kind in {"pgettext", "npgettext"}:
        if len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
            return args[0], args[1]
        return None
    if args and isinstance(args[0], str):
        return "", args[0]
    return None


def _python_messages(source: str) -> set[Message]:
    found: set[Message] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        kind = GETTEXT_NAMES.get(name)
        if kind is None:
            continue
        args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        message = _message(kind, args)
        if message is not None:
            found.add(message)
    return found


_CALL = re.compile(r"\b(npgettext|pgettext|ngettext|gettext|_)\(")


def _template_messages(source: str, origin: str) -> set[Message]:
    """Messages in a template, found the way makemessages finds them (Django's templatize)."""
    from django.utils.translation.template import templatize

    code = templatize(source, origin)
    found: set[Message] = set()
    for match in _CALL.finditer(code):
        # Read the call's string arguments with Python's tokenizer, up to its closing ")".
        args: list[object] = []
        depth = 0
        for token in tokenize.generate_tokens(io.StringIO(code[match.end() - 1 :]).readline):
            if token.type == tokenize.OP and token.string == "(":
                depth += 1
            elif token.type == tokenize.OP and token.string == ")":
                depth -= 1
                if depth == 0:
                    break
            elif token.type == tokenize.STRING and depth == 1:
                args.append(ast.literal_eval(token.string))
            elif token.type == tokenize.NAME and depth == 1:
                args.append(None)
        kind = "gettext" if match.group(1) == "_" else match.group(1)
        message = _message(kind, args)
        if message is not None:
            found.add(message)
    return found


def find_messages(package_dir: Path = PACKAGE_DIR) -> set[Message]:
    """Every translatable message in the package's Python code and templates."""
    found: set[Message] = set()
    for path in sorted(package_dir.rglob("*")):
        parts = set(path.relative_to(package_dir).parts)
        if parts & SKIPPED_PARTS or not path.is_file():
            continue
        if path.suffix == ".py":
            found |= _python_messages(path.read_text(encoding="utf-8"))
        elif path.suffix in {".html", ".txt"} and "templates" in parts:
            found |= _template_messages(path.read_text(encoding="utf-8"), str(path))
    return found


def compiled_entries(po: polib.POFile) -> dict[tuple[str, str], object]:
    """What a compiled catalog holds: translated, non-fuzzy messages (and the header)."""
    entries: dict[tuple[str, str], object] = {("", ""): po.metadata}
    for entry in po.translated_entries():
        key = (entry.msgctxt or "", entry.msgid)
        entries[key] = dict(entry.msgstr_plural) if entry.msgid_plural else entry.msgstr
    return entries


def _mo_entries(mo_path: Path) -> dict[tuple[str, str], object]:
    mo = polib.mofile(str(mo_path))
    entries: dict[tuple[str, str], object] = {("", ""): mo.metadata}
    for entry in mo:
        key = (entry.msgctxt or "", entry.msgid)
        entries[key] = dict(entry.msgstr_plural) if entry.msgid_plural else entry.msgstr
    return entries


def is_current(po_path: Path) -> bool:
    """True when the .mo beside the .po holds exactly the .po's translations."""
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        return False
    return _mo_entries(mo_path) == compiled_entries(polib.pofile(str(po_path)))


def compile_catalogs(locale_dir: Path = LOCALE_DIR, *, force: bool = False) -> list[Path]:
    """Write the .mo of every stale catalog; returns the ones written."""
    written = []
    for po_path in catalogs(locale_dir):
        if force or not is_current(po_path):
            po = polib.pofile(str(po_path))
            mo_path = po_path.with_suffix(".mo")
            tmp = mo_path.with_suffix(".mo.tmp")
            po.save_as_mofile(str(tmp))
            tmp.replace(mo_path)  # a half-written catalog would break every page
            written.append(mo_path)
    return written


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = [p for p in catalogs() if not is_current(p)]
        for path in stale:
            sys.stdout.write(f"stale: {path} (run python -m casevault.web.i18n)\n")
        return 1 if stale else 0
    for path in compile_catalogs(force="--force" in argv):
        sys.stdout.write(f"compiled {path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
