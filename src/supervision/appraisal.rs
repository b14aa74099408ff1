//! Work appraisal (工作评议): deputies' ratings of a unit as aggregate counts, the satisfaction
//! rate as an exact fraction, and the rectification a rate under the threshold requires.
//!
//! Ratings are counts (so many satisfied, so many basically satisfied, so many unsatisfied):
//! no deputy's own rating is recorded, here or anywhere in the crate. The satisfaction rate
//! counts "satisfied" and "basically satisfied" over all ratings (满意和基本满意占比), and is
//! judged against [`Rulebook::appraisal_satisfaction_min`](crate::Rulebook), a county's custom
//! (township appraisal has no national basis: it comes from provincial regulations).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ids::UnitId;
use crate::ratio::Ratio;
use crate::rulebook::{Rulebook, Threshold};

/// Ratings given in one round, as counts only (测评票数).
///
/// The same three grades serve a unit's work appraisal and the voters' evaluation of a
/// deputy's duty report.
///
/// # Examples
///
/// ```
/// use township_congress::supervision::Ratings;
///
/// let r = Ratings::new(20, 6, 4);
/// assert_eq!((r.total(), r.approving()), (30, 26));
/// assert_eq!(r.approval().map(|a| a.to_string()).as_deref(), Some("26/30 (86.7%)"));
/// ```
#[doc(alias = "测评票数")]
#[doc(alias("满意", "基本满意", "不满意"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Ratings {
    /// Rated satisfied (满意).
    pub satisfied: u32,
    /// Rated basically satisfied (基本满意).
    pub basically_satisfied: u32,
    /// Rated unsatisfied (不满意).
    pub unsatisfied: u32,
}

impl Ratings {
    /// Ratings of the three grades.
    #[must_use]
    pub const fn new(satisfied: u32, basically_satisfied: u32, unsatisfied: u32) -> Self {
        Self {
            satisfied,
            basically_satisfied,
            unsatisfied,
        }
    }

    /// All ratings given (saturating).
    #[must_use]
    pub const fn total(&self) -> u32 {
        self.satisfied
            .saturating_add(self.basically_satisfied)
            .saturating_add(self.unsatisfied)
    }

    /// Ratings "satisfied" or "basically satisfied" (满意和基本满意).
    #[must_use]
    pub const fn approving(&self) -> u32 {
        self.satisfied.saturating_add(self.basically_satisfied)
    }

    /// `approving / total`; `None` when no rating was given.
    #[must_use]
    pub const fn approval(&self) -> Option<Ratio> {
        Ratio::new(self.approving(), self.total())
    }

    /// `satisfied / total`; `None` when no rating was given.
    #[must_use]
    pub const fn satisfaction(&self) -> Option<Ratio> {
        Ratio::new(self.satisfied, self.total())
    }
}

/// One round of ratings of a unit (一轮测评): the first appraisal, or a second one after
/// rectification.
#[doc(alias = "测评轮次")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Round {
    /// The day the ratings were recorded.
    pub on: NaiveDate,
    /// The counts.
    pub ratings: Ratings,
    /// What they mean under the rulebook, derived.
    pub result: RoundResult,
}

/// What a round of ratings means under the rulebook (测评结果), derived from the counts.
///
/// # Examples
///
/// ```
/// use township_congress::supervision::{Ratings, RoundResult};
/// use township_congress::rulebook::{Rule, RulebookOverrides, RulebookProfile};
/// use township_congress::{Citation, Rulebook, Threshold};
///
/// let rules = Rulebook::NATIONAL;
/// // National law sets no threshold: no rectification is derived.
/// let r = RoundResult::of(&rules, 1, Ratings::new(10, 5, 15)).ok_or("no ratings")?;
/// assert!(!r.rectification_required);
/// // A county that asks for two thirds satisfied or basically satisfied.
/// let mut county = RulebookOverrides::default();
/// county.appraisal_satisfaction_min = Some(Rule::custom(Some(Threshold::TWO_THIRDS), Citation::new("某县工作评议办法", 2024, 12, None)));
/// let rules = rules.with_profile(RulebookProfile::new("某县", county))?;
/// let r = RoundResult::of(&rules, 1, Ratings::new(10, 5, 15)).ok_or("no ratings")?;
/// assert_eq!((r.approving, r.total, r.required), (15, 30, Some(20)));
/// assert!(r.rectification_required);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "测评结果")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RoundResult {
    /// The round, from 1 (1 the first appraisal, 2 the second after rectification, …).
    pub round: u32,
    /// Ratings given.
    pub total: u32,
    /// Ratings "satisfied" or "basically satisfied".
    pub approving: u32,
    /// `approving / total` (满意率), exact.
    pub rate: Ratio,
    /// The threshold in force, if the rulebook sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<Threshold>,
    /// Approving ratings needed under it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<u32>,
    /// Whether the rate is under the threshold, so that the unit must rectify (应当整改).
    pub rectification_required: bool,
}

impl RoundResult {
    /// The result of round `round` with `ratings` under `rules`; `None` when no rating was
    /// given.
    #[must_use]
    pub fn of(rules: &Rulebook, round: u32, ratings: Ratings) -> Option<Self> {
        let rate = ratings.approval()?;
        let threshold = rules.appraisal_satisfaction_min.value;
        let required = threshold.map(|t| t.required(rate.den()));
        Some(Self {
            round,
            total: rate.den(),
            approving: rate.num(),
            rate,
            threshold,
            required,
            rectification_required: required.is_some_and(|r| rate.num() < r),
        })
    }
}

/// A unit's appraisal as published: its rounds and the latest result (评议结果).
#[doc(alias = "评议结果")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct UnitResult {
    /// The unit appraised.
    pub unit: UnitId,
    /// The rounds' counts, oldest first.
    pub rounds: Vec<Ratings>,
    /// The latest round's result.
    pub latest: RoundResult,
}
