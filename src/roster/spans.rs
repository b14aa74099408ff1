//! Indexes over the roster's dated spans (tenures, administrative posts), so that a command's
//! cost does not grow with how many spans the term has recorded (issue 13).
//!
//! A span covers the days `from..until` (`until` exclusive, absent while open). A query asks
//! for the spans *reaching* a day: open, or ending after it. The index keeps each span's
//! position under its key (a post, a deputy), ordered by its end, so the spans reaching a day
//! are one range: the open ones and those ended after it, not every span ever recorded.
//! A span that ended the day it began covers no day and is not indexed at all.

use std::collections::BTreeSet;

use chrono::NaiveDate;

/// Where a span ends: on a date (exclusive), or not yet. `At` sorts before `Open`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum End {
    At(NaiveDate),
    Open,
}

/// The positions of spans under a key, by their end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Spans<K: Ord + Copy> {
    by_end: BTreeSet<(K, End, usize)>,
}

impl<K: Ord + Copy> Default for Spans<K> {
    fn default() -> Self {
        Self {
            by_end: BTreeSet::new(),
        }
    }
}

impl<K: Ord + Copy> Spans<K> {
    /// Records span `at` of `key`, which began on `from` and ends at `end`.
    pub(super) fn insert(&mut self, key: K, from: NaiveDate, end: End, at: usize) {
        if end != End::At(from) {
            self.by_end.insert((key, end, at));
        }
    }

    /// Span `at` of `key`, open until now, ended on `until`.
    pub(super) fn close(&mut self, key: K, from: NaiveDate, until: NaiveDate, at: usize) {
        self.by_end.remove(&(key, End::Open, at));
        self.insert(key, from, End::At(until), at);
    }

    /// The open spans of `key`, in the order they were recorded.
    pub(super) fn open(&self, key: K) -> impl Iterator<Item = usize> + '_ {
        self.by_end
            .range((key, End::Open, 0)..=(key, End::Open, usize::MAX))
            .map(|(_, _, at)| *at)
    }

    /// The spans of `key` that cover some day from `on` on (open, or ended after `on`), in
    /// the order they were recorded.
    pub(super) fn reaching(&self, key: K, on: NaiveDate) -> Vec<usize> {
        let first = on.succ_opt().map_or(End::Open, End::At);
        let mut out: Vec<usize> = self
            .by_end
            .range((key, first, 0)..=(key, End::Open, usize::MAX))
            .map(|(_, _, at)| *at)
            .collect();
        out.sort_unstable();
        out
    }
}

/// The most spans covering any one day from `on` on, of spans `from..until`: sorted once,
/// swept once, instead of counting the spans again for every day on which one begins.
pub(super) fn peak_from(
    on: NaiveDate,
    spans: impl IntoIterator<Item = (NaiveDate, Option<NaiveDate>)>,
) -> usize {
    let mut now = 0_usize;
    // (day, +1 for a span beginning, -1 for one ending), after `on`.
    let mut changes: Vec<(NaiveDate, bool)> = Vec::new();
    for (from, until) in spans {
        if until.is_some_and(|u| u <= on || u <= from) {
            continue;
        }
        if from <= on {
            now = now.saturating_add(1);
        } else {
            changes.push((from, true));
        }
        if let Some(u) = until {
            changes.push((u, false));
        }
    }
    changes.sort_unstable();
    let mut peak = now;
    for day in changes.chunk_by(|a, b| a.0 == b.0) {
        for (_, begins) in day {
            now = if *begins {
                now.saturating_add(1)
            } else {
                now.saturating_sub(1)
            };
        }
        peak = peak.max(now);
    }
    peak
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, day).unwrap_or_default()
    }

    /// The definition: the most spans covering one of the days `on` and every later start.
    fn brute(on: NaiveDate, spans: &[(NaiveDate, Option<NaiveDate>)]) -> usize {
        let covers =
            |(f, u): &(NaiveDate, Option<NaiveDate>), day| *f <= day && u.is_none_or(|u| day < u);
        std::iter::once(on)
            .chain(spans.iter().map(|s| s.0).filter(|f| *f > on))
            .map(|day| spans.iter().filter(|s| covers(s, day)).count())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn the_sweep_agrees_with_the_definition() {
        // Every span over days 1..=6 (open or not), in sets of up to three, from every day.
        let mut all = Vec::new();
        for f in 1..=6 {
            all.push((d(f), None));
            for u in f..=6 {
                all.push((d(f), Some(d(u))));
            }
        }
        for a in &all {
            for b in &all {
                for c in [None, Some(all[3]), Some(all[10]), Some(all[20])] {
                    let mut spans = vec![*a, *b];
                    spans.extend(c);
                    for on in 1..=7 {
                        assert_eq!(
                            peak_from(d(on), spans.clone()),
                            brute(d(on), &spans),
                            "{spans:?} from {on}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn reaching_is_the_open_spans_and_those_ended_after_the_day() {
        let mut s: Spans<u8> = Spans::default();
        s.insert(1, d(1), End::Open, 0);
        s.insert(1, d(2), End::Open, 1);
        s.insert(2, d(2), End::Open, 2);
        s.close(1, d(1), d(5), 0);
        s.insert(1, d(3), End::At(d(3)), 3); // empty: never indexed
        assert_eq!(s.reaching(1, d(4)), vec![0, 1]);
        assert_eq!(s.reaching(1, d(5)), vec![1]);
        assert_eq!(s.open(1).collect::<Vec<_>>(), vec![1]);
        assert_eq!(s.reaching(2, d(9)), vec![2]);
        let last = NaiveDate::MAX;
        assert_eq!(s.reaching(1, last), vec![1]);
    }
}
