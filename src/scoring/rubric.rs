//! The rubric (年度考核细则): dimensions, indicators and their rules, bonuses, vetoes, grade
//! bands and tie-breakers, as a versioned JSON document, and its validation.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::{ScoringError, at};
use super::evidence::{EvidenceKey, ValueKind};
use super::points::{Points, Rate};

/// The JSON Schema pattern of ids in a rubric.
const ID_PATTERN: &str = r"^[a-z][a-z0-9_]*$";

/// A rubric document, tagged with its format version (考核细则文件).
///
/// The version is the string field `format_version`; version `"1"` is [`RubricV1`]. A later
/// version will be another variant with a migration to the current form, so documents written
/// today keep loading.
///
/// # Examples
///
/// ```
/// use township_congress::scoring::RubricDocument;
///
/// let doc: RubricDocument = serde_json::from_str(township_congress::scoring::DEFAULT_RUBRIC_JSON)?;
/// let RubricDocument::V1(v1) = &doc else { return Err("not version 1".into()) };
/// assert_eq!(v1.dimensions.len(), 5);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "考核细则文件")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "format_version")]
#[non_exhaustive]
pub enum RubricDocument {
    /// Version 1.
    #[serde(rename = "1")]
    V1(RubricV1),
}

/// Version 1 of the rubric document (考核细则).
///
/// Every indicator's maximum (`points`) adds up to its dimension's `points`, and the
/// dimensions' to `total`. Bonuses come on top, up to `bonus.cap`; vetoes cap the grade
/// whatever the total. See [`Rubric`](super::Rubric) for the rules a document must follow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
#[doc(alias = "考核细则")]
pub struct RubricV1 {
    /// The rubric's name, e.g. `某县乡镇人大工作年度考核细则（2026）`.
    pub name: String,
    /// The points of all dimensions (百分制: 100).
    pub total: Points,
    /// The dimensions (考核维度), in the order they are reported.
    pub dimensions: Vec<Dimension>,
    /// Bonus items and their cap (加分项).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus: Option<Bonus>,
    /// Veto items (一票否决).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vetoes: Vec<Veto>,
    /// Grade bands from the best down (等次).
    pub grades: Vec<GradeBand>,
    /// How townships with the same total are ordered, in turn (同分排序); when all are equal
    /// they share a rank.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tie_breaks: Vec<TieBreak>,
}

/// One dimension of the assessment (考核维度), such as 自身建设.
#[doc(alias = "考核维度")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Dimension {
    /// A stable id, e.g. `self_building`.
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    /// Chinese name, e.g. `自身建设`.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Its maximum: the sum of its indicators' maxima.
    pub points: Points,
    /// Its indicators.
    pub indicators: Vec<Indicator>,
}

/// One indicator (考核指标): the evidence it reads, its maximum and how it scores.
#[doc(alias = "考核指标")]
#[doc(alias = "指标")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Indicator {
    /// A stable id, unique in the rubric.
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Where the requirement comes from: a report section (`调研报告 二(三)1`), a law article
    /// (`组织法2022 第十四条第一款`) or a county document.
    pub source: String,
    /// The evidence item it reads, by name (see [`EvidenceKey`]).
    #[schemars(with = "EvidenceKey")]
    pub evidence: String,
    /// Its maximum (满分).
    pub points: Points,
    /// How it scores.
    pub rule: Rule,
    /// Points when the evidence is absent (无证据时得分); 0 unless set.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub if_absent: Points,
    /// Free labels, e.g. the "12345" requirement it serves (`12345:3.venue`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

fn is_zero(p: &Points) -> bool {
    *p == Points::ZERO
}

