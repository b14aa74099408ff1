//! JSON Schemas of the wire types, for integrators in any language.
//!
//! [`root_schemas`] lists every root type with its JSON Schema (draft 2020-12). Inputs are
//! described as they are read, outputs as they are written.
//!
//! # Examples
//!
//! ```
//! let schemas = township_congress::schema::root_schemas();
//! let envelope = schemas.iter().find(|s| s.name == "Envelope").ok_or("missing")?;
//! assert_eq!(
//!     envelope.schema.get("$schema").and_then(|v| v.as_str()),
//!     Some("https://json-schema.org/draft/2020-12/schema")
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value};

use crate::deputy::DeputyError;
use crate::error::Refusal;
use crate::ledger::{Envelope, Ledger, Recorded, State};
use crate::proposal::ProposalError;
use crate::records::{
    ArchiveGap, PerformanceExport, PerformanceRecord, PointsBreakdown, PointsScheme,
};
use crate::rulebook::{Rulebook, RulebookProfile};
use crate::scoring::{
    CountySummary, Evidence, Ranking, Rubric, Scorecard, StatedFact, YearOverYear,
};
use crate::supervision::SupervisionError;

/// Schema settings for integrators: JSON Schema 2020-12, written for code generators.
///
/// Besides the generated schema, every root schema gets, in one pass over it:
///
/// * **descriptions** from the doc comments, with rustdoc sections (`# Examples`, …) cut off;
/// * a **`title` on every variant** of an enum, `<Enum>.<Variant>` (`RosterChange.TermOpened`,
///   `Choice.For`, `Command.Roster`), where `<Variant>` is the variant's wire name in
///   PascalCase: the tag's value (the part after the last `.` for error codes such as
///   `proposal.unknown_unit`), the key of an externally tagged variant, or the string of a
///   unit variant; a name that starts with a digit gets a `V` (`PointsScheme.V1`). Generators
///   such as datamodel-code-generator (`--use-title-as-name`) and json-schema-to-typescript
///   name their classes after it instead of numbering them;
/// * a **`discriminator`** (`{"propertyName": "kind"}`, OpenAPI style) on every `oneOf` whose
///   branches all carry the same required tag property with a `const` value. It has no
///   `mapping`: the branches are inline, and Ajv refuses `mapping`; each branch's `const` says
///   which tag value it takes;
/// * a **`pattern` beside `format`** for `date` ([`DATE_PATTERN`]), `date-time`
///   ([`DATE_TIME_PATTERN`]) and `uuid` ([`UUID_PATTERN`]), so that a validator with format
///   checking off (the default in most) still refuses `2026-02-30` and `"7"` as an id.
///
/// Titles need the enum's name, which a schema knows only as the root's `title` or its key
/// under `$defs`; a definition transformed on its own (`SchemaGenerator::take_definitions`)
/// gets discriminators and patterns, not titles.
///
/// # Examples
///
/// ```
/// use township_congress::schema::{DATE_PATTERN, settings};
/// use township_congress::session::Choice;
///
/// let date = settings().into_generator().into_root_schema_for::<chrono::NaiveDate>();
/// assert_eq!(date.get("format").and_then(|f| f.as_str()), Some("date"));
/// assert_eq!(date.get("pattern").and_then(|p| p.as_str()), Some(DATE_PATTERN));
///
/// let choice = settings().into_generator().into_root_schema_for::<Choice>();
/// let titles: Vec<_> = choice.get("oneOf").and_then(|b| b.as_array()).ok_or("oneOf")?
///     .iter().filter_map(|b| b.get("title")?.as_str()).collect();
/// assert_eq!(titles, ["Choice.For", "Choice.Against", "Choice.Abstain"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn settings() -> SchemaSettings {
    SchemaSettings::draft2020_12()
        .with_transform(trim_docs)
        .with_transform(for_generators)
}

/// A calendar date, `YYYY-MM-DD` (`date` fragment, no anchors); see [`DATE_PATTERN`].
macro_rules! date {
    () => {
        concat!(
            "(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])",
            "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)",
            "|02-(?:0[1-9]|1[0-9]|2[0-8]))",
            "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
        )
    };
}

/// The `pattern` given to `format: date`: `YYYY-MM-DD` with a four-digit year, each month
/// with its own number of days, and 29 February only in leap years of the Gregorian calendar
/// (divisible by 4, centuries only when divisible by 400), so leap days are checked strictly.
///
/// It is stricter than the crate, which reads dates with chrono and also takes one-digit
/// months and days (`2026-1-5`), a sign, years beyond 9999 and surrounding spaces; the crate
/// writes only this form.
///
/// # Examples
///
/// `2024-02-29` matches it, `2026-02-30`, `2025-02-29` and `2026-1-5` do not.
pub const DATE_PATTERN: &str = concat!("^", date!(), "$");

