//! `cargo fuzz run rubric`: see `fuzz/src/lib.rs` (rubric) for the input and the promises checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| township_congress_fuzz::rubric(data));
