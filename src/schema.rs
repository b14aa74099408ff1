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

use crate::deputy::DeputyError;
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

/// Schema settings for integrators: JSON Schema 2020-12, rustdoc sections cut off.
#[must_use]
pub fn settings() -> SchemaSettings {
    fn trim_docs(schema: &mut Schema) {
        let description = schema.get("description").and_then(|d| d.as_str());
        if let Some((kept, _)) = description.and_then(|d| d.split_once("\n# ")) {
            let kept = kept.trim_end().to_owned();
            schema.insert("description".into(), kept.into());
        }
        schemars::transform::transform_subschemas(&mut trim_docs, schema);
    }
    SchemaSettings::draft2020_12().with_transform(trim_docs)
}

/// Whether a root type is read by the crate, written by it, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The caller sends it (an envelope, a profile).
    Input,
    /// The crate returns it (recorded events, state).
    Output,
}

/// One root wire type and its schema.
#[derive(Debug, Clone)]
#[non_exhaustive]
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

/// Every root wire type with its JSON Schema, in a fixed order.
#[must_use]
pub fn root_schemas() -> Vec<RootSchema> {
    vec![
        input::<Envelope>("Envelope"),
        input::<RulebookProfile>("RulebookProfile"),
        input::<Rulebook>("Rulebook"),
        output::<Recorded>("Recorded"),
        output::<Vec<Recorded>>("Log"),
        output::<State>("State"),
        output::<Ledger>("Ledger"),
        input::<Rubric>("Rubric"),
        input::<Vec<StatedFact>>("StatedFacts"),
        output::<Evidence>("Evidence"),
        output::<Scorecard>("Scorecard"),
        output::<Ranking>("Ranking"),
        output::<CountySummary>("CountySummary"),
        output::<Vec<YearOverYear>>("YearOverYearChanges"),
        output::<ProposalError>("ProposalError"),
        output::<Vec<PerformanceRecord>>("PerformanceRecords"),
        output::<PerformanceExport>("PerformanceExport"),
        output::<Vec<ArchiveGap>>("ArchiveGaps"),
        input::<PointsScheme>("PointsScheme"),
        output::<PointsBreakdown>("PointsBreakdown"),
        output::<SupervisionError>("SupervisionError"),
        output::<DeputyError>("DeputyError"),
    ]
}
