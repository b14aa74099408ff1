//! Calendar arithmetic for deadlines (期间计算), following the civil-law counting convention.

use chrono::{DateTime, Months, NaiveDate, TimeDelta, Utc};

/// The local calendar date of an instant at a fixed UTC offset in minutes (+480 = UTC+08:00).
///
/// # Examples
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use township_congress::rulebook::local_date;
///
/// // 17:00 UTC on 31 March is already 1 April in Beijing.
/// let at = Utc.with_ymd_and_hms(2026, 3, 31, 17, 0, 0).single().ok_or("bad time")?;
/// assert_eq!(local_date(at, 480), NaiveDate::from_ymd_opt(2026, 4, 1).ok_or("bad date")?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn local_date(at: DateTime<Utc>, utc_offset_minutes: i32) -> NaiveDate {
    let utc = at.naive_utc();
    utc.checked_add_signed(TimeDelta::minutes(i64::from(utc_offset_minutes)))
        .unwrap_or(utc)
        .date()
}

/// The last day of a period of `months` months that starts on `start` (交办之日起三个月内).
///
/// The start day is not counted; the period ends on the corresponding day of the final month,
/// or on that month's last day when it has no such day (民法典 第二百零一条、第二百零二条).
/// Holiday extensions (第二百零三条) are left to the caller's calendar. `None` only past the
/// year 262,143.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use township_congress::rulebook::add_months;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
/// assert_eq!(add_months(d(2026, 3, 15).ok_or("date")?, 3), d(2026, 6, 15));
/// assert_eq!(add_months(d(2026, 11, 30).ok_or("date")?, 3), d(2027, 2, 28));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn add_months(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(months))
}

/// The first day of the quarter that contains `date` (季度).
#[must_use]
pub fn quarter_start(date: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let month = (date.month0() / 3) * 3 + 1;
    NaiveDate::from_ymd_opt(date.year(), month, 1).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn month_end_clamps() {
        assert_eq!(add_months(d(2026, 8, 31), 6), Some(d(2027, 2, 28)));
        assert_eq!(add_months(d(2027, 8, 31), 6), Some(d(2028, 2, 29)));
        assert_eq!(add_months(d(2026, 1, 31), 1), Some(d(2026, 2, 28)));
    }

    #[test]
    fn local_date_crosses_midnight() {
        let at = Utc
            .with_ymd_and_hms(2026, 12, 31, 16, 0, 0)
            .single()
            .unwrap_or_default();
        assert_eq!(local_date(at, 480), d(2027, 1, 1));
        assert_eq!(local_date(at, 0), d(2026, 12, 31));
    }

    #[test]
    fn quarters() {
        assert_eq!(quarter_start(d(2026, 3, 31)), d(2026, 1, 1));
        assert_eq!(quarter_start(d(2026, 4, 1)), d(2026, 4, 1));
        assert_eq!(quarter_start(d(2026, 12, 5)), d(2026, 10, 1));
    }
}
