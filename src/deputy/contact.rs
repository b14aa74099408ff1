//! Contact with voters as coverage queries (联系群众): stations and villages, reception days,
//! the dual-contact system, deputy groups' activity, and the duty reports still owed.
//!
//! # Which villages
//!
//! The record knows the stations and the village each serves, and the constituencies, not the
//! township's list of administrative villages and communities: a constituency may span several
//! villages, and a village may hold several constituencies. So "every village or community has
//! a station" (乡村两级联络平台全覆盖, 调研报告 二(四)1) is asked against the list the caller
//! states ([`villages_without_station`]), from the township's own register; a station covers
//! the village whose name it was opened with.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Deputies;
use crate::ids::{ConstituencyId, DeputyId, GroupId};
use crate::presidium::Presidium;
use crate::roster::{Roster, Station};
use crate::rulebook::{Rulebook, add_months, count, quarter_start};
use crate::session::{Phase, SessionKind, Sessions};

/// Stations opened by `on` with no serving deputy assigned (无代表进站的联络站).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use township_congress::{Roster, deputy::stations_without_deputy};
///
/// let on = NaiveDate::from_ymd_opt(2026, 6, 1).ok_or("date")?;
/// assert!(stations_without_deputy(&Roster::default(), on).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "无代表进站的联络站")]
#[must_use]
pub fn stations_without_deputy(roster: &Roster, on: NaiveDate) -> Vec<&Station> {
    roster
        .stations()
        .filter(|s| s.opened <= on)
        .filter(|s| {
            !s.deputies
                .iter()
                .any(|(d, since)| *since <= on && roster.is_serving(*d, on))
        })
        .collect()
}

/// The villages and communities of `villages` (the caller's list, see the module docs) with no
/// station opened by `on`, in the list's order (未设联络站的村（社区）).
#[doc(alias = "联络站全覆盖")]
#[must_use]
pub fn villages_without_station<'v>(
    roster: &Roster,
    villages: &[&'v str],
    on: NaiveDate,
) -> Vec<&'v str> {
    let covered: BTreeSet<&str> = roster
        .stations()
        .filter(|s| s.opened <= on)
        .map(|s| s.village.as_str())
        .collect();
    villages
        .iter()
        .copied()
        .filter(|v| !covered.contains(v))
        .collect()
}

/// A deputy with fewer reception days in a year than the rulebook asks (接待选民日数不足).
#[doc(alias = "接待选民日数不足")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ReceptionShortfall {
    /// The deputy.
    pub deputy: DeputyId,
    /// Days on which they received voters.
    pub days: u32,
    /// Days the rulebook asks for.
    pub required: u32,
}

/// A deputy group behind the rulebook's activity frequency (代表小组活动不足).
#[doc(alias = "代表小组活动不足")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct GroupShortfall {
    /// The group.
    pub group: GroupId,
    /// Activities held in the year by the cut-off.
    pub held: u32,
    /// Activities a year the rulebook asks for, when the year has ended short of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_of: Option<u32>,
    /// First days of the quarters, ended by the cut-off, without an activity (when the
    /// rulebook asks for one each quarter).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quarters_without: Vec<NaiveDate>,
}

/// Contact with voters in a year: constituencies without a serving deputy, and serving deputies
/// who neither received voters nor reported to them (联系选民覆盖).
#[doc(alias = "联系选民覆盖")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct VoterContact {
    /// Constituencies with no serving deputy on the cut-off (选区出缺).
    pub constituencies_without_deputy: Vec<ConstituencyId>,
    /// Serving deputies with no reception and no duty report in the year by the cut-off.
    pub deputies_without_contact: Vec<DeputyId>,
}

/// A deputy who owes duty reports this term, and how long is left (尚未述职的代表).
#[doc(alias = "尚未述职的代表")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PendingDutyReport {
    /// The deputy.
    pub deputy: DeputyId,
    /// Duty reports given this term.
    pub reports: u32,
    /// Reports the rulebook asks for each term.
    pub required: u32,
    /// The term's last day (the day before the next term's first session, as far as it can be
    /// reckoned: the term's first session plus the term's years).
    pub term_ends: NaiveDate,
    /// Whole months from the day asked to the term's end.
    pub months_left: u32,
}