/// How an indicator turns its evidence into points (计分规则). Every rule gives between 0 and
/// the indicator's maximum.
///
/// # Examples
///
/// ```
/// use township_congress::scoring::{Points, Rule};
///
/// let rule: Rule = serde_json::from_str(r#"{ "kind": "rate_bands", "bands": [
///     { "at_least": { "num": 95, "den": 100 }, "points": "2" },
///     { "at_least": { "num": 9, "den": 10 }, "points": "1" } ] }"#)?;
/// assert_eq!(rule.name(), "rate_bands");
/// let deduction: Rule = serde_json::from_str(r#"{ "kind": "deduction", "per": "0.5" }"#)?;
/// assert_eq!(deduction, Rule::Deduction { per: Points::from_hundredths(50), floor: Points::ZERO });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "计分规则")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Rule {
    /// Yes/no evidence: the maximum for yes, 0 for no (是否).
    YesNo {},
    /// Count evidence against a target: `max × min(count, target) / target`, rounded down to
    /// the hundredth (按目标比例, 封顶).
    CountTarget {
        /// The count that earns the maximum, at least 1.
        target: u32,
    },
    /// Count evidence in bands: the first band whose threshold the count reaches (分档).
    CountBands {
        /// From the highest threshold down; the first gives the maximum.
        bands: Vec<CountBand>,
    },
    /// Rate evidence in bands: the first band whose threshold the rate reaches, bound included
    /// (按比率分档).
    RateBands {
        /// From the highest threshold down; the first gives the maximum.
        bands: Vec<RateBand>,
    },
    /// Rate evidence, proportionally: `max × rate`, rounded down to the hundredth (按比率).
    RateLinear {},
    /// Level evidence: the points listed for the level, 0 for a level not listed (分等级).
    Levels {
        /// Each level once; the best gives the maximum.
        levels: Vec<LevelPoints>,
    },
    /// Count evidence of failings: the maximum less `per` for each, not below `floor`
    /// (每次扣分, 扣完为止).
    Deduction {
        /// Points taken off per occurrence, more than 0.
        per: Points,
        /// The least it can give; 0 (扣完为止) unless set.
        #[serde(default, skip_serializing_if = "is_zero")]
        floor: Points,
    },
    /// Count evidence of merits: `per` for each, up to the maximum (每次加分, 封顶).
    PerOccurrence {
        /// Points per occurrence, more than 0.
        per: Points,
    },
}

impl Rule {
    /// The rule's name on the wire.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        match self {
            Self::YesNo {} => "yes_no",
            Self::CountTarget { .. } => "count_target",
            Self::CountBands { .. } => "count_bands",
            Self::RateBands { .. } => "rate_bands",
            Self::RateLinear {} => "rate_linear",
            Self::Levels { .. } => "levels",
            Self::Deduction { .. } => "deduction",
            Self::PerOccurrence { .. } => "per_occurrence",
        }
    }

    /// The kind of evidence it reads.
    #[must_use]
    pub const fn reads(&self) -> ValueKind {
        match self {
            Self::YesNo {} => ValueKind::YesNo,
            Self::CountTarget { .. }
            | Self::CountBands { .. }
            | Self::Deduction { .. }
            | Self::PerOccurrence { .. } => ValueKind::Count,
            Self::RateBands { .. } | Self::RateLinear {} => ValueKind::Rate,
            Self::Levels { .. } => ValueKind::Level,
        }
    }
}

/// A band on a count: at least `at_least` gives `points`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[doc(alias = "数量档次")]
pub struct CountBand {
    /// The threshold, bound included (以上).
    pub at_least: u32,
    /// The points.
    pub points: Points,
}

/// A band on a rate: at least `at_least` gives `points`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[doc(alias = "比率档次")]
pub struct RateBand {
    /// The threshold as an exact fraction, bound included (以上): `{"num": 95, "den": 100}`.
    pub at_least: Rate,
    /// The points.
    pub points: Points,
}

/// The points of one level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[doc(alias = "等级分值")]
pub struct LevelPoints {
    /// The level.
    pub level: u8,
    /// The points.
    pub points: Points,
}

/// Bonus items and the cap on their sum (加分项, 加分封顶).
#[doc(alias = "加分项")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Bonus {
    /// The most all bonuses together add, more than 0.
    pub cap: Points,
    /// The items; each is worth at most the cap.
    pub items: Vec<Indicator>,
}

/// A veto item (一票否决): when triggered, the grade is at best `caps_grade`, whatever the
/// total.
#[doc(alias = "一票否决")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Veto {
    /// A stable id, unique in the rubric.
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Where the rule comes from.
    pub source: String,
    /// The evidence item it reads, by name.
    #[schemars(with = "EvidenceKey")]
    pub evidence: String,
    /// What triggers it. Absent evidence never does.
    pub trigger: VetoTrigger,
    /// The id of the best grade a township can get once triggered.
    pub caps_grade: String,
}

/// What triggers a veto.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
#[doc(alias = "一票否决情形")]
pub enum VetoTrigger {
    /// Yes/no evidence that is yes.
    Yes {},
    /// Yes/no evidence that is no.
    No {},
    /// Count evidence of at least `count`.
    CountAtLeast {
        /// The threshold, at least 1.
        count: u32,
    },
}

impl VetoTrigger {
    /// The kind of evidence it reads.
    #[must_use]
    pub const fn reads(&self) -> ValueKind {
        match self {
            Self::Yes {} | Self::No {} => ValueKind::YesNo,
            Self::CountAtLeast { .. } => ValueKind::Count,
        }
    }
}

