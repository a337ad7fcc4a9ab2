//! chidao: people, offices, agencies, places, dates and directive sentences
//! from Vietnamese political and government news.
//!
//! ```no_run
//! use chidao::{output::DocOutput, Pipeline};
//! let pipeline = Pipeline::load("dictionaries".as_ref(), &[]).unwrap();
//! let analysis = pipeline.analyse("Tổng Bí thư đề nghị Văn phòng Trung ương…".to_string());
//! let rows = DocOutput::from_analysis("doc", "doc.txt", &analysis);
//! println!("{} directives", rows.directives.len());
//! ```

pub mod batch;
pub mod dates;
pub mod dictionary;
pub mod directive;
pub mod entities;
pub mod error;
pub mod eval;
pub mod input;
pub mod model;
pub mod names;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod relations;
pub mod sentence;

pub use error::{Error, Result};
pub use pipeline::{Analysis, Pipeline};

/// The dictionaries folder: `./dictionaries` when present, else the one
/// shipped with the source tree.
pub fn default_dictionaries() -> std::path::PathBuf {
    let here = std::path::PathBuf::from("dictionaries");
    if here.is_dir() {
        here
    } else {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries")
    }
}

/// One pipeline for the unit tests, loaded once from the shipped dictionaries.
#[cfg(test)]
pub(crate) fn test_pipeline() -> &'static Pipeline {
    static P: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries");
        Pipeline::load(&dir, &[]).expect("shipped dictionaries load")
    })
}