/// Coverage queries.
impl Deputies {
    /// Serving deputies on `as_of` with fewer reception days in `year` than
    /// [`Rulebook::reception_days_per_year_min`](crate::Rulebook) (北京 and 上海: two); none
    /// where the rulebook sets no number (national law sets none).
    #[must_use]
    pub fn reception_shortfall(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        year: i32,
        as_of: NaiveDate,
    ) -> Vec<ReceptionShortfall> {
        let Some(required) = rules.reception_days_per_year_min.value else {
            return Vec::new();
        };
        roster
            .serving_at(as_of)
            .into_iter()
            .map(|deputy| ReceptionShortfall {
                deputy,
                days: self.reception_days(deputy, year, as_of),
                required,
            })
            .filter(|s| s.days < s.required)
            .collect()
    }

    /// Groups formed by `as_of` that fall short of the rulebook's frequency in `year`:
    /// [`Rulebook::group_activities_per_year_min`](crate::Rulebook) (山东: four), judged once
    /// the year has ended, and
    /// [`Rulebook::group_activity_every_quarter`](crate::Rulebook) (重庆), judged for each
    /// quarter ended by `as_of` from the one the group was formed in. National law sets
    /// neither, so nothing falls short.
    #[must_use]
    pub fn group_shortfall(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        year: i32,
        as_of: NaiveDate,
    ) -> Vec<GroupShortfall> {
        let Some(year_end) = NaiveDate::from_ymd_opt(year, 12, 31) else {
            return Vec::new();
        };
        roster
            .groups()
            .filter(|g| g.formed <= as_of)
            .filter_map(|g| {
                let days: Vec<NaiveDate> = self
                    .group_activities
                    .values()
                    .filter(|a| a.group == g.id && a.on.year() == year && a.on <= as_of)
                    .map(|a| a.on)
                    .collect();
                let held = count(days.len());
                let short_of = rules
                    .group_activities_per_year_min
                    .value
                    .filter(|n| as_of >= year_end && held < *n);
                let quarters_without = if rules.group_activity_every_quarter.value {
                    quarters_without(&days, g.formed.max(first_day(year)), as_of.min(year_end))
                } else {
                    Vec::new()
                };
                (short_of.is_some() || !quarters_without.is_empty()).then_some(GroupShortfall {
                    group: g.id,
                    held,
                    short_of,
                    quarters_without,
                })
            })
            .collect()
    }

    /// Serving deputies on `on`, not members of the presidium, whom no member liaises with that
    /// day (未联系代表): the presidium side of the dual-contact system (双联系制度, 调研报告
    /// 二(二)3; 组织法2022 第十八条第三款).
    #[doc(alias = "双联系")]
    #[must_use]
    pub fn deputies_without_presidium_contact(
        &self,
        roster: &Roster,
        presidium: &Presidium,
        on: NaiveDate,
    ) -> Vec<DeputyId> {
        let members = presidium.members_at(roster, on);
        roster
            .serving_at(on)
            .into_iter()
            .filter(|d| !members.contains(d))
            .filter(|d| {
                self.contacts
                    .get(d)
                    .is_none_or(|c| c.since > on || !members.contains(&c.member))
            })
            .collect()
    }

