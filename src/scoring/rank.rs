//! Ranking townships (排名): competition ranks with exact ties and the rubric's tie-breakers,
//! per-dimension leaders, the year-over-year change, and the county's summary.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::ScoringError;
use super::evidence::Evidence;
use super::points::Points;
use super::rubric::{Rubric, Tie};
use super::scorecard::{Scorecard, Totals};

/// One township's place in a ranking (名次).
#[doc(alias = "名次")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RankRow {
    /// Its rank: 1 plus the number of townships strictly ahead (1, 2, 2, 4).
    pub rank: u32,
    /// The township.
    pub township: String,
    /// Its total.
    pub total: Points,
    /// Its bonus, capped.
    pub bonus: Points,
    /// Its dimension subtotals, in the order of [`Ranking::dimensions`].
    pub dimensions: Vec<Points>,
    /// Its grade's id, after vetoes.
    pub grade: String,
    /// Whether a veto was triggered.
    pub vetoed: bool,
}

/// The townships that lead one dimension (单项第一).
#[doc(alias = "单项第一")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DimensionLeader {
    /// The dimension's id.
    pub dimension: String,
    /// The highest subtotal.
    pub points: Points,
    /// Every township with it, by name.
    pub townships: Vec<String>,
}

/// The townships of a county in rank order (排名).
///
/// Sorted by total, highest first, then by the rubric's tie-breakers in turn; townships equal
/// on all of them share a rank, and the next rank skips (competition ranking: 1, 2, 2, 4).
/// Within a shared rank rows are listed by name, which does not change the rank.
///
/// # Examples
///
/// ```
/// use township_congress::scoring::{Evidence, Rubric};
///
/// let ev = |name: &str, held: bool| -> Result<Evidence, serde_json::Error> {
///     serde_json::from_value(serde_json::json!({
///         "township": name, "year": 2026, "as_of": "2026-12-31",
///         "items": { "sessions_floor_met": { "value": { "kind": "yes_no", "yes": held },
///                                            "origin": { "kind": "derived" } } } }))
/// };
/// let townships = [ev("甲镇", true)?, ev("乙乡", false)?, ev("丙镇", true)?, ev("丁乡", false)?];
/// let ranking = Rubric::default_rubric()?.rank(&townships)?;
/// let ranks: Vec<(u32, &str)> = ranking.rows.iter().map(|r| (r.rank, r.township.as_str())).collect();
/// assert_eq!(ranks, [(1, "丙镇"), (1, "甲镇"), (3, "丁乡"), (3, "乙乡")]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "排名")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Ranking {
    /// The rubric's name.
    pub rubric: String,
    /// The year.
    pub year: i32,
    /// The dimensions' ids, in the rubric's order.
    pub dimensions: Vec<String>,
    /// The rows, in rank order.
    pub rows: Vec<RankRow>,
    /// Each dimension's leaders, in the rubric's order.
    pub leaders: Vec<DimensionLeader>,
}

/// Ranking.
impl Rubric {
    /// Scores every township's evidence (totals only) and ranks them (排名).
    ///
    /// # Errors
    ///
    /// * [`ScoringError::DuplicateTownship`] when a township appears twice.
    /// * [`ScoringError::MixedYears`] when the evidence is not all of one year.
    pub fn rank(&self, townships: &[Evidence]) -> Result<Ranking, ScoringError> {
        let year = townships.first().map_or(0, Evidence::year);
        if let Some(e) = townships.iter().find(|e| e.year() != year) {
            return Err(ScoringError::MixedYears {
                township: e.township().to_owned(),
                year,
                found: e.year(),
            });
        }
        let entries = townships
            .iter()
            .map(|e| (e.township(), self.totals(e)))
            .collect();
        self.rank_totals(year, entries)
    }

    /// Ranks scorecards already made under this rubric.
    ///
    /// # Errors
    ///
    /// * [`ScoringError::OtherRubric`] for a scorecard made under another rubric (another
    ///   name, another number of dimensions, or a grade this rubric lacks).
    /// * [`ScoringError::DuplicateTownship`], [`ScoringError::MixedYears`] as [`Rubric::rank`].
    pub fn rank_scorecards(&self, cards: &[Scorecard]) -> Result<Ranking, ScoringError> {
        let year = cards.first().map_or(0, |c| c.year);
        let mut entries = Vec::with_capacity(cards.len());
        for card in cards {
            if card.year != year {
                return Err(ScoringError::MixedYears {
                    township: card.township.clone(),
                    year,
                    found: card.year,
                });
            }
            entries.push((card.township.as_str(), self.totals_of(card)?));
        }
        self.rank_totals(year, entries)
    }

