"""The public names of ``investor_standard.workdays``, one line each (read at run time too)."""

from .arithmetic import (
    WORKING_DAYS_NOUN as WORKING_DAYS_NOUN,
    add_working_days as add_working_days,
    check_date as check_date,
    is_working_day as is_working_day,
    next_working_day as next_working_day,
    working_days_between as working_days_between,
)
from .days_off import (
    DAY_OFF_RULES as DAY_OFF_RULES,
    FIRST_YEAR as FIRST_YEAR,
    LAST_YEAR as LAST_YEAR,
    DayOff as DayOff,
    DayOffRule as DayOffRule,
    check_year as check_year,
    public_holidays as public_holidays,
    statutory_days_off as statutory_days_off,
)
from .deadlines import (
    KPA_PROVENANCE as KPA_PROVENANCE,
    Deadline as Deadline,
    Shift as Shift,
    TermUnit as TermUnit,
    explain_kpa_deadline as explain_kpa_deadline,
    kpa_deadline as kpa_deadline,
)
