//! Bounds on free text and lists in what the crate reads (输入限制), and short excerpts of bad
//! input in error messages, all in one place.
//!
//! A command, an archive entry or a rulebook profile is refused with [`TooLong`] when a string
//! or a list in it is longer than its bound, so no input makes a command's cost grow with its
//! size and no error message grows with the input:
//!
//! | kind | fields | at most |
//! | --- | --- | --- |
//! | [`TextKind::Name`] | `name`, `township`, `village`, `minorities`, `leader`, `responder`, `organ` | [`NAME_MAX_CHARS`] (64) characters |
//! | [`TextKind::Title`] | `title`, `topic`, `place`, `category`, `classification`, `class`, `law` | [`TITLE_MAX_CHARS`] (200) characters |
//! | [`TextKind::Text`] | every other string: reasons, findings, opinions, answers, summaries … | [`TEXT_MAX_CHARS`] (10,000) characters |
//! | list | any list or map in one command or entry (deputies, candidates, tallies, signers …) | [`LIST_MAX_ITEMS`] (1,000) items |
//!
//! Lists that grow over several commands are bounded by the law where it gives a number:
//! nominations per election by the seats (the presidium nominates at most one candidate a seat,
//! each deputy signs at most that many joint nominations), tallies by the candidates on the
//! ballot, signers by the serving deputies. Where the law gives none, the bound is here:
//! [`DEPUTY_HEADS_MAX`] (10) deputy township heads, so an election cannot be called for more.
//!
//! Characters are Unicode scalar values (`str::chars`), so a Chinese name of 64 characters is
//! within bounds whatever its UTF-8 length. An error message quotes at most [`EXCERPT_CHARS`]
//! (64) characters of the input it refuses ([`excerpt`]).
//!
//! # Examples
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use township_congress::limits::{TextKind, NAME_MAX_CHARS};
//! use township_congress::ledger::LedgerError;
//! use township_congress::{Actor, Command, Envelope, Error, Ledger, Rulebook, RosterChange};
//!
//! let at = Utc.with_ymd_and_hms(2026, 1, 5, 2, 0, 0).single().ok_or("time")?;
//! let mut ledger = Ledger::new(Rulebook::NATIONAL);
//! let open = RosterChange::TermOpened {
//!     township: "青".repeat(NAME_MAX_CHARS + 1),
//!     number: 8,
//!     election_completed: NaiveDate::from_ymd_opt(2026, 1, 4).ok_or("date")?,
//!     population: 30_000,
//!     seats: 50,
//!     uplift: false,
//!     township_kind: township_congress::roster::TownshipKind::Town,
//!     minorities: Vec::new(),
//! };
//! let refused = ledger.execute(Envelope::new(Actor::CountyStandingCommittee {}, at, Command::Roster(open)));
//! let Err(Error::Ledger(LedgerError::TooLong(e))) = refused else { panic!("not refused") };
//! assert_eq!((e.field, e.kind, e.found), ("township", Some(TextKind::Name), 65));
//! assert!(ledger.events().is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;

use schemars::JsonSchema;
use serde::ser::{self, Serialize};

/// The most characters of a name (a person, a township, a village, a unit's head).
pub const NAME_MAX_CHARS: usize = 64;
/// The most characters of a title (an agenda item, a bill, a topic, a law's name).
pub const TITLE_MAX_CHARS: usize = 200;
/// The most characters of any other text (reasons, findings, opinions, answers, summaries).
pub const TEXT_MAX_CHARS: usize = 10_000;
/// The most items of one list or map in one command or entry. A township has at most a few
/// hundred deputies (the quota is at most 160, plus a province's uplift), so every list of
/// deputies, candidates, tallies or signers the law allows fits.
pub const LIST_MAX_ITEMS: usize = 1_000;
/// The most deputy township heads (副乡长、副镇长) one township may have in office and in
/// elections under way. No statute fixes the number (组织法2022 第十二条第七项 only says the
/// congress elects them; staffing quotas set two to five); without a bound, one election of
/// billions of seats would take nominations without end.
pub const DEPUTY_HEADS_MAX: u32 = 10;
/// The most characters of input an error message quotes.
pub const EXCERPT_CHARS: usize = 64;
/// The most characters of a document read whole from JSON (a rulebook profile, a rubric): the
/// largest shipped is under 30,000.
pub const DOCUMENT_MAX_CHARS: usize = 1_048_576;

