"""The ``investor-standard`` command: a thin shell over the public API.

Each sub-command reads its input, calls public functions and prints the result.
Problems go to standard error, one line each, with no traceback; the exit status
is 0 on success, 1 when ``evaluate`` finds an audit not certified or incomplete
(or ``offer check`` an incomplete site card), and 2 on invalid input (a bad
option, an unreadable or invalid file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import TextIO, TypeVar

import attrs

from investor_standard._version import __version__
from investor_standard.assessment.catalogue import Edition
from investor_standard.assessment.certification import Decision, Outcome, decide
from investor_standard.assessment.checklist import (
    checklist_csv,
    checklist_for,
    checklist_markdown,
    checklist_text,
)
from investor_standard.assessment.editions import EDITIONS, LUBELSKIE_2019
from investor_standard.assessment.remediation import RemediationPlan, remediation_plan
from investor_standard.assessment.render import (
    catalogue_markdown,
    catalogue_text,
    decision_markdown,
    decision_text,
    remediation_markdown,
    remediation_text,
)
from investor_standard.assessment.verification import verify_decision
from investor_standard.documents.codec import (
    DocumentKind,
    dump_audit,
    dump_decision,
    dump_edition,
    dump_timeline,
    load_decision,
    load_offer,
)
from investor_standard.documents.schema import json_schema
from investor_standard.documents.sheets import audit_template, dump_sheet, read_audit_file
from investor_standard.foundation.errors import (
    InvalidDocumentError,
    InvestorStandardError,
    UnregisteredUnitError,
)
from investor_standard.foundation.text import Lang, Text
from investor_standard.jst.register import (
    REGISTER_AS_OF,
    find_units,
    is_registered,
    lookup_unit,
    resolve_unit,
    units_in,
)
from investor_standard.jst.teryt import JstKind, LocalGovernment
from investor_standard.offer.completeness import (
    DEFAULT_SITE_PROFILE,
    PAIH_EXPORT_PROFILE,
    CompletenessReport,
    completeness_report,
    completeness_text,
)
from investor_standard.programme.projects import LUBELSKIE_PROJECT, PROJECTS
from investor_standard.programme.timeline import ProjectTimeline, phase_on, working_days_left
from investor_standard.workdays.arithmetic import WORKING_DAYS_NOUN, working_days_between
from investor_standard.workdays.deadlines import explain_kpa_deadline

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_FELL_SHORT = 1
EXIT_INVALID_INPUT = 2
PROG = "investor-standard"
#: How many problems the command prints before "… and N more (use --all)".
_FIRST_PROBLEMS = 10


#: The language of this run's messages: set by :func:`main` from ``--lang`` before the
#: arguments are parsed, so that the checks of dates and counts speak it too.
_LANG: ContextVar[Lang] = ContextVar("_LANG", default=Lang.EN)


def _said(text: Text) -> str:
    """``text`` in the language of this run."""
    return text.in_(_LANG.get())


class _InputError(Exception):
    """Input the command cannot use; each line of ``lines`` is reported on stderr."""

    def __init__(self, *lines: str) -> None:
        super().__init__(*lines)
        self.lines = lines


def _problem_lines(path: str, error: InvalidDocumentError) -> list[str]:
    """Each problem of a file's document, after the file's name, in this run's language."""
    return [f"{path}: {problem.in_(_LANG.get())}" for problem in error.problems]


