//! Why the ledger refused an envelope or a log (档案错误), as data: a code per rule, the
//! numbers as fields, an English sentence and a Chinese one. A replayed entry whose effects
//! differ from what its event entails shows both events in words.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

use super::Event;
use crate::error::{Error, Words};
use crate::ids::DeputyId;
use crate::label::{Label, Zh, phrase_zh};
use crate::rulebook::{Basis, Citation};

/// Why the ledger refused an envelope or a log (档案错误).
///
/// On the wire it is an object tagged by `code` (`"ledger.replay"`); a replay refusal carries
/// the entry's position and the refusal of the rule it breaks, itself tagged by its code.
///
/// # Examples
///
/// ```
/// use township_congress::ledger::LedgerError;
///
/// let e = LedgerError::BadSequence { position: 3, seq: 5, expected: 4 };
/// assert_eq!(e.code(), "ledger.bad_sequence");
/// assert_eq!(e.to_string(), "log entry at position 3 has seq 5; expected 4");
/// assert_eq!(e.zh().to_string(), "档案第3位（从0起）的条目序号为5，应为4");
/// assert_eq!(serde_json::to_value(&e)?["expected"], 4);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "档案错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum LedgerError {
    /// The envelope is dated before the last recorded event: time never goes backwards.
    #[error(
        "the command is dated {at}, before the last recorded event ({last}); time never goes backwards"
    )]
    #[serde(rename = "ledger.time_went_backwards")]
    TimeWentBackwards {
        /// The last recorded time.
        last: DateTime<Utc>,
        /// The envelope's time.
        at: DateTime<Utc>,
    },
    /// A fact the congress decides at a session was stated by hand after the record's first
    /// session.
    #[error(
        "{what} is decided by the congress at a session and recorded from its vote; stating it by hand is only for facts from before this record's first session ({citation})"
    )]
    #[serde(rename = "ledger.decided_at_session")]
    DecidedAtSession {
        /// What was stated, in English (`an officer elected`).
        what: &'static str,
        /// The rule that gives the decision to the congress.
        citation: Citation,
    },
    /// A mandate would end (or be suspended) before a day on which the record shows the
    /// deputy acting.
    #[error(
        "deputy {deputy} is recorded acting on {last_act}; their mandate cannot end or be suspended from {on}, earlier"
    )]
    #[serde(rename = "ledger.before_recorded_acts")]
    BeforeRecordedActs {
        /// The deputy.
        deputy: DeputyId,
        /// The date of the change.
        on: NaiveDate,
        /// The last day the record shows them acting.
        last_act: NaiveDate,
    },
    /// A log entry's effects are not what its event entails.
    #[error(
        "the entry records {recorded} effect(s) but its event entails {computed}; the first that differs is {recorded_effect} as recorded, {entailed_effect} as entailed"
    )]
    #[serde(rename = "ledger.effects_mismatch")]
    EffectsMismatch {
        /// Effects recorded.
        recorded: usize,
        /// Effects the event entails.
        computed: usize,
        /// The first recorded effect that differs, in words (`none` when the entry has fewer).
        recorded_effect: Box<Words>,
        /// The effect the event entails in its place, in words (`none` when it entails fewer).
        entailed_effect: Box<Words>,
    },
    /// A log entry's sequence number is not its position.
    #[error("log entry at position {position} has seq {seq}; expected {expected}")]
    #[serde(rename = "ledger.bad_sequence")]
    BadSequence {
        /// 0-based position in the log.
        position: usize,
        /// The seq found.
        seq: u64,
        /// The seq expected.
        expected: u64,
    },
    /// A log entry breaks a rule.
    #[error("log entry at position {position} (seq {seq}) breaks a rule: {error}")]
    #[serde(rename = "ledger.replay")]
    Replay {
        /// 0-based position in the log.
        position: usize,
        /// Its seq.
        seq: u64,
        /// The rule it breaks.
        error: Box<Error>,
    },
}

