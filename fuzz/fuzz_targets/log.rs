//! `cargo fuzz run log`: see `fuzz/src/lib.rs` (log) for the input and the promises checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| township_congress_fuzz::log(data));