/// What a string is, which sets its bound (文本类别).
#[doc(alias = "文本类别")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TextKind {
    /// A name: at most [`NAME_MAX_CHARS`] characters.
    Name,
    /// A title: at most [`TITLE_MAX_CHARS`] characters.
    Title,
    /// Any other text: at most [`TEXT_MAX_CHARS`] characters.
    Text,
    /// A whole JSON document: at most [`DOCUMENT_MAX_CHARS`] characters.
    Document,
}

impl TextKind {
    /// The most characters a string of this kind may have.
    #[must_use]
    pub const fn max_chars(self) -> usize {
        match self {
            Self::Name => NAME_MAX_CHARS,
            Self::Title => TITLE_MAX_CHARS,
            Self::Text => TEXT_MAX_CHARS,
            Self::Document => DOCUMENT_MAX_CHARS,
        }
    }

    /// The kind of a string in the field named `field` (the JSON name).
    #[must_use]
    pub fn of_field(field: &str) -> Self {
        match field {
            "name" | "township" | "village" | "minorities" | "leader" | "responder" | "organ" => {
                Self::Name
            }
            "title" | "topic" | "place" | "category" | "classification" | "class" | "law" => {
                Self::Title
            }
            _ => Self::Text,
        }
    }
}

impl fmt::Display for TextKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Name => "name",
            Self::Title => "title",
            Self::Text => "text",
            Self::Document => "document",
        })
    }
}

/// A string or a list longer than its bound (超长).
#[doc(alias = "超长")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, JsonSchema)]
#[error("{} `{field}` has {found} {}, at most {max} allowed: {excerpt:?}", what(*.kind), unit(*.kind))]
#[non_exhaustive]
pub struct TooLong {
    /// The field (its JSON name; `""` at the top level).
    pub field: &'static str,
    /// The kind of string, or `None` for a list.
    pub kind: Option<TextKind>,
    /// The bound.
    pub max: usize,
    /// How many characters (or items) it has.
    pub found: usize,
    /// The start of the string, at most [`EXCERPT_CHARS`] characters (empty for a list).
    pub excerpt: String,
}

fn what(kind: Option<TextKind>) -> String {
    kind.map_or_else(|| "list".to_owned(), |k| k.to_string())
}

impl TooLong {
    /// The refusal as a clerk reads it, in Chinese (中文说明).
    #[must_use]
    pub const fn zh(&self) -> crate::label::Zh<'_, Self> {
        crate::label::Zh(self)
    }
}

impl fmt::Display for crate::label::Zh<'_, TooLong> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self.0;
        let (what, unit) = match e.kind {
            Some(TextKind::Name) => ("名称", "个字符"),
            Some(TextKind::Title) => ("标题", "个字符"),
            Some(TextKind::Text) => ("文字", "个字符"),
            Some(TextKind::Document) => ("文件", "个字符"),
            None => ("列表", "项"),
        };
        write!(
            f,
            "{what}`{}`有{}{unit}，最多允许{}{unit}：{:?}",
            e.field, e.found, e.max, e.excerpt
        )
    }
}

const fn unit(kind: Option<TextKind>) -> &'static str {
    match kind {
        Some(_) => "characters",
        None => "items",
    }
}

/// The first [`EXCERPT_CHARS`] characters of `s`, with `…` when it was cut.
///
/// # Examples
///
/// ```
/// use township_congress::limits::{excerpt, EXCERPT_CHARS};
///
/// assert_eq!(excerpt("青山镇"), "青山镇");
/// assert_eq!(excerpt(&"x".repeat(1_000_000)).chars().count(), EXCERPT_CHARS + 1);
/// ```
#[must_use]
pub fn excerpt(s: &str) -> String {
    let mut chars = s.char_indices();
    match chars.nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}…", s.get(..cut).unwrap_or_default()),
        None => s.to_owned(),
    }
}

/// A message about bad input, bounded: kept whole up to three excerpts' length, otherwise its
/// start and its end (where serde_json says the line and column) around `…`.
#[must_use]
pub fn bounded_message(message: &str) -> String {
    let total = message.chars().count();
    if total <= 3 * EXCERPT_CHARS {
        return message.to_owned();
    }
    let head: String = message.chars().take(EXCERPT_CHARS).collect();
    let tail: String = message.chars().skip(total - EXCERPT_CHARS).collect();
    format!("{head}…{tail}")
}

