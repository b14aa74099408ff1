//! Why the ledger refused an envelope or a log (档案错误), as data: a code per rule, the
//! numbers as fields, an English sentence and a Chinese one. A replayed entry whose effects
//! differ from what its event entails shows both events in words.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::Serialize;

use super::{Error, Words};
use crate::digest::Digest;
use crate::ids::DeputyId;
use crate::label::{Zh, phrase_zh};
use crate::limits::TooLong;
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
    /// A log entry's digest is not the one its canonical bytes and the previous entry's digest
    /// give (`docs/archive.md`): the entry, or one before it, was edited, inserted, removed or
    /// moved after it was recorded.
    #[error(
        "log entry at position {position} (seq {seq}) breaks the archive's hash chain: its digest should be {expected}, it is {found}"
    )]
    #[serde(rename = "ledger.chain_broken")]
    ChainBroken {
        /// 0-based position in the log.
        position: usize,
        /// Its seq.
        seq: u64,
        /// The digest its canonical bytes give after the previous entry's.
        expected: Digest,
        /// The digest it carries.
        found: Digest,
    },
    /// An entry could not be written in its canonical form to be hashed; no entry the crate
    /// records or reads fails to.
    #[error("the entry cannot be written in its canonical form: {message}")]
    #[serde(rename = "ledger.not_canonical")]
    NotCanonical {
        /// serde_json's message, bounded.
        message: String,
    },
    /// A string or a list in the envelope or entry is longer than its bound
    /// ([`crate::limits`]).
    #[error(transparent)]
    #[serde(rename = "ledger.too_long")]
    TooLong(#[from] TooLong),
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
        "ledger.chain_broken",
        "ledger.not_canonical",
        "ledger.too_long",
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
            Self::ChainBroken { .. } => "ledger.chain_broken",
            Self::NotCanonical { .. } => "ledger.not_canonical",
            Self::TooLong(_) => "ledger.too_long",
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
            | Self::BadSequence { .. }
            | Self::ChainBroken { .. }
            | Self::NotCanonical { .. }
            | Self::TooLong(_) => None,
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
            | Self::BadSequence { .. }
            | Self::ChainBroken { .. }
            | Self::NotCanonical { .. }
            | Self::TooLong(_) => None,
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
            LedgerError::ChainBroken {
                position,
                seq,
                expected,
                found,
            } => write!(
                f,
                "档案第{position}位（从0起，序号{seq}）的条目与哈希链不符：摘要应为{expected}，实为{found}；该条目或其前的条目在记载后被修改、插入、删除或移动"
            ),
            LedgerError::NotCanonical { message } => {
                write!(f, "该条目无法写成规范形式以计算摘要：{message}")
            }
            LedgerError::TooLong(e) => e.zh().fmt(f),
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
