//! Scoring a township's evidence under a rubric (考核结果): the totals the ranking uses, and the
//! full scorecard with an explanation for every point.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::evidence::{Evidence, EvidenceKey, Value};
use super::points::{Points, Rate};
use super::rubric::{
    Bonus, Compiled, CompiledVeto, Dimension, GradeBand, Indicator, Rubric, Rule, VetoTrigger,
};
use crate::label::Label;

/// What the ranking needs of a township's score, computed without allocating per indicator
/// (总分): dimension subtotals, bonus, total and grade.
///
/// # Examples
///
/// See [`Rubric::totals`].
#[doc(alias = "总分")]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Totals {
    /// Each dimension's subtotal, in the rubric's order.
    pub dimensions: Vec<Points>,
    /// The dimensions' sum.
    pub subtotal: Points,
    /// The bonus, capped.
    pub bonus: Points,
    /// Subtotal plus bonus.
    pub total: Points,
    /// The grade, as an index into [`Rubric::grades`] (0 the best), after vetoes.
    pub grade: usize,
    /// Whether any veto was triggered.
    pub vetoed: bool,
}

/// A grade, by id and name (等次).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct GradeRef {
    /// The grade's id.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
}

impl From<&GradeBand> for GradeRef {
    fn from(g: &GradeBand) -> Self {
        Self {
            id: g.id.clone(),
            name_zh: g.name_zh.clone(),
            name_en: g.name_en.clone(),
        }
    }
}

/// One indicator's result (指标得分).
#[doc(alias = "指标得分")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct IndicatorScore {
    /// The indicator's id.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Where the requirement comes from.
    pub source: String,
    /// The evidence item read.
    pub evidence_key: EvidenceKey,
    /// Its value; missing when there was no evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Value>,
    /// Points given.
    pub points: Points,
    /// The indicator's maximum.
    pub max: Points,
    /// One sentence in Chinese: the evidence, the rule applied, the points.
    pub explanation_zh: String,
    /// The same sentence in English.
    pub explanation_en: String,
}

/// One dimension's result (维度得分).
#[doc(alias = "维度得分")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DimensionScore {
    /// The dimension's id.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Its subtotal.
    pub points: Points,
    /// Its maximum.
    pub max: Points,
    /// Each indicator, in the rubric's order.
    pub indicators: Vec<IndicatorScore>,
}

/// The bonus result (加分).
#[doc(alias = "加分")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct BonusScore {
    /// The items' sum before the cap.
    pub raw: Points,
    /// The cap.
    pub cap: Points,
    /// The bonus counted: the smaller of `raw` and `cap`.
    pub points: Points,
    /// Each item.
    pub items: Vec<IndicatorScore>,
}

/// One veto item's result (一票否决).
#[doc(alias = "一票否决结果")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct VetoResult {
    /// The veto's id.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Where the rule comes from.
    pub source: String,
    /// The evidence item read.
    pub evidence_key: EvidenceKey,
    /// Its value; missing when there was no evidence (which never triggers a veto).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Value>,
    /// Whether it was triggered.
    pub triggered: bool,
    /// The best grade once triggered.
    pub caps_grade: GradeRef,
    /// One sentence in Chinese.
    pub explanation_zh: String,
    /// The same sentence in English.
    pub explanation_en: String,
}

