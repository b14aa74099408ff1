//! One line per event and per entry, as a clerk would write it in the register (登记簿).

use std::fmt;

use super::{Event, Recorded};
use crate::label::Label;

/// The event's Chinese name, then its wire tag: `宣布表决结果 (session: vote_closed)`.
///
/// # Examples
///
/// ```
/// use township_congress::{Event, RosterChange};
/// use chrono::NaiveDate;
///
/// let e = Event::Roster(RosterChange::DeputyListPublished {
///     on: NaiveDate::from_ymd_opt(2026, 1, 5).ok_or("date")?,
/// });
/// assert_eq!(e.to_string(), "公布代表名单 (roster: deputy_list_published)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (module, kind) = wire_names(self);
        write!(f, "{} ({module}: {kind})", self.label_zh())
    }
}

/// `#12 2026-01-15T02:00:00Z 主席团 (the presidium): 宣布表决结果 (session: vote_closed) ⇒ 接受代表辞职`.
impl fmt::Display for Recorded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "#{} {} {} ({}): {}",
            self.seq,
            self.at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            self.actor.label_zh(),
            self.actor,
            self.event
        )?;
        for (k, effect) in self.effects.iter().enumerate() {
            f.write_str(if k == 0 { " ⇒ " } else { "、" })?;
            f.write_str(effect.label_zh())?;
        }
        Ok(())
    }
}

/// The module and the `kind` tag an event is written with.
fn wire_names(event: &Event) -> (&'static str, String) {
    let module = match event {
        Event::Roster(_) => "roster",
        Event::Session(_) => "session",
        Event::Presidium(_) => "presidium",
        Event::Proposal(_) => "proposal",
        Event::Supervision(_) => "supervision",
        Event::Deputy(_) => "deputy",
    };
    let kind = serde_json::to_value(event)
        .ok()
        .and_then(|v| {
            v.get(module)
                .and_then(|inner| inner.get(crate::wire::TAG))
                .and_then(|k| k.as_str().map(str::to_owned))
        })
        .unwrap_or_default();
    (module, kind)
}
