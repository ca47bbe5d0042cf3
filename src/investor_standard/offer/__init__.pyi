"""The public names of ``investor_standard.offer``, one line each (read at run time too)."""

from .checks import (
    MAX_ATTACHMENTS as MAX_ATTACHMENTS,
    PLOT_TOLERANCE as PLOT_TOLERANCE,
    CardCheck as CardCheck,
)
from .completeness import (
    DEFAULT_SITE_PROFILE as DEFAULT_SITE_PROFILE,
    DEFAULT_TAB_PROFILE as DEFAULT_TAB_PROFILE,
    PAIH_EXPORT_PROFILE as PAIH_EXPORT_PROFILE,
    CompletenessProfile as CompletenessProfile,
    CompletenessReport as CompletenessReport,
    FieldRule as FieldRule,
    completeness_report as completeness_report,
    completeness_text as completeness_text,
    is_present as is_present,
    value_at as value_at,
)
from .findings import (
    DEFAULT_THRESHOLDS as DEFAULT_THRESHOLDS,
    OFFER_RULES as OFFER_RULES,
    OFFER_RULES_PROVENANCE as OFFER_RULES_PROVENANCE,
    SuggestedFinding as SuggestedFinding,
    SuggestionThresholds as SuggestionThresholds,
    suggest_findings as suggest_findings,
)
from .investor_tab import (
    InvestorTab as InvestorTab,
)
from .site import (
    CARD_RULES as CARD_RULES,
    OFFER_TYPES_PROVENANCE as OFFER_TYPES_PROVENANCE,
    Attachment as Attachment,
    Contact as Contact,
    Descriptions as Descriptions,
    Electricity as Electricity,
    Gas as Gas,
    LandUse as LandUse,
    Location as Location,
    OfferType as OfferType,
    Ownership as Ownership,
    Plot as Plot,
    PlotShape as PlotShape,
    SiteOffer as SiteOffer,
    Telecom as Telecom,
    Terrain as Terrain,
    Transport as Transport,
    Utilities as Utilities,
    Utility as Utility,
    Zoning as Zoning,
)
from .units import (
    CubicMetresPerDay as CubicMetresPerDay,
    Hectares as Hectares,
    Kilometres as Kilometres,
    Kilovolts as Kilovolts,
    LitresPerSecond as LitresPerSecond,
    Megawatts as Megawatts,
    Metres as Metres,
    Millimetres as Millimetres,
    NormalCubicMetresPerHour as NormalCubicMetresPerHour,
    Percent as Percent,
    Quantity as Quantity,
    Zloty as Zloty,
    ZlotyPerSquareMetre as ZlotyPerSquareMetre,
)