/// Checks every string and list in `value` against its bound, without copying anything.
///
/// # Errors
///
/// [`TooLong`] for the first string or list over its bound, in serialization order.
pub fn check<T: Serialize + ?Sized>(value: &T) -> Result<(), TooLong> {
    match value.serialize(Walker { field: "" }) {
        Ok(()) | Err(Walk::Other) => Ok(()),
        Err(Walk::TooLong(e)) => Err(e),
    }
}

/// Checks a whole JSON document's length before it is parsed, so a huge one costs nothing.
///
/// # Errors
///
/// [`TooLong`] of kind [`TextKind::Document`] over [`DOCUMENT_MAX_CHARS`] characters.
pub fn check_document(json: &str) -> Result<(), TooLong> {
    bound_str("", TextKind::Document, json).map_err(|walk| match walk {
        Walk::TooLong(e) => e,
        Walk::Other => TooLong {
            field: "",
            kind: Some(TextKind::Document),
            max: DOCUMENT_MAX_CHARS,
            found: 0,
            excerpt: String::new(),
        },
    })
}

fn check_str(field: &'static str, s: &str) -> Result<(), Walk> {
    bound_str(field, TextKind::of_field(field), s)
}

fn bound_str(field: &'static str, kind: TextKind, s: &str) -> Result<(), Walk> {
    let max = kind.max_chars();
    // A character takes at least one byte: a short string needs no count.
    if s.len() <= max {
        return Ok(());
    }
    let found = s.chars().count();
    if found <= max {
        return Ok(());
    }
    Err(Walk::TooLong(TooLong {
        field,
        kind: Some(kind),
        max,
        found,
        excerpt: excerpt(s),
    }))
}

fn check_len(field: &'static str, len: Option<usize>) -> Result<(), Walk> {
    match len {
        Some(found) if found > LIST_MAX_ITEMS => Err(Walk::TooLong(TooLong {
            field,
            kind: None,
            max: LIST_MAX_ITEMS,
            found,
            excerpt: String::new(),
        })),
        _ => Ok(()),
    }
}

/// Why a walk stopped: a bound, or an error of the value's own `Serialize` (not ours to judge).
#[derive(Debug)]
enum Walk {
    TooLong(TooLong),
    Other,
}

impl fmt::Display for Walk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLong(e) => e.fmt(f),
            Self::Other => f.write_str("not serializable"),
        }
    }
}

impl std::error::Error for Walk {}

impl ser::Error for Walk {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Self::Other
    }
}

/// A serializer that writes nothing: it visits each string and list with the name of the field
/// that holds it. Items, keys and values of a list or map count as the field's.
#[derive(Clone, Copy)]
struct Walker {
    field: &'static str,
}

/// A list, map or struct under way; counts items so a list without a length hint is bounded too.
struct Compound {
    field: &'static str,
    items: usize,
}

impl Compound {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Walk> {
        self.items = self.items.saturating_add(1);
        check_len(self.field, Some(self.items))?;
        value.serialize(Walker { field: self.field })
    }
}

macro_rules! nothing_to_check {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method(self, _: $ty) -> Result<(), Walk> { Ok(()) })*
    };
}

impl ser::Serializer for Walker {
    type Ok = ();
    type Error = Walk;
    type SerializeSeq = Compound;
    type SerializeTuple = Compound;
    type SerializeTupleStruct = Compound;
    type SerializeTupleVariant = Compound;
    type SerializeMap = Compound;
    type SerializeStruct = Compound;
    type SerializeStructVariant = Compound;

    nothing_to_check!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_unit_struct(&'static str),
    );