    /// The voters' side of the dual-contact system in `year` by `as_of` (代表联系选民,
    /// 组织法2022 第四十三条第一款、第三款).
    #[must_use]
    pub fn voter_contact(&self, roster: &Roster, year: i32, as_of: NaiveDate) -> VoterContact {
        let serving = roster.serving_at(as_of);
        let represented: BTreeSet<ConstituencyId> = serving
            .iter()
            .filter_map(|d| roster.deputy(*d).map(|x| x.constituency))
            .collect();
        let in_year = |on: NaiveDate| on.year() == year && on <= as_of;
        let contacted: BTreeSet<DeputyId> = self
            .receptions
            .values()
            .filter(|r| in_year(r.on))
            .flat_map(|r| r.deputies.iter().copied())
            .chain(
                self.duty_reports
                    .values()
                    .filter(|r| in_year(r.on))
                    .map(|r| r.deputy),
            )
            .collect();
        VoterContact {
            constituencies_without_deputy: roster
                .constituencies()
                .map(|c| c.id)
                .filter(|c| !represented.contains(c))
                .collect(),
            deputies_without_contact: serving
                .into_iter()
                .filter(|d| !contacted.contains(d))
                .collect(),
        }
    }

    /// Deputies holding a mandate on `today` with fewer duty reports this term than
    /// [`Rulebook::duty_reports_per_term_min`](crate::Rulebook) (at least one, the county
    /// report's practice), with the months left in the term (尚未述职).
    ///
    /// The term runs from its first session (组织法2022 第三十八条) for
    /// [`Rulebook::term_years`](crate::Rulebook); before the record holds the first session,
    /// from the day the election was completed. `None` when no term is open.
    #[doc(alias = "尚未述职")]
    #[must_use]
    pub fn pending_duty_reports(
        &self,
        roster: &Roster,
        sessions: &Sessions,
        rules: &Rulebook,
        today: NaiveDate,
    ) -> Option<Vec<PendingDutyReport>> {
        let start = term_start(roster, sessions)?;
        let term_ends = add_months(start, rules.term_years.value.saturating_mul(12))?;
        let months_left = months_between(today, term_ends);
        let required = rules.duty_reports_per_term_min.value;
        let pending = roster
            .deputies_at(today)
            .into_iter()
            .map(|deputy| PendingDutyReport {
                deputy,
                reports: count(
                    self.duty_reports
                        .values()
                        .filter(|r| r.deputy == deputy && r.on >= start)
                        .count(),
                ),
                required,
                term_ends,
                months_left,
            })
            .filter(|p| p.reports < p.required)
            .collect();
        Some(pending)
    }
}

/// The first day of the term: its first session's opening, else the election's completion.
pub(crate) fn term_start(roster: &Roster, sessions: &Sessions) -> Option<NaiveDate> {
    let term = roster.term()?;
    let first = sessions.iter().find(|s| s.kind == SessionKind::First);
    Some(first.map_or(term.election_completed, |s| match s.phase {
        Phase::Sitting { opened_on } | Phase::Closed { opened_on, .. } => opened_on,
        Phase::Scheduled {} => s.opens_on,
    }))
}

/// Whole months from `from` to `to` (0 when `to` is not after `from`).
fn months_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut months = 0_u32;
    while add_months(from, months.saturating_add(1)).is_some_and(|d| d <= to) && months < 1200 {
        months += 1;
    }
    months
}

fn first_day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// First days of the quarters from the one holding `from` that end by `to`, without a day of
/// `days` in them.
fn quarters_without(days: &[NaiveDate], from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut q = quarter_start(from);
    while let Some(next) = add_months(q, 3) {
        if next.pred_opt().is_none_or(|end| end > to) {
            break;
        }
        if !days.iter().any(|d| q <= *d && *d < next) {
            out.push(q);
        }
        q = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap_or_default()
    }

    #[test]
    fn months_left_count_whole_months() {
        assert_eq!(months_between(d(1, 15), d(7, 15)), 6);
        assert_eq!(months_between(d(1, 15), d(7, 14)), 5);
        assert_eq!(months_between(d(7, 15), d(1, 15)), 0);
    }

    #[test]
    fn quarters_end_by_the_cut_off() {
        // A group formed in February with an activity in May: the first and third quarters
        // are missed once they have ended.
        let days = [d(5, 3)];
        assert_eq!(
            quarters_without(&days, d(2, 10), d(9, 30)),
            vec![d(1, 1), d(7, 1)]
        );
        assert_eq!(quarters_without(&days, d(2, 10), d(9, 29)), vec![d(1, 1)]);
    }
}
