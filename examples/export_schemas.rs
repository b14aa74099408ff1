//! Writes the JSON Schema of every root wire type into a folder, one `<Name>.json` each.
//!
//! ```text
//! cargo run --example export_schemas -- target/schemas
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: export_schemas <dir>");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for root in township_congress::schema::root_schemas() {
        let path = dir.join(format!("{}.json", root.name));
        let text = match serde_json::to_string_pretty(&root.schema) {
            Ok(t) => t + "\n",
            Err(e) => {
                eprintln!("cannot serialize the schema of {}: {e}", root.name);
                return ExitCode::FAILURE;
            }
        };
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
