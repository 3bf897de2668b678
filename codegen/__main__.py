"""`python -m codegen <command>`: lint, format, bundle, generate, check, diff.

Exit codes: 0 success; 1 findings (lint problems, files to reformat, drift, breaking changes
with --fail-on-breaking) or a failed step; 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from codegen import check as check_mod
from codegen import diff as diff_mod
from codegen import fmt, generate, lint
from codegen.bundle import bundle, validate, write_bundle
from codegen.specs import APIS, REPO_ROOT, CodegenError, bundle_files, entry_file, select_apis


def cmd_lint(args: argparse.Namespace) -> int:
    findings = []
    for api in select_apis(args.api):
        findings += lint.lint_api(api, REPO_ROOT)
    for finding in findings:
        print(finding)
    print(f"{len(findings)} problem(s)" if findings else "lint: no problems")
    return 1 if findings else 0


def cmd_format(args: argparse.Namespace) -> int:
    changed, errors = fmt.format_specs(REPO_ROOT, check=args.check)
    for path in changed:
        print(f"{'would reformat' if args.check else 'reformatted'} {path.relative_to(REPO_ROOT)}")
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if errors or (args.check and changed):
        return 1
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    status = 0
    for api in select_apis(args.api):
        result = bundle(entry_file(api, REPO_ROOT))
        yaml_path, json_path = bundle_files(api, REPO_ROOT)
        write_bundle(result, yaml_path, json_path)
        print(f"{api}: wrote {yaml_path.relative_to(REPO_ROOT)} and {json_path.name}")
        for path, message in validate(result):
            print(f"{result.locate(path)}: openapi-spec-validator {message}")
            status = 1
    return status


def cmd_generate(args: argparse.Namespace) -> int:
    apis = select_apis(args.api)
    skipped = [api for api in APIS if api not in apis]
    started = time.perf_counter()
    warnings = generate.generate(apis, REPO_ROOT, REPO_ROOT)
    for api, text in warnings.items():
        if text:
            print(f"{api}: openapi-python-client warnings:\n{text}\n")
    note = f" (skipped, no entry file: {', '.join(skipped)})" if skipped and not args.api else ""
    print(f"generated {', '.join(apis)} in {time.perf_counter() - started:.1f} s{note}")
    return 0


def cmd_check(_args: argparse.Namespace) -> int:
    started = time.perf_counter()
    drift = check_mod.check(REPO_ROOT, REPO_ROOT)
    elapsed = time.perf_counter() - started
    if drift:
        print(drift.report())
        print(f"generated code is out of date ({elapsed:.1f} s); run `make generate`")
        return 1
    print(f"generated code is up to date ({elapsed:.1f} s)")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    changes = diff_mod.diff(Path(args.old), Path(args.new))
    print(diff_mod.render(changes, args.format))
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m codegen", description=__doc__,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = root.add_subparsers(dest="command", required=True)
    api_help = f"APIs to process (default: every one with an entry file; known: {', '.join(APIS)})"
    p = sub.add_parser("lint", help="validate the specs and apply our rules")
    p.add_argument("api", nargs="*", help=api_help)
    p.set_defaults(func=cmd_lint)
    p = sub.add_parser("format", help="normalise the spec YAML files in place")
    p.add_argument("--check", action="store_true", help="only list files that would change")
    p.set_defaults(func=cmd_format)
    p = sub.add_parser("bundle", help="write dist/spec/<api>.openapi.{yaml,json}")
    p.add_argument("api", nargs="*", help=api_help)
    p.set_defaults(func=cmd_bundle)
    p = sub.add_parser("generate", help="bundle and regenerate generated/")
    p.add_argument("api", nargs="*", help=api_help)
    p.set_defaults(func=cmd_generate)
    p = sub.add_parser("check", help="fail when generated/ or dist/spec/ is out of date")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("diff", help="API change report between two spec versions")
    p.add_argument("old", help="old entry file or bundled document")
    p.add_argument("new", help="new entry file or bundled document")
    p.add_argument("--fail-on-breaking", action="store_true", help="exit 1 on a breaking change")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_diff)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        status: int = args.func(args)
    except CodegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
