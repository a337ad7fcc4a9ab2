//! Golden files: the seeds' directives, relations, people and documents as
//! extracted, reviewed by eye and kept in `tests/snapshots/`. A change in
//! behaviour shows here as a diff to review (`cargo insta review`, or
//! `INSTA_UPDATE=always cargo test --test golden` and `git diff`).

use std::path::PathBuf;
use std::process::Command;

fn extract_seeds() -> tempfile::TempDir {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_chidao"))
        .args(["extract", "-q", "seeds", "-o"])
        .arg(out.path())
        .current_dir(&root)
        .status()
        .unwrap();
    assert!(status.success());
    out
}

#[test]
fn seeds_outputs_match_the_reviewed_golden_files() {
    let out = extract_seeds();
    for name in ["documents", "directives", "relations", "people"] {
        let csv = std::fs::read_to_string(out.path().join(format!("{name}.csv"))).unwrap();
        insta::assert_snapshot!(format!("seeds_{name}"), csv);
    }
}
