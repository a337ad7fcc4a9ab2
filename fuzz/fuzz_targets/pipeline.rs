//! Fuzz the whole document pipeline: bytes → decode → analyse → rows.
//! Run with `cargo +nightly fuzz run pipeline` from the repository root.
#![no_main]

use chidao::input::{decode, DecodeOptions};
use chidao::output::DocOutput;
use chidao::Pipeline;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::load(&chidao::default_dictionaries(), &[]).expect("dictionaries"))
}

fuzz_target!(|data: &[u8]| {
    let opts = DecodeOptions { lossy: true, ..Default::default() };
    if let Ok(text) = decode(data, opts) {
        let a = pipeline().analyse(text);
        let out = DocOutput::from_analysis("fuzz", "fuzz", &a);
        let n = a.original.chars().count();
        for e in &out.entities {
            assert!(e.start < e.end && e.end <= n);
        }
    }
});