/// A township's assessment result for a year (考核结果): every indicator with its points, the
/// evidence used and why; subtotals, bonus, vetoes, total and grade.
///
/// Scoring the same evidence under the same rubric gives the same scorecard, byte for byte, in
/// JSON.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use township_congress::scoring::{Evidence, Rubric};
///
/// # let doc = r#"{"township":"青山镇","year":2026,"as_of":"2026-12-31","items":{
/// #   "sessions_floor_met":{"value":{"kind":"yes_no","yes":true},"origin":{"kind":"derived"}}}}"#;
/// let evidence: Evidence = serde_json::from_str(doc)?;
/// let rubric = Rubric::default_rubric()?;
/// let card = rubric.score(&evidence);
/// let held = card.dimensions.iter().flat_map(|d| &d.indicators)
///     .find(|i| i.id == "sessions_floor_met").ok_or("missing")?;
/// assert_eq!(held.points.to_string(), "4");
/// assert_eq!(held.explanation_zh, "达到每年至少举行一次人代会：是，得4分（满分4分）");
/// // Absent evidence is said to be absent, and scores as the rubric says (0 here).
/// let answered = card.dimensions.iter().flat_map(|d| &d.indicators)
///     .find(|i| i.id == "suggestions_answered_on_time").ok_or("missing")?;
/// assert!(answered.evidence.is_none());
/// assert!(answered.explanation_en.starts_with("no evidence"));
/// assert_eq!(serde_json::to_string(&card)?, serde_json::to_string(&rubric.score(&evidence))?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "考核结果")]
#[doc(alias = "记分卡")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Scorecard {
    /// The township.
    pub township: String,
    /// The year assessed.
    pub year: i32,
    /// The cut-off date of the evidence.
    pub as_of: NaiveDate,
    /// The rubric's name.
    pub rubric: String,
    /// Each dimension, in the rubric's order.
    pub dimensions: Vec<DimensionScore>,
    /// The dimensions' sum.
    pub subtotal: Points,
    /// The rubric's total (the most the dimensions give).
    pub max: Points,
    /// The bonus, when the rubric has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus: Option<BonusScore>,
    /// Every veto item, triggered or not.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vetoes: Vec<VetoResult>,
    /// Subtotal plus bonus.
    pub total: Points,
    /// The grade the total alone gives.
    pub grade_by_points: GradeRef,
    /// The grade after vetoes (最终等次).
    pub grade: GradeRef,
}

/// The points `c` gives for `value`: the hot path, no allocation.
pub(crate) fn points(c: &Compiled, value: Option<Value>) -> Points {
    let Some(value) = value else {
        return c.if_absent;
    };
    let max = c.max;
    match (&c.rule, value) {
        (Rule::YesNo {}, Value::YesNo { yes }) => {
            if yes {
                max
            } else {
                Points::ZERO
            }
        }
        (Rule::CountTarget { target }, Value::Count { count }) => {
            let reached = i128::from(count.min(*target));
            let share = i128::from(max.hundredths()) * reached / i128::from((*target).max(1));
            Points::from_hundredths(i64::try_from(share).unwrap_or(i64::MAX))
        }
        (Rule::CountBands { bands }, Value::Count { count }) => bands
            .iter()
            .find(|b| count >= b.at_least)
            .map_or(Points::ZERO, |b| b.points),
        (Rule::RateBands { bands }, Value::Rate { rate }) => bands
            .iter()
            .find(|b| rate.at_least(b.at_least))
            .map_or(Points::ZERO, |b| b.points),
        (Rule::RateLinear {}, Value::Rate { rate }) => rate.share_of(max),
        (Rule::Levels { levels }, Value::Level { level }) => levels
            .iter()
            .find(|l| l.level == level)
            .map_or(Points::ZERO, |l| l.points),
        (Rule::Deduction { per, floor }, Value::Count { count }) => {
            let off = i128::from(per.hundredths()) * i128::from(count);
            let left = (i128::from(max.hundredths()) - off).max(i128::from(floor.hundredths()));
            Points::from_hundredths(i64::try_from(left).unwrap_or(0))
        }
        (Rule::PerOccurrence { per }, Value::Count { count }) => {
            let earned = i128::from(per.hundredths()) * i128::from(count);
            let capped = earned.min(i128::from(max.hundredths()));
            Points::from_hundredths(i64::try_from(capped).unwrap_or(0))
        }
        // Cannot happen: the rubric checked each rule's evidence kind, the evidence each
        // value's kind. A mismatch is treated as no evidence.
        _ => c.if_absent,
    }
}

fn triggered(v: &CompiledVeto, value: Option<Value>) -> bool {
    match (v.trigger, value) {
        (VetoTrigger::Yes {}, Some(Value::YesNo { yes })) => yes,
        (VetoTrigger::No {}, Some(Value::YesNo { yes })) => !yes,
        (VetoTrigger::CountAtLeast { count: n }, Some(Value::Count { count })) => count >= n,
        _ => false,
    }
}

