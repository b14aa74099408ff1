//! Deadlines (期限): periods in months counted as the civil law counts them, and the working
//! calendar the caller records (工作日历).
//!
//! A period of months starts the day after its start (开始的当日不计入) and ends on the
//! same-numbered day of its last month, or that month's last day when it has none
//! (民法典 第二百零一条、第二百零二条; [`add_months`]). When the last day is a rest day in the
//! [`Calendar`], the period ends on the next working day (第二百零三条).
//!
//! The library knows no holidays: the caller records each year's calendar from the State
//! Council's notice ([`ProposalCommand::RecordCalendar`](super::ProposalCommand::RecordCalendar)).
//! In a recorded year, Saturdays, Sundays and the listed holidays are rest days, except the
//! listed make-up working days (调休上班); in a year not recorded every day counts as a working
//! day, so nothing moves.
//!
//! # Examples
//!
//! ```
//! use chrono::NaiveDate;
//! use township_congress::proposal::Calendar;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).ok_or("date");
//! let none = Calendar::new();
//! assert_eq!(none.period_end(d(2026, 5, 15)?, 3), Some(d(2026, 8, 15)?));
//! assert_eq!(none.period_end(d(2026, 11, 30)?, 3), Some(d(2027, 2, 28)?));
//!
//! // National Day: 1–7 October 2026 are holidays, 10 October a make-up working day.
//! let days = (1..=7).map(|n| d(2026, 10, n)).collect::<Result<_, _>>()?;
//! let cal = Calendar::new().with_year(2026, days, [d(2026, 10, 10)?].into())?;
//! assert_eq!(cal.period_end(d(2026, 7, 1)?, 3), Some(d(2026, 10, 8)?));
//! assert!(cal.is_working_day(d(2026, 10, 10)?)); // a Saturday, worked
//! assert!(!cal.is_working_day(d(2026, 10, 11)?)); // a Sunday
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, Weekday};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ProposalError;
pub use crate::rulebook::add_months;

/// The rest days of one year, as the caller recorded them (年度工作日历).
#[doc(alias = "年度工作日历")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct YearCalendar {
    /// Public holidays (法定节假日), besides Saturdays and Sundays.
    pub holidays: BTreeSet<NaiveDate>,
    /// Saturdays or Sundays worked in exchange for a holiday (调休上班日).
    pub working_days: BTreeSet<NaiveDate>,
}

/// The working calendar deadlines are counted on (工作日历): per year, the holidays and
/// make-up working days the caller recorded. See the [module documentation](self).
#[doc(alias = "工作日历")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Calendar {
    years: BTreeMap<i32, YearCalendar>,
}

/// The most days a search for the next working day looks ahead: no year has a longer rest.
const LOOK_AHEAD: usize = 60;

impl Calendar {
    /// A calendar with no year recorded: every day is a working day.
    #[must_use]
    pub const fn new() -> Self {
        Self {
            years: BTreeMap::new(),
        }
    }

    /// This calendar with `year` recorded.
    ///
    /// # Errors
    ///
    /// * [`ProposalError::CalendarRecorded`] when the year is already recorded.
    /// * [`ProposalError::CalendarDate`] for a date outside the year, or listed both as a
    ///   holiday and as a working day.
    pub fn with_year(
        mut self,
        year: i32,
        holidays: BTreeSet<NaiveDate>,
        working_days: BTreeSet<NaiveDate>,
    ) -> Result<Self, ProposalError> {
        self.check_year(year, &holidays, &working_days)?;
        self.years.insert(
            year,
            YearCalendar {
                holidays,
                working_days,
            },
        );
        Ok(self)
    }

    /// The recorded calendar of `year`, if any.
    #[must_use]
    pub fn year(&self, year: i32) -> Option<&YearCalendar> {
        self.years.get(&year)
    }

    pub(super) fn check_year(
        &self,
        year: i32,
        holidays: &BTreeSet<NaiveDate>,
        working_days: &BTreeSet<NaiveDate>,
    ) -> Result<(), ProposalError> {
        if self.years.contains_key(&year) {
            return Err(ProposalError::CalendarRecorded { year });
        }
        let stray = holidays
            .iter()
            .chain(working_days)
            .find(|d| d.year() != year || (holidays.contains(d) && working_days.contains(d)));
        match stray {
            Some(date) => Err(ProposalError::CalendarDate { date: *date, year }),
            None => Ok(()),
        }
    }