    fn serialize_str(self, v: &str) -> Result<(), Walk> {
        check_str(self.field, v)
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<(), Walk> {
        check_len(self.field, Some(v.len()))
    }

    fn serialize_none(self) -> Result<(), Walk> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Walk> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Walk> {
        Ok(())
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Walk> {
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Walk> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), Walk> {
        value.serialize(self)
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Compound, Walk> {
        check_len(self.field, len)?;
        Ok(self.compound())
    }

    fn serialize_tuple(self, _: usize) -> Result<Compound, Walk> {
        Ok(self.compound())
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound, Walk> {
        Ok(self.compound())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Compound, Walk> {
        Ok(self.compound())
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Compound, Walk> {
        check_len(self.field, len)?;
        Ok(self.compound())
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound, Walk> {
        Ok(self.compound())
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Compound, Walk> {
        Ok(self.compound())
    }

    fn collect_str<T: fmt::Display + ?Sized>(self, _: &T) -> Result<(), Walk> {
        // Ids, dates and digests write themselves through `Display`: short by construction.
        Ok(())
    }
}

impl Walker {
    const fn compound(self) -> Compound {
        Compound {
            field: self.field,
            items: 0,
        }
    }
}

impl ser::SerializeSeq for Compound {
    type Ok = ();
    type Error = Walk;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Walk> {
        self.item(value)
    }
    fn end(self) -> Result<(), Walk> {
        Ok(())
    }
}

impl ser::SerializeTuple for Compound {
    type Ok = ();
    type Error = Walk;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Walk> {
        self.item(value)
    }
    fn end(self) -> Result<(), Walk> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound {
    type Ok = ();
    type Error = Walk;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Walk> {
        self.item(value)
    }
    fn end(self) -> Result<(), Walk> {
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Compound {
    type Ok = ();
    type Error = Walk;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Walk> {
        self.item(value)
    }
    fn end(self) -> Result<(), Walk> {
        Ok(())
    }
}

impl ser::SerializeMap for Compound {
    type Ok = ();
    type Error = Walk;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Walk> {
        self.item(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Walk> {
        value.serialize(Walker { field: self.field })
    }
    fn end(self) -> Result<(), Walk> {
        Ok(())
    }
}

impl ser::SerializeStruct for Compound {
    type Ok = ();
    type Error = Walk;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Walk> {
        value.serialize(Walker { field: key })
    }
    fn end(self) -> Result<(), Walk> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound {
    type Ok = ();
    type Error = Walk;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Walk> {
        value.serialize(Walker { field: key })
    }
    fn end(self) -> Result<(), Walk> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Sample {
        name: String,
        title: String,
        reason: String,
        minorities: Vec<String>,
        deputies: Vec<u32>,
    }

    fn sample() -> Sample {
        Sample {
            name: "张三".into(),
            title: "关于修路的议案".into(),
            reason: "理由".into(),
            minorities: vec!["苗族".into()],
            deputies: vec![1, 2, 3],
        }
    }

    #[test]
    fn each_kind_has_its_bound_counted_in_characters() {
        assert_eq!(check(&sample()), Ok(()));
        // 64 Chinese characters are 192 bytes and still a valid name.
        let s = Sample {
            name: "张".repeat(NAME_MAX_CHARS),
            title: "题".repeat(TITLE_MAX_CHARS),
            reason: "理".repeat(TEXT_MAX_CHARS),
            ..sample()
        };
        assert_eq!(check(&s), Ok(()));
        let long_name = Sample {
            name: "张".repeat(NAME_MAX_CHARS + 1),
            ..sample()
        };
        let e = check(&long_name).expect_err("too long");
        assert_eq!(
            (e.field, e.kind, e.max, e.found),
            ("name", Some(TextKind::Name), 64, 65)
        );
        assert_eq!(e.excerpt.chars().count(), EXCERPT_CHARS + 1);
        let e = check(&Sample {
            title: "x".repeat(TITLE_MAX_CHARS + 1),
            ..sample()
        })
        .expect_err("too long");
        assert_eq!((e.field, e.kind), ("title", Some(TextKind::Title)));
        let e = check(&Sample {
            reason: "x".repeat(TEXT_MAX_CHARS + 1),
            ..sample()
        })
        .expect_err("too long");
        assert_eq!((e.field, e.kind), ("reason", Some(TextKind::Text)));
        // Items of a list of names are names.
        let e = check(&Sample {
            minorities: vec!["苗".repeat(65)],
            ..sample()
        })
        .expect_err("too long");
        assert_eq!((e.field, e.kind), ("minorities", Some(TextKind::Name)));
    }

    #[test]
    fn lists_are_bounded_and_messages_short() {
        let e = check(&Sample {
            deputies: vec![1; LIST_MAX_ITEMS + 1],
            ..sample()
        })
        .expect_err("too long");
        assert_eq!((e.field, e.kind, e.found), ("deputies", None, 1_001));
        let huge = Sample {
            reason: "长".repeat(3_500_000),
            ..sample()
        };
        let message = check(&huge).expect_err("too long").to_string();
        assert!(message.chars().count() < 200, "{message}");
        assert!(
            message.contains("3500000 characters, at most 10000"),
            "{message}"
        );
        let long = "a".repeat(1000);
        let bounded = bounded_message(&format!("bad {long} at line 1 column 9"));
        assert!(bounded.chars().count() <= 3 * EXCERPT_CHARS);
        assert!(bounded.ends_with("at line 1 column 9"), "{bounded}");
        assert_eq!(bounded_message("short"), "short");
    }
}