/// A grade band (等次): totals of at least `at_least` get this grade, unless a better band
/// applies.
#[doc(alias = "等次")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct GradeBand {
    /// A stable id, e.g. `excellent`.
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    /// Chinese name, e.g. `优秀`.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// The lowest total of the band, bound included (以上).
    pub at_least: Points,
}

/// A tie-breaker: how two townships with the same total are ordered (同分排序).
#[doc(alias = "同分排序")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum TieBreak {
    /// The higher subtotal of a dimension ranks first.
    Dimension {
        /// The dimension's id.
        id: String,
    },
    /// The higher bonus ranks first.
    Bonus {},
    /// The township's name, in Unicode order, ranks first: ends every tie, arbitrarily.
    Township {},
}

/// Building a document in Rust; JSON is the usual way in.
///
/// # Examples
///
/// ```
/// use township_congress::scoring::{
///     Dimension, GradeBand, Indicator, Points, Rubric, RubricDocument, RubricV1, Rule,
/// };
///
/// let held = Indicator::new("held", "召开人代会", "Sessions held", "组织法2022 第十四条第一款",
///     "sessions_floor_met", Points::whole(10), Rule::YesNo {});
/// let doc = RubricV1::new("试行细则", Points::whole(10),
///     vec![Dimension::new("sessions", "会议召开", "Sessions", Points::whole(10), vec![held])],
///     vec![GradeBand::new("pass", "合格", "Pass", Points::whole(6)),
///          GradeBand::new("fail", "不合格", "Fail", Points::ZERO)]);
/// let rubric = Rubric::from_document(RubricDocument::V1(doc))?;
/// assert_eq!(rubric.grades().len(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl RubricV1 {
    /// A document with its name, total, dimensions and grades; no bonus, veto or tie-breaker.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        total: Points,
        dimensions: Vec<Dimension>,
        grades: Vec<GradeBand>,
    ) -> Self {
        Self {
            name: name.into(),
            total,
            dimensions,
            bonus: None,
            vetoes: Vec::new(),
            grades,
            tie_breaks: Vec::new(),
        }
    }

    /// With bonus items.
    #[must_use]
    pub fn with_bonus(mut self, bonus: Bonus) -> Self {
        self.bonus = Some(bonus);
        self
    }

    /// With veto items.
    #[must_use]
    pub fn with_vetoes(mut self, vetoes: Vec<Veto>) -> Self {
        self.vetoes = vetoes;
        self
    }

    /// With tie-breakers.
    #[must_use]
    pub fn with_tie_breaks(mut self, tie_breaks: Vec<TieBreak>) -> Self {
        self.tie_breaks = tie_breaks;
        self
    }
}

impl Dimension {
    /// A dimension.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        name_zh: impl Into<String>,
        name_en: impl Into<String>,
        points: Points,
        indicators: Vec<Indicator>,
    ) -> Self {
        Self {
            id: id.into(),
            name_zh: name_zh.into(),
            name_en: name_en.into(),
            points,
            indicators,
        }
    }
}

impl Indicator {
    /// An indicator reading the evidence named `evidence`, scoring 0 without it, untagged.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        name_zh: impl Into<String>,
        name_en: impl Into<String>,
        source: impl Into<String>,
        evidence: impl Into<String>,
        points: Points,
        rule: Rule,
    ) -> Self {
        Self {
            id: id.into(),
            name_zh: name_zh.into(),
            name_en: name_en.into(),
            source: source.into(),
            evidence: evidence.into(),
            points,
            rule,
            if_absent: Points::ZERO,
            tags: Vec::new(),
        }
    }

    /// With the points given when the evidence is absent.
    #[must_use]
    pub const fn with_if_absent(mut self, if_absent: Points) -> Self {
        self.if_absent = if_absent;
        self
    }

    /// With tags.
    #[must_use]
    pub fn with_tags(mut self, tags: Vec<String>) -> Self {
        self.tags = tags;
        self
    }
}

impl Bonus {
    /// Bonus items under a cap.
    #[must_use]
    pub const fn new(cap: Points, items: Vec<Indicator>) -> Self {
        Self { cap, items }
    }
}

impl Veto {
    /// A veto item.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        name_zh: impl Into<String>,
        name_en: impl Into<String>,
        source: impl Into<String>,
        evidence: impl Into<String>,
        trigger: VetoTrigger,
        caps_grade: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            name_zh: name_zh.into(),
            name_en: name_en.into(),
            source: source.into(),
            evidence: evidence.into(),
            trigger,
            caps_grade: caps_grade.into(),
        }
    }
}