    /// The totals a scorecard records, checked against this rubric.
    pub(crate) fn totals_of(&self, card: &Scorecard) -> Result<Totals, ScoringError> {
        let grade = self.grades().iter().position(|g| g.id == card.grade.id);
        match grade {
            Some(grade)
                if card.rubric == self.name()
                    && card.dimensions.len() == self.dimensions().len() =>
            {
                Ok(Totals {
                    dimensions: card.dimensions.iter().map(|d| d.points).collect(),
                    subtotal: card.subtotal,
                    bonus: card.bonus.as_ref().map_or(Points::ZERO, |b| b.points),
                    total: card.total,
                    grade,
                    vetoed: card.vetoes.iter().any(|v| v.triggered),
                })
            }
            _ => Err(ScoringError::OtherRubric {
                township: card.township.clone(),
                expected: self.name().to_owned(),
                found: card.rubric.clone(),
                dimensions: card.dimensions.len(),
            }),
        }
    }

    /// Orders two entries by total, then by each tie-breaker; `Equal` means a shared rank.
    fn compare(&self, a: &(&str, Totals), b: &(&str, Totals)) -> Ordering {
        let mut order = b.1.total.cmp(&a.1.total);
        for tie in &self.plan().ties {
            if order != Ordering::Equal {
                break;
            }
            order = match tie {
                Tie::Dimension(d) => b.1.dimensions.get(*d).cmp(&a.1.dimensions.get(*d)),
                Tie::Bonus => b.1.bonus.cmp(&a.1.bonus),
                Tie::Township => a.0.cmp(b.0),
            };
        }
        order
    }

    fn rank_totals(
        &self,
        year: i32,
        entries: Vec<(&str, Totals)>,
    ) -> Result<Ranking, ScoringError> {
        let mut names: Vec<&str> = entries.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        if let Some(dup) = names.windows(2).find_map(|w| match w {
            [a, b] if a == b => Some(*a),
            _ => None,
        }) {
            return Err(ScoringError::DuplicateTownship {
                township: dup.to_owned(),
            });
        }
        let mut sorted = entries;
        sorted.sort_by(|a, b| self.compare(a, b).then_with(|| a.0.cmp(b.0)));
        // Whether each entry ties with the one before it, before the entries are consumed.
        let tied: Vec<bool> = std::iter::once(false)
            .chain(
                sorted
                    .windows(2)
                    .map(|w| matches!(w, [a, b] if self.compare(a, b) == Ordering::Equal)),
            )
            .collect();
        let mut rows: Vec<RankRow> = Vec::with_capacity(sorted.len());
        for (position, ((township, totals), tie)) in sorted.into_iter().zip(tied).enumerate() {
            let rank = match rows.last() {
                Some(last) if tie => last.rank,
                _ => u32::try_from(position)
                    .unwrap_or(u32::MAX)
                    .saturating_add(1),
            };
            rows.push(RankRow {
                rank,
                township: township.to_owned(),
                total: totals.total,
                bonus: totals.bonus,
                dimensions: totals.dimensions,
                grade: self
                    .grades()
                    .get(totals.grade)
                    .map(|g| g.id.clone())
                    .unwrap_or_default(),
                vetoed: totals.vetoed,
            });
        }
        let leaders = self
            .dimensions()
            .iter()
            .enumerate()
            .filter_map(|(d, dim)| {
                let best = rows.iter().filter_map(|r| r.dimensions.get(d)).max()?;
                let mut townships: Vec<String> = rows
                    .iter()
                    .filter(|r| r.dimensions.get(d) == Some(best))
                    .map(|r| r.township.clone())
                    .collect();
                townships.sort();
                Some(DimensionLeader {
                    dimension: dim.id.clone(),
                    points: *best,
                    townships,
                })
            })
            .collect();
        Ok(Ranking {
            rubric: self.name().to_owned(),
            year,
            dimensions: self.dimensions().iter().map(|d| d.id.clone()).collect(),
            rows,
            leaders,
        })
    }
}

