//! Exports of the record in open-data formats (数据导出).
//!
//! | format | function | for |
//! | --- | --- | --- |
//! | [Popolo](https://www.popoloproject.com/) JSON | [`popolo()`] | civic-data portals that publish legislatures: deputies, officers, bodies, memberships, roll votes |
//!
//! An export is a pure function of the [`Ledger`](crate::Ledger): the same ledger gives the
//! same value, and serialized with `serde_json` the same bytes.

pub mod popolo;

pub use popolo::{ExportOptions, popolo};
