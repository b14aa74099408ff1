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

use std::fmt;

use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::ledger::{Envelope, Recorded};

/// The most characters of the input an error message quotes.
pub const EXCERPT: usize = 120;

/// Inputs up to this size get the exact path inside internally tagged objects; larger ones
/// get the path serde tracked (bounded cost on hostile input).
const REFINE_MAX_BYTES: usize = 64 * 1024;
/// Members tried per object or list when refining.
const REFINE_MAX_MEMBERS: usize = 64;

/// Why a piece of JSON could not be read, and where (读取错误).
#[doc(alias = "读取错误")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema, thiserror::Error)]
#[non_exhaustive]
pub struct ParseError {
    /// The line of a JSON Lines input (from 1), when reading one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The JSON path of the value that failed (`command.roster.election_completed`; `.` for
    /// the document itself).
    pub path: String,
    /// What was wrong, as serde says it, cut to [`EXCERPT`] characters of quoted input.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}, ")?;
        }
        write!(f, "at `{}`: {}", self.path, self.message)
    }
}

impl ParseError {
    /// 中文: "第3行 `command.roster.election_completed` 处：…".
    #[must_use]
    pub fn zh(&self) -> String {
        let line = self.line.map(|l| format!("第{l}行 ")).unwrap_or_default();
        format!("{line}`{}` 处数据无法读取：{}", self.path, self.message)
    }

    fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }
}

/// Reads any wire type from JSON, naming the path of a failing field.
///
/// serde tracks the path through plain objects and lists; inside an internally tagged object
/// (`{"kind": …}`) it reads from a buffer and loses track. There the reader finds the field
/// itself: on the error path only, it removes one member at a time from the object serde
/// stopped at and keeps the one whose absence changes the error, then looks inside it.
///
/// # Errors
///
/// [`ParseError`] with the path and serde's message.
pub fn from_str<T: DeserializeOwned>(json: &str) -> Result<T, ParseError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let error = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(value) => {
            return de.end().map(|()| value).map_err(|e| ParseError {
                line: None,
                path: ".".to_owned(),
                message: excerpt(&e.to_string()),
            });
        }
        Err(e) => e,
    };
    let message = excerpt(&error.inner().to_string());
    let start: Vec<Seg> = error.path().iter().filter_map(Seg::of).collect();
    // Refining costs a parse per member tried: only for inputs of a sensible size.
    let parsed = (json.len() <= REFINE_MAX_BYTES)
        .then(|| serde_json::from_str::<serde_json::Value>(json).ok())
        .flatten();
    let path = match parsed {
        Some(root) => refine::<T>(&root, start),
        None => start,
    };
    Err(ParseError {
        line: None,
        path: render(&path),
        message,
    })
}

/// One step of a JSON path.
#[derive(Debug, Clone)]
enum Seg {
    Key(String),
    Index(usize),
}

impl Seg {
    fn of(s: &serde_path_to_error::Segment) -> Option<Self> {
        use serde_path_to_error::Segment as S;
        match s {
            S::Map { key } => Some(Self::Key(key.clone())),
            S::Enum { variant } => Some(Self::Key(variant.clone())),
            S::Seq { index } => Some(Self::Index(*index)),
            S::Unknown => None,
        }
    }
}

fn render(path: &[Seg]) -> String {
    if path.is_empty() {
        return ".".to_owned();
    }
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// serde's error for `value`, if any (no line or column: the value is already parsed).
fn error_of<T: DeserializeOwned>(value: &serde_json::Value) -> Option<String> {
    serde_json::from_value::<T>(value.clone())
        .err()
        .map(|e| e.to_string())
}

fn node<'a>(root: &'a serde_json::Value, path: &[Seg]) -> Option<&'a serde_json::Value> {
    path.iter().try_fold(root, |v, seg| match seg {
        Seg::Key(k) => v.get(k),
        Seg::Index(i) => v.get(*i),
    })
}

/// `root` without the member `last` of the node at `path`.
fn without(root: &serde_json::Value, path: &[Seg], last: &Seg) -> serde_json::Value {
    let mut copy = root.clone();
    let parent = path.iter().try_fold(&mut copy, |v, seg| match seg {
        Seg::Key(k) => v.get_mut(k),
        Seg::Index(i) => v.get_mut(*i),
    });
    match (parent, last) {
        (Some(serde_json::Value::Object(map)), Seg::Key(k)) => {
            map.remove(k);
        }
        (Some(serde_json::Value::Array(items)), Seg::Index(i)) if *i < items.len() => {
            items.remove(*i);
        }
        _ => {}
    }
    copy
}

/// Follows the error down from where serde lost track: the member whose absence changes the
/// error is the one at fault. A missing field is reported at its object.
fn refine<T: DeserializeOwned>(root: &serde_json::Value, mut path: Vec<Seg>) -> Vec<Seg> {
    let Some(error) = error_of::<T>(root) else {
        return path;
    };
    if error.starts_with("missing field") {
        return path;
    }
    for _ in 0..32 {
        let members: Vec<Seg> = match node(root, &path) {
            Some(serde_json::Value::Object(map)) => map
                .keys()
                .take(REFINE_MAX_MEMBERS)
                .cloned()
                .map(Seg::Key)
                .collect(),
            Some(serde_json::Value::Array(items)) => (0..items.len().min(REFINE_MAX_MEMBERS))
                .map(Seg::Index)
                .collect(),
            _ => break,
        };
        // The tag (`kind`) is read before the other fields, so its absence changes any
        // error: it is at fault only when the error is about the tag.
        let tag_at_fault = error.starts_with("unknown variant");
        let culprit = members
            .into_iter()
            .filter(|m| tag_at_fault || !matches!(m, Seg::Key(k) if k == crate::wire::TAG))
            .find(|m| error_of::<T>(&without(root, &path, m)).as_ref() != Some(&error));
        match culprit {
            Some(m) => path.push(m),
            None => break,
        }
    }
    path
}

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

/// A message cut to [`EXCERPT`] characters of quoted input: serde quotes the bad value, which
/// may be megabytes long.
pub(crate) fn excerpt(message: &str) -> String {
    if message.chars().count() <= EXCERPT.saturating_mul(2) {
        return message.to_owned();
    }
    let head: String = message.chars().take(EXCERPT).collect();
    let tail: String = {
        let mut t: Vec<char> = message.chars().rev().take(EXCERPT / 2).collect();
        t.reverse();
        t.into_iter().collect()
    };
    format!("{head}…{tail}")
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