fn grade_of(thresholds: &[Points], total: Points) -> usize {
    thresholds
        .iter()
        .position(|t| total >= *t)
        .unwrap_or(thresholds.len().saturating_sub(1))
}

fn sum(items: &[Compiled], evidence: &Evidence) -> Points {
    items.iter().fold(Points::ZERO, |acc, c| {
        acc.saturating_add(points(c, evidence.get(c.key)))
    })
}

/// Scoring.
impl Rubric {
    /// The totals of `evidence` (总分): what ranking needs, without building explanations.
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::scoring::{Evidence, Rubric};
    ///
    /// # let doc = r#"{"township":"青山镇","year":2026,"as_of":"2026-12-31","items":{
    /// #   "sessions_floor_met":{"value":{"kind":"yes_no","yes":false},"origin":{"kind":"derived"}}}}"#;
    /// let evidence: Evidence = serde_json::from_str(doc)?;
    /// let rubric = Rubric::default_rubric()?;
    /// let totals = rubric.totals(&evidence);
    /// assert_eq!(totals.total, rubric.score(&evidence).total);
    /// // No session held in the year: the veto caps the grade at 不合格.
    /// assert!(totals.vetoed);
    /// assert_eq!(rubric.grades()[totals.grade].name_zh, "不合格");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn totals(&self, evidence: &Evidence) -> Totals {
        let plan = self.plan();
        let mut dimensions = Vec::with_capacity(plan.dimensions.len());
        let mut subtotal = Points::ZERO;
        for d in &plan.dimensions {
            let p = sum(d, evidence);
            subtotal = subtotal.saturating_add(p);
            dimensions.push(p);
        }
        let bonus = sum(&plan.bonus, evidence).min(plan.bonus_cap);
        let total = subtotal.saturating_add(bonus);
        let mut grade = grade_of(&plan.grades, total);
        let mut vetoed = false;
        for v in &plan.vetoes {
            if triggered(v, evidence.get(v.key)) {
                vetoed = true;
                grade = grade.max(v.caps);
            }
        }
        Totals {
            dimensions,
            subtotal,
            bonus,
            total,
            grade,
            vetoed,
        }
    }

    /// The full scorecard of `evidence` (考核结果), every point explained in Chinese and
    /// English.
    ///
    /// # Examples
    ///
    /// See [`Scorecard`].
    #[must_use]
    pub fn score(&self, evidence: &Evidence) -> Scorecard {
        let plan = self.plan();
        let doc = self.document();
        let dimensions: Vec<DimensionScore> = doc
            .dimensions
            .iter()
            .zip(&plan.dimensions)
            .map(|(d, compiled)| dimension_score(d, compiled, evidence))
            .collect();
        let subtotal = dimensions
            .iter()
            .fold(Points::ZERO, |a, d| a.saturating_add(d.points));
        let bonus = doc
            .bonus
            .as_ref()
            .map(|b| bonus_score(b, &plan.bonus, evidence));
        let total = subtotal.saturating_add(bonus.as_ref().map_or(Points::ZERO, |b| b.points));
        let by_points = grade_of(&plan.grades, total);
        let grade_ref = |index: usize| {
            doc.grades
                .get(index)
                .map(GradeRef::from)
                .unwrap_or_else(|| GradeRef {
                    id: String::new(),
                    name_zh: String::new(),
                    name_en: String::new(),
                })
        };
        let mut grade = by_points;
        let vetoes = doc
            .vetoes
            .iter()
            .zip(&plan.vetoes)
            .map(|(v, c)| {
                let value = evidence.get(c.key);
                let hit = triggered(c, value);
                if hit {
                    grade = grade.max(c.caps);
                }
                let caps_grade = grade_ref(c.caps);
                let (explanation_zh, explanation_en) = explain_veto(v, value, hit, &caps_grade);
                VetoResult {
                    id: v.id.clone(),
                    name_zh: v.name_zh.clone(),
                    name_en: v.name_en.clone(),
                    source: v.source.clone(),
                    evidence_key: c.key,
                    evidence: value,
                    triggered: hit,
                    caps_grade,
                    explanation_zh,
                    explanation_en,
                }
            })
            .collect();
        Scorecard {
            township: evidence.township().to_owned(),
            year: evidence.year(),
            as_of: evidence.as_of(),
            rubric: doc.name.clone(),
            dimensions,
            subtotal,
            max: doc.total,
            bonus,
            vetoes,
            total,
            grade_by_points: grade_ref(by_points),
            grade: grade_ref(grade),
        }
    }
}

