//! Table-driven sentence splitting cases from real Vietnamese news
//! (tests/data/sentence_cases.jsonl: input, expected sentences, why, source).

use chidao::normalize::Normalized;
use chidao::sentence::split;
use chidao::Pipeline;
use std::collections::HashSet;

#[test]
fn sentence_cases() {
    let p = Pipeline::load(&chidao::default_dictionaries(), &[]).unwrap();
    let data = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/sentence_cases.jsonl"
    ))
    .unwrap();
    let mut names = HashSet::new();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let name = v["name"].as_str().unwrap().to_string();
        assert!(names.insert(name.clone()), "duplicate case name {name}");
        let input = v["input"].as_str().unwrap();
        let want: Vec<&str> = v["expected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap())
            .collect();
        let norm = Normalized::new(input);
        let got: Vec<&str> = split(&norm.text, &p.dict.abbreviations)
            .iter()
            .map(|s| {
                let o = norm.to_original(s.span);
                &input[o.start..o.end]
            })
            .collect();
        if got != want {
            failures.push(format!(
                "{name} ({}):\n  want {want:?}\n  got  {got:?}",
                v["why"]
            ));
        }
        n += 1;
    }
    assert!(n >= 60, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