/// The `pattern` given to `format: date-time`: an RFC 3339 `date-time`, that is a date as in
/// [`DATE_PATTERN`], `T` (or `t`), `HH:MM:SS` with hours 00–23, minutes 00–59 and seconds
/// 00–60 (a leap second is accepted at any minute), an optional fraction, and `Z` (or `z`) or
/// an offset `±HH:MM`.
///
/// It is stricter than the crate, which (through chrono) also takes a space for `T`, an offset
/// without its colon (`+0800`) and one-digit hours; the crate writes `…T02:00:00Z`.
pub const DATE_TIME_PATTERN: &str = concat!(
    "^",
    date!(),
    "[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\.[0-9]+)?",
    "(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$"
);

/// The `pattern` given to `format: uuid`: the hyphenated form, `8-4-4-4-12` hexadecimal
/// digits, upper or lower case.
///
/// The crate accepts this form in either case (and writes it in lower case); it also reads
/// the simple (32 digits), braced (`{…}`) and URN (`urn:uuid:…`) forms, which the schema
/// refuses.
pub const UUID_PATTERN: &str =
    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

/// Cuts rustdoc sections (`# Examples`, `# Errors`) off every description.
fn trim_docs(schema: &mut Schema) {
    let description = schema.get("description").and_then(|d| d.as_str());
    if let Some((kept, _)) = description.and_then(|d| d.split_once("\n# ")) {
        let kept = kept.trim_end().to_owned();
        schema.insert("description".into(), kept.into());
    }
    schemars::transform::transform_subschemas(&mut trim_docs, schema);
}

/// Titles variants (by the name of the enum: the root's title, each definition's key), then
/// adds discriminators and patterns everywhere.
fn for_generators(schema: &mut Schema) {
    let root = schema
        .get("title")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if let Some(root) = root {
        title_variants(schema, &root);
    }
    let defs = schema.get_mut("$defs").and_then(Value::as_object_mut);
    for (name, def) in defs.into_iter().flatten() {
        if let Ok(def) = <&mut Schema>::try_from(def) {
            title_variants(def, name);
        }
    }
    discriminators_and_patterns(schema);
}

/// Gives each `oneOf` branch of the enum `name` the title `name.Variant`.
fn title_variants(schema: &mut Schema, name: &str) {
    let tag = tag_of(schema);
    let Some(branches) = schema.get_mut("oneOf").and_then(Value::as_array_mut) else {
        return;
    };
    for branch in branches.iter_mut().filter_map(Value::as_object_mut) {
        if branch.contains_key("title") {
            continue;
        }
        if let Some(variant) = variant_name(branch, tag.as_deref()) {
            let title = format!("{name}.{}", pascal_case(variant));
            branch.insert("title".into(), title.into());
        }
    }
}

/// The wire name of one branch: its tag's value, its only key, or its string.
fn variant_name<'b>(branch: &'b Map<String, Value>, tag: Option<&str>) -> Option<&'b str> {
    if let Some(unit) = branch.get("const").and_then(Value::as_str) {
        return Some(unit);
    }
    let properties = branch.get("properties").and_then(Value::as_object)?;
    if let Some(tag) = tag {
        return properties.get(tag)?.get("const")?.as_str();
    }
    let required = branch.get("required").and_then(Value::as_array)?;
    match (properties.len(), required.as_slice()) {
        (1, [only]) => only.as_str().filter(|key| properties.contains_key(*key)),
        _ => None,
    }
}

/// The property that tags every `oneOf` branch (required, with a string `const`), if any.
fn tag_of(schema: &Schema) -> Option<String> {
    let branches = schema.get("oneOf")?.as_array()?;
    let first = branches.first()?.get("properties")?.as_object()?;
    first
        .keys()
        .find(|key| branches.iter().all(|b| tags_with(b, key)))
        .cloned()
}

/// Whether `branch` requires `key` and fixes it to one string.
fn tags_with(branch: &Value, key: &str) -> bool {
    let fixed = branch
        .get("properties")
        .and_then(|p| p.get(key))
        .and_then(|p| p.get("const"))
        .is_some_and(Value::is_string);
    let required = branch
        .get("required")
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|k| k.as_str() == Some(key)));
    fixed && required
}