impl GradeBand {
    /// A grade band.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        name_zh: impl Into<String>,
        name_en: impl Into<String>,
        at_least: Points,
    ) -> Self {
        Self {
            id: id.into(),
            name_zh: name_zh.into(),
            name_en: name_en.into(),
            at_least,
        }
    }
}

/// A tie-breaker resolved against the rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tie {
    Dimension(usize),
    Bonus,
    Township,
}

/// An indicator resolved against the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Compiled {
    pub(crate) key: EvidenceKey,
    pub(crate) max: Points,
    pub(crate) if_absent: Points,
    pub(crate) rule: Rule,
}

/// A veto resolved against the catalogue and the grades.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CompiledVeto {
    pub(crate) key: EvidenceKey,
    pub(crate) trigger: VetoTrigger,
    pub(crate) caps: usize,
}

/// Everything scoring needs, resolved once when the document is validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Plan {
    pub(crate) dimensions: Vec<Vec<Compiled>>,
    pub(crate) bonus_cap: Points,
    pub(crate) bonus: Vec<Compiled>,
    pub(crate) vetoes: Vec<CompiledVeto>,
    /// Grade thresholds, best first.
    pub(crate) grades: Vec<Points>,
    pub(crate) ties: Vec<Tie>,
}

/// Ids seen so far, with where.
#[derive(Default)]
struct Ids<'d>(BTreeMap<&'d str, String>);

impl<'d> Ids<'d> {
    fn claim(&mut self, id: &'d str, path: String) -> Result<(), ScoringError> {
        let valid = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !valid {
            return Err(ScoringError::InvalidId {
                path,
                id: crate::limits::excerpt(id),
            });
        }
        if let Some(first) = self.0.get(id) {
            return Err(ScoringError::DuplicateId {
                path,
                id: crate::limits::excerpt(id),
                first: first.clone(),
            });
        }
        self.0.insert(id, path);
        Ok(())
    }
}

fn text(value: &str, path: String, what: &'static str) -> Result<(), ScoringError> {
    if value.trim().is_empty() {
        Err(ScoringError::EmptyText { path, what })
    } else {
        Ok(())
    }
}

fn positive(value: Points, path: String) -> Result<(), ScoringError> {
    if value.is_positive() {
        Ok(())
    } else {
        Err(ScoringError::NotPositive { path, found: value })
    }
}

fn within(
    value: Points,
    max: Points,
    path: String,
    what: &'static str,
) -> Result<(), ScoringError> {
    if value.is_negative() {
        Err(ScoringError::Negative { path, found: value })
    } else if value > max {
        Err(ScoringError::AboveMaximum {
            path,
            what,
            found: value,
            max,
        })
    } else {
        Ok(())
    }
}

fn evidence(
    name: &str,
    path: String,
    needs: ValueKind,
    rule: &'static str,
) -> Result<EvidenceKey, ScoringError> {
    let key = EvidenceKey::from_name(name).ok_or_else(|| ScoringError::UnknownEvidence {
        path: path.clone(),
        name: crate::limits::excerpt(name),
    })?;
    if key.kind() != needs {
        return Err(ScoringError::WrongEvidenceKind {
            path,
            rule,
            evidence: key,
            needs,
            has: key.kind(),
        });
    }
    Ok(key)
}

/// Checks a list of bands: not empty, thresholds strictly falling, points within the maximum
/// and not rising, the first giving the maximum.
fn bands<T: Copy + std::fmt::Display>(
    bands: &[(T, Points)],
    path: &str,
    max: Points,
    falls: impl Fn(T, T) -> bool,
) -> Result<(), ScoringError> {
    let Some((_, best)) = bands.first() else {
        return Err(ScoringError::Empty {
            path: path.to_owned(),
            what: "band",
        });
    };
    for (i, (threshold, points)) in bands.iter().enumerate() {
        within(*points, max, at(&at(path, i), "points"), "a band")?;
        if let Some(prev) = i.checked_sub(1).and_then(|p| bands.get(p)) {
            if !falls(prev.0, *threshold) {
                return Err(ScoringError::BandsOutOfOrder {
                    path: at(&at(path, i), "at_least"),
                    previous: prev.0.to_string(),
                    found: threshold.to_string(),
                });
            }
            if *points > prev.1 {
                return Err(ScoringError::BandPointsRise {
                    path: at(&at(path, i), "points"),
                    previous: prev.1,
                    found: *points,
                });
            }
        }
    }
    if *best != max {
        return Err(ScoringError::BestBelowMaximum {
            path: at(&at(path, 0), "points"),
            best: *best,
            max,
        });
    }
    Ok(())
}