/// A dimension's indicators scored, and their sum.
fn dimension_score(d: &Dimension, compiled: &[Compiled], evidence: &Evidence) -> DimensionScore {
    let indicators: Vec<IndicatorScore> = d
        .indicators
        .iter()
        .zip(compiled)
        .map(|(i, c)| indicator_score(i, c, evidence))
        .collect();
    DimensionScore {
        id: d.id.clone(),
        name_zh: d.name_zh.clone(),
        name_en: d.name_en.clone(),
        points: indicators
            .iter()
            .fold(Points::ZERO, |a, i| a.saturating_add(i.points)),
        max: d.points,
        indicators,
    }
}

/// The bonus items scored, and their sum within the cap.
fn bonus_score(b: &Bonus, compiled: &[Compiled], evidence: &Evidence) -> BonusScore {
    let items: Vec<IndicatorScore> = b
        .items
        .iter()
        .zip(compiled)
        .map(|(i, c)| indicator_score(i, c, evidence))
        .collect();
    let raw = items
        .iter()
        .fold(Points::ZERO, |a, i| a.saturating_add(i.points));
    BonusScore {
        raw,
        cap: b.cap,
        points: raw.min(b.cap),
        items,
    }
}

fn indicator_score(i: &Indicator, c: &Compiled, evidence: &Evidence) -> IndicatorScore {
    let value = evidence.get(c.key);
    let p = points(c, value);
    let (explanation_zh, explanation_en) = explain(c, value, p);
    IndicatorScore {
        id: i.id.clone(),
        name_zh: i.name_zh.clone(),
        name_en: i.name_en.clone(),
        source: i.source.clone(),
        evidence_key: c.key,
        evidence: value,
        points: p,
        max: c.max,
        explanation_zh,
        explanation_en,
    }
}

/// A value as a clerk writes it.
fn value_zh(key: EvidenceKey, value: Value) -> String {
    match value {
        Value::YesNo { yes: true } => "是".into(),
        Value::YesNo { yes: false } => "否".into(),
        Value::Count { count } => format!("{count}{}", key.unit_zh()),
        Value::Rate { rate } => format!("{rate}（{}）", rate.percent()),
        Value::Level { level } => format!("{level}级"),
    }
}

/// A rate threshold: a whole percentage as such, otherwise the fraction.
fn threshold(rate: Rate) -> String {
    if (u64::from(rate.num()) * 100) % u64::from(rate.den()) == 0 {
        rate.percent()
    } else {
        rate.to_string()
    }
}

/// The measure word for "each" in a deduction or per-occurrence rule.
fn each(key: EvidenceKey) -> &'static str {
    match key.unit_zh() {
        "" => "次",
        u => u,
    }
}

/// The middle of an explanation: how the rule turned the value into points.
fn how_scored(c: &Compiled, value: Value) -> (String, String) {
    let key = c.key;
    let unit = key.unit_zh();
    match (&c.rule, value) {
        (Rule::CountTarget { target }, _) => (
            format!("目标{target}{unit}，"),
            format!("against a target of {target}: "),
        ),
        (Rule::CountBands { bands }, Value::Count { count }) => {
            match bands.iter().find(|b| count >= b.at_least) {
                Some(b) => (
                    format!("达到{}{unit}以上档，", b.at_least),
                    format!("in the band of at least {}: ", b.at_least),
                ),
                None => {
                    let lowest = bands.last().map_or(0, |b| b.at_least);
                    (
                        format!("未达到最低档{lowest}{unit}，"),
                        format!("below the lowest band ({lowest}): "),
                    )
                }
            }
        }
        (Rule::RateBands { bands }, Value::Rate { rate }) => {
            match bands.iter().find(|b| rate.at_least(b.at_least)) {
                Some(b) => {
                    let t = threshold(b.at_least);
                    (
                        format!("达到{t}以上档，"),
                        format!("in the band of at least {t}: "),
                    )
                }
                None => {
                    let t = bands
                        .last()
                        .map_or_else(String::new, |b| threshold(b.at_least));
                    (
                        format!("未达到最低档{t}，"),
                        format!("below the lowest band ({t}): "),
                    )
                }
            }
        }
        (Rule::RateLinear {}, _) => ("按比例".into(), "proportionally ".into()),
        (Rule::Deduction { per, .. }, _) => (
            format!("每{}扣{per}分，", each(key)),
            format!("{per} off each: "),
        ),
        (Rule::PerOccurrence { per }, _) => {
            (format!("每{}{per}分，", each(key)), format!("{per} each: "))
        }
        _ => (String::new(), String::new()),
    }
}