    pub(super) fn record(
        &mut self,
        year: i32,
        holidays: &BTreeSet<NaiveDate>,
        working_days: &BTreeSet<NaiveDate>,
    ) {
        self.years.insert(
            year,
            YearCalendar {
                holidays: holidays.clone(),
                working_days: working_days.clone(),
            },
        );
    }

    /// Whether `date` is a working day (工作日): always, in a year not recorded.
    #[must_use]
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.years.get(&date.year()).is_none_or(|y| {
            let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
            y.working_days.contains(&date) || !(weekend || y.holidays.contains(&date))
        })
    }

    /// `date`, or the first working day after it (休假日结束的次日).
    #[must_use]
    pub fn next_working_day(&self, date: NaiveDate) -> NaiveDate {
        std::iter::successors(Some(date), NaiveDate::succ_opt)
            .take(LOOK_AHEAD)
            .find(|d| self.is_working_day(*d))
            .unwrap_or(date)
    }

    /// The last day of a period of `months` months from `start` (start not counted), moved to
    /// the next working day when it falls on a rest day (民法典 第二百零一至二百零三条). `None`
    /// only past the year 262,143.
    #[must_use]
    pub fn period_end(&self, start: NaiveDate, months: u32) -> Option<NaiveDate> {
        add_months(start, months).map(|end| self.next_working_day(end))
    }

    /// The `n`th working day after `start` (start not counted): the last day of a period of
    /// `n` working days (…个工作日内).
    #[must_use]
    pub fn working_days_after(&self, start: NaiveDate, n: u32) -> Option<NaiveDate> {
        let n = usize::try_from(n).ok()?;
        if n == 0 {
            return Some(start);
        }
        std::iter::successors(start.succ_opt(), NaiveDate::succ_opt)
            .take(n.saturating_mul(4).saturating_add(LOOK_AHEAD))
            .filter(|d| self.is_working_day(*d))
            .nth(n - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn national_day() -> Calendar {
        let holidays = (1..=7).map(|n| d(2026, 10, n)).collect();
        Calendar::new()
            .with_year(2026, holidays, [d(2026, 9, 27), d(2026, 10, 10)].into())
            .unwrap_or_default()
    }

    #[test]
    fn months_count_from_the_next_day_and_clamp_to_month_end() {
        let c = Calendar::new();
        assert_eq!(c.period_end(d(2026, 5, 15), 3), Some(d(2026, 8, 15)));
        assert_eq!(c.period_end(d(2026, 11, 30), 3), Some(d(2027, 2, 28)));
        assert_eq!(c.period_end(d(2027, 8, 31), 6), Some(d(2028, 2, 29)));
        assert_eq!(c.period_end(d(2026, 5, 15), 6), Some(d(2026, 11, 15)));
    }

    #[test]
    fn a_rest_day_at_the_end_moves_it_when_the_calendar_says_so() {
        let c = national_day();
        assert_eq!(c.period_end(d(2026, 7, 1), 3), Some(d(2026, 10, 8)));
        // 15 August 2026 is a Saturday: in a recorded year the period runs to Monday.
        assert_eq!(c.period_end(d(2026, 5, 15), 3), Some(d(2026, 8, 17)));
        assert_eq!(
            Calendar::new().period_end(d(2026, 7, 1), 3),
            Some(d(2026, 10, 1))
        );
    }

    #[test]
    fn working_days_skip_rest_days_and_count_make_up_days() {
        let c = national_day();
        // From Wednesday 30 September: 8, 9, 10 (a make-up Saturday), 12 … October.
        assert_eq!(
            c.working_days_after(d(2026, 9, 30), 3),
            Some(d(2026, 10, 10))
        );
        assert_eq!(
            c.working_days_after(d(2026, 9, 30), 7),
            Some(d(2026, 10, 15))
        );
        assert_eq!(
            Calendar::new().working_days_after(d(2026, 9, 30), 7),
            Some(d(2026, 10, 7))
        );
        assert!(c.is_working_day(d(2026, 9, 27)));
    }

    #[test]
    fn a_year_is_recorded_once_with_its_own_dates() {
        let c = national_day();
        assert_eq!(
            c.clone().with_year(2026, BTreeSet::new(), BTreeSet::new()),
            Err(ProposalError::CalendarRecorded { year: 2026 })
        );
        assert_eq!(
            Calendar::new().with_year(2027, [d(2026, 1, 1)].into(), BTreeSet::new()),
            Err(ProposalError::CalendarDate {
                date: d(2026, 1, 1),
                year: 2027
            })
        );
        let both = [d(2027, 2, 7)];
        assert!(
            Calendar::new()
                .with_year(2027, both.into(), both.into())
                .is_err()
        );
    }
}