fn indicator<'d>(
    ind: &'d Indicator,
    path: &str,
    ids: &mut Ids<'d>,
) -> Result<Compiled, ScoringError> {
    ids.claim(&ind.id, at(path, "id"))?;
    text(&ind.name_zh, at(path, "name_zh"), "a Chinese name")?;
    text(&ind.name_en, at(path, "name_en"), "an English name")?;
    text(&ind.source, at(path, "source"), "the source")?;
    let key = evidence(
        &ind.evidence,
        at(path, "evidence"),
        ind.rule.reads(),
        ind.rule.name(),
    )?;
    let max = ind.points;
    positive(max, at(path, "points"))?;
    within(
        ind.if_absent,
        max,
        at(path, "if_absent"),
        "the score without evidence",
    )?;
    let rule = at(path, "rule");
    match &ind.rule {
        Rule::YesNo {} | Rule::RateLinear {} => {}
        Rule::CountTarget { target } => {
            if *target == 0 {
                return Err(ScoringError::ZeroTarget {
                    path: at(&rule, "target"),
                });
            }
        }
        Rule::CountBands { bands: b } => {
            let list: Vec<(u32, Points)> = b.iter().map(|x| (x.at_least, x.points)).collect();
            bands(&list, &at(&rule, "bands"), max, |hi, lo| lo < hi)?;
        }
        Rule::RateBands { bands: b } => {
            let list: Vec<(Rate, Points)> = b.iter().map(|x| (x.at_least, x.points)).collect();
            bands(&list, &at(&rule, "bands"), max, |hi, lo| {
                lo.cmp_value(hi) == std::cmp::Ordering::Less
            })?;
        }
        Rule::Levels { levels } => check_levels(levels, &at(&rule, "levels"), key, max)?,
        Rule::Deduction { per, floor } => {
            positive(*per, at(&rule, "per"))?;
            within(*floor, max, at(&rule, "floor"), "the floor")?;
        }
        Rule::PerOccurrence { per } => positive(*per, at(&rule, "per"))?,
    }
    Ok(Compiled {
        key,
        max,
        if_absent: ind.if_absent,
        rule: ind.rule.clone(),
    })
}

/// A levels rule: each level within the evidence's range, once, at most the maximum, the best
/// level worth the maximum.
fn check_levels(
    levels: &[LevelPoints],
    path: &str,
    key: EvidenceKey,
    max: Points,
) -> Result<(), ScoringError> {
    if levels.is_empty() {
        return Err(ScoringError::Empty {
            path: path.to_owned(),
            what: "level",
        });
    }
    let mut seen = [false; 256];
    for (i, l) in levels.iter().enumerate() {
        let here = at(path, i);
        if l.level > key.max_level() {
            return Err(ScoringError::LevelOutOfRange {
                path: at(&here, "level"),
                evidence: key,
                level: l.level,
                max: key.max_level(),
            });
        }
        if let Some(slot) = seen.get_mut(usize::from(l.level)) {
            if *slot {
                return Err(ScoringError::DuplicateLevel {
                    path: at(&here, "level"),
                    level: l.level,
                });
            }
            *slot = true;
        }
        within(l.points, max, at(&here, "points"), "a level")?;
    }
    let best = levels
        .iter()
        .map(|l| l.points)
        .max()
        .unwrap_or(Points::ZERO);
    if best != max {
        return Err(ScoringError::BestBelowMaximum {
            path: at(path, 0),
            best,
            max,
        });
    }
    Ok(())
}

/// Checks a version-1 document and resolves it for scoring.
pub(crate) fn validate(doc: &RubricV1) -> Result<Plan, ScoringError> {
    text(&doc.name, "/name".into(), "the rubric's name")?;
    positive(doc.total, "/total".into())?;
    let mut ids = Ids::default();
    let dimensions = validate_dimensions(doc, &mut ids)?;
    let (bonus_cap, bonus, reachable) = validate_bonus(doc, &mut ids)?;
    let grades = validate_grades(doc, reachable)?;
    let vetoes = validate_vetoes(doc, &mut ids)?;
    let ties = validate_ties(doc)?;
    Ok(Plan {
        dimensions,
        bonus_cap,
        bonus,
        vetoes,
        grades,
        ties,
    })
}