/// `proposal.unknown_unit` → `UnknownUnit`, `term_opened` → `TermOpened`, `1` → `V1`.
fn pascal_case(wire: &str) -> String {
    let last = wire.rsplit('.').next().unwrap_or(wire);
    let mut out = String::with_capacity(last.len() + 1);
    if last.starts_with(|c: char| c.is_ascii_digit()) {
        out.push('V');
    }
    for word in last.split(['_', '-', ' ']) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

/// Adds a `discriminator` to tagged `oneOf`s and a `pattern` to dates, times and ids, at every
/// depth.
fn discriminators_and_patterns(schema: &mut Schema) {
    if let Some(tag) = tag_of(schema) {
        let discriminator = serde_json::json!({ "propertyName": tag });
        schema.insert("discriminator".into(), discriminator);
    }
    let pattern = match schema.get("format").and_then(Value::as_str) {
        Some("date") => Some(DATE_PATTERN),
        Some("date-time") => Some(DATE_TIME_PATTERN),
        Some("uuid") => Some(UUID_PATTERN),
        _ => None,
    };
    if let Some(pattern) = pattern.filter(|_| schema.get("pattern").is_none()) {
        schema.insert("pattern".into(), pattern.into());
    }
    schemars::transform::transform_subschemas(&mut discriminators_and_patterns, schema);
}

/// Whether a root type is read by the crate, written by it, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[doc(alias = "数据方向")]
pub enum Direction {
    /// The caller sends it (an envelope, a profile).
    Input,
    /// The crate returns it (recorded events, state).
    Output,
}

/// One root wire type and its schema.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[doc(alias = "根模式")]
pub struct RootSchema {
    /// The type's name, used as the file name (`<name>.json`).
    pub name: &'static str,
    /// Input or output.
    pub direction: Direction,
    /// The JSON Schema.
    pub schema: Schema,
}

fn input<T: JsonSchema>(name: &'static str) -> RootSchema {
    RootSchema {
        name,
        direction: Direction::Input,
        schema: settings()
            .for_deserialize()
            .into_generator()
            .into_root_schema_for::<T>(),
    }
}

fn output<T: JsonSchema>(name: &'static str) -> RootSchema {
    RootSchema {
        name,
        direction: Direction::Output,
        schema: settings()
            .for_serialize()
            .into_generator()
            .into_root_schema_for::<T>(),
    }
}

impl RootSchema {
    /// Titles a list root after its name (instead of `Array_of_…`) and says what it holds, so
    /// that generators name its class and show a description.
    fn list(mut self, description: &str) -> Self {
        self.schema.insert("title".into(), self.name.into());
        self.schema.insert("description".into(), description.into());
        self
    }
}

/// Every root wire type with its JSON Schema, in a fixed order.
#[must_use]
pub fn root_schemas() -> Vec<RootSchema> {
    vec![
        input::<Envelope>("Envelope"),
        input::<RulebookProfile>("RulebookProfile"),
        input::<Rulebook>("Rulebook"),
        output::<Recorded>("Recorded"),
        output::<Vec<Recorded>>("Log")
            .list("A ledger's log (档案): its entries in order, as `Ledger::replay` reads them."),
        output::<State>("State"),
        output::<Ledger>("Ledger"),
        input::<Rubric>("Rubric"),
        input::<Vec<StatedFact>>("StatedFacts").list(
            "Facts the caller states for an assessment, each with where it comes from (自报事项).",
        ),
        output::<Evidence>("Evidence"),
        output::<Scorecard>("Scorecard"),
        output::<Ranking>("Ranking"),
        output::<CountySummary>("CountySummary"),
        output::<Vec<YearOverYear>>("YearOverYearChanges").list(
            "Each township's change from last year's scorecard, total and per dimension (同比变化).",
        ),
        output::<ProposalError>("ProposalError"),
        output::<Vec<PerformanceRecord>>("PerformanceRecords")
            .list("Every deputy's performance record of a year (履职档案)."),
        output::<PerformanceExport>("PerformanceExport"),
        output::<Vec<ArchiveGap>>("ArchiveGaps")
            .list("What a year's archive lacks, each gap with its rule (档案缺项)."),
        input::<PointsScheme>("PointsScheme"),
        output::<PointsBreakdown>("PointsBreakdown"),
        output::<SupervisionError>("SupervisionError"),
        output::<DeputyError>("DeputyError"),
        output::<Refusal>("Refusal"),
    ]
}
