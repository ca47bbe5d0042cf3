"""The public names of ``investor_standard.programme``, one line each (read at run time too)."""

from .indicators import (
    ELIGIBLE_KINDS as ELIGIBLE_KINDS,
    LUBELSKIE_RESULTS as LUBELSKIE_RESULTS,
    TARGET_READING as TARGET_READING,
    ProjectIndicators as ProjectIndicators,
    indicators_from as indicators_from,
    participation_share as participation_share,
)
from .pictures import (
    timeline_svg as timeline_svg,
)
from .projects import (
    LUBELSKIE_PROJECT as LUBELSKIE_PROJECT,
    PROJECTS as PROJECTS,
    UNDATED_PROJECTS as UNDATED_PROJECTS,
    UndatedProject as UndatedProject,
    project as project,
)
from .stages import (
    LUBELSKIE_STAGES as LUBELSKIE_STAGES,
    STAGES_PROVENANCE as STAGES_PROVENANCE,
    ParticipantStage as ParticipantStage,
)
from .study import (
    BEST_SERVING as BEST_SERVING,
    DEFAULT_QUALITY_SCORING as DEFAULT_QUALITY_SCORING,
    MYSTERY_CLIENT_STUDY as MYSTERY_CLIENT_STUDY,
    Channel as Channel,
    JstQuality as JstQuality,
    Probe as Probe,
    ProbeOutcome as ProbeOutcome,
    QualityScoring as QualityScoring,
    RankedJst as RankedJst,
    StudyDesign as StudyDesign,
    quality_by_jst as quality_by_jst,
    rank_local_governments as rank_local_governments,
)
from .timeline import (
    Milestone as Milestone,
    Phase as Phase,
    ProjectTimeline as ProjectTimeline,
    milestones_between as milestones_between,
    phase_on as phase_on,
    working_days_left as working_days_left,
    working_days_until as working_days_until,
)