/// The dimensions: ids unique, names given, indicators adding up to each dimension's points
/// and the dimensions to the total.
fn validate_dimensions<'d>(
    doc: &'d RubricV1,
    ids: &mut Ids<'d>,
) -> Result<Vec<Vec<Compiled>>, ScoringError> {
    if doc.dimensions.is_empty() {
        return Err(ScoringError::Empty {
            path: "/dimensions".into(),
            what: "dimension",
        });
    }
    let mut dimension_ids = Ids::default();
    let mut dimensions = Vec::with_capacity(doc.dimensions.len());
    let mut sum = Points::ZERO;
    for (d, dim) in doc.dimensions.iter().enumerate() {
        let path = at("/dimensions", d);
        dimension_ids.claim(&dim.id, at(&path, "id"))?;
        text(&dim.name_zh, at(&path, "name_zh"), "a Chinese name")?;
        text(&dim.name_en, at(&path, "name_en"), "an English name")?;
        positive(dim.points, at(&path, "points"))?;
        if dim.indicators.is_empty() {
            return Err(ScoringError::Empty {
                path: at(&path, "indicators"),
                what: "indicator",
            });
        }
        let mut compiled = Vec::with_capacity(dim.indicators.len());
        let mut parts = Points::ZERO;
        for (i, ind) in dim.indicators.iter().enumerate() {
            compiled.push(indicator(ind, &at(&at(&path, "indicators"), i), ids)?);
            parts = parts.saturating_add(ind.points);
        }
        if parts != dim.points {
            return Err(ScoringError::PointsDoNotAddUp {
                path: at(&path, "points"),
                declared: dim.points,
                sum: parts,
                parts: "indicators",
            });
        }
        sum = sum.saturating_add(dim.points);
        dimensions.push(compiled);
    }
    if sum != doc.total {
        return Err(ScoringError::PointsDoNotAddUp {
            path: "/total".into(),
            declared: doc.total,
            sum,
            parts: "dimensions",
        });
    }
    Ok(dimensions)
}

/// The bonus items, each within the cap; returns the cap, the items and the highest total
/// reachable.
fn validate_bonus<'d>(
    doc: &'d RubricV1,
    ids: &mut Ids<'d>,
) -> Result<(Points, Vec<Compiled>, Points), ScoringError> {
    let (bonus_cap, bonus) = match &doc.bonus {
        None => (Points::ZERO, Vec::new()),
        Some(b) => {
            positive(b.cap, "/bonus/cap".into())?;
            if b.items.is_empty() {
                return Err(ScoringError::Empty {
                    path: "/bonus/items".into(),
                    what: "bonus item",
                });
            }
            let mut items = Vec::with_capacity(b.items.len());
            for (i, ind) in b.items.iter().enumerate() {
                let path = at("/bonus/items", i);
                let c = indicator(ind, &path, ids)?;
                if c.max > b.cap {
                    return Err(ScoringError::BonusCapExceeded {
                        path: at(&path, "points"),
                        item: c.max,
                        cap: b.cap,
                    });
                }
                items.push(c);
            }
            (b.cap, items)
        }
    };
    // Each is at most Points::MAX, so the sum of hundredths cannot overflow.
    if doc.total.hundredths() + bonus_cap.hundredths() > Points::MAX.hundredths() {
        return Err(ScoringError::AboveMaximum {
            path: "/bonus/cap".into(),
            what: "the total plus the bonus cap",
            found: doc.total.saturating_add(bonus_cap),
            max: Points::MAX,
        });
    }
    let reachable = doc.total.saturating_add(bonus_cap);
    Ok((bonus_cap, bonus, reachable))
}

/// The grade bands: highest first, each reachable, the lowest from zero (no gap).
fn validate_grades(doc: &RubricV1, reachable: Points) -> Result<Vec<Points>, ScoringError> {
    if doc.grades.is_empty() {
        return Err(ScoringError::Empty {
            path: "/grades".into(),
            what: "grade",
        });
    }
    let mut grade_ids = Ids::default();
    let mut grades = Vec::with_capacity(doc.grades.len());
    for (g, band) in doc.grades.iter().enumerate() {
        let path = at("/grades", g);
        grade_ids.claim(&band.id, at(&path, "id"))?;
        text(&band.name_zh, at(&path, "name_zh"), "a Chinese name")?;
        text(&band.name_en, at(&path, "name_en"), "an English name")?;
        if band.at_least.is_negative() {
            return Err(ScoringError::Negative {
                path: at(&path, "at_least"),
                found: band.at_least,
            });
        }
        if let Some(previous) = grades.last().copied()
            && band.at_least >= previous
        {
            return Err(ScoringError::GradesOutOfOrder {
                path: at(&path, "at_least"),
                previous,
                found: band.at_least,
            });
        }
        if band.at_least > reachable {
            return Err(ScoringError::GradeUnreachable {
                path: at(&path, "at_least"),
                threshold: band.at_least,
                reachable,
            });
        }
        grades.push(band.at_least);
    }
    if let Some(lowest) = grades.last().copied()
        && lowest != Points::ZERO
    {
        return Err(ScoringError::GradeGap {
            path: at(&at("/grades", grades.len().saturating_sub(1)), "at_least"),
            lowest,
        });
    }
    Ok(grades)
}

