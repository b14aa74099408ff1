//! Reading the wire format (JSON and JSON Lines) with errors that say where (读取数据).
//!
//! serde reports a bad value by line and column only (`input is out of range at line 1 column
//! 277`). The readers here name the JSON path of the failing field as well
//! (`command.roster.election_completed`) and, in a log or batch, the line. A message quotes
//! at most [`EXCERPT`] characters of the input, whatever its size.
//!
//! | reader | reads | wire type |
//! | --- | --- | --- |
//! | [`Envelope::from_json`] | one envelope | [`Envelope`] |
//! | [`envelopes`] | JSON Lines of envelopes, one per line (blank lines skipped) | [`Envelope`] |
//! | [`log`] | JSON Lines of recorded entries, as [`Ledger::events`](crate::Ledger::events) writes them | [`Recorded`] |
//! | [`from_str`] | any wire type | any |
//!
//! The format itself — an annotated envelope, event and error — is described in
//! `docs/wire.md`; `tests/fixtures/` holds a township's year of envelopes with their expected
//! outcomes, a conformance suite for implementations in other languages.
//!
//! # Examples
//!
//! ```
//! use township_congress::Envelope;
//!
//! let bad = r#"{"actor": {"kind": "county_standing_committee"}, "at": "2026-01-05T02:00:00Z",
//!   "command": {"roster": {"kind": "term_opened", "township": "青山镇", "number": 8,
//!   "election_completed": "2026-02-30", "population": 28600, "seats": 46, "uplift": false,
//!   "township_kind": "town", "minorities": []}}}"#;
//! let e = Envelope::from_json(bad).err().ok_or("a bad date")?;
//! assert_eq!(e.path, "command.roster.election_completed");
//! assert!(e.to_string().starts_with("at `command.roster.election_completed`: "), "{e}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::ledger::{Envelope, Recorded};
pub use crate::parse::{EXCERPT, ParseError, from_str};

/// Reads JSON Lines of envelopes, one result per non-blank line, in order.
pub fn envelopes(jsonl: &str) -> impl Iterator<Item = Result<Envelope, ParseError>> + '_ {
    lines(jsonl).map(|(n, line)| from_str::<Envelope>(line).map_err(|e| e.at_line(n)))
}

/// Reads a log written as JSON Lines of recorded entries.
///
/// # Errors
///
/// The first line that cannot be read, with its path. Whether the entries keep the rules is
/// for [`Ledger::replay_log`](crate::Ledger::replay_log) to say.
pub fn log(jsonl: &str) -> Result<Vec<Recorded>, ParseError> {
    lines(jsonl)
        .map(|(n, line)| from_str::<Recorded>(line).map_err(|e| e.at_line(n)))
        .collect()
}

/// The non-blank lines with their numbers (from 1).
fn lines(jsonl: &str) -> impl Iterator<Item = (usize, &str)> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i.saturating_add(1), l))
}

impl Envelope {
    /// Reads one envelope from JSON.
    ///
    /// # Errors
    ///
    /// [`ParseError`] naming the path of the failing field.
    pub fn from_json(json: &str) -> Result<Self, ParseError> {
        from_str(json)
    }
}
