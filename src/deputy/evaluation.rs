//! Voters' evaluation of a duty report (述职测评): aggregate tallies, a minimum of respondents
//! for validity, and what a valid result recommends.
//!
//! The tally is three counts ([`Ratings`]); no voter's own rating is recorded anywhere. An
//! evaluation answered by fewer voters than
//! [`Rulebook::duty_evaluation_min_respondents`](crate::Rulebook) is recorded as invalid and
//! recommends nothing. A valid one is judged against the re-nomination and commendation
//! thresholds, which are local custom (the county report uses the evaluation "as an important
//! basis", 调研报告 二(四)2, without a figure): where the rulebook sets none, no verdict is
//! derived.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::label::Label;
use crate::ratio::Ratio;
use crate::rulebook::{Rulebook, Threshold};
use crate::supervision::Ratings;

/// Whether a share reaches a threshold the rulebook may or may not set (是否达到).
#[doc(alias = "是否达到")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Verdict {
    /// Reached: `required` votes were needed.
    Met {
        /// Votes needed.
        required: u32,
    },
    /// Not reached.
    NotMet {
        /// Votes needed.
        required: u32,
    },
    /// The rulebook sets no threshold: nothing is derived.
    NotSet {},
}

impl Verdict {
    fn of(threshold: Option<Threshold>, share: Ratio) -> Self {
        match threshold {
            None => Self::NotSet {},
            Some(t) => {
                let required = t.required(share.den());
                if share.num() >= required {
                    Self::Met { required }
                } else {
                    Self::NotMet { required }
                }
            }
        }
    }

    /// Whether the threshold was reached.
    #[must_use]
    pub const fn is_met(self) -> bool {
        matches!(self, Self::Met { .. })
    }
}

impl Label for Verdict {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Met { .. } => "达到",
            Self::NotMet { .. } => "未达到",
            Self::NotSet {} => "未设标准",
        }
    }
}

/// What an evaluation's tally means under the rulebook (测评结果), derived.
///
/// # Examples
///
/// ```
/// use township_congress::deputy::EvaluationOutcome;
/// use township_congress::supervision::Ratings;
/// use township_congress::rulebook::{Rule, RulebookOverrides, RulebookProfile};
/// use township_congress::{Citation, Rulebook, Threshold};
///
/// let rules = Rulebook::NATIONAL; // at least 50 respondents, a common-practice default
/// let few = EvaluationOutcome::of(&rules, Ratings::new(30, 10, 2));
/// assert_eq!(few, EvaluationOutcome::Invalid { respondents: 42, required: 50 });
///
/// // A county that renominates on two thirds satisfied.
/// let mut county = RulebookOverrides::default();
/// county.duty_evaluation_renomination = Some(Rule::custom(Some(Threshold::TWO_THIRDS), Citation::new("某县代表述职评议办法", 2024, 9, None)));
/// let county = Rulebook::NATIONAL.with_profile(RulebookProfile::new("某县", county))?;
/// let ok = EvaluationOutcome::of(&county, Ratings::new(40, 15, 5));
/// assert!(ok.recommends_renomination());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "测评结果")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum EvaluationOutcome {
    /// Fewer respondents than the minimum: the evaluation is invalid (测评无效).
    Invalid {
        /// Voters who answered.
        respondents: u32,
        /// Voters needed.
        required: u32,
    },
    /// Valid (测评有效).
    Valid {
        /// Voters who answered.
        respondents: u32,
        /// Satisfied or basically satisfied over respondents (满意和基本满意率).
        approval: Ratio,
        /// Satisfied over respondents (满意率).
        satisfaction: Ratio,
        /// Approval against `duty_evaluation_renomination` (连任建议).
        renomination: Verdict,
        /// Satisfaction against `duty_evaluation_commendation` (评先评优).
        commendation: Verdict,
    },
}

impl EvaluationOutcome {
    /// The outcome of `ratings` under `rules`; a tally without respondents is invalid.
    #[must_use]
    pub fn of(rules: &Rulebook, ratings: Ratings) -> Self {
        let respondents = ratings.total();
        let required = rules.duty_evaluation_min_respondents.value;
        match (ratings.approval(), ratings.satisfaction()) {
            (Some(approval), Some(satisfaction)) if respondents >= required => Self::Valid {
                respondents,
                approval,
                satisfaction,
                renomination: Verdict::of(rules.duty_evaluation_renomination.value, approval),
                commendation: Verdict::of(rules.duty_evaluation_commendation.value, satisfaction),
            },
            _ => Self::Invalid {
                respondents,
                required,
            },
        }
    }

    /// Whether it is valid.
    #[must_use]
    pub const fn is_valid(&self) -> bool {
        matches!(self, Self::Valid { .. })
    }

    /// Whether it recommends the deputy for re-nomination (连任建议).
    #[must_use]
    pub const fn recommends_renomination(&self) -> bool {
        matches!(self, Self::Valid { renomination, .. } if renomination.is_met())
    }

    /// Whether it makes the deputy eligible for commendation (评先评优).
    #[must_use]
    pub const fn eligible_for_commendation(&self) -> bool {
        matches!(self, Self::Valid { commendation, .. } if commendation.is_met())
    }
}

impl Label for EvaluationOutcome {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Invalid { .. } => "测评无效",
            Self::Valid { .. } => "测评有效",
        }
    }
}