/// The vetoes: each reads evidence of the right kind and caps a known grade.
fn validate_vetoes<'d>(
    doc: &'d RubricV1,
    ids: &mut Ids<'d>,
) -> Result<Vec<CompiledVeto>, ScoringError> {
    let mut vetoes = Vec::with_capacity(doc.vetoes.len());
    for (v, veto) in doc.vetoes.iter().enumerate() {
        let path = at("/vetoes", v);
        ids.claim(&veto.id, at(&path, "id"))?;
        text(&veto.name_zh, at(&path, "name_zh"), "a Chinese name")?;
        text(&veto.name_en, at(&path, "name_en"), "an English name")?;
        text(&veto.source, at(&path, "source"), "the source")?;
        let key = evidence(
            &veto.evidence,
            at(&path, "evidence"),
            veto.trigger.reads(),
            "veto",
        )?;
        if let VetoTrigger::CountAtLeast { count: 0 } = veto.trigger {
            return Err(ScoringError::ZeroTarget {
                path: at(&at(&path, "trigger"), "count"),
            });
        }
        let caps = doc
            .grades
            .iter()
            .position(|g| g.id == veto.caps_grade)
            .ok_or_else(|| ScoringError::UnknownGrade {
                path: at(&path, "caps_grade"),
                id: crate::limits::excerpt(&veto.caps_grade),
            })?;
        vetoes.push(CompiledVeto {
            key,
            trigger: veto.trigger,
            caps,
        });
    }
    Ok(vetoes)
}

/// The tie-breaks: each names a dimension of the rubric, the bonus or the township.
fn validate_ties(doc: &RubricV1) -> Result<Vec<Tie>, ScoringError> {
    let mut ties = Vec::with_capacity(doc.tie_breaks.len());
    for (t, tie) in doc.tie_breaks.iter().enumerate() {
        ties.push(match tie {
            TieBreak::Dimension { id } => {
                Tie::Dimension(doc.dimensions.iter().position(|d| d.id == *id).ok_or_else(
                    || ScoringError::UnknownDimension {
                        path: at(&at("/tie_breaks", t), "id"),
                        id: crate::limits::excerpt(id),
                    },
                )?)
            }
            TieBreak::Bonus {} => Tie::Bonus,
            TieBreak::Township {} => Tie::Township,
        });
    }
    Ok(ties)
}

/// A rubric that passed validation (年度考核细则): the only kind that can score.
///
/// Built from a [`RubricDocument`] ([`Rubric::from_document`], [`Rubric::from_json`], or
/// deserializing), which is checked first; its fields are private, so a rubric that validated
/// stays valid. It serializes back as its document.
///
/// # What validation refuses
///
/// Each refusal names its JSON Pointer in the document:
///
/// * points that do not add up: indicators' maxima against their dimension's, dimensions'
///   against `total` ([`ScoringError::PointsDoNotAddUp`]);
/// * points that are zero or negative where they must be positive; a band, level, floor or
///   score-without-evidence above the indicator's maximum; a best band or level that does not
///   give the maximum;
/// * ids repeated (indicator and veto ids across the rubric; dimension ids; grade ids) or not
///   snake_case; empty names or sources; empty lists;
/// * an indicator or veto that reads evidence the catalogue lacks, or of the wrong kind (a
///   rate rule on a count);
/// * bands whose thresholds do not fall strictly, or whose points rise; levels outside the
///   evidence's levels or listed twice; a target of 0;
/// * a bonus item worth more than the bonus cap;
/// * grade bands out of order or overlapping (equal thresholds), the lowest starting above 0
///   (a gap), a band no total can reach; a veto capping at a grade that does not exist;
/// * a tie-breaker naming a dimension that does not exist.
///
/// # Examples
///
/// ```
/// use township_congress::scoring::{Rubric, ScoringError};
///
/// let rubric = Rubric::default_rubric()?;
/// assert_eq!(rubric.dimensions().len(), 5);
/// assert_eq!(rubric.total().to_string(), "100");
///
/// // A dimension whose indicators add up to 4 of its 5 points is refused, with the place.
/// let bad = r#"{
///   "format_version": "1", "name": "试行细则", "total": "5",
///   "dimensions": [{ "id": "sessions", "name_zh": "会议召开", "name_en": "Sessions", "points": "5",
///     "indicators": [{ "id": "held", "name_zh": "召开人代会", "name_en": "Sessions held",
///       "source": "组织法2022 第十四条第一款", "evidence": "sessions_floor_met", "points": "4",
///       "rule": { "kind": "yes_no" } }] }],
///   "grades": [{ "id": "pass", "name_zh": "合格", "name_en": "Pass", "at_least": "0" }]
/// }"#;
/// let Err(ScoringError::PointsDoNotAddUp { path, .. }) = Rubric::from_json(bad) else {
///     return Err("expected a refusal".into());
/// };
/// assert_eq!(path, "/dimensions/0/points");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "年度考核细则")]
#[doc(alias = "考核细则")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "RubricDocument", into = "RubricDocument")]
pub struct Rubric {
    doc: RubricV1,
    plan: Plan,
}

