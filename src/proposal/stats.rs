//! Statistics of suggestion handling (建议办理统计): per lead unit, per sponsoring deputy and
//! for the township, as exact fractions.
//!
//! For a period `from..=to`:
//!
//! * **filed** — suggestions lodged in the period (merged ones included);
//! * **on time** (按期答复率) — of the items whose first reply was due in the period, those
//!   replied by that day; the due day counts by the rulebook and the recorded calendar;
//! * **contacted** (面商率) — of the items first replied in the period, those whose handling
//!   units recorded a contact with a sponsor by the reply;
//! * **satisfaction** (满意率) — of the ratings given in the period (each sponsor's latest for
//!   an item), those satisfied or basically satisfied; the counts of each are kept;
//! * **result classes** — the latest reply given in the period, per class code, with the share
//!   solved (解决采纳率) and the share kept for reference (暂不能解决), the honest companions of
//!   the satisfaction rate.
//!
//! A unit's figures cover the items it leads; a deputy's cover the items they sponsor, and
//! their satisfaction only their own ratings.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::suggestion::{Rating, Suggestion, SuggestionStatus};
use super::{Calendar, Proposals};
use crate::ids::{DeputyId, UnitId};
use crate::rulebook::{Rulebook, Standing};
use crate::session::Sessions;

/// An exact fraction `num / den` (比率); `den` 0 means there is nothing to measure.
///
/// # Examples
///
/// ```
/// use township_congress::proposal::Ratio;
///
/// let r = Ratio::new(2, 3);
/// assert_eq!(r.to_string(), "2/3");
/// assert!(Ratio::default().is_empty());
/// ```
#[doc(alias = "比率")]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Ratio {
    /// The numerator.
    pub num: u32,
    /// The denominator.
    pub den: u32,
}

impl Ratio {
    /// `num / den`.
    #[must_use]
    pub const fn new(num: u32, den: u32) -> Self {
        Self { num, den }
    }

    /// Whether there is nothing to measure.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.den == 0
    }

    fn add(&mut self, hit: bool) {
        self.den = self.den.saturating_add(1);
        if hit {
            self.num = self.num.saturating_add(1);
        }
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.num, self.den)
    }
}

/// The figures of one unit, one deputy or the township (办理情况).
#[doc(alias = "办理情况")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Figures {
    /// Suggestions lodged in the period.
    pub filed: u32,
    /// First replies due in the period, and those given by the due day.
    pub on_time: Ratio,
    /// First replies given in the period, and those preceded by a contact with a sponsor.
    pub contacted: Ratio,
    /// Ratings, and those satisfied or basically satisfied.
    pub satisfaction: Ratio,
    /// Ratings "satisfied" (满意).
    pub satisfied: u32,
    /// Ratings "basically satisfied" (基本满意).
    pub basically_satisfied: u32,
    /// Ratings "unsatisfied" (不满意).
    pub unsatisfied: u32,
    /// Latest replies in the period, by result class.
    pub classes: BTreeMap<String, u32>,
    /// Latest replies in the period, and those solved or adopted.
    pub solved: Ratio,
    /// Latest replies in the period, and those kept for reference (not possible for now).
    pub not_possible: Ratio,
}

/// Suggestion statistics for a period (建议办理统计).
///
/// # Examples
///
/// See `tests/suggestion_scenarios.rs`.
#[doc(alias = "建议办理统计")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct SuggestionStats {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// The township.
    pub township: Figures,
    /// Per lead unit.
    pub by_unit: BTreeMap<UnitId, Figures>,
    /// Per sponsoring deputy.
    pub by_deputy: BTreeMap<DeputyId, Figures>,
}

/// One item's share of the figures.
#[derive(Default)]
struct Item {
    filed: bool,
    on_time: Option<bool>,
    contacted: Option<bool>,
    ratings: Vec<(DeputyId, Rating)>,
    class: Option<(String, Standing)>,
}

impl Figures {
    fn add(&mut self, item: &Item, rater: Option<DeputyId>) {
        self.filed = self.filed.saturating_add(u32::from(item.filed));
        if let Some(hit) = item.on_time {
            self.on_time.add(hit);
        }
        if let Some(hit) = item.contacted {
            self.contacted.add(hit);
        }
        for (deputy, rating) in &item.ratings {
            if rater.is_some_and(|r| r != *deputy) {
                continue;
            }
            self.satisfaction.add(*rating != Rating::Unsatisfied);
            let slot = match rating {
                Rating::Satisfied => &mut self.satisfied,
                Rating::BasicallySatisfied => &mut self.basically_satisfied,
                Rating::Unsatisfied => &mut self.unsatisfied,
            };
            *slot = slot.saturating_add(1);
        }
        if let Some((class, standing)) = &item.class {
            let n = self.classes.entry(class.clone()).or_default();
            *n = n.saturating_add(1);
            self.solved.add(*standing == Standing::Solved);
            self.not_possible.add(*standing == Standing::NotPossible);
        }
    }
}

impl Proposals {
    /// Suggestion statistics for `from..=to` (建议办理统计): see the [module documentation](self).
    #[must_use]
    pub fn suggestion_stats(
        &self,
        sessions: &Sessions,
        rules: &Rulebook,
        from: NaiveDate,
        to: NaiveDate,
    ) -> SuggestionStats {
        let mut stats = SuggestionStats {
            from,
            to,
            township: Figures::default(),
            by_unit: BTreeMap::new(),
            by_deputy: BTreeMap::new(),
        };
        let within = |d: NaiveDate| from <= d && d <= to;
        for s in self.suggestions.values() {
            let item = item_figures(s, sessions, rules, &self.calendar, &within);
            stats.township.add(&item, None);
            if let Some(unit) = s.lead_unit() {
                stats.by_unit.entry(unit).or_default().add(&item, None);
            }
            if !matches!(s.status, SuggestionStatus::Merged { .. }) {
                for deputy in s.sponsors.signers.keys() {
                    stats
                        .by_deputy
                        .entry(*deputy)
                        .or_default()
                        .add(&item, Some(*deputy));
                }
            }
        }
        stats
    }
}

fn item_figures(
    s: &Suggestion,
    sessions: &Sessions,
    rules: &Rulebook,
    calendar: &Calendar,
    within: &impl Fn(NaiveDate) -> bool,
) -> Item {
    let first = s.replies.first();
    let due = s.reply_due_on(sessions, rules, calendar);
    let on_time = due
        .filter(|d| within(*d))
        .map(|d| first.is_some_and(|r| r.on <= d));
    let contacted = first
        .filter(|r| within(r.on))
        .map(|r| s.contacts.iter().any(|c| c.on <= r.on));
    let ratings = s
        .ratings
        .iter()
        .filter(|r| within(r.on))
        .map(|r| ((r.deputy, r.round), r.rating))
        .collect::<BTreeMap<_, _>>();
    let latest: BTreeMap<DeputyId, Rating> =
        ratings.into_iter().map(|((d, _), r)| (d, r)).collect();
    let class = s
        .replies
        .iter()
        .rev()
        .find(|r| within(r.on))
        .map(|r| (r.class.clone(), r.standing));
    Item {
        filed: s.submission.as_ref().is_some_and(|sub| within(sub.on)),
        on_time,
        contacted,
        ratings: latest.into_iter().collect(),
        class,
    }
}
