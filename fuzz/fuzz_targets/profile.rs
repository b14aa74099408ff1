//! `cargo fuzz run profile`: see `fuzz/src/lib.rs` (profile) for the input and the promises checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| township_congress_fuzz::profile(data));