/// The default rubric's document (默认考核细则), described in the
/// [module documentation](crate::scoring#the-default-rubric).
pub const DEFAULT_RUBRIC_JSON: &str = include_str!("default_rubric.json");

/// Getters.
impl Rubric {
    /// Validates a document.
    ///
    /// # Errors
    ///
    /// The first rule the document breaks (see [What validation refuses](Rubric#what-validation-refuses)).
    pub fn from_document(doc: RubricDocument) -> Result<Self, ScoringError> {
        match doc {
            RubricDocument::V1(doc) => {
                let plan = validate(&doc)?;
                Ok(Self { doc, plan })
            }
        }
    }

    /// Reads and validates a JSON document.
    ///
    /// # Errors
    ///
    /// * [`ScoringError::Malformed`] when the text is not a rubric document (with line and
    ///   column; quoting at most a short excerpt of it), or is longer than
    ///   [`DOCUMENT_MAX_CHARS`](crate::limits::DOCUMENT_MAX_CHARS).
    /// * The first rule the document breaks, as [`Rubric::from_document`].
    pub fn from_json(json: &str) -> Result<Self, ScoringError> {
        let malformed = |message: String| ScoringError::Malformed {
            message: crate::limits::bounded_message(&message),
        };
        crate::limits::check_document(json).map_err(|e| malformed(e.to_string()))?;
        let doc: RubricDocument =
            serde_json::from_str(json).map_err(|e| malformed(e.to_string()))?;
        Self::from_document(doc)
    }

    /// The default rubric (默认考核细则): five dimensions, 100 points, up to 5 bonus points,
    /// two vetoes, 优秀 ≥ 90 / 合格 ≥ 80 / 不合格.
    ///
    /// # Errors
    ///
    /// None in practice: the bundled document is validated by the crate's tests. The `Result`
    /// is there because the library never panics.
    pub fn default_rubric() -> Result<Self, ScoringError> {
        Self::from_json(DEFAULT_RUBRIC_JSON)
    }

    /// The document, as validated.
    #[must_use]
    pub const fn document(&self) -> &RubricV1 {
        &self.doc
    }

    /// The rubric's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.doc.name
    }

    /// The points of all dimensions.
    #[must_use]
    pub const fn total(&self) -> Points {
        self.doc.total
    }

    /// The dimensions, in order.
    #[must_use]
    pub fn dimensions(&self) -> &[Dimension] {
        &self.doc.dimensions
    }

    /// The bonus items and cap, if any.
    #[must_use]
    pub const fn bonus(&self) -> Option<&Bonus> {
        self.doc.bonus.as_ref()
    }

    /// The veto items.
    #[must_use]
    pub fn vetoes(&self) -> &[Veto] {
        &self.doc.vetoes
    }

    /// The grade bands, best first.
    #[must_use]
    pub fn grades(&self) -> &[GradeBand] {
        &self.doc.grades
    }

    /// Every indicator (dimensions' then bonus items) carrying `tag`, in order.
    #[must_use]
    pub fn indicators_tagged(&self, tag: &str) -> Vec<&Indicator> {
        let bonus = self.doc.bonus.iter().flat_map(|b| b.items.iter());
        self.doc
            .dimensions
            .iter()
            .flat_map(|d| d.indicators.iter())
            .chain(bonus)
            .filter(|i| i.tags.iter().any(|t| t == tag))
            .collect()
    }

    pub(crate) const fn plan(&self) -> &Plan {
        &self.plan
    }
}

impl TryFrom<RubricDocument> for Rubric {
    type Error = ScoringError;

    fn try_from(doc: RubricDocument) -> Result<Self, ScoringError> {
        Self::from_document(doc)
    }
}

impl From<Rubric> for RubricDocument {
    fn from(rubric: Rubric) -> Self {
        Self::V1(rubric.doc)
    }
}