/// One sentence in Chinese and one in English for an indicator's result.
fn explain(c: &Compiled, value: Option<Value>, p: Points) -> (String, String) {
    let key = c.key;
    let (label, max) = (key.label_zh(), c.max);
    let Some(value) = value else {
        return (
            format!("无证据：{label}尚无记录，按细则计{p}分（满分{max}分）"),
            format!(
                "no evidence: `{key}` is not on record; {p} of {max} points, as the rubric sets for missing evidence"
            ),
        );
    };
    let (vz, ve) = (value_zh(key, value), value.to_string());
    let (mid_zh, mid_en) = how_scored(c, value);
    let (end_zh, end_en) = match &c.rule {
        Rule::PerOccurrence { .. } => (
            format!("得{p}分（上限{max}分）"),
            format!("{p} of up to {max} points"),
        ),
        Rule::Deduction { floor, .. } if p == *floor && p < max => (
            if floor.is_positive() {
                format!("得{p}分（满分{max}分，最低{floor}分）")
            } else {
                format!("得{p}分（满分{max}分，扣完为止）")
            },
            format!("{p} of {max} points, down to the floor"),
        ),
        _ => (
            format!("得{p}分（满分{max}分）"),
            format!("{p} of {max} points"),
        ),
    };
    (
        format!("{label}：{vz}，{mid_zh}{end_zh}"),
        format!("{key}: {ve}, {mid_en}{end_en}"),
    )
}

fn explain_veto(
    v: &super::rubric::Veto,
    value: Option<Value>,
    hit: bool,
    caps: &GradeRef,
) -> (String, String) {
    let key = EvidenceKey::from_name(&v.evidence);
    match (value, key) {
        (Some(value), Some(key)) if hit => (
            format!(
                "{}：{}，触发一票否决，等次最高为{}",
                v.name_zh,
                value_zh(key, value),
                caps.name_zh
            ),
            format!(
                "{}: {value}, veto triggered: the grade is at best {}",
                v.name_en, caps.name_en
            ),
        ),
        (Some(value), Some(key)) => (
            format!("{}：{}，未触发", v.name_zh, value_zh(key, value)),
            format!("{}: {value}, not triggered", v.name_en),
        ),
        _ => (
            format!("{}：无证据，未触发", v.name_zh),
            format!("{}: no evidence, not triggered", v.name_en),
        ),
    }
}

/// A readable table in Chinese: dimensions, indicators with their explanations, bonus, vetoes,
/// total and grade.
impl fmt::Display for Scorecard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} {}年度考核（截至{}，{}）",
            self.township, self.year, self.as_of, self.rubric
        )?;
        for d in &self.dimensions {
            writeln!(f, "{} {}/{}", d.name_zh, d.points, d.max)?;
            for i in &d.indicators {
                writeln!(
                    f,
                    "  {} {}/{}：{}",
                    i.name_zh, i.points, i.max, i.explanation_zh
                )?;
            }
        }
        if let Some(b) = &self.bonus {
            writeln!(f, "加分 {}（合计{}，封顶{}）", b.points, b.raw, b.cap)?;
            for i in b.items.iter().filter(|i| i.points.is_positive()) {
                writeln!(f, "  {} {}：{}", i.name_zh, i.points, i.explanation_zh)?;
            }
        }
        for v in self.vetoes.iter().filter(|v| v.triggered) {
            writeln!(f, "一票否决：{}", v.explanation_zh)?;
        }
        write!(f, "总分 {}，等次 {}", self.total, self.grade.name_zh)
    }
}