/// A score this year against last year (同比).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
#[doc(alias = "考核变化")]
pub struct Change {
    /// Last year's, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<Points>,
    /// This year's.
    pub this: Points,
    /// `this - last`, when there is a last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delta: Option<Points>,
}

impl Change {
    fn of(this: Points, last: Option<Points>) -> Self {
        Self {
            last,
            this,
            delta: last.map(|l| this.saturating_sub(l)),
        }
    }
}

/// One dimension's change (维度同比).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
#[doc(alias = "维度变化")]
pub struct DimensionChange {
    /// The dimension's id.
    pub id: String,
    /// Its Chinese name.
    pub name_zh: String,
    /// The change.
    pub change: Change,
}

/// A township's year-over-year change, total and per dimension (同比变化).
#[doc(alias = "同比变化")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct YearOverYear {
    /// The township.
    pub township: String,
    /// The total's change.
    pub total: Change,
    /// Each dimension of this year's scorecard, matched by id in last year's; a dimension
    /// last year's rubric did not have has no `last`.
    pub dimensions: Vec<DimensionChange>,
}

/// Each township's change against last year's scorecard, matched by township name, in the
/// order of `this` (同比).
///
/// # Examples
///
/// ```
/// use township_congress::scoring::{Evidence, Rubric, year_over_year};
///
/// let ev = |year: i32, held: bool| -> Result<Evidence, serde_json::Error> {
///     serde_json::from_value(serde_json::json!({
///         "township": "甲镇", "year": year, "as_of": format!("{year}-12-31"),
///         "items": { "sessions_floor_met": { "value": { "kind": "yes_no", "yes": held },
///                                            "origin": { "kind": "derived" } } } }))
/// };
/// let rubric = Rubric::default_rubric()?;
/// let last = [rubric.score(&ev(2025, false)?)];
/// let this = [rubric.score(&ev(2026, true)?)];
/// let change = &year_over_year(&this, &last)[0];
/// let sessions = change.dimensions.iter().find(|d| d.id == "sessions").ok_or("missing")?;
/// assert_eq!(sessions.change.delta.map(|d| d.to_string()), Some("4".into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn year_over_year(this: &[Scorecard], last: &[Scorecard]) -> Vec<YearOverYear> {
    let last: BTreeMap<&str, &Scorecard> = last.iter().map(|c| (c.township.as_str(), c)).collect();
    this.iter()
        .map(|card| {
            let before = last.get(card.township.as_str());
            YearOverYear {
                township: card.township.clone(),
                total: Change::of(card.total, before.map(|b| b.total)),
                dimensions: card
                    .dimensions
                    .iter()
                    .map(|d| DimensionChange {
                        id: d.id.clone(),
                        name_zh: d.name_zh.clone(),
                        change: Change::of(
                            d.points,
                            before.and_then(|b| {
                                b.dimensions.iter().find(|x| x.id == d.id).map(|x| x.points)
                            }),
                        ),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// How many townships got a grade (等次分布).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
#[doc(alias = "等次分布")]
pub struct GradeCount {
    /// The grade's id.
    pub id: String,
    /// Its Chinese name.
    pub name_zh: String,
    /// Townships with it, after vetoes.
    pub count: u32,
}

/// The indicator the county's townships do worst on (最薄弱指标).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
#[doc(alias = "薄弱指标")]
pub struct WeakestIndicator {
    /// The indicator's id.
    pub id: String,
    /// Its Chinese name.
    pub name_zh: String,
    /// Its dimension's id.
    pub dimension: String,
    /// Points given to all townships together.
    pub points: Points,
    /// Its maximum times the number of townships; the average share is exactly
    /// `points / max`.
    pub max: Points,
    /// That share as a percentage, rounded down to a tenth.
    pub share: String,
    /// Townships without evidence for it.
    pub without_evidence: u32,
}

/// The county's view of a year (全县汇总): the grade distribution, the vetoes, the weakest
/// indicator, and the indicators no township has evidence for.
///
/// # Examples
///
/// ```
/// use township_congress::scoring::{CountySummary, Evidence, Rubric};
///
/// let ev = |name: &str| -> Result<Evidence, serde_json::Error> {
///     serde_json::from_value(serde_json::json!({
///         "township": name, "year": 2026, "as_of": "2026-12-31",
///         "items": {
///           "sessions_floor_met": { "value": { "kind": "yes_no", "yes": true }, "origin": { "kind": "derived" } },
///           "sessions_normal_met": { "value": { "kind": "yes_no", "yes": false }, "origin": { "kind": "derived" } } } }))
/// };
/// let rubric = Rubric::default_rubric()?;
/// let cards = [rubric.score(&ev("甲镇")?), rubric.score(&ev("乙乡")?)];
/// let summary = CountySummary::of(&rubric, &cards)?;
/// assert_eq!(summary.townships, 2);
/// let weakest = summary.weakest.ok_or("none")?;
/// assert_eq!(weakest.id, "sessions_normal_met"); // 0 of 4 points in both
/// // Indicators nobody has evidence for are a gap in the record, listed apart.
/// assert!(summary.no_evidence.iter().any(|id| id == "suggestions_answered_on_time"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "全县汇总")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct CountySummary {
    /// The rubric's name.
    pub rubric: String,
    /// Townships summarised.
    pub townships: u32,
    /// Townships per grade, best grade first, every grade listed.
    pub grades: Vec<GradeCount>,
    /// Townships with a veto triggered.
    pub vetoed: u32,
    /// The dimension indicator with the lowest average share of its maximum across townships,
    /// among those some township has evidence for; the first in the rubric's order on a tie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weakest: Option<WeakestIndicator>,
    /// Ids of indicators no township has evidence for: a gap in the record, not in the work.
    pub no_evidence: Vec<String>,
}

impl CountySummary {
    /// Summarises the scorecards made under `rubric`.
    ///
    /// # Errors
    ///
    /// * [`ScoringError::OtherRubric`] for a scorecard made under another rubric.
    /// * [`ScoringError::DuplicateTownship`] when a township appears twice.
    pub fn of(rubric: &Rubric, cards: &[Scorecard]) -> Result<Self, ScoringError> {
        let mut names = BTreeSet::new();
        let mut counts = vec![0_u32; rubric.grades().len()];
        let mut vetoed = 0_u32;
        for card in cards {
            if !names.insert(card.township.as_str()) {
                return Err(ScoringError::DuplicateTownship {
                    township: card.township.clone(),
                });
            }
            let totals = rubric.totals_of(card)?;
            if let Some(c) = counts.get_mut(totals.grade) {
                *c = c.saturating_add(1);
            }
            vetoed = vetoed.saturating_add(u32::from(totals.vetoed));
        }
        let grades = rubric
            .grades()
            .iter()
            .zip(counts)
            .map(|(g, count)| GradeCount {
                id: g.id.clone(),
                name_zh: g.name_zh.clone(),
                count,
            })
            .collect();

        let mut weakest: Option<(i128, i128, WeakestIndicator)> = None;
        let mut no_evidence = Vec::new();
        for (d, dim) in rubric.dimensions().iter().enumerate() {
            for (i, ind) in dim.indicators.iter().enumerate() {
                let scores = cards
                    .iter()
                    .filter_map(|c| c.dimensions.get(d).and_then(|x| x.indicators.get(i)));
                let (mut points, mut max, mut without) = (0_i128, 0_i128, 0_u32);
                for s in scores {
                    points += i128::from(s.points.hundredths());
                    max += i128::from(s.max.hundredths());
                    without = without.saturating_add(u32::from(s.evidence.is_none()));
                }
                if usize::try_from(without).is_ok_and(|w| w == cards.len()) {
                    no_evidence.push(ind.id.clone());
                    continue;
                }
                // points/max < best_points/best_max, by cross-multiplication (max > 0).
                let lower = weakest
                    .as_ref()
                    .is_none_or(|(bp, bm, _)| points * bm < *bp * max);
                if lower && max > 0 {
                    let clamp =
                        |v: i128| Points::from_hundredths(i64::try_from(v).unwrap_or(i64::MAX));
                    let permille = points * 1000 / max;
                    weakest = Some((
                        points,
                        max,
                        WeakestIndicator {
                            id: ind.id.clone(),
                            name_zh: ind.name_zh.clone(),
                            dimension: dim.id.clone(),
                            points: clamp(points),
                            max: clamp(max),
                            share: format!("{}.{}%", permille / 10, permille % 10),
                            without_evidence: without,
                        },
                    ));
                }
            }
        }
        Ok(Self {
            rubric: rubric.name().to_owned(),
            townships: u32::try_from(cards.len()).unwrap_or(u32::MAX),
            grades,
            vetoed,
            weakest: weakest.map(|(_, _, w)| w),
            no_evidence,
        })
    }
}
