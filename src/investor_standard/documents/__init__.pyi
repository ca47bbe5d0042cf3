"""The public names of ``investor_standard.documents``, one line each (read at run time too)."""

from .codec import (
    MAX_DOCUMENT_BYTES as MAX_DOCUMENT_BYTES,
    MIGRATIONS as MIGRATIONS,
    SCHEMA_VERSION as SCHEMA_VERSION,
    DocumentKind as DocumentKind,
    DocumentSource as DocumentSource,
    check_unicode as check_unicode,
    document_text as document_text,
    dump_audit as dump_audit,
    dump_decision as dump_decision,
    dump_edition as dump_edition,
    dump_investor_tab as dump_investor_tab,
    dump_offer as dump_offer,
    dump_timeline as dump_timeline,
    load_audit as load_audit,
    load_decision as load_decision,
    load_edition as load_edition,
    load_investor_tab as load_investor_tab,
    load_offer as load_offer,
    load_timeline as load_timeline,
    lone_surrogates as lone_surrogates,
    parse_json as parse_json,
    read_limited as read_limited,
)
from .converter import (
    FAST as FAST,
    PROBLEM_BUDGET as PROBLEM_BUDGET,
    TooManyProblems as TooManyProblems,
    detailed_converter as detailed_converter,
    json_type_name as json_type_name,
    make_converter as make_converter,
)
from .schema import (
    BEYOND_THE_SCHEMA as BEYOND_THE_SCHEMA,
    BeyondTheSchema as BeyondTheSchema,
    json_schema as json_schema,
)
from .sheets import (
    SHEET_FORMATS as SHEET_FORMATS,
    AuditSheet as AuditSheet,
    audit_sheet as audit_sheet,
    audit_template as audit_template,
    dump_sheet as dump_sheet,
    read_audit_file as read_audit_file,
    read_sheet as read_sheet,
    sheet_format_of as sheet_format_of,
)