def _date(text: str) -> dt.date:
    """A day written YYYY-MM-DD in ASCII digits (not an ISO week date, not other digits)."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise argparse.ArgumentTypeError(
            _said(
                Text(
                    f"{text!r} nie jest datą w postaci RRRR-MM-DD",
                    f"{text!r} is not a date in the form YYYY-MM-DD",
                )
            )
        )
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _said(Text(f"{text} nie jest dniem kalendarza", f"{text} is not a day of the calendar"))
        ) from None


def _count(text: str) -> int:
    """A whole number written in ASCII digits, with an optional sign (no ``1_0``, no ``٣``)."""
    if not re.fullmatch(r"[+-]?[0-9]{1,9}", text):
        raise argparse.ArgumentTypeError(
            _said(Text(f"{text!r} nie jest liczbą całkowitą", f"{text!r} is not a whole number"))
        )
    return int(text)


def _edition(args: argparse.Namespace) -> Edition:
    return EDITIONS[args.edition]


def _audits_edition(args: argparse.Namespace) -> Edition | None:
    """The edition asked for, or None: then each audit is read under the edition it names."""
    return None if args.edition is None else EDITIONS[args.edition]


def _catalogue(args: argparse.Namespace, out: TextIO) -> int:
    edition = _edition(args)
    if args.format == "json":
        out.write(dump_edition(edition))
    elif args.format == "md":
        out.write(catalogue_markdown(edition, args.lang) + "\n")
    else:
        out.write(catalogue_text(edition, args.lang) + "\n")
    return EXIT_OK


def _unit(args: argparse.Namespace) -> LocalGovernment:
    """The unit a command names by code or by name; a code the register does not know is
    used only with --allow-unregistered (a fictional unit, or one created after the
    register's date), under --name or its code."""
    given = args.unit.strip()
    if given.isdigit() and args.allow_unregistered and not is_registered(given):
        return LocalGovernment(given, args.name or given)
    try:
        unit = resolve_unit(given).local_government
    except UnregisteredUnitError as error:
        go_on = Text(
            "użyj --allow-unregistered, aby mimo to kontynuować",
            "use --allow-unregistered to go on with it",
        )
        raise _InputError(error.in_(_LANG.get()), _said(go_on)) from None
    return attrs.evolve(unit, name=args.name) if args.name else unit


def _checklist(args: argparse.Namespace, out: TextIO) -> int:
    jst = _unit(args)
    checklist = checklist_for(_edition(args), jst)
    render = {"md": checklist_markdown, "csv": checklist_csv}.get(args.format, checklist_text)
    out.write(render(checklist, args.lang))
    return EXIT_OK


def _jst(args: argparse.Namespace, out: TextIO) -> int:
    if args.list:
        area = resolve_unit(args.lookup)
        units = units_in(area.teryt, [JstKind(kind) for kind in args.kind] or None)
    elif args.lookup.strip().isdigit():
        units = (lookup_unit(args.lookup.strip()),)
    else:
        units = find_units(args.lookup)
    if args.format == "json":
        payload = [
            {
                "teryt": unit.teryt.code,
                "codes": list(unit.codes),
                "name": unit.name,
                "official_name": unit.official_name,
                "kind": unit.kind.value,
                "register_kind": unit.register_kind,
                "county": unit.county_name,
                "voivodeship": unit.voivodeship_name,
            }
            for unit in units
        ]
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        lines = [unit.describe(args.lang) for unit in units]
        as_of = REGISTER_AS_OF.isoformat()
        lines.append(_REGISTER_NOTE.in_(args.lang).format(as_of=as_of, count=len(units)))
        out.write("\n".join(lines) + "\n")
    return EXIT_OK


_REGISTER_NOTE = Text(
    "({count} z rejestru TERC GUS, stan na {as_of})",
    "({count} from the GUS TERC register as of {as_of})",
)


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    edition = _audits_edition(args)
    decisions: list[tuple[str, Decision]] = []
    problems: list[str] = []
    for path in args.files:
        try:
            decisions.append((path, decide(read_audit_file(path), edition)))
        except InvalidDocumentError as error:
            problems.extend(_problem_lines(path, error))
        except InvestorStandardError as error:  # an audit that does not fit the edition
            problems.extend(f"{path}: {line}" for line in _lines(error))
    if problems:
        raise _InputError(*problems)
    plans = {
        path: remediation_plan(d, args.as_of or d.audited_on) if args.plan else None
        for path, d in decisions
    }
    if args.format == "json":
        payload = [
            {
                "file": path,
                "outcome": d.outcome.value,
                "decision": json.loads(dump_decision(d)),
                **({"plan": _plan_json(plan)} if (plan := plans[path]) is not None else {}),
            }
            for path, d in decisions
        ]
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "md":
        parts = []
        for path, d in decisions:
            parts.append(decision_markdown(d, args.lang))
            if (plan := plans[path]) is not None:
                parts.append(remediation_markdown(plan, args.lang))
        out.write("\n".join(parts))
    else:
        parts = []
        for path, d in decisions:
            parts.append(f"{path}\n{decision_text(d, args.lang)}")
            if (plan := plans[path]) is not None:
                parts[-1] += "\n" + remediation_text(plan, args.lang)
        out.write("\n\n".join(parts) + "\n")
    certified = all(d.outcome is Outcome.CERTIFIED for _, d in decisions)
    return EXIT_OK if certified else EXIT_FELL_SHORT


_T = TypeVar("_T")


def _read_file(path: str, read: Callable[[str], _T]) -> _T:
    """``read(path)``, with each problem of the document named after the file."""
    try:
        return read(path)
    except InvalidDocumentError as error:
        raise _InputError(*_problem_lines(path, error)) from None


def _verify(args: argparse.Namespace, out: TextIO) -> int:
    recorded = _read_file(args.decision, lambda path: load_decision(Path(path)))
    audit = _read_file(args.audit, read_audit_file)
    verification = verify_decision(recorded, audit, _audits_edition(args))
    out.write(verification.explain(args.lang) + "\n")
    return EXIT_OK if verification.holds else EXIT_FELL_SHORT


def _plan_json(plan: RemediationPlan) -> list[dict[str, object]]:
    return [
        {
            "requirement": item.requirement,
            "level": item.level.value,
            "blocking": item.blocking,
            "due": item.due.isoformat(),
            "term": {"kind": item.term.kind.value, "amount": item.term.amount},
        }
        for item in plan.items
    ]


def _audit_new(args: argparse.Namespace, out: TextIO) -> int:
    sheet = audit_template(_edition(args), _unit(args), args.date, args.auditor, args.lang)
    out.write(dump_sheet(sheet, args.format, args.lang))
    return EXIT_OK


def _audit_read(args: argparse.Namespace, out: TextIO) -> int:
    out.write(dump_audit(_read_file(args.file, read_audit_file)))
    return EXIT_OK


def _offer_check(args: argparse.Namespace, out: TextIO) -> int:
    reports: list[tuple[str, CompletenessReport]] = []
    problems: list[str] = []
    for path in args.files:
        try:
            profile = _PROFILES[args.profile]
            reports.append((path, completeness_report(load_offer(Path(path)), profile)))
        except InvalidDocumentError as error:
            problems.extend(_problem_lines(path, error))
    if problems:
        raise _InputError(*problems)
    if args.format == "json":
        payload = [
            {
                "file": path,
                "complete": report.complete,
                "share": str(report.share),
                "present": list(report.present),
                "missing": list(report.missing),
                "failed": [failure.in_(args.lang) for failure in report.failed],
            }
            for path, report in reports
        ]
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        profile = _PROFILES[args.profile]
        texts = [completeness_text(r, profile, args.lang) for _, r in reports]
        out.write("\n\n".join(texts) + "\n")
    return EXIT_OK if all(report.complete for _, report in reports) else EXIT_FELL_SHORT


_PROFILES = {"default": DEFAULT_SITE_PROFILE, "paih-export": PAIH_EXPORT_PROFILE}


def _deadline(args: argparse.Namespace, out: TextIO) -> int:
    unit = next(u for u in ("days", "weeks", "months", "years") if getattr(args, u) is not None)
    deadline = explain_kpa_deadline(args.date, **{unit: getattr(args, unit)})
    out.write(f"{deadline.end.isoformat()}\n{deadline.explain(args.lang)}\n")
    return EXIT_OK


def _timeline(args: argparse.Namespace, out: TextIO) -> int:
    project = PROJECTS[args.project]
    lang = Lang(args.lang)
    if args.format == "json":
        if args.on is None:
            out.write(dump_timeline(project))
        else:
            phase = phase_on(project, args.on)
            where = {
                "on": args.on.isoformat(),
                "inside": project.contains(args.on),
                "phase": phase.id if phase else None,
                "working_days_left": working_days_left(project, args.on),
            }
            document = {"timeline": json.loads(dump_timeline(project)), "where": where}
            out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    lines = [f"{project.name.in_(lang)}: {project.start} - {project.end}"]
    lines += [f"  {p.start} - {p.end}  {p.id}  {p.name.in_(lang)}" for p in project.phases]
    lines += [f"  {m.day}  {m.id}  {m.name.in_(lang)}" for m in project.milestones]
    if args.on is not None:
        lines.append(_where(project, args.on, lang))
    out.write("\n".join(lines) + "\n")
    return EXIT_OK


def _where(project: ProjectTimeline, day: dt.date, lang: Lang) -> str:
    """Where ``day`` falls: in a phase, inside a project that records no phases, or how many
    working days before its start or after its end."""
    if day < project.start:
        before = working_days_between(day, project.start)
        days = WORKING_DAYS_NOUN.count(before, lang)
        return f"{day}: " + _BEFORE.in_(lang).format(days=days, start=project.start)
    if day > project.end:
        after = working_days_between(project.end, day)
        days = WORKING_DAYS_NOUN.count(after, lang)
        return f"{day}: " + _AFTER.in_(lang).format(days=days, end=project.end)
    phase = phase_on(project, day)
    where = phase.name.in_(lang) if phase else _INSIDE.in_(lang)
    return f"{day}: {where}; {_DAYS_LEFT.in_(lang)}: {working_days_left(project, day)}"


_INSIDE = Text(
    "w okresie projektu (bez zapisanych etapów)", "inside the project (no phases recorded)"
)
_BEFORE = Text(
    "przed projektem: {days} do jego rozpoczęcia ({start})",
    "before the project: {days} to its start ({start})",
)
_AFTER = Text(
    "po projekcie: {days} po jego zakończeniu ({end})",
    "after the project: {days} after its end ({end})",
)


_DAYS_LEFT = Text("dni robocze do końca projektu", "working days to the project's end")


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    out.write(json.dumps(json_schema(args.name), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _lines(error: BaseException) -> list[str]:
    """An error's message as lines, without the summary line of a multi-problem error."""
    message = error.in_(_LANG.get()) if isinstance(error, InvestorStandardError) else str(error)
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    return lines[1:] if len(lines) > 1 else lines


_LANGUAGES = [lang.value for lang in Lang]


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    handler: Callable[..., int],
) -> argparse.ArgumentParser:
    """A (sub)command with its --lang option and its handler."""
    sub = commands.add_parser(name, help=help_text, description=help_text)
    _common_options(sub, default=argparse.SUPPRESS)
    sub.set_defaults(handler=handler)
    return sub


def _common_options(parser: argparse.ArgumentParser, default: object) -> None:
    """--lang and --all, taken before the command (where they have their defaults) or after
    it (where they are only set when given, so as not to undo the first)."""
    parser.add_argument(
        "--lang", choices=_LANGUAGES, default=default, help="pl or en (default: en)"
    )
    parser.add_argument(
        "--all",
        action="store_true",
        default=default,
        help=f"report every problem, not only the first {_FIRST_PROBLEMS}",
    )


def _edition_option(sub: argparse.ArgumentParser, *, per_audit: bool = False) -> None:
    """``--edition``; for commands that read audits (``per_audit``) its default is None,
    each audit then read under the edition it names."""
    sub.add_argument(
        "--edition",
        choices=sorted(EDITIONS),
        default=None if per_audit else LUBELSKIE_2019.id,
        help="decide under this edition (default: the edition each audit names)"
        if per_audit
        else None,
    )


def _unit_arguments(sub: argparse.ArgumentParser) -> None:
    """The unit a command is about, by code or name, as :func:`_unit` reads it."""
    sub.add_argument(
        "unit",
        metavar="UNIT",
        help="the unit's TERYT code (e.g. 0608011) or its name, if no other unit has it",
    )
    sub.add_argument("--name", help="the unit's name (default: the register's)")
    sub.add_argument(
        "--allow-unregistered",
        action="store_true",
        help="accept a well-formed code the register (as of 2020-01-01) does not know",
    )


def _assessment_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    catalogue = _command(commands, "catalogue", "print the standard's requirements", _catalogue)
    catalogue.add_argument("--format", choices=["text", "json", "md"], default="text")
    _edition_option(catalogue)

    checklist = _command(
        commands, "checklist", "print the audit checklist for one unit", _checklist
    )
    _unit_arguments(checklist)
    checklist.add_argument("--format", choices=["text", "md", "csv"], default="text")
    _edition_option(checklist)

    audit = commands.add_parser("audit", help="make an audit sheet, or read a filled one")
    actions = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    new = _command(
        actions,
        "new",
        "write a blank audit sheet for one unit: every applicable requirement, its level and "
        "the evidence it expects, with empty cells to fill in",
        _audit_new,
    )
    _unit_arguments(new)
    new.add_argument("--date", type=_date, metavar="DATE", help="the audit's day, YYYY-MM-DD")
    new.add_argument("--auditor", default="", help="who audits")
    new.add_argument("--format", choices=["csv", "md", "json"], default="csv")
    _edition_option(new)
    read = _command(
        actions,
        "read",
        "read a filled audit sheet (.csv, .md or .json) and write its audit document; every "
        "problem is named by row and column",
        _audit_read,
    )
    read.add_argument("file", metavar="SHEET", help="the filled sheet: .csv, .md or .json")

    evaluate = _command(
        commands,
        "evaluate",
        "decide on audits read from JSON documents or filled sheets",
        _evaluate,
    )
    evaluate.add_argument("files", metavar="AUDIT", nargs="+", help=".json, .csv or .md")
    evaluate.add_argument("--format", choices=["text", "json", "md"], default="text")
    evaluate.add_argument(
        "--plan", action="store_true", help="add the remediation plan after each decision"
    )
    evaluate.add_argument(
        "--as-of",
        type=_date,
        metavar="DATE",
        help="with --plan: count the terms from DATE (default: the day of the audit)",
    )
    _edition_option(evaluate, per_audit=True)

    verify = _command(
        commands,
        "verify",
        "decide the audit behind a recorded decision again and say whether it still holds",
        _verify,
    )
    verify.add_argument("decision", metavar="DECISION.json", help="a decision document")
    verify.add_argument("audit", metavar="AUDIT", help="the audit it records: .json, .csv or .md")
    _edition_option(verify, per_audit=True)


def _other_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    jst = _command(commands, "jst", "look up local governments in the register (GUS TERC)", _jst)
    jst.add_argument("lookup", metavar="LOOKUP", help="a TERYT code or a name, e.g. Lubartów")
    jst.add_argument(
        "--list", action="store_true", help="list the units inside that voivodeship or county"
    )
    jst.add_argument(
        "--kind",
        action="append",
        default=[],
        choices=[kind.value for kind in JstKind],
        help="with --list: only units of this kind (may be repeated)",
    )
    jst.add_argument("--format", choices=["text", "json"], default="text")

    deadline = _command(commands, "deadline", "the end of a term under art. 57 KPA", _deadline)
    deadline.add_argument("date", metavar="DATE", type=_date, help="the event day, YYYY-MM-DD")
    units = deadline.add_mutually_exclusive_group(required=True)
    for unit in ("days", "weeks", "months", "years"):
        units.add_argument(f"--{unit}", type=_count, metavar="N")

    timeline = _command(commands, "timeline", "the project's phases and milestones", _timeline)
    timeline.add_argument("--on", type=_date, metavar="DATE", help="say where DATE falls")
    timeline.add_argument("--project", choices=sorted(PROJECTS), default=LUBELSKIE_PROJECT.id)
    timeline.add_argument("--format", choices=["text", "json"], default="text")

    offer = commands.add_parser("offer", help="work with investment offers (site cards)")
    actions = offer.add_subparsers(dest="offer_command", required=True, metavar="ACTION")
    check = _command(actions, "check", "report how complete site cards are", _offer_check)
    check.add_argument("files", metavar="CARD.json", nargs="+")
    check.add_argument(
        "--profile",
        choices=sorted(_PROFILES),
        default="default",
        help="what to expect: the default fields, or those and PAIH's limits for an export",
    )
    check.add_argument("--format", choices=["text", "json"], default="text")

    schema = _command(commands, "schema", "print the JSON Schema of a document kind", _schema)
    schema.add_argument("name", choices=[kind.value for kind in DocumentKind], metavar="NAME")


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser (the documentation's command reference is made from it).

    >>> arguments = build_parser().parse_args(["deadline", "2023-06-07", "--days", "1"])
    >>> arguments.command, arguments.days
    ('deadline', 1)
    """
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="The Polish investor-service standard (Standardy Obsługi Inwestora).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common_options(parser, default=None)
    parser.set_defaults(lang=Lang.EN.value, all=False)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _assessment_commands(commands)
    _other_commands(commands)
    return parser


def _lang_named(arguments: Sequence[str]) -> Lang:
    """The language ``--lang`` names among ``arguments`` (before or after the command), so
    that messages given while the arguments are parsed speak it; English otherwise."""
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        value = None
        if argument == "--lang" and index + 1 < len(arguments):
            value = arguments[index + 1]
        elif argument.startswith("--lang="):
            value = argument.removeprefix("--lang=")
        if value in _LANGUAGES:
            return Lang(value)
    return Lang.EN


def _not_utf8(arguments: Iterable[str]) -> list[str]:
    """A line for each argument that was not valid UTF-8 (Python keeps its bytes as lone
    surrogates, which no file name or value of ours can use)."""
    return [
        _said(
            Text(
                f"argument {number} ({argument!r}) nie jest poprawnym UTF-8",
                f"argument {number} ({argument!r}) is not valid UTF-8",
            )
        )
        for number, argument in enumerate(arguments, start=1)
        if any("\ud800" <= char <= "\udfff" for char in argument)
    ]


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments); return the exit status.

    Messages, those of parsing the arguments included, are in the language ``--lang``
    names (argparse's own framing, such as ``usage:``, stays in English).

    >>> import io
    >>> out = io.StringIO()
    >>> main(["jst", "0608011"], out=out)
    0
    >>> print(out.getvalue().strip())
    Lubartów (urban gmina, TERYT 0608011), powiat lubartowski, województwo lubelskie
    (1 from the GUS TERC register as of 2020-01-01)
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    token = _LANG.set(_lang_named(arguments))
    try:
        return _run(arguments, out if out is not None else sys.stdout)
    finally:
        _LANG.reset(token)


def _run(arguments: list[str], out: TextIO) -> int:
    show_all = "--all" in arguments
    lines = _not_utf8(arguments)
    if not lines:
        args = build_parser().parse_args(arguments)
        show_all = args.all
        handler: Callable[[argparse.Namespace, TextIO], int] = args.handler
        try:
            return handler(args, out)
        except _InputError as error:
            lines = list(error.lines)
        except InvestorStandardError as error:
            lines = _lines(error)
    if len(lines) > _FIRST_PROBLEMS and not show_all:
        more = len(lines) - _FIRST_PROBLEMS
        lines = [
            *lines[:_FIRST_PROBLEMS],
            _said(Text(f"… i {more} więcej (użyj --all)", f"… and {more} more (use --all)")),
        ]
    sys.stderr.writelines(f"{PROG}: error: {line}\n" for line in lines)
    return EXIT_INVALID_INPUT