impl LedgerError {
    /// Every code, in the order of the variants; each once.
    pub const CODES: &'static [&'static str] = &[
        "ledger.time_went_backwards",
        "ledger.decided_at_session",
        "ledger.before_recorded_acts",
        "ledger.effects_mismatch",
        "ledger.bad_sequence",
        "ledger.replay",
    ];

    /// The stable code (错误代码), as the wire's `code` tag.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::TimeWentBackwards { .. } => "ledger.time_went_backwards",
            Self::DecidedAtSession { .. } => "ledger.decided_at_session",
            Self::BeforeRecordedActs { .. } => "ledger.before_recorded_acts",
            Self::EffectsMismatch { .. } => "ledger.effects_mismatch",
            Self::BadSequence { .. } => "ledger.bad_sequence",
            Self::Replay { .. } => "ledger.replay",
        }
    }

    /// The article the refusal applies (法律依据); for a replayed entry, the article of the
    /// rule it breaks.
    #[must_use]
    pub fn citation(&self) -> Option<&Citation> {
        match self {
            Self::DecidedAtSession { citation, .. } => Some(citation),
            Self::Replay { error, .. } => error.citation(),
            Self::TimeWentBackwards { .. }
            | Self::BeforeRecordedActs { .. }
            | Self::EffectsMismatch { .. }
            | Self::BadSequence { .. } => None,
        }
    }

    /// The rule with its standing, for a replayed entry whose refusal carries one (依据).
    #[must_use]
    pub fn basis(&self) -> Option<&Basis> {
        match self {
            Self::Replay { error, .. } => error.basis(),
            Self::TimeWentBackwards { .. }
            | Self::DecidedAtSession { .. }
            | Self::BeforeRecordedActs { .. }
            | Self::EffectsMismatch { .. }
            | Self::BadSequence { .. } => None,
        }
    }

    /// The refusal as a clerk reads it, in Chinese (中文说明).
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, LedgerError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            LedgerError::TimeWentBackwards { last, at } => write!(
                f,
                "命令的时间为{at}，早于最后一条记录的时间（{last}）；时间不能倒流"
            ),
            LedgerError::DecidedAtSession { what, citation } => write!(
                f,
                "{}由人民代表大会在会议上决定，并根据表决结果记载；只有本档案第一次会议之前的事实才能直接登记（{citation}）",
                phrase_zh(what)
            ),
            LedgerError::BeforeRecordedActs {
                deputy,
                on,
                last_act,
            } => write!(
                f,
                "档案记载代表{deputy}在{last_act}仍在履职，其代表资格不能自更早的{on}起终止或暂停"
            ),
            LedgerError::EffectsMismatch {
                recorded,
                computed,
                recorded_effect,
                entailed_effect,
            } => write!(
                f,
                "该条目记载{recorded}项附带结果，而其事件应带来{computed}项；第一处不同：记载为{}，应为{}",
                recorded_effect.zh, entailed_effect.zh
            ),
            LedgerError::BadSequence {
                position,
                seq,
                expected,
            } => write!(
                f,
                "档案第{position}位（从0起）的条目序号为{seq}，应为{expected}"
            ),
            LedgerError::Replay {
                position,
                seq,
                error,
            } => write!(
                f,
                "档案第{position}位（从0起，序号{seq}）的条目违反规则：{}",
                error.zh()
            ),
        }
    }
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
    Words::new(
        format!("{module}: {kind} ({})", fields(false).join(", ")),
        format!("{}（{}）", event.label_zh(), fields(true).join("，")),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::RosterChange;
    use crate::rulebook::Citation;
    use crate::session::SessionError;
    use crate::testing::check_error_samples;

    fn samples() -> Vec<LedgerError> {
        let at = |h: i64| DateTime::from_timestamp(1_780_000_000 + h * 3600, 0).unwrap_or_default();
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default();
        let seat = Event::Roster(RosterChange::DeputyListPublished { on: day(2) });
        vec![
            LedgerError::TimeWentBackwards {
                last: at(2),
                at: at(1),
            },
            LedgerError::DecidedAtSession {
                what: "an officer elected",
                citation: Citation::organic(14, Some(4)),
            },
            LedgerError::BeforeRecordedActs {
                deputy: DeputyId::from_u128(7),
                on: day(1),
                last_act: day(3),
            },
            LedgerError::EffectsMismatch {
                recorded: 0,
                computed: 1,
                recorded_effect: Box::new(event_words(None)),
                entailed_effect: Box::new(event_words(Some(&seat))),
            },
            LedgerError::BadSequence {
                position: 3,
                seq: 5,
                expected: 4,
            },
            LedgerError::Replay {
                position: 2,
                seq: 3,
                error: Box::new(Error::Session(SessionError::NoTerm)),
            },
        ]
    }

    #[test]
    fn every_variant_has_its_code_its_wire_tag_and_both_sentences() {
        let rendered: Vec<_> = samples()
            .iter()
            .map(|e| {
                let value = serde_json::to_value(e).unwrap_or_default();
                let citation = e.citation().map(ToString::to_string);
                (e.code(), value, e.to_string(), e.zh().to_string(), citation)
            })
            .collect();
        check_error_samples(LedgerError::CODES, "ledger.", &rendered);
    }

    #[test]
    fn an_edited_effect_reads_as_the_event_in_words() {
        let e = samples()
            .into_iter()
            .find(|e| e.code() == "ledger.effects_mismatch");
        let (en, zh) = e
            .map(|e| (e.to_string(), e.zh().to_string()))
            .unwrap_or_default();
        assert!(
            !en.contains("DeputyListPublished") && !en.contains('{'),
            "{en}"
        );
        assert!(
            en.ends_with(
                "none as recorded, roster: deputy_list_published (on 2026-03-02) as entailed"
            ),
            "{en}"
        );
        assert!(
            zh.ends_with("记载为无，应为公布代表名单（on 2026-03-02）"),
            "{zh}"
        );
    }
}
