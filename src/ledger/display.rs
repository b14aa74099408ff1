//! One line per event and per entry, as a clerk would write it in the register (登记簿).

use std::fmt;

use serde_json::Value;

use super::{Event, Recorded};
use crate::label::Label;
use crate::label::Words;

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

/// An event in words, for a refusal that shows it: its name and wire tag, then its fields.
///
/// `session: vote_closed (session 0000…, item 0000…)` / `宣布表决结果（session 0000…，item
/// 0000…）`. Fields keep their wire names; values are written out, not dumped as data.
pub(crate) fn event_words(event: Option<&Event>) -> Words {
    let Some(event) = event else {
        return Words::new("none", "无");
    };
    let json = serde_json::to_value(event).unwrap_or_default();
    let Some((module, inner)) = json.as_object().and_then(|o| o.iter().next()) else {
        return Words::same(event.label_zh());
    };
    let kind = inner
        .get(crate::wire::TAG)
        .and_then(Value::as_str)
        .unwrap_or_default();
    let fields = |zh: bool| -> Vec<String> {
        inner
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(k, v)| k.as_str() != crate::wire::TAG && !v.is_null())
            .map(|(k, v)| format!("{k} {}", value_words(v, zh)))
            .collect()
    };
    // An excerpt only: a recorded event may carry long texts and lists.
    Words::new(
        crate::limits::excerpt(&format!("{module}: {kind} ({})", fields(false).join(", "))),
        crate::limits::excerpt(&format!(
            "{}（{}）",
            event.label_zh(),
            fields(true).join("，")
        )),
    )
}

/// A JSON value written out: text as is, yes/no, lists and nested objects in brackets.
fn value_words(v: &Value, zh: bool) -> String {
    let (yes, no, none, sep) = if zh {
        ("是", "否", "无", "、")
    } else {
        ("yes", "no", "none", ", ")
    };
    match v {
        Value::Null => none.to_owned(),
        Value::Bool(b) => (if *b { yes } else { no }).to_owned(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) if items.is_empty() => none.to_owned(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(|i| value_words(i, zh)).collect();
            parts.join(sep)
        }
        Value::Object(o) => {
            let parts: Vec<String> = o
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| format!("{k} {}", value_words(v, zh)))
                .collect();
            format!("({})", parts.join(sep))
        }
    }
}
